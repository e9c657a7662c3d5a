<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ClusterMetadata</name>
    <message>
        <source>Could not reach %1 within %2 s: %3</source>
        <translation>Không thể kết nối tới %1 trong vòng %2 giây: %3</translation>
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
</context>
<context>
    <name>ConsumerWorker</name>
    <message>
        <source>The consumer could not be created: %1</source>
        <translation>Không thể tạo consumer: %1</translation>
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
        <source>Too many messages are waiting to be sent; try again in a moment.</source>
        <translation>Có quá nhiều tin nhắn đang chờ gửi; hãy thử lại sau giây lát.</translation>
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
        <source>Not connected to the sandbox.</source>
        <translation>Chưa kết nối tới Sandbox.</translation>
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
        <source>&amp;Sandbox (built in, no Kafka needed)</source>
        <translation>&amp;Sandbox (tích hợp sẵn, không cần Kafka)</translation>
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
        <source>Consumer &amp;group:</source>
        <translation>Nhóm &amp;consumer:</translation>
    </message>
    <message>
        <source>Consumers in the same group share the topic&apos;s partitions; the group&apos;s committed offsets say where reading resumes.</source>
        <translation>Các consumer trong cùng một nhóm chia nhau các partition của topic; offset mà nhóm đã commit cho biết việc đọc sẽ tiếp tục từ đâu.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Kết &amp;nối</translation>
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
        <source>Pick the topic to watch and send to.</source>
        <translation>Chọn topic để theo dõi và gửi tin nhắn tới.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Soạn tin nhắn</translation>
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
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>no key: the partitioner picks a partition</source>
        <translation>không có key: partitioner sẽ tự chọn partition</translation>
    </message>
    <message>
        <source>Messages with the same key always go to the same partition.</source>
        <translation>Các tin nhắn có cùng key luôn được gửi vào cùng một partition.</translation>
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
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Send to the selected topic (Ctrl+Return)</source>
        <translation>Gửi tới topic đang chọn (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Chưa có tin nhắn nào.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Consumer started on &quot;%1&quot; in group &quot;%2&quot;; it pulls from the committed offsets, or from the earliest message for a new group.</source>
        <translation>Đã khởi động consumer trên topic &quot;%1&quot; trong nhóm &quot;%2&quot;; consumer đọc tiếp từ các offset đã commit, hoặc từ tin nhắn cũ nhất nếu là nhóm mới.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Ngắt kết nối</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n tin nhắn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to &quot;%1&quot;…</source>
        <translation>Đang gửi tới &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Delivered to %1, partition %2 at offset %3 in %4 ms.</source>
        <translation>Đã gửi thành công tới %1, partition %2, tại offset %3 (mất %4 ms).</translation>
    </message>
    <message>
        <source>Sent to %1, partition %2; the broker did not report an offset.</source>
        <translation>Đã gửi tới %1, partition %2; broker không cho biết offset.</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Không gửi được tới %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n message(s); older ones were removed from the table.</source>
        <translation>
            <numerusform>Đang hiện %n tin nhắn mới nhất; các tin cũ hơn đã được gỡ khỏi bảng.</numerusform>
        </translation>
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
    <name>TopicAdmin</name>
    <message>
        <source>Topic &quot;%1&quot; cannot be created: %2</source>
        <translation>Không thể tạo topic &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The cluster did not answer the request to create topic &quot;%1&quot;.</source>
        <translation>Cluster không phản hồi yêu cầu tạo topic &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; was not created: %2</source>
        <translation>Tạo topic &quot;%1&quot; thất bại: %2</translation>
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
    <name>main</name>
    <message>
        <source>Produce, watch and acknowledge Apache Kafka messages.</source>
        <translation>Gửi, theo dõi và xác nhận (ack) tin nhắn Apache Kafka.</translation>
    </message>
    <message>
        <source>Bootstrap servers (host:port,...); default $KAFKA_BROKERS, else the built-in sandbox.</source>
        <translation>Máy chủ bootstrap (host:port,...); mặc định lấy từ $KAFKA_BROKERS, nếu không có thì dùng Sandbox tích hợp sẵn.</translation>
    </message>
    <message>
        <source>Topic to watch and send to; default $KAFKA_TOPIC.</source>
        <translation>Topic để theo dõi và gửi tin nhắn tới; mặc định lấy từ $KAFKA_TOPIC.</translation>
    </message>
    <message>
        <source>Consumer group; default $KAFKA_GROUP, else topicdesk.</source>
        <translation>Nhóm consumer; mặc định lấy từ $KAFKA_GROUP, nếu không có thì là topicdesk.</translation>
    </message>
    <message>
        <source>User interface language (en, vi); default: the system&apos;s.</source>
        <translation>Ngôn ngữ giao diện (en, vi); mặc định: theo ngôn ngữ của hệ thống.</translation>
    </message>
</context>
</TS>
