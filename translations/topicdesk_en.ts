<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AckTracker</name>
    <message>
        <source>Auto-commit is on: the consumer commits by itself, so there is nothing to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 is no longer assigned to this consumer (a rebalance gave it away); the message will be delivered again to its new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 was not delivered to this consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 is not assigned to this consumer: the group gave it to another member, or has not assigned it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvroCodec</name>
    <message>
        <source>it holds more than one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema uses the type %1, which neither it nor its references define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 in the schema has no list of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it needs %n byte(s) at byte %1, but the value ends at byte %2.</source>
        <translation>
            <numerusform>it needs %n byte at byte %1, but the value ends at byte %2.</numerusform>
            <numerusform>it needs %n bytes at byte %1, but the value ends at byte %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the value ends at byte %1, inside the number that starts at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number at byte %1 is too long for a long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 at byte %2 does not fit in an int.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length at byte %1 is negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length at byte %1 says %2 bytes, but only %3 are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item count at byte %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block size at byte %1 says %2 bytes, but %3 are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says %1 items at byte %2, of a type that takes no bytes; more than %3 in one value are not believed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is %2, but a boolean is 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: byte %1 is 0x%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol number %1 at byte %2 does not exist: the enum has %3 symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is nested more than %1 levels deep at byte %2; reading stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type number %1 at byte %2 does not exist: the union has %3 types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is not valid UTF-8: byte %1 is 0x%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block at byte %1 says it takes %2 bytes, but its items take %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a whole number from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a whole number written without a fraction or exponent when it is 2^53 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs text whose characters stand for bytes (\u0000 to \u00ff), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds the character %1 at position %2: only \u0000 to \u00ff stand for bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes too long to match against the schema&apos;s unions: write union values as {&quot;type&quot;: value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs null, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a number a float can hold, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs text, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the schema: %1 has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing, and the schema gives it no default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing, and its default in the schema does not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a value of one of its types (%1), written as {&quot;type&quot;: value}; %2 fits none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits more than one of its types (%2): write it as {&quot;type&quot;: value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Avro schema is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referenced Avro schema %1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Avro schema does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed type %1 in the schema has a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left over after the record, from byte %1 on.</source>
        <translation>
            <numerusform>%n byte left over after the record, from byte %1 on.</numerusform>
            <numerusform>%n bytes left over after the record, from byte %1 on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds more than one JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value (%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSendPart</name>
    <message>
        <source>Send a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel bulk send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every record of a file to the watched topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message many times, with its placeholders filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the Message tab&apos;s key and value the Bulk tab&apos;s number of times, with {{i}}, {{uuid}} and {{now}} filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running bulk or file send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running bulk or file send; the messages already on their way are still counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) to &quot;%1&quot;…</source>
        <translation>
            <numerusform>Sending %n message to &quot;%1&quot;…</numerusform>
            <numerusform>Sending %n messages to &quot;%1&quot;…</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic before sending a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing from the file was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another send is running: %1 was not sent. Send it again once that one has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) from %1 (%2)…</source>
        <translation>
            <numerusform>Sending %n message from %1 (%2)…</numerusform>
            <numerusform>Sending %n messages from %1 (%2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 delivered (%3 queued), %4 failed, %5 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 messages were delivered, %3 were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 messages delivered (%3 messages/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 messages delivered, %3 failed, %4 never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were on their way with no answer from the broker yet: they may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON Lines file (.jsonl), as Export messages… and topicdesk consume --format json write it: {&quot;key&quot;: …, &quot;value&quot;: …, &quot;headers&quot;: [{&quot;name&quot;: …, &quot;value&quot;: …}]} per line; or plain text, one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines or text (*.jsonl *.json *.txt *.log);;JSON Lines, as exported (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivery unknown for %n of them: no broker confirmed them, but they may be in the topic all the same.</source>
        <translation>
            <numerusform>Delivery unknown for %n of them: no broker confirmed it, but it may be in the topic all the same.</numerusform>
            <numerusform>Delivery unknown for %n of them: no broker confirmed them, but they may be in the topic all the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 does not match the schema: %2 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) to &quot;%1&quot;, encoded with a schema…</source>
        <translation>
            <numerusform>Sending %n message to &quot;%1&quot;, encoded with a schema…</numerusform>
            <numerusform>Sending %n messages to &quot;%1&quot;, encoded with a schema…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterMetadata</name>
    <message>
        <source>Could not reach %1 in %2 s: check the address and that Kafka is running (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeHistoryPart</name>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected history row again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message of the selected history row again, to the topic it went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected history row, or the composed message, as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the template into the Message and Headers tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null key is not the same as an empty one: without a key the partitioner picks a partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record headers: a name may appear more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lets the partitioner choose (see Partitioner); a number sends to that partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many acknowledgements a send waits for (acks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a partition is chosen when none is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the producer compresses its batches (compression.codec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the Message tab&apos;s key and value many times. Placeholders: {{i}} the message&apos;s number (0, 1, 2…), {{uuid}} a random UUID, {{now}} the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to put it into the Message and Headers tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message to the watched topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key, value and headers to the watched topic and show the delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (every in-sync replica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (the leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (by key, else random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>murmur2 (as the Java client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer waits until every in-sync replica has the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer comes once the partition&apos;s leader has written it; it is lost if the leader fails before the replicas copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer at all: fastest, but the offset stays unknown and a lost message goes unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON once the placeholders are filled in (checked with {{i}} = 0), as Send many does; Send sends the text as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like JSON but does not parse, even with the placeholders filled in ({{i}} = 0): %1 (at character %2). It will be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like JSON but does not parse: %1 (at character %2). It will be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%Ln byte(s)): %1</source>
        <translation>
            <numerusform>Not sent (%Ln byte): %1</numerusform>
            <numerusform>Not sent (%Ln bytes): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1, partition %2 in %3 ms; the offset is unknown: with acks=0 the broker does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 (%4) in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic this message is sent to: the one it was read from, or any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not text: %1. The box shows such bytes as �; Send sends the original bytes, exactly, as long as you do not edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose box holds offset %1 of partition %2 of &quot;%3&quot;, to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with the same key go to the same partition, as long as the topic&apos;s partition count and the partitioner stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the value does not match %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encoded with schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>No bootstrap server given: enter host:port, or choose the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list has an empty entry: remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port: write it as host:port, for example %1:9092.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host:port address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has port %2, but a port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic name has %1 characters; Kafka allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic name &quot;%1&quot; may only contain letters a-z and A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer group is empty: enter a group id such as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer group &quot;%1&quot; starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox speaks plain Kafka only: it has no SSL or SASL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka 4&apos;s consumer group protocol is not available: it %1. Choose the classic protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advanced property group.protocol = &quot;%1&quot; contradicts the group protocol chosen (%2): choose the protocol in its own field and remove the property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advanced property %1 belongs to the classic group protocol: with the consumer protocol the broker decides it (group.consumer.* settings on the broker). Remove the property, or choose the classic protocol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Saved connection profiles: choosing one fills in the settings below; it does not connect by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-process Kafka broker on 127.0.0.1 with the topic test-topic (2 partitions). Its messages last until TopicDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:9092, host2:9092</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers: one or more host:port addresses, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a consumer group, partitions are shared with the group&apos;s other members and acknowledged messages are committed. Browsing reads every partition without a group and commits nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers in the same group share the topic&apos;s partitions; the group&apos;s committed offsets say where reading resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browsing, no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new messages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe (what is acked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (no Ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the settings in the connection panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect: the consumer commits what was acked and leaves its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL, SASL, client id, any librdkafka property, and a connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: reading in a consumer group needs the group&apos;s name. Enter one, or choose to read by browsing, without a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing reads every partition without a group: nothing is committed, nothing to ack, no group left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer commits by itself every few seconds; Ack is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again with the changed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Reconnect to use the changed settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1. Reconnect to use the changed settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded: reconnect to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where reading starts on a partition the group has no committed offset for, and always when browsing (auto.offset.reset). Kafka&apos;s own default is new messages only; TopicDesk&apos;s is the earliest message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe: the committed offset never passes a message you have not acked. Immediate: Ack on offset N commits N+1 at once, as a plain Kafka commit does, covering every earlier message, acked or not. Automatic: the consumer commits by itself every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediate (skips unacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer group shares the partitions among its members and remembers where they got to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group id: consumers with the same id form one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a committed offset, reading starts here. Kafka&apos;s own default is new messages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: commit (committed offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your acks become committed offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 3 brokers every partition has a replica on each of them, and one broker leads it. Stop a broker (Topics menu, Sandbox brokers) and TopicDesk moves the leadership of its partitions to a running broker, as Kafka&apos;s controller would.
The sandbox does not model in-sync replicas: it always reports all replicas in sync, and answers acks=all as soon as the leader has the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack messages to commit them: the committed offset never passes a message you have not acked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack on offset N commits N+1 at once, which also covers every earlier message of its partition, acked or not: those rows turn Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (built in, no Kafka needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka &amp;brokers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and &amp;advanced…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema registry: %1. Keys and values in its format are shown decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a schema registry to see Avro, Protobuf and JSON Schema messages decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schema registry: %1, and %n local schema file(s). Keys and values they describe are shown decoded.</source>
        <translation>
            <numerusform>Schema registry: %1, and %n local schema file. Keys and values they describe are shown decoded.</numerusform>
            <numerusform>Schema registry: %1, and %n local schema files. Keys and values they describe are shown decoded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local schema file(s), no schema registry: the values of their topics are shown decoded.</source>
        <translation>
            <numerusform>%n local schema file, no schema registry: the values of its topics are shown decoded.</numerusform>
            <numerusform>%n local schema files, no schema registry: the values of their topics are shown decoded.</numerusform>
        </translation>
    </message>
    <message>
        <source>classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group&apos;s members share its partitions. Classic: at each join or leave every member stops and the members agree on a new assignment (any Kafka). Consumer: Kafka 4&apos;s protocol (KIP-848, needs a Kafka 4.0 or later broker): the broker moves partitions one by one while the other members keep consuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer protocol is not available: it %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumeCommand</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: it is not a command, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use ack P:O, ack all or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text, ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the partition must be a number from 0 to %2, not &quot;%3&quot;; nothing acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the offset must be a number from 0 to %2, not &quot;%3&quot;; nothing acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has only partition 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has partitions 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find key &quot;%1&quot; in topic &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in partition %2 of %3 (%4): reading only that partition, without a consumer group, and showing only that key&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) or value(s) could not be decoded.</source>
        <translation>
            <numerusform>%n key or value could not be decoded.</numerusform>
            <numerusform>%n keys or values could not be decoded.</numerusform>
        </translation>
    </message>
    <message>
        <source>the schema registry did not answer within %1 ms for schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the schema registry&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1 offset %2: the %3 is not decoded: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsumerWorker</name>
    <message>
        <source>The consumer could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move partition %1 to offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 will be read again from offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up offsets by time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the consumer stops fetching but stays in its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed fetching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit failed: %1. The messages it covered will be delivered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit failed: %1; retrying in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is past the end of partition %2 (high watermark %3): reading from offset %3, the next new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 is no longer in the log (it starts at offset %3): reading from offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; had no committed offset for partition %2: committing offset %3, where this consumer starts, so that a member taking the partition over resumes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read partition %1 up to offset %2: %n message(s) with the key shown, %3 with other keys skipped.</source>
        <translation>
            <numerusform>Read partition %1 up to offset %2: %n message with the key shown, %3 with other keys skipped.</numerusform>
            <numerusform>Read partition %1 up to offset %2: %n messages with the key shown, %3 with other keys skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the key was produced, its producers may place keys with the other partitioner, or the topic had fewer partitions then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has partitions 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step mode: fetched one message, partition %1, offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step mode: the consumer fetches one message each time you press Next, and waits in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step mode off: messages are fetched as they arrive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing new to fetch yet; the consumer waits and shows the next message that arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTopicDialog</name>
    <message>
        <source>Create topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition; at most the number of brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox has %n broker(s): at most %n replica(s) of each partition.</source>
        <translation>
            <numerusform>The Sandbox has %n broker: at most %n replica of each partition.</numerusform>
            <numerusform>The Sandbox has %n brokers: at most %n replicas of each partition.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodedText</name>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <comment>subject and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1, where reading stopped, is marked in the hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decoded with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching schema %1 from the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching schema %1 from the registry; the row shows it decoded once it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null: the message has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as topicdesk &amp;send command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as k&amp;cat command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the headers as a JSON array of names and values, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole message as one line of JSON, as the export writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key, the value, the headers or the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-append time, set by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create time, set by the producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, %2 ms since 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is null: there is nothing to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole %1: as text, or as hex when it is not text (the raw bytes go along for programs that take them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a topicdesk send command line that sends this message again (brokers from $KAFKA_BROKERS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a kcat -P command line that sends this message again (brokers from $KAFKA_BROKERS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null: the message has no value. On a compacted topic that makes it a tombstone, which deletes the key&apos;s older messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows the filter s&amp;hows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every row the table holds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (lossless; topicdesk send --format json and Send a file read it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Match ca&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the key, value or header values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the text is looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is a regular expression (Perl syntax), e.g. ^order-\d+$ or &quot;status&quot;:\s*&quot;failed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row states shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions, offsets and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, or e.g. 0, 2, 5-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from, e.g. 2024-12-31 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: yyyy-mm-dd, yyyy-mm-dd hh:mm or yyyy-mm-dd hh:mm:ss (a day alone counts whole). Rows without a timestamp are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition numbers and ranges, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets from 0; either end may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the filter and show every row (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitio&amp;ns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition: use numbers like 0, 2, 5-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions go from 0 to %1, a range from its low number to its high one (&quot;%2&quot; cannot be used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: offsets are whole numbers from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as 2024-12-31 23:59:59 (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to look for the text: key, value, header values or a JSON column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterCriteria</name>
    <message>
        <source>This regular expression is not valid: %1 (at character %2). The filter is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first offset is above the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is after the end time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindByKeyDialog</name>
    <message>
        <source>From the &amp;beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key, exactly as produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>murmur2: Java clients (Kafka&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent_random (CRC32): librdkafka clients&apos; default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partitioner of the producers that wrote the key: Java, Kafka Streams and most JVM clients use murmur2; librdkafka-based clients (C, C++, Python, Go, .NET) use consistent_random unless configured otherwise, and so does TopicDesk&apos;s Send unless its Options say murmur2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads only the partition of topic &quot;%1&quot; that the key is in, without a consumer group, and shows only that key&apos;s messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes are pairs of the digits 0-9 and a-f, like 00 ff 6b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty key is in partition %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in partition %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;tutorial and today&apos;s Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words TopicDesk&apos;s tables, tooltips and log use, in a few sentences each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial and today&apos;s Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many Kafka tutorials were written for older versions. This is what holds for Kafka 4, and for TopicDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Shift+F1 and click here for more, with a link to the glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named stream of messages (Kafka calls them records). Producers write to a topic, consumers read from it, and the brokers keep it split into %1. Reading a topic does not empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ordered, append-only log of a topic. Kafka keeps the order within a partition, not across partitions. Each partition has a leader broker that takes its writes, and may have copies (replicas) on other brokers. A message with a key goes to the partition its key hashes to, so one key&apos;s messages stay in order, but only while the topic&apos;s partition count and the producer&apos;s partitioner stay the same. A %1 gives each partition to one of its members at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message&apos;s number in its partition. The leader gives 0, 1, 2 and so on as it appends, and never gives a number twice. Offsets are not always consecutive: compaction removes messages, and transactions write markers that take an offset but are never shown. An offset names a place in the log; it is not a count of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest offset a partition still keeps. Retention (&lt;code&gt;retention.ms&lt;/code&gt;, &lt;code&gt;retention.bytes&lt;/code&gt;) deletes the oldest parts of the log and moves the log start forward; reading never does. A consumer that asks for an offset below it starts where &lt;code&gt;auto.offset.reset&lt;/code&gt; says instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset after the last message that every %1 has. Consumers read up to it, never past it, so a message the leader has but a replica still lacks is not shown yet. With one broker it is simply the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-sync replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers with the same group id share a topic&apos;s partitions: each partition is read by one member at a time, so more members share the work (up to one member per partition). The group&apos;s %1 say where its members resume. Other groups read the same messages on their own. TopicDesk&apos;s &quot;browsing, no group&quot; reads every partition without a group and commits nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number the group coordinator raises with every %1. Each assignment belongs to a generation, and the coordinator refuses a commit from an older generation, so a member that missed a rebalance cannot commit for partitions it no longer owns. The log names the generation of each assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group shares out its partitions again when a member joins, leaves, or stops sending heartbeats for &lt;code&gt;session.timeout.ms&lt;/code&gt; (a crash), or when the topic gets more partitions. In the classic protocol, which TopicDesk&apos;s client library uses, the group coordinator (a broker) gathers the members, one member, the group leader, computes who gets which partition, and the coordinator passes that on to everyone. Before a member gives a partition up it commits what it can; whatever was not committed is read again by whoever gets the partition next, which may be the same member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit (committed offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer group keeps, for each partition, the offset of the next message to read: &quot;everything before this is done&quot;. Its coordinator writes it to the internal topic &lt;code&gt;__consumer_offsets&lt;/code&gt;. A commit is not per message: committing offset 8 marks offsets 0 to 7 as done, processed or not. After a restart or a rebalance, reading resumes at the committed offset; where there is none, at &lt;code&gt;auto.offset.reset&lt;/code&gt; (Kafka&apos;s default is the newest message; TopicDesk&apos;s is the earliest). TopicDesk turns your acks into committed offsets, and shows a row as Committed only once the broker confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a group is behind on a partition: the %1 minus the committed offset (TopicDesk counts from the log start while nothing is committed). It counts offsets, not messages: compaction gaps and transaction markers make it larger than the number of messages left to read. A lag that keeps growing means the group reads more slowly than the producers write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A producer setting: how many copies of a message must exist before the leader answers. 0: nobody answers, so the offset stays unknown. 1: the leader has written it. all (Java&apos;s default since Kafka 3.0, and TopicDesk&apos;s): every %1 has it. It is about producing only; the Ack button in TopicDesk&apos;s table is about consuming, which is something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-sync replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replicas of a partition that are caught up with its leader. With acks=all the leader answers once all of them have the message, and &lt;code&gt;min.insync.replicas&lt;/code&gt; says how few may be left before such writes are refused. When the leader fails, a new one is chosen from the in-sync replicas, so an acknowledged message is not lost. The Sandbox always reports every replica in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &lt;code&gt;enable.idempotence&lt;/code&gt; the producer numbers its batches for each partition, and the broker drops a batch it has already written. A retry after a lost answer then writes the message once, not twice. It only covers retries within one producer&apos;s life: sending a message again by hand, or after a restart, still makes a duplicate. It needs acks=all; TopicDesk turns it on with acks=all, and Java producers have it on by default since Kafka 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At-least-once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery guarantee: nothing is lost, but something may arrive twice. A consumer processes a message first and commits afterwards; if it stops in between, the message comes again (Redelivered in the table). A producer that sends again after &quot;delivery unknown&quot; may write a message twice. Committing before processing gives at-most-once instead: nothing twice, but something may be lost. Exactly-once needs transactions, or processing that does no harm when it runs twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ZooKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka 4 runs only in KRaft mode: a small group of controllers (a node can be both a controller and a broker) keeps the cluster&apos;s metadata, such as the topics, their partitions, each partition&apos;s leader and its %1, in a log of its own that they replicate with the Raft protocol. Kafka 4.0 removed ZooKeeper. Clients never needed it: they only talk to brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-sync replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed offsets are kept in Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group&apos;s %1 are messages in the internal, compacted topic &lt;code&gt;__consumer_offsets&lt;/code&gt;, written by the group&apos;s coordinator. Only very old consumers kept them in ZooKeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers pull; Kafka never pushes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer asks the leaders of its partitions for messages. A broker with nothing new holds the request for up to &lt;code&gt;fetch.max.wait.ms&lt;/code&gt; before answering: a long poll. So messages appear soon after they are written, but only because the consumer keeps asking. A paused consumer simply stops asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consuming deletes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and committing only move a group&apos;s committed offset. The message stays, and other groups, or this one after a reset, can read it again. Messages go only when retention deletes old parts of the log (by age or size), or when compaction keeps just the newest message of each key on a compacted topic; only then does the %1 move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyless messages are spread in runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java producers since Kafka 2.4 use a sticky partitioner: keyless messages fill a batch for one partition, then move on to another (since Kafka 3.3, sending more to faster brokers), rather than one message per partition in turn. TopicDesk sends with librdkafka, whose default partitioner (&lt;code&gt;consistent_random&lt;/code&gt;) works differently: a key goes to the partition of its CRC32 hash, where Java uses murmur2, so the same key may land in another partition (choose murmur2 in the compose panel to match Java); a message without a key, or with an empty one, goes to a partition picked at random, which is kept for 10 ms (&lt;code&gt;sticky.partitioning.linger.ms&lt;/code&gt;) before another is picked. TopicDesk&apos;s round-robin choice sends each message to the next partition, key or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new group starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group without committed offsets starts where &lt;code&gt;auto.offset.reset&lt;/code&gt; says. Kafka&apos;s default is &lt;code&gt;latest&lt;/code&gt;: only messages written after the consumer joins. TopicDesk&apos;s default is the earliest message, so that a lesson sees what is already there; the connection panel&apos;s &quot;If no commit&quot; choice changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group leader assigns partitions, not the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the classic consumer group protocol, the group coordinator (a broker) only gathers the members and passes on the assignment that one member, the group leader, computes. Kafka 4&apos;s new consumer group protocol (KIP-848) lets the coordinator compute it and avoids stopping the whole group at each %1. TopicDesk&apos;s client library, librdkafka 2.0, speaks only the classic protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share groups: TopicDesk cannot join them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka 4 adds share groups (KIP-932, &quot;queues for Kafka&quot;). Their members acknowledge single messages (accept, release or reject), the broker counts each message&apos;s deliveries, and several members can read the same partition at once. TopicDesk&apos;s Ack button looks like that, but it is not: TopicDesk&apos;s client library, librdkafka 2.0, cannot join share groups, only classic consumer groups. So TopicDesk turns your acks into committed offsets, which Kafka keeps per partition, not per message: with the safe choice an acked message waits until every earlier one is acked; with the immediate choice it is committed together with the unacked ones before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer producer defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since Kafka 3.0 Java producers default to acks=all with %1 on; older tutorials show acks=1. TopicDesk also sends with acks=all and idempotence unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idempotence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMember</name>
    <message>
        <source>Auto-commit is on: the consumer commits by itself every few seconds, so Ack is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined group &quot;%2&quot; on &quot;%3&quot;: the group rebalances, and its leader member shares the partitions out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed, removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed, still a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the group: it waits for the rebalance that gives it partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the group: it reads the partitions it was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing what was acknowledged, then leaving the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It committed what was acknowledged and left the group; the others took its partitions over at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It crashed; its session timed out, and the group rebalanced without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It crashed: the coordinator still counts it as a member, and its partitions are read by nobody until its session times out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is leaving the group cleanly: it commits what was acknowledged, then tells the coordinator it leaves, so the group rebalances at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member crashed: its messages can no longer be acked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. It held no partition; the coordinator drops it when its heartbeats stop for the session timeout (session.timeout.ms, %2 s here), and the group rebalances then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. The coordinator notices only when its heartbeats stop for the session timeout (session.timeout.ms, %2 s here); then the group rebalances and partition(s) %3 go to the other members, with every message it had not committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: the coordinator gave up on %3 when its session timed out, and the group rebalanced without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: %3 got no partition (the group has more members than the topic has partitions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: %3 was assigned partition(s) %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: partition(s) %3 revoked from %4; what it had acknowledged there was committed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member left the group: its messages can no longer be acked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the group, having committed what was acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is leaving the group cleanly: it commits what was acknowledged, then tells the broker it leaves; the broker hands its partitions to the other members one by one, and they keep consuming theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. With the consumer protocol the broker decides when it is gone: when its heartbeats stop for the broker&apos;s session timeout (group.consumer.session.timeout.ms, 45 s unless the broker sets another). Then the broker moves partition(s) %2 to the other members one by one, with every message it had not committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: %3 joined and has no partition yet (the broker assigns them one heartbeat at a time, or the group has more members than the topic has partitions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker gave %3 partition(s) %4; it now holds %5. The other members kept consuming theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker took partition(s) %3 from %4 (what it had acknowledged there was committed first); it keeps consuming %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>A&amp;dd a consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cras&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another consumer in the same group, on the same topic, in this window: the group rebalances and the partitions are shared out again (at most %1 consumers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every consumer of this window in the group: the partitions it holds and the generation (the group&apos;s rebalance count) it last heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs at most %1 consumers of the group: let a member leave first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in group &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own consumer, with its own table: Ack here commits for this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ack selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer group runs in this window: connect, choose a topic and read in Group mode, then add consumers to see a rebalance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; on &quot;%2&quot;, generation %3. Member 1 is the Messages panel&apos;s consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(joining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s own consumer: its messages are in the Messages panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member in the current tab commits what it acknowledged and leaves the group: the group rebalances within moments, and only its unacknowledged messages go to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member in the current tab stops as if its process crashed: nothing is committed and it does not leave the group. Its partitions move only after the session timeout (%1 s here), and everything it had not committed goes to another member as Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rebalance starts a new generation of the group. With the classic protocol the group&apos;s leader member computes who gets which partition, and the coordinator passes it on. With Kafka 4&apos;s consumer protocol (KIP-848) the broker computes it and tells each member its own changes in heartbeats, partition by partition: nobody else stops, and the number shown is the member epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; on &quot;%2&quot; with Kafka 4&apos;s consumer protocol, member epoch %3: the broker moves partitions one at a time and the other members keep consuming. Member 1 is the Messages panel&apos;s consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member in the current tab commits what it acknowledged and leaves the group: the broker hands its partitions to the other members one by one while they keep consuming theirs, and only its unacknowledged messages go to another member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member in the current tab stops as if its process crashed: nothing is committed and it does not leave the group. With the consumer protocol the broker moves its partitions after the broker&apos;s session timeout (group.consumer.session.timeout.ms, 45 s unless the broker sets another), one by one, and everything it had not committed goes to another member as Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessArguments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a command: send, consume or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send MESSAGE (or each line of standard input, with -) and print where it landed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each message with its partition and offset; commit what is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the built-in sandbox Kafka broker until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic; default $KAFKA_TOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group; default $KAFKA_GROUP, else topicdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>librdkafka properties, name=value per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment variable holding the SASL password (default KAFKA_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header NAME=VALUE; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to this partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 1 or all (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest (default), latest, an OFFSET, or @EPOCH_MS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read commands from standard input: ack P:O, ack all, quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also listen on this port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions of test-topic (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mechanism must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brokers: give --brokers or set KAFKA_BROKERS (`topicdesk sandbox` runs a local one and prints its address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic: give --topic or set KAFKA_TOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: give the message, or - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one message (quote it if it has spaces), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header expects NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--acks must be 0, 1 or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers; default $KAFKA_BROKERS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be earliest, latest, an offset or @EPOCH_MS (milliseconds since 1970), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default) or json: one JSON Lines record per message, bytes that are not UTF-8 as Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default): the message is the value; or json: each message is a JSON Lines record with its key, value and headers, as consume --format json writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format json: send each record to the partition it gives (else the partitioner chooses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the messages with this key, reading (without a group) only the partition the key is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How producers placed the key: murmur2 (default, as Java clients do) or consistent_random (librdkafka&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value (with --format json, the JSON record) to send, or - for each line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format json, each record gives its own key and headers: leave out --key and --header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --partition or --keep-partitions, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep-partitions needs --format json: only a JSON record gives a partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partitioner needs --key: it says which partition the key is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key reads without a consumer group, so there is nothing to acknowledge: leave out --manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown partitioner &quot;%1&quot;: use murmur2 (Java clients) or consistent_random (librdkafka clients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many brokers: 1 (default) or 3, each with a replica of every partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brokers expects 1 or 3 (how many sandbox brokers), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode each value with --subject&apos;s schema from the schema registry at URL (http or https, e.g. http://host:8081 or .../apis/ccompat/v7). User and password from $TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode keys and values in the schema registry&apos;s format with the registry at URL (http or https). Text: the decoded JSON in place of the bytes; json: &quot;key&quot;/&quot;value&quot; are the decoded JSON, with &quot;key_schema_id&quot;/&quot;value_schema_id&quot;. What cannot be decoded is printed as it is, with the reason on standard error (text) or in &quot;key_error&quot;/&quot;value_error&quot; (json), and the exit status is then 1. A schema not yet known is waited for up to --schema-registry-timeout (Ctrl+C acts once that wait ends); a registry that failed is asked again after 30 s. User and password from $TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate(s) to trust for the registry (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate for the registry (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key of --schema-registry-cert (PEM, not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait for the registry per request (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --schema-registry: each value (each line with -) is JSON, encoded with this subject&apos;s schema and sent in the registry&apos;s format. A line that does not match is not sent: its number and the reason go to standard error, and the exit status is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s version to encode with (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avro, protobuf or json: the schema type the subject must have (default: whatever it has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf: the message to encode (full or short name; default: the first in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schema-registry expects an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user and password out of the --schema-registry address (other users can read command lines): set TOPICDESK_REGISTRY_USER and TOPICDESK_REGISTRY_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPICDESK_REGISTRY_PASSWORD is set but TOPICDESK_REGISTRY_USER is not: set both for the registry&apos;s basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --schema-registry URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--schema-registry needs --subject: the subject whose schema encodes the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject expects a subject name, not bytes that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value-format must be avro, protobuf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message-type names a Protobuf message: it needs --value-format protobuf (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --schema-registry each line is the value&apos;s JSON: leave out --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the values of a topic matching PATTERN (* and ? as wildcards, the whole name) as raw records (no registry framing, even when they start with 00) of FILE&apos;s schema: .avsc (Avro), .proto (imports read from its folder) or a descriptor set (.desc, .pb, .binpb; protoc --descriptor_set_out --include_imports). #MESSAGE picks the Protobuf message (full or short name; default: the file&apos;s first). Repeatable: the first matching pattern wins. With --format json, &quot;value&quot; is the decoded JSON and &quot;value_schema_file&quot; the file&apos;s name (in place of &quot;value_schema_id&quot;). Works with or without --schema-registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 --local-schema options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local-schema expects PATTERN=FILE or PATTERN=FILE#MESSAGE (for example orders.*=order.proto#shop.Order), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local-schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic (default) or consumer: Kafka 4&apos;s consumer group protocol (KIP-848), where the broker assigns partitions one by one without stopping the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic (default) or consumer: Kafka 4&apos;s consumer group protocol (KIP-848); consumer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-protocol expects classic or consumer, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-protocol consumer (Kafka 4&apos;s consumer group protocol) %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>Explain each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show two sentences under each step on what happened there; off, the journey is a compact list of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by its producer (CreateTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended by the broker (LogAppendTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by another client (no timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched by the consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit confirmed by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send handed the record to this window&apos;s producer, which chose its partition (from the key, when there is one) and queued it for that partition&apos;s leader broker. Producers push: the record goes out with the next request to that broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client sent this record, so its produce call was not seen here; the time is the one its producer wrote into the record. The producer&apos;s clock may differ from this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client sent this record; the topic uses LogAppendTime, so the broker stamped it when it appended it to the partition&apos;s log. The journey here starts at the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client sent this record and it carries no timestamp. The journey here starts when the consumer fetched it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer reported that the leader appended the record at this offset once %1 was met, after the consumer had already fetched it: the broker answers both once the record is written, and the two answers travel and are handled separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer reported that the partition&apos;s leader appended the record to its log at this offset, once %1 was met (all: every in-sync replica has it; 1: the leader alone). The record stays in the log until retention removes it, however often it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer pulled the record: it asks the leader for the records after its position, and the broker holds the request open until there are some. Reading changes nothing in the log; only the consumer&apos;s position moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record reached this window&apos;s message table. Until a commit covers it, a restart or a rebalance delivers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody acked this message: a commit of a later offset covered it anyway (the immediate commit choice, or auto-commit). A committed offset only says &quot;everything before me is done&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acking marks the message as processed in TopicDesk. A consumer group keeps no per-message acknowledgements: only a committed offset tells it how far the group got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer committed this offset while stopping or handing the partition back, without an ack outcome to time it. The commit itself was confirmed, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer asked the group&apos;s coordinator broker to store the committed offset, the next offset to read: every offset below it counts as processed. Commits are records in the internal topic __consumer_offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator wrote the commit to __consumer_offsets and confirmed it. A restarted or new member of the group starts after this message, so it is not delivered to the group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey %1: fetched again (a restart, a rebalance or a seek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partition %1, offset %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery ended before a commit covered it: the same offset was fetched again, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row of the message table to follow its message from the produce call to the committed offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 in &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey is kept for this message: this window remembers the last %L1 offsets it sent or fetched, since it connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched by member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a message: Next asked the consumer for %n more message(s); it fetches as soon as there is one on the broker.</source>
        <translation>
            <numerusform>Waiting for a message: Next asked the consumer for %n more message; it fetches as soon as there is one on the broker.</numerusform>
            <numerusform>Waiting for a message: Next asked the consumer for %n more messages; it fetches as soon as there is one on the broker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: press Next to fetch one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the broker confirmed the commit. Press Next to fetch the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the broker to confirm the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked. The commit waits until every earlier message of partition %1 is acked (or a commit on its way is answered). Press Next for the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be acked (see Acked below). Press Next to fetch the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your Ack: select the row and press Ack (Space). Or press Next to fetch the next message first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>Type a JSON path, such as $.order.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON path starts with $, as in $.order.id or $.items[0].sku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is missing after the dot at character %1 (for names with spaces or dots, write [&apos;the name&apos;]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name that starts at character %1 has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ] is missing at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside [ ] at character %1, write an array index (0, 1, …) or a quoted name (&apos;name&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array index at character %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at character %2: after $ come .name, [&apos;name&apos;] or [index].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchemaCodec</name>
    <message>
        <source>The schema is not JSON: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referenced schema &quot;%1&quot; is not JSON: %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not a JSON Schema: it must be an object (or true or false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not JSON: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels; TopicDesk checks no deeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not allowed here (the schema says false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema&apos;s $ref &quot;%2&quot; leads nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: must be at least %n character(s) long, found %2.</source>
        <translation>
            <numerusform>%1: must be at least %n character long, found %2.</numerusform>
            <numerusform>%1: must be at least %n characters long, found %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: must be at most %n character(s) long, found %2.</source>
        <translation>
            <numerusform>%1: must be at most %n character long, found %2.</numerusform>
            <numerusform>%1: must be at most %n characters long, found %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must match the pattern %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be more than %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at least %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be less than %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at most %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a multiple of %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: must have at least %n item(s), found %2.</source>
        <translation>
            <numerusform>%1: must have at least %n item, found %2.</numerusform>
            <numerusform>%1: must have at least %n items, found %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: must have at most %n item(s), found %2.</source>
        <translation>
            <numerusform>%1: must have at most %n item, found %2.</numerusform>
            <numerusform>%1: must have at most %n items, found %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: items %2 and %3 are the same, but must all differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must contain an item that fits the schema&apos;s &quot;contains&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must have at least %2 properties, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must have at most %2 properties, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lacks the required property &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the property name &quot;%2&quot; is not allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the property &quot;%2&quot; is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the property &quot;%2&quot; is not allowed here (the schema has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: fits none of the schema&apos;s %n choice(s) (anyOf); the first says: %2</source>
        <translation>
            <numerusform>%1: fits none of the schema&apos;s %n choice (anyOf); the first says: %2</numerusform>
            <numerusform>%1: fits none of the schema&apos;s %n choices (anyOf); the first says: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: fits none of the schema&apos;s %n choice(s) (oneOf); the first says: %2</source>
        <translation>
            <numerusform>%1: fits none of the schema&apos;s %n choice (oneOf); the first says: %2</numerusform>
            <numerusform>%1: fits none of the schema&apos;s %n choices (oneOf); the first says: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits choices %2 of the schema&apos;s oneOf, but must fit exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not fit the schema under &quot;not&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the referenced schema &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern %1 is not a regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; leads nowhere: no referenced schema has that name, or its #/pointer names nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>there is no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one JSON value (separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaConf</name>
    <message>
        <source>The setting %1 = &quot;%2&quot; was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaErrors</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic does not exist on this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 does not exist in topic &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the broker or the client accepts (message.max.bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker can be reached: check the address and that Kafka is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s host name could not be resolved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: check the user name, password and mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized to access topic &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized to use this consumer group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send queue is full (queue.buffering.max.messages or queue.buffering.max.kbytes): the cluster takes messages more slowly than they come, or this one is larger than the whole queue may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: check the address and that Kafka is running (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed at %1: check the user name, password and mechanism (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 does not speak SASL on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 does not offer the SASL mechanism %2: it offers %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 expects SASL authentication on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 does not speak TLS on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT or SASL_PLAINTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 expects TLS on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL or SASL_SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not signed by a CA this computer trusts: give the CA file of your cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not signed by the CA you gave (%2): check the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not made out to the name &quot;%2&quot;: connect with a host name or address the certificate lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 has expired or is not valid yet: check the broker&apos;s certificate and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 requires a client certificate (mutual TLS): give your certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 refused your client certificate (%2): check that it is signed by a CA the broker trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved: check the address (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kafka broker: a web server (HTTP) answered there. Check the address and port of your Kafka cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kafka broker: the server there answered in another protocol. Check the address and port of your Kafka cluster (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery unknown: the message was sent, but the broker stopped answering before it confirmed it. It may be in the topic all the same: look before sending it again, or it may be there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery unknown: no broker confirmed the message within the message timeout (is the cluster reachable?). A broker that went away while writing it may have stored it all the same: look before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the message was dropped from the send queue before it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery unknown: TopicDesk stopped waiting for the broker&apos;s answer. The message may be in the topic all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to a broker (%1). TopicDesk tries it again and goes on through the other brokers, if there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed at %1: check the user name, password and mechanism (%2). If they are right and the cluster runs Kafka 4 or later: this TopicDesk uses librdkafka %3, which cannot log in with %4 to Kafka 4 (that needs librdkafka 2.6.1 or later). Use PLAIN over SASL_SSL if the cluster offers it, or a TopicDesk built with librdkafka 2.6.1 or later (Debian 13 has 2.8.0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (%n broker(s)).</source>
        <translation>
            <numerusform>Connected to %1 (%n broker).</numerusform>
            <numerusform>Connected to %1 (%n brokers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: connect to a cluster or the sandbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect first, then add a consumer to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s consumer reads without a consumer group (browsing or finding a key): choose Group in the read options first. Only the members of a group share partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic is read: choose a topic first. A new member reads the same topic as the window&apos;s consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s consumer is stopped: start it first. A new member joins its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window runs at most %1 consumers of the group, its own and %2 more: a topic for teaching has two or three partitions, so another member would get none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: each of its partitions has a replica on all %2 sandbox brokers (the sandbox has no other replication factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 cannot be stopped: this window is not connected to the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox broker %1 stopped: its connections are closed and it takes no new ones. Until it runs again, clients that try it report a broker they cannot reach; the running brokers serve every partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 of %2 has a new leader, broker %3 (broker %4 led it). Clients learn this from fresh metadata and send there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 cannot be started: this window is not connected to the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox broker %1 runs again, on the same port. It leads no partition yet: leadership stays where it moved (Kafka moves it back later, with its preferred-leader election).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFeatures</name>
    <message>
        <source>needs librdkafka %1.%2 or later; this build uses %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSchemas</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a schema (%2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It imports &quot;%1&quot;, which is not in its folder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a local schema must be an .avsc, a .proto or a descriptor set (.desc, .pb or .binpb) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a message type (%2) is only for Protobuf schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the topic pattern &quot;%2&quot; is not valid (* and ? are wildcards; [ must be closed by ]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the topic pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>What happened, newest at the bottom: connections, deliveries, assignments, commits and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TopicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the bulk send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk send is running: %1 of %2 messages delivered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping drops the messages not sent yet; those already on their way are still counted. You will see how many were delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bulk deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message>
        <source>the consumer to commit and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting: waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk send stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit what was acknowledged, wait briefly for sends in flight, and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every panel in its first place and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TopicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TopicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TopicDesk&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;tutorial and today&apos;s Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpose</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;details</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;artition offsets</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;og</source>
        <comment>View menu: the panel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCommand</name>
    <message>
        <source>The key or value is longer than a command line argument may be (%1). Use Copy as JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has a null value, which a command line cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header is longer than a command line argument may be (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header name is empty or holds &quot;=&quot;, which NAME=VALUE cannot say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value holds a line break: kcat -P reads one message per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty, which kcat sends as no key at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is null (a tombstone, on a compacted topic), which a command line cannot send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDecoder</name>
    <message>
        <source>Schema id %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <source>Cannot export to %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: you may not write in that folder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed, perhaps the disk is full: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a JSON array, string or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no messages in it: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageJson</name>
    <message>
        <source>&quot;%1&quot; must be &quot;base64&quot; when given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a Base64 string, as &quot;%2&quot; says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more (or -1 for none). %2 is the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more. %2 is the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each header needs a &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In header &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object, but a JSON array, string or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;topic&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be &quot;CreateTime&quot; or &quot;LogAppendTime&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each header must be a {&quot;name&quot;: ..., &quot;value&quot;: ...} object or a [&quot;name&quot;, &quot;value&quot;] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an object or a list of pairs. Write [{&quot;name&quot;: &quot;n&quot;, &quot;value&quot;: &quot;v&quot;}, ...] to keep their order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageReplay</name>
    <message>
        <source>Send selected to &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected message&apos;s key, value and headers into the compose box, to send it again to a topic of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected messages again, in the table&apos;s order, to a topic (for example dead letters back to where they came from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected, the shown or all the table&apos;s messages to a JSON Lines or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;: %2 of %3 delivered, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are still being sent to &quot;%1&quot;: wait for that send to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) again to &quot;%1&quot;%2…</source>
        <translation>
            <numerusform>Sending %n message again to &quot;%1&quot;%2…</numerusform>
            <numerusform>Sending %n messages again to &quot;%1&quot;%2…</numerusform>
        </translation>
    </message>
    <message>
        <source>, each to its partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send selected to topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot; cancelled: %2 of %3 messages delivered, %4 failed, %5 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again to &quot;%1&quot;: %2 of %3 messages delivered, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 messages to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 messages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send selected a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking %1 messages from the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot; cancelled: no message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected messages is still in the table: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the chosen messages had left the table before they could be taken (it was cleared, or it holds at most %2 messages and dropped the oldest); they were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen messages is still in the table: nothing was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no timestamp</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to this consumer and not acknowledged yet. Ack it once you have processed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged; the commit is on its way to the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed by the consumer itself (auto-commit), processed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge: this message is processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked, commit failed, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the value&apos;s JSON: %1. Empty where the value is not JSON or has nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>committed without an ack: a commit skipped it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>a row whose partition a rebalance took away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered again: this window received offset %1 of partition %2 before, but it was never committed (at-least-once delivery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged, but the broker refused the commit of offset %1 on partition %2: %3. It is sent again in %4 s; until a commit is confirmed, this message would be delivered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offset %1 of partition %2: the group&apos;s committed offset cannot pass a message that is not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offsets %1..%2 of partition %3: the group&apos;s committed offset cannot pass a message that is not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: the broker confirmed the group&apos;s committed offset %1 on partition %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: committed without an ack. The commit of a later offset (committed offset %1) covered it. Nobody acknowledged it here, and the group will not read it again. This is how a plain Kafka commit skips messages nobody processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rebalance took partition %1 from this consumer before this message was committed. It cannot be acked here. Whoever gets the partition next (another member, or this consumer again) resumes at the group&apos;s committed offset and so reads it again, unless the group had no committed offset there and starts with new messages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null value. On a compacted topic it is a tombstone: compaction later removes this key&apos;s older messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, Acked (waiting for the commit), Committed (confirmed by the broker), Skipped (committed without an ack), Revoked (partition taken away) or Redelivered (this window saw it before). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition the message is stored in. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s number in its partition. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a message once it is processed; commits follow. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the message is in its lifecycle: received, acknowledged by you, committed by the group (with or without your ack), revoked by a rebalance, or delivered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition of the topic the message is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s number in its partition, given by the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ack says you processed the message; TopicDesk turns acks into commits. Kafka itself has no per-message acks in consumer groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: at-least-once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1 was revoked before this message was committed: it cannot be acked here. Whoever owns the partition next reads it again from the group&apos;s committed offset, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching schema %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTableView</name>
    <message>
        <source>Add column from JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column shows this part of each message&apos;s value, where the value is JSON. For example $.order.id, $.items[0].sku or $[&apos;odd key&apos;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column from &amp;JSON path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>&amp;Ack selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older rows leave the table first; memory stays bounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack all &amp;up to this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow newest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the group (committing what was acknowledged) or join it again: what was not committed comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching while staying in the group; messages wait on the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows: partition, offset, timestamp, key and the whole value, separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest message in sight (scrolling up stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every row from the table; nothing changes on the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln message(s); older ones were removed from the table.</source>
        <translation>
            <numerusform>Showing the newest message; older ones were removed from the table.</numerusform>
            <numerusform>Showing the newest %Ln messages; older ones were removed from the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s).</source>
        <translation>
            <numerusform>%Ln message.</numerusform>
            <numerusform>%Ln messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge every message from the first one held down to the current row, in arrival order: with a filter or a sort on, also the rows they hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows whose key, value or headers contain a text, or of some partitions, offsets, times or states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide revoked rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the Revoked rows, of partitions this consumer lost. If a partition comes back, what was not committed there arrives again as Redelivered rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the ne&amp;west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch one message each time you press Next, to show pull, ack and commit slowly; the Journey panel says what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the consumer fetch exactly one more message, in step mode (Consumer menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start consumer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetBarsWidget</name>
    <message>
        <source>Offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acked: blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked, held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched, not acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: a consumer of the group that starts again resumes after these and does not get them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked and committable: the commit is on its way, the broker has not confirmed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered but not acked. Kafka keeps one committed offset per partition, so nothing after this message can be committed until it is acked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked, but not committable while an earlier message is not acked. If this consumer stopped now, these offsets would be delivered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched and shown in the table, not acked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the log, not fetched by this consumer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the offset this consumer started reading from (where nothing was committed, or read again from an offset): not fetched, and not committed by this consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committed offset is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acked up to offset %1; waiting for offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next fetch starts at offset %1; the high watermark is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition offset bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no offsets in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1 not acked: holds back %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not acked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next fetch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partition is assigned to this consumer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag not known yet: the high watermark or the committed offset is still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag %1: offsets not committed yet (high watermark %2 minus %3 %4). It counts offsets, not messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: its offsets are not known yet (nothing fetched or measured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition %1: log start %2, high watermark %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetsPanel</name>
    <message>
        <source>Right-click a partition to read it again from an offset or a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is read yet: choose a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again from &amp;offset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again from a &amp;time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected partition again from an offset (the group&apos;s commits stay as they are until you ack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every partition again from the first message at or after a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset to read partition %1 from (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset of partition %2: enter a whole number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading partition %1 again from offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every partition from (%1, local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every partition again from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one key&apos;s messages: read just the partition the key is in, without a consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the topic as before finding by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped finding key &quot;%1&quot;: reading the topic as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding key &quot;%1&quot;: only partition %2 is read, and only this key&apos;s messages are shown. Stop finding by key to read the topic as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding key &quot;%1&quot; (%2): reading only partition %3 of &quot;%4&quot; %5, without a consumer group; messages with other keys are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;finding by key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartitionOffsetsModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has not committed anything on this partition yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing committed yet: every offset from the log start counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log end</source>
        <comment>the high watermark, for a column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partitions this consumer reads. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest offset still kept in the partition (older ones were deleted by retention; reading deletes nothing). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s committed offset, stored by Kafka in __consumer_offsets: a restarted consumer resumes here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s position: the next offset it will fetch. It runs ahead of the committed offset. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The high watermark: the offset right after the last message consumers can read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offsets not committed yet: high watermark minus committed offset (minus the log start while nothing is committed). It counts offsets, not messages: gaps left by compaction or transactions count too. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partition of the topic, assigned to this consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest offset the partition still keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: log start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the group resumes reading this partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: commit (committed offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next offset this consumer fetches. Fetching is not committing: only a commit moves the committed offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The high watermark: consumers read up to it, never past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: high watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the group is behind on this partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: lag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partitioner</name>
    <message>
        <source>The topic has no partitions, so no key can be in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a partition count: a topic has from 1 to %2 partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null key has no partition: producers spread records without a key over all partitions (Java&apos;s sticky partitioner, librdkafka&apos;s random choice), so they cannot be found by key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty key has no partition with consistent_random: librdkafka sends empty and null keys to a random partition. With murmur2 (Java clients) an empty key has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>murmur2, as Java clients (and librdkafka set to murmur2_random) place keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent_random (CRC32), as librdkafka clients place keys by default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>Show as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to show the %1&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next part of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: 0 bytes (not null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more (%1% shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message>
        <source>more than one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep, too deep to show as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8 (first bad byte at %1): shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds control characters (such as NUL): shown as hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8 (first bad byte at %1): not shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 control character (such as NUL) shown as a symbol like ␀.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 control characters (such as NUL) shown as symbols like ␀.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortForwarder</name>
    <message>
        <source>Port %1 on 127.0.0.1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, a shape for every message state, and colours that colour-blind viewers tell apart: for showing TopicDesk on a projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Producer</name>
    <message>
        <source>The producer could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings as a profile (never the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not keep the password of &quot;%1&quot; (%2): it will be asked for when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (the password only in the system keychain, if there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: no password was given for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept for this session only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not keep the schema registry password of &quot;%1&quot; (%2): enter it in Schema registry… after loading the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot; has no security protocol: PLAINTEXT is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the security protocol &quot;%2&quot; is not one of %3: PLAINTEXT is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the SASL mechanism &quot;%2&quot; is not one of %3: PLAIN is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of advanced properties (&quot;%2&quot;) is not between 0 and %3: none are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of sandbox brokers &quot;%2&quot; is not 1 or 3: 1 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the schema registry address held a user name or password: it is ignored (give them in their own fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the schema registry timeout &quot;%2&quot; is not between %3 and %4 ms: %5 ms is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of local schema files (&quot;%2&quot;) is not a number: none are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; lists %2 local schema files: only the first %3 are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: local schema %2 has no file: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: local schema %2 has no topic pattern: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the consumer group protocol &quot;%2&quot; is not classic or consumer: classic is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses Kafka 4&apos;s consumer group protocol, which %2: classic is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtoWireScanner</name>
    <message>
        <source>The bytes end at byte %1 in the middle of a field&apos;s tag, which starts at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field tag at byte %1 runs on for more than 10 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field tag at byte %1 is too large for Protobuf (field number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field at byte %1 has number 0, which Protobuf does not allow: the bytes are probably not this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 ends a group that never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 has wire type %3, which Protobuf does not have: the bytes are probably not this message, or not Protobuf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes end at byte %1 inside the group of field %2, which never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (not in the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: the bytes end in the middle of its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: its number runs on for more than 10 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 needs %3 bytes, but only %4 are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: the bytes end in the middle of its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: its length runs on for more than 10 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 says %3 bytes follow at byte %4, but only %5 are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: its text is not valid UTF-8 at byte %3 (a string field holds UTF-8 text; a bytes field may hold anything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2 holds %3 bytes of packed %4-byte numbers, which is not a whole number of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: its packed numbers end in the middle of a number at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: the packed number at byte %3 runs on for more than 10 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2: messages nested deeper than %3 levels are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtobufCodec</name>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema does not parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema does not build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; imports itself (through other files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema imports &quot;%1&quot;, which the registry did not send as a reference and which is not one of Protobuf&apos;s well-known types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from -2147483648 to 2147483647</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from -9223372036854775808 to 9223372036854775807</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time such as &quot;2024-01-31T12:00:00Z&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as &quot;1.5s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object (a %1 message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object (a map), found an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the message has no field of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema defines no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message index %1 is out of range: the schema has %n top-level message(s).</source>
        <translation>
            <numerusform>The message index %1 is out of range: the schema has %n top-level message.</numerusform>
            <numerusform>The message index %1 is out of range: the schema has %n top-level messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message index %1 is out of range: %2 has %n nested message(s).</source>
        <translation>
            <numerusform>The message index %1 is out of range: %2 has %n nested message.</numerusform>
            <numerusform>The message index %1 is out of range: %2 has %n nested messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is larger than Protobuf can read (2 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes are not a valid %1 message (Protobuf&apos;s parser does not say where).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message lacks required fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be written as JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no message type &quot;%1&quot;; it has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of %2: give the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not JSON: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: must be an object with the fields of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not fit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON lacks required fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Protobuf descriptor set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor set holds no .proto file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor set needs &quot;%1&quot;, which it does not hold (make it with protoc&apos;s --include_imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <source>Schema Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and values in a schema registry&apos;s format (the byte 00, then a schema id) are shown decoded as JSON, with their schema. TopicDesk speaks the Confluent API: Confluent Schema Registry, Apicurio (…/apis/ccompat/v7), Redpanda, Karapace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:8081 (empty: no registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s base address, with its path when it has one (Apicurio: http://host:8080/apis/ccompat/v7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For registries that ask for a login (HTTP basic authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain with a saved profile, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For https: a PEM file of the certificate authorities to trust instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For registries that ask for a client certificate (PEM), with its key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request to the registry may take before TopicDesk says it is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the registry for its subjects with these settings and say what it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registry&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is http: the password travels unencrypted. Use https when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local schema files, for topics whose values are raw Avro or Protobuf, without a registry. A topic is read with the first row whose pattern (* and ? as wildcards) matches its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. The file is an Avro schema (.avsc), a .proto file or a Protobuf descriptor set (.desc, .pb, .binpb); for Protobuf, the message to read (empty: the file&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protobuf message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .avsc, .proto or descriptor set file for some topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected local schema files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a schema file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema files (*.avsc *.proto *.desc *.pb *.binpb);;Avro schemas (*.avsc);;Protobuf files (*.proto);;Protobuf descriptor sets (*.desc *.pb *.binpb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrySettings</name>
    <message>
        <source>The schema registry&apos;s CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry&apos;s CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry address is not a valid web address (like http://localhost:8081).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the schema registry&apos;s user name and password in their own fields, not in its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry timeout must be between 100 ms and 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs both its certificate file and its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local schema has neither a topic pattern nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local schema %1 needs a topic pattern (like orders-* or *).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local schema for the topics %1 needs a schema file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) is not an Avro schema (.avsc), a .proto file or a descriptor set (.desc, .pb, .binpb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 local schema files; at most %2 can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBroker</name>
    <message>
        <source>The sandbox broker could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox broker could not open a port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox broker is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not create topic &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox runs 1 or 3 brokers, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has %n broker(s): a replication factor from 1 to %n.</source>
        <translation>
            <numerusform>The sandbox has %n broker: a replication factor of %n.</numerusform>
            <numerusform>The sandbox has %n brokers: a replication factor from 1 to %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no broker %1: the sandbox has one broker, broker 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no broker %1: the sandbox&apos;s brokers are 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 is already stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 is the last one running: stopping it would leave no broker to send to or read from. Start another broker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 could not be stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBrokersView</name>
    <message>
        <source>Sandbox &amp;brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox brokers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partition has a replica on each broker; one broker leads it and takes its sends and fetches. Stop a broker and TopicDesk moves the leadership of its partitions to a running broker, as Kafka&apos;s controller would; clients find the new leader in fresh metadata and send there.
Not modelled by the sandbox: in-sync replicas. It always reports every replica in sync, even a stopped one, and answers acks=all as soon as the leader has the message, so min.insync.replicas never refuses a send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sandbox broker %1: its clients lose their connections, and the partitions it leads get a running broker as leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sandbox broker %1 again, on the same port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No in-sync replica model here: acks=all waits for the leader only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads no partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart broker %1</source>
        <extracomment>Start broker 1 (each Start broker entry needs its own accelerator)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art broker %1</source>
        <extracomment>Start broker 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt broker %1</source>
        <extracomment>Start broker 3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop broker &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Sandbox broker listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 has %n partition(s). Try, in other terminals:</source>
        <translation>
            <numerusform>Topic %1 has %n partition. Try, in other terminals:</numerusform>
            <numerusform>Topic %1 has %n partitions. Try, in other terminals:</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop; its messages are gone then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sandbox brokers are running, each with a replica of every partition. Clients connect through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Partition %1 of %2: leader broker %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCodec</name>
    <message>
        <source>This kind of schema is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaEncodingPart</name>
    <message>
        <source>&amp;JSON encoded as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (bytes as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject&apos;s version whose schema encodes the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message type (the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Protobuf message type the value is, by its full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the schema registry for its subjects again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the value with a subject&apos;s schema (the JSON typed is checked and sent in the registry&apos;s format), or none: the bytes as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema registry: set one up in the connection panel&apos;s Schema registry… to encode values with a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema subjects not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry&apos;s subjects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are encoded with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no schema for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the schema of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 (%3, schema %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, schema %2, v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not UTF-8 text: a schema encodes JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the value against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not match %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaRegistry</name>
    <message>
        <source>No schema registry address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry&apos;s CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry at %1 sent an answer larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry at %1 did not answer with JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry at %1 asks for a user name and password (it answered %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry refused the user name or password (it answered %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry answered %1 for %2: is its address right? (Apicurio&apos;s ends in /apis/ccompat/v7.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the connection was refused (is it running, and is the address right?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the host %2 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry at %1 closed the connection before answering (does it speak %2?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the https handshake failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was checked against the system&apos;s certificate authorities; set the registry&apos;s CA file if it uses a CA of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was checked against the CA file %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: its certificate is not trusted (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry&apos;s answer holds no schema text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is of type %1, which TopicDesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema refers to %1 without naming its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema refers to more than %1 other schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema refers to %1 (subject %2, version %3), which could not be fetched: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 schema cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry has no schema with id %1 (it says: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a schema registry does (no list of subjects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reached %1: %n subjects</source>
        <translation>
            <numerusform>Reached %1: %n subject</numerusform>
            <numerusform>Reached %1: %n subjects</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema was not registered under %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema registry&apos;s answer holds no schema id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security and advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topicdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this client names itself to the brokers (their logs and quotas use it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAINTEXT (no encryption, no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL_PLAINTEXT (login, not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL_SSL (login, encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never written to the settings file: kept in the system keychain when there is one, otherwise asked for when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file; empty: the system&apos;s CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, when the brokers ask for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: any librdkafka property (checked by librdkafka itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Kafka brokers&quot; and enter an address first: the sandbox needs no test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s), cluster id %1, round trip %2 ms.</source>
        <translation>
            <numerusform>Connected: %n broker, cluster id %1, round trip %2 ms.</numerusform>
            <numerusform>Connected: %n brokers, cluster id %1, round trip %2 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dd property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partition %1 does not exist: topic &quot;%2&quot; has %n partition(s).</source>
        <translation>
            <numerusform>Partition %1 does not exist: topic &quot;%2&quot; has %n partition.</numerusform>
            <numerusform>Partition %1 does not exist: topic &quot;%2&quot; has %n partitions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the largest message the producer sends (message.max.bytes = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no report from the broker in time; it may or may not have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln line(s): %1 delivered, %2 failed, %3 not sent</source>
        <translation>
            <numerusform>stopped after %Ln line: %1 delivered, %2 failed, %3 not sent</numerusform>
            <numerusform>stopped after %Ln lines: %1 delivered, %2 failed, %3 not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s): %1 delivered, %2 failed, %3 not sent</source>
        <translation>
            <numerusform>%Ln line: %1 delivered, %2 failed, %3 not sent</numerusform>
            <numerusform>%Ln lines: %1 delivered, %2 failed, %3 not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with no report (may or may not have arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a valid JSON record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>partition %1 does not exist: topic &quot;%2&quot; has %n partition(s).</source>
        <translation>
            <numerusform>partition %1 does not exist: topic &quot;%2&quot; has %n partition.</numerusform>
            <numerusform>partition %1 does not exist: topic &quot;%2&quot; has %n partitions.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a valid JSON record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at line %1, which is not a valid JSON record: %2 delivered, %3 failed (line %1 included); the lines after it were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 was not confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest version of subject &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of subject &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot get %1 from the schema registry at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &quot;%1&quot; holds a %2 schema, not %3 (--value-format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message-type names a Protobuf message, but subject &quot;%1&quot; holds a %2 schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not match schema %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendToTopicDialog</name>
    <message>
        <source>&amp;Keep each message&apos;s partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send selected to topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sends the %n selected message(s) again, in the table&apos;s order, with their keys, values and headers exactly as they are.</source>
        <translation>
            <numerusform>Sends the %n selected message again, in the table&apos;s order, with its key, value and headers exactly as they are.</numerusform>
            <numerusform>Sends the %n selected messages again, in the table&apos;s order, with their keys, values and headers exactly as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>To &amp;topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the producer&apos;s partitioner places each message by its key. On: each goes to the partition it was read from (which the topic must have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Consumer started on &quot;%1&quot; without a consumer group: it reads and commits nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the consumer left its group, so these messages can no longer be acked here. What was not committed is delivered again after reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing without a consumer group: nothing is committed, so there is nothing to acknowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-commit is on: the consumer commits by itself every few seconds, so Ack is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing partition(s) %1 without a consumer group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: this consumer was assigned partition(s) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the offset or time you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the group&apos;s committed offsets, and with new messages only where nothing is committed (as Kafka&apos;s own default, latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the group&apos;s committed offsets, and from the earliest message where nothing is committed (TopicDesk&apos;s default; Kafka&apos;s own is new messages only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopped. It was browsing: there was nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopped and left group &quot;%1&quot;. With auto-commit it committed what it had read, processed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer stopped and left group &quot;%1&quot;. Everything acknowledged in this table is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Consumer stopped and left group &quot;%1&quot;, but the broker did not confirm the commit of %n acknowledged message(s): the group reads them again.</source>
        <translation>
            <numerusform>Consumer stopped and left group &quot;%1&quot;, but the broker did not confirm the commit of %n acknowledged message: the group reads it again.</numerusform>
            <numerusform>Consumer stopped and left group &quot;%1&quot;, but the broker did not confirm the commit of %n acknowledged messages: the group reads them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>partition %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker confirmed the commit (every offset before each committed offset counts as processed): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: partition(s) %3 revoked from this consumer; its rows there that were not committed are now Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are not decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and values in the schema registry&apos;s format are decoded with the schemas of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema registry: keys and values are shown as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local schema file is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys and values are decoded with the schema registry %1 and %n local schema file(s).</source>
        <translation>
            <numerusform>Keys and values are decoded with the schema registry %1 and %n local schema file.</numerusform>
            <numerusform>Keys and values are decoded with the schema registry %1 and %n local schema files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values are decoded with %n local schema file(s), without a schema registry.</source>
        <translation>
            <numerusform>Values are decoded with %n local schema file, without a schema registry.</numerusform>
            <numerusform>Values are decoded with %n local schema files, without a schema registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker gave this consumer partition(s) %3; the group&apos;s other members kept consuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker took partition(s) %3 from this consumer; its rows there that were not committed are now Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command of the menus, with its keys. Space, Ctrl+C and Ctrl+A act on the message table while it has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%1: %n partition(s)</source>
        <translation>
            <numerusform>%1: %n partition</numerusform>
            <numerusform>%1: %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicOffsets</name>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster did not tell (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no topic &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicOffsetsDialog</name>
    <message>
        <source>Partition offsets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster for the offsets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest message time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset of the message with the largest timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the cluster about &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offsets of &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n partition(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; has %n partition.</numerusform>
            <numerusform>&quot;%1&quot; has %n partitions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest message of each partition is not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker that takes the writes and reads of this partition now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brokers that keep a copy of this partition, the preferred leader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies that are up to date with the leader. Marked when some broker is behind or down: its copy is missing the newest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controller: broker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic id is not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broker leads this partition now: it can be neither written nor read until one does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in sync: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 copies are up to date with the leader. Behind or down (broker ids): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the topic to watch and send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the cluster for its topics again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a topic and watch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a topic with the partitions and replicas you choose, and watch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to see the topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic to read it and send to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching &quot;%1&quot; again: the topic chosen last time on this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating topic &quot;%1&quot; with %n partition(s)…</source>
        <translation>
            <numerusform>Creating topic &quot;%1&quot; with %n partition…</numerusform>
            <numerusform>Creating topic &quot;%1&quot; with %n partitions…</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partition &amp;offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched topic&apos;s partitions: oldest and next offsets, newest messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueEdit</name>
    <message>
        <source>(not text: the bytes are sent as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, too large to edit here: they are sent exactly as they are. Press Delete to clear. The first %2 bytes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The value is empty, so it carries no schema id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the schema registry&apos;s format: it does not start with the byte 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for the schema registry&apos;s format: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Protobuf message indexes after the schema id are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bootstrap servers (host:port,...); default $KAFKA_BROKERS, else the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic to watch and send to; default $KAFKA_TOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, vi); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.
Without a display: topicdesk send|consume|sandbox --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the commands are send, consume and sandbox (topicdesk COMMAND --help); with none, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group to read in; default $KAFKA_GROUP, else none on a cluster (reading without a group) and topicdesk in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
