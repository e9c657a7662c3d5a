// Leader changes in a cluster of three KRaft nodes of the test's own (tests/broker/cluster.sh:
// replication 3, min.insync.replicas=2, acks=all): the node leading a partition is stopped
// (SIGTERM) or crashes (SIGKILL) in the middle of a bulk send, and in the middle of a run of
// acknowledgements. Every record
// reported delivered is in the topic exactly once; every acknowledged position stays committed
// and a new member of the group resumes exactly there.
#include "adminclient.h"
#include "bulkreadback.h"
#include "bulksender.h"
#include "consumerharness.h"
#include "faultcluster.h"
#include "groupresume.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
constexpr int Replicas = 3;
constexpr int Partitions = 3;
constexpr qint64 BulkCount = 20000;
constexpr qint64 FaultAt = 5000;
constexpr int TimeoutMs = 180000;
constexpr int CommitTimeoutMs = 30000;
const QString OffsetsTopic = QStringLiteral("__consumer_offsets");

// A topic with a copy on each of the three nodes, once the metadata shows all its partitions
// with a leader.
ConnectionConfig replicatedTopic(const QString &prefix, QString *error)
{
    ConnectionConfig config = TestCluster::config(prefix);
    config.topic = TestCluster::uniqueName(prefix);
    *error = AdminClient::createTopic(config, config.topic, Partitions, Replicas, 20000);
    if (!error->isEmpty())
        return config;
    const bool led = QTest::qWaitFor(
        [&] {
            for (qint32 p = 0; p < Partitions; ++p) {
                if (FaultCluster::leaderOf(config, config.topic, p, error) < 0)
                    return false;
            }
            return true;
        },
        20000);
    if (led)
        error->clear();
    return config;
}
// Whether the partition of config.topic is led by a node other than `stopped` now. Every node
// hears of a new leader soon, not at once: callers ask again until it holds.
bool leaderMoved(const ConnectionConfig &config, qint32 partition, int stopped, QString *error)
{
    const int leader = FaultCluster::leaderOf(config, config.topic, partition, error);
    if (leader == stopped)
        *error = QStringLiteral("partition %1 is still led by the stopped node %2")
                     .arg(partition)
                     .arg(stopped);
    return leader > 0 && leader != stopped;
}
} // namespace

Q_DECLARE_METATYPE(FaultCluster::Stop)

class TestFailover final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void leaderStoppedDuringABulkSend_data();
    void leaderStoppedDuringABulkSend();
    void leaderStoppedWhileAcking_data();
    void leaderStoppedWhileAcking();

private:
    FaultCluster m_cluster;
};

void TestFailover::initTestCase()
{
    QVERIFY2(m_cluster.unavailableReason().isEmpty(), qPrintable(m_cluster.unavailableReason()));
    QCOMPARE(TestCluster::brokers().count(QLatin1Char(',')), Replicas - 1);
}

void TestFailover::cleanup()
{
    // The stopped node comes back, so the next test has three again.
    const QString restored = m_cluster.restore();
    QVERIFY2(restored.isEmpty(), qPrintable(restored));
}

namespace {
void addStopRows()
{
    QTest::addColumn<FaultCluster::Stop>("how");
    QTest::newRow("stopped (SIGTERM)") << FaultCluster::Stop::Terminate;
    QTest::newRow("crashed (SIGKILL)") << FaultCluster::Stop::Kill;
}
} // namespace

void TestFailover::leaderStoppedDuringABulkSend_data()
{
    addStopRows();
}

void TestFailover::leaderStoppedDuringABulkSend()
{
    QFETCH(FaultCluster::Stop, how);
    QString error;
    const ConnectionConfig config = replicatedTopic(QStringLiteral("failover-bulk"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int leader = FaultCluster::leaderOf(config, config.topic, 0, &error);
    QVERIFY2(leader > 0, qPrintable(error));

    BulkSender sender;
    QSignalSpy finished(&sender, &BulkSender::finished);
    BulkSender::Progress latest;
    connect(&sender, &BulkSender::progressed, this,
            [&latest](const BulkSender::Progress &p) { latest = p; });
    QString faultError;
    bool stopped = false;
    qint64 deliveredAtFault = -1;
    const auto record = BulkSender::fromTemplate(
        {.topic = config.topic}, BulkReadBack::keyTemplate(), false, BulkReadBack::valueTemplate());
    // At record FaultAt the leader of partition 0 goes (stopped, it hands its partitions over;
    // crashed, the controller fences it after broker.session.timeout.ms); the rest of the send
    // goes to the two others.
    auto make = [&](qint64 i) {
        if (i == FaultAt && !stopped) {
            stopped = true;
            deliveredAtFault = latest.delivered;
            faultError = m_cluster.stopNode(leader, how);
        }
        return record(i);
    };
    // A queue of 1,000 keeps the send in step with the brokers (see tst_brokerfaults).
    ConnectionConfig inStep = config;
    inStep.properties = {{QStringLiteral("queue.buffering.max.messages"), QStringLiteral("1000")}};
    QVERIFY2(sender.start(inStep, {}, BulkCount, make, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, TimeoutMs);
    QVERIFY(stopped);
    QVERIFY2(faultError.isEmpty(), qPrintable(faultError));
    qInfo("node %d (leader of partition 0) stopped at record %lld with %lld delivered", leader,
          FaultAt, deliveredAtFault);

    QCOMPARE(finished.first().at(1).toBool(), false);
    const auto last = finished.first().at(0).value<BulkSender::Progress>();
    QVERIFY2(last.failed == 0, qPrintable(last.firstError));
    QCOMPARE(last.delivered, BulkCount);
    QTRY_VERIFY2_WITH_TIMEOUT(leaderMoved(config, 0, leader, &error), qPrintable(error), 20000);
    const QString readBack = BulkReadBack::check(config, Partitions, BulkCount, last.delivered);
    QVERIFY2(readBack.isEmpty(), qPrintable(readBack));
}

void TestFailover::leaderStoppedWhileAcking_data()
{
    addStopRows();
}

void TestFailover::leaderStoppedWhileAcking()
{
    QFETCH(FaultCluster::Stop, how);
    QString error;
    const ConnectionConfig config = replicatedTopic(QStringLiteral("failover-acks"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    constexpr int Count = 300;
    QCOMPARE(TestCluster::produce(config, Count).size(), Count);

    ConsumerHarness consumer(config); // group mode, safe acknowledgements
    consumer.start();
    QVERIFY(consumer.waitForMessages(Count));
    QCOMPARE(consumer.messages.size(), Count);
    const QList<KafkaMessage> delivered = consumer.messages;

    // The node to stop leads a partition of the topic, and if it can be, also the group's
    // coordinator (the leader of the one __consumer_offsets partition): commits then lose
    // both at once.
    const int coordinator = FaultCluster::leaderOf(config, OffsetsTopic, 0, &error);
    QVERIFY2(coordinator > 0, qPrintable(error));
    QHash<int, qint32> ledPartition;
    for (qint32 p = 0; p < Partitions; ++p) {
        const int leader = FaultCluster::leaderOf(config, config.topic, p, &error);
        QVERIFY2(leader > 0, qPrintable(error));
        ledPartition.insert(leader, p);
    }
    const int target =
        ledPartition.contains(coordinator) ? coordinator : ledPartition.keys().first();
    qInfo("stopping node %d: leader of partition %d, %s the group coordinator", target,
          ledPartition.value(target), target == coordinator ? "also" : "not");

    // Two thirds acked, two every 20 ms as a person clicking through the rows would, oldest
    // first across the partitions: each ack moves its partition's position, so a commit is on
    // its way at every moment. The node is stopped a quarter of the way in; its shutdown and
    // the coordinator's move happen while the acks (and commits) go on.
    QList<KafkaMessage> ordered = delivered;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const KafkaMessage &a, const KafkaMessage &b) { return a.offset < b.offset; });
    const qsizetype toAck = 2 * Count / 3;
    GroupResume::Acked acked;
    qsizetype next = 0;
    bool stopping = false;
    QTimer stepper;
    stepper.setInterval(20);
    connect(&stepper, &QTimer::timeout, this, [&] {
        MessagePositions step;
        for (; next < toAck && step.size() < 2; ++next) {
            step.append({ordered.at(next).partition, ordered.at(next).offset});
            acked.insert({ordered.at(next).partition, ordered.at(next).offset});
        }
        consumer.ack(step);
        if (!stopping && next >= toAck / 4) {
            stopping = true;
            m_cluster.stopNodeInBackground(target, how);
        }
        if (next >= toAck)
            stepper.stop();
    });
    stepper.start();
    QTRY_VERIFY_WITH_TIMEOUT(next >= toAck, 60000);
    const QString stopped = m_cluster.waitForBackground(60000);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));

    QTRY_COMPARE_WITH_TIMEOUT(consumer.outcomes.size(), toAck, 30000);
    for (const AckTracker::AckOutcome &outcome : std::as_const(consumer.outcomes))
        QVERIFY2(outcome.accepted, qPrintable(outcome.refusal));
    const QHash<qint32, qint64> positions = GroupResume::safePositions(delivered, acked);
    // Every position confirmed; a crashed coordinator is replaced within seconds.
    const auto unconfirmed = [&] {
        QStringList missing;
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (consumer.confirmedPosition(it.key()) < it.value())
                missing << QStringLiteral("partition %1 at %2 (confirmed %3)")
                               .arg(it.key())
                               .arg(it.value())
                               .arg(consumer.confirmedPosition(it.key()));
        }
        return missing;
    };
    QVERIFY2(QTest::qWaitFor([&] { return unconfirmed().isEmpty(); }, CommitTimeoutMs),
             qPrintable(QStringLiteral("commits not confirmed: %1 (%2)")
                            .arg(unconfirmed().join(QStringLiteral(", ")),
                                 consumer.errors.join(QStringLiteral("; ")))));
    const qint32 led = ledPartition.value(target);
    QTRY_VERIFY2_WITH_TIMEOUT(leaderMoved(config, led, target, &error), qPrintable(error), 20000);
    // Read back from whichever node coordinates the group now. A commit confirmed after a
    // newer one of the same partition overwrote it: say which, when the check fails.
    QStringList late;
    QHash<qint32, qint64> highest;
    for (const MessagePosition &c : std::as_const(consumer.confirmed)) {
        if (c.offset < highest.value(c.partition, -1))
            late << QStringLiteral("%1:%2 after %1:%3")
                        .arg(c.partition)
                        .arg(c.offset)
                        .arg(highest.value(c.partition));
        highest[c.partition] = std::max(highest.value(c.partition, -1), c.offset);
    }
    QString committed = GroupResume::checkCommitted(config, positions);
    QVERIFY2(committed.isEmpty(),
             qPrintable(QStringLiteral("%1 (commits confirmed late, over newer ones: %2)")
                            .arg(committed, late.isEmpty() ? QStringLiteral("none")
                                                           : late.join(QStringLiteral(", ")))));
    QVERIFY(consumer.stop());
    committed = GroupResume::checkCommitted(config, positions);
    QVERIFY2(committed.isEmpty(), qPrintable(committed));

    const QString resumed = GroupResume::checkResume(config, delivered, positions);
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
