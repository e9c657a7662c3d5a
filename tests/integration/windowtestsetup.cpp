#include "windowtestsetup.h"

#include "kafkasession.h"
#include "testcluster.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace WindowTestSetup {
bool useSettingsIn(const QTemporaryDir &dir)
{
    if (!dir.isValid())
        return false;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    qInfo("against %s", TestCluster::brokers().isEmpty()
                            ? "the sandbox"
                            : qPrintable(QStringLiteral("Kafka ") + TestCluster::kafkaVersion()));
    return true;
}

ConnectionConfig freshConfig(const QString &prefix, int partitions)
{
    if (TestCluster::brokers().isEmpty()) {
        ConnectionConfig config;
        config.groupId = TestCluster::uniqueName(prefix);
        return config; // the Sandbox's test-topic
    }
    QString error;
    ConnectionConfig config = TestCluster::newTopic(prefix, partitions, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return config;
}

bool waitConsuming(const KafkaSession *session, int timeoutMs)
{
    return QTest::qWaitFor(
        [session] {
            return session->state() == KafkaSession::State::Connected && session->isConsuming();
        },
        timeoutMs);
}
} // namespace WindowTestSetup
