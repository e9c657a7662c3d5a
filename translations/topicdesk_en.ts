<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClusterMetadata</name>
    <message>
        <source>Could not reach %1 within %2 s: %3</source>
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
</context>
<context>
    <name>ConsumerWorker</name>
    <message>
        <source>The consumer could not be created: %1</source>
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
        <source>Not delivered in time: no broker took the message (is the cluster reachable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: the connection was closed before the broker answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages are waiting to be sent; try again in a moment.</source>
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
        <source>Not connected to the sandbox.</source>
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
        <source>&amp;Sandbox (built in, no Kafka needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-process Kafka broker on 127.0.0.1 with the topic test-topic (2 partitions). Its messages last until TopicDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kafka brokers:</source>
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
        <source>Consumer &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers in the same group share the topic&apos;s partitions; the group&apos;s committed offsets say where reading resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
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
        <source>Pick the topic to watch and send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
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
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key: the partitioner picks a partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with the same key always go to the same partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the selected topic (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the committed offsets, or from the earliest message for a new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1, partition %2; the broker did not report an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n message(s); older ones were removed from the table.</source>
        <translation>
            <numerusform>Showing the newest %n message; older ones were removed from the table.</numerusform>
            <numerusform>Showing the newest %n messages; older ones were removed from the table.</numerusform>
        </translation>
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
</context>
<context>
    <name>TopicAdmin</name>
    <message>
        <source>Topic &quot;%1&quot; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not answer the request to create topic &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; was not created: %2</source>
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
    <name>main</name>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap servers (host:port,...); default $KAFKA_BROKERS, else the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic to watch and send to; default $KAFKA_TOPIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group; default $KAFKA_GROUP, else topicdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, vi); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
