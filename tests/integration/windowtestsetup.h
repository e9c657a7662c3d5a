// WindowTestSetup: the start every test of the window shares, against the Sandbox when no
// broker is given and against the fixture's real broker otherwise: settings of the test's own,
// a fresh topic and group, and waiting until the session reads it.
#pragma once

#include "connectionconfig.h"

class KafkaSession;
class QTemporaryDir;

namespace WindowTestSetup {
// Points the application's settings into dir, so no test reads or changes the user's, and
// says in the test's output which cluster it runs against. False when dir is not usable.
bool useSettingsIn(const QTemporaryDir &dir);
// A group of its own and, on a real broker, a new topic of `partitions` partitions (a warning
// in the output when it could not be created); on the Sandbox its test-topic.
ConnectionConfig freshConfig(const QString &prefix, int partitions = 2);
// Waits until the session is connected and its consumer runs; false after timeoutMs.
bool waitConsuming(const KafkaSession *session, int timeoutMs = 30000);
} // namespace WindowTestSetup
