// The first end-to-end flow against a real Apache Kafka broker: 1,000 keyed messages produced
// by the core Producer arrive once each through ConsumerWorker, where the delivery reports
// said they landed.
#include "endtoendflow.h"
#include "testcluster.h"

#include <QTest>

class TestEndToEnd final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!TestCluster::brokers().isEmpty(),
                 "TOPICDESK_TEST_BROKERS is not set: run this test through ctest, which starts "
                 "a Kafka broker (tests/broker/broker.sh)");
        qInfo("Kafka %s at %s", qPrintable(TestCluster::kafkaVersion()),
              qPrintable(TestCluster::brokers()));
    }

    void thousandKeyedMessagesArriveOnceWhereReported()
    {
        QString created;
        const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("e2e"), 3, &created);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        EndToEndFlow::run(config, 1000);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
