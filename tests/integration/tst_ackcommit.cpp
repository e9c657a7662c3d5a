// Acknowledgements become commits without losing a message, against a real Kafka broker: the
// committed positions are read back by a separate admin client, as another tool would see them.
#include "consumerharness.h"
#include "testcluster.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {

// The same configuration, noticing rebalances quickly.
ConnectionConfig quickRebalances(ConnectionConfig config)
{
    config.properties = {{QStringLiteral("heartbeat.interval.ms"), QStringLiteral("300")},
                         {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")}};
    return config;
}

MessagePositions positions(qint32 partition, std::initializer_list<qint64> offsets)
{
    MessagePositions list;
    for (qint64 offset : offsets)
        list.append({partition, offset});
    return list;
}
} // namespace

class TestAckCommit final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outOfOrderAcksNeverCommitPastAnOpenMessage();
    void kafkaNativeAckCommitsEverythingBefore();
    void restartRedeliversExactlyWhatWasNotCommitted();
    void secondConsumerTakesPartitionsAndRevokedAcksAreRefused();
    void stopRightAfterAnAckCommitsItAndLeaves();
};

void TestAckCommit::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestAckCommit::outOfOrderAcksNeverCommitPastAnOpenMessage()
{
    QString created;
    const ConnectionConfig config =
        quickRebalances(TestCluster::newTopic(QStringLiteral("ooo"), 1, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 10, 0).size(), 10);
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(10));
    QCOMPARE(consumer.messages.first().offset, 0);
    QCOMPARE(consumer.messages.last().offset, 9);

    consumer.ack(positions(0, {5, 6, 7}));
    QTRY_COMPARE(consumer.outcomes.size(), 3);
    for (const AckTracker::AckOutcome &outcome : std::as_const(consumer.outcomes)) {
        QVERIFY(outcome.accepted);
        QCOMPARE(outcome.lowestOpen, 0);
    }
    // Whatever was committed (at most position 0) has been confirmed before we look.
    QVERIFY(consumer.confirmed.isEmpty() || consumer.waitForCommit(0, 0));
    QTRY_COMPARE(consumer.offsets.size(), 1);
    const qint64 before = TestCluster::committed(config, 0);
    QVERIFY2(before <= 0,
             qPrintable(QStringLiteral("committed %1 with offsets 0..4 open").arg(before)));

    consumer.ack(positions(0, {0, 1, 2, 3, 4}));
    QVERIFY(consumer.waitForCommit(0, 8));
    QCOMPARE(consumer.confirmedPosition(0), 8);
    QCOMPARE(TestCluster::committed(config, 0), 8);
    // The offsets panel's numbers follow the confirmation.
    QTRY_COMPARE(consumer.offsets.first().committed, 8);
    QCOMPARE(consumer.offsets.first().highWatermark, 10);
    QCOMPARE(consumer.offsets.first().lag(), 2);
    QVERIFY(consumer.stop());
    QCOMPARE(TestCluster::committed(config, 0),
             8); // stopping commits nothing more: 8 and 9 are open
}

void TestAckCommit::kafkaNativeAckCommitsEverythingBefore()
{
    QString created;
    const ConnectionConfig config =
        quickRebalances(TestCluster::newTopic(QStringLiteral("native"), 1, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 10, 0).size(), 10);
    ConsumerOptions options;
    options.commitMode = AckTracker::Mode::KafkaNative;
    ConsumerHarness consumer(config, options);
    consumer.start();
    QVERIFY(consumer.waitForMessages(10));
    consumer.ack(positions(0, {5}));
    QVERIFY(consumer.waitForCommit(0, 6));
    QCOMPARE(TestCluster::committed(config, 0), 6);
    // 0..4 were covered without an ack; acking one of them now commits nothing new.
    consumer.ack(positions(0, {3}));
    QTRY_COMPARE(consumer.outcomes.size(), 2);
    QVERIFY(consumer.outcomes.last().accepted);
    QCOMPARE(consumer.outcomes.last().commitPosition, -1);
    QVERIFY(consumer.stop());
    QCOMPARE(TestCluster::committed(config, 0), 6);
}

void TestAckCommit::restartRedeliversExactlyWhatWasNotCommitted()
{
    QString created;
    const ConnectionConfig config =
        quickRebalances(TestCluster::newTopic(QStringLiteral("restart"), 2, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 100).size(), 100);

    ConsumerHarness first(config);
    first.start();
    QVERIFY(first.waitForMessages(100));
    QCOMPARE(first.messages.size(), 100);
    // Ack a seeded random 60 of the 100.
    QList<KafkaMessage> shuffled = first.messages;
    QRandomGenerator random(20261127);
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    MessagePositions acked;
    QSet<QPair<qint32, qint64>> ackedSet;
    for (int i = 0; i < 60; ++i) {
        acked.append({shuffled.at(i).partition, shuffled.at(i).offset});
        ackedSet.insert({shuffled.at(i).partition, shuffled.at(i).offset});
    }
    // The safe position of each partition: its lowest offset not acked (or its end).
    QHash<qint32, qint64> expectedPosition;
    QHash<qint32, qint64> seen;
    for (const KafkaMessage &m : std::as_const(first.messages)) {
        seen[m.partition] = std::max(seen.value(m.partition, -1), m.offset);
        if (!ackedSet.contains({m.partition, m.offset}) &&
            (!expectedPosition.contains(m.partition) || m.offset < expectedPosition[m.partition]))
            expectedPosition[m.partition] = m.offset;
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (!expectedPosition.contains(it.key()))
            expectedPosition[it.key()] = it.value() + 1;
    }
    first.ack(acked);
    QTRY_COMPARE(first.outcomes.size(), 60);
    QVERIFY(first.stop());
    for (auto it = expectedPosition.cbegin(); it != expectedPosition.cend(); ++it)
        QCOMPARE(TestCluster::committed(config, it.key()), it.value());

    ConsumerOptions options;
    options.previouslySeen = seen;
    ConsumerHarness second(config, options);
    second.start();
    int expectedBack = 0;
    for (const KafkaMessage &m : std::as_const(first.messages)) {
        if (m.offset >= expectedPosition.value(m.partition))
            ++expectedBack;
    }
    QVERIFY(second.waitForMessages(expectedBack));
    QSet<QPair<qint32, qint64>> back;
    for (const KafkaMessage &m : std::as_const(second.messages)) {
        QVERIFY2(m.offset >= expectedPosition.value(m.partition),
                 qPrintable(QStringLiteral("%1:%2 came back although it was committed")
                                .arg(m.partition)
                                .arg(m.offset)));
        QVERIFY(m.redelivered);
        back.insert({m.partition, m.offset});
    }
    QCOMPARE(back.size(), expectedBack);
    QCOMPARE(second.messages.size(), expectedBack);
    QVERIFY(second.stop());
}

void TestAckCommit::secondConsumerTakesPartitionsAndRevokedAcksAreRefused()
{
    QString created;
    const ConnectionConfig config =
        quickRebalances(TestCluster::newTopic(QStringLiteral("split"), 4, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 40).size(), 40);
    ConsumerHarness a(config);
    a.start();
    QVERIFY(a.waitForMessages(40));
    QCOMPARE(a.assignment, (QList<qint32>{0, 1, 2, 3}));

    ConsumerHarness b(config);
    b.start();
    QTRY_VERIFY_WITH_TIMEOUT(!b.assignment.isEmpty() &&
                                 a.assignment.size() + b.assignment.size() == 4 &&
                                 !a.revocations.isEmpty(),
                             30000);
    QCOMPARE(a.assignment.size(), 2);
    QCOMPARE(b.assignment.size(), 2);
    for (qint32 p : std::as_const(b.assignment))
        QVERIFY(!a.assignment.contains(p));
    QVERIFY(a.generations.last() > a.generations.first());

    // A message A received before the rebalance, on a partition B now owns, cannot be acked.
    const qint32 lost = b.assignment.first();
    MessagePosition stale;
    for (const KafkaMessage &m : std::as_const(a.messages)) {
        if (m.partition == lost) {
            stale = {m.partition, m.offset};
            break;
        }
    }
    QVERIFY(stale.partition >= 0);
    const qsizetype before = a.outcomes.size();
    a.ack({stale});
    QTRY_COMPARE(a.outcomes.size(), before + 1);
    QVERIFY(!a.outcomes.last().accepted);
    QVERIFY2(a.outcomes.last().refusal.contains(QLatin1String("no longer assigned")),
             qPrintable(a.outcomes.last().refusal));
    QVERIFY(b.stop());
    QVERIFY(a.stop());
}

QTEST_GUILESS_MAIN(TestAckCommit)
#include "tst_ackcommit.moc"

void TestAckCommit::stopRightAfterAnAckCommitsItAndLeaves()
{
    // The headless consumer acks its last message and stops at once; the commit's answer then
    // arrives while the consumer is closing. It must still close, with the ack committed.
    QString created;
    const ConnectionConfig config =
        quickRebalances(TestCluster::newTopic(QStringLiteral("ackstop"), 1, &created));
    QVERIFY2(created.isEmpty(), qPrintable(created));
    constexpr int Rounds = 3;
    QCOMPARE(TestCluster::produce(config, Rounds, 0).size(), Rounds);
    for (int round = 0; round < Rounds; ++round) {
        ConsumerHarness consumer(config);
        consumer.start();
        QVERIFY(consumer.waitForMessages(1));
        QCOMPARE(consumer.messages.first().offset, round); // the first one not committed yet
        consumer.ack(positions(0, {round}));
        QVERIFY2(consumer.stop(15000), "the consumer did not close after an ack");
        QCOMPARE(TestCluster::committed(config, 0), round + 1);
    }
}
