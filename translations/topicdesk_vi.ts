<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AckTracker</name>
    <message>
        <source>Auto-commit is on: the consumer commits by itself, so there is nothing to acknowledge.</source>
        <translation>Đang bật tự động commit (auto-commit): consumer tự commit, nên không có gì cần xác nhận (ack).</translation>
    </message>
    <message>
        <source>Partition %1 is no longer assigned to this consumer (a rebalance gave it away); the message will be delivered again to its new owner.</source>
        <translation>Partition %1 không còn được giao cho consumer này nữa: sau một lần rebalance (chia lại partition), nó đã thuộc về consumer khác; consumer đó sẽ nhận lại tin nhắn.</translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 was not delivered to this consumer.</source>
        <translation>Consumer này chưa từng nhận offset %1 của partition %2.</translation>
    </message>
    <message>
        <source>Partition %1 is not assigned to this consumer: the group gave it to another member, or has not assigned it yet.</source>
        <translation>Partition %1 không được giao cho consumer này: group đã giao nó cho thành viên khác, hoặc chưa giao.</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation>Cluster không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; cannot be created: %2</source>
        <translation>Không thể tạo topic &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; was not created: %2</source>
        <translation>Tạo topic &quot;%1&quot; thất bại: %2</translation>
    </message>
</context>
<context>
    <name>AvroCodec</name>
    <message>
        <source>it holds more than one JSON value</source>
        <translation>nó chứa nhiều hơn một giá trị JSON</translation>
    </message>
    <message>
        <source>The schema is nested too deeply.</source>
        <translation>Schema lồng nhau quá sâu.</translation>
    </message>
    <message>
        <source>The schema uses the type %1, which neither it nor its references define.</source>
        <translation>Schema dùng kiểu %1, nhưng cả schema lẫn các schema nó tham chiếu đều không định nghĩa kiểu này.</translation>
    </message>
    <message>
        <source>The record %1 in the schema has no list of fields.</source>
        <translation>Record %1 trong schema không có danh sách trường.</translation>
    </message>
    <message numerus="yes">
        <source>it needs %n byte(s) at byte %1, but the value ends at byte %2.</source>
        <translation>
            <numerusform>nó cần %n byte ở byte %1, nhưng giá trị kết thúc ở byte %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the value ends at byte %1, inside the number that starts at byte %2.</source>
        <translation>giá trị kết thúc ở byte %1, giữa con số bắt đầu ở byte %2.</translation>
    </message>
    <message>
        <source>the number at byte %1 is too long for a long.</source>
        <translation>con số ở byte %1 quá dài đối với kiểu long.</translation>
    </message>
    <message>
        <source>the number %1 at byte %2 does not fit in an int.</source>
        <translation>con số %1 ở byte %2 không vừa kiểu int.</translation>
    </message>
    <message>
        <source>its length at byte %1 is negative (%2).</source>
        <translation>độ dài của nó ở byte %1 là số âm (%2).</translation>
    </message>
    <message>
        <source>its length at byte %1 says %2 bytes, but only %3 are left.</source>
        <translation>độ dài của nó ở byte %1 ghi %2 byte, nhưng chỉ còn lại %3.</translation>
    </message>
    <message>
        <source>the item count at byte %1 is not valid.</source>
        <translation>số phần tử ở byte %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>the block size at byte %1 says %2 bytes, but %3 are left.</source>
        <translation>kích thước khối ở byte %1 ghi %2 byte, nhưng còn lại %3.</translation>
    </message>
    <message>
        <source>it says %1 items at byte %2, of a type that takes no bytes; more than %3 in one value are not believed.</source>
        <translation>ở byte %2 ghi %1 phần tử, thuộc một kiểu không chiếm byte nào; quá %3 phần tử trong một giá trị thì không được chấp nhận.</translation>
    </message>
    <message>
        <source>byte %1 is %2, but a boolean is 0 or 1.</source>
        <translation>byte %1 là %2, nhưng boolean chỉ là 0 hoặc 1.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8: byte %1 is 0x%2.</source>
        <translation>văn bản không phải UTF-8 hợp lệ: byte %1 là 0x%2.</translation>
    </message>
    <message>
        <source>symbol number %1 at byte %2 does not exist: the enum has %3 symbols.</source>
        <translation>ký hiệu số %1 ở byte %2 không tồn tại: enum có %3 ký hiệu.</translation>
    </message>
    <message>
        <source>the value is nested more than %1 levels deep at byte %2; reading stops there.</source>
        <translation>giá trị lồng sâu hơn %1 cấp ở byte %2; việc đọc dừng tại đó.</translation>
    </message>
    <message>
        <source>type number %1 at byte %2 does not exist: the union has %3 types.</source>
        <translation>kiểu số %1 ở byte %2 không tồn tại: union có %3 kiểu.</translation>
    </message>
    <message>
        <source>a key is not valid UTF-8: byte %1 is 0x%2.</source>
        <translation>một key không phải UTF-8 hợp lệ: byte %1 là 0x%2.</translation>
    </message>
    <message>
        <source>the block at byte %1 says it takes %2 bytes, but its items take %3.</source>
        <translation>khối ở byte %1 ghi là chiếm %2 byte, nhưng các phần tử của nó chiếm %3.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>văn bản &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>needs a whole number from %1 to %2, not %3.</source>
        <translation>cần một số nguyên từ %1 đến %2, không phải %3.</translation>
    </message>
    <message>
        <source>needs a whole number written without a fraction or exponent when it is 2^53 or more, not %1.</source>
        <translation>cần một số nguyên viết không có phần thập phân hay số mũ khi nó từ 2^53 trở lên, không phải %1.</translation>
    </message>
    <message>
        <source>needs a number (or &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;), not %1.</source>
        <translation>cần một số (hoặc &quot;NaN&quot;, &quot;Infinity&quot;, &quot;-Infinity&quot;), không phải %1.</translation>
    </message>
    <message>
        <source>needs a number, not %1.</source>
        <translation>cần một số, không phải %1.</translation>
    </message>
    <message>
        <source>needs text whose characters stand for bytes (\u0000 to \u00ff), not %1.</source>
        <translation>cần văn bản mà mỗi ký tự đại diện cho một byte (\u0000 đến \u00ff), không phải %1.</translation>
    </message>
    <message>
        <source>holds the character %1 at position %2: only \u0000 to \u00ff stand for bytes.</source>
        <translation>chứa ký tự %1 ở vị trí %2: chỉ \u0000 đến \u00ff mới đại diện cho byte.</translation>
    </message>
    <message>
        <source>takes too long to match against the schema&apos;s unions: write union values as {&quot;type&quot;: value}.</source>
        <translation>mất quá lâu để đối chiếu với các union của schema: hãy viết giá trị union dạng {&quot;type&quot;: value}.</translation>
    </message>
    <message>
        <source>is nested more than %1 levels deep.</source>
        <translation>lồng sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <source>needs null, not %1.</source>
        <translation>cần null, không phải %1.</translation>
    </message>
    <message>
        <source>needs true or false, not %1.</source>
        <translation>cần true hoặc false, không phải %1.</translation>
    </message>
    <message>
        <source>needs a number a float can hold, not %1.</source>
        <translation>cần một số mà kiểu float chứa được, không phải %1.</translation>
    </message>
    <message>
        <source>needs text, not %1.</source>
        <translation>cần văn bản, không phải %1.</translation>
    </message>
    <message>
        <source>needs exactly %1 bytes, not %2.</source>
        <translation>cần đúng %1 byte, không phải %2.</translation>
    </message>
    <message>
        <source>needs one of %1, not %2.</source>
        <translation>cần một trong các giá trị %1, không phải %2.</translation>
    </message>
    <message>
        <source>needs an object, not %1.</source>
        <translation>cần một object, không phải %1.</translation>
    </message>
    <message>
        <source>is not in the schema: %1 has no such field.</source>
        <translation>không có trong schema: %1 không có trường này.</translation>
    </message>
    <message>
        <source>is missing, and the schema gives it no default.</source>
        <translation>bị thiếu, và schema không cho nó giá trị mặc định.</translation>
    </message>
    <message>
        <source>is missing, and its default in the schema does not fit: %1</source>
        <translation>bị thiếu, và giá trị mặc định của nó trong schema không phù hợp: %1</translation>
    </message>
    <message>
        <source>needs a list, not %1.</source>
        <translation>cần một danh sách, không phải %1.</translation>
    </message>
    <message>
        <source>needs a value of one of its types (%1), written as {&quot;type&quot;: value}; %2 fits none of them.</source>
        <translation>cần một giá trị thuộc một trong các kiểu của nó (%1), viết dạng {&quot;type&quot;: value}; %2 không khớp kiểu nào.</translation>
    </message>
    <message>
        <source>%1 fits more than one of its types (%2): write it as {&quot;type&quot;: value}.</source>
        <translation>%1 khớp với nhiều hơn một kiểu của nó (%2): hãy viết dạng {&quot;type&quot;: value}.</translation>
    </message>
    <message>
        <source>The Avro schema is not valid JSON: %1.</source>
        <translation>Schema Avro không phải JSON hợp lệ: %1.</translation>
    </message>
    <message>
        <source>The referenced Avro schema %1 is not valid JSON: %2.</source>
        <translation>Schema Avro được tham chiếu %1 không phải JSON hợp lệ: %2.</translation>
    </message>
    <message>
        <source>The Avro schema does not parse: %1</source>
        <translation>Không phân tích được schema Avro: %1</translation>
    </message>
    <message>
        <source>The fixed type %1 in the schema has a negative size.</source>
        <translation>Kiểu fixed %1 trong schema có kích thước âm.</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>trường %1</translation>
    </message>
    <message>
        <source>Reading %1 (%2): %3</source>
        <translation>Khi đọc %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) left over after the record, from byte %1 on.</source>
        <translation>
            <numerusform>Còn thừa %n byte sau record, từ byte %1 trở đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not valid JSON: %1 at character %2.</source>
        <translation>Văn bản không phải JSON hợp lệ: %1 tại ký tự %2.</translation>
    </message>
    <message>
        <source>The text holds more than one JSON value.</source>
        <translation>Văn bản chứa nhiều hơn một giá trị JSON.</translation>
    </message>
    <message>
        <source>The value (%1) %2</source>
        <translation>Giá trị (%1) %2</translation>
    </message>
    <message>
        <source>Field %1 (%2) %3</source>
        <translation>Trường %1 (%2) %3</translation>
    </message>
</context>
<context>
    <name>BulkSendPart</name>
    <message>
        <source>Send a &amp;file…</source>
        <translation>Gửi từ tệ&amp;p…</translation>
    </message>
    <message>
        <source>Send &amp;many</source>
        <translation>Gửi hàng loạ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Cancel bulk send</source>
        <translation>&amp;Hủy gửi hàng loạt</translation>
    </message>
    <message>
        <source>%p% delivered</source>
        <translation>đã giao %p%</translation>
    </message>
    <message>
        <source>Send every record of a file to the watched topic</source>
        <translation>Gửi mọi bản ghi của một tệp tới topic đang theo dõi</translation>
    </message>
    <message>
        <source>Send the message many times, with its placeholders filled in</source>
        <translation>Gửi tin nhắn nhiều lần, với các biến thay thế đã được điền giá trị</translation>
    </message>
    <message>
        <source>Send the Message tab&apos;s key and value the Bulk tab&apos;s number of times, with {{i}}, {{uuid}} and {{now}} filled in</source>
        <translation>Gửi key và giá trị ở thẻ Tin nhắn với số lần đặt ở thẻ Gửi hàng loạt, có điền giá trị cho {{i}}, {{uuid}} và {{now}}</translation>
    </message>
    <message>
        <source>Stop the running bulk or file send</source>
        <translation>Dừng lần gửi hàng loạt hoặc gửi từ tệp đang chạy</translation>
    </message>
    <message>
        <source>Stop the running bulk or file send; the messages already on their way are still counted</source>
        <translation>Dừng lần gửi hàng loạt hoặc gửi từ tệp đang chạy; những tin nhắn đang trên đường vẫn được tính</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) to &quot;%1&quot;…</source>
        <translation>
            <numerusform>Đang gửi %n tin nhắn tới &quot;%1&quot;…</numerusform>
        </translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Gửi từ tệp</translation>
    </message>
    <message>
        <source>Choose a topic before sending a file.</source>
        <translation>Hãy chọn một topic trước khi gửi tệp.</translation>
    </message>
    <message>
        <source>%1 Nothing from the file was sent.</source>
        <translation>%1 Không có tin nhắn nào trong tệp được gửi.</translation>
    </message>
    <message>
        <source>Another send is running: %1 was not sent. Send it again once that one has finished.</source>
        <translation>Một lần gửi khác đang chạy: %1 chưa được gửi. Hãy gửi lại khi lần gửi đó đã xong.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) from %1 (%2)…</source>
        <translation>
            <numerusform>Đang gửi %n tin nhắn từ %1 (%2)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation>mỗi dòng một giá trị</translation>
    </message>
    <message>
        <source>%1 of %2 delivered (%3 queued), %4 failed, %5 messages/s</source>
        <translation>Đã giao %1 trên %2 (%3 đã xếp hàng), %4 thất bại, %5 tin nhắn/giây</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 messages were delivered, %3 were not sent.</source>
        <translation>Đã hủy: đã gửi được %1/%2 tin nhắn, %3 tin nhắn chưa được gửi.</translation>
    </message>
    <message>
        <source>Done: %1 of %2 messages delivered (%3 messages/s).</source>
        <translation>Hoàn tất: đã gửi được %1/%2 tin nhắn (%3 tin nhắn/giây).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 tin nhắn gửi thất bại: %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 messages delivered, %3 failed, %4 never sent.</source>
        <translation>Đã dừng: đã giao %1 trên %2 tin nhắn, %3 thất bại, %4 chưa bao giờ được gửi.</translation>
    </message>
    <message>
        <source>%1 were on their way with no answer from the broker yet: they may or may not have arrived.</source>
        <translation>%1 tin nhắn đang trên đường mà broker chưa trả lời: chúng có thể đã đến hoặc chưa.</translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation>Lỗi đầu tiên: %1</translation>
    </message>
    <message>
        <source>A JSON Lines file (.jsonl), as Export messages… and topicdesk consume --format json write it: {&quot;key&quot;: …, &quot;value&quot;: …, &quot;headers&quot;: [{&quot;name&quot;: …, &quot;value&quot;: …}]} per line; or plain text, one value per line</source>
        <translation>Tệp JSON Lines (.jsonl), đúng như Xuất tin nhắn… và topicdesk consume --format json ghi ra: mỗi dòng một {&quot;key&quot;: …, &quot;value&quot;: …, &quot;headers&quot;: [{&quot;name&quot;: …, &quot;value&quot;: …}]}; hoặc văn bản thuần, mỗi dòng một giá trị</translation>
    </message>
    <message>
        <source>JSON Lines or text (*.jsonl *.json *.txt *.log);;JSON Lines, as exported (*.jsonl);;All files (*)</source>
        <translation>JSON Lines hoặc văn bản (*.jsonl *.json *.txt *.log);;JSON Lines, như khi xuất (*.jsonl);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delivery unknown for %n of them: no broker confirmed them, but they may be in the topic all the same.</source>
        <translation>
            <numerusform>Không rõ đã giao chưa với %n tin nhắn trong số đó: không broker nào xác nhận chúng, nhưng chúng vẫn có thể nằm trong topic.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 does not match the schema: %2 Nothing was sent.</source>
        <translation>Bản ghi %1 không khớp với schema: %2 Không có gì được gửi.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) to &quot;%1&quot;, encoded with a schema…</source>
        <translation>
            <numerusform>Đang gửi %n tin nhắn tới &quot;%1&quot;, mã hóa bằng schema…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterMetadata</name>
    <message>
        <source>Could not reach %1 in %2 s: check the address and that Kafka is running (%3).</source>
        <translation>Không kết nối được tới %1 trong %2 giây: hãy kiểm tra địa chỉ và Kafka có đang chạy không (%3).</translation>
    </message>
</context>
<context>
    <name>ComposeHistoryPart</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Lưu &amp;thành mẫu…</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>&amp;Dùng mẫu</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Xóa mẫu</translation>
    </message>
    <message>
        <source>Send the selected history row again</source>
        <translation>Gửi lại dòng lịch sử đang chọn</translation>
    </message>
    <message>
        <source>Send the message of the selected history row again, to the topic it went to</source>
        <translation>Gửi lại tin nhắn của dòng lịch sử đang chọn, tới đúng topic mà nó đã được gửi tới</translation>
    </message>
    <message>
        <source>Save the selected history row, or the composed message, as a template</source>
        <translation>Lưu dòng lịch sử đang chọn, hoặc tin nhắn đang soạn, thành mẫu</translation>
    </message>
    <message>
        <source>Put the template into the Message and Headers tabs</source>
        <translation>Đưa nội dung mẫu vào thẻ Tin nhắn và thẻ Header</translation>
    </message>
    <message>
        <source>Delete the chosen template</source>
        <translation>Xóa mẫu đang chọn</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lưu thành mẫu</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Tên mẫu:</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Đã lưu mẫu &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Compose</source>
        <translation>Soạn tin nhắn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>Ke&amp;y:</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>key rỗng</translation>
    </message>
    <message>
        <source>no key (null)</source>
        <translation>không có key (null)</translation>
    </message>
    <message>
        <source>A null key is not the same as an empty one: without a key the partitioner picks a partition.</source>
        <translation>Key null khác với key rỗng: khi không có key, partitioner sẽ tự chọn partition.</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>Giá t&amp;rị:</translation>
    </message>
    <message>
        <source>The message to send</source>
        <translation>Nội dung tin nhắn cần gửi</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Record headers: a name may appear more than once.</source>
        <translation>Header của bản ghi: một tên có thể xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>A&amp;dd header</source>
        <translation>Thêm hea&amp;der</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Xóa header</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>Automatic lets the partitioner choose (see Partitioner); a number sends to that partition.</source>
        <translation>Tự động: để partitioner chọn (xem Partitioner); nhập một số: gửi vào partition đó.</translation>
    </message>
    <message>
        <source>Ac&amp;ks:</source>
        <translation>Ac&amp;ks:</translation>
    </message>
    <message>
        <source>How many acknowledgements a send waits for (acks).</source>
        <translation>Số lượng xác nhận mà một lần gửi cần chờ (acks).</translation>
    </message>
    <message>
        <source>Partitioner:</source>
        <translation>Partitioner:</translation>
    </message>
    <message>
        <source>How a partition is chosen when none is given.</source>
        <translation>Cách chọn partition khi không chỉ định partition nào.</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Kiểu nén:</translation>
    </message>
    <message>
        <source>How the producer compresses its batches (compression.codec).</source>
        <translation>Cách producer nén các lô tin nhắn (compression.codec).</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Gửi hàng loạt</translation>
    </message>
    <message>
        <source>Sends the Message tab&apos;s key and value many times. Placeholders: {{i}} the message&apos;s number (0, 1, 2…), {{uuid}} a random UUID, {{now}} the time.</source>
        <translation>Gửi key và giá trị ở thẻ Tin nhắn nhiều lần. Các biến thay thế: {{i}} là số thứ tự của tin nhắn (0, 1, 2…), {{uuid}} là một UUID ngẫu nhiên, {{now}} là thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>Số lượng (&amp;E):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Double-click a row to put it into the Message and Headers tabs.</source>
        <translation>Nhấp đúp vào một dòng để đưa nội dung vào thẻ Tin nhắn và thẻ Header.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>Các mẫu đã lưu</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>(none selected)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Send the message to the watched topic</source>
        <translation>Gửi tin nhắn tới topic đang theo dõi</translation>
    </message>
    <message>
        <source>Send the key, value and headers to the watched topic and show the delivery report</source>
        <translation>Gửi key, giá trị và header tới topic đang theo dõi và hiện kết quả gửi</translation>
    </message>
    <message>
        <source>all (every in-sync replica)</source>
        <translation>all (mọi in-sync replica)</translation>
    </message>
    <message>
        <source>1 (the leader)</source>
        <translation>1 (leader)</translation>
    </message>
    <message>
        <source>0 (no answer)</source>
        <translation>0 (không phản hồi)</translation>
    </message>
    <message>
        <source>default (by key, else random)</source>
        <translation>mặc định (theo key, nếu không có key thì ngẫu nhiên)</translation>
    </message>
    <message>
        <source>murmur2 (as the Java client)</source>
        <translation>murmur2 (giống client Java)</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>round-robin (lần lượt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The answer waits until every in-sync replica has the message.</source>
        <translation>Broker chỉ phản hồi khi mọi in-sync replica đều đã có tin nhắn.</translation>
    </message>
    <message>
        <source>The answer comes once the partition&apos;s leader has written it; it is lost if the leader fails before the replicas copy it.</source>
        <translation>Broker phản hồi ngay khi leader của partition đã ghi tin nhắn; tin nhắn sẽ bị mất nếu leader gặp sự cố trước khi các replica kịp sao chép nó.</translation>
    </message>
    <message>
        <source>No answer at all: fastest, but the offset stays unknown and a lost message goes unnoticed.</source>
        <translation>Hoàn toàn không có phản hồi: nhanh nhất, nhưng không biết được offset, và tin nhắn bị mất cũng không ai hay biết.</translation>
    </message>
    <message>
        <source>Valid JSON once the placeholders are filled in (checked with {{i}} = 0), as Send many does; Send sends the text as it is.</source>
        <translation>JSON hợp lệ sau khi điền giá trị cho các biến thay thế (kiểm tra với {{i}} = 0), giống như khi Gửi hàng loạt; nút Gửi sẽ gửi văn bản nguyên trạng.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON hợp lệ.</translation>
    </message>
    <message>
        <source>This looks like JSON but does not parse, even with the placeholders filled in ({{i}} = 0): %1 (at character %2). It will be sent as it is.</source>
        <translation>Nội dung này trông giống JSON nhưng không phân tích được, kể cả khi đã điền giá trị cho các biến thay thế ({{i}} = 0): %1 (tại ký tự %2). Nội dung sẽ được gửi nguyên trạng.</translation>
    </message>
    <message>
        <source>This looks like JSON but does not parse: %1 (at character %2). It will be sent as it is.</source>
        <translation>Nội dung này trông giống JSON nhưng không phân tích được: %1 (tại ký tự %2). Nội dung sẽ được gửi nguyên trạng.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>partition %1</source>
        <translation>partition %1</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%Ln byte(s)): %1</source>
        <translation>
            <numerusform>Không gửi (%Ln byte): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation>Đang gửi tới &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Sent to %1, partition %2 in %3 ms; the offset is unknown: with acks=0 the broker does not answer.</source>
        <translation>Đã gửi tới %1, partition %2, mất %3 ms; không rõ offset: với acks=0, broker không phản hồi.</translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 in %4 ms.</source>
        <translation>Đã gửi tới %1, partition %2 tại offset %3, mất %4 ms.</translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 (%4) in %5 ms.</source>
        <translation>Đã gửi tới %1, partition %2 tại offset %3 (%4), mất %5 ms.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Không gửi được tới %1: %2</translation>
    </message>
    <message>
        <source>The topic this message is sent to: the one it was read from, or any other</source>
        <translation>Topic mà tin nhắn này sẽ được gửi tới: topic mà nó được đọc ra, hoặc bất kỳ topic nào khác</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>header %1</translation>
    </message>
    <message>
        <source>Not text: %1. The box shows such bytes as �; Send sends the original bytes, exactly, as long as you do not edit them.</source>
        <translation>Không phải văn bản: %1. Ô này hiển thị các byte như vậy thành �; nút Gửi sẽ gửi nguyên vẹn các byte gốc, miễn là bạn không sửa chúng.</translation>
    </message>
    <message>
        <source>The compose box holds offset %1 of partition %2 of &quot;%3&quot;, to send again.</source>
        <translation>Ô soạn tin nhắn đang chứa offset %1 của partition %2 thuộc &quot;%3&quot;, sẵn sàng để gửi lại.</translation>
    </message>
    <message>
        <source>Messages with the same key go to the same partition, as long as the topic&apos;s partition count and the partitioner stay the same.</source>
        <translation>Các tin nhắn có cùng key đi vào cùng một partition, miễn là số partition của topic và partitioner không đổi.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Tới %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the value does not match %1: %2</source>
        <translation>Chưa gửi: giá trị không khớp với %1: %2</translation>
    </message>
    <message>
        <source>(encoded with schema %1)</source>
        <translation>(mã hóa bằng schema %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <source>No bootstrap server given: enter host:port, or choose the sandbox.</source>
        <translation>Chưa nhập máy chủ bootstrap: hãy nhập host:port hoặc chọn Sandbox.</translation>
    </message>
    <message>
        <source>The server list has an empty entry: remove the extra comma.</source>
        <translation>Danh sách máy chủ có một mục trống: hãy xóa dấu phẩy thừa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port: write it as host:port, for example %1:9092.</source>
        <translation>&quot;%1&quot; thiếu cổng: hãy viết theo dạng host:port, ví dụ %1:9092.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host:port address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ dạng host:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has port %2, but a port must be between 1 and 65535.</source>
        <translation>&quot;%1&quot; có cổng %2, nhưng cổng phải nằm trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The topic name is empty.</source>
        <translation>Tên topic đang để trống.</translation>
    </message>
    <message>
        <source>A topic cannot be named &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Không thể đặt tên topic là &quot;.&quot; hoặc &quot;..&quot;.</translation>
    </message>
    <message>
        <source>The topic name has %1 characters; Kafka allows at most %2.</source>
        <translation>Tên topic có %1 ký tự; Kafka chỉ cho phép tối đa %2.</translation>
    </message>
    <message>
        <source>The topic name &quot;%1&quot; may only contain letters a-z and A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Tên topic &quot;%1&quot; chỉ được chứa chữ cái không dấu a-z và A-Z, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The consumer group is empty: enter a group id such as &quot;%1&quot;.</source>
        <translation>Consumer group đang để trống: hãy nhập một group id, ví dụ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The consumer group &quot;%1&quot; starts or ends with spaces.</source>
        <translation>Consumer group &quot;%1&quot; có khoảng trắng ở đầu hoặc cuối.</translation>
    </message>
    <message>
        <source>%1 needs a user name.</source>
        <translation>%1 cần có tên người dùng.</translation>
    </message>
    <message>
        <source>The sandbox speaks plain Kafka only: it has no SSL or SASL.</source>
        <translation>Sandbox chỉ hỗ trợ kết nối Kafka thông thường (PLAINTEXT): không có SSL hay SASL.</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>Tệp CA</translation>
    </message>
    <message>
        <source>The client certificate file</source>
        <translation>Tệp chứng chỉ client</translation>
    </message>
    <message>
        <source>The client key file</source>
        <translation>Tệp khóa client</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist.</source>
        <translation>%1 &quot;%2&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read.</source>
        <translation>Không đọc được %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Kafka 4&apos;s consumer group protocol is not available: it %1. Choose the classic protocol.</source>
        <translation>Không dùng được giao thức consumer group của Kafka 4: nó %1. Hãy chọn giao thức classic.</translation>
    </message>
    <message>
        <source>The advanced property group.protocol = &quot;%1&quot; contradicts the group protocol chosen (%2): choose the protocol in its own field and remove the property.</source>
        <translation>Thuộc tính nâng cao group.protocol = &quot;%1&quot; mâu thuẫn với giao thức group đã chọn (%2): hãy chọn giao thức ở ô riêng của nó và bỏ thuộc tính này.</translation>
    </message>
    <message>
        <source>The advanced property %1 belongs to the classic group protocol: with the consumer protocol the broker decides it (group.consumer.* settings on the broker). Remove the property, or choose the classic protocol.</source>
        <translation>Thuộc tính nâng cao %1 thuộc về giao thức group classic: với giao thức consumer, broker tự quyết định nó (các thiết lập group.consumer.* trên broker). Hãy bỏ thuộc tính này, hoặc chọn giao thức classic.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Saved connection profiles: choosing one fills in the settings below; it does not connect by itself.</source>
        <translation>Các hồ sơ kết nối đã lưu: chọn một hồ sơ sẽ điền sẵn các thiết lập bên dưới, nhưng không tự kết nối.</translation>
    </message>
    <message>
        <source>Sandbox (built in, no Kafka needed)</source>
        <translation>Sandbox (tích hợp sẵn, không cần Kafka)</translation>
    </message>
    <message>
        <source>An in-process Kafka broker on 127.0.0.1 with the topic test-topic (2 partitions). Its messages last until TopicDesk closes.</source>
        <translation>Broker Kafka chạy ngay trong tiến trình của ứng dụng, tại 127.0.0.1, có sẵn topic test-topic (2 partition). Tin nhắn trong đó chỉ được giữ cho đến khi đóng TopicDesk.</translation>
    </message>
    <message>
        <source>Kafka &amp;brokers:</source>
        <translation>Broker K&amp;afka:</translation>
    </message>
    <message>
        <source>host:9092, host2:9092</source>
        <translation>host:9092, host2:9092</translation>
    </message>
    <message>
        <source>Bootstrap servers: one or more host:port addresses, separated by commas.</source>
        <translation>Máy chủ bootstrap: một hoặc nhiều địa chỉ host:port, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>C&amp;hế độ đọc:</translation>
    </message>
    <message>
        <source>In a consumer group, partitions are shared with the group&apos;s other members and acknowledged messages are committed. Browsing reads every partition without a group and commits nothing.</source>
        <translation>Trong consumer group, các partition được chia cho những thành viên khác của group, và tin nhắn đã ack sẽ được commit. Chế độ duyệt đọc mọi partition mà không dùng group và không commit gì cả.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Gro&amp;up:</translation>
    </message>
    <message>
        <source>Consumers in the same group share the topic&apos;s partitions; the group&apos;s committed offsets say where reading resumes.</source>
        <translation>Các consumer trong cùng một group chia nhau các partition của topic; offset mà group đã commit cho biết việc đọc sẽ tiếp tục từ đâu.</translation>
    </message>
    <message>
        <source>consumer group id</source>
        <translation>group id của consumer group</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>Com&amp;mit:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Kết &amp;nối</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Ngắt &amp;kết nối</translation>
    </message>
    <message>
        <source>Security and &amp;advanced…</source>
        <translation>Bảo mật &amp;và nâng cao…</translation>
    </message>
    <message>
        <source>in a consumer group</source>
        <translation>trong consumer group</translation>
    </message>
    <message>
        <source>browsing, no group</source>
        <translation>duyệt, không dùng group</translation>
    </message>
    <message>
        <source>the earliest message</source>
        <translation>tin nhắn cũ nhất</translation>
    </message>
    <message>
        <source>new messages only</source>
        <translation>chỉ tin nhắn mới</translation>
    </message>
    <message>
        <source>safe (what is acked)</source>
        <translation>an toàn (phần đã ack)</translation>
    </message>
    <message>
        <source>automatic (no Ack)</source>
        <translation>tự động (không Ack)</translation>
    </message>
    <message>
        <source>Connect with the settings in the connection panel</source>
        <translation>Kết nối với các thiết lập trong bảng Kết nối</translation>
    </message>
    <message>
        <source>Disconnect from the cluster</source>
        <translation>Ngắt kết nối khỏi cluster</translation>
    </message>
    <message>
        <source>Disconnect: the consumer commits what was acked and leaves its group</source>
        <translation>Ngắt kết nối: consumer commit những gì đã ack rồi rời group</translation>
    </message>
    <message>
        <source>SSL, SASL, client id, any librdkafka property, and a connection test</source>
        <translation>SSL, SASL, client id, mọi thuộc tính của librdkafka, và kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Not connected: reading in a consumer group needs the group&apos;s name. Enter one, or choose to read by browsing, without a group.</source>
        <translation>Chưa kết nối: đọc trong consumer group cần có tên group. Hãy nhập tên group, hoặc chọn chế độ duyệt, không dùng group.</translation>
    </message>
    <message>
        <source>Browsing reads every partition without a group: nothing is committed, nothing to ack, no group left behind.</source>
        <translation>Chế độ duyệt đọc mọi partition mà không dùng group: không commit gì, không cần ack, không để lại group nào.</translation>
    </message>
    <message>
        <source>The consumer commits by itself every few seconds; Ack is off.</source>
        <translation>Consumer tự commit sau mỗi vài giây; Ack bị tắt.</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Kết nối &amp;lại</translation>
    </message>
    <message>
        <source>Connect again with the changed settings</source>
        <translation>Kết nối lại với các thiết lập đã thay đổi</translation>
    </message>
    <message>
        <source>Connect with these settings</source>
        <translation>Kết nối với các thiết lập này</translation>
    </message>
    <message>
        <source>Connected to %1. Reconnect to use the changed settings.</source>
        <translation>Đã kết nối tới %1. Hãy kết nối lại để dùng các thiết lập đã thay đổi.</translation>
    </message>
    <message>
        <source>Connecting to %1. Reconnect to use the changed settings.</source>
        <translation>Đang kết nối tới %1. Hãy kết nối lại để dùng các thiết lập đã thay đổi.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded: reconnect to use it.</source>
        <translation>Đã nạp hồ sơ &quot;%1&quot;: hãy kết nối lại để dùng hồ sơ này.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; loaded.</source>
        <translation>Đã nạp hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>If no commit:</source>
        <translation>Nếu chưa commit:</translation>
    </message>
    <message>
        <source>Where reading starts on a partition the group has no committed offset for, and always when browsing (auto.offset.reset). Kafka&apos;s own default is new messages only; TopicDesk&apos;s is the earliest message.</source>
        <translation>Nơi bắt đầu đọc trên một partition mà group chưa có committed offset, và luôn dùng khi duyệt (auto.offset.reset). Mặc định của chính Kafka là chỉ tin nhắn mới; của TopicDesk là tin nhắn cũ nhất.</translation>
    </message>
    <message>
        <source>Safe: the committed offset never passes a message you have not acked. Immediate: Ack on offset N commits N+1 at once, as a plain Kafka commit does, covering every earlier message, acked or not. Automatic: the consumer commits by itself every few seconds.</source>
        <translation>An toàn: committed offset không bao giờ vượt qua một tin nhắn bạn chưa ack. Commit ngay: Ack tại offset N sẽ commit N+1 ngay lập tức, như một lần commit Kafka thông thường, bao gồm mọi tin nhắn phía trước, dù đã ack hay chưa. Tự động: consumer tự commit sau mỗi vài giây.</translation>
    </message>
    <message>
        <source>immediate (skips unacked)</source>
        <translation>commit ngay (bỏ qua tin chưa ack)</translation>
    </message>
    <message>
        <source>A consumer group shares the partitions among its members and remembers where they got to.</source>
        <translation>Consumer group chia các partition cho các thành viên và ghi nhớ họ đã đọc tới đâu.</translation>
    </message>
    <message>
        <source>Glossary: consumer group</source>
        <translation>Thuật ngữ: consumer group</translation>
    </message>
    <message>
        <source>The group id: consumers with the same id form one group.</source>
        <translation>Group id: các consumer có cùng id tạo thành một group.</translation>
    </message>
    <message>
        <source>Without a committed offset, reading starts here. Kafka&apos;s own default is new messages only.</source>
        <translation>Khi chưa có committed offset, việc đọc bắt đầu từ đây. Mặc định của chính Kafka là chỉ tin nhắn mới.</translation>
    </message>
    <message>
        <source>Glossary: commit (committed offset)</source>
        <translation>Thuật ngữ: commit (committed offset)</translation>
    </message>
    <message>
        <source>How your acks become committed offsets.</source>
        <translation>Cách các ack của bạn trở thành committed offset.</translation>
    </message>
    <message>
        <source>1 broker</source>
        <translation>1 broker</translation>
    </message>
    <message>
        <source>3 brokers</source>
        <translation>3 broker</translation>
    </message>
    <message>
        <source>With 3 brokers every partition has a replica on each of them, and one broker leads it. Stop a broker (Topics menu, Sandbox brokers) and TopicDesk moves the leadership of its partitions to a running broker, as Kafka&apos;s controller would.
The sandbox does not model in-sync replicas: it always reports all replicas in sync, and answers acks=all as soon as the leader has the message.</source>
        <translation>Với 3 broker, mỗi partition có một replica trên từng broker, và một broker làm leader của nó. Hãy dừng một broker (menu Topic, Sandbox broker) và TopicDesk sẽ chuyển quyền leader các partition của nó sang một broker đang chạy, như controller của Kafka vẫn làm.
Sandbox không mô phỏng in-sync replica: nó luôn báo mọi replica đều in-sync, và trả lời acks=all ngay khi leader có tin nhắn.</translation>
    </message>
    <message>
        <source>Brokers:</source>
        <translation>Số broker:</translation>
    </message>
    <message>
        <source>Ack messages to commit them: the committed offset never passes a message you have not acked.</source>
        <translation>Hãy ack tin nhắn để commit chúng: committed offset không bao giờ vượt qua một tin nhắn bạn chưa ack.</translation>
    </message>
    <message>
        <source>Ack on offset N commits N+1 at once, which also covers every earlier message of its partition, acked or not: those rows turn Skipped.</source>
        <translation>Ack tại offset N sẽ commit N+1 ngay lập tức, bao gồm luôn mọi tin nhắn phía trước trong partition đó, dù đã ack hay chưa: các dòng đó chuyển sang Bị bỏ qua.</translation>
    </message>
    <message>
        <source>Sc&amp;hema registry…</source>
        <translation>Schema reg&amp;istry…</translation>
    </message>
    <message>
        <source>Schema registry: %1. Keys and values in its format are shown decoded.</source>
        <translation>Schema registry: %1. Key và giá trị theo định dạng của nó được hiển thị ở dạng đã giải mã.</translation>
    </message>
    <message>
        <source>Set up a schema registry to see Avro, Protobuf and JSON Schema messages decoded</source>
        <translation>Thiết lập một schema registry để xem tin nhắn Avro, Protobuf và JSON Schema ở dạng đã giải mã</translation>
    </message>
    <message numerus="yes">
        <source>Schema registry: %1, and %n local schema file(s). Keys and values they describe are shown decoded.</source>
        <translation>
            <numerusform>Schema registry: %1, và %n tệp schema cục bộ. Key và giá trị được chúng mô tả hiển thị ở dạng đã giải mã.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local schema file(s), no schema registry: the values of their topics are shown decoded.</source>
        <translation>
            <numerusform>%n tệp schema cục bộ, không có schema registry: giá trị của các topic tương ứng hiển thị ở dạng đã giải mã.</numerusform>
        </translation>
    </message>
    <message>
        <source>classic</source>
        <translation>classic</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>consumer</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Bảo mật…</translation>
    </message>
    <message>
        <source>How the group&apos;s members share its partitions. Classic: at each join or leave every member stops and the members agree on a new assignment (any Kafka). Consumer: Kafka 4&apos;s protocol (KIP-848, needs a Kafka 4.0 or later broker): the broker moves partitions one by one while the other members keep consuming.</source>
        <translation>Cách các thành viên của group chia nhau các partition. Classic: mỗi khi có thành viên vào hoặc rời, mọi thành viên dừng lại và cùng thống nhất một cách chia mới (mọi phiên bản Kafka). Consumer: giao thức của Kafka 4 (KIP-848, cần broker Kafka 4.0 trở lên): broker chuyển từng partition một trong khi các thành viên khác vẫn tiếp tục đọc.</translation>
    </message>
    <message>
        <source>The consumer protocol is not available: it %1.</source>
        <translation>Không dùng được giao thức consumer: nó %1.</translation>
    </message>
</context>
<context>
    <name>ConsumeCommand</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on %2.</source>
        <translation>Topic &quot;%1&quot; không tồn tại trên %2.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes: it is not a command, skipped.</source>
        <translation>Dòng %1 dài hơn %2 byte: không phải là lệnh, bỏ qua.</translation>
    </message>
    <message>
        <source>use ack P:O, ack all or quit.</source>
        <translation>hãy dùng ack P:O, ack all hoặc quit.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, ignored: %2</source>
        <translation>Dòng %1 chứa byte NUL, bỏ qua: %2</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text, ignored: %2</source>
        <translation>Dòng %1 không phải văn bản UTF-8, bỏ qua: %2</translation>
    </message>
    <message>
        <source>Line %1: the partition must be a number from 0 to %2, not &quot;%3&quot;; nothing acknowledged.</source>
        <translation>Dòng %1: partition phải là số từ 0 đến %2, không phải &quot;%3&quot;; chưa xác nhận gì.</translation>
    </message>
    <message>
        <source>Line %1: the offset must be a number from 0 to %2, not &quot;%3&quot;; nothing acknowledged.</source>
        <translation>Dòng %1: offset phải là số từ 0 đến %2, không phải &quot;%3&quot;; chưa xác nhận gì.</translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has only partition 0.</source>
        <translation>Partition %1 không tồn tại: topic &quot;%2&quot; chỉ có partition 0.</translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has partitions 0 to %3.</source>
        <translation>Partition %1 không tồn tại: topic &quot;%2&quot; có các partition từ 0 đến %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: %2</source>
        <translation>Lệnh không xác định &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot find key &quot;%1&quot; in topic &quot;%2&quot;: %3</source>
        <translation>Không thể tìm key &quot;%1&quot; trong topic &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in partition %2 of %3 (%4): reading only that partition, without a consumer group, and showing only that key&apos;s messages.</source>
        <translation>Key &quot;%1&quot; nằm trong partition %2 của %3 (%4): chỉ đọc partition đó, không dùng consumer group, và chỉ hiện các tin nhắn có key này.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) or value(s) could not be decoded.</source>
        <translation>
            <numerusform>Không giải mã được %n key hoặc giá trị.</numerusform>
        </translation>
    </message>
    <message>
        <source>the schema registry did not answer within %1 ms for schema %2</source>
        <translation>schema registry không trả lời trong vòng %1 ms cho schema %2</translation>
    </message>
    <message>
        <source>not in the schema registry&apos;s format</source>
        <translation>không theo định dạng của schema registry</translation>
    </message>
    <message>
        <source>partition %1 offset %2: the %3 is not decoded: %4</source>
        <translation>partition %1 offset %2: %3 chưa được giải mã: %4</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
</context>
<context>
    <name>ConsumerWorker</name>
    <message>
        <source>The consumer could not be created: %1</source>
        <translation>Không thể tạo consumer: %1</translation>
    </message>
    <message>
        <source>Could not move partition %1 to offset %2: %3</source>
        <translation>Không thể chuyển partition %1 tới offset %2: %3</translation>
    </message>
    <message>
        <source>Partition %1 will be read again from offset %2.</source>
        <translation>Partition %1 sẽ được đọc lại từ offset %2.</translation>
    </message>
    <message>
        <source>Could not look up offsets by time: %1</source>
        <translation>Không tra được offset theo thời gian: %1</translation>
    </message>
    <message>
        <source>Paused: the consumer stops fetching but stays in its group.</source>
        <translation>Đã tạm dừng: consumer ngừng lấy tin nhắn về nhưng vẫn ở lại trong group.</translation>
    </message>
    <message>
        <source>Resumed fetching.</source>
        <translation>Đã tiếp tục lấy tin nhắn về.</translation>
    </message>
    <message>
        <source>The commit failed: %1. The messages it covered will be delivered again.</source>
        <translation>Commit thất bại: %1. Các tin nhắn mà nó bao gồm sẽ được nhận lại.</translation>
    </message>
    <message>
        <source>The commit failed: %1; retrying in %2 s.</source>
        <translation>Commit thất bại: %1; thử lại sau %2 giây.</translation>
    </message>
    <message>
        <source>Offset %1 is past the end of partition %2 (high watermark %3): reading from offset %3, the next new message.</source>
        <translation>Offset %1 nằm sau cuối partition %2 (high watermark %3): đọc từ offset %3, tin nhắn mới tiếp theo.</translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 is no longer in the log (it starts at offset %3): reading from offset %3.</source>
        <translation>Offset %1 của partition %2 không còn trong log (log bắt đầu từ offset %3): đọc từ offset %3.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; had no committed offset for partition %2: committing offset %3, where this consumer starts, so that a member taking the partition over resumes there.</source>
        <translation>Group &quot;%1&quot; chưa có offset đã commit cho partition %2: commit offset %3, nơi consumer này bắt đầu, để thành viên tiếp quản partition sẽ đọc tiếp từ đó.</translation>
    </message>
    <message numerus="yes">
        <source>Read partition %1 up to offset %2: %n message(s) with the key shown, %3 with other keys skipped.</source>
        <translation>
            <numerusform>Đã đọc partition %1 đến offset %2: %n tin nhắn có key đang tìm, bỏ qua %3 tin nhắn có key khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the key was produced, its producers may place keys with the other partitioner, or the topic had fewer partitions then.</source>
        <translation>Nếu key này đã từng được gửi, có thể producer của nó phân bổ key theo partitioner còn lại, hoặc lúc đó topic có ít partition hơn.</translation>
    </message>
    <message>
        <source>Partition %1 does not exist: topic &quot;%2&quot; has partitions 0 to %3.</source>
        <translation>Partition %1 không tồn tại: topic &quot;%2&quot; có các partition từ 0 đến %3.</translation>
    </message>
    <message>
        <source>Step mode: fetched one message, partition %1, offset %2.</source>
        <translation>Chế độ từng bước: đã fetch một tin nhắn, partition %1, offset %2.</translation>
    </message>
    <message>
        <source>Step mode: the consumer fetches one message each time you press Next, and waits in between.</source>
        <translation>Chế độ từng bước: mỗi lần bạn bấm Kế tiếp, consumer fetch một tin nhắn, rồi chờ.</translation>
    </message>
    <message>
        <source>Step mode off: messages are fetched as they arrive again.</source>
        <translation>Đã tắt chế độ từng bước: tin nhắn lại được fetch ngay khi đến.</translation>
    </message>
    <message>
        <source>Next: nothing new to fetch yet; the consumer waits and shows the next message that arrives.</source>
        <translation>Kế tiếp: chưa có gì mới để fetch; consumer chờ và hiện tin nhắn tiếp theo khi nó đến.</translation>
    </message>
</context>
<context>
    <name>CreateTopicDialog</name>
    <message>
        <source>Create topic</source>
        <translation>Tạo topic</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>chữ cái không dấu, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos;</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>Số &amp;partition:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>&amp;Hệ số nhân bản:</translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition; at most the number of brokers.</source>
        <translation>Số broker giữ một bản sao (replica) của mỗi partition; tối đa bằng số broker hiện có.</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Đã có topic tên &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox has %n broker(s): at most %n replica(s) of each partition.</source>
        <translation>
            <numerusform>Sandbox có %n broker: mỗi partition có tối đa %n bản sao (replica).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecodedText</name>
    <message>
        <source>schema %1</source>
        <translation>schema %1</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <comment>subject and version</comment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Byte %1, where reading stopped, is marked in the hex dump.</source>
        <translation>Byte %1, nơi việc đọc dừng lại, được đánh dấu trong bản hex.</translation>
    </message>
    <message>
        <source>Not decoded with %1: %2</source>
        <translation>Không giải mã được bằng %1: %2</translation>
    </message>
    <message>
        <source>Not decoded: %1</source>
        <translation>Không giải mã được: %1</translation>
    </message>
    <message>
        <source>schema id %1</source>
        <translation>schema id %1</translation>
    </message>
    <message>
        <source>subject %1, version %2</source>
        <translation>subject %1, phiên bản %2</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>subject %1</translation>
    </message>
    <message>
        <source>Fetching schema %1 from the registry…</source>
        <translation>Đang lấy schema %1 từ registry…</translation>
    </message>
    <message>
        <source>Decoded with %1</source>
        <translation>Đã giải mã bằng %1</translation>
    </message>
    <message>
        <source>Fetching schema %1 from the registry; the row shows it decoded once it is here.</source>
        <translation>Đang lấy schema %1 từ registry; dòng này sẽ hiện dạng đã giải mã khi schema về tới.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>tệp %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Null: the message has no key.</source>
        <translation>Null: tin nhắn không có key.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>Sao chép &amp;key</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Sao chép &amp;giá trị</translation>
    </message>
    <message>
        <source>Copy &amp;headers</source>
        <translation>Sao chép &amp;header</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Sao chép dạng &amp;JSON</translation>
    </message>
    <message>
        <source>Copy as topicdesk &amp;send command</source>
        <translation>Sao chép thành lệnh topicdesk &amp;send</translation>
    </message>
    <message>
        <source>Copy as k&amp;cat command</source>
        <translation>Sao chép thành lệnh k&amp;cat</translation>
    </message>
    <message>
        <source>Copies the headers as a JSON array of names and values, in order</source>
        <translation>Sao chép các header thành một mảng JSON gồm tên và giá trị, giữ nguyên thứ tự</translation>
    </message>
    <message>
        <source>Copies the whole message as one line of JSON, as the export writes it</source>
        <translation>Sao chép toàn bộ tin nhắn thành một dòng JSON, giống như khi xuất</translation>
    </message>
    <message>
        <source>Copy the key, the value, the headers or the whole message</source>
        <translation>Sao chép key, giá trị, header hoặc toàn bộ tin nhắn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <source>Timestamp:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Offset:</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>log-append time, set by the broker</source>
        <translation>thời điểm ghi vào log, do broker đặt</translation>
    </message>
    <message>
        <source>create time, set by the producer</source>
        <translation>thời điểm tạo, do producer đặt</translation>
    </message>
    <message>
        <source>%1 UTC, %2 ms since 1970</source>
        <translation>%1 UTC, %2 ms kể từ 1970</translation>
    </message>
    <message>
        <source>hex: %1</source>
        <translation>hex: %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>1 header</source>
        <translation>1 header</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 header</translation>
    </message>
    <message>
        <source>The %1 is null: there is nothing to copy</source>
        <translation>Phần %1 là null: không có gì để sao chép</translation>
    </message>
    <message>
        <source>Copies the whole %1: as text, or as hex when it is not text (the raw bytes go along for programs that take them)</source>
        <translation>Sao chép toàn bộ %1: dưới dạng văn bản, hoặc dạng hex nếu không phải văn bản (kèm theo các byte thô cho những chương trình nhận được chúng)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>Copies a topicdesk send command line that sends this message again (brokers from $KAFKA_BROKERS)</source>
        <translation>Sao chép một dòng lệnh topicdesk send để gửi lại tin nhắn này (broker lấy từ $KAFKA_BROKERS)</translation>
    </message>
    <message>
        <source>Copies a kcat -P command line that sends this message again (brokers from $KAFKA_BROKERS)</source>
        <translation>Sao chép một dòng lệnh kcat -P để gửi lại tin nhắn này (broker lấy từ $KAFKA_BROKERS)</translation>
    </message>
    <message>
        <source>Null: the message has no value. On a compacted topic that makes it a tombstone, which deletes the key&apos;s older messages.</source>
        <translation>Null: tin nhắn không có giá trị. Trên một topic compacted, điều đó biến nó thành tombstone, xóa các tin nhắn cũ hơn của key đó.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export messages</source>
        <translation>Xuất tin nhắn</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>The &amp;selected rows (%1)</source>
        <translation>Các dòng đã &amp;chọn (%1)</translation>
    </message>
    <message>
        <source>The rows the filter s&amp;hows (%1)</source>
        <translation>Các dòng bộ lọc đang &amp;hiện (%1)</translation>
    </message>
    <message>
        <source>&amp;Every row the table holds (%1)</source>
        <translation>&amp;Mọi dòng trong bảng (%1)</translation>
    </message>
    <message>
        <source>JSON Lines (lossless; topicdesk send --format json and Send a file read it back)</source>
        <translation>JSON Lines (không mất dữ liệu; topicdesk send --format json và Gửi từ tệp đọc lại được)</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (cho bảng tính)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Đị&amp;nh dạng:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Match ca&amp;se</source>
        <translation>Phân &amp;biệt hoa thường</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Biểu thức chính &amp;quy</translation>
    </message>
    <message>
        <source>Text in the key, value or header values</source>
        <translation>Văn bản trong key, giá trị hoặc giá trị header</translation>
    </message>
    <message>
        <source>Where the text is looked for</source>
        <translation>Nơi tìm văn bản</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Giá trị</translation>
    </message>
    <message>
        <source>&amp;Header values</source>
        <translation>Giá trị &amp;header</translation>
    </message>
    <message>
        <source>The text is a regular expression (Perl syntax), e.g. ^order-\d+$ or &quot;status&quot;:\s*&quot;failed&quot;</source>
        <translation>Văn bản là một biểu thức chính quy (cú pháp Perl), ví dụ ^order-\d+$ hoặc &quot;status&quot;:\s*&quot;failed&quot;</translation>
    </message>
    <message>
        <source>The row states shown</source>
        <translation>Các trạng thái dòng được hiện</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mở rộng</translation>
    </message>
    <message>
        <source>Partitions, offsets and times</source>
        <translation>Partition, offset và thời gian</translation>
    </message>
    <message>
        <source>all, or e.g. 0, 2, 5-7</source>
        <translation>tất cả, hoặc ví dụ 0, 2, 5-7</translation>
    </message>
    <message>
        <source>first</source>
        <translation>đầu tiên</translation>
    </message>
    <message>
        <source>last</source>
        <translation>cuối cùng</translation>
    </message>
    <message>
        <source>from, e.g. 2024-12-31 08:00</source>
        <translation>từ, ví dụ 2024-12-31 08:00</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Local time: yyyy-mm-dd, yyyy-mm-dd hh:mm or yyyy-mm-dd hh:mm:ss (a day alone counts whole). Rows without a timestamp are hidden.</source>
        <translation>Giờ địa phương: yyyy-mm-dd, yyyy-mm-dd hh:mm hoặc yyyy-mm-dd hh:mm:ss (chỉ ghi ngày thì tính trọn cả ngày). Các dòng không có thời gian sẽ bị ẩn.</translation>
    </message>
    <message>
        <source>Partition numbers and ranges, separated by commas</source>
        <translation>Số partition và khoảng partition, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Offsets from 0; either end may stay empty</source>
        <translation>Offset tính từ 0; có thể để trống một trong hai đầu</translation>
    </message>
    <message>
        <source>Close the filter and show every row (Esc)</source>
        <translation>Đóng bộ lọc và hiện mọi dòng (Esc)</translation>
    </message>
    <message>
        <source>Close the filter</source>
        <translation>Đóng bộ lọc</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Partitio&amp;ns:</source>
        <translation>Partition (&amp;V):</translation>
    </message>
    <message>
        <source>Offsets:</source>
        <translation>Offset:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Thờ&amp;i gian:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition: use numbers like 0, 2, 5-7.</source>
        <translation>&quot;%1&quot; không phải là partition: hãy dùng các số như 0, 2, 5-7.</translation>
    </message>
    <message>
        <source>Partitions go from 0 to %1, a range from its low number to its high one (&quot;%2&quot; cannot be used).</source>
        <translation>Partition có số từ 0 đến %1, một khoảng đi từ số nhỏ đến số lớn (không dùng được &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: offsets are whole numbers from 0 to %2.</source>
        <translation>&quot;%1&quot; không phải là offset: offset là số nguyên từ 0 đến %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as 2024-12-31 23:59:59 (local time).</source>
        <translation>&quot;%1&quot; không phải là thời gian: hãy viết theo dạng 2024-12-31 23:59:59 (giờ địa phương).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Nowhere</source>
        <translation>Không tìm ở đâu cả</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Tìm trong: %1</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n trạng thái</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Đang hiện %1 trên %2</translation>
    </message>
    <message>
        <source>Filtering… (%1)</source>
        <translation>Đang lọc… (%1)</translation>
    </message>
    <message>
        <source>JSON %1</source>
        <translation>JSON %1</translation>
    </message>
    <message>
        <source>Choose where to look for the text: key, value, header values or a JSON column.</source>
        <translation>Hãy chọn nơi tìm văn bản: key, giá trị, giá trị header hoặc một cột JSON.</translation>
    </message>
</context>
<context>
    <name>FilterCriteria</name>
    <message>
        <source>This regular expression is not valid: %1 (at character %2). The filter is unchanged.</source>
        <translation>Biểu thức chính quy này không hợp lệ: %1 (tại ký tự %2). Bộ lọc được giữ nguyên.</translation>
    </message>
    <message>
        <source>The first offset is above the last one.</source>
        <translation>Offset đầu lớn hơn offset cuối.</translation>
    </message>
    <message>
        <source>The start time is after the end time.</source>
        <translation>Thời điểm bắt đầu nằm sau thời điểm kết thúc.</translation>
    </message>
</context>
<context>
    <name>FindByKeyDialog</name>
    <message>
        <source>From the &amp;beginning</source>
        <translation>Từ đầ&amp;u</translation>
    </message>
    <message>
        <source>From a &amp;time:</source>
        <translation>Từ một thời điể&amp;m:</translation>
    </message>
    <message>
        <source>Find by key</source>
        <translation>Tìm theo key</translation>
    </message>
    <message>
        <source>The key, exactly as produced</source>
        <translation>Key, đúng như lúc được gửi</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Văn bản (UTF-8)</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Byte dạng hex</translation>
    </message>
    <message>
        <source>murmur2: Java clients (Kafka&apos;s default)</source>
        <translation>murmur2: client Java (mặc định của Kafka)</translation>
    </message>
    <message>
        <source>consistent_random (CRC32): librdkafka clients&apos; default</source>
        <translation>consistent_random (CRC32): mặc định của client librdkafka</translation>
    </message>
    <message>
        <source>The partitioner of the producers that wrote the key: Java, Kafka Streams and most JVM clients use murmur2; librdkafka-based clients (C, C++, Python, Go, .NET) use consistent_random unless configured otherwise, and so does TopicDesk&apos;s Send unless its Options say murmur2.</source>
        <translation>Partitioner của các producer đã ghi key: Java, Kafka Streams và hầu hết client JVM dùng murmur2; các client dựa trên librdkafka (C, C++, Python, Go, .NET) dùng consistent_random trừ khi được cấu hình khác, và nút Gửi của TopicDesk cũng vậy, trừ khi phần Tùy chọn của nó đặt là murmur2.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Placed by:</source>
        <translation>&amp;Phân bổ theo:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Đọc:</translation>
    </message>
    <message>
        <source>Reads only the partition of topic &quot;%1&quot; that the key is in, without a consumer group, and shows only that key&apos;s messages.</source>
        <translation>Chỉ đọc partition của topic &quot;%1&quot; chứa key này, không dùng consumer group, và chỉ hiện các tin nhắn có key này.</translation>
    </message>
    <message>
        <source>Hex bytes are pairs of the digits 0-9 and a-f, like 00 ff 6b.</source>
        <translation>Byte dạng hex là các cặp chữ số 0-9 và a-f, như 00 ff 6b.</translation>
    </message>
    <message>
        <source>The key is longer than %1 bytes.</source>
        <translation>Key dài hơn %1 byte.</translation>
    </message>
    <message>
        <source>The empty key is in partition %1 of %2.</source>
        <translation>Key rỗng nằm trong partition %1 của %2.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in partition %2 of %3.</source>
        <translation>Key &quot;%1&quot; nằm trong partition %2 của %3.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Thuật ngữ</translation>
    </message>
    <message>
        <source>The &amp;tutorial and today&apos;s Kafka</source>
        <translation>&amp;Bài hướng dẫn và Kafka ngày nay</translation>
    </message>
    <message>
        <source>The words TopicDesk&apos;s tables, tooltips and log use, in a few sentences each.</source>
        <translation>Các từ mà bảng, tooltip và nhật ký của TopicDesk dùng, mỗi từ giải thích trong vài câu.</translation>
    </message>
    <message>
        <source>The tutorial and today&apos;s Kafka</source>
        <translation>Bài hướng dẫn và Kafka ngày nay</translation>
    </message>
    <message>
        <source>Many Kafka tutorials were written for older versions. This is what holds for Kafka 4, and for TopicDesk.</source>
        <translation>Nhiều bài hướng dẫn Kafka được viết cho các phiên bản cũ. Đây là những gì đúng với Kafka 4, và với TopicDesk.</translation>
    </message>
    <message>
        <source>Press Shift+F1 and click here for more, with a link to the glossary.</source>
        <translation>Nhấn Shift+F1 rồi bấm vào đây để xem thêm, kèm liên kết tới bảng thuật ngữ.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>A named stream of messages (Kafka calls them records). Producers write to a topic, consumers read from it, and the brokers keep it split into %1. Reading a topic does not empty it.</source>
        <translation>Một luồng tin nhắn có tên (Kafka gọi chúng là record). Producer ghi vào topic, consumer đọc từ topic, và các broker lưu topic chia thành các %1. Đọc một topic không làm nó trống đi.</translation>
    </message>
    <message>
        <source>partitions</source>
        <translation>partition</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>One ordered, append-only log of a topic. Kafka keeps the order within a partition, not across partitions. Each partition has a leader broker that takes its writes, and may have copies (replicas) on other brokers. A message with a key goes to the partition its key hashes to, so one key&apos;s messages stay in order, but only while the topic&apos;s partition count and the producer&apos;s partitioner stay the same. A %1 gives each partition to one of its members at a time.</source>
        <translation>Một log có thứ tự, chỉ ghi nối thêm, của một topic. Kafka giữ thứ tự bên trong một partition, không giữ thứ tự giữa các partition. Mỗi partition có một broker leader nhận các lần ghi của nó, và có thể có bản sao (replica) trên các broker khác. Tin nhắn có key đi vào partition mà hash của key chỉ tới, nên các tin nhắn của cùng một key giữ đúng thứ tự, nhưng chỉ khi số partition của topic và partitioner của producer không đổi. Một %1 giao mỗi partition cho một thành viên tại một thời điểm.</translation>
    </message>
    <message>
        <source>consumer group</source>
        <translation>consumer group</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>A message&apos;s number in its partition. The leader gives 0, 1, 2 and so on as it appends, and never gives a number twice. Offsets are not always consecutive: compaction removes messages, and transactions write markers that take an offset but are never shown. An offset names a place in the log; it is not a count of messages.</source>
        <translation>Số thứ tự của một tin nhắn trong partition của nó. Leader đánh số 0, 1, 2, … khi ghi nối thêm, và không bao giờ dùng lại một số. Offset không phải lúc nào cũng liên tiếp: compaction xóa bớt tin nhắn, và transaction ghi các marker chiếm một offset nhưng không bao giờ được hiển thị. Offset chỉ một vị trí trong log; nó không phải là số lượng tin nhắn.</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log start</translation>
    </message>
    <message>
        <source>The lowest offset a partition still keeps. Retention (&lt;code&gt;retention.ms&lt;/code&gt;, &lt;code&gt;retention.bytes&lt;/code&gt;) deletes the oldest parts of the log and moves the log start forward; reading never does. A consumer that asks for an offset below it starts where &lt;code&gt;auto.offset.reset&lt;/code&gt; says instead.</source>
        <translation>Offset thấp nhất mà partition còn giữ. Retention (&lt;code&gt;retention.ms&lt;/code&gt;, &lt;code&gt;retention.bytes&lt;/code&gt;) xóa các phần cũ nhất của log và đẩy log start lên; việc đọc thì không bao giờ làm vậy. Consumer yêu cầu một offset thấp hơn log start sẽ bắt đầu ở nơi &lt;code&gt;auto.offset.reset&lt;/code&gt; chỉ định.</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High watermark</translation>
    </message>
    <message>
        <source>The offset after the last message that every %1 has. Consumers read up to it, never past it, so a message the leader has but a replica still lacks is not shown yet. With one broker it is simply the end of the log.</source>
        <translation>Offset ngay sau tin nhắn cuối cùng mà mọi %1 đều đã có. Consumer đọc tới đó, không bao giờ vượt qua, nên tin nhắn mà leader đã có nhưng một replica còn thiếu thì chưa được hiển thị. Với một broker, high watermark đơn giản là cuối log.</translation>
    </message>
    <message>
        <source>in-sync replica</source>
        <translation>in-sync replica</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer group</translation>
    </message>
    <message>
        <source>Consumers with the same group id share a topic&apos;s partitions: each partition is read by one member at a time, so more members share the work (up to one member per partition). The group&apos;s %1 say where its members resume. Other groups read the same messages on their own. TopicDesk&apos;s &quot;browsing, no group&quot; reads every partition without a group and commits nothing.</source>
        <translation>Các consumer có cùng group id chia nhau các partition của một topic: mỗi partition chỉ được một thành viên đọc tại một thời điểm, nên thêm thành viên thì chia được việc (tối đa một thành viên mỗi partition). Các %1 của group cho biết các thành viên đọc tiếp từ đâu. Các group khác tự đọc cùng những tin nhắn đó một cách độc lập. Chế độ &quot;duyệt, không dùng group&quot; của TopicDesk đọc mọi partition mà không có group và không commit gì.</translation>
    </message>
    <message>
        <source>committed offsets</source>
        <translation>committed offset</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>A number the group coordinator raises with every %1. Each assignment belongs to a generation, and the coordinator refuses a commit from an older generation, so a member that missed a rebalance cannot commit for partitions it no longer owns. The log names the generation of each assignment.</source>
        <translation>Một con số mà group coordinator tăng lên sau mỗi lần %1. Mỗi lần phân chia partition thuộc về một generation, và coordinator từ chối commit từ một generation cũ hơn, nên thành viên đã lỡ một lần rebalance không thể commit cho các partition mà nó không còn giữ. Nhật ký ghi rõ generation của mỗi lần phân chia.</translation>
    </message>
    <message>
        <source>rebalance</source>
        <translation>rebalance</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>Rebalance</translation>
    </message>
    <message>
        <source>The group shares out its partitions again when a member joins, leaves, or stops sending heartbeats for &lt;code&gt;session.timeout.ms&lt;/code&gt; (a crash), or when the topic gets more partitions. In the classic protocol, which TopicDesk&apos;s client library uses, the group coordinator (a broker) gathers the members, one member, the group leader, computes who gets which partition, and the coordinator passes that on to everyone. Before a member gives a partition up it commits what it can; whatever was not committed is read again by whoever gets the partition next, which may be the same member.</source>
        <translation>Group chia lại các partition khi một thành viên tham gia, rời đi, hoặc ngừng gửi heartbeat trong &lt;code&gt;session.timeout.ms&lt;/code&gt; (bị crash), hoặc khi topic có thêm partition. Trong giao thức classic, giao thức mà thư viện client của TopicDesk dùng, group coordinator (một broker) tập hợp các thành viên, một thành viên là group leader tính xem ai nhận partition nào, rồi coordinator chuyển kết quả đó cho mọi người. Trước khi nhả một partition, thành viên commit những gì có thể; những gì chưa được commit sẽ được đọc lại bởi thành viên nhận partition tiếp theo, có thể chính là thành viên đó.</translation>
    </message>
    <message>
        <source>Commit (committed offset)</source>
        <translation>Commit (committed offset)</translation>
    </message>
    <message>
        <source>A consumer group keeps, for each partition, the offset of the next message to read: &quot;everything before this is done&quot;. Its coordinator writes it to the internal topic &lt;code&gt;__consumer_offsets&lt;/code&gt;. A commit is not per message: committing offset 8 marks offsets 0 to 7 as done, processed or not. After a restart or a rebalance, reading resumes at the committed offset; where there is none, at &lt;code&gt;auto.offset.reset&lt;/code&gt; (Kafka&apos;s default is the newest message; TopicDesk&apos;s is the earliest). TopicDesk turns your acks into committed offsets, and shows a row as Committed only once the broker confirms.</source>
        <translation>Với mỗi partition, consumer group giữ offset của tin nhắn kế tiếp cần đọc: &quot;mọi thứ trước offset này đã xong&quot;. Coordinator của group ghi nó vào topic nội bộ &lt;code&gt;__consumer_offsets&lt;/code&gt;. Commit không tính theo từng tin nhắn: commit offset 8 đánh dấu các offset từ 0 đến 7 là đã xong, dù đã xử lý hay chưa. Sau khi khởi động lại hoặc sau một lần rebalance, việc đọc tiếp tục từ committed offset; nếu chưa có, từ nơi &lt;code&gt;auto.offset.reset&lt;/code&gt; chỉ định (mặc định của Kafka là tin nhắn mới nhất; của TopicDesk là tin nhắn cũ nhất). TopicDesk biến các ack của bạn thành committed offset, và chỉ hiển thị một dòng là Đã commit khi broker đã xác nhận.</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>How far a group is behind on a partition: the %1 minus the committed offset (TopicDesk counts from the log start while nothing is committed). It counts offsets, not messages: compaction gaps and transaction markers make it larger than the number of messages left to read. A lag that keeps growing means the group reads more slowly than the producers write.</source>
        <translation>Group đang chậm bao xa trên một partition: %1 trừ committed offset (TopicDesk tính từ log start khi chưa commit gì). Lag đếm offset, không đếm tin nhắn: các khoảng trống do compaction và các marker của transaction làm nó lớn hơn số tin nhắn còn phải đọc. Lag cứ tăng mãi nghĩa là group đọc chậm hơn tốc độ producer ghi.</translation>
    </message>
    <message>
        <source>high watermark</source>
        <translation>high watermark</translation>
    </message>
    <message>
        <source>acks</source>
        <translation>acks</translation>
    </message>
    <message>
        <source>A producer setting: how many copies of a message must exist before the leader answers. 0: nobody answers, so the offset stays unknown. 1: the leader has written it. all (Java&apos;s default since Kafka 3.0, and TopicDesk&apos;s): every %1 has it. It is about producing only; the Ack button in TopicDesk&apos;s table is about consuming, which is something else.</source>
        <translation>Một thiết lập của producer: cần bao nhiêu bản sao của tin nhắn trước khi leader trả lời. 0: không ai trả lời, nên offset vẫn không rõ. 1: leader đã ghi tin nhắn. all (mặc định của Java từ Kafka 3.0, và của TopicDesk): mọi %1 đều đã có tin nhắn. Thiết lập này chỉ liên quan đến việc gửi (produce); nút Ack trong bảng của TopicDesk liên quan đến việc đọc (consume), là chuyện khác hẳn.</translation>
    </message>
    <message>
        <source>In-sync replicas</source>
        <translation>In-sync replica</translation>
    </message>
    <message>
        <source>The replicas of a partition that are caught up with its leader. With acks=all the leader answers once all of them have the message, and &lt;code&gt;min.insync.replicas&lt;/code&gt; says how few may be left before such writes are refused. When the leader fails, a new one is chosen from the in-sync replicas, so an acknowledged message is not lost. The Sandbox always reports every replica in sync.</source>
        <translation>Các replica của một partition đã theo kịp leader của nó. Với acks=all, leader trả lời khi tất cả các replica này đã có tin nhắn, và &lt;code&gt;min.insync.replicas&lt;/code&gt; cho biết được phép còn lại ít nhất bao nhiêu replica trước khi những lần ghi như vậy bị từ chối. Khi leader gặp sự cố, leader mới được chọn trong số các in-sync replica, nên tin nhắn đã được xác nhận không bị mất. Sandbox luôn báo mọi replica đều in-sync.</translation>
    </message>
    <message>
        <source>Idempotence</source>
        <translation>Idempotence</translation>
    </message>
    <message>
        <source>With &lt;code&gt;enable.idempotence&lt;/code&gt; the producer numbers its batches for each partition, and the broker drops a batch it has already written. A retry after a lost answer then writes the message once, not twice. It only covers retries within one producer&apos;s life: sending a message again by hand, or after a restart, still makes a duplicate. It needs acks=all; TopicDesk turns it on with acks=all, and Java producers have it on by default since Kafka 3.0.</source>
        <translation>Với &lt;code&gt;enable.idempotence&lt;/code&gt;, producer đánh số các batch của mình cho từng partition, và broker bỏ qua batch mà nó đã ghi rồi. Nhờ vậy, một lần thử lại sau khi mất câu trả lời chỉ ghi tin nhắn một lần, không phải hai lần. Nó chỉ áp dụng cho các lần thử lại trong suốt vòng đời của một producer: tự tay gửi lại một tin nhắn, hoặc gửi lại sau khi khởi động lại, vẫn tạo ra bản trùng. Nó cần acks=all; TopicDesk bật nó khi dùng acks=all, và producer Java bật sẵn nó từ Kafka 3.0.</translation>
    </message>
    <message>
        <source>At-least-once</source>
        <translation>At-least-once</translation>
    </message>
    <message>
        <source>A delivery guarantee: nothing is lost, but something may arrive twice. A consumer processes a message first and commits afterwards; if it stops in between, the message comes again (Redelivered in the table). A producer that sends again after &quot;delivery unknown&quot; may write a message twice. Committing before processing gives at-most-once instead: nothing twice, but something may be lost. Exactly-once needs transactions, or processing that does no harm when it runs twice.</source>
        <translation>Một đảm bảo về việc giao tin nhắn: không mất gì, nhưng có thể có thứ đến hai lần. Consumer xử lý tin nhắn trước rồi mới commit; nếu nó dừng ở giữa, tin nhắn sẽ đến lại (Nhận lại trong bảng). Producer gửi lại sau khi &quot;không rõ đã giao chưa&quot; có thể ghi một tin nhắn hai lần. Commit trước khi xử lý thì thành at-most-once: không có gì hai lần, nhưng có thể mất. Exactly-once cần transaction, hoặc cách xử lý không gây hại khi chạy hai lần.</translation>
    </message>
    <message>
        <source>No ZooKeeper</source>
        <translation>Không còn ZooKeeper</translation>
    </message>
    <message>
        <source>Kafka 4 runs only in KRaft mode: a small group of controllers (a node can be both a controller and a broker) keeps the cluster&apos;s metadata, such as the topics, their partitions, each partition&apos;s leader and its %1, in a log of its own that they replicate with the Raft protocol. Kafka 4.0 removed ZooKeeper. Clients never needed it: they only talk to brokers.</source>
        <translation>Kafka 4 chỉ chạy ở chế độ KRaft: một nhóm nhỏ controller (một node có thể vừa là controller vừa là broker) giữ metadata của cluster, như các topic, partition của chúng, leader của từng partition và các %1 của nó, trong một log riêng mà chúng sao chép với nhau bằng giao thức Raft. Kafka 4.0 đã bỏ ZooKeeper. Client thì chưa bao giờ cần nó: client chỉ nói chuyện với broker.</translation>
    </message>
    <message>
        <source>in-sync replicas</source>
        <translation>in-sync replica</translation>
    </message>
    <message>
        <source>Committed offsets are kept in Kafka</source>
        <translation>Committed offset được lưu trong Kafka</translation>
    </message>
    <message>
        <source>A group&apos;s %1 are messages in the internal, compacted topic &lt;code&gt;__consumer_offsets&lt;/code&gt;, written by the group&apos;s coordinator. Only very old consumers kept them in ZooKeeper.</source>
        <translation>Các %1 của một group là những tin nhắn trong topic nội bộ, dạng compacted, &lt;code&gt;__consumer_offsets&lt;/code&gt;, do coordinator của group ghi. Chỉ những consumer rất cũ mới lưu chúng trong ZooKeeper.</translation>
    </message>
    <message>
        <source>Consumers pull; Kafka never pushes</source>
        <translation>Consumer tự kéo (pull); Kafka không bao giờ đẩy (push)</translation>
    </message>
    <message>
        <source>A consumer asks the leaders of its partitions for messages. A broker with nothing new holds the request for up to &lt;code&gt;fetch.max.wait.ms&lt;/code&gt; before answering: a long poll. So messages appear soon after they are written, but only because the consumer keeps asking. A paused consumer simply stops asking.</source>
        <translation>Consumer hỏi các leader của các partition của nó để lấy tin nhắn. Broker chưa có gì mới sẽ giữ yêu cầu lại tối đa &lt;code&gt;fetch.max.wait.ms&lt;/code&gt; rồi mới trả lời: đó là long poll. Vì vậy tin nhắn xuất hiện ngay sau khi được ghi, nhưng chỉ vì consumer liên tục hỏi. Consumer bị tạm dừng thì đơn giản là ngừng hỏi.</translation>
    </message>
    <message>
        <source>Consuming deletes nothing</source>
        <translation>Đọc tin nhắn không xóa gì cả</translation>
    </message>
    <message>
        <source>Reading and committing only move a group&apos;s committed offset. The message stays, and other groups, or this one after a reset, can read it again. Messages go only when retention deletes old parts of the log (by age or size), or when compaction keeps just the newest message of each key on a compacted topic; only then does the %1 move.</source>
        <translation>Đọc và commit chỉ dịch chuyển committed offset của một group. Tin nhắn vẫn còn đó, và các group khác, hoặc chính group này sau khi reset, có thể đọc lại nó. Tin nhắn chỉ mất đi khi retention xóa các phần cũ của log (theo thời gian hoặc dung lượng), hoặc khi compaction chỉ giữ tin nhắn mới nhất của mỗi key trên một topic compacted; chỉ khi đó %1 mới dịch chuyển.</translation>
    </message>
    <message>
        <source>log start</source>
        <translation>log start</translation>
    </message>
    <message>
        <source>Keyless messages are spread in runs</source>
        <translation>Tin nhắn không có key được rải theo từng đợt</translation>
    </message>
    <message>
        <source>Java producers since Kafka 2.4 use a sticky partitioner: keyless messages fill a batch for one partition, then move on to another (since Kafka 3.3, sending more to faster brokers), rather than one message per partition in turn. TopicDesk sends with librdkafka, whose default partitioner (&lt;code&gt;consistent_random&lt;/code&gt;) works differently: a key goes to the partition of its CRC32 hash, where Java uses murmur2, so the same key may land in another partition (choose murmur2 in the compose panel to match Java); a message without a key, or with an empty one, goes to a partition picked at random, which is kept for 10 ms (&lt;code&gt;sticky.partitioning.linger.ms&lt;/code&gt;) before another is picked. TopicDesk&apos;s round-robin choice sends each message to the next partition, key or not.</source>
        <translation>Producer Java từ Kafka 2.4 dùng sticky partitioner: các tin nhắn không có key lấp đầy một batch cho một partition, rồi chuyển sang partition khác (từ Kafka 3.3, gửi nhiều hơn tới các broker nhanh hơn), thay vì lần lượt mỗi partition một tin nhắn. TopicDesk gửi bằng librdkafka, với partitioner mặc định (&lt;code&gt;consistent_random&lt;/code&gt;) hoạt động khác: key đi vào partition theo hash CRC32 của nó, trong khi Java dùng murmur2, nên cùng một key có thể rơi vào partition khác (hãy chọn murmur2 trong bảng soạn tin nhắn để khớp với Java); tin nhắn không có key, hoặc có key rỗng, đi vào một partition chọn ngẫu nhiên, được giữ trong 10 ms (&lt;code&gt;sticky.partitioning.linger.ms&lt;/code&gt;) trước khi chọn partition khác. Lựa chọn round-robin của TopicDesk gửi mỗi tin nhắn tới partition kế tiếp, dù có key hay không.</translation>
    </message>
    <message>
        <source>Where a new group starts</source>
        <translation>Group mới bắt đầu từ đâu</translation>
    </message>
    <message>
        <source>A group without committed offsets starts where &lt;code&gt;auto.offset.reset&lt;/code&gt; says. Kafka&apos;s default is &lt;code&gt;latest&lt;/code&gt;: only messages written after the consumer joins. TopicDesk&apos;s default is the earliest message, so that a lesson sees what is already there; the connection panel&apos;s &quot;If no commit&quot; choice changes it.</source>
        <translation>Group chưa có committed offset sẽ bắt đầu ở nơi &lt;code&gt;auto.offset.reset&lt;/code&gt; chỉ định. Mặc định của Kafka là &lt;code&gt;latest&lt;/code&gt;: chỉ những tin nhắn được ghi sau khi consumer tham gia. Mặc định của TopicDesk là tin nhắn cũ nhất, để bài học thấy được những gì đã có sẵn; lựa chọn &quot;Nếu chưa commit&quot; trong bảng kết nối thay đổi điều này.</translation>
    </message>
    <message>
        <source>The group leader assigns partitions, not the coordinator</source>
        <translation>Group leader phân chia partition, không phải coordinator</translation>
    </message>
    <message>
        <source>In the classic consumer group protocol, the group coordinator (a broker) only gathers the members and passes on the assignment that one member, the group leader, computes. Kafka 4&apos;s new consumer group protocol (KIP-848) lets the coordinator compute it and avoids stopping the whole group at each %1. TopicDesk&apos;s client library, librdkafka 2.0, speaks only the classic protocol.</source>
        <translation>Trong giao thức consumer group classic, group coordinator (một broker) chỉ tập hợp các thành viên và chuyển đi kết quả phân chia mà một thành viên, group leader, tính ra. Giao thức consumer group mới của Kafka 4 (KIP-848) để coordinator tự tính và tránh phải dừng cả group ở mỗi lần %1. Thư viện client của TopicDesk, librdkafka 2.0, chỉ hỗ trợ giao thức classic.</translation>
    </message>
    <message>
        <source>Share groups: TopicDesk cannot join them</source>
        <translation>Share group: TopicDesk không tham gia được</translation>
    </message>
    <message>
        <source>Kafka 4 adds share groups (KIP-932, &quot;queues for Kafka&quot;). Their members acknowledge single messages (accept, release or reject), the broker counts each message&apos;s deliveries, and several members can read the same partition at once. TopicDesk&apos;s Ack button looks like that, but it is not: TopicDesk&apos;s client library, librdkafka 2.0, cannot join share groups, only classic consumer groups. So TopicDesk turns your acks into committed offsets, which Kafka keeps per partition, not per message: with the safe choice an acked message waits until every earlier one is acked; with the immediate choice it is committed together with the unacked ones before it.</source>
        <translation>Kafka 4 có thêm share group (KIP-932, &quot;queues for Kafka&quot;). Thành viên của chúng xác nhận từng tin nhắn riêng lẻ (accept, release hoặc reject), broker đếm số lần giao của mỗi tin nhắn, và nhiều thành viên có thể cùng đọc một partition. Nút Ack của TopicDesk trông giống vậy, nhưng không phải: thư viện client của TopicDesk, librdkafka 2.0, không tham gia được share group, chỉ tham gia được consumer group classic. Vì vậy TopicDesk biến các ack của bạn thành committed offset, thứ mà Kafka giữ theo từng partition, không theo từng tin nhắn: với lựa chọn an toàn, tin nhắn đã ack phải chờ cho đến khi mọi tin nhắn trước nó được ack; với lựa chọn commit ngay, nó được commit cùng với các tin nhắn chưa ack phía trước.</translation>
    </message>
    <message>
        <source>Safer producer defaults</source>
        <translation>Mặc định an toàn hơn cho producer</translation>
    </message>
    <message>
        <source>Since Kafka 3.0 Java producers default to acks=all with %1 on; older tutorials show acks=1. TopicDesk also sends with acks=all and idempotence unless you choose otherwise.</source>
        <translation>Từ Kafka 3.0, producer Java mặc định dùng acks=all và bật %1; các bài hướng dẫn cũ hơn dùng acks=1. TopicDesk cũng gửi với acks=all và idempotence, trừ khi bạn chọn khác.</translation>
    </message>
    <message>
        <source>idempotence</source>
        <translation>idempotence</translation>
    </message>
</context>
<context>
    <name>GroupMember</name>
    <message>
        <source>Auto-commit is on: the consumer commits by itself every few seconds, so Ack is off.</source>
        <translation>Đang bật auto-commit: consumer tự commit sau mỗi vài giây, nên Ack bị tắt.</translation>
    </message>
    <message>
        <source>%1 joined group &quot;%2&quot; on &quot;%3&quot;: the group rebalances, and its leader member shares the partitions out again.</source>
        <translation>%1 đã tham gia group &quot;%2&quot; trên &quot;%3&quot;: group rebalance, và thành viên leader của nó chia lại các partition.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Thành viên %1</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Đang tham gia</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Đang rời đi</translation>
    </message>
    <message>
        <source>Left the group</source>
        <translation>Đã rời group</translation>
    </message>
    <message>
        <source>Crashed, removed</source>
        <translation>Bị crash, đã bị loại</translation>
    </message>
    <message>
        <source>Crashed, still a member</source>
        <translation>Bị crash, vẫn là thành viên</translation>
    </message>
    <message>
        <source>Joining the group: it waits for the rebalance that gives it partitions.</source>
        <translation>Đang tham gia group: chờ lần rebalance giao partition cho nó.</translation>
    </message>
    <message>
        <source>In the group: it reads the partitions it was assigned.</source>
        <translation>Trong group: đọc các partition được giao.</translation>
    </message>
    <message>
        <source>Committing what was acknowledged, then leaving the group.</source>
        <translation>Đang commit những gì đã ack, rồi rời group.</translation>
    </message>
    <message>
        <source>It committed what was acknowledged and left the group; the others took its partitions over at once.</source>
        <translation>Nó đã commit những gì đã ack và rời group; các thành viên khác nhận ngay các partition của nó.</translation>
    </message>
    <message>
        <source>It crashed; its session timed out, and the group rebalanced without it.</source>
        <translation>Nó đã bị crash; session của nó hết hạn, và group đã rebalance mà không có nó.</translation>
    </message>
    <message>
        <source>It crashed: the coordinator still counts it as a member, and its partitions are read by nobody until its session times out.</source>
        <translation>Nó đã bị crash: coordinator vẫn coi nó là thành viên, và không ai đọc các partition của nó cho đến khi session của nó hết hạn.</translation>
    </message>
    <message>
        <source>%1 is leaving the group cleanly: it commits what was acknowledged, then tells the coordinator it leaves, so the group rebalances at once.</source>
        <translation>%1 đang rời group một cách gọn gàng: nó commit những gì đã ack, rồi báo cho coordinator là nó rời đi, nên group rebalance ngay lập tức.</translation>
    </message>
    <message>
        <source>This member crashed: its messages can no longer be acked here.</source>
        <translation>Thành viên này đã bị crash: không thể ack các tin nhắn của nó ở đây nữa.</translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. It held no partition; the coordinator drops it when its heartbeats stop for the session timeout (session.timeout.ms, %2 s here), and the group rebalances then.</source>
        <translation>%1 bị cố ý cho crash: nó đóng lại mà không commit và không rời group. Nó không giữ partition nào; coordinator loại nó khi heartbeat của nó ngừng trong khoảng session timeout (session.timeout.ms, ở đây là %2 giây), và khi đó group sẽ rebalance.</translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. The coordinator notices only when its heartbeats stop for the session timeout (session.timeout.ms, %2 s here); then the group rebalances and partition(s) %3 go to the other members, with every message it had not committed.</source>
        <translation>%1 bị cố ý cho crash: nó đóng lại mà không commit và không rời group. Coordinator chỉ nhận ra khi heartbeat của nó ngừng trong khoảng session timeout (session.timeout.ms, ở đây là %2 giây); khi đó group rebalance và partition %3 được giao cho các thành viên khác, cùng với mọi tin nhắn mà nó chưa commit.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: the coordinator gave up on %3 when its session timed out, and the group rebalanced without it.</source>
        <translation>Group &quot;%1&quot;, generation %2: coordinator đã loại %3 khi session của nó hết hạn, và group đã rebalance mà không có nó.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: %3 got no partition (the group has more members than the topic has partitions).</source>
        <translation>Group &quot;%1&quot;, generation %2: %3 không nhận được partition nào (group có nhiều thành viên hơn số partition của topic).</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: %3 was assigned partition(s) %4.</source>
        <translation>Group &quot;%1&quot;, generation %2: %3 được giao partition %4.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: partition(s) %3 revoked from %4; what it had acknowledged there was committed first.</source>
        <translation>Group &quot;%1&quot;, generation %2: partition %3 bị thu hồi khỏi %4; những gì nó đã ack ở đó đã được commit trước.</translation>
    </message>
    <message>
        <source>This member left the group: its messages can no longer be acked here.</source>
        <translation>Thành viên này đã rời group: không thể ack các tin nhắn của nó ở đây nữa.</translation>
    </message>
    <message>
        <source>%1 left the group, having committed what was acknowledged.</source>
        <translation>%1 đã rời group, sau khi commit những gì đã ack.</translation>
    </message>
    <message>
        <source>%1 is leaving the group cleanly: it commits what was acknowledged, then tells the broker it leaves; the broker hands its partitions to the other members one by one, and they keep consuming theirs.</source>
        <translation>%1 đang rời group một cách gọn gàng: nó commit những gì đã được xác nhận, rồi báo cho broker là nó rời đi; broker giao từng partition của nó cho các thành viên khác, và họ vẫn tiếp tục đọc các partition của mình.</translation>
    </message>
    <message>
        <source>%1 crashed on purpose: it closed without committing and without leaving the group. With the consumer protocol the broker decides when it is gone: when its heartbeats stop for the broker&apos;s session timeout (group.consumer.session.timeout.ms, 45 s unless the broker sets another). Then the broker moves partition(s) %2 to the other members one by one, with every message it had not committed.</source>
        <translation>%1 cố ý bị sập: nó đóng lại mà không commit và không rời group. Với giao thức consumer, broker quyết định khi nào nó coi như đã mất: khi heartbeat của nó ngừng quá thời hạn session của broker (group.consumer.session.timeout.ms, 45 giây nếu broker không đặt khác). Khi đó broker chuyển từng partition %2 cho các thành viên khác, kèm mọi tin nhắn nó chưa commit.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: %3 joined and has no partition yet (the broker assigns them one heartbeat at a time, or the group has more members than the topic has partitions).</source>
        <translation>Group &quot;%1&quot;, member epoch %2: %3 đã tham gia và chưa có partition nào (broker giao partition qua từng heartbeat một, hoặc group có nhiều thành viên hơn số partition của topic).</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker gave %3 partition(s) %4; it now holds %5. The other members kept consuming theirs.</source>
        <translation>Group &quot;%1&quot;, member epoch %2: broker đã giao cho %3 partition %4; giờ nó giữ %5. Các thành viên khác vẫn tiếp tục đọc các partition của mình.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker took partition(s) %3 from %4 (what it had acknowledged there was committed first); it keeps consuming %5.</source>
        <translation>Group &quot;%1&quot;, member epoch %2: broker đã lấy partition %3 khỏi %4 (những gì nó đã xác nhận ở đó được commit trước); nó vẫn tiếp tục đọc %5.</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>không gì khác</translation>
    </message>
    <message>
        <source>partition(s) %1</source>
        <translation>partition %1</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>A&amp;dd a consumer</source>
        <translation>Thêm cons&amp;umer</translation>
    </message>
    <message>
        <source>&amp;Leave cleanly</source>
        <translation>Rời đ&amp;i gọn gàng</translation>
    </message>
    <message>
        <source>Cras&amp;h</source>
        <translation>Giả &amp;lập crash</translation>
    </message>
    <message>
        <source>Start another consumer in the same group, on the same topic, in this window: the group rebalances and the partitions are shared out again (at most %1 consumers)</source>
        <translation>Khởi động thêm một consumer trong cùng group, trên cùng topic, trong cửa sổ này: group rebalance và các partition được chia lại (tối đa %1 consumer)</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Every consumer of this window in the group: the partitions it holds and the generation (the group&apos;s rebalance count) it last heard</source>
        <translation>Mọi consumer của cửa sổ này trong group: các partition nó đang giữ và generation (số lần rebalance của group) mà nó nghe được gần nhất</translation>
    </message>
    <message>
        <source>This window runs at most %1 consumers of the group: let a member leave first.</source>
        <translation>Cửa sổ này chạy tối đa %1 consumer của group: hãy cho một thành viên rời đi trước.</translation>
    </message>
    <message>
        <source>%1, in group &quot;%2&quot;</source>
        <translation>%1, trong group &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Its own consumer, with its own table: Ack here commits for this member</source>
        <translation>Consumer riêng của nó, với bảng riêng: Ack ở đây là commit cho thành viên này</translation>
    </message>
    <message>
        <source>&amp;Ack selected</source>
        <translation>&amp;Ack tin đã chọn</translation>
    </message>
    <message>
        <source>No consumer group runs in this window: connect, choose a topic and read in Group mode, then add consumers to see a rebalance.</source>
        <translation>Không có consumer group nào chạy trong cửa sổ này: hãy kết nối, chọn một topic và đọc ở chế độ Group, rồi thêm consumer để xem một lần rebalance.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; on &quot;%2&quot;, generation %3. Member 1 is the Messages panel&apos;s consumer.</source>
        <translation>Group &quot;%1&quot; trên &quot;%2&quot;, generation %3. Thành viên 1 là consumer của bảng Tin nhắn.</translation>
    </message>
    <message>
        <source>(joining)</source>
        <translation>(đang tham gia)</translation>
    </message>
    <message>
        <source>The window&apos;s own consumer: its messages are in the Messages panel</source>
        <translation>Consumer riêng của cửa sổ: tin nhắn của nó nằm trong bảng Tin nhắn</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Không ở trong group</translation>
    </message>
    <message>
        <source>The member in the current tab commits what it acknowledged and leaves the group: the group rebalances within moments, and only its unacknowledged messages go to another member</source>
        <translation>Thành viên ở tab hiện tại commit những gì nó đã ack rồi rời group: group rebalance chỉ trong chốc lát, và chỉ những tin nhắn chưa ack của nó được chuyển cho thành viên khác</translation>
    </message>
    <message>
        <source>The member in the current tab stops as if its process crashed: nothing is committed and it does not leave the group. Its partitions move only after the session timeout (%1 s here), and everything it had not committed goes to another member as Redelivered</source>
        <translation>Thành viên ở tab hiện tại dừng như thể tiến trình của nó bị crash: không commit gì và không rời group. Các partition của nó chỉ được chuyển đi sau session timeout (ở đây là %1 giây), và mọi thứ nó chưa commit sẽ đến thành viên khác dưới dạng Nhận lại</translation>
    </message>
    <message>
        <source>Each rebalance starts a new generation of the group. With the classic protocol the group&apos;s leader member computes who gets which partition, and the coordinator passes it on. With Kafka 4&apos;s consumer protocol (KIP-848) the broker computes it and tells each member its own changes in heartbeats, partition by partition: nobody else stops, and the number shown is the member epoch.</source>
        <translation>Mỗi lần rebalance mở ra một generation mới của group. Với giao thức classic, thành viên leader của group tính xem ai nhận partition nào, và coordinator chuyển kết quả đi. Với giao thức consumer của Kafka 4 (KIP-848), broker tự tính và báo cho từng thành viên những thay đổi của riêng nó qua heartbeat, từng partition một: không ai khác phải dừng, và con số hiển thị là member epoch.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; on &quot;%2&quot; with Kafka 4&apos;s consumer protocol, member epoch %3: the broker moves partitions one at a time and the other members keep consuming. Member 1 is the Messages panel&apos;s consumer.</source>
        <translation>Group &quot;%1&quot; trên &quot;%2&quot; với giao thức consumer của Kafka 4, member epoch %3: broker chuyển từng partition một và các thành viên khác vẫn tiếp tục đọc. Thành viên 1 là consumer của bảng Tin nhắn.</translation>
    </message>
    <message>
        <source>The member in the current tab commits what it acknowledged and leaves the group: the broker hands its partitions to the other members one by one while they keep consuming theirs, and only its unacknowledged messages go to another member</source>
        <translation>Thành viên ở tab hiện tại commit những gì nó đã xác nhận và rời group: broker giao từng partition của nó cho các thành viên khác trong khi họ vẫn đọc các partition của mình, và chỉ những tin nhắn nó chưa xác nhận mới chuyển sang thành viên khác</translation>
    </message>
    <message>
        <source>The member in the current tab stops as if its process crashed: nothing is committed and it does not leave the group. With the consumer protocol the broker moves its partitions after the broker&apos;s session timeout (group.consumer.session.timeout.ms, 45 s unless the broker sets another), one by one, and everything it had not committed goes to another member as Redelivered</source>
        <translation>Thành viên ở tab hiện tại dừng như thể tiến trình của nó bị sập: không có gì được commit và nó không rời group. Với giao thức consumer, broker chuyển từng partition của nó sau thời hạn session của broker (group.consumer.session.timeout.ms, 45 giây nếu broker không đặt khác), và mọi thứ nó chưa commit sẽ đến thành viên khác dưới dạng Nhận lại</translation>
    </message>
</context>
<context>
    <name>HeadlessArguments</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected name=value.</source>
        <translation>%1, dòng %2: cần có dạng name=value.</translation>
    </message>
    <message>
        <source>Expected a command: send, consume or sandbox.</source>
        <translation>Cần có một lệnh: send, consume hoặc sandbox.</translation>
    </message>
    <message>
        <source>Send MESSAGE (or each line of standard input, with -) and print where it landed.</source>
        <translation>Gửi MESSAGE (hoặc từng dòng của đầu vào chuẩn, khi dùng -) và in ra vị trí tin nhắn được ghi vào.</translation>
    </message>
    <message>
        <source>Print each message with its partition and offset; commit what is acknowledged.</source>
        <translation>In ra từng tin nhắn kèm partition và offset của nó; commit những tin nhắn đã được xác nhận (ack).</translation>
    </message>
    <message>
        <source>Run the built-in sandbox Kafka broker until interrupted.</source>
        <translation>Chạy broker Kafka Sandbox tích hợp sẵn cho đến khi bị ngắt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Hiện phiên bản.</translation>
    </message>
    <message>
        <source>Topic; default $KAFKA_TOPIC.</source>
        <translation>Topic; mặc định lấy từ $KAFKA_TOPIC.</translation>
    </message>
    <message>
        <source>Consumer group; default $KAFKA_GROUP, else topicdesk.</source>
        <translation>Consumer group; mặc định lấy từ $KAFKA_GROUP, nếu không có thì là topicdesk.</translation>
    </message>
    <message>
        <source>librdkafka properties, name=value per line.</source>
        <translation>Các thuộc tính của librdkafka, mỗi dòng một cặp name=value.</translation>
    </message>
    <message>
        <source>PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>PLAINTEXT, SSL, SASL_PLAINTEXT hoặc SASL_SSL.</translation>
    </message>
    <message>
        <source>PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.</source>
        <translation>PLAIN, SCRAM-SHA-256 hoặc SCRAM-SHA-512.</translation>
    </message>
    <message>
        <source>SASL user name.</source>
        <translation>Tên người dùng SASL.</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the SASL password (default KAFKA_PASSWORD).</source>
        <translation>Tên biến môi trường chứa mật khẩu SASL (mặc định là KAFKA_PASSWORD).</translation>
    </message>
    <message>
        <source>CA certificate (PEM).</source>
        <translation>Chứng chỉ CA (PEM).</translation>
    </message>
    <message>
        <source>Client certificate (PEM).</source>
        <translation>Chứng chỉ client (PEM).</translation>
    </message>
    <message>
        <source>The record&apos;s key.</source>
        <translation>Key của bản ghi.</translation>
    </message>
    <message>
        <source>A header NAME=VALUE; may be repeated.</source>
        <translation>Một header dạng NAME=VALUE; có thể dùng tùy chọn này nhiều lần.</translation>
    </message>
    <message>
        <source>Send to this partition.</source>
        <translation>Gửi vào partition này.</translation>
    </message>
    <message>
        <source>0, 1 or all (default).</source>
        <translation>0, 1 hoặc all (mặc định).</translation>
    </message>
    <message>
        <source>earliest (default), latest, an OFFSET, or @EPOCH_MS.</source>
        <translation>earliest (mặc định), latest, một OFFSET, hoặc @EPOCH_MS.</translation>
    </message>
    <message>
        <source>Stop after N messages.</source>
        <translation>Dừng sau N tin nhắn.</translation>
    </message>
    <message>
        <source>Read commands from standard input: ack P:O, ack all, quit.</source>
        <translation>Đọc lệnh từ đầu vào chuẩn: ack P:O, ack all, quit.</translation>
    </message>
    <message>
        <source>Also listen on this port on 127.0.0.1.</source>
        <translation>Lắng nghe thêm ở cổng này trên 127.0.0.1.</translation>
    </message>
    <message>
        <source>Partitions of test-topic (default 2).</source>
        <translation>Số partition của test-topic (mặc định là 2).</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 cần một số nguyên từ %2 trở lên, không phải &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Đối số thừa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--security must be one of %1.</source>
        <translation>--security phải là một trong các giá trị %1.</translation>
    </message>
    <message>
        <source>--mechanism must be one of %1.</source>
        <translation>--mechanism phải là một trong các giá trị %1.</translation>
    </message>
    <message>
        <source>No brokers: give --brokers or set KAFKA_BROKERS (`topicdesk sandbox` runs a local one and prints its address).</source>
        <translation>Chưa có broker: hãy chỉ định --brokers hoặc đặt biến KAFKA_BROKERS (`topicdesk sandbox` sẽ chạy một broker cục bộ và in ra địa chỉ của nó).</translation>
    </message>
    <message>
        <source>No topic: give --topic or set KAFKA_TOPIC.</source>
        <translation>Chưa có topic: hãy chỉ định --topic hoặc đặt biến KAFKA_TOPIC.</translation>
    </message>
    <message>
        <source>Nothing to send: give the message, or - to read standard input.</source>
        <translation>Không có gì để gửi: hãy truyền tin nhắn cần gửi, hoặc - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Give one message (quote it if it has spaces), or - for standard input.</source>
        <translation>Hãy truyền đúng một tin nhắn (đặt trong dấu ngoặc kép nếu có khoảng trắng), hoặc - để dùng đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>--header expects NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--header cần có dạng NAME=VALUE, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--acks must be 0, 1 or all.</source>
        <translation>--acks phải là 0, 1 hoặc all.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format phải là text hoặc json.</translation>
    </message>
    <message>
        <source>Bootstrap servers; default $KAFKA_BROKERS.</source>
        <translation>Các máy chủ bootstrap; mặc định $KAFKA_BROKERS.</translation>
    </message>
    <message>
        <source>--from must be earliest, latest, an offset or @EPOCH_MS (milliseconds since 1970), not &quot;%1&quot;.</source>
        <translation>--from phải là earliest, latest, một offset hoặc @EPOCH_MS (số mili giây kể từ 1970), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 cần một số nguyên từ %2 đến %3, không phải &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(không phải văn bản)</translation>
    </message>
    <message>
        <source>text (default) or json: one JSON Lines record per message, bytes that are not UTF-8 as Base64.</source>
        <translation>text (mặc định) hoặc json: mỗi tin nhắn là một bản ghi JSON Lines, các byte không phải UTF-8 được ghi dạng Base64.</translation>
    </message>
    <message>
        <source>text (default): the message is the value; or json: each message is a JSON Lines record with its key, value and headers, as consume --format json writes them.</source>
        <translation>text (mặc định): tin nhắn chính là giá trị; hoặc json: mỗi tin nhắn là một bản ghi JSON Lines gồm key, giá trị và header, đúng như consume --format json ghi ra.</translation>
    </message>
    <message>
        <source>With --format json: send each record to the partition it gives (else the partitioner chooses).</source>
        <translation>Với --format json: gửi mỗi bản ghi vào partition ghi trong bản ghi đó (nếu không có thì partitioner sẽ chọn).</translation>
    </message>
    <message>
        <source>Show only the messages with this key, reading (without a group) only the partition the key is in.</source>
        <translation>Chỉ hiện các tin nhắn có key này, và chỉ đọc (không dùng group) partition chứa key đó.</translation>
    </message>
    <message>
        <source>How producers placed the key: murmur2 (default, as Java clients do) or consistent_random (librdkafka&apos;s default).</source>
        <translation>Cách producer đã phân bổ key: murmur2 (mặc định, giống client Java) hoặc consistent_random (mặc định của librdkafka).</translation>
    </message>
    <message>
        <source>The value (with --format json, the JSON record) to send, or - for each line of standard input.</source>
        <translation>Giá trị (với --format json là bản ghi JSON) cần gửi, hoặc - để gửi từng dòng của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>With --format json, each record gives its own key and headers: leave out --key and --header.</source>
        <translation>Với --format json, mỗi bản ghi tự có key và header riêng: hãy bỏ --key và --header.</translation>
    </message>
    <message>
        <source>Give --partition or --keep-partitions, not both.</source>
        <translation>Chỉ dùng --partition hoặc --keep-partitions, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--keep-partitions needs --format json: only a JSON record gives a partition.</source>
        <translation>--keep-partitions cần --format json: chỉ bản ghi JSON mới ghi partition.</translation>
    </message>
    <message>
        <source>--partitioner needs --key: it says which partition the key is in.</source>
        <translation>--partitioner cần --key: nó cho biết key nằm trong partition nào.</translation>
    </message>
    <message>
        <source>--key reads without a consumer group, so there is nothing to acknowledge: leave out --manual.</source>
        <translation>--key đọc mà không dùng consumer group, nên không có gì cần xác nhận (ack): hãy bỏ --manual.</translation>
    </message>
    <message>
        <source>Unknown partitioner &quot;%1&quot;: use murmur2 (Java clients) or consistent_random (librdkafka clients).</source>
        <translation>Partitioner không xác định &quot;%1&quot;: hãy dùng murmur2 (client Java) hoặc consistent_random (client librdkafka).</translation>
    </message>
    <message>
        <source>How many brokers: 1 (default) or 3, each with a replica of every partition.</source>
        <translation>Số broker: 1 (mặc định) hoặc 3, mỗi broker có một replica của mọi partition.</translation>
    </message>
    <message>
        <source>--brokers expects 1 or 3 (how many sandbox brokers), not &quot;%1&quot;.</source>
        <translation>--brokers cần 1 hoặc 3 (số broker của Sandbox), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Encode each value with --subject&apos;s schema from the schema registry at URL (http or https, e.g. http://host:8081 or .../apis/ccompat/v7). User and password from $TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never in the URL.</source>
        <translation>Mã hóa mỗi giá trị bằng schema của --subject lấy từ schema registry ở URL (http hoặc https, ví dụ http://host:8081 hoặc .../apis/ccompat/v7). Tên người dùng và mật khẩu lấy từ $TOPICDESK_REGISTRY_USER và $TOPICDESK_REGISTRY_PASSWORD, không bao giờ đặt trong URL.</translation>
    </message>
    <message>
        <source>Decode keys and values in the schema registry&apos;s format with the registry at URL (http or https). Text: the decoded JSON in place of the bytes; json: &quot;key&quot;/&quot;value&quot; are the decoded JSON, with &quot;key_schema_id&quot;/&quot;value_schema_id&quot;. What cannot be decoded is printed as it is, with the reason on standard error (text) or in &quot;key_error&quot;/&quot;value_error&quot; (json), and the exit status is then 1. A schema not yet known is waited for up to --schema-registry-timeout (Ctrl+C acts once that wait ends); a registry that failed is asked again after 30 s. User and password from $TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never in the URL.</source>
        <translation>Giải mã key và giá trị theo định dạng của schema registry bằng registry ở URL (http hoặc https). Dạng text: JSON đã giải mã thay cho các byte; json: &quot;key&quot;/&quot;value&quot; là JSON đã giải mã, kèm &quot;key_schema_id&quot;/&quot;value_schema_id&quot;. Những gì không giải mã được sẽ in nguyên trạng, với lý do ở đầu ra lỗi chuẩn (text) hoặc trong &quot;key_error&quot;/&quot;value_error&quot; (json), và khi đó mã thoát là 1. Một schema chưa biết được chờ tối đa --schema-registry-timeout (Ctrl+C có tác dụng khi lần chờ đó kết thúc); registry đã lỗi sẽ được hỏi lại sau 30 giây. Tên người dùng và mật khẩu lấy từ $TOPICDESK_REGISTRY_USER và $TOPICDESK_REGISTRY_PASSWORD, không bao giờ đặt trong URL.</translation>
    </message>
    <message>
        <source>CA certificate(s) to trust for the registry (PEM).</source>
        <translation>Chứng chỉ CA được tin cậy cho registry (PEM).</translation>
    </message>
    <message>
        <source>Client certificate for the registry (PEM).</source>
        <translation>Chứng chỉ client cho registry (PEM).</translation>
    </message>
    <message>
        <source>Private key of --schema-registry-cert (PEM, not encrypted).</source>
        <translation>Khóa riêng của --schema-registry-cert (PEM, không mã hóa).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for the registry per request (default 10000).</source>
        <translation>Số mili giây chờ registry cho mỗi yêu cầu (mặc định 10000).</translation>
    </message>
    <message>
        <source>With --schema-registry: each value (each line with -) is JSON, encoded with this subject&apos;s schema and sent in the registry&apos;s format. A line that does not match is not sent: its number and the reason go to standard error, and the exit status is 1.</source>
        <translation>Với --schema-registry: mỗi giá trị (mỗi dòng khi dùng -) là JSON, được mã hóa bằng schema của subject này và gửi theo định dạng của registry. Dòng nào không khớp thì không được gửi: số dòng và lý do được ghi ra đầu ra lỗi chuẩn, và mã thoát là 1.</translation>
    </message>
    <message>
        <source>The subject&apos;s version to encode with (default: the latest).</source>
        <translation>Phiên bản của subject dùng để mã hóa (mặc định: bản mới nhất).</translation>
    </message>
    <message>
        <source>avro, protobuf or json: the schema type the subject must have (default: whatever it has).</source>
        <translation>avro, protobuf hoặc json: kiểu schema mà subject phải có (mặc định: kiểu nào cũng được).</translation>
    </message>
    <message>
        <source>Protobuf: the message to encode (full or short name; default: the first in the file).</source>
        <translation>Protobuf: message dùng để mã hóa (tên đầy đủ hoặc tên ngắn; mặc định: message đầu tiên trong tệp).</translation>
    </message>
    <message>
        <source>--schema-registry expects an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--schema-registry cần một địa chỉ http:// hoặc https://, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Leave the user and password out of the --schema-registry address (other users can read command lines): set TOPICDESK_REGISTRY_USER and TOPICDESK_REGISTRY_PASSWORD instead.</source>
        <translation>Đừng đặt tên người dùng và mật khẩu trong địa chỉ --schema-registry (người dùng khác đọc được dòng lệnh): hãy đặt TOPICDESK_REGISTRY_USER và TOPICDESK_REGISTRY_PASSWORD.</translation>
    </message>
    <message>
        <source>TOPICDESK_REGISTRY_PASSWORD is set but TOPICDESK_REGISTRY_USER is not: set both for the registry&apos;s basic authentication.</source>
        <translation>TOPICDESK_REGISTRY_PASSWORD đã được đặt nhưng TOPICDESK_REGISTRY_USER thì chưa: hãy đặt cả hai cho xác thực basic của registry.</translation>
    </message>
    <message>
        <source>--%1 needs --schema-registry URL.</source>
        <translation>--%1 cần --schema-registry URL.</translation>
    </message>
    <message>
        <source>--schema-registry needs --subject: the subject whose schema encodes the values.</source>
        <translation>--schema-registry cần --subject: subject có schema dùng để mã hóa các giá trị.</translation>
    </message>
    <message>
        <source>--subject expects a subject name, not bytes that are not text.</source>
        <translation>--subject cần một tên subject, không phải các byte không phải văn bản.</translation>
    </message>
    <message>
        <source>--value-format must be avro, protobuf or json.</source>
        <translation>--value-format phải là avro, protobuf hoặc json.</translation>
    </message>
    <message>
        <source>--message-type names a Protobuf message: it needs --value-format protobuf (or none).</source>
        <translation>--message-type chỉ một message Protobuf: nó cần --value-format protobuf (hoặc không có --value-format).</translation>
    </message>
    <message>
        <source>With --schema-registry each line is the value&apos;s JSON: leave out --format json.</source>
        <translation>Với --schema-registry mỗi dòng là JSON của giá trị: hãy bỏ --format json.</translation>
    </message>
    <message>
        <source>Decode the values of a topic matching PATTERN (* and ? as wildcards, the whole name) as raw records (no registry framing, even when they start with 00) of FILE&apos;s schema: .avsc (Avro), .proto (imports read from its folder) or a descriptor set (.desc, .pb, .binpb; protoc --descriptor_set_out --include_imports). #MESSAGE picks the Protobuf message (full or short name; default: the file&apos;s first). Repeatable: the first matching pattern wins. With --format json, &quot;value&quot; is the decoded JSON and &quot;value_schema_file&quot; the file&apos;s name (in place of &quot;value_schema_id&quot;). Works with or without --schema-registry.</source>
        <translation>Giải mã giá trị của topic khớp với PATTERN (* và ? là ký tự đại diện, khớp cả tên) như bản ghi thô (không có khung của registry, kể cả khi bắt đầu bằng 00) theo schema của FILE: .avsc (Avro), .proto (các import đọc từ cùng thư mục) hoặc một descriptor set (.desc, .pb, .binpb; protoc --descriptor_set_out --include_imports). #MESSAGE chọn message Protobuf (tên đầy đủ hoặc tên ngắn; mặc định: message đầu tiên của tệp). Có thể lặp lại: mẫu khớp đầu tiên được dùng. Với --format json, &quot;value&quot; là JSON đã giải mã và &quot;value_schema_file&quot; là tên tệp (thay cho &quot;value_schema_id&quot;). Dùng được có hoặc không có --schema-registry.</translation>
    </message>
    <message>
        <source>At most %1 --local-schema options.</source>
        <translation>Tối đa %1 tùy chọn --local-schema.</translation>
    </message>
    <message>
        <source>--local-schema expects PATTERN=FILE or PATTERN=FILE#MESSAGE (for example orders.*=order.proto#shop.Order), not &quot;%1&quot;.</source>
        <translation>--local-schema cần PATTERN=FILE hoặc PATTERN=FILE#MESSAGE (ví dụ orders.*=order.proto#shop.Order), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--local-schema: %1</source>
        <translation>--local-schema: %1</translation>
    </message>
    <message>
        <source>classic (default) or consumer: Kafka 4&apos;s consumer group protocol (KIP-848), where the broker assigns partitions one by one without stopping the group.</source>
        <translation>classic (mặc định) hoặc consumer: giao thức consumer group của Kafka 4 (KIP-848), trong đó broker giao từng partition một mà không làm group dừng lại.</translation>
    </message>
    <message>
        <source>classic (default) or consumer: Kafka 4&apos;s consumer group protocol (KIP-848); consumer %1.</source>
        <translation>classic (mặc định) hoặc consumer: giao thức consumer group của Kafka 4 (KIP-848); consumer %1.</translation>
    </message>
    <message>
        <source>--group-protocol expects classic or consumer, not &quot;%1&quot;.</source>
        <translation>--group-protocol cần classic hoặc consumer, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--group-protocol consumer (Kafka 4&apos;s consumer group protocol) %1.</source>
        <translation>--group-protocol consumer (giao thức consumer group của Kafka 4) %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gửi lúc</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Thời gian phản hồi</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>Explain each step</source>
        <translation>Giải thích từng bước</translation>
    </message>
    <message>
        <source>Show two sentences under each step on what happened there; off, the journey is a compact list of times</source>
        <translation>Hiện hai câu dưới mỗi bước về những gì đã xảy ra ở đó; khi tắt, hành trình là một danh sách thời gian gọn</translation>
    </message>
    <message>
        <source>Produce call</source>
        <translation>Lệnh gửi (produce)</translation>
    </message>
    <message>
        <source>Created by its producer (CreateTime)</source>
        <translation>Được producer tạo ra (CreateTime)</translation>
    </message>
    <message>
        <source>Appended by the broker (LogAppendTime)</source>
        <translation>Được broker ghi nối vào log (LogAppendTime)</translation>
    </message>
    <message>
        <source>Sent by another client (no timestamp)</source>
        <translation>Được gửi bởi một client khác (không có timestamp)</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Báo cáo giao tin (delivery report)</translation>
    </message>
    <message>
        <source>Fetched by the consumer</source>
        <translation>Consumer đã lấy về</translation>
    </message>
    <message>
        <source>Shown in the table</source>
        <translation>Hiện trong bảng</translation>
    </message>
    <message>
        <source>Acked</source>
        <translation>Đã ack</translation>
    </message>
    <message>
        <source>Commit sent</source>
        <translation>Đã gửi commit</translation>
    </message>
    <message>
        <source>Commit confirmed by the broker</source>
        <translation>Broker đã xác nhận commit</translation>
    </message>
    <message>
        <source>Send handed the record to this window&apos;s producer, which chose its partition (from the key, when there is one) and queued it for that partition&apos;s leader broker. Producers push: the record goes out with the next request to that broker.</source>
        <translation>Lệnh gửi đã trao record cho producer của cửa sổ này; producer chọn partition cho nó (theo key, nếu có) và xếp nó vào hàng đợi gửi tới broker leader của partition đó. Producer chủ động đẩy (push): record được gửi đi cùng yêu cầu kế tiếp tới broker đó.</translation>
    </message>
    <message>
        <source>Another client sent this record, so its produce call was not seen here; the time is the one its producer wrote into the record. The producer&apos;s clock may differ from this computer&apos;s.</source>
        <translation>Một client khác đã gửi record này, nên lệnh gửi của nó không được thấy ở đây; thời gian là thời gian mà producer của nó ghi vào record. Đồng hồ của producer đó có thể khác với đồng hồ của máy này.</translation>
    </message>
    <message>
        <source>Another client sent this record; the topic uses LogAppendTime, so the broker stamped it when it appended it to the partition&apos;s log. The journey here starts at the broker.</source>
        <translation>Một client khác đã gửi record này; topic dùng LogAppendTime, nên broker đóng dấu thời gian khi ghi nối record vào log của partition. Hành trình ở đây bắt đầu tại broker.</translation>
    </message>
    <message>
        <source>Another client sent this record and it carries no timestamp. The journey here starts when the consumer fetched it.</source>
        <translation>Một client khác đã gửi record này và nó không có timestamp. Hành trình ở đây bắt đầu khi consumer lấy nó về.</translation>
    </message>
    <message>
        <source>The producer reported that the leader appended the record at this offset once %1 was met, after the consumer had already fetched it: the broker answers both once the record is written, and the two answers travel and are handled separately.</source>
        <translation>Producer báo rằng leader đã ghi nối record tại offset này khi điều kiện %1 được đáp ứng, sau khi consumer đã lấy nó về: broker trả lời cả hai khi record đã được ghi, và hai câu trả lời được truyền đi và xử lý riêng rẽ.</translation>
    </message>
    <message>
        <source>The producer reported that the partition&apos;s leader appended the record to its log at this offset, once %1 was met (all: every in-sync replica has it; 1: the leader alone). The record stays in the log until retention removes it, however often it is read.</source>
        <translation>Producer báo rằng leader của partition đã ghi nối record vào log tại offset này, khi điều kiện %1 được đáp ứng (all: mọi in-sync replica đều đã có nó; 1: chỉ riêng leader). Record nằm trong log cho đến khi retention xóa nó, dù được đọc bao nhiêu lần đi nữa.</translation>
    </message>
    <message>
        <source>The consumer pulled the record: it asks the leader for the records after its position, and the broker holds the request open until there are some. Reading changes nothing in the log; only the consumer&apos;s position moves on.</source>
        <translation>Consumer đã kéo (pull) record về: nó hỏi leader các record sau vị trí của nó, và broker giữ yêu cầu mở cho đến khi có record. Việc đọc không thay đổi gì trong log; chỉ vị trí của consumer dịch chuyển.</translation>
    </message>
    <message>
        <source>The record reached this window&apos;s message table. Until a commit covers it, a restart or a rebalance delivers it again.</source>
        <translation>Record đã đến bảng tin nhắn của cửa sổ này. Cho đến khi có một commit bao gồm nó, một lần khởi động lại hoặc rebalance sẽ giao nó lại.</translation>
    </message>
    <message>
        <source>Nobody acked this message: a commit of a later offset covered it anyway (the immediate commit choice, or auto-commit). A committed offset only says &quot;everything before me is done&quot;.</source>
        <translation>Không ai ack tin nhắn này: dù vậy, một lần commit offset phía sau đã bao gồm nó (lựa chọn commit ngay, hoặc auto-commit). Committed offset chỉ nói &quot;mọi thứ trước tôi đã xong&quot;.</translation>
    </message>
    <message>
        <source>Acking marks the message as processed in TopicDesk. A consumer group keeps no per-message acknowledgements: only a committed offset tells it how far the group got.</source>
        <translation>Ack đánh dấu tin nhắn là đã xử lý trong TopicDesk. Consumer group không giữ ack cho từng tin nhắn: chỉ committed offset cho nó biết group đã đọc tới đâu.</translation>
    </message>
    <message>
        <source>The consumer committed this offset while stopping or handing the partition back, without an ack outcome to time it. The commit itself was confirmed, below.</source>
        <translation>Consumer đã commit offset này khi đang dừng hoặc khi trả lại partition, không có kết quả ack nào để tính thời gian. Bản thân lần commit đã được xác nhận, xem bên dưới.</translation>
    </message>
    <message>
        <source>The consumer asked the group&apos;s coordinator broker to store the committed offset, the next offset to read: every offset below it counts as processed. Commits are records in the internal topic __consumer_offsets.</source>
        <translation>Consumer đã yêu cầu broker coordinator của group lưu committed offset, tức offset kế tiếp cần đọc: mọi offset thấp hơn nó được tính là đã xử lý. Commit là các record trong topic nội bộ __consumer_offsets.</translation>
    </message>
    <message>
        <source>The coordinator wrote the commit to __consumer_offsets and confirmed it. A restarted or new member of the group starts after this message, so it is not delivered to the group again.</source>
        <translation>Coordinator đã ghi commit vào __consumer_offsets và xác nhận. Một thành viên mới hoặc vừa khởi động lại của group sẽ bắt đầu sau tin nhắn này, nên group sẽ không nhận lại nó.</translation>
    </message>
    <message>
        <source>Journey %1: fetched again (a restart, a rebalance or a seek)</source>
        <translation>Hành trình %1: được lấy về lần nữa (khởi động lại, rebalance hoặc seek)</translation>
    </message>
    <message>
        <source>Journey 1</source>
        <translation>Hành trình 1</translation>
    </message>
    <message>
        <source>partition %1, offset %2, %3</source>
        <translation>partition %1, offset %2, %3</translation>
    </message>
    <message>
        <source>committed offset %1</source>
        <translation>committed offset %1</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>−%1 ms</source>
        <translation>−%1 ms</translation>
    </message>
    <message>
        <source>not acked</source>
        <translation>chưa ack</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>không đo thời gian</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>chưa tới</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>không thể</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>This delivery ended before a commit covered it: the same offset was fetched again, below.</source>
        <translation>Lần giao này đã kết thúc trước khi có commit bao gồm nó: cùng offset đó đã được lấy về lần nữa, xem bên dưới.</translation>
    </message>
    <message>
        <source>Click a row of the message table to follow its message from the produce call to the committed offset.</source>
        <translation>Bấm vào một dòng của bảng tin nhắn để theo dõi tin nhắn đó từ lệnh gửi đến committed offset.</translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 in &quot;%3&quot;</source>
        <translation>Offset %1 của partition %2 trong &quot;%3&quot;</translation>
    </message>
    <message>
        <source>No journey is kept for this message: this window remembers the last %L1 offsets it sent or fetched, since it connected.</source>
        <translation>Không có hành trình nào được lưu cho tin nhắn này: cửa sổ này chỉ nhớ %L1 offset gần nhất mà nó đã gửi hoặc lấy về, kể từ khi kết nối.</translation>
    </message>
    <message>
        <source>Fetched by member %1</source>
        <translation>Được member %1 fetch</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a message: Next asked the consumer for %n more message(s); it fetches as soon as there is one on the broker.</source>
        <translation>
            <numerusform>Đang chờ tin nhắn: Kế tiếp đã yêu cầu consumer lấy thêm %n tin nhắn; nó fetch ngay khi broker có tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for you: press Next to fetch one message.</source>
        <translation>Đang chờ bạn: bấm Kế tiếp để fetch một tin nhắn.</translation>
    </message>
    <message>
        <source>Done: the broker confirmed the commit. Press Next to fetch the next message.</source>
        <translation>Xong: broker đã xác nhận commit. Bấm Kế tiếp để fetch tin nhắn tiếp theo.</translation>
    </message>
    <message>
        <source>Waiting for the broker to confirm the commit.</source>
        <translation>Đang chờ broker xác nhận commit.</translation>
    </message>
    <message>
        <source>Acked. The commit waits until every earlier message of partition %1 is acked (or a commit on its way is answered). Press Next for the next message.</source>
        <translation>Đã ack. Commit phải chờ đến khi mọi tin nhắn trước đó của partition %1 được ack (hoặc một commit đang gửi được trả lời). Bấm Kế tiếp để lấy tin nhắn tiếp theo.</translation>
    </message>
    <message>
        <source>This message cannot be acked (see Acked below). Press Next to fetch the next message.</source>
        <translation>Không ack được tin nhắn này (xem bước Đã ack bên dưới). Bấm Kế tiếp để fetch tin nhắn tiếp theo.</translation>
    </message>
    <message>
        <source>Waiting for your Ack: select the row and press Ack (Space). Or press Next to fetch the next message first.</source>
        <translation>Đang chờ bạn Ack: chọn dòng rồi bấm Ack (phím cách). Hoặc bấm Kế tiếp để fetch tin nhắn tiếp theo trước.</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>Type a JSON path, such as $.order.id.</source>
        <translation>Nhập một đường dẫn JSON, ví dụ $.order.id.</translation>
    </message>
    <message>
        <source>The path is longer than %1 characters.</source>
        <translation>Đường dẫn dài hơn %1 ký tự.</translation>
    </message>
    <message>
        <source>A JSON path starts with $, as in $.order.id or $.items[0].sku.</source>
        <translation>Đường dẫn JSON bắt đầu bằng $, như $.order.id hoặc $.items[0].sku.</translation>
    </message>
    <message>
        <source>A name is missing after the dot at character %1 (for names with spaces or dots, write [&apos;the name&apos;]).</source>
        <translation>Thiếu tên sau dấu chấm tại ký tự %1 (với tên có khoảng trắng hoặc dấu chấm, hãy viết [&apos;tên&apos;]).</translation>
    </message>
    <message>
        <source>The name that starts at character %1 has no closing quote.</source>
        <translation>Tên bắt đầu tại ký tự %1 thiếu dấu nháy đóng.</translation>
    </message>
    <message>
        <source>A ] is missing at character %1.</source>
        <translation>Thiếu dấu ] tại ký tự %1.</translation>
    </message>
    <message>
        <source>Inside [ ] at character %1, write an array index (0, 1, …) or a quoted name (&apos;name&apos;).</source>
        <translation>Trong [ ] tại ký tự %1, hãy viết chỉ số mảng (0, 1, …) hoặc một tên trong dấu nháy (&apos;tên&apos;).</translation>
    </message>
    <message>
        <source>The array index at character %1 is too large.</source>
        <translation>Chỉ số mảng tại ký tự %1 quá lớn.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at character %2: after $ come .name, [&apos;name&apos;] or [index].</source>
        <translation>Gặp &quot;%1&quot; không mong đợi tại ký tự %2: sau $ phải là .tên, [&apos;tên&apos;] hoặc [chỉ số].</translation>
    </message>
</context>
<context>
    <name>JsonSchemaCodec</name>
    <message>
        <source>The schema is not JSON: %1 at %2.</source>
        <translation>Schema không phải JSON: %1 tại %2.</translation>
    </message>
    <message>
        <source>The referenced schema &quot;%1&quot; is not JSON: %2 at %3.</source>
        <translation>Schema được tham chiếu &quot;%1&quot; không phải JSON: %2 tại %3.</translation>
    </message>
    <message>
        <source>The schema is not a JSON Schema: it must be an object (or true or false).</source>
        <translation>Schema không phải JSON Schema: nó phải là một object (hoặc true hay false).</translation>
    </message>
    <message>
        <source>The bytes are not JSON: %1 at byte %2.</source>
        <translation>Các byte không phải JSON: %1 tại byte %2.</translation>
    </message>
    <message>
        <source>The text is not JSON: %1 at %2.</source>
        <translation>Văn bản không phải JSON: %1 tại %2.</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels; TopicDesk checks no deeper.</source>
        <translation>%1: lồng sâu hơn %2 cấp; TopicDesk không kiểm tra sâu hơn.</translation>
    </message>
    <message>
        <source>%1: is not allowed here (the schema says false).</source>
        <translation>%1: không được phép ở đây (schema ghi false).</translation>
    </message>
    <message>
        <source>%1: the schema&apos;s $ref &quot;%2&quot; leads nowhere.</source>
        <translation>%1: $ref &quot;%2&quot; của schema không trỏ tới đâu cả.</translation>
    </message>
    <message>
        <source>%1: must be %2, found %3.</source>
        <translation>%1: phải là %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>%1: must be one of %2, found %3.</source>
        <translation>%1: phải là một trong %2, nhưng gặp %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: must be at least %n character(s) long, found %2.</source>
        <translation>
            <numerusform>%1: phải dài ít nhất %n ký tự, nhưng gặp %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: must be at most %n character(s) long, found %2.</source>
        <translation>
            <numerusform>%1: phải dài nhiều nhất %n ký tự, nhưng gặp %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: must match the pattern %2, found %3.</source>
        <translation>%1: phải khớp mẫu %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: must be more than %2, found %3.</source>
        <translation>%1: phải lớn hơn %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: must be at least %2, found %3.</source>
        <translation>%1: phải ít nhất là %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: must be less than %2, found %3.</source>
        <translation>%1: phải nhỏ hơn %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: must be at most %2, found %3.</source>
        <translation>%1: phải nhiều nhất là %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: must be a multiple of %2, found %3.</source>
        <translation>%1: phải là bội số của %2, nhưng gặp %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: must have at least %n item(s), found %2.</source>
        <translation>
            <numerusform>%1: phải có ít nhất %n phần tử, nhưng có %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: must have at most %n item(s), found %2.</source>
        <translation>
            <numerusform>%1: phải có nhiều nhất %n phần tử, nhưng có %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: items %2 and %3 are the same, but must all differ.</source>
        <translation>%1: phần tử %2 và %3 giống nhau, nhưng các phần tử phải khác nhau.</translation>
    </message>
    <message>
        <source>%1: must contain an item that fits the schema&apos;s &quot;contains&quot;.</source>
        <translation>%1: phải chứa một phần tử khớp với &quot;contains&quot; của schema.</translation>
    </message>
    <message>
        <source>%1: must have at least %2 properties, found %3.</source>
        <translation>%1: phải có ít nhất %2 thuộc tính, nhưng có %3.</translation>
    </message>
    <message>
        <source>%1: must have at most %2 properties, found %3.</source>
        <translation>%1: phải có nhiều nhất %2 thuộc tính, nhưng có %3.</translation>
    </message>
    <message>
        <source>%1: lacks the required property &quot;%2&quot;.</source>
        <translation>%1: thiếu thuộc tính bắt buộc &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the property name &quot;%2&quot; is not allowed: %3</source>
        <translation>%1: tên thuộc tính &quot;%2&quot; không được phép: %3</translation>
    </message>
    <message>
        <source>%1: the property &quot;%2&quot; is not allowed here.</source>
        <translation>%1: thuộc tính &quot;%2&quot; không được phép ở đây.</translation>
    </message>
    <message>
        <source>%1: the property &quot;%2&quot; is not allowed here (the schema has: %3).</source>
        <translation>%1: thuộc tính &quot;%2&quot; không được phép ở đây (schema có: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: fits none of the schema&apos;s %n choice(s) (anyOf); the first says: %2</source>
        <translation>
            <numerusform>%1: không khớp lựa chọn nào trong %n lựa chọn của schema (anyOf); lựa chọn đầu tiên báo: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: fits none of the schema&apos;s %n choice(s) (oneOf); the first says: %2</source>
        <translation>
            <numerusform>%1: không khớp lựa chọn nào trong %n lựa chọn của schema (oneOf); lựa chọn đầu tiên báo: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits choices %2 of the schema&apos;s oneOf, but must fit exactly one.</source>
        <translation>%1: khớp các lựa chọn %2 trong oneOf của schema, nhưng phải khớp đúng một.</translation>
    </message>
    <message>
        <source>%1: must not fit the schema under &quot;not&quot;.</source>
        <translation>%1: không được khớp schema trong &quot;not&quot;.</translation>
    </message>
    <message>
        <source>In the referenced schema &quot;%1&quot;: %2</source>
        <translation>Trong schema được tham chiếu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The schema nests deeper than %1 levels.</source>
        <translation>Schema lồng sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <source>The pattern %1 is not a regular expression: %2.</source>
        <translation>Mẫu %1 không phải biểu thức chính quy: %2.</translation>
    </message>
    <message>
        <source>The schema&apos;s $ref &quot;%1&quot; leads nowhere: no referenced schema has that name, or its #/pointer names nothing.</source>
        <translation>$ref &quot;%1&quot; của schema không trỏ tới đâu cả: không schema được tham chiếu nào có tên đó, hoặc #/pointer của nó không chỉ tới gì.</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>there is no JSON value</source>
        <translation>không có giá trị JSON nào</translation>
    </message>
    <message>
        <source>more than one JSON value (separated by commas)</source>
        <translation>nhiều hơn một giá trị JSON (phân cách bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
</context>
<context>
    <name>KafkaConf</name>
    <message>
        <source>The setting %1 = &quot;%2&quot; was refused: %3</source>
        <translation>Thiết lập %1 = &quot;%2&quot; bị từ chối: %3</translation>
    </message>
</context>
<context>
    <name>KafkaErrors</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on this cluster.</source>
        <translation>Topic &quot;%1&quot; không tồn tại trên cluster này.</translation>
    </message>
    <message>
        <source>The topic does not exist on this cluster.</source>
        <translation>Topic không tồn tại trên cluster này.</translation>
    </message>
    <message>
        <source>Partition %1 does not exist in topic &quot;%2&quot;.</source>
        <translation>Partition %1 không tồn tại trong topic &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The message is larger than the broker or the client accepts (message.max.bytes).</source>
        <translation>Tin nhắn lớn hơn kích thước mà broker hoặc client chấp nhận (message.max.bytes).</translation>
    </message>
    <message>
        <source>No broker can be reached: check the address and that Kafka is running (%1).</source>
        <translation>Không kết nối được tới broker nào: hãy kiểm tra địa chỉ và xem Kafka có đang chạy không (%1).</translation>
    </message>
    <message>
        <source>The broker&apos;s host name could not be resolved (%1).</source>
        <translation>Không phân giải được tên máy chủ của broker (%1).</translation>
    </message>
    <message>
        <source>The cluster did not answer in time (%1).</source>
        <translation>Cluster không phản hồi kịp thời (%1).</translation>
    </message>
    <message>
        <source>Authentication failed: check the user name, password and mechanism.</source>
        <translation>Xác thực thất bại: hãy kiểm tra tên người dùng, mật khẩu và cơ chế xác thực.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic name.</source>
        <translation>&quot;%1&quot; không phải là tên topic hợp lệ.</translation>
    </message>
    <message>
        <source>Not authorized to access topic &quot;%1&quot;.</source>
        <translation>Không có quyền truy cập topic &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not authorized to use this consumer group.</source>
        <translation>Không có quyền dùng consumer group này.</translation>
    </message>
    <message>
        <source>The send queue is full (queue.buffering.max.messages or queue.buffering.max.kbytes): the cluster takes messages more slowly than they come, or this one is larger than the whole queue may hold.</source>
        <translation>Hàng đợi gửi đã đầy (queue.buffering.max.messages hoặc queue.buffering.max.kbytes): cluster nhận tin nhắn chậm hơn tốc độ chúng đến, hoặc tin nhắn này lớn hơn toàn bộ sức chứa của hàng đợi.</translation>
    </message>
    <message>
        <source>Could not reach %1: check the address and that Kafka is running (%2).</source>
        <translation>Không kết nối được tới %1: hãy kiểm tra địa chỉ và Kafka có đang chạy không (%2).</translation>
    </message>
    <message>
        <source>Authentication failed at %1: check the user name, password and mechanism (%2).</source>
        <translation>Xác thực thất bại tại %1: hãy kiểm tra tên người dùng, mật khẩu và cơ chế (%2).</translation>
    </message>
    <message>
        <source>The broker at %1 does not speak SASL on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation>Broker tại %1 không dùng SASL trên cổng này: hãy kiểm tra giao thức bảo mật (đã dùng %2; cổng này cần %3).</translation>
    </message>
    <message>
        <source>The broker at %1 does not offer the SASL mechanism %2: it offers %3.</source>
        <translation>Broker tại %1 không hỗ trợ cơ chế SASL %2: nó hỗ trợ %3.</translation>
    </message>
    <message>
        <source>The broker at %1 expects SASL authentication on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation>Broker tại %1 yêu cầu xác thực SASL trên cổng này: hãy kiểm tra giao thức bảo mật (đã dùng %2; cổng này cần %3).</translation>
    </message>
    <message>
        <source>The broker at %1 does not speak TLS on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation>Broker tại %1 không dùng TLS trên cổng này: hãy kiểm tra giao thức bảo mật (đã dùng %2; cổng này cần %3).</translation>
    </message>
    <message>
        <source>PLAINTEXT or SASL_PLAINTEXT</source>
        <translation>PLAINTEXT hoặc SASL_PLAINTEXT</translation>
    </message>
    <message>
        <source>The broker at %1 expects TLS on this port: check the security protocol (%2 was used; this port expects %3).</source>
        <translation>Broker tại %1 yêu cầu TLS trên cổng này: hãy kiểm tra giao thức bảo mật (đã dùng %2; cổng này cần %3).</translation>
    </message>
    <message>
        <source>SSL or SASL_SSL</source>
        <translation>SSL hoặc SASL_SSL</translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not signed by a CA this computer trusts: give the CA file of your cluster.</source>
        <translation>Chứng chỉ của broker tại %1 không được ký bởi CA mà máy này tin cậy: hãy chỉ định tệp CA của cluster.</translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not signed by the CA you gave (%2): check the CA file.</source>
        <translation>Chứng chỉ của broker tại %1 không được ký bởi CA bạn đã chỉ định (%2): hãy kiểm tra tệp CA.</translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 is not made out to the name &quot;%2&quot;: connect with a host name or address the certificate lists.</source>
        <translation>Chứng chỉ của broker tại %1 không cấp cho tên &quot;%2&quot;: hãy kết nối bằng tên máy hoặc địa chỉ có trong chứng chỉ.</translation>
    </message>
    <message>
        <source>The certificate of the broker at %1 has expired or is not valid yet: check the broker&apos;s certificate and this computer&apos;s clock.</source>
        <translation>Chứng chỉ của broker tại %1 đã hết hạn hoặc chưa có hiệu lực: hãy kiểm tra chứng chỉ của broker và đồng hồ của máy này.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2).</source>
        <translation>Kết nối TLS tới %1 thất bại (%2).</translation>
    </message>
    <message>
        <source>The broker at %1 requires a client certificate (mutual TLS): give your certificate and its key.</source>
        <translation>Broker tại %1 yêu cầu chứng chỉ client (TLS hai chiều): hãy chỉ định chứng chỉ và khóa của bạn.</translation>
    </message>
    <message>
        <source>The broker at %1 refused your client certificate (%2): check that it is signed by a CA the broker trusts.</source>
        <translation>Broker tại %1 từ chối chứng chỉ client của bạn (%2): hãy kiểm tra nó được ký bởi CA mà broker tin cậy.</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved: check the address (%2).</source>
        <translation>Không phân giải được tên máy của %1: hãy kiểm tra địa chỉ (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Kafka broker: a web server (HTTP) answered there. Check the address and port of your Kafka cluster.</source>
        <translation>%1 không phải là broker Kafka: một web server (HTTP) đã trả lời ở đó. Hãy kiểm tra địa chỉ và cổng của cluster Kafka.</translation>
    </message>
    <message>
        <source>%1 is not a Kafka broker: the server there answered in another protocol. Check the address and port of your Kafka cluster (%2).</source>
        <translation>%1 không phải là broker Kafka: máy chủ ở đó trả lời bằng giao thức khác. Hãy kiểm tra địa chỉ và cổng của cluster Kafka (%2).</translation>
    </message>
    <message>
        <source>Delivery unknown: the message was sent, but the broker stopped answering before it confirmed it. It may be in the topic all the same: look before sending it again, or it may be there twice.</source>
        <translation>Không rõ đã giao chưa: tin nhắn đã được gửi đi, nhưng broker ngừng trả lời trước khi xác nhận. Tin nhắn vẫn có thể nằm trong topic: hãy kiểm tra trước khi gửi lại, nếu không nó có thể có mặt hai lần.</translation>
    </message>
    <message>
        <source>Delivery unknown: no broker confirmed the message within the message timeout (is the cluster reachable?). A broker that went away while writing it may have stored it all the same: look before sending it again.</source>
        <translation>Không rõ đã giao chưa: không broker nào xác nhận tin nhắn trong thời gian message timeout (có kết nối được tới cluster không?). Một broker đã ngừng hoạt động khi đang ghi tin nhắn có thể vẫn đã lưu nó: hãy kiểm tra trước khi gửi lại.</translation>
    </message>
    <message>
        <source>Not sent: the message was dropped from the send queue before it went out.</source>
        <translation>Chưa gửi: tin nhắn đã bị bỏ khỏi hàng đợi gửi trước khi được gửi đi.</translation>
    </message>
    <message>
        <source>Delivery unknown: TopicDesk stopped waiting for the broker&apos;s answer. The message may be in the topic all the same.</source>
        <translation>Không rõ đã giao chưa: TopicDesk đã ngừng chờ câu trả lời của broker. Tin nhắn vẫn có thể nằm trong topic.</translation>
    </message>
    <message>
        <source>Lost the connection to a broker (%1). TopicDesk tries it again and goes on through the other brokers, if there are any.</source>
        <translation>Mất kết nối tới một broker (%1). TopicDesk sẽ thử kết nối lại và tiếp tục làm việc qua các broker khác, nếu có.</translation>
    </message>
    <message>
        <source>Authentication failed at %1: check the user name, password and mechanism (%2). If they are right and the cluster runs Kafka 4 or later: this TopicDesk uses librdkafka %3, which cannot log in with %4 to Kafka 4 (that needs librdkafka 2.6.1 or later). Use PLAIN over SASL_SSL if the cluster offers it, or a TopicDesk built with librdkafka 2.6.1 or later (Debian 13 has 2.8.0).</source>
        <translation>Xác thực thất bại tại %1: hãy kiểm tra tên người dùng, mật khẩu và cơ chế (%2). Nếu chúng đúng và cluster chạy Kafka 4 trở lên: TopicDesk này dùng librdkafka %3, bản không đăng nhập được bằng %4 vào Kafka 4 (cần librdkafka 2.6.1 trở lên). Hãy dùng PLAIN qua SASL_SSL nếu cluster hỗ trợ, hoặc một TopicDesk được build với librdkafka 2.6.1 trở lên (Debian 13 có 2.8.0).</translation>
    </message>
</context>
<context>
    <name>KafkaSession</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Đã ngắt kết nối.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 (%n broker(s)).</source>
        <translation>
            <numerusform>Đã kết nối tới %1 (%n broker).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: connect to a cluster or the sandbox first.</source>
        <translation>Chưa kết nối: hãy kết nối tới một cluster hoặc Sandbox trước.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>Not connected: connect first, then add a consumer to the group.</source>
        <translation>Chưa kết nối: hãy kết nối trước, rồi thêm consumer vào group.</translation>
    </message>
    <message>
        <source>The window&apos;s consumer reads without a consumer group (browsing or finding a key): choose Group in the read options first. Only the members of a group share partitions.</source>
        <translation>Consumer của cửa sổ đang đọc mà không dùng consumer group (đang duyệt hoặc tìm theo key): hãy chọn Group trong các tùy chọn đọc trước. Chỉ các thành viên của một group mới chia nhau partition.</translation>
    </message>
    <message>
        <source>No topic is read: choose a topic first. A new member reads the same topic as the window&apos;s consumer.</source>
        <translation>Chưa đọc topic nào: hãy chọn một topic trước. Thành viên mới đọc cùng topic với consumer của cửa sổ.</translation>
    </message>
    <message>
        <source>The window&apos;s consumer is stopped: start it first. A new member joins its group.</source>
        <translation>Consumer của cửa sổ đang dừng: hãy khởi động nó trước. Thành viên mới sẽ tham gia group của nó.</translation>
    </message>
    <message>
        <source>This window runs at most %1 consumers of the group, its own and %2 more: a topic for teaching has two or three partitions, so another member would get none.</source>
        <translation>Cửa sổ này chạy tối đa %1 consumer của group, consumer riêng của nó và thêm %2 consumer: topic dùng để học có hai hoặc ba partition, nên thêm một thành viên nữa sẽ không nhận được partition nào.</translation>
    </message>
    <message>
        <source>Sandbox (%1, …)</source>
        <translation>Sandbox (%1, …)</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot;: each of its partitions has a replica on all %2 sandbox brokers (the sandbox has no other replication factor).</source>
        <translation>Topic &quot;%1&quot;: mỗi partition của nó có một replica trên cả %2 broker của Sandbox (Sandbox không có replication factor nào khác).</translation>
    </message>
    <message>
        <source>Broker %1 cannot be stopped: this window is not connected to the sandbox.</source>
        <translation>Không dừng được broker %1: cửa sổ này không kết nối tới Sandbox.</translation>
    </message>
    <message>
        <source>Sandbox broker %1 stopped: its connections are closed and it takes no new ones. Until it runs again, clients that try it report a broker they cannot reach; the running brokers serve every partition.</source>
        <translation>Đã dừng broker %1 của Sandbox: các kết nối của nó bị đóng và nó không nhận kết nối mới. Cho đến khi nó chạy lại, client nào thử kết nối tới nó sẽ báo không kết nối được tới broker; các broker đang chạy phục vụ mọi partition.</translation>
    </message>
    <message>
        <source>Partition %1 of %2 has a new leader, broker %3 (broker %4 led it). Clients learn this from fresh metadata and send there.</source>
        <translation>Partition %1 của %2 có leader mới là broker %3 (trước đó broker %4 là leader). Client biết điều này qua metadata mới và gửi tới đó.</translation>
    </message>
    <message>
        <source>Broker %1 cannot be started: this window is not connected to the sandbox.</source>
        <translation>Không khởi động được broker %1: cửa sổ này không kết nối tới Sandbox.</translation>
    </message>
    <message>
        <source>Sandbox broker %1 runs again, on the same port. It leads no partition yet: leadership stays where it moved (Kafka moves it back later, with its preferred-leader election).</source>
        <translation>Broker %1 của Sandbox đã chạy lại, trên cùng cổng. Nó chưa làm leader partition nào: quyền leader vẫn ở nơi đã chuyển tới (sau đó Kafka sẽ chuyển lại, bằng cơ chế preferred-leader election).</translation>
    </message>
</context>
<context>
    <name>LibraryFeatures</name>
    <message>
        <source>needs librdkafka %1.%2 or later; this build uses %3</source>
        <translation>cần librdkafka %1.%2 trở lên; bản build này dùng %3</translation>
    </message>
</context>
<context>
    <name>LocalSchemas</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is too large for a schema (%2 MB at most).</source>
        <translation>%1 quá lớn đối với một schema (tối đa %2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 không phải là tệp văn bản.</translation>
    </message>
    <message>
        <source>It imports &quot;%1&quot;, which is not in its folder (%2).</source>
        <translation>Nó import &quot;%1&quot;, tệp này không có trong thư mục của nó (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a local schema must be an .avsc, a .proto or a descriptor set (.desc, .pb or .binpb) file.</source>
        <translation>%1: schema cục bộ phải là tệp .avsc, .proto hoặc descriptor set (.desc, .pb hoặc .binpb).</translation>
    </message>
    <message>
        <source>%1: a message type (%2) is only for Protobuf schemas.</source>
        <translation>%1: kiểu message (%2) chỉ dùng cho schema Protobuf.</translation>
    </message>
    <message>
        <source>%1: the topic pattern &quot;%2&quot; is not valid (* and ? are wildcards; [ must be closed by ]).</source>
        <translation>%1: mẫu topic &quot;%2&quot; không hợp lệ (* và ? là ký tự đại diện; [ phải được đóng bằng ]).</translation>
    </message>
    <message>
        <source>%1: the topic pattern is empty.</source>
        <translation>%1: mẫu topic đang trống.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>What happened, newest at the bottom: connections, deliveries, assignments, commits and errors.</source>
        <translation>Những gì đã diễn ra, mới nhất ở dưới cùng: kết nối, lần gửi, việc giao partition, commit và lỗi.</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Xóa mọi dòng trong nhật ký</translation>
    </message>
    <message>
        <source>Cl&amp;ear log</source>
        <translation>Xóa nhật ký (&amp;E)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TopicDesk</source>
        <translation>TopicDesk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Các topic</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Soạn tin nhắn</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Partition offsets</source>
        <translation>Offset của các partition</translation>
    </message>
    <message>
        <source>Stop the bulk send?</source>
        <translation>Dừng gửi hàng loạt?</translation>
    </message>
    <message>
        <source>A bulk send is running: %1 of %2 messages delivered so far.</source>
        <translation>Đang gửi hàng loạt: đã giao %1 trên %2 tin nhắn.</translation>
    </message>
    <message>
        <source>Stopping drops the messages not sent yet; those already on their way are still counted. You will see how many were delivered.</source>
        <translation>Dừng lại sẽ bỏ các tin nhắn chưa gửi; những tin nhắn đang trên đường vẫn được tính. Bạn sẽ thấy có bao nhiêu tin nhắn đã được giao.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Dừng và thoát</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Tiếp tục gửi</translation>
    </message>
    <message>
        <source>%1 bulk deliveries</source>
        <translation>%1 lượt gửi hàng loạt</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries</source>
        <translation>
            <numerusform>%n lượt giao</numerusform>
        </translation>
    </message>
    <message>
        <source>the consumer to commit and close</source>
        <translation>consumer commit và đóng</translation>
    </message>
    <message>
        <source>Quitting: waiting for %1…</source>
        <translation>Đang thoát: chờ %1…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Bulk send stopped</source>
        <translation>Đã dừng gửi hàng loạt</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Hiện hoặc ẩn bảng %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Commit what was acknowledged, wait briefly for sends in flight, and quit</source>
        <translation>Commit những gì đã xác nhận (ack), chờ một chút cho các tin nhắn đang gửi, rồi thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Đặt &amp;lại bố cục</translation>
    </message>
    <message>
        <source>Show every panel in its first place and size</source>
        <translation>Đưa mọi bảng về vị trí và kích thước ban đầu</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>T&amp;opic</translation>
    </message>
    <message>
        <source>C&amp;onsumer</source>
        <translation>&amp;Consumer</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Tin &amp;nhắn</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About TopicDesk</source>
        <translation>&amp;Giới thiệu TopicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>About TopicDesk</source>
        <translation>Giới thiệu TopicDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;TopicDesk&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;TopicDesk&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.</source>
        <translation>Gửi, theo dõi và xác nhận (ack) tin nhắn Apache Kafka.</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Chi tiết tin nhắn</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Hành trình</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Thuật ngữ</translation>
    </message>
    <message>
        <source>The &amp;tutorial and today&apos;s Kafka</source>
        <translation>&amp;Bài hướng dẫn và Kafka ngày nay</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <comment>View menu: the panel</comment>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <comment>View menu: the panel</comment>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>Co&amp;mpose</source>
        <comment>View menu: the panel</comment>
        <translation>&amp;Soạn tin</translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <comment>View menu: the panel</comment>
        <translation>Tin &amp;nhắn</translation>
    </message>
    <message>
        <source>Message &amp;details</source>
        <comment>View menu: the panel</comment>
        <translation>&amp;Chi tiết tin nhắn</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <comment>View menu: the panel</comment>
        <translation>Hành t&amp;rình</translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <comment>View menu: the panel</comment>
        <translation>Consumer &amp;group</translation>
    </message>
    <message>
        <source>P&amp;artition offsets</source>
        <comment>View menu: the panel</comment>
        <translation>&amp;Offset của partition</translation>
    </message>
    <message>
        <source>L&amp;og</source>
        <comment>View menu: the panel</comment>
        <translation>Nhật ký (&amp;Y)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Ngôn ngữ (&amp;A)</translation>
    </message>
    <message>
        <source>The &amp;system&apos;s language</source>
        <translation>Ngôn ngữ của &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>Đây là gì? (&amp;W)</translation>
    </message>
</context>
<context>
    <name>MessageCommand</name>
    <message>
        <source>The key or value is longer than a command line argument may be (%1). Use Copy as JSON instead.</source>
        <translation>Key hoặc giá trị dài hơn mức cho phép của một tham số dòng lệnh (%1). Hãy dùng Sao chép dạng JSON thay thế.</translation>
    </message>
    <message>
        <source>The value holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation>Giá trị chứa byte NUL hoặc các byte không phải UTF-8, dòng lệnh không truyền được. Hãy dùng Sao chép dạng JSON thay thế.</translation>
    </message>
    <message>
        <source>The key holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation>Key chứa byte NUL hoặc các byte không phải UTF-8, dòng lệnh không truyền được. Hãy dùng Sao chép dạng JSON thay thế.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has a null value, which a command line cannot send.</source>
        <translation>Header &quot;%1&quot; có giá trị null, dòng lệnh không gửi được.</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(không phải văn bản)</translation>
    </message>
    <message>
        <source>A header is longer than a command line argument may be (%1).</source>
        <translation>Một header dài hơn mức cho phép của một tham số dòng lệnh (%1).</translation>
    </message>
    <message>
        <source>A header holds a NUL byte or bytes that are not UTF-8, which a command line cannot carry. Use Copy as JSON instead.</source>
        <translation>Một header chứa byte NUL hoặc các byte không phải UTF-8, dòng lệnh không truyền được. Hãy dùng Sao chép dạng JSON thay thế.</translation>
    </message>
    <message>
        <source>A header name is empty or holds &quot;=&quot;, which NAME=VALUE cannot say.</source>
        <translation>Tên header trống hoặc chứa &quot;=&quot;, không thể viết ở dạng NAME=VALUE.</translation>
    </message>
    <message>
        <source>The value holds a line break: kcat -P reads one message per line.</source>
        <translation>Giá trị có chứa dấu xuống dòng: kcat -P đọc mỗi dòng là một tin nhắn.</translation>
    </message>
    <message>
        <source>The key is empty, which kcat sends as no key at all.</source>
        <translation>Key đang rỗng, và kcat sẽ gửi nó như là không có key.</translation>
    </message>
    <message>
        <source>The value is null (a tombstone, on a compacted topic), which a command line cannot send.</source>
        <translation>Giá trị là null (tombstone, trên topic compacted), dòng lệnh không gửi được giá trị này.</translation>
    </message>
</context>
<context>
    <name>MessageDecoder</name>
    <message>
        <source>Schema id %1: %2</source>
        <translation>Schema id %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MessageExporter</name>
    <message>
        <source>Cannot export to %1: the folder does not exist.</source>
        <translation>Không xuất được ra %1: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot export to %1: you may not write in that folder (%2).</source>
        <translation>Không xuất được ra %1: bạn không có quyền ghi vào thư mục đó (%2).</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Không xuất được ra %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed, perhaps the disk is full: %2. Nothing was exported.</source>
        <translation>Ghi %1 thất bại, có thể ổ đĩa đã đầy: %2. Không có gì được xuất.</translation>
    </message>
</context>
<context>
    <name>MessageFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object: %2</source>
        <translation>Dòng %1 không phải là một đối tượng JSON: %2</translation>
    </message>
    <message>
        <source>it is a JSON array, string or number</source>
        <translation>đây là một mảng, chuỗi hoặc số JSON</translation>
    </message>
    <message>
        <source>The file has no messages in it: nothing to send.</source>
        <translation>Tệp không có tin nhắn nào: không có gì để gửi.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageJson</name>
    <message>
        <source>&quot;%1&quot; must be &quot;base64&quot; when given.</source>
        <translation>&quot;%1&quot; nếu có thì phải là &quot;base64&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a Base64 string, as &quot;%2&quot; says.</source>
        <translation>&quot;%1&quot; phải là một chuỗi Base64, như &quot;%2&quot; cho biết.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid Base64.</source>
        <translation>&quot;%1&quot; không phải là Base64 hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation>&quot;%1&quot; phải là chuỗi hoặc null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more (or -1 for none). %2 is the largest.</source>
        <translation>&quot;%1&quot; phải là số nguyên từ 0 trở lên (hoặc -1 nếu không có). Lớn nhất là %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, 0 or more. %2 is the largest.</source>
        <translation>&quot;%1&quot; phải là số nguyên từ 0 trở lên. Lớn nhất là %2.</translation>
    </message>
    <message>
        <source>In a header: %1</source>
        <translation>Trong một header: %1</translation>
    </message>
    <message>
        <source>Each header needs a &quot;name&quot;.</source>
        <translation>Mỗi header cần có &quot;name&quot;.</translation>
    </message>
    <message>
        <source>In header &quot;%1&quot;: %2</source>
        <translation>Trong header &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Not a JSON object, but a JSON array, string or number.</source>
        <translation>Không phải đối tượng JSON, mà là mảng, chuỗi hoặc số JSON.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1 at character %2.</source>
        <translation>Không phải đối tượng JSON: %1 tại ký tự %2.</translation>
    </message>
    <message>
        <source>&quot;topic&quot; must be a string.</source>
        <translation>&quot;topic&quot; phải là một chuỗi.</translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be &quot;CreateTime&quot; or &quot;LogAppendTime&quot;.</source>
        <translation>&quot;timestampType&quot; phải là &quot;CreateTime&quot; hoặc &quot;LogAppendTime&quot;.</translation>
    </message>
    <message>
        <source>Each header must be a {&quot;name&quot;: ..., &quot;value&quot;: ...} object or a [&quot;name&quot;, &quot;value&quot;] pair.</source>
        <translation>Mỗi header phải là một đối tượng {&quot;name&quot;: ..., &quot;value&quot;: ...} hoặc một cặp [&quot;name&quot;, &quot;value&quot;].</translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an object or a list of pairs. Write [{&quot;name&quot;: &quot;n&quot;, &quot;value&quot;: &quot;v&quot;}, ...] to keep their order.</source>
        <translation>&quot;headers&quot; phải là một đối tượng hoặc một danh sách các cặp. Hãy viết [{&quot;name&quot;: &quot;n&quot;, &quot;value&quot;: &quot;v&quot;}, ...] để giữ thứ tự.</translation>
    </message>
</context>
<context>
    <name>MessageReplay</name>
    <message>
        <source>Send selected to &amp;topic…</source>
        <translation>Gửi các tin đã chọn tới t&amp;opic…</translation>
    </message>
    <message>
        <source>&amp;Export messages…</source>
        <translation>&amp;Xuất tin nhắn…</translation>
    </message>
    <message>
        <source>Put the selected message&apos;s key, value and headers into the compose box, to send it again to a topic of your choice</source>
        <translation>Đưa key, giá trị và header của tin nhắn đang chọn vào ô soạn tin nhắn, để gửi lại tới topic bạn chọn</translation>
    </message>
    <message>
        <source>Send the selected messages again, in the table&apos;s order, to a topic (for example dead letters back to where they came from)</source>
        <translation>Gửi lại các tin nhắn đã chọn, theo thứ tự trong bảng, tới một topic (ví dụ đưa tin nhắn dead letter về lại nơi chúng xuất phát)</translation>
    </message>
    <message>
        <source>Write the selected, the shown or all the table&apos;s messages to a JSON Lines or CSV file</source>
        <translation>Ghi các tin nhắn đã chọn, đang hiện hoặc toàn bộ tin nhắn trong bảng ra tệp JSON Lines hoặc CSV</translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;: %2 of %3 delivered, %4 failed.</source>
        <translation>Đang gửi tới &quot;%1&quot;: đã giao %2 trên %3, %4 thất bại.</translation>
    </message>
    <message>
        <source>Messages are still being sent to &quot;%1&quot;: wait for that send to end.</source>
        <translation>Vẫn đang gửi tin nhắn tới &quot;%1&quot;: hãy chờ lần gửi đó kết thúc.</translation>
    </message>
    <message>
        <source>No messages are selected.</source>
        <translation>Chưa chọn tin nhắn nào.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) again to &quot;%1&quot;%2…</source>
        <translation>
            <numerusform>Đang gửi lại %n tin nhắn tới &quot;%1&quot;%2…</numerusform>
        </translation>
    </message>
    <message>
        <source>, each to its partition</source>
        <translation>, mỗi tin nhắn vào đúng partition của nó</translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation>Đang gửi tới &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Send selected to topic</source>
        <translation>Gửi các tin đã chọn tới topic</translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot; cancelled: %2 of %3 messages delivered, %4 failed, %5 not sent.</source>
        <translation>Đã hủy gửi tới &quot;%1&quot;: đã giao %2 trên %3 tin nhắn, %4 thất bại, %5 chưa được gửi.</translation>
    </message>
    <message>
        <source>Sent again to &quot;%1&quot;: %2 of %3 messages delivered, %4 failed.</source>
        <translation>Đã gửi lại tới &quot;%1&quot;: đã giao %2 trên %3 tin nhắn, %4 thất bại.</translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation>Lỗi đầu tiên: %1</translation>
    </message>
    <message>
        <source>Exporting %1 messages to %2…</source>
        <translation>Đang xuất %1 tin nhắn ra %2…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Xuất tin nhắn</translation>
    </message>
    <message>
        <source>Exported %1 messages to %2.</source>
        <translation>Đã xuất %1 tin nhắn ra %2.</translation>
    </message>
    <message>
        <source>Export to %1 cancelled: no file was written.</source>
        <translation>Đã hủy xuất ra %1: không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Send selected a&amp;gain…</source>
        <translation>Gửi lại tin đã &amp;chọn…</translation>
    </message>
    <message>
        <source>Taking %1 messages from the table…</source>
        <translation>Đang lấy %1 tin nhắn từ bảng…</translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot; cancelled: no message was sent.</source>
        <translation>Đã hủy gửi tới &quot;%1&quot;: không tin nhắn nào được gửi.</translation>
    </message>
    <message>
        <source>None of the selected messages is still in the table: nothing was sent.</source>
        <translation>Không tin nhắn nào đã chọn còn trong bảng: không có gì được gửi.</translation>
    </message>
    <message>
        <source>The messages could not be sent.</source>
        <translation>Không gửi được các tin nhắn.</translation>
    </message>
    <message>
        <source>%1 of the chosen messages had left the table before they could be taken (it was cleared, or it holds at most %2 messages and dropped the oldest); they were left out.</source>
        <translation>%1 tin nhắn đã chọn đã rời khỏi bảng trước khi kịp lấy (bảng đã bị xóa, hoặc bảng chỉ giữ tối đa %2 tin nhắn và đã bỏ các tin cũ nhất); chúng đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>None of the chosen messages is still in the table: nothing was exported to %1.</source>
        <translation>Không tin nhắn nào đã chọn còn trong bảng: không có gì được xuất ra %1.</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has no key.</source>
        <translation>Tin nhắn này không có key.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no timestamp</comment>
        <translation>không có</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Redelivered</source>
        <translation>Nhận lại</translation>
    </message>
    <message>
        <source>Acked</source>
        <translation>Đã ack</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Đã commit</translation>
    </message>
    <message>
        <source>Delivered to this consumer and not acknowledged yet. Ack it once you have processed it.</source>
        <translation>Consumer này đã nhận nhưng chưa xác nhận (ack). Hãy ack sau khi bạn xử lý xong.</translation>
    </message>
    <message>
        <source>Acknowledged; the commit is on its way to the broker.</source>
        <translation>Đã xác nhận (ack); yêu cầu commit đang được gửi tới broker.</translation>
    </message>
    <message>
        <source>Committed by the consumer itself (auto-commit), processed or not.</source>
        <translation>Consumer đã tự động commit (auto-commit), bất kể tin nhắn đã được xử lý hay chưa.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>Acknowledge: this message is processed.</source>
        <translation>Xác nhận (ack): tin nhắn này đã được xử lý.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation>Tin nhắn đã được ack.</translation>
    </message>
    <message>
        <source>Already committed.</source>
        <translation>Tin nhắn đã được commit.</translation>
    </message>
    <message>
        <source>Acked, commit failed, retrying</source>
        <translation>Đã ack, commit thất bại, đang thử lại</translation>
    </message>
    <message>
        <source>From the value&apos;s JSON: %1. Empty where the value is not JSON or has nothing there.</source>
        <translation>Từ JSON của giá trị: %1. Để trống nếu giá trị không phải JSON hoặc không có gì ở đó.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>committed without an ack: a commit skipped it</comment>
        <translation>Bị bỏ qua</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>a row whose partition a rebalance took away</comment>
        <translation>Bị thu hồi</translation>
    </message>
    <message>
        <source>Delivered again: this window received offset %1 of partition %2 before, but it was never committed (at-least-once delivery).</source>
        <translation>Nhận lại: cửa sổ này đã từng nhận offset %1 của partition %2, nhưng offset đó chưa bao giờ được commit (giao ít nhất một lần, at-least-once).</translation>
    </message>
    <message>
        <source>Acknowledged, but the broker refused the commit of offset %1 on partition %2: %3. It is sent again in %4 s; until a commit is confirmed, this message would be delivered again after a restart.</source>
        <translation>Đã ack, nhưng broker từ chối commit offset %1 trên partition %2: %3. Sẽ gửi lại commit sau %4 giây; cho đến khi có một commit được xác nhận, tin nhắn này sẽ được nhận lại nếu khởi động lại.</translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offset %1 of partition %2: the group&apos;s committed offset cannot pass a message that is not acknowledged.</source>
        <translation>Đã ack, đang chờ offset %1 của partition %2: committed offset của group không thể vượt qua một tin nhắn chưa được ack.</translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offsets %1..%2 of partition %3: the group&apos;s committed offset cannot pass a message that is not acknowledged.</source>
        <translation>Đã ack, đang chờ các offset %1..%2 của partition %3: committed offset của group không thể vượt qua một tin nhắn chưa được ack.</translation>
    </message>
    <message>
        <source>Committed: the broker confirmed the group&apos;s committed offset %1 on partition %2.</source>
        <translation>Đã commit: broker đã xác nhận committed offset %1 của group trên partition %2.</translation>
    </message>
    <message>
        <source>Skipped: committed without an ack. The commit of a later offset (committed offset %1) covered it. Nobody acknowledged it here, and the group will not read it again. This is how a plain Kafka commit skips messages nobody processed.</source>
        <translation>Bị bỏ qua: đã commit mà không có ack. Lần commit một offset phía sau (committed offset %1) đã bao gồm nó. Không ai ack nó ở đây, và group sẽ không đọc lại nó. Đây là cách một lần commit Kafka thông thường bỏ qua những tin nhắn chưa ai xử lý.</translation>
    </message>
    <message>
        <source>A rebalance took partition %1 from this consumer before this message was committed. It cannot be acked here. Whoever gets the partition next (another member, or this consumer again) resumes at the group&apos;s committed offset and so reads it again, unless the group had no committed offset there and starts with new messages only.</source>
        <translation>Một lần rebalance đã lấy partition %1 khỏi consumer này trước khi tin nhắn này được commit. Không thể ack nó ở đây. Consumer nhận partition tiếp theo (một thành viên khác, hoặc lại chính consumer này) sẽ đọc tiếp từ committed offset của group và vì vậy đọc lại nó, trừ khi group chưa có committed offset ở đó và chỉ bắt đầu với tin nhắn mới.</translation>
    </message>
    <message>
        <source>A null value. On a compacted topic it is a tombstone: compaction later removes this key&apos;s older messages.</source>
        <translation>Giá trị null. Trên topic compacted, nó là tombstone: về sau compaction sẽ xóa các tin nhắn cũ hơn của key này.</translation>
    </message>
    <message>
        <source>Received, Acked (waiting for the commit), Committed (confirmed by the broker), Skipped (committed without an ack), Revoked (partition taken away) or Redelivered (this window saw it before). %1</source>
        <translation>Đã nhận, Đã ack (đang chờ commit), Đã commit (broker đã xác nhận), Bị bỏ qua (đã commit mà không có ack), Bị thu hồi (partition bị lấy đi) hoặc Nhận lại (cửa sổ này đã từng nhận). %1</translation>
    </message>
    <message>
        <source>The partition the message is stored in. %1</source>
        <translation>Partition chứa tin nhắn. %1</translation>
    </message>
    <message>
        <source>The message&apos;s number in its partition. %1</source>
        <translation>Số thứ tự của tin nhắn trong partition. %1</translation>
    </message>
    <message>
        <source>Acknowledge a message once it is processed; commits follow. %1</source>
        <translation>Ack một tin nhắn khi đã xử lý xong; việc commit sẽ diễn ra sau đó. %1</translation>
    </message>
    <message>
        <source>Where the message is in its lifecycle: received, acknowledged by you, committed by the group (with or without your ack), revoked by a rebalance, or delivered again.</source>
        <translation>Tin nhắn đang ở đâu trong vòng đời của nó: đã nhận, đã được bạn ack, đã được group commit (có hoặc không có ack của bạn), bị thu hồi do rebalance, hoặc được nhận lại.</translation>
    </message>
    <message>
        <source>Glossary: commit</source>
        <translation>Thuật ngữ: commit</translation>
    </message>
    <message>
        <source>The partition of the topic the message is in.</source>
        <translation>Partition của topic chứa tin nhắn.</translation>
    </message>
    <message>
        <source>Glossary: partition</source>
        <translation>Thuật ngữ: partition</translation>
    </message>
    <message>
        <source>The message&apos;s number in its partition, given by the broker.</source>
        <translation>Số thứ tự của tin nhắn trong partition, do broker cấp.</translation>
    </message>
    <message>
        <source>Glossary: offset</source>
        <translation>Thuật ngữ: offset</translation>
    </message>
    <message>
        <source>An ack says you processed the message; TopicDesk turns acks into commits. Kafka itself has no per-message acks in consumer groups.</source>
        <translation>Ack cho biết bạn đã xử lý tin nhắn; TopicDesk biến các ack thành commit. Bản thân Kafka không có ack cho từng tin nhắn trong consumer group.</translation>
    </message>
    <message>
        <source>Glossary: at-least-once</source>
        <translation>Thuật ngữ: at-least-once</translation>
    </message>
    <message>
        <source>Partition %1 was revoked before this message was committed: it cannot be acked here. Whoever owns the partition next reads it again from the group&apos;s committed offset, if there is one.</source>
        <translation>Partition %1 đã bị thu hồi trước khi tin nhắn này được commit: không thể ack nó ở đây. Consumer giữ partition tiếp theo sẽ đọc lại nó từ committed offset của group, nếu có.</translation>
    </message>
    <message>
        <source>Fetching schema %1…</source>
        <translation>Đang lấy schema %1…</translation>
    </message>
</context>
<context>
    <name>MessageTableView</name>
    <message>
        <source>Add column from JSON path</source>
        <translation>Thêm cột từ đường dẫn JSON</translation>
    </message>
    <message>
        <source>The column shows this part of each message&apos;s value, where the value is JSON. For example $.order.id, $.items[0].sku or $[&apos;odd key&apos;].</source>
        <translation>Cột này hiện phần tương ứng trong giá trị của mỗi tin nhắn, khi giá trị là JSON. Ví dụ $.order.id, $.items[0].sku hoặc $[&apos;odd key&apos;].</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Thêm cột</translation>
    </message>
    <message>
        <source>Add column from &amp;JSON path…</source>
        <translation>Thêm cột từ đường dẫn &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Remove column %1</source>
        <translation>&amp;Bỏ cột %1</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>&amp;Ack selected</source>
        <translation>&amp;Ack tin đã chọn</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
        <source>&amp;Stop consumer</source>
        <translation>Dừng &amp;consumer</translation>
    </message>
    <message>
        <source>Keep the ne&amp;west</source>
        <translation>Giữ lại (&amp;W)</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> dòng mới nhất</translation>
    </message>
    <message>
        <source>Older rows leave the table first; memory stays bounded.</source>
        <translation>Các dòng cũ nhất bị gỡ khỏi bảng trước; nhờ vậy bộ nhớ sử dụng luôn có giới hạn.</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Chưa có tin nhắn nào.</translation>
    </message>
    <message>
        <source>&amp;Start consumer</source>
        <translation>Chạy &amp;consumer</translation>
    </message>
    <message>
        <source>Ack all &amp;up to this row</source>
        <translation>Ack tất cả đến &amp;hết dòng này</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Sao chép dòng</translation>
    </message>
    <message>
        <source>Select &amp;all rows</source>
        <translation>&amp;Chọn tất cả dòng</translation>
    </message>
    <message>
        <source>&amp;Follow newest messages</source>
        <translation>T&amp;heo dõi tin nhắn mới nhất</translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation>&amp;Xóa bảng</translation>
    </message>
    <message>
        <source>Leave the group (committing what was acknowledged) or join it again: what was not committed comes back</source>
        <translation>Rời group (commit những gì đã ack) hoặc vào lại group: những gì chưa commit sẽ được nhận lại</translation>
    </message>
    <message>
        <source>Stop fetching while staying in the group; messages wait on the broker</source>
        <translation>Ngừng lấy tin nhắn về nhưng vẫn ở lại trong group; tin nhắn sẽ chờ trên broker</translation>
    </message>
    <message>
        <source>Acknowledge the selected messages</source>
        <translation>Xác nhận (ack) các tin nhắn đã chọn</translation>
    </message>
    <message>
        <source>Copy the selected rows: partition, offset, timestamp, key and the whole value, separated by tabs</source>
        <translation>Sao chép các dòng đã chọn: partition, offset, thời gian, key và toàn bộ giá trị, phân cách bằng tab</translation>
    </message>
    <message>
        <source>Keep the newest message in sight (scrolling up stops it)</source>
        <translation>Luôn hiện tin nhắn mới nhất (cuộn lên trên sẽ tắt chế độ này)</translation>
    </message>
    <message>
        <source>Remove every row from the table; nothing changes on the broker</source>
        <translation>Xóa mọi dòng khỏi bảng; không có gì thay đổi trên broker</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Tiế&amp;p tục</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln message(s); older ones were removed from the table.</source>
        <translation>
            <numerusform>Đang hiển thị %Ln tin nhắn mới nhất; các tin nhắn cũ hơn đã bị gỡ khỏi bảng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s).</source>
        <translation>
            <numerusform>%Ln tin nhắn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ack</source>
        <translation>&amp;Ack</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Sao chép &amp;giá trị</translation>
    </message>
    <message>
        <source>&amp;Filter rows…</source>
        <translation>&amp;Lọc dòng…</translation>
    </message>
    <message>
        <source>Acknowledge every message from the first one held down to the current row, in arrival order: with a filter or a sort on, also the rows they hide</source>
        <translation>Xác nhận (ack) mọi tin nhắn từ tin đầu tiên còn giữ đến dòng hiện tại, theo thứ tự nhận: khi đang bật bộ lọc hoặc sắp xếp, kể cả các dòng bị ẩn</translation>
    </message>
    <message>
        <source>Show only the rows whose key, value or headers contain a text, or of some partitions, offsets, times or states</source>
        <translation>Chỉ hiện các dòng có key, giá trị hoặc header chứa một đoạn văn bản, hoặc thuộc một số partition, offset, thời gian hay trạng thái nhất định</translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>Đang hiện %1 trên %2.</translation>
    </message>
    <message>
        <source>&amp;Hide revoked rows</source>
        <translation>Ẩn dòng &amp;bị thu hồi</translation>
    </message>
    <message>
        <source>Hide the Revoked rows, of partitions this consumer lost. If a partition comes back, what was not committed there arrives again as Redelivered rows.</source>
        <translation>Ẩn các dòng Bị thu hồi, thuộc những partition mà consumer này đã mất. Nếu một partition quay lại, những gì chưa commit ở đó sẽ đến lại dưới dạng dòng Nhận lại.</translation>
    </message>
    <message>
        <source>Step &amp;mode</source>
        <translation>Chế độ từng &amp;bước</translation>
    </message>
    <message>
        <source>Fetch one message each time you press Next, to show pull, ack and commit slowly; the Journey panel says what comes next</source>
        <translation>Mỗi lần bấm Kế tiếp thì fetch một tin nhắn, để trình bày chậm rãi việc pull, ack và commit; bảng Hành trình cho biết bước tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Next message</source>
        <translation>Tin nhắn kế tiếp (&amp;N)</translation>
    </message>
    <message>
        <source>Let the consumer fetch exactly one more message, in step mode (Consumer menu)</source>
        <translation>Cho consumer fetch đúng một tin nhắn nữa, trong chế độ từng bước (menu Consumer)</translation>
    </message>
</context>
<context>
    <name>OffsetBarsWidget</name>
    <message>
        <source>Offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>Offsets %1 to %2</source>
        <translation>Offset %1 đến %2</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Đã commit</translation>
    </message>
    <message>
        <source>Commit on its way</source>
        <translation>Commit đang được gửi</translation>
    </message>
    <message>
        <source>Not acked: blocks</source>
        <translation>Chưa ack: đang chặn</translation>
    </message>
    <message>
        <source>Acked, held back</source>
        <translation>Đã ack, bị giữ lại</translation>
    </message>
    <message>
        <source>Fetched, not acked</source>
        <translation>Đã lấy về, chưa ack</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Chưa lấy về</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bị bỏ qua</translation>
    </message>
    <message>
        <source>Committed: a consumer of the group that starts again resumes after these and does not get them again.</source>
        <translation>Đã commit: một consumer của group khởi động lại sẽ đọc tiếp sau các offset này và không nhận lại chúng.</translation>
    </message>
    <message>
        <source>Acked and committable: the commit is on its way, the broker has not confirmed it yet.</source>
        <translation>Đã ack và có thể commit: commit đang được gửi, broker chưa xác nhận.</translation>
    </message>
    <message>
        <source>Delivered but not acked. Kafka keeps one committed offset per partition, so nothing after this message can be committed until it is acked.</source>
        <translation>Đã giao nhưng chưa ack. Kafka giữ một committed offset cho mỗi partition, nên không thể commit gì sau tin nhắn này cho đến khi nó được ack.</translation>
    </message>
    <message>
        <source>Acked, but not committable while an earlier message is not acked. If this consumer stopped now, these offsets would be delivered again.</source>
        <translation>Đã ack, nhưng chưa thể commit khi một tin nhắn phía trước chưa được ack. Nếu consumer này dừng bây giờ, các offset này sẽ được nhận lại.</translation>
    </message>
    <message>
        <source>Fetched and shown in the table, not acked yet.</source>
        <translation>Đã lấy về và hiện trong bảng, chưa ack.</translation>
    </message>
    <message>
        <source>In the log, not fetched by this consumer yet.</source>
        <translation>Có trong log, consumer này chưa lấy về.</translation>
    </message>
    <message>
        <source>Before the offset this consumer started reading from (where nothing was committed, or read again from an offset): not fetched, and not committed by this consumer.</source>
        <translation>Trước offset mà consumer này bắt đầu đọc (nơi chưa có gì được commit, hoặc đọc lại từ một offset): chưa lấy về, và consumer này chưa commit.</translation>
    </message>
    <message>
        <source>The committed offset is %1.</source>
        <translation>Committed offset là %1.</translation>
    </message>
    <message>
        <source>Acked up to offset %1; waiting for offset %2.</source>
        <translation>Đã ack đến offset %1; đang chờ offset %2.</translation>
    </message>
    <message>
        <source>The next fetch starts at offset %1; the high watermark is %2.</source>
        <translation>Lần lấy tiếp theo bắt đầu tại offset %1; high watermark là %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>lag %1</translation>
    </message>
    <message>
        <source>Partition offset bars</source>
        <translation>Thanh offset của partition</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>offsets not known yet</source>
        <translation>chưa biết offset</translation>
    </message>
    <message>
        <source>empty: no offsets in the log</source>
        <translation>trống: log không có offset nào</translation>
    </message>
    <message>
        <source>committed %1</source>
        <translation>đã commit %1</translation>
    </message>
    <message>
        <source>nothing committed yet</source>
        <translation>chưa commit gì</translation>
    </message>
    <message>
        <source>offset %1 not acked: holds back %2</source>
        <translation>offset %1 chưa ack: giữ lại %2</translation>
    </message>
    <message>
        <source>%1 not acked</source>
        <translation>%1 chưa ack</translation>
    </message>
    <message>
        <source>start %1</source>
        <translation>đầu %1</translation>
    </message>
    <message>
        <source>next fetch %1</source>
        <translation>lấy tiếp %1</translation>
    </message>
    <message>
        <source>fetch %1</source>
        <translation>lấy %1</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>cuối %1</translation>
    </message>
    <message>
        <source>No partition is assigned to this consumer yet.</source>
        <translation>Chưa có partition nào được giao cho consumer này.</translation>
    </message>
    <message>
        <source>Lag not known yet: the high watermark or the committed offset is still unknown.</source>
        <translation>Chưa biết lag: high watermark hoặc committed offset vẫn chưa rõ.</translation>
    </message>
    <message>
        <source>Lag %1: offsets not committed yet (high watermark %2 minus %3 %4). It counts offsets, not messages.</source>
        <translation>Lag %1: số offset chưa được commit (high watermark %2 trừ %3 %4). Lag đếm offset, không đếm tin nhắn.</translation>
    </message>
    <message>
        <source>committed offset</source>
        <translation>committed offset</translation>
    </message>
    <message>
        <source>log start</source>
        <translation>log start</translation>
    </message>
    <message>
        <source>Partition %1: its offsets are not known yet (nothing fetched or measured).</source>
        <translation>Partition %1: chưa biết các offset của nó (chưa lấy về hay đo được gì).</translation>
    </message>
    <message>
        <source>Partition %1. %2</source>
        <translation>Partition %1. %2</translation>
    </message>
    <message>
        <source>Partition %1: log start %2, high watermark %3.</source>
        <translation>Partition %1: log start %2, high watermark %3.</translation>
    </message>
</context>
<context>
    <name>OffsetsPanel</name>
    <message>
        <source>Right-click a partition to read it again from an offset or a time.</source>
        <translation>Nhấp chuột phải vào một partition để đọc lại từ một offset hoặc một thời điểm.</translation>
    </message>
    <message>
        <source>Nothing is read yet: choose a topic.</source>
        <translation>Chưa đọc gì: hãy chọn một topic.</translation>
    </message>
    <message>
        <source>Read again from &amp;offset…</source>
        <translation>Đọc lại từ &amp;offset…</translation>
    </message>
    <message>
        <source>Read again from a &amp;time…</source>
        <translation>Đọc lại từ một &amp;thời điểm…</translation>
    </message>
    <message>
        <source>Read the selected partition again from an offset (the group&apos;s commits stay as they are until you ack)</source>
        <translation>Đọc lại partition đang chọn từ một offset (các commit của group giữ nguyên cho đến khi bạn ack)</translation>
    </message>
    <message>
        <source>Read every partition again from the first message at or after a time</source>
        <translation>Đọc lại mọi partition từ tin nhắn đầu tiên vào hoặc sau một thời điểm</translation>
    </message>
    <message>
        <source>The consumer is stopped.</source>
        <translation>Consumer đang dừng.</translation>
    </message>
    <message>
        <source>Waiting for partitions…</source>
        <translation>Đang chờ partition…</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>từ 0 trở lên</translation>
    </message>
    <message>
        <source>Read from offset</source>
        <translation>Đọc từ offset</translation>
    </message>
    <message>
        <source>Offset to read partition %1 from (%2):</source>
        <translation>Offset để đọc partition %1 (%2):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset of partition %2: enter a whole number %3.</source>
        <translation>&quot;%1&quot; không phải là offset của partition %2: hãy nhập một số nguyên %3.</translation>
    </message>
    <message>
        <source>Reading partition %1 again from offset %2.</source>
        <translation>Đang đọc lại partition %1 từ offset %2.</translation>
    </message>
    <message>
        <source>Read from a time</source>
        <translation>Đọc từ một thời điểm</translation>
    </message>
    <message>
        <source>Read every partition from (%1, local time):</source>
        <translation>Đọc mọi partition từ (%1, giờ địa phương):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like %2.</source>
        <translation>&quot;%1&quot; không phải là thời điểm theo dạng %2.</translation>
    </message>
    <message>
        <source>Reading every partition again from %1.</source>
        <translation>Đang đọc lại mọi partition từ %1.</translation>
    </message>
    <message>
        <source>Find by &amp;key…</source>
        <translation>Tìm theo &amp;key…</translation>
    </message>
    <message>
        <source>Stop &amp;finding by key</source>
        <translation>Dừn&amp;g tìm theo key</translation>
    </message>
    <message>
        <source>Show only one key&apos;s messages: read just the partition the key is in, without a consumer group</source>
        <translation>Chỉ hiện tin nhắn của một key: chỉ đọc partition chứa key đó, không dùng consumer group</translation>
    </message>
    <message>
        <source>Read the topic as before finding by key</source>
        <translation>Đọc topic như trước khi tìm theo key</translation>
    </message>
    <message>
        <source>Stopped finding key &quot;%1&quot;: reading the topic as before.</source>
        <translation>Đã dừng tìm key &quot;%1&quot;: đọc topic như trước.</translation>
    </message>
    <message>
        <source>Finding key &quot;%1&quot;: only partition %2 is read, and only this key&apos;s messages are shown. Stop finding by key to read the topic as before.</source>
        <translation>Đang tìm key &quot;%1&quot;: chỉ đọc partition %2 và chỉ hiện tin nhắn có key này. Hãy dừng tìm theo key để đọc topic như trước.</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>từ đầu</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Finding key &quot;%1&quot; (%2): reading only partition %3 of &quot;%4&quot; %5, without a consumer group; messages with other keys are skipped.</source>
        <translation>Đang tìm key &quot;%1&quot; (%2): chỉ đọc partition %3 của &quot;%4&quot; %5, không dùng consumer group; bỏ qua tin nhắn có key khác.</translation>
    </message>
</context>
<context>
    <name>PartitionOffsetsModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (tạm dừng)</translation>
    </message>
    <message>
        <source>The group has not committed anything on this partition yet.</source>
        <translation>Group chưa commit gì trên partition này.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log start</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Đã commit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Nothing committed yet: every offset from the log start counts.</source>
        <translation>Chưa commit gì: mọi offset từ log start đều được tính.</translation>
    </message>
    <message>
        <source>Log end</source>
        <comment>the high watermark, for a column header</comment>
        <translation>Cuối log</translation>
    </message>
    <message>
        <source>The partitions this consumer reads. %1</source>
        <translation>Các partition mà consumer này đọc. %1</translation>
    </message>
    <message>
        <source>The oldest offset still kept in the partition (older ones were deleted by retention; reading deletes nothing). %1</source>
        <translation>Offset cũ nhất còn được giữ trong partition (các offset cũ hơn đã bị retention xóa; việc đọc không xóa gì). %1</translation>
    </message>
    <message>
        <source>The group&apos;s committed offset, stored by Kafka in __consumer_offsets: a restarted consumer resumes here. %1</source>
        <translation>Committed offset của group, được Kafka lưu trong __consumer_offsets: consumer khởi động lại sẽ đọc tiếp từ đây. %1</translation>
    </message>
    <message>
        <source>The consumer&apos;s position: the next offset it will fetch. It runs ahead of the committed offset. %1</source>
        <translation>Vị trí (position) của consumer: offset tiếp theo nó sẽ lấy về. Nó đi trước committed offset. %1</translation>
    </message>
    <message>
        <source>The high watermark: the offset right after the last message consumers can read. %1</source>
        <translation>High watermark: offset ngay sau tin nhắn cuối cùng mà consumer có thể đọc. %1</translation>
    </message>
    <message>
        <source>Offsets not committed yet: high watermark minus committed offset (minus the log start while nothing is committed). It counts offsets, not messages: gaps left by compaction or transactions count too. %1</source>
        <translation>Số offset chưa được commit: high watermark trừ committed offset (trừ log start khi chưa commit gì). Lag đếm offset, không đếm tin nhắn: các khoảng trống do compaction hoặc transaction để lại cũng được tính. %1</translation>
    </message>
    <message>
        <source>A partition of the topic, assigned to this consumer.</source>
        <translation>Một partition của topic, được giao cho consumer này.</translation>
    </message>
    <message>
        <source>Glossary: partition</source>
        <translation>Thuật ngữ: partition</translation>
    </message>
    <message>
        <source>The lowest offset the partition still keeps.</source>
        <translation>Offset thấp nhất mà partition còn giữ.</translation>
    </message>
    <message>
        <source>Glossary: log start</source>
        <translation>Thuật ngữ: log start</translation>
    </message>
    <message>
        <source>Where the group resumes reading this partition.</source>
        <translation>Nơi group đọc tiếp partition này.</translation>
    </message>
    <message>
        <source>Glossary: commit (committed offset)</source>
        <translation>Thuật ngữ: commit (committed offset)</translation>
    </message>
    <message>
        <source>The next offset this consumer fetches. Fetching is not committing: only a commit moves the committed offset.</source>
        <translation>Offset tiếp theo mà consumer này lấy về. Lấy về không phải là commit: chỉ commit mới dịch chuyển committed offset.</translation>
    </message>
    <message>
        <source>Glossary: offset</source>
        <translation>Thuật ngữ: offset</translation>
    </message>
    <message>
        <source>The high watermark: consumers read up to it, never past it.</source>
        <translation>High watermark: consumer đọc tới đó, không bao giờ vượt qua.</translation>
    </message>
    <message>
        <source>Glossary: high watermark</source>
        <translation>Thuật ngữ: high watermark</translation>
    </message>
    <message>
        <source>How far the group is behind on this partition.</source>
        <translation>Group đang chậm bao xa trên partition này.</translation>
    </message>
    <message>
        <source>Glossary: lag</source>
        <translation>Thuật ngữ: lag</translation>
    </message>
</context>
<context>
    <name>Partitioner</name>
    <message>
        <source>The topic has no partitions, so no key can be in one.</source>
        <translation>Topic không có partition nào, nên không key nào có thể nằm trong đó.</translation>
    </message>
    <message>
        <source>%1 is not a partition count: a topic has from 1 to %2 partitions.</source>
        <translation>%1 không phải là số partition hợp lệ: một topic có từ 1 đến %2 partition.</translation>
    </message>
    <message>
        <source>A null key has no partition: producers spread records without a key over all partitions (Java&apos;s sticky partitioner, librdkafka&apos;s random choice), so they cannot be found by key.</source>
        <translation>Key null không thuộc partition nào: producer rải các bản ghi không có key ra mọi partition (sticky partitioner của Java, lựa chọn ngẫu nhiên của librdkafka), nên không thể tìm chúng theo key.</translation>
    </message>
    <message>
        <source>An empty key has no partition with consistent_random: librdkafka sends empty and null keys to a random partition. With murmur2 (Java clients) an empty key has one.</source>
        <translation>Với consistent_random, key rỗng không thuộc partition nào: librdkafka gửi key rỗng và key null tới một partition ngẫu nhiên. Với murmur2 (client Java), key rỗng có một partition cố định.</translation>
    </message>
    <message>
        <source>murmur2, as Java clients (and librdkafka set to murmur2_random) place keys</source>
        <translation>murmur2, cách client Java (và librdkafka khi đặt murmur2_random) phân bổ key</translation>
    </message>
    <message>
        <source>consistent_random (CRC32), as librdkafka clients place keys by default</source>
        <translation>consistent_random (CRC32), cách client librdkafka phân bổ key theo mặc định</translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>Show as hex</source>
        <translation>Hiện dạng hex</translation>
    </message>
    <message>
        <source>How to show the %1&apos;s bytes</source>
        <translation>Cách hiển thị các byte của %1</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Chưa chọn tin nhắn nào.</translation>
    </message>
    <message>
        <source>Show the next part of the %1</source>
        <translation>Hiện phần tiếp theo của %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Formatting %1…</source>
        <translation>Đang định dạng %1…</translation>
    </message>
    <message>
        <source>Empty: 0 bytes (not null).</source>
        <translation>Rỗng: 0 byte (không phải null).</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Show more (%1% shown)</source>
        <translation>Hiện thêm (đang hiện %1%)</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Đã giải mã</translation>
    </message>
</context>
<context>
    <name>PayloadView</name>
    <message>
        <source>more than one JSON value</source>
        <translation>nhiều hơn một giá trị JSON</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep, too deep to show as JSON</source>
        <translation>lồng sâu hơn %1 cấp, quá sâu để hiển thị dạng JSON</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 tại byte %2</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Best view</source>
        <translation>Hiển thị phù hợp nhất</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Not valid UTF-8 (first bad byte at %1): shown as hex.</source>
        <translation>UTF-8 không hợp lệ (byte lỗi đầu tiên tại %1): hiển thị dạng hex.</translation>
    </message>
    <message>
        <source>Holds control characters (such as NUL): shown as hex.</source>
        <translation>Chứa ký tự điều khiển (như NUL): hiển thị dạng hex.</translation>
    </message>
    <message>
        <source>Not valid UTF-8 (first bad byte at %1): not shown as text.</source>
        <translation>UTF-8 không hợp lệ (byte lỗi đầu tiên tại %1): không hiển thị dạng văn bản.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>rỗng</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as text.</source>
        <translation>JSON không hợp lệ (%1): hiển thị dạng văn bản.</translation>
    </message>
    <message>
        <source>1 control character (such as NUL) shown as a symbol like ␀.</source>
        <translation>1 ký tự điều khiển (như NUL) được hiển thị bằng ký hiệu như ␀.</translation>
    </message>
    <message>
        <source>%1 control characters (such as NUL) shown as symbols like ␀.</source>
        <translation>%1 ký tự điều khiển (như NUL) được hiển thị bằng ký hiệu như ␀.</translation>
    </message>
</context>
<context>
    <name>PortForwarder</name>
    <message>
        <source>Port %1 on 127.0.0.1 cannot be opened: %2</source>
        <translation>Không mở được cổng %1 trên 127.0.0.1: %2</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Chế độ trình ch&amp;iếu</translation>
    </message>
    <message>
        <source>Larger text, a shape for every message state, and colours that colour-blind viewers tell apart: for showing TopicDesk on a projector</source>
        <translation>Chữ to hơn, mỗi trạng thái tin nhắn một hình riêng, và màu mà người mù màu vẫn phân biệt được: để trình chiếu TopicDesk lên máy chiếu</translation>
    </message>
</context>
<context>
    <name>Producer</name>
    <message>
        <source>The producer could not be created: %1</source>
        <translation>Không thể tạo producer: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Save profile…</source>
        <translation>&amp;Lưu hồ sơ…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>Xóa hồ &amp;sơ</translation>
    </message>
    <message>
        <source>Save these settings as a profile (never the password)</source>
        <translation>Lưu các thiết lập này thành một hồ sơ kết nối (không bao giờ lưu mật khẩu)</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Xóa hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected profile and its password in the system keychain</source>
        <translation>Xóa hồ sơ đang chọn và mật khẩu của nó trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(chưa lưu)</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password of &quot;%1&quot; (%2): it will be asked for when connecting.</source>
        <translation>Kho khóa của hệ thống không lưu được mật khẩu của &quot;%1&quot; (%2): mật khẩu sẽ được hỏi lại khi kết nối.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; could not be read.</source>
        <translation>Không đọc được hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Chưa có hồ sơ nào được lưu</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Tên hồ sơ:</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (the password only in the system keychain, if there is one).</source>
        <translation>Đã lưu hồ sơ &quot;%1&quot; (mật khẩu chỉ được lưu trong kho khóa của hệ thống, nếu có).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Đã xóa hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not connected: no password was given for %1 on %2.</source>
        <translation>Chưa kết nối: chưa nhập mật khẩu cho %1 trên %2.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept for this session only):</source>
        <translation>Mật khẩu của %1 trên %2 (chỉ được giữ trong phiên làm việc này):</translation>
    </message>
    <message>
        <source>The system keychain could not keep the schema registry password of &quot;%1&quot; (%2): enter it in Schema registry… after loading the profile.</source>
        <translation>Keychain của hệ thống không lưu được mật khẩu schema registry của &quot;%1&quot; (%2): hãy nhập nó trong Schema registry… sau khi nạp hồ sơ.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Profile &quot;%1&quot; has no security protocol: PLAINTEXT is used.</source>
        <translation>Profile &quot;%1&quot; không có giao thức bảo mật: dùng PLAINTEXT.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the security protocol &quot;%2&quot; is not one of %3: PLAINTEXT is used.</source>
        <translation>Profile &quot;%1&quot;: giao thức bảo mật &quot;%2&quot; không thuộc %3: dùng PLAINTEXT.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the SASL mechanism &quot;%2&quot; is not one of %3: PLAIN is used.</source>
        <translation>Profile &quot;%1&quot;: cơ chế SASL &quot;%2&quot; không thuộc %3: dùng PLAIN.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of advanced properties (&quot;%2&quot;) is not between 0 and %3: none are loaded.</source>
        <translation>Profile &quot;%1&quot;: số thuộc tính nâng cao (&quot;%2&quot;) không nằm trong khoảng 0 đến %3: không tải thuộc tính nào.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of sandbox brokers &quot;%2&quot; is not 1 or 3: 1 is used.</source>
        <translation>Hồ sơ &quot;%1&quot;: số broker của Sandbox &quot;%2&quot; không phải 1 hoặc 3: dùng 1.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the schema registry address held a user name or password: it is ignored (give them in their own fields).</source>
        <translation>Hồ sơ &quot;%1&quot;: địa chỉ schema registry chứa tên người dùng hoặc mật khẩu: địa chỉ này bị bỏ qua (hãy nhập chúng ở các ô riêng).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the schema registry timeout &quot;%2&quot; is not between %3 and %4 ms: %5 ms is used.</source>
        <translation>Hồ sơ &quot;%1&quot;: thời gian chờ schema registry &quot;%2&quot; không nằm trong khoảng %3 đến %4 ms: dùng %5 ms.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the number of local schema files (&quot;%2&quot;) is not a number: none are loaded.</source>
        <translation>Hồ sơ &quot;%1&quot;: số tệp schema cục bộ (&quot;%2&quot;) không phải là số: không nạp tệp nào.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; lists %2 local schema files: only the first %3 are loaded.</source>
        <translation>Hồ sơ &quot;%1&quot; liệt kê %2 tệp schema cục bộ: chỉ nạp %3 tệp đầu tiên.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: local schema %2 has no file: it is left out.</source>
        <translation>Hồ sơ &quot;%1&quot;: schema cục bộ %2 không có tệp: bỏ qua nó.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: local schema %2 has no topic pattern: it is left out.</source>
        <translation>Hồ sơ &quot;%1&quot;: schema cục bộ %2 không có mẫu topic: bỏ qua nó.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the consumer group protocol &quot;%2&quot; is not classic or consumer: classic is used.</source>
        <translation>Hồ sơ &quot;%1&quot;: giao thức consumer group &quot;%2&quot; không phải classic hay consumer: dùng classic.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses Kafka 4&apos;s consumer group protocol, which %2: classic is used.</source>
        <translation>Hồ sơ &quot;%1&quot; dùng giao thức consumer group của Kafka 4, mà nó %2: dùng classic.</translation>
    </message>
</context>
<context>
    <name>ProtoWireScanner</name>
    <message>
        <source>The bytes end at byte %1 in the middle of a field&apos;s tag, which starts at byte %2.</source>
        <translation>Các byte kết thúc ở byte %1, giữa tag của một trường bắt đầu ở byte %2.</translation>
    </message>
    <message>
        <source>The field tag at byte %1 runs on for more than 10 bytes.</source>
        <translation>Tag của trường ở byte %1 kéo dài hơn 10 byte.</translation>
    </message>
    <message>
        <source>The field tag at byte %1 is too large for Protobuf (field number %2).</source>
        <translation>Tag của trường ở byte %1 quá lớn đối với Protobuf (số trường %2).</translation>
    </message>
    <message>
        <source>The field at byte %1 has number 0, which Protobuf does not allow: the bytes are probably not this message.</source>
        <translation>Trường ở byte %1 có số 0, điều Protobuf không cho phép: có lẽ các byte này không phải message này.</translation>
    </message>
    <message>
        <source>%1 at byte %2 ends a group that never started.</source>
        <translation>%1 ở byte %2 kết thúc một group chưa từng bắt đầu.</translation>
    </message>
    <message>
        <source>%1 at byte %2 has wire type %3, which Protobuf does not have: the bytes are probably not this message, or not Protobuf.</source>
        <translation>%1 ở byte %2 có wire type %3, loại mà Protobuf không có: có lẽ các byte này không phải message này, hoặc không phải Protobuf.</translation>
    </message>
    <message>
        <source>The bytes end at byte %1 inside the group of field %2, which never ends.</source>
        <translation>Các byte kết thúc ở byte %1, bên trong group của trường %2, group này không bao giờ kết thúc.</translation>
    </message>
    <message>
        <source>Field %1 (not in the schema)</source>
        <translation>Trường %1 (không có trong schema)</translation>
    </message>
    <message>
        <source>Field %1 (%2)</source>
        <translation>Trường %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at byte %2: the bytes end in the middle of its number.</source>
        <translation>%1 ở byte %2: các byte kết thúc giữa con số của nó.</translation>
    </message>
    <message>
        <source>%1 at byte %2: its number runs on for more than 10 bytes.</source>
        <translation>%1 ở byte %2: con số của nó kéo dài hơn 10 byte.</translation>
    </message>
    <message>
        <source>%1 at byte %2 needs %3 bytes, but only %4 are left.</source>
        <translation>%1 ở byte %2 cần %3 byte, nhưng chỉ còn lại %4.</translation>
    </message>
    <message>
        <source>%1 at byte %2: the bytes end in the middle of its length.</source>
        <translation>%1 ở byte %2: các byte kết thúc giữa độ dài của nó.</translation>
    </message>
    <message>
        <source>%1 at byte %2: its length runs on for more than 10 bytes.</source>
        <translation>%1 ở byte %2: độ dài của nó kéo dài hơn 10 byte.</translation>
    </message>
    <message>
        <source>%1 at byte %2 says %3 bytes follow at byte %4, but only %5 are left.</source>
        <translation>%1 ở byte %2 ghi rằng có %3 byte theo sau ở byte %4, nhưng chỉ còn lại %5.</translation>
    </message>
    <message>
        <source>%1 at byte %2: its text is not valid UTF-8 at byte %3 (a string field holds UTF-8 text; a bytes field may hold anything).</source>
        <translation>%1 ở byte %2: văn bản của nó không phải UTF-8 hợp lệ ở byte %3 (trường string chứa văn bản UTF-8; trường bytes có thể chứa bất cứ thứ gì).</translation>
    </message>
    <message>
        <source>%1 at byte %2 holds %3 bytes of packed %4-byte numbers, which is not a whole number of them.</source>
        <translation>%1 ở byte %2 chứa %3 byte các số packed dài %4 byte mỗi số, nhưng tổng số byte không chia hết cho độ dài mỗi số.</translation>
    </message>
    <message>
        <source>%1 at byte %2: its packed numbers end in the middle of a number at byte %3.</source>
        <translation>%1 ở byte %2: các số packed của nó kết thúc giữa một con số ở byte %3.</translation>
    </message>
    <message>
        <source>%1 at byte %2: the packed number at byte %3 runs on for more than 10 bytes.</source>
        <translation>%1 ở byte %2: số packed ở byte %3 kéo dài hơn 10 byte.</translation>
    </message>
    <message>
        <source>%1 at byte %2: messages nested deeper than %3 levels are refused.</source>
        <translation>%1 ở byte %2: message lồng sâu hơn %3 cấp bị từ chối.</translation>
    </message>
</context>
<context>
    <name>ProtobufCodec</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Dòng %1, cột %2</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, line %2, column %3</source>
        <translation>Trong &quot;%1&quot;, dòng %2, cột %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation>Trong &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The schema does not parse.</source>
        <translation>Không phân tích được schema.</translation>
    </message>
    <message>
        <source>The schema does not build.</source>
        <translation>Không dựng được schema.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; imports itself (through other files).</source>
        <translation>&quot;%1&quot; tự import chính nó (qua các tệp khác).</translation>
    </message>
    <message>
        <source>The schema imports &quot;%1&quot;, which the registry did not send as a reference and which is not one of Protobuf&apos;s well-known types.</source>
        <translation>Schema import &quot;%1&quot;, tệp mà registry không gửi kèm như một tham chiếu và cũng không phải một trong các well-known type của Protobuf.</translation>
    </message>
    <message>
        <source>a whole number from -2147483648 to 2147483647</source>
        <translation>một số nguyên từ -2147483648 đến 2147483647</translation>
    </message>
    <message>
        <source>a whole number from 0 to 4294967295</source>
        <translation>một số nguyên từ 0 đến 4294967295</translation>
    </message>
    <message>
        <source>a whole number from -9223372036854775808 to 9223372036854775807</source>
        <translation>một số nguyên từ -9223372036854775808 đến 9223372036854775807</translation>
    </message>
    <message>
        <source>a whole number from 0 to 18446744073709551615</source>
        <translation>một số nguyên từ 0 đến 18446744073709551615</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <source>a string of base64 text</source>
        <translation>một chuỗi văn bản base64</translation>
    </message>
    <message>
        <source>a time such as &quot;2024-01-31T12:00:00Z&quot;</source>
        <translation>một thời điểm như &quot;2024-01-31T12:00:00Z&quot;</translation>
    </message>
    <message>
        <source>a duration such as &quot;1.5s&quot;</source>
        <translation>một khoảng thời gian như &quot;1.5s&quot;</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>một trong %1</translation>
    </message>
    <message>
        <source>an object (a %1 message)</source>
        <translation>một object (một message %1)</translation>
    </message>
    <message>
        <source>%1: must be an object (a map), found an array.</source>
        <translation>%1: phải là một object (một map), nhưng gặp một mảng.</translation>
    </message>
    <message>
        <source>%1: must be %2, found %3.</source>
        <translation>%1: phải là %2, nhưng gặp %3.</translation>
    </message>
    <message>
        <source>%1: the message has no field of this name.</source>
        <translation>%1: message không có trường nào tên này.</translation>
    </message>
    <message>
        <source>The schema defines no message.</source>
        <translation>Schema không định nghĩa message nào.</translation>
    </message>
    <message numerus="yes">
        <source>The message index %1 is out of range: the schema has %n top-level message(s).</source>
        <translation>
            <numerusform>Chỉ số message %1 nằm ngoài phạm vi: schema có %n message cấp cao nhất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message index %1 is out of range: %2 has %n nested message(s).</source>
        <translation>
            <numerusform>Chỉ số message %1 nằm ngoài phạm vi: %2 có %n message lồng bên trong.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is larger than Protobuf can read (2 GB).</source>
        <translation>Message lớn hơn mức Protobuf đọc được (2 GB).</translation>
    </message>
    <message>
        <source>The bytes are not a valid %1 message (Protobuf&apos;s parser does not say where).</source>
        <translation>Các byte không phải một message %1 hợp lệ (bộ phân tích của Protobuf không cho biết chỗ sai).</translation>
    </message>
    <message>
        <source>The message lacks required fields: %1.</source>
        <translation>Message thiếu các trường bắt buộc: %1.</translation>
    </message>
    <message>
        <source>The message cannot be written as JSON: %1</source>
        <translation>Không viết được message dưới dạng JSON: %1</translation>
    </message>
    <message>
        <source>The schema has no message type &quot;%1&quot;; it has: %2.</source>
        <translation>Schema không có kiểu message &quot;%1&quot;; nó có: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of %2: give the full name.</source>
        <translation>&quot;%1&quot; có thể là bất kỳ cái nào trong %2: hãy nhập tên đầy đủ.</translation>
    </message>
    <message>
        <source>The text is not JSON: %1 at %2.</source>
        <translation>Văn bản không phải JSON: %1 tại %2.</translation>
    </message>
    <message>
        <source>$: must be an object with the fields of %1.</source>
        <translation>$: phải là một object có các trường của %1.</translation>
    </message>
    <message>
        <source>The JSON does not fit %1.</source>
        <translation>JSON không khớp với %1.</translation>
    </message>
    <message>
        <source>The JSON lacks required fields: %1.</source>
        <translation>JSON thiếu các trường bắt buộc: %1.</translation>
    </message>
    <message>
        <source>The file is not a Protobuf descriptor set.</source>
        <translation>Tệp này không phải là descriptor set của Protobuf.</translation>
    </message>
    <message>
        <source>The descriptor set holds no .proto file.</source>
        <translation>Descriptor set không chứa tệp .proto nào.</translation>
    </message>
    <message>
        <source>The descriptor set needs &quot;%1&quot;, which it does not hold (make it with protoc&apos;s --include_imports).</source>
        <translation>Descriptor set cần &quot;%1&quot; nhưng không chứa nó (hãy tạo bằng tùy chọn --include_imports của protoc).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not build.</source>
        <translation>Không dựng được &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <source>Schema Registry</source>
        <translation>Schema Registry</translation>
    </message>
    <message>
        <source>Keys and values in a schema registry&apos;s format (the byte 00, then a schema id) are shown decoded as JSON, with their schema. TopicDesk speaks the Confluent API: Confluent Schema Registry, Apicurio (…/apis/ccompat/v7), Redpanda, Karapace.</source>
        <translation>Key và giá trị theo định dạng của schema registry (byte 00, rồi đến schema id) được hiển thị ở dạng JSON đã giải mã, kèm schema của chúng. TopicDesk dùng API của Confluent: Confluent Schema Registry, Apicurio (…/apis/ccompat/v7), Redpanda, Karapace.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>http://localhost:8081 (empty: no registry)</source>
        <translation>http://localhost:8081 (để trống: không dùng registry)</translation>
    </message>
    <message>
        <source>The registry&apos;s base address, with its path when it has one (Apicurio: http://host:8080/apis/ccompat/v7).</source>
        <translation>Địa chỉ gốc của registry, kèm đường dẫn nếu có (Apicurio: http://host:8080/apis/ccompat/v7).</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên người &amp;dùng:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>For registries that ask for a login (HTTP basic authentication).</source>
        <translation>Cho các registry yêu cầu đăng nhập (xác thực HTTP basic).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Kept in the system keychain with a saved profile, never in the settings file.</source>
        <translation>Được giữ trong keychain của hệ thống cùng với hồ sơ đã lưu, không bao giờ trong tệp cài đặt.</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Tệp &amp;CA:</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>chứng chỉ của hệ thống</translation>
    </message>
    <message>
        <source>For https: a PEM file of the certificate authorities to trust instead of the system&apos;s.</source>
        <translation>Cho https: một tệp PEM chứa các tổ chức cấp chứng chỉ (CA) được tin cậy thay cho CA của hệ thống.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Chọn tệp CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Chứng chỉ cli&amp;ent:</translation>
    </message>
    <message>
        <source>For registries that ask for a client certificate (PEM), with its key below.</source>
        <translation>Cho các registry yêu cầu chứng chỉ client (PEM), kèm khóa của nó ở bên dưới.</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Chọn chứng chỉ client</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Khóa client:</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM).</source>
        <translation>Khóa riêng của chứng chỉ client (PEM).</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Chọn khóa client</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Thời gian chờ:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long one request to the registry may take before TopicDesk says it is unreachable.</source>
        <translation>Một yêu cầu tới registry được phép mất bao lâu trước khi TopicDesk báo là không kết nối được.</translation>
    </message>
    <message>
        <source>Te&amp;st registry</source>
        <translation>Kiểm tra re&amp;gistry</translation>
    </message>
    <message>
        <source>Ask the registry for its subjects with these settings and say what it answered</source>
        <translation>Hỏi registry danh sách subject bằng các cài đặt này và cho biết nó trả lời gì</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Chọn tệp PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Tệp PEM (*.pem *.crt *.key);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s address first.</source>
        <translation>Hãy nhập địa chỉ của registry trước.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Đang hỏi %1…</translation>
    </message>
    <message>
        <source>This address is http: the password travels unencrypted. Use https when you can.</source>
        <translation>Địa chỉ này là http: mật khẩu được gửi đi không mã hóa. Hãy dùng https khi có thể.</translation>
    </message>
    <message>
        <source>&amp;Local schema files, for topics whose values are raw Avro or Protobuf, without a registry. A topic is read with the first row whose pattern (* and ? as wildcards) matches its name.</source>
        <translation>Tệp schema &amp;local, cho các topic có giá trị là Avro hoặc Protobuf thô, không có registry. Mỗi topic được đọc bằng dòng đầu tiên có mẫu (* và ? là ký tự đại diện) khớp với tên của nó.</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. The file is an Avro schema (.avsc), a .proto file or a Protobuf descriptor set (.desc, .pb, .binpb); for Protobuf, the message to read (empty: the file&apos;s first).</source>
        <translation>Nhấp đúp vào một ô để sửa. Tệp là schema Avro (.avsc), tệp .proto hoặc descriptor set của Protobuf (.desc, .pb, .binpb); với Protobuf, là message cần đọc (để trống: message đầu tiên của tệp).</translation>
    </message>
    <message>
        <source>Topic pattern</source>
        <translation>Mẫu topic</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Protobuf message</source>
        <translation>Message Protobuf</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>T&amp;hêm tệp…</translation>
    </message>
    <message>
        <source>Choose an .avsc, .proto or descriptor set file for some topics</source>
        <translation>Chọn một tệp .avsc, .proto hoặc descriptor set cho một số topic</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the selected local schema files</source>
        <translation>Xóa các tệp schema cục bộ đã chọn</translation>
    </message>
    <message>
        <source>Choose a schema file</source>
        <translation>Chọn tệp schema</translation>
    </message>
    <message>
        <source>Schema files (*.avsc *.proto *.desc *.pb *.binpb);;Avro schemas (*.avsc);;Protobuf files (*.proto);;Protobuf descriptor sets (*.desc *.pb *.binpb);;All files (*)</source>
        <translation>Tệp schema (*.avsc *.proto *.desc *.pb *.binpb);;Schema Avro (*.avsc);;Tệp Protobuf (*.proto);;Descriptor set Protobuf (*.desc *.pb *.binpb);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>RegistrySettings</name>
    <message>
        <source>The schema registry&apos;s CA file %1 does not exist.</source>
        <translation>Tệp CA %1 của schema registry không tồn tại.</translation>
    </message>
    <message>
        <source>The schema registry&apos;s CA file %1 cannot be read.</source>
        <translation>Không đọc được tệp CA %1 của schema registry.</translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation>Tệp chứng chỉ client %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read.</source>
        <translation>Không đọc được tệp chứng chỉ client %1.</translation>
    </message>
    <message>
        <source>The client key file %1 does not exist.</source>
        <translation>Tệp khóa client %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The client key file %1 cannot be read.</source>
        <translation>Không đọc được tệp khóa client %1.</translation>
    </message>
    <message>
        <source>The schema registry address is not a valid web address (like http://localhost:8081).</source>
        <translation>Địa chỉ schema registry không phải một địa chỉ web hợp lệ (như http://localhost:8081).</translation>
    </message>
    <message>
        <source>The schema registry address must start with http:// or https://.</source>
        <translation>Địa chỉ schema registry phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Put the schema registry&apos;s user name and password in their own fields, not in its address.</source>
        <translation>Hãy nhập tên người dùng và mật khẩu của schema registry vào các ô riêng của chúng, không đặt trong địa chỉ.</translation>
    </message>
    <message>
        <source>The schema registry timeout must be between 100 ms and 10 minutes.</source>
        <translation>Thời gian chờ schema registry phải nằm trong khoảng 100 ms đến 10 phút.</translation>
    </message>
    <message>
        <source>A client certificate needs both its certificate file and its key file.</source>
        <translation>Chứng chỉ client cần cả tệp chứng chỉ lẫn tệp khóa.</translation>
    </message>
    <message>
        <source>A local schema has neither a topic pattern nor a file.</source>
        <translation>Một schema cục bộ không có cả mẫu topic lẫn tệp.</translation>
    </message>
    <message>
        <source>The local schema %1 needs a topic pattern (like orders-* or *).</source>
        <translation>Schema cục bộ %1 cần một mẫu topic (như orders-* hoặc *).</translation>
    </message>
    <message>
        <source>The local schema for the topics %1 needs a schema file.</source>
        <translation>Schema cục bộ cho các topic %1 cần một tệp schema.</translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) is not an Avro schema (.avsc), a .proto file or a descriptor set (.desc, .pb, .binpb).</source>
        <translation>Tệp schema cục bộ %1 (topic %2) không phải là schema Avro (.avsc), tệp .proto hay descriptor set (.desc, .pb, .binpb).</translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) does not exist.</source>
        <translation>Tệp schema cục bộ %1 (topic %2) không tồn tại.</translation>
    </message>
    <message>
        <source>The local schema file %1 (topics %2) cannot be read.</source>
        <translation>Không đọc được tệp schema cục bộ %1 (topic %2).</translation>
    </message>
    <message>
        <source>There are %1 local schema files; at most %2 can be used.</source>
        <translation>Có %1 tệp schema cục bộ; chỉ dùng được tối đa %2.</translation>
    </message>
</context>
<context>
    <name>SandboxBroker</name>
    <message>
        <source>The sandbox broker could not start: %1</source>
        <translation>Không thể khởi động broker Sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox broker could not open a port on 127.0.0.1.</source>
        <translation>Broker Sandbox không mở được cổng trên 127.0.0.1.</translation>
    </message>
    <message>
        <source>The sandbox broker is not running.</source>
        <translation>Broker Sandbox hiện không chạy.</translation>
    </message>
    <message>
        <source>The sandbox could not create topic &quot;%1&quot;: %2</source>
        <translation>Sandbox không tạo được topic &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The sandbox runs 1 or 3 brokers, not %1.</source>
        <translation>Sandbox chạy 1 hoặc 3 broker, không phải %1.</translation>
    </message>
    <message numerus="yes">
        <source>The sandbox has %n broker(s): a replication factor from 1 to %n.</source>
        <translation>
            <numerusform>Sandbox có %n broker: replication factor từ 1 đến %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no broker %1: the sandbox has one broker, broker 1.</source>
        <translation>Không có broker %1: Sandbox chỉ có một broker, broker 1.</translation>
    </message>
    <message>
        <source>There is no broker %1: the sandbox&apos;s brokers are 1 to %2.</source>
        <translation>Không có broker %1: các broker của Sandbox là từ 1 đến %2.</translation>
    </message>
    <message>
        <source>Broker %1 is already stopped.</source>
        <translation>Broker %1 đã dừng rồi.</translation>
    </message>
    <message>
        <source>Broker %1 is the last one running: stopping it would leave no broker to send to or read from. Start another broker first.</source>
        <translation>Broker %1 là broker cuối cùng đang chạy: dừng nó sẽ không còn broker nào để gửi tới hay đọc từ đó. Hãy khởi động một broker khác trước.</translation>
    </message>
    <message>
        <source>Broker %1 could not be stopped: %2</source>
        <translation>Không dừng được broker %1: %2</translation>
    </message>
    <message>
        <source>Broker %1 is already running.</source>
        <translation>Broker %1 đang chạy rồi.</translation>
    </message>
    <message>
        <source>Broker %1 could not be started: %2</source>
        <translation>Không khởi động được broker %1: %2</translation>
    </message>
</context>
<context>
    <name>SandboxBrokersView</name>
    <message>
        <source>Sandbox &amp;brokers</source>
        <translation>Sandbox &amp;broker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox brokers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sandbox broker&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every partition has a replica on each broker; one broker leads it and takes its sends and fetches. Stop a broker and TopicDesk moves the leadership of its partitions to a running broker, as Kafka&apos;s controller would; clients find the new leader in fresh metadata and send there.
Not modelled by the sandbox: in-sync replicas. It always reports every replica in sync, even a stopped one, and answers acks=all as soon as the leader has the message, so min.insync.replicas never refuses a send.</source>
        <translation>Mỗi partition có một replica trên từng broker; một broker làm leader của nó và nhận các lần gửi và lấy tin nhắn của nó. Hãy dừng một broker và TopicDesk sẽ chuyển quyền leader các partition của nó sang một broker đang chạy, như controller của Kafka vẫn làm; client tìm thấy leader mới qua metadata mới và gửi tới đó.
Sandbox không mô phỏng: in-sync replica. Nó luôn báo mọi replica đều in-sync, kể cả replica đã dừng, và trả lời acks=all ngay khi leader có tin nhắn, nên min.insync.replicas không bao giờ từ chối một lần gửi.</translation>
    </message>
    <message>
        <source>Stop sandbox broker %1: its clients lose their connections, and the partitions it leads get a running broker as leader</source>
        <translation>Dừng broker %1 của Sandbox: các client của nó mất kết nối, và các partition nó đang làm leader sẽ có một broker đang chạy làm leader</translation>
    </message>
    <message>
        <source>Start sandbox broker %1 again, on the same port</source>
        <translation>Khởi động lại broker %1 của Sandbox, trên cùng cổng</translation>
    </message>
    <message>
        <source>No in-sync replica model here: acks=all waits for the leader only.</source>
        <translation>Ở đây không mô phỏng in-sync replica: acks=all chỉ chờ leader.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>leads no partition</source>
        <translation>không làm leader partition nào</translation>
    </message>
    <message>
        <source>leads %1</source>
        <translation>làm leader %1</translation>
    </message>
    <message>
        <source>Broker %1: %2, %3</source>
        <translation>Broker %1: %2, %3</translation>
    </message>
    <message>
        <source>S&amp;tart broker %1</source>
        <extracomment>Start broker 1 (each Start broker entry needs its own accelerator)</extracomment>
        <translation>&amp;Chạy lại broker %1</translation>
    </message>
    <message>
        <source>St&amp;art broker %1</source>
        <extracomment>Start broker 2</extracomment>
        <translation>C&amp;hạy lại broker %1</translation>
    </message>
    <message>
        <source>Sta&amp;rt broker %1</source>
        <extracomment>Start broker 3</extracomment>
        <translation>Chạ&amp;y lại broker %1</translation>
    </message>
    <message>
        <source>Stop broker &amp;%1</source>
        <translation>Dừng broker &amp;%1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Sandbox broker listening on %1</source>
        <translation>Broker Sandbox đang lắng nghe tại %1</translation>
    </message>
    <message numerus="yes">
        <source>Topic %1 has %n partition(s). Try, in other terminals:</source>
        <translation>
            <numerusform>Topic %1 có %n partition. Hãy thử chạy trong các cửa sổ terminal khác:</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop; its messages are gone then.</source>
        <translation>Nhấn Ctrl+C để dừng; khi đó mọi tin nhắn trong Sandbox sẽ bị mất.</translation>
    </message>
    <message>
        <source>%1 sandbox brokers are running, each with a replica of every partition. Clients connect through %2.</source>
        <translation>%1 broker của Sandbox đang chạy, mỗi broker có một replica của mọi partition. Client kết nối qua %2.</translation>
    </message>
    <message>
        <source>  Partition %1 of %2: leader broker %3</source>
        <translation>  Partition %1 của %2: leader là broker %3</translation>
    </message>
</context>
<context>
    <name>SchemaCodec</name>
    <message>
        <source>This kind of schema is not supported.</source>
        <translation>Loại schema này không được hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SchemaEncodingPart</name>
    <message>
        <source>&amp;JSON encoded as:</source>
        <translation>&amp;JSON được mã hóa thành:</translation>
    </message>
    <message>
        <source>none (bytes as typed)</source>
        <translation>không (các byte đúng như đã gõ)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>mới nhất</translation>
    </message>
    <message>
        <source>The subject&apos;s version whose schema encodes the value</source>
        <translation>Phiên bản của subject có schema dùng để mã hóa giá trị</translation>
    </message>
    <message>
        <source>message type (the first)</source>
        <translation>kiểu message (cái đầu tiên)</translation>
    </message>
    <message>
        <source>The Protobuf message type the value is, by its full name</source>
        <translation>Kiểu message Protobuf của giá trị, theo tên đầy đủ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Ask the schema registry for its subjects again</source>
        <translation>Hỏi lại schema registry danh sách subject</translation>
    </message>
    <message>
        <source>Encode the value with a subject&apos;s schema (the JSON typed is checked and sent in the registry&apos;s format), or none: the bytes as typed</source>
        <translation>Mã hóa giá trị bằng schema của một subject (JSON đã gõ được kiểm tra và gửi theo định dạng của registry), hoặc không: các byte đúng như đã gõ</translation>
    </message>
    <message>
        <source>No schema registry: set one up in the connection panel&apos;s Schema registry… to encode values with a schema</source>
        <translation>Chưa có schema registry: hãy thiết lập trong Schema registry… ở bảng Kết nối để mã hóa giá trị bằng schema</translation>
    </message>
    <message>
        <source>Schema subjects not fetched: %1</source>
        <translation>Chưa lấy được các subject của schema: %1</translation>
    </message>
    <message>
        <source>The schema registry&apos;s subjects: %1</source>
        <translation>Các subject của schema registry: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>Values are encoded with %1.</source>
        <translation>Giá trị được mã hóa bằng %1.</translation>
    </message>
    <message>
        <source>The registry has no schema for %1.</source>
        <translation>Registry không có schema cho %1.</translation>
    </message>
    <message>
        <source>Fetching the schema of %1…</source>
        <translation>Đang lấy schema của %1…</translation>
    </message>
    <message>
        <source>%1 v%2 (%3, schema %4)</source>
        <translation>%1 v%2 (%3, schema %4)</translation>
    </message>
    <message>
        <source>%1, schema %2, v%3</source>
        <translation>%1, schema %2, v%3</translation>
    </message>
    <message>
        <source>The value is not UTF-8 text: a schema encodes JSON text.</source>
        <translation>Giá trị không phải văn bản UTF-8: schema mã hóa văn bản JSON.</translation>
    </message>
    <message>
        <source>Checking the value against %1…</source>
        <translation>Đang kiểm tra giá trị với %1…</translation>
    </message>
    <message>
        <source>The value does not match %1: %2</source>
        <translation>Giá trị không khớp với %1: %2</translation>
    </message>
    <message>
        <source>Matches %1.</source>
        <translation>Khớp với %1.</translation>
    </message>
    <message>
        <source>Does not match %1: %2</source>
        <translation>Không khớp với %1: %2</translation>
    </message>
</context>
<context>
    <name>SchemaRegistry</name>
    <message>
        <source>No schema registry address is set.</source>
        <translation>Chưa đặt địa chỉ schema registry.</translation>
    </message>
    <message>
        <source>The schema registry&apos;s CA file %1 holds no PEM certificate.</source>
        <translation>Tệp CA %1 của schema registry không chứa chứng chỉ PEM nào.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Tệp chứng chỉ client %1 không chứa chứng chỉ PEM nào.</translation>
    </message>
    <message>
        <source>The client key file %1 holds no unencrypted RSA or EC private key in PEM format.</source>
        <translation>Tệp khóa client %1 không chứa khóa riêng RSA hay EC nào không mã hóa ở định dạng PEM.</translation>
    </message>
    <message>
        <source>The schema registry at %1 did not answer within %2 s.</source>
        <translation>Schema registry ở %1 không trả lời trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>The schema registry at %1 sent an answer larger than %2 MB.</source>
        <translation>Schema registry ở %1 gửi câu trả lời lớn hơn %2 MB.</translation>
    </message>
    <message>
        <source>The schema registry at %1 did not answer with JSON (%2).</source>
        <translation>Schema registry ở %1 không trả lời bằng JSON (%2).</translation>
    </message>
    <message>
        <source>The schema registry at %1 asks for a user name and password (it answered %2).</source>
        <translation>Schema registry ở %1 yêu cầu tên người dùng và mật khẩu (nó trả lời %2).</translation>
    </message>
    <message>
        <source>The schema registry refused the user name or password (it answered %1).</source>
        <translation>Schema registry từ chối tên người dùng hoặc mật khẩu (nó trả lời %1).</translation>
    </message>
    <message>
        <source>The schema registry answered %1: %2</source>
        <translation>Schema registry trả lời %1: %2</translation>
    </message>
    <message>
        <source>The schema registry answered %1 for %2: is its address right? (Apicurio&apos;s ends in /apis/ccompat/v7.)</source>
        <translation>Schema registry trả lời %1 cho %2: địa chỉ của nó có đúng không? (Địa chỉ của Apicurio kết thúc bằng /apis/ccompat/v7.)</translation>
    </message>
    <message>
        <source>The schema registry answered %1.</source>
        <translation>Schema registry trả lời %1.</translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the connection was refused (is it running, and is the address right?).</source>
        <translation>Không kết nối được tới schema registry ở %1: kết nối bị từ chối (nó có đang chạy không, và địa chỉ có đúng không?).</translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the host %2 was not found.</source>
        <translation>Không kết nối được tới schema registry ở %1: không tìm thấy máy chủ %2.</translation>
    </message>
    <message>
        <source>The schema registry at %1 closed the connection before answering (does it speak %2?).</source>
        <translation>Schema registry ở %1 đóng kết nối trước khi trả lời (nó có dùng %2 không?).</translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: the https handshake failed (%2).</source>
        <translation>Không kết nối được tới schema registry ở %1: bắt tay https thất bại (%2).</translation>
    </message>
    <message>
        <source>It was checked against the system&apos;s certificate authorities; set the registry&apos;s CA file if it uses a CA of its own.</source>
        <translation>Chứng chỉ đã được kiểm tra với các CA của hệ thống; hãy đặt tệp CA của registry nếu nó dùng CA riêng.</translation>
    </message>
    <message>
        <source>It was checked against the CA file %1 only.</source>
        <translation>Chứng chỉ chỉ được kiểm tra với tệp CA %1.</translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: its certificate is not trusted (%2). %3</source>
        <translation>Không kết nối được tới schema registry ở %1: chứng chỉ của nó không được tin cậy (%2). %3</translation>
    </message>
    <message>
        <source>Cannot reach the schema registry at %1: %2</source>
        <translation>Không kết nối được tới schema registry ở %1: %2</translation>
    </message>
    <message>
        <source>The schema registry&apos;s answer holds no schema text.</source>
        <translation>Câu trả lời của schema registry không chứa nội dung schema.</translation>
    </message>
    <message>
        <source>The schema is of type %1, which TopicDesk cannot read.</source>
        <translation>Schema thuộc kiểu %1, kiểu mà TopicDesk không đọc được.</translation>
    </message>
    <message>
        <source>The schema refers to %1 without naming its subject.</source>
        <translation>Schema tham chiếu tới %1 mà không nêu subject của nó.</translation>
    </message>
    <message>
        <source>The schema refers to more than %1 other schemas.</source>
        <translation>Schema tham chiếu tới hơn %1 schema khác.</translation>
    </message>
    <message>
        <source>The schema refers to %1 (subject %2, version %3), which could not be fetched: %4</source>
        <translation>Schema tham chiếu tới %1 (subject %2, phiên bản %3), nhưng không lấy được schema đó: %4</translation>
    </message>
    <message>
        <source>The %1 schema cannot be read: %2</source>
        <translation>Không đọc được schema %1: %2</translation>
    </message>
    <message>
        <source>The schema registry has no schema with id %1 (it says: %2).</source>
        <translation>Schema registry không có schema nào có id %1 (nó báo: %2).</translation>
    </message>
    <message>
        <source>%1 answered, but not as a schema registry does (no list of subjects).</source>
        <translation>%1 có trả lời, nhưng không giống một schema registry (không có danh sách subject).</translation>
    </message>
    <message numerus="yes">
        <source>Reached %1: %n subjects</source>
        <translation>
            <numerusform>Đã kết nối tới %1: %n subject</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema was not registered under %1. %2</source>
        <translation>Schema chưa được đăng ký dưới %1. %2</translation>
    </message>
    <message>
        <source>The schema registry&apos;s answer holds no schema id.</source>
        <translation>Câu trả lời của schema registry không chứa schema id.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Security and advanced settings</source>
        <translation>Thiết lập bảo mật và nâng cao</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client id:</translation>
    </message>
    <message>
        <source>topicdesk</source>
        <translation>topicdesk</translation>
    </message>
    <message>
        <source>How this client names itself to the brokers (their logs and quotas use it).</source>
        <translation>Tên mà client này dùng để định danh với các broker (log và quota của broker dùng tên này).</translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation>&amp;Giao thức bảo mật:</translation>
    </message>
    <message>
        <source>PLAINTEXT (no encryption, no login)</source>
        <translation>PLAINTEXT (không mã hóa, không đăng nhập)</translation>
    </message>
    <message>
        <source>SSL (encrypted)</source>
        <translation>SSL (có mã hóa)</translation>
    </message>
    <message>
        <source>SASL_PLAINTEXT (login, not encrypted)</source>
        <translation>SASL_PLAINTEXT (có đăng nhập, không mã hóa)</translation>
    </message>
    <message>
        <source>SASL_SSL (login, encrypted)</source>
        <translation>SASL_SSL (có đăng nhập, có mã hóa)</translation>
    </message>
    <message>
        <source>SASL &amp;mechanism:</source>
        <translation>Cơ chế &amp;SASL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên người &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Never written to the settings file: kept in the system keychain when there is one, otherwise asked for when connecting.</source>
        <translation>Không bao giờ được ghi vào tệp thiết lập: được giữ trong kho khóa của hệ thống nếu có, nếu không thì sẽ được hỏi khi kết nối.</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>Chứng chỉ C&amp;A:</translation>
    </message>
    <message>
        <source>PEM file; empty: the system&apos;s CAs</source>
        <translation>Tệp PEM; để trống: dùng các CA của hệ thống</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Chứng chỉ cli&amp;ent:</translation>
    </message>
    <message>
        <source>PEM file, when the brokers ask for one</source>
        <translation>Tệp PEM, khi broker yêu cầu</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>&amp;Khóa client:</translation>
    </message>
    <message>
        <source>the certificate&apos;s private key (PEM)</source>
        <translation>khóa riêng của chứng chỉ (PEM)</translation>
    </message>
    <message>
        <source>Advanced: any librdkafka property (checked by librdkafka itself)</source>
        <translation>Nâng cao: mọi thuộc tính của librdkafka (do chính librdkafka kiểm tra)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>A&amp;dd property</source>
        <translation>&amp;Thêm thuộc tính</translation>
    </message>
    <message>
        <source>&amp;Remove property</source>
        <translation>&amp;Xóa thuộc tính</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kiểm tra kết &amp;nối</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Chọn tệp PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Tệp PEM (*.pem *.crt *.key);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose &quot;Kafka brokers&quot; and enter an address first: the sandbox needs no test.</source>
        <translation>Hãy chọn &quot;Broker Kafka&quot; và nhập địa chỉ trước: Sandbox không cần kiểm tra.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n broker(s), cluster id %1, round trip %2 ms.</source>
        <translation>
            <numerusform>Đã kết nối: %n broker, cluster id %1, thời gian khứ hồi %2 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Topic &quot;%1&quot; does not exist on %2.</source>
        <translation>Topic &quot;%1&quot; không tồn tại trên %2.</translation>
    </message>
    <message numerus="yes">
        <source>Partition %1 does not exist: topic &quot;%2&quot; has %n partition(s).</source>
        <translation>
            <numerusform>Partition %1 không tồn tại: topic &quot;%2&quot; có %n partition.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Không đọc được đầu vào chuẩn: %1</translation>
    </message>
    <message>
        <source>it is %1 bytes, more than the largest message the producer sends (message.max.bytes = %2)</source>
        <translation>dòng này dài %1 byte, lớn hơn tin nhắn lớn nhất mà producer gửi (message.max.bytes = %2)</translation>
    </message>
    <message>
        <source>line %1 was not sent: %2</source>
        <translation>dòng %1 không được gửi: %2</translation>
    </message>
    <message>
        <source>the message was not sent: %1</source>
        <translation>tin nhắn không được gửi: %1</translation>
    </message>
    <message>
        <source>line %1: no report from the broker in time; it may or may not have arrived.</source>
        <translation>dòng %1: broker không báo kết quả kịp thời; tin nhắn có thể đã đến hoặc chưa.</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %Ln line(s): %1 delivered, %2 failed, %3 not sent</source>
        <translation>
            <numerusform>đã dừng sau %Ln dòng: %1 đã giao, %2 thất bại, %3 không gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s): %1 delivered, %2 failed, %3 not sent</source>
        <translation>
            <numerusform>%Ln dòng: %1 đã giao, %2 thất bại, %3 không gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with no report (may or may not have arrived)</source>
        <translation>, %1 không có báo cáo (có thể đã đến hoặc chưa)</translation>
    </message>
    <message>
        <source>The message is not a valid JSON record: %1</source>
        <translation>Tin nhắn không phải là bản ghi JSON hợp lệ: %1</translation>
    </message>
    <message numerus="yes">
        <source>partition %1 does not exist: topic &quot;%2&quot; has %n partition(s).</source>
        <translation>
            <numerusform>partition %1 không tồn tại: topic &quot;%2&quot; có %n partition.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a valid JSON record: %1</source>
        <translation>dòng này không phải là bản ghi JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>stopped at line %1, which is not a valid JSON record: %2 delivered, %3 failed (line %1 included); the lines after it were not read.</source>
        <translation>đã dừng tại dòng %1, vì đó không phải là bản ghi JSON hợp lệ: %2 đã giao, %3 thất bại (tính cả dòng %1); các dòng sau đó không được đọc.</translation>
    </message>
    <message>
        <source>line %1 was not confirmed: %2</source>
        <translation>dòng %1 chưa được xác nhận: %2</translation>
    </message>
    <message>
        <source>the message was not confirmed: %1</source>
        <translation>tin nhắn chưa được xác nhận: %1</translation>
    </message>
    <message>
        <source>the latest version of subject &quot;%1&quot;</source>
        <translation>phiên bản mới nhất của subject &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 of subject &quot;%2&quot;</source>
        <translation>phiên bản %1 của subject &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Cannot get %1 from the schema registry at %2: %3</source>
        <translation>Không lấy được %1 từ schema registry ở %2: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>không có câu trả lời</translation>
    </message>
    <message>
        <source>Subject &quot;%1&quot; holds a %2 schema, not %3 (--value-format).</source>
        <translation>Subject &quot;%1&quot; chứa schema %2, không phải %3 (--value-format).</translation>
    </message>
    <message>
        <source>--message-type names a Protobuf message, but subject &quot;%1&quot; holds a %2 schema.</source>
        <translation>--message-type chỉ một message Protobuf, nhưng subject &quot;%1&quot; chứa schema %2.</translation>
    </message>
    <message>
        <source>it does not match schema %1 (%2): %3</source>
        <translation>nó không khớp với schema %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SendToTopicDialog</name>
    <message>
        <source>&amp;Keep each message&apos;s partition</source>
        <translation>Giữ nguyên &amp;partition của mỗi tin nhắn</translation>
    </message>
    <message>
        <source>Send selected to topic</source>
        <translation>Gửi các tin đã chọn tới topic</translation>
    </message>
    <message numerus="yes">
        <source>Sends the %n selected message(s) again, in the table&apos;s order, with their keys, values and headers exactly as they are.</source>
        <translation>
            <numerusform>Gửi lại %n tin nhắn đã chọn, theo thứ tự trong bảng, với key, giá trị và header giữ nguyên như cũ.</numerusform>
        </translation>
    </message>
    <message>
        <source>To &amp;topic:</source>
        <translation>Tới &amp;topic:</translation>
    </message>
    <message>
        <source>Off: the producer&apos;s partitioner places each message by its key. On: each goes to the partition it was read from (which the topic must have).</source>
        <translation>Tắt: partitioner của producer phân bổ mỗi tin nhắn theo key của nó. Bật: mỗi tin nhắn được gửi vào đúng partition mà nó được đọc ra (topic phải có partition đó).</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Consumer started on &quot;%1&quot; without a consumer group: it reads and commits nothing.</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; mà không dùng consumer group: consumer chỉ đọc và không commit gì.</translation>
    </message>
    <message>
        <source>Not connected: the consumer left its group, so these messages can no longer be acked here. What was not committed is delivered again after reconnecting.</source>
        <translation>Chưa kết nối: consumer đã rời group, nên không thể ack các tin nhắn này ở đây nữa. Những gì chưa được commit sẽ được nhận lại sau khi kết nối lại.</translation>
    </message>
    <message>
        <source>Browsing without a consumer group: nothing is committed, so there is nothing to acknowledge.</source>
        <translation>Đang duyệt mà không dùng consumer group: không có gì được commit, nên cũng không có gì cần xác nhận (ack).</translation>
    </message>
    <message>
        <source>Auto-commit is on: the consumer commits by itself every few seconds, so Ack is off.</source>
        <translation>Đang bật tự động commit (auto-commit): consumer tự commit sau mỗi vài giây, nên Ack bị tắt.</translation>
    </message>
    <message>
        <source>Browsing partition(s) %1 without a consumer group.</source>
        <translation>Đang duyệt partition %1 mà không dùng consumer group.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: this consumer was assigned partition(s) %3.</source>
        <translation>Group &quot;%1&quot;, generation %2: consumer này được giao partition %3.</translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the offset or time you chose.</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; trong group &quot;%2&quot;; consumer đọc từ offset hoặc thời điểm bạn đã chọn.</translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the group&apos;s committed offsets, and with new messages only where nothing is committed (as Kafka&apos;s own default, latest).</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; trong group &quot;%2&quot;; consumer đọc từ các committed offset của group, và chỉ đọc tin nhắn mới ở nơi chưa commit gì (như mặc định của chính Kafka, latest).</translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the group&apos;s committed offsets, and from the earliest message where nothing is committed (TopicDesk&apos;s default; Kafka&apos;s own is new messages only).</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; trong group &quot;%2&quot;; consumer đọc từ các committed offset của group, và từ tin nhắn cũ nhất ở nơi chưa commit gì (mặc định của TopicDesk; mặc định của chính Kafka là chỉ tin nhắn mới).</translation>
    </message>
    <message>
        <source>Consumer stopped. It was browsing: there was nothing to commit.</source>
        <translation>Đã dừng consumer. Consumer đang ở chế độ duyệt: không có gì để commit.</translation>
    </message>
    <message>
        <source>Consumer stopped and left group &quot;%1&quot;. With auto-commit it committed what it had read, processed or not.</source>
        <translation>Đã dừng consumer và rời group &quot;%1&quot;. Với auto-commit, consumer đã commit những gì nó đã đọc, dù đã xử lý hay chưa.</translation>
    </message>
    <message>
        <source>Consumer stopped and left group &quot;%1&quot;. Everything acknowledged in this table is committed.</source>
        <translation>Đã dừng consumer và rời group &quot;%1&quot;. Mọi thứ đã ack trong bảng này đều đã được commit.</translation>
    </message>
    <message numerus="yes">
        <source>Consumer stopped and left group &quot;%1&quot;, but the broker did not confirm the commit of %n acknowledged message(s): the group reads them again.</source>
        <translation>
            <numerusform>Đã dừng consumer và rời group &quot;%1&quot;, nhưng broker không xác nhận commit của %n tin nhắn đã ack: group sẽ đọc lại chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>partition %1 at offset %2</source>
        <translation>partition %1 tại offset %2</translation>
    </message>
    <message>
        <source>The broker confirmed the commit (every offset before each committed offset counts as processed): %1.</source>
        <translation>Broker đã xác nhận commit (mọi offset trước mỗi committed offset đều được tính là đã xử lý): %1.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: partition(s) %3 revoked from this consumer; its rows there that were not committed are now Revoked.</source>
        <translation>Group &quot;%1&quot;, generation %2: partition %3 đã bị thu hồi khỏi consumer này; các dòng của nó ở đó chưa được commit giờ là Bị thu hồi.</translation>
    </message>
    <message>
        <source>Messages are not decoded: %1</source>
        <translation>Tin nhắn không được giải mã: %1</translation>
    </message>
    <message>
        <source>Keys and values in the schema registry&apos;s format are decoded with the schemas of %1.</source>
        <translation>Key và giá trị theo định dạng của schema registry được giải mã bằng các schema của %1.</translation>
    </message>
    <message>
        <source>No schema registry: keys and values are shown as they are.</source>
        <translation>Không có schema registry: key và giá trị được hiển thị nguyên trạng.</translation>
    </message>
    <message>
        <source>A local schema file is not used: %1</source>
        <translation>Một tệp schema cục bộ không được dùng: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keys and values are decoded with the schema registry %1 and %n local schema file(s).</source>
        <translation>
            <numerusform>Key và giá trị được giải mã bằng schema registry %1 và %n tệp schema cục bộ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values are decoded with %n local schema file(s), without a schema registry.</source>
        <translation>
            <numerusform>Giá trị được giải mã bằng %n tệp schema cục bộ, không có schema registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker gave this consumer partition(s) %3; the group&apos;s other members kept consuming.</source>
        <translation>Group &quot;%1&quot;, member epoch %2: broker đã giao cho consumer này partition %3; các thành viên khác của group vẫn tiếp tục đọc.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, member epoch %2: the broker took partition(s) %3 from this consumer; its rows there that were not committed are now Revoked.</source>
        <translation>Group &quot;%1&quot;, member epoch %2: broker đã lấy partition %3 khỏi consumer này; các dòng của nó ở đó chưa được commit nay là Bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every command of the menus, with its keys. Space, Ctrl+C and Ctrl+A act on the message table while it has the focus.</source>
        <translation>Mọi lệnh trong các menu, kèm phím tắt của chúng. Space, Ctrl+C và Ctrl+A tác động lên bảng tin nhắn khi bảng đang được chọn.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message numerus="yes">
        <source>%1: %n partition(s)</source>
        <translation>
            <numerusform>%1: %n partition</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Số partition</translation>
    </message>
</context>
<context>
    <name>TopicOffsets</name>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation>Cluster không trả lời kịp.</translation>
    </message>
    <message>
        <source>the cluster did not tell (%1)</source>
        <translation>cluster không cho biết (%1)</translation>
    </message>
    <message>
        <source>The cluster has no topic &quot;%1&quot;.</source>
        <translation>Cluster không có topic &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>TopicOffsetsDialog</name>
    <message>
        <source>Partition offsets of %1</source>
        <translation>Offset của các partition của %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Ask the cluster for the offsets again</source>
        <translation>Hỏi lại cluster về các offset</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Oldest offset</source>
        <translation>Offset cũ nhất</translation>
    </message>
    <message>
        <source>Next offset</source>
        <translation>Offset kế tiếp</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Newest message</source>
        <translation>Tin nhắn mới nhất</translation>
    </message>
    <message>
        <source>Newest message time</source>
        <translation>Thời điểm tin nhắn mới nhất</translation>
    </message>
    <message>
        <source>The offset of the message with the largest timestamp</source>
        <translation>Offset của tin nhắn có timestamp lớn nhất</translation>
    </message>
    <message>
        <source>Asking the cluster about &quot;%1&quot;…</source>
        <translation>Đang hỏi cluster về &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>The offsets of &quot;%1&quot; could not be read: %2</source>
        <translation>Không đọc được các offset của &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n partition(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; có %n partition.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest message of each partition is not shown: %1.</source>
        <translation>Không hiển thị tin nhắn mới nhất của từng partition: %1.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>In-sync</translation>
    </message>
    <message>
        <source>The broker that takes the writes and reads of this partition now</source>
        <translation>Broker hiện đang nhận các lần ghi và đọc của partition này</translation>
    </message>
    <message>
        <source>The brokers that keep a copy of this partition, the preferred leader first</source>
        <translation>Các broker giữ một bản sao của partition này, leader ưu tiên đứng đầu</translation>
    </message>
    <message>
        <source>The copies that are up to date with the leader. Marked when some broker is behind or down: its copy is missing the newest messages</source>
        <translation>Các bản sao đã theo kịp leader. Được đánh dấu khi có broker bị chậm hoặc ngừng chạy: bản sao của nó thiếu các tin nhắn mới nhất</translation>
    </message>
    <message>
        <source>Cluster id: %1</source>
        <translation>Cluster id: %1</translation>
    </message>
    <message>
        <source>controller: broker %1</source>
        <translation>controller: broker %1</translation>
    </message>
    <message>
        <source>Topic id: %1</source>
        <translation>Topic id: %1</translation>
    </message>
    <message>
        <source>The topic id is not shown: %1.</source>
        <translation>Topic id không được hiển thị: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No broker leads this partition now: it can be neither written nor read until one does</source>
        <translation>Hiện không có broker nào làm leader của partition này: không thể ghi hay đọc nó cho đến khi có</translation>
    </message>
    <message>
        <source>%1 (not in sync: %2)</source>
        <translation>%1 (không in-sync: %2)</translation>
    </message>
    <message>
        <source>Only %1 of the %2 copies are up to date with the leader. Behind or down (broker ids): %3</source>
        <translation>Chỉ %1 trong %2 bản sao theo kịp leader. Bị chậm hoặc ngừng chạy (id broker): %3</translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <source>Search topics</source>
        <translation>Tìm topic</translation>
    </message>
    <message>
        <source>Pick the topic to watch and send to.</source>
        <translation>Chọn topic để theo dõi và gửi tin nhắn tới.</translation>
    </message>
    <message>
        <source>&amp;Refresh topics</source>
        <translation>&amp;Làm mới danh sách topic</translation>
    </message>
    <message>
        <source>&amp;Create topic…</source>
        <translation>&amp;Tạo topic…</translation>
    </message>
    <message>
        <source>Ask the cluster for its topics again</source>
        <translation>Hỏi lại cluster danh sách topic</translation>
    </message>
    <message>
        <source>Create a topic and watch it</source>
        <translation>Tạo một topic và theo dõi nó</translation>
    </message>
    <message>
        <source>Create a topic with the partitions and replicas you choose, and watch it</source>
        <translation>Tạo một topic với số partition và số replica bạn chọn, rồi theo dõi nó</translation>
    </message>
    <message>
        <source>Connect to see the topics.</source>
        <translation>Hãy kết nối để xem các topic.</translation>
    </message>
    <message>
        <source>Choose a topic to read it and send to it.</source>
        <translation>Chọn một topic để đọc và gửi tin nhắn tới.</translation>
    </message>
    <message>
        <source>Watching &quot;%1&quot; again: the topic chosen last time on this cluster.</source>
        <translation>Đang theo dõi lại &quot;%1&quot;: topic đã chọn lần trước trên cluster này.</translation>
    </message>
    <message numerus="yes">
        <source>Creating topic &quot;%1&quot; with %n partition(s)…</source>
        <translation>
            <numerusform>Đang tạo topic &quot;%1&quot; với %n partition…</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; created.</source>
        <translation>Đã tạo topic &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Partition &amp;offsets…</source>
        <translation>&amp;Offset của partition…</translation>
    </message>
    <message>
        <source>The watched topic&apos;s partitions: oldest and next offsets, newest messages</source>
        <translation>Các partition của topic đang theo dõi: offset cũ nhất và offset kế tiếp, tin nhắn mới nhất</translation>
    </message>
</context>
<context>
    <name>ValueEdit</name>
    <message>
        <source>(not text: the bytes are sent as they are)</source>
        <translation>(không phải văn bản: các byte được gửi nguyên vẹn)</translation>
    </message>
    <message>
        <source>%1 bytes, too large to edit here: they are sent exactly as they are. Press Delete to clear. The first %2 bytes:</source>
        <translation>%1 byte, quá lớn để sửa ở đây: chúng được gửi nguyên vẹn. Nhấn Delete để xóa. %2 byte đầu tiên:</translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The value is empty, so it carries no schema id.</source>
        <translation>Giá trị rỗng, nên không mang schema id nào.</translation>
    </message>
    <message>
        <source>Not in the schema registry&apos;s format: it does not start with the byte 00.</source>
        <translation>Không theo định dạng của schema registry: nó không bắt đầu bằng byte 00.</translation>
    </message>
    <message>
        <source>Too short for the schema registry&apos;s format: it ends inside its header.</source>
        <translation>Quá ngắn đối với định dạng của schema registry: nó kết thúc giữa phần header.</translation>
    </message>
    <message>
        <source>The Protobuf message indexes after the schema id are not valid.</source>
        <translation>Các chỉ số message Protobuf sau schema id không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bootstrap servers (host:port,...); default $KAFKA_BROKERS, else the built-in sandbox.</source>
        <translation>Máy chủ bootstrap (host:port,...); mặc định lấy từ $KAFKA_BROKERS, nếu không có thì dùng Sandbox tích hợp sẵn.</translation>
    </message>
    <message>
        <source>Topic to watch and send to; default $KAFKA_TOPIC.</source>
        <translation>Topic để theo dõi và gửi tin nhắn tới; mặc định lấy từ $KAFKA_TOPIC.</translation>
    </message>
    <message>
        <source>User interface language (en, vi); default: the system&apos;s.</source>
        <translation>Ngôn ngữ giao diện (en, vi); mặc định: theo ngôn ngữ của hệ thống.</translation>
    </message>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.
Without a display: topicdesk send|consume|sandbox --help</source>
        <translation>Gửi, theo dõi và xác nhận (ack) tin nhắn Apache Kafka.
Khi không có giao diện đồ họa: topicdesk send|consume|sandbox --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the commands are send, consume and sandbox (topicdesk COMMAND --help); with none, the window opens.</source>
        <translation>Lệnh không xác định &quot;%1&quot;: các lệnh là send, consume và sandbox (topicdesk COMMAND --help); không có lệnh thì cửa sổ sẽ mở.</translation>
    </message>
    <message>
        <source>Consumer group to read in; default $KAFKA_GROUP, else none on a cluster (reading without a group) and topicdesk in the sandbox.</source>
        <translation>Consumer group dùng để đọc; mặc định lấy từ $KAFKA_GROUP, nếu không có thì trên cluster không dùng group (đọc không cần group), còn trong Sandbox thì dùng topicdesk.</translation>
    </message>
</context>
</TS>
