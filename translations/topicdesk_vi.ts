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
        <translation>Partition %1 không còn được giao cho consumer này nữa: sau một lần rebalance (chia lại partition), nó đã thuộc về consumer khác; tin nhắn sẽ được gửi lại cho consumer đó.</translation>
    </message>
    <message>
        <source>Offset %1 of partition %2 was not delivered to this consumer.</source>
        <translation>Offset %1 của partition %2 không được gửi tới consumer này.</translation>
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
    <message numerus="yes">
        <source>%n of the failed message(s) sent but not confirmed: it or they may be in the topic all the same.</source>
        <translation>
            <numerusform>%n tin nhắn lỗi đã được gửi đi nhưng không được xác nhận: chúng có thể vẫn nằm trong topic.</numerusform>
        </translation>
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
        <source>Messages with the same key always go to the same partition.</source>
        <translation>Các tin nhắn có cùng key luôn được gửi vào cùng một partition.</translation>
    </message>
    <message>
        <source>no key (&amp;null)</source>
        <translation>&amp;không có key (null)</translation>
    </message>
    <message>
        <source>A null key is not the same as an empty one: without a key the partitioner picks a partition.</source>
        <translation>Key null khác với key rỗng: khi không có key, partitioner sẽ tự chọn partition.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Giá &amp;trị:</translation>
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
        <source>&amp;Add header</source>
        <translation>&amp;Thêm header</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>Xóa heade&amp;r</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>Pa&amp;rtition:</translation>
    </message>
    <message>
        <source>Automatic lets the partitioner choose (see Partitioner); a number sends to that partition.</source>
        <translation>Tự động: để partitioner chọn (xem Partitioner); nhập một số: gửi vào partition đó.</translation>
    </message>
    <message>
        <source>A&amp;cks:</source>
        <translation>Ack&amp;s:</translation>
    </message>
    <message>
        <source>How many acknowledgements a send waits for (acks).</source>
        <translation>Số lượng xác nhận mà một lần gửi cần chờ (acks).</translation>
    </message>
    <message>
        <source>Partitio&amp;ner:</source>
        <translation>Partition&amp;er:</translation>
    </message>
    <message>
        <source>How a partition is chosen when none is given.</source>
        <translation>Cách chọn partition khi không chỉ định partition nào.</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>&amp;Kiểu nén:</translation>
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
        <source>C&amp;ount:</source>
        <translation>&amp;Số lượng:</translation>
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
        <source>Temp&amp;late:</source>
        <translation>&amp;Mẫu:</translation>
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
        <translation>all (mọi bản sao đồng bộ)</translation>
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
        <translation>Broker chỉ phản hồi khi mọi bản sao đồng bộ (in-sync replica) đều đã có tin nhắn.</translation>
    </message>
    <message>
        <source>The answer comes once the partition&apos;s leader has written it; it is lost if the leader fails before the replicas copy it.</source>
        <translation>Broker phản hồi ngay khi leader của partition đã ghi tin nhắn; tin nhắn sẽ bị mất nếu leader gặp sự cố trước khi các bản sao kịp sao chép nó.</translation>
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
        <translation>Nhóm consumer đang để trống: hãy nhập một group id, ví dụ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The consumer group &quot;%1&quot; starts or ends with spaces.</source>
        <translation>Nhóm consumer &quot;%1&quot; có khoảng trắng ở đầu hoặc cuối.</translation>
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
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Saved connection profiles: choosing one fills in the settings below; it does not connect by itself.</source>
        <translation>Các hồ sơ kết nối đã lưu: chọn một hồ sơ sẽ điền sẵn các thiết lập bên dưới, nhưng không tự kết nối.</translation>
    </message>
    <message>
        <source>Sandbo&amp;x (built in, no Kafka needed)</source>
        <translation>Sandbo&amp;x (tích hợp sẵn, không cần Kafka)</translation>
    </message>
    <message>
        <source>An in-process Kafka broker on 127.0.0.1 with the topic test-topic (2 partitions). Its messages last until TopicDesk closes.</source>
        <translation>Broker Kafka chạy ngay trong tiến trình của ứng dụng, tại 127.0.0.1, có sẵn topic test-topic (2 partition). Tin nhắn trong đó chỉ được giữ cho đến khi đóng TopicDesk.</translation>
    </message>
    <message>
        <source>&amp;Kafka brokers:</source>
        <translation>&amp;Broker Kafka:</translation>
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
        <translation>Trong nhóm consumer, các partition được chia cho những thành viên khác của nhóm, và tin nhắn đã xác nhận (ack) sẽ được commit. Chế độ duyệt đọc mọi partition mà không cần nhóm và không commit gì cả.</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <source>Consumers in the same group share the topic&apos;s partitions; the group&apos;s committed offsets say where reading resumes.</source>
        <translation>Các consumer trong cùng một nhóm chia nhau các partition của topic; offset mà nhóm đã commit cho biết việc đọc sẽ tiếp tục từ đâu.</translation>
    </message>
    <message>
        <source>consumer group id</source>
        <translation>group id của nhóm consumer</translation>
    </message>
    <message>
        <source>S&amp;tart at:</source>
        <translation>Bắt đầ&amp;u từ:</translation>
    </message>
    <message>
        <source>Where reading starts when the group has no committed offset, and when browsing (auto.offset.reset).</source>
        <translation>Vị trí bắt đầu đọc khi nhóm chưa commit offset nào, và khi duyệt (auto.offset.reset).</translation>
    </message>
    <message>
        <source>C&amp;ommit:</source>
        <translation>C&amp;ommit:</translation>
    </message>
    <message>
        <source>Safe: the committed position never passes a message you have not acked. Kafka-native: Ack on offset N commits N+1, covering every earlier message. Automatic: the consumer commits by itself every few seconds.</source>
        <translation>An toàn: vị trí đã commit không bao giờ vượt qua một tin nhắn mà bạn chưa ack. Kiểu Kafka gốc: Ack tại offset N sẽ commit N+1, bao gồm luôn mọi tin nhắn phía trước. Tự động: consumer tự commit sau mỗi vài giây.</translation>
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
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message>
        <source>S&amp;ecurity and advanced…</source>
        <translation>Bảo mật &amp;và nâng cao…</translation>
    </message>
    <message>
        <source>in a consumer group</source>
        <translation>trong nhóm consumer</translation>
    </message>
    <message>
        <source>browsing, no group</source>
        <translation>duyệt, không dùng nhóm</translation>
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
        <source>Kafka-native</source>
        <translation>kiểu Kafka gốc</translation>
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
        <translation>Ngắt kết nối: consumer commit những gì đã ack rồi rời nhóm</translation>
    </message>
    <message>
        <source>SSL, SASL, client id, any librdkafka property, and a connection test</source>
        <translation>SSL, SASL, client id, mọi thuộc tính của librdkafka, và kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Not connected: reading in a consumer group needs the group&apos;s name. Enter one, or choose to read by browsing, without a group.</source>
        <translation>Chưa kết nối: đọc trong nhóm consumer cần có tên nhóm. Hãy nhập tên nhóm, hoặc chọn chế độ duyệt, không dùng nhóm.</translation>
    </message>
    <message>
        <source>Browsing reads every partition without a group: nothing is committed, nothing to ack, no group left behind.</source>
        <translation>Chế độ duyệt đọc mọi partition mà không dùng nhóm: không commit gì, không cần ack, không để lại nhóm nào.</translation>
    </message>
    <message>
        <source>Ack messages to commit them: the committed position never passes a message you have not acked.</source>
        <translation>Hãy ack tin nhắn để commit chúng: vị trí đã commit không bao giờ vượt qua một tin nhắn mà bạn chưa ack.</translation>
    </message>
    <message>
        <source>Ack on offset N commits N+1 at once, which also covers every earlier message of its partition, acked or not.</source>
        <translation>Ack tại offset N sẽ commit ngay N+1, bao gồm luôn mọi tin nhắn phía trước trong partition đó, dù đã ack hay chưa.</translation>
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
        <translation>Key &quot;%1&quot; nằm trong partition %2 của %3 (%4): chỉ đọc partition đó, không dùng nhóm consumer, và chỉ hiện các tin nhắn có key này.</translation>
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
        <translation>Đã tạm dừng: consumer ngừng lấy tin nhắn về nhưng vẫn ở lại trong nhóm.</translation>
    </message>
    <message>
        <source>Resumed fetching.</source>
        <translation>Đã tiếp tục lấy tin nhắn về.</translation>
    </message>
    <message>
        <source>The commit failed: %1. The messages it covered will be delivered again.</source>
        <translation>Commit thất bại: %1. Các tin nhắn mà nó bao gồm sẽ được gửi lại.</translation>
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
        <translation>Group &quot;%1&quot; chưa có offset đã commit cho partition %2: commit offset %3, nơi consumer này bắt đầu, để thành viên nhận lại partition sẽ tiếp tục từ đó.</translation>
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
        <translation>Số broker giữ một bản sao của mỗi partition; tối đa bằng số broker hiện có.</translation>
    </message>
    <message>
        <source>The sandbox has one broker: one replica.</source>
        <translation>Sandbox chỉ có một broker: một bản sao.</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Đã có topic tên &quot;%1&quot;.</translation>
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
        <source>Null: the message has no value (a tombstone).</source>
        <translation>Null: tin nhắn không có giá trị (tombstone).</translation>
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
        <translation>Partitio&amp;n:</translation>
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
        <translation>&amp;Thời gian:</translation>
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
        <translation>Chỉ đọc partition của topic &quot;%1&quot; chứa key này, không dùng nhóm consumer, và chỉ hiện các tin nhắn có key này.</translation>
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
        <translation>Nhóm consumer; mặc định lấy từ $KAFKA_GROUP, nếu không có thì là topicdesk.</translation>
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
        <translation>Chỉ hiện các tin nhắn có key này, và chỉ đọc (không dùng nhóm) partition chứa key đó.</translation>
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
        <translation>--key đọc mà không dùng nhóm consumer, nên không có gì cần xác nhận (ack): hãy bỏ --manual.</translation>
    </message>
    <message>
        <source>Unknown partitioner &quot;%1&quot;: use murmur2 (Java clients) or consistent_random (librdkafka clients).</source>
        <translation>Partitioner không xác định &quot;%1&quot;: hãy dùng murmur2 (client Java) hoặc consistent_random (client librdkafka).</translation>
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
        <source>Not delivered in time: no broker took the message (is the cluster reachable?).</source>
        <translation>Không gửi được trong thời gian cho phép: không có broker nào nhận tin nhắn (có kết nối được tới cluster không?).</translation>
    </message>
    <message>
        <source>Not delivered: the connection was closed before the broker answered.</source>
        <translation>Không gửi được: kết nối đã bị đóng trước khi broker phản hồi.</translation>
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
        <translation>Không có quyền dùng nhóm consumer này.</translation>
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
        <source>Not confirmed: the message was sent, but the broker stopped answering before it confirmed it. It may be in the topic all the same.</source>
        <translation>Chưa được xác nhận: tin nhắn đã được gửi đi, nhưng broker ngừng trả lời trước khi xác nhận. Có thể tin nhắn vẫn nằm trong topic.</translation>
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
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>What happened, newest at the bottom: connections, deliveries, assignments, commits and errors.</source>
        <translation>Những gì đã diễn ra, mới nhất ở dưới cùng: kết nối, lần gửi, việc giao partition, commit và lỗi.</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>&amp;Xóa nhật ký</translation>
    </message>
    <message>
        <source>Remove every line from the log</source>
        <translation>Xóa mọi dòng trong nhật ký</translation>
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
        <translation>T&amp;hoát</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
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
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>TopicDesk uses the chosen language from its next start.</source>
        <translation>TopicDesk sẽ dùng ngôn ngữ đã chọn từ lần khởi động tiếp theo.</translation>
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
</context>
<context>
    <name>MessageCommand</name>
    <message>
        <source>The value is null (a tombstone), which a command line cannot send.</source>
        <translation>Giá trị là null (tombstone), dòng lệnh không gửi được giá trị này.</translation>
    </message>
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
        <translation>Gửi lại</translation>
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
        <source>Stale</source>
        <translation>Hết hiệu lực</translation>
    </message>
    <message>
        <source>Delivered to this consumer and not acknowledged yet. Ack it once you have processed it.</source>
        <translation>Đã gửi tới consumer này nhưng chưa được xác nhận (ack). Hãy ack sau khi bạn xử lý xong.</translation>
    </message>
    <message>
        <source>Delivered again: this consumer group saw offset %1 of partition %2 before, but it was never committed (at-least-once delivery).</source>
        <translation>Được gửi lại: nhóm consumer này đã từng nhận offset %1 của partition %2, nhưng offset đó chưa bao giờ được commit (cơ chế at-least-once: gửi ít nhất một lần).</translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offset %1 of partition %2: the group&apos;s position cannot pass a message that is not acknowledged.</source>
        <translation>Đã xác nhận (ack), đang chờ offset %1 của partition %2: vị trí của nhóm không thể vượt qua một tin nhắn chưa được ack.</translation>
    </message>
    <message>
        <source>Acknowledged, waiting for offsets %1..%2 of partition %3: the group&apos;s position cannot pass a message that is not acknowledged.</source>
        <translation>Đã xác nhận (ack), đang chờ các offset %1..%2 của partition %3: vị trí của nhóm không thể vượt qua một tin nhắn chưa được ack.</translation>
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
        <source>Committed: the broker confirmed the group&apos;s position %1 on partition %2.</source>
        <translation>Đã commit: broker đã ghi nhận vị trí %1 của nhóm trên partition %2.</translation>
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
        <source>A null value (a tombstone).</source>
        <translation>Giá trị null (tombstone).</translation>
    </message>
    <message>
        <source>Acknowledge: this message is processed.</source>
        <translation>Xác nhận (ack): tin nhắn này đã được xử lý.</translation>
    </message>
    <message>
        <source>Received, Acked (waiting for the commit), Committed (confirmed by the broker), Stale (partition revoked) or Redelivered (seen before)</source>
        <translation>Đã nhận, Đã ack (đang chờ commit), Đã commit (broker đã ghi nhận), Hết hiệu lực (partition bị thu hồi) hoặc Gửi lại (đã từng nhận trước đó)</translation>
    </message>
    <message>
        <source>The partition the message is stored in</source>
        <translation>Partition chứa tin nhắn</translation>
    </message>
    <message>
        <source>The message&apos;s position in its partition</source>
        <translation>Vị trí của tin nhắn trong partition</translation>
    </message>
    <message>
        <source>Acknowledge a message once it is processed; commits follow</source>
        <translation>Xác nhận (ack) tin nhắn sau khi xử lý xong; việc commit sẽ diễn ra sau đó</translation>
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
        <source>Partition %1 was revoked before this message was committed: it cannot be acked here, and will be delivered again to the partition&apos;s new owner.</source>
        <translation>Partition %1 đã bị thu hồi trước khi tin nhắn này được commit: không thể ack tin nhắn ở đây, và nó sẽ được gửi lại cho consumer mới sở hữu partition.</translation>
    </message>
    <message>
        <source>Committed without an ack: the commit of a later offset (position %1) covered it. This is how a plain Kafka commit skips messages nobody processed.</source>
        <translation>Đã commit mà không được ack: lần commit một offset phía sau (vị trí %1) đã bao gồm luôn tin nhắn này. Đây là cách một lần commit kiểu Kafka gốc bỏ qua những tin nhắn chưa ai xử lý.</translation>
    </message>
    <message>
        <source>A rebalance took partition %1 from this consumer before this message was committed. It cannot be acked here; the partition&apos;s new owner gets it again.</source>
        <translation>Một lần rebalance đã lấy partition %1 khỏi consumer này trước khi tin nhắn này được commit. Không thể ack tin nhắn ở đây; consumer mới sở hữu partition sẽ nhận lại tin nhắn.</translation>
    </message>
    <message>
        <source>Acknowledged, but the broker refused the commit of position %1 on partition %2: %3. It is sent again in %4 s; until a commit is confirmed, this message would be delivered again after a restart.</source>
        <translation>Đã xác nhận, nhưng broker từ chối commit vị trí %1 trên partition %2: %3. Sẽ gửi lại sau %4 giây; cho đến khi một commit được xác nhận, tin nhắn này sẽ được gửi lại nếu khởi động lại.</translation>
    </message>
    <message>
        <source>Acked, commit failed, retrying</source>
        <translation>Đã ack, commit thất bại, đang thử lại</translation>
    </message>
    <message>
        <source>From the value&apos;s JSON: %1. Empty where the value is not JSON or has nothing there.</source>
        <translation>Từ JSON của giá trị: %1. Để trống nếu giá trị không phải JSON hoặc không có gì ở đó.</translation>
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
        <source>Sto&amp;p consumer</source>
        <translation>Dừng consu&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Giữ lại</translation>
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
        <source>Star&amp;t consumer</source>
        <translation>Chạy consu&amp;mer</translation>
    </message>
    <message>
        <source>Ack all &amp;up to this row</source>
        <translation>Ack &amp;tất cả đến hết dòng này</translation>
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
        <source>&amp;Hide stale rows</source>
        <translation>Ẩn dòng hết hiệ&amp;u lực</translation>
    </message>
    <message>
        <source>Leave the group (committing what was acknowledged) or join it again: what was not committed comes back</source>
        <translation>Rời nhóm (commit những gì đã ack) hoặc vào lại nhóm: những gì chưa commit sẽ được gửi lại</translation>
    </message>
    <message>
        <source>Stop fetching while staying in the group; messages wait on the broker</source>
        <translation>Ngừng lấy tin nhắn về nhưng vẫn ở lại trong nhóm; tin nhắn sẽ chờ trên broker</translation>
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
        <source>Hide the rows of partitions this consumer lost (their messages come again as redelivered rows)</source>
        <translation>Ẩn các dòng của những partition mà consumer này đã mất (tin nhắn của chúng sẽ xuất hiện lại dưới dạng dòng Gửi lại)</translation>
    </message>
    <message>
        <source>Consumer stopped: acknowledged messages were committed, and it left the group.</source>
        <translation>Đã dừng consumer: các tin nhắn đã xác nhận (ack) đã được commit, và consumer đã rời nhóm.</translation>
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
        <translation>Đọc lại partition đang chọn từ một offset (các commit của nhóm giữ nguyên cho đến khi bạn ack)</translation>
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
        <source>Stop finding by key</source>
        <translation>Dừng tìm theo key</translation>
    </message>
    <message>
        <source>Show only one key&apos;s messages: read just the partition the key is in, without a consumer group</source>
        <translation>Chỉ hiện tin nhắn của một key: chỉ đọc partition chứa key đó, không dùng nhóm consumer</translation>
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
        <translation>Đang tìm key &quot;%1&quot; (%2): chỉ đọc partition %3 của &quot;%4&quot; %5, không dùng nhóm consumer; bỏ qua tin nhắn có key khác.</translation>
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
        <translation>Nhóm chưa commit gì trên partition này.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Đầu log</translation>
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
        <source>High w/m</source>
        <comment>high watermark, abbreviated for a column header</comment>
        <translation>High w/m</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <source>The oldest offset still kept in the partition (older ones were deleted by retention)</source>
        <translation>Offset cũ nhất còn được giữ trong partition (những offset cũ hơn đã bị xóa theo cấu hình retention)</translation>
    </message>
    <message>
        <source>The group&apos;s committed position, stored by Kafka in __consumer_offsets: a restarted consumer resumes here</source>
        <translation>Vị trí đã commit của nhóm, được Kafka lưu trong __consumer_offsets: consumer khởi động lại sẽ đọc tiếp từ đây</translation>
    </message>
    <message>
        <source>The next offset this consumer will fetch</source>
        <translation>Offset tiếp theo mà consumer này sẽ lấy về</translation>
    </message>
    <message>
        <source>High watermark: the offset right after the last message consumers can read</source>
        <translation>High watermark: offset ngay sau tin nhắn cuối cùng mà consumer có thể đọc</translation>
    </message>
    <message>
        <source>Nothing committed yet: every message from the log start counts.</source>
        <translation>Chưa commit gì: mọi tin nhắn từ đầu log đều được tính.</translation>
    </message>
    <message>
        <source>Messages not committed yet: high watermark minus committed (minus the log start while nothing is committed)</source>
        <translation>Số tin nhắn chưa được commit: high watermark trừ offset đã commit (trừ đầu log khi chưa commit gì)</translation>
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
        <translation>&amp;Xóa hồ sơ</translation>
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
        <source>&amp;Add property</source>
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
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; mà không dùng nhóm consumer: consumer chỉ đọc và không commit gì.</translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the committed offsets, or from the earliest message for a new group.</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; trong nhóm &quot;%2&quot;; consumer đọc tiếp từ các offset đã commit, hoặc từ tin nhắn cũ nhất nếu là nhóm mới.</translation>
    </message>
    <message>
        <source>Not connected: the consumer left its group, so these messages can no longer be acked here. What was not committed is delivered again after reconnecting.</source>
        <translation>Chưa kết nối: consumer đã rời nhóm, nên không thể ack các tin nhắn này ở đây nữa. Những gì chưa được commit sẽ được gửi lại sau khi kết nối lại.</translation>
    </message>
    <message>
        <source>Browsing without a consumer group: nothing is committed, so there is nothing to acknowledge.</source>
        <translation>Đang duyệt mà không dùng nhóm consumer: không có gì được commit, nên cũng không có gì cần xác nhận (ack).</translation>
    </message>
    <message>
        <source>Auto-commit is on: the consumer commits by itself every few seconds, so Ack is off.</source>
        <translation>Đang bật tự động commit (auto-commit): consumer tự commit sau mỗi vài giây, nên Ack bị tắt.</translation>
    </message>
    <message>
        <source>partition %1 at position %2</source>
        <translation>partition %1 tại vị trí %2</translation>
    </message>
    <message>
        <source>The broker confirmed the commit (every offset before each position counts as processed): %1.</source>
        <translation>Broker đã ghi nhận commit (mọi offset trước mỗi vị trí đều được tính là đã xử lý): %1.</translation>
    </message>
    <message>
        <source>Browsing partition(s) %1 without a consumer group.</source>
        <translation>Đang duyệt partition %1 mà không dùng nhóm consumer.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: this consumer was assigned partition(s) %3.</source>
        <translation>Nhóm &quot;%1&quot;, thế hệ %2: consumer này được giao partition %3.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;, generation %2: partition(s) %3 revoked from this consumer; messages it had not committed there are now stale.</source>
        <translation>Nhóm &quot;%1&quot;, thế hệ %2: partition %3 đã bị thu hồi khỏi consumer này; các tin nhắn mà consumer chưa commit trên đó giờ đã hết hiệu lực.</translation>
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
        <translation>Tạo một topic với số partition và số bản sao bạn chọn, rồi theo dõi nó</translation>
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
        <translation>Nhóm consumer dùng để đọc; mặc định lấy từ $KAFKA_GROUP, nếu không có thì trên cluster không dùng nhóm (đọc không cần nhóm), còn trong Sandbox thì dùng topicdesk.</translation>
    </message>
</context>
</TS>
