// Kafka 4's consumer group protocol (KIP-848, group.protocol=consumer) against a real Kafka 4
// broker: a second member joining takes partitions from the first one by one, while the first
// keeps its other partitions, consuming and acknowledging, with no full revoke (the rebalance
// events say exactly which partitions moved), and the commits of both land, as a separate
// client reads them back. A classic-only property is refused in plain words before anything
// reaches the broker. Built with librdkafka before 2.4 (Debian 12's 2.0.2) every function skips
// as "Not applicable: ...", and ctest reports the test as skipped, not passed.
#include "consumerharness.h"
#include "libraryfeatures.h"
#include "testcluster.h"

#include <QSet>
#include <QTest>

namespace {
constexpr int Partitions = 4;
constexpr int PerPartition = 5;
constexpr int RebalanceWaitMs = 60000;

ConnectionConfig withConsumerProtocol(ConnectionConfig config)
{
    config.groupProtocol = ConnectionConfig::GroupProtocol::Consumer;
    return config;
}

// Every message the harness received on these partitions, as positions to acknowledge.
MessagePositions receivedOn(const ConsumerHarness &consumer, const QList<qint32> &partitions,
                            qint64 fromOffset = 0)
{
    MessagePositions list;
    for (const KafkaMessage &m : consumer.messages) {
        if (partitions.contains(m.partition) && m.offset >= fromOffset)
            list.append({m.partition, m.offset});
    }
    return list;
}

QString describe(const QList<QList<qint32>> &events)
{
    QStringList parts;
    for (const QList<qint32> &event : events) {
        QStringList numbers;
        for (qint32 p : event)
            numbers << QString::number(p);
        parts << QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TestGroupProtocol final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void secondMemberTakesPartitionsWithoutStoppingTheFirst();
    void classicOnlyPropertyIsRefused();
};

void TestGroupProtocol::init()
{
    if (!LibraryFeatures::groupProtocolAvailable())
        QSKIP(qPrintable(QStringLiteral("Not applicable: the consumer group protocol %1.")
                             .arg(LibraryFeatures::groupProtocolUnavailableReason())));
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestGroupProtocol::secondMemberTakesPartitionsWithoutStoppingTheFirst()
{
    QString created;
    const ConnectionConfig config =
        withConsumerProtocol(TestCluster::newTopic(QStringLiteral("kip848"), Partitions, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    for (int p = 0; p < Partitions; ++p)
        QCOMPARE(TestCluster::produce(config, PerPartition, p).size(), PerPartition);

    ConsumerHarness first(config);
    first.start();
    QTRY_COMPARE_WITH_TIMEOUT(first.assignment.size(), Partitions, RebalanceWaitMs);
    QVERIFY(first.waitForMessages(Partitions * PerPartition));
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    // Everything read so far is acknowledged and committed before the second member comes.
    first.ack(receivedOn(first, {0, 1, 2, 3}));
    for (int p = 0; p < Partitions; ++p)
        QVERIFY(first.waitForCommit(p, PerPartition));
    const qsizetype firstRevocationsBefore = first.revocations.size();
    const qsizetype firstAssignmentsBefore = first.assignments.size();

    ConsumerHarness second(config);
    second.start();
    // The broker moves partitions to the new member; both hold some, none twice, none lost.
    QTRY_VERIFY_WITH_TIMEOUT(!second.assignment.isEmpty() &&
                                 first.assignment.size() + second.assignment.size() == Partitions,
                             RebalanceWaitMs);
    QVERIFY2(!first.assignment.isEmpty(), "the first member lost every partition");
    const QSet<qint32> kept(first.assignment.cbegin(), first.assignment.cend());
    const QSet<qint32> taken(second.assignment.cbegin(), second.assignment.cend());
    QVERIFY(!kept.intersects(taken));

    // No stop-the-world: the first member was never told to give up everything, only what the
    // second now holds; and it was never handed its partitions again.
    const QList<QList<qint32>> revoked = first.revocations.mid(firstRevocationsBefore);
    QVERIFY2(!revoked.isEmpty(), "the first member was never told of a revoke");
    for (const QList<qint32> &event : revoked) {
        QVERIFY2(event.size() < Partitions, qPrintable(describe(first.revocations)));
        for (qint32 p : event)
            QVERIFY2(taken.contains(p), qPrintable(describe(first.revocations)));
    }
    // librdkafka may follow a revoke with an empty assignment event; nothing is handed back.
    for (const QList<qint32> &event : first.assignments.mid(firstAssignmentsBefore))
        QVERIFY2(event.isEmpty(), qPrintable(describe(first.assignments)));
    // The second member resumes where the first committed: it reads nothing old again.
    QVERIFY2(second.messages.isEmpty(), qPrintable(QString::number(second.messages.size())));

    // Both consume and acknowledge what comes next, and both members' commits land.
    const qsizetype firstCount = first.messages.size();
    for (int p = 0; p < Partitions; ++p)
        QCOMPARE(TestCluster::produce(config, PerPartition, p).size(), PerPartition);
    QVERIFY(first.waitForMessages(int(firstCount) + kept.size() * PerPartition));
    QVERIFY(second.waitForMessages(int(taken.size()) * PerPartition));
    first.ack(receivedOn(first, first.assignment, PerPartition));
    second.ack(receivedOn(second, second.assignment, PerPartition));
    for (qint32 p : kept)
        QVERIFY(first.waitForCommit(p, 2 * PerPartition));
    for (qint32 p : taken)
        QVERIFY(second.waitForCommit(p, 2 * PerPartition));
    const QHash<qint32, qint64> committed = TestCluster::committed(config);
    for (int p = 0; p < Partitions; ++p)
        QCOMPARE(committed.value(p, -1), 2 * PerPartition);
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(QLatin1Char('\n'))));
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.join(QLatin1Char('\n'))));

    // The second member leaves: its partitions go back to the first, again without a revoke
    // of what the first held.
    const qsizetype firstAssignmentsBeforeLeave = first.assignments.size();
    const qsizetype firstRevokesBeforeLeave = first.revocations.size();
    QVERIFY(second.stop());
    QTRY_COMPARE_WITH_TIMEOUT(first.assignment.size(), Partitions, RebalanceWaitMs);
    QCOMPARE(first.revocations.size(), firstRevokesBeforeLeave);
    for (const QList<qint32> &event : first.assignments.mid(firstAssignmentsBeforeLeave)) {
        for (qint32 p : event)
            QVERIFY2(taken.contains(p), qPrintable(describe(first.assignments)));
    }
    QVERIFY(first.stop());
}

void TestGroupProtocol::classicOnlyPropertyIsRefused()
{
    ConnectionConfig config = withConsumerProtocol(TestCluster::config(QStringLiteral("kip848")));
    config.topic = TestCluster::uniqueName(QStringLiteral("kip848-refused"));
    config.properties = {{QStringLiteral("session.timeout.ms"), QStringLiteral("6000")}};
    ConsumerHarness consumer(config);
    consumer.start();
    QTRY_VERIFY(!consumer.errors.isEmpty());
    QVERIFY2(consumer.errors.constFirst().contains(QLatin1String("session.timeout.ms")) &&
                 consumer.errors.constFirst().contains(QLatin1String("classic protocol")),
             qPrintable(consumer.errors.constFirst()));
    QVERIFY(consumer.assignments.isEmpty());
}

QTEST_GUILESS_MAIN(TestGroupProtocol)
#include "tst_groupprotocol.moc"
