// AckTracker: acknowledgements turned into commit positions. Scenarios, data-driven, and a
// property test over 10,000 random delivery and ack orders with gaps in the offsets.
#include "acktracker.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class TestAckTracker final : public QObject
{
    Q_OBJECT
private slots:
    void safeMode_data();
    void safeMode();
    void kafkaNativeCoversEarlierOffsets();
    void autoCommitRefusesAcks();
    void revokedPartitionRefusesAcks();
    void confirmationsAndUnconfirmedCommits();
    void failedCommitIsSentAgain();
    void failedCommitNeverUndoesANewerRequest();
    void revokedPartitionIsNotRetried();
    void startPositionOnlyWhenNothingWasRequested();
    void refusalsNameTheCause_data();
    void refusalsNameTheCause();
    void neverPastAnOpenOffset();
    void highestAckedShowsWhatIsHeldBack();
};

void TestAckTracker::safeMode_data()
{
    QTest::addColumn<QList<qint64>>("delivered");
    QTest::addColumn<QList<qint64>>("acks");
    QTest::addColumn<QList<qint64>>("commits"); // commitPosition of each ack (-1: none)

    QTest::newRow("in order") << QList<qint64>{0, 1, 2} << QList<qint64>{0, 1, 2}
                              << QList<qint64>{1, 2, 3};
    QTest::newRow("ack 5 6 7 then 0..4")
        << QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << QList<qint64>{5, 6, 7, 0, 1, 2, 3, 4}
        << QList<qint64>{0, -1, -1, 1, 2, 3, 4, 8};
    QTest::newRow("gaps are not waited for")
        << QList<qint64>{10, 13, 20} << QList<qint64>{13, 10, 20} << QList<qint64>{10, 20, 21};
    QTest::newRow("acking twice changes nothing")
        << QList<qint64>{0, 1} << QList<qint64>{0, 0, 1} << QList<qint64>{1, -1, 2};
    QTest::newRow("last first") << QList<qint64>{3, 4, 5} << QList<qint64>{5, 4, 3}
                                << QList<qint64>{3, -1, 6};
}

void TestAckTracker::safeMode()
{
    QFETCH(QList<qint64>, delivered);
    QFETCH(QList<qint64>, acks);
    QFETCH(QList<qint64>, commits);
    AckTracker tracker;
    tracker.assign(0);
    for (qint64 offset : delivered)
        tracker.deliver(0, offset);
    for (int i = 0; i < acks.size(); ++i) {
        const AckTracker::AckOutcome outcome = tracker.ack(0, acks.at(i));
        QVERIFY2(outcome.accepted, qPrintable(outcome.refusal));
        QCOMPARE(outcome.commitPosition, commits.at(i));
    }
}

void TestAckTracker::kafkaNativeCoversEarlierOffsets()
{
    AckTracker tracker(AckTracker::Mode::KafkaNative);
    tracker.assign(0);
    for (qint64 offset = 0; offset < 10; ++offset)
        tracker.deliver(0, offset);
    AckTracker::AckOutcome outcome = tracker.ack(0, 5);
    QCOMPARE(outcome.commitPosition, 6);
    QCOMPARE(outcome.lowestOpen, 6);
    QCOMPARE(tracker.openCount(0), 4);
    outcome = tracker.ack(0, 2); // already covered
    QVERIFY(outcome.accepted);
    QCOMPARE(outcome.commitPosition, -1);
}

void TestAckTracker::autoCommitRefusesAcks()
{
    AckTracker tracker(AckTracker::Mode::AutoCommit);
    tracker.deliver(0, 0);
    const AckTracker::AckOutcome outcome = tracker.ack(0, 0);
    QVERIFY(!outcome.accepted);
    QVERIFY(outcome.refusal.contains(QLatin1String("Auto-commit")));
}

void TestAckTracker::revokedPartitionRefusesAcks()
{
    AckTracker tracker;
    tracker.assign(1);
    tracker.deliver(1, 7);
    tracker.revoke(1);
    QVERIFY(!tracker.isAssigned(1));
    const AckTracker::AckOutcome outcome = tracker.ack(1, 7);
    QVERIFY(!outcome.accepted);
    QVERIFY(outcome.refusal.contains(QLatin1String("no longer assigned")));
    QVERIFY(!tracker.ack(2, 0).accepted); // never assigned
    // Assigned again: consumption restarts at the committed position, the offset comes back.
    tracker.assign(1, 7);
    tracker.deliver(1, 7);
    QCOMPARE(tracker.ack(1, 7).commitPosition, 8);
}

void TestAckTracker::confirmationsAndUnconfirmedCommits()
{
    AckTracker tracker;
    tracker.assign(0);
    tracker.assign(1, 4);
    QCOMPARE(tracker.committedPosition(1), 4);
    tracker.deliver(0, 0);
    tracker.deliver(1, 4);
    tracker.ack(0, 0);
    tracker.ack(1, 4);
    QCOMPARE(tracker.unconfirmedCommits(), (MessagePositions{{0, 1}, {1, 5}}));
    tracker.confirmCommitted(0, 1);
    QCOMPARE(tracker.committedPosition(0), 1);
    QCOMPARE(tracker.unconfirmedCommits(), (MessagePositions{{1, 5}}));
    tracker.confirmCommitted(1, 3); // an old confirmation never moves it back
    QCOMPARE(tracker.committedPosition(1), 4);
}

void TestAckTracker::failedCommitIsSentAgain()
{
    AckTracker tracker;
    tracker.assign(0);
    for (qint64 offset = 0; offset < 4; ++offset)
        tracker.deliver(0, offset);
    QCOMPARE(tracker.ack(0, 0).commitPosition, 1);
    QCOMPARE(tracker.ack(0, 1).commitPosition, 2);
    tracker.commitFailed(0, 2);
    // Nothing on its way any more: the acknowledged position waits for a retry...
    QCOMPARE(tracker.unconfirmedCommits(), (MessagePositions{{0, 2}}));
    QCOMPARE(tracker.takeCommitsToRetry(), (MessagePositions{{0, 2}}));
    // ...which counts as requested: a second retry sends nothing until it fails too.
    QVERIFY(tracker.takeCommitsToRetry().isEmpty());
    tracker.commitFailed(0, 2);
    // And the next ack sends the acknowledged position again, even one that moves nothing
    // (2 is still open).
    QCOMPARE(tracker.ack(0, 3).commitPosition, 2);
    QCOMPARE(tracker.ack(0, 2).commitPosition, 4);
    tracker.confirmCommitted(0, 4);
    QVERIFY(tracker.unconfirmedCommits().isEmpty());
    QVERIFY(tracker.takeCommitsToRetry().isEmpty());
    QCOMPARE(tracker.committedPosition(0), 4);
}

void TestAckTracker::failedCommitNeverUndoesANewerRequest()
{
    AckTracker tracker;
    tracker.assign(0);
    for (qint64 offset = 0; offset < 3; ++offset)
        tracker.deliver(0, offset);
    QCOMPARE(tracker.ack(0, 0).commitPosition, 1);
    QCOMPARE(tracker.ack(0, 1).commitPosition, 2);
    tracker.commitFailed(0, 1); // the older request; position 2 is still on its way
    QVERIFY(tracker.takeCommitsToRetry().isEmpty());
    QCOMPARE(tracker.ack(0, 2).commitPosition, 3);
    tracker.confirmCommitted(0, 2);
    tracker.commitFailed(0, 3);
    QCOMPARE(tracker.takeCommitsToRetry(), (MessagePositions{{0, 3}}));
}

void TestAckTracker::revokedPartitionIsNotRetried()
{
    AckTracker tracker;
    tracker.assign(0);
    tracker.assign(1);
    tracker.deliver(0, 0);
    tracker.deliver(1, 0);
    tracker.ack(0, 0);
    tracker.ack(1, 0);
    tracker.commitFailed(0, 1);
    tracker.commitFailed(1, 1);
    // Before the partition goes, its acknowledged position is still to be committed.
    QCOMPARE(tracker.unconfirmedCommits(), (MessagePositions{{0, 1}, {1, 1}}));
    tracker.revoke(1);
    QCOMPARE(tracker.takeCommitsToRetry(), (MessagePositions{{0, 1}}));
    // Assigned again, it restarts at its committed position: old acks count no more.
    tracker.assign(1);
    QVERIFY(tracker.takeCommitsToRetry().isEmpty());
}

void TestAckTracker::startPositionOnlyWhenNothingWasRequested()
{
    AckTracker tracker;
    QVERIFY(!tracker.requestStartPosition(0, 12)); // not assigned
    tracker.assign(0);
    QVERIFY(tracker.requestStartPosition(0, 12));
    QVERIFY(!tracker.requestStartPosition(0, 12)); // once
    tracker.commitFailed(0, 12);
    QCOMPARE(tracker.takeCommitsToRetry(), (MessagePositions{{0, 12}}));
    tracker.deliver(0, 12);
    QCOMPARE(tracker.ack(0, 12).commitPosition, 13);

    tracker.assign(1, 5); // committed before: the group knows where to resume
    QVERIFY(!tracker.requestStartPosition(1, 9));
    tracker.assign(2);
    tracker.deliver(2, 0);
    tracker.ack(2, 0); // an ack already asked for more
    QVERIFY(!tracker.requestStartPosition(2, 0));
}

void TestAckTracker::refusalsNameTheCause_data()
{
    QTest::addColumn<qint32>("partition");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("refusal");
    // Partition 0 assigned with committed position 5, offsets 5..9 delivered, 5 acknowledged;
    // partition 1 revoked; partition 2 never assigned.
    QTest::newRow("open") << 0 << qint64(6) << true << QString();
    QTest::newRow("acked before") << 0 << qint64(5) << true << QString();
    QTest::newRow("below the committed position") << 0 << qint64(2) << true << QString();
    QTest::newRow("past the last delivered")
        << 0 << qint64(10) << false << QStringLiteral("Offset 10 of partition 0 was not delivered");
    QTest::newRow("far past") << 0 << std::numeric_limits<qint64>::max() << false
                              << QStringLiteral("was not delivered");
    QTest::newRow("revoked") << 1 << qint64(0) << false
                             << QStringLiteral("Partition 1 is no longer assigned");
    QTest::newRow("never assigned")
        << 2 << qint64(0) << false
        << QStringLiteral("Partition 2 is not assigned to this consumer");
}

void TestAckTracker::refusalsNameTheCause()
{
    QFETCH(qint32, partition);
    QFETCH(qint64, offset);
    QFETCH(bool, accepted);
    QFETCH(QString, refusal);
    AckTracker tracker;
    tracker.assign(0, 5);
    for (qint64 o = 5; o < 10; ++o)
        tracker.deliver(0, o);
    QVERIFY(tracker.ack(0, 5).accepted);
    tracker.assign(1);
    tracker.deliver(1, 0);
    tracker.revoke(1);
    const AckTracker::AckOutcome outcome = tracker.ack(partition, offset);
    QCOMPARE(outcome.accepted, accepted);
    QVERIFY2(outcome.refusal.contains(refusal), qPrintable(outcome.refusal));
    // A refused ack never moves a commit.
    if (!accepted)
        QCOMPARE(outcome.commitPosition, -1);
}

// 10,000 random runs: partitions with gaps in their offsets, deliveries in offset order per
// partition but interleaved, acks in random order interleaved with deliveries. The requested
// commit position of a partition must never pass an offset that was delivered and not acked,
// must never go back, and must reach one past the last offset when everything is acked.
void TestAckTracker::neverPastAnOpenOffset()
{
    QRandomGenerator random(1127);
    for (int run = 0; run < 10000; ++run) {
        AckTracker tracker;
        const int partitions = 1 + random.bounded(3);
        QList<QList<qint64>> offsets(partitions);
        for (int p = 0; p < partitions; ++p) {
            tracker.assign(p);
            qint64 offset = random.bounded(5);
            for (int n = random.bounded(1, 12); n > 0; --n) {
                offsets[p].append(offset);
                offset += 1 + (random.bounded(4) == 0 ? random.bounded(1, 4) : 0); // gaps
            }
        }
        QList<int> nextToDeliver(partitions, 0);
        QList<MessagePosition> delivered; // not yet acked
        QList<qint64> position(partitions, -1);
        QList<QSet<qint64>> open(partitions);
        int remaining = 0;
        for (const QList<qint64> &list : std::as_const(offsets))
            remaining += list.size();
        while (remaining > 0 || !delivered.isEmpty()) {
            const bool deliver = delivered.isEmpty() || (remaining > 0 && random.bounded(2) == 0);
            if (deliver) {
                int p = random.bounded(partitions);
                while (nextToDeliver[p] >= offsets[p].size())
                    p = (p + 1) % partitions;
                const qint64 offset = offsets[p][nextToDeliver[p]++];
                tracker.deliver(p, offset);
                delivered.append({p, offset});
                open[p].insert(offset);
                --remaining;
                continue;
            }
            const MessagePosition m = delivered.takeAt(random.bounded(int(delivered.size())));
            const AckTracker::AckOutcome outcome = tracker.ack(m.partition, m.offset);
            QVERIFY(outcome.accepted);
            open[m.partition].remove(m.offset);
            if (outcome.commitPosition < 0)
                continue;
            QVERIFY2(outcome.commitPosition > position[m.partition],
                     qPrintable(QStringLiteral("run %1: commit went back").arg(run)));
            position[m.partition] = outcome.commitPosition;
            for (qint64 o : std::as_const(open[m.partition]))
                QVERIFY2(o >= outcome.commitPosition,
                         qPrintable(QStringLiteral("run %1: committed %2 past open offset %3")
                                        .arg(run)
                                        .arg(outcome.commitPosition)
                                        .arg(o)));
        }
        for (int p = 0; p < partitions; ++p) {
            QCOMPARE(position[p], offsets[p].last() + 1);
            QCOMPARE(tracker.committablePosition(p), offsets[p].last() + 1);
        }
    }
}

void TestAckTracker::highestAckedShowsWhatIsHeldBack()
{
    AckTracker tracker;
    QCOMPARE(tracker.highestAcked(0), -1);
    tracker.assign(0);
    for (qint64 offset = 0; offset < 5; ++offset)
        tracker.deliver(0, offset);
    QCOMPARE(tracker.highestAcked(0), -1);
    // 0, 1 and 3 acked: 2 is open and holds 3 back.
    for (qint64 offset : {3, 0, 1})
        QVERIFY(tracker.ack(0, offset).accepted);
    QCOMPARE(tracker.highestAcked(0), 3);
    QCOMPARE(tracker.committablePosition(0), 2);
    QCOMPARE(tracker.lowestOpen(0), 2);
    QCOMPARE(tracker.openCount(0), 2);
    // A refused ack (never delivered) and acking again move nothing.
    QVERIFY(!tracker.ack(0, 99).accepted);
    QVERIFY(tracker.ack(0, 3).accepted);
    QCOMPARE(tracker.highestAcked(0), 3);
    QVERIFY(tracker.ack(0, 2).accepted);
    QCOMPARE(tracker.committablePosition(0), 4);
    // A new assignment starts over: earlier acks do not count.
    tracker.revoke(0);
    QCOMPARE(tracker.highestAcked(0), -1);
    tracker.assign(0, 4);
    QCOMPARE(tracker.highestAcked(0), -1);
    QCOMPARE(tracker.highestAcked(7), -1);
}

QTEST_GUILESS_MAIN(TestAckTracker)
#include "tst_acktracker.moc"
