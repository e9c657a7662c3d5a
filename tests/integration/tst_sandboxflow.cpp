// The same end-to-end flow against the built-in sandbox broker (librdkafka's mock cluster),
// which is what a user without Kafka gets.
#include "clustermetadata.h"
#include "endtoendflow.h"
#include "sandboxbroker.h"
#include "testcluster.h"

#include <QTest>

class TestSandboxFlow final : public QObject
{
    Q_OBJECT
private slots:
    void thousandKeyedMessagesArriveOnceWhereReported()
    {
        SandboxBroker sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QVERIFY(sandbox.bootstrapServers().startsWith(QLatin1String("127.0.0.1:")));

        ConnectionConfig config;
        config.bootstrapServers = sandbox.bootstrapServers();
        config.groupId = TestCluster::uniqueName(QStringLiteral("sandbox"));
        config.topic = QStringLiteral("flow");
        QVERIFY2(sandbox.createTopic(config.topic, 3, &error), qPrintable(error));
        EndToEndFlow::run(config, 1000);
    }

    void defaultTopicHasTwoPartitions()
    {
        SandboxBroker sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        ConnectionConfig config;
        config.bootstrapServers = sandbox.bootstrapServers();
        const TopicListing listing = ClusterMetadata::fetchTopics(config, 5000);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.brokerCount, 1);
        QCOMPARE(listing.topics.size(), 1);
        QCOMPARE(listing.topics.first().name, SandboxBroker::defaultTopic());
        QCOMPARE(listing.topics.first().partitionCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlow)
#include "tst_sandboxflow.moc"
