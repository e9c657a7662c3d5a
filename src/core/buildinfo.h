// BuildInfo: which TopicDesk this is and what it runs on (Qt, librdkafka), for `topicdesk
// --version`, the About box and bug reports. Plain text, not translated: it is pasted into
// reports as it is.
#pragma once

#include <QString>

namespace BuildInfo {
// The project version TopicDesk was built as: "0.1.0".
QString applicationVersion();
// The Qt in use at run time and the one built against: "6.4.2 (built with 6.4.2)".
QString qtVersion();
// The librdkafka in use at run time (rd_kafka_version_str()): "2.0.2".
QString librdkafkaVersion();
// All three, one per line (no final newline):
//   TopicDesk 0.1.0
//   Qt 6.4.2 (built with 6.4.2)
//   librdkafka 2.0.2
QString summary();
} // namespace BuildInfo
