// JourneyTracker: the steps of a message's journey in order, with the times given; sends
// matched to fetched records by topic/partition/offset; redelivery as a second journey; the
// memory bounds; and the poll marks a batch carries from the consumer's thread.
#include "deliveryreport.h"
#include "journeytracker.h"
#include "kafkamessagebatch.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using Step = JourneyTracker::Step;

namespace {
const QString Topic = QStringLiteral("orders");

DeliveryReport report(quint64 requestId, qint32 partition, qint64 offset, qint64 latencyUs)
{
    DeliveryReport r;
    r.requestId = requestId;
    r.topic = Topic;
    r.partition = partition;
    r.offset = offset;
    r.latencyUs = latencyUs;
    return r;
}

// A batch of the given offsets of one partition, polled at polledMs (-1: no mark).
KafkaMessageBatch batchOf(qint32 partition, const QList<qint64> &offsets, qint64 polledMs = -1,
                          qint64 timestampMs = -1, TimestampType type = TimestampType::None)
{
    KafkaMessageBatch batch(Topic);
    for (qint64 offset : offsets) {
        KafkaMessageBatch::Record &r =
            batch.append(partition, offset, timestampMs, nullptr, 0, "v", 1);
        r.timestampType = type;
        if (polledMs >= 0)
            batch.markPolled(polledMs);
    }
    return batch;
}

AckTracker::AckOutcome accepted(qint32 partition, qint64 offset, qint64 commitPosition)
{
    AckTracker::AckOutcome outcome;
    outcome.message = {partition, offset};
    outcome.accepted = true;
    outcome.commitPosition = commitPosition;
    return outcome;
}

// Every reached step's time is at or after the one before.
bool inOrder(const JourneyTracker::Journey &journey)
{
    qint64 previous = -1;
    for (qint64 at : journey.atMs) {
        if (at < 0)
            continue;
        if (at < previous)
            return false;
        previous = at;
    }
    return true;
}
} // namespace

class TestJourneyTracker : public QObject
{
    Q_OBJECT

private slots:
    void fullJourneyOfASend()
    {
        JourneyTracker tracker;
        QSignalSpy changed(&tracker, &JourneyTracker::changed);
        tracker.recordSend(7, Topic, ProducerSettings::Acks::Leader, 1000);
        QCOMPARE(tracker.pendingSendCount(), 1);
        // Not delivered yet: nothing to show for any offset.
        QVERIFY(tracker.journeys(Topic, 0, 5).isEmpty());
        // The broker answered 12.4 ms after the call; the report reached the GUI later.
        tracker.recordDeliveryReport(report(7, 0, 5, 12400), 1030);
        QCOMPARE(tracker.pendingSendCount(), 0);
        QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 0, 5);
        QCOMPARE(journeys.size(), 1);
        QCOMPARE(journeys[0].delivery, 0);
        QVERIFY(journeys[0].sentHere);
        QCOMPARE(journeys[0].acks, ProducerSettings::Acks::Leader);
        QCOMPARE(journeys[0].at(Step::ProduceCall), 1000);
        QCOMPARE(journeys[0].at(Step::DeliveryReport), 1012);
        QVERIFY(!journeys[0].reached(Step::Fetched));

        tracker.recordBatch(batchOf(0, {5}, 1040, 990, TimestampType::CreateTime), 1050);
        tracker.recordAckRequested(Topic, {{0, 5}}, 1060);
        tracker.recordAckOutcomes(Topic, {accepted(0, 5, 6)}, 1065);
        tracker.recordCommitsConfirmed(Topic, {{0, 6}}, 1070);
        journeys = tracker.journeys(Topic, 0, 5);
        QCOMPARE(journeys.size(), 1);
        const JourneyTracker::Journey &j = journeys[0];
        QCOMPARE(j.delivery, 1);
        QVERIFY(!j.superseded);
        QCOMPARE(j.brokerTimestampMs, 990);
        QCOMPARE(j.timestampType, TimestampType::CreateTime);
        const std::array<qint64, JourneyTracker::StepCount> expected{1000, 1012, 1040, 1050,
                                                                     1060, 1065, 1070};
        QCOMPARE(j.atMs, expected);
        QCOMPARE(j.commitPosition, 6);
        QVERIFY(inOrder(j));
        // Once per call that changed something (a send not answered yet shows nothing).
        QCOMPARE(changed.count(), 5);
    }

    void deliveryReportTimes()
    {
        JourneyTracker tracker;
        // A latency longer than the wait until the report was heard cannot be: the heard time.
        tracker.recordSend(1, Topic, ProducerSettings::Acks::All, 1000);
        tracker.recordDeliveryReport(report(1, 0, 1, 90'000'000), 1005);
        QCOMPARE(tracker.journeys(Topic, 0, 1).value(0).at(Step::DeliveryReport), 1005);
        // No latency measured: the time it was heard.
        tracker.recordSend(2, Topic, ProducerSettings::Acks::All, 2000);
        tracker.recordDeliveryReport(report(2, 0, 2, -1), 2003);
        QCOMPARE(tracker.journeys(Topic, 0, 2).value(0).at(Step::DeliveryReport), 2003);
        // A failed send, an acks=0 send (no offset) and an unknown request leave no journey.
        tracker.recordSend(3, Topic, ProducerSettings::Acks::All, 3000);
        DeliveryReport failed = report(3, 0, 3, 100);
        failed.error = QStringLiteral("Message timed out");
        tracker.recordDeliveryReport(failed, 3001);
        tracker.recordSend(4, Topic, ProducerSettings::Acks::None, 4000);
        tracker.recordDeliveryReport(report(4, 0, -1, 100), 4001);
        tracker.recordDeliveryReport(report(99, 0, 9, 100), 4002);
        QVERIFY(tracker.journeys(Topic, 0, 3).isEmpty());
        QVERIFY(tracker.journeys(Topic, 0, 9).isEmpty());
        QCOMPARE(tracker.offsetCount(), 2);
        QCOMPARE(tracker.pendingSendCount(), 0);
    }

    void fetchedBeforeTheReport()
    {
        // The consumer may fetch a record before its producer hears the broker's answer: the
        // send still joins the fetched offset's journey.
        JourneyTracker tracker;
        tracker.recordSend(1, Topic, ProducerSettings::Acks::All, 1000);
        tracker.recordBatch(batchOf(1, {0}, 1010), 1011);
        tracker.recordDeliveryReport(report(1, 1, 0, 9000), 1020);
        const QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 1, 0);
        QCOMPARE(journeys.size(), 1);
        QVERIFY(journeys[0].sentHere);
        QCOMPARE(journeys[0].at(Step::DeliveryReport), 1009);
        QCOMPARE(journeys[0].at(Step::Fetched), 1010);
    }

    void stepsInTheOrderTheyHappened()
    {
        JourneyTracker tracker;
        tracker.recordSend(1, Topic, ProducerSettings::Acks::All, 1000);
        // Fetched (1010) and shown (1011) before the producer reported the delivery (1012).
        tracker.recordBatch(batchOf(0, {0}, 1010), 1011);
        tracker.recordDeliveryReport(report(1, 0, 0, 12000), 1013);
        JourneyTracker::Journey j = tracker.journeys(Topic, 0, 0).value(0);
        QCOMPARE(j.steps(),
                 (QList<Step>{Step::ProduceCall, Step::Fetched, Step::Shown, Step::DeliveryReport,
                              Step::Acked, Step::CommitSent, Step::CommitConfirmed}));
        QVERIFY(!inOrder(j)); // not in the steps' own order
        // A commit without an ack (Kafka-native): the ack keeps its place, not reached.
        tracker.recordAckOutcomes(Topic, {accepted(0, 5, 6)}, 1020);
        tracker.recordCommitsConfirmed(Topic, {{0, 6}}, 1030);
        j = tracker.journeys(Topic, 0, 0).value(0);
        QCOMPARE(j.steps(),
                 (QList<Step>{Step::ProduceCall, Step::Fetched, Step::Shown, Step::DeliveryReport,
                              Step::Acked, Step::CommitSent, Step::CommitConfirmed}));
        QVERIFY(!j.reached(Step::Acked));
        // The same millisecond: the steps' own order.
        JourneyTracker same;
        same.recordSend(2, Topic, ProducerSettings::Acks::Leader, 2000);
        same.recordDeliveryReport(report(2, 0, 1, 0), 2000);
        same.recordBatch(batchOf(0, {1}, 2000), 2000);
        QCOMPARE(
            same.journeys(Topic, 0, 1).value(0).steps().mid(0, 4),
            (QList<Step>{Step::ProduceCall, Step::DeliveryReport, Step::Fetched, Step::Shown}));
    }

    void notSentHere()
    {
        JourneyTracker tracker;
        tracker.recordBatch(batchOf(0, {3}, 5000, 4900, TimestampType::LogAppendTime), 5002);
        const QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 0, 3);
        QCOMPARE(journeys.size(), 1);
        QVERIFY(!journeys[0].sentHere);
        QVERIFY(!journeys[0].reached(Step::ProduceCall));
        QVERIFY(!journeys[0].reached(Step::DeliveryReport));
        QCOMPARE(journeys[0].brokerTimestampMs, 4900);
        QCOMPARE(journeys[0].timestampType, TimestampType::LogAppendTime);
        QCOMPARE(journeys[0].at(Step::Fetched), 5000);
        QCOMPARE(journeys[0].at(Step::Shown), 5002);
        // Another topic's offset is another message.
        QVERIFY(tracker.journeys(QStringLiteral("other"), 0, 3).isEmpty());
        // A batch without poll marks is timed when shown.
        tracker.recordBatch(batchOf(0, {4}), 6000);
        QCOMPARE(tracker.journeys(Topic, 0, 4).value(0).at(Step::Fetched), 6000);
    }

    void redeliveryIsASecondJourney()
    {
        JourneyTracker tracker;
        tracker.recordBatch(batchOf(0, {10, 11}, 100), 101);
        tracker.recordAckRequested(Topic, {{0, 10}}, 110);
        tracker.recordAckOutcomes(Topic, {accepted(0, 10, 11)}, 111);
        // Restarted before offset 11 was acked: 11 comes again; 10 was committed.
        tracker.recordCommitsConfirmed(Topic, {{0, 11}}, 120);
        tracker.recordBatch(batchOf(0, {11}, 200), 201);
        QCOMPARE(tracker.journeys(Topic, 0, 10).size(), 1);
        QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 0, 11);
        QCOMPARE(journeys.size(), 2);
        QCOMPARE(journeys[0].delivery, 1);
        QCOMPARE(journeys[1].delivery, 2);
        QVERIFY(journeys[0].superseded);
        QVERIFY(!journeys[1].superseded);
        QCOMPARE(journeys[0].at(Step::Fetched), 100);
        QCOMPARE(journeys[1].at(Step::Fetched), 200);
        // Acks and commits go to the newest journey; the first one never gets them.
        tracker.recordAckRequested(Topic, {{0, 11}}, 210);
        tracker.recordAckOutcomes(Topic, {accepted(0, 11, 12)}, 211);
        tracker.recordCommitsConfirmed(Topic, {{0, 12}}, 220);
        journeys = tracker.journeys(Topic, 0, 11);
        QVERIFY(!journeys[0].reached(Step::Acked));
        QVERIFY(!journeys[0].reached(Step::CommitConfirmed));
        QCOMPARE(journeys[1].at(Step::Acked), 210);
        QCOMPARE(journeys[1].at(Step::CommitSent), 211);
        QCOMPARE(journeys[1].at(Step::CommitConfirmed), 220);
        QVERIFY(inOrder(journeys[0]));
        QVERIFY(inOrder(journeys[1]));
        // Offset 10's commit stays at its first confirmation.
        QCOMPARE(tracker.journeys(Topic, 0, 10).value(0).at(Step::CommitConfirmed), 120);
    }

    // A group inside the window: each consumer's acks and commits complete the journeys it
    // fetched, and a message handed to another consumer is a second journey tagged with it.
    void extraMembersJourneys()
    {
        constexpr int Member2 = 2;
        JourneyTracker tracker;
        tracker.recordBatch(batchOf(1, {20, 21}, 100), 101, Member2);
        tracker.recordBatch(batchOf(0, {7}, 102), 103);
        QCOMPARE(tracker.journeys(Topic, 1, 20).value(0).consumer, Member2);
        QCOMPARE(tracker.journeys(Topic, 0, 7).value(0).consumer, JourneyTracker::MainConsumer);
        // The window's own consumer acking or committing the same offsets is not the member.
        tracker.recordAckRequested(Topic, {{1, 20}}, 104);
        tracker.recordAckOutcomes(Topic, {accepted(1, 20, 21)}, 105);
        tracker.recordCommitsConfirmed(Topic, {{1, 21}}, 106);
        QVERIFY(!tracker.journeys(Topic, 1, 20).value(0).reached(Step::Acked));
        QVERIFY(!tracker.journeys(Topic, 1, 20).value(0).reached(Step::CommitConfirmed));
        // The member's own ack and commit do.
        tracker.recordAckRequested(Topic, {{1, 20}}, 110, Member2);
        tracker.recordAckOutcomes(Topic, {accepted(1, 20, 21)}, 111, Member2);
        tracker.recordCommitsConfirmed(Topic, {{1, 21}}, 120, Member2);
        const JourneyTracker::Journey acked = tracker.journeys(Topic, 1, 20).value(0);
        QCOMPARE(acked.at(Step::Fetched), 100);
        QCOMPARE(acked.at(Step::Shown), 101);
        QCOMPARE(acked.at(Step::Acked), 110);
        QCOMPARE(acked.at(Step::CommitSent), 111);
        QCOMPARE(acked.at(Step::CommitConfirmed), 120);
        QCOMPARE(acked.commitPosition, 21);
        QVERIFY(inOrder(acked));
        // The window's consumer's offset 7 heard none of it.
        QVERIFY(!tracker.journeys(Topic, 0, 7).value(0).reached(Step::Acked));
        // The member crashed before acking 21: the window's consumer gets it again, a second
        // journey; the member's late commit confirmation does not complete the new one.
        tracker.recordBatch(batchOf(1, {21}, 200), 201);
        tracker.recordCommitsConfirmed(Topic, {{1, 22}}, 205, Member2);
        QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 1, 21);
        QCOMPARE(journeys.size(), 2);
        QCOMPARE(journeys[0].consumer, Member2);
        QCOMPARE(journeys[1].consumer, JourneyTracker::MainConsumer);
        QVERIFY(journeys[0].superseded);
        QCOMPARE(journeys[0].at(Step::CommitConfirmed), 205);
        QVERIFY(!journeys[1].reached(Step::CommitConfirmed));
        tracker.recordAckRequested(Topic, {{1, 21}}, 210);
        tracker.recordAckOutcomes(Topic, {accepted(1, 21, 22)}, 211);
        tracker.recordCommitsConfirmed(Topic, {{1, 22}}, 220);
        journeys = tracker.journeys(Topic, 1, 21);
        QVERIFY(!journeys[0].reached(Step::Acked));
        QCOMPARE(journeys[1].at(Step::Acked), 210);
        QCOMPARE(journeys[1].at(Step::CommitConfirmed), 220);
        QVERIFY(inOrder(journeys[1]));
        // A consumer that never fetched an offset changes nothing there.
        tracker.recordAckRequested(Topic, {{0, 7}}, 230, 3);
        tracker.recordCommitsConfirmed(Topic, {{0, 8}}, 231, 3);
        QVERIFY(!tracker.journeys(Topic, 0, 7).value(0).reached(Step::Acked));
        QVERIFY(!tracker.journeys(Topic, 0, 7).value(0).reached(Step::CommitConfirmed));
    }

    void commitsWithoutAcks()
    {
        JourneyTracker tracker;
        tracker.recordBatch(batchOf(0, {1, 2, 3}, 100), 101);
        // Kafka-native: acking 3 commits 4, covering 1 and 2 without an ack.
        tracker.recordAckRequested(Topic, {{0, 3}}, 110);
        tracker.recordAckOutcomes(Topic, {accepted(0, 3, 4)}, 111);
        tracker.recordCommitsConfirmed(Topic, {{0, 4}}, 115);
        const JourneyTracker::Journey one = tracker.journeys(Topic, 0, 1).value(0);
        QVERIFY(!one.reached(Step::Acked));
        QCOMPARE(one.at(Step::CommitSent), 111);
        QCOMPARE(one.at(Step::CommitConfirmed), 115);
        QCOMPARE(one.commitPosition, 4);
        // Another partition is untouched.
        tracker.recordBatch(batchOf(1, {1}, 120), 121);
        tracker.recordCommitsConfirmed(Topic, {{0, 9}}, 130);
        QVERIFY(!tracker.journeys(Topic, 1, 1).value(0).reached(Step::CommitConfirmed));
        // A commit confirmed that no ack outcome announced (a consumer stopping): confirmed,
        // its sending not timed.
        tracker.recordBatch(batchOf(1, {2}, 140), 141);
        tracker.recordCommitsConfirmed(Topic, {{1, 3}}, 150);
        const JourneyTracker::Journey two = tracker.journeys(Topic, 1, 2).value(0);
        QVERIFY(!two.reached(Step::CommitSent));
        QCOMPARE(two.at(Step::CommitConfirmed), 150);
        QCOMPARE(two.commitPosition, 3);
    }

    void refusedAckDoesNotCount()
    {
        JourneyTracker tracker;
        tracker.recordBatch(batchOf(0, {5}, 100), 101);
        tracker.recordAckRequested(Topic, {{0, 5}}, 110);
        AckTracker::AckOutcome refused;
        refused.message = {0, 5};
        refused.refusal = QStringLiteral("Partition 0 was revoked");
        tracker.recordAckOutcomes(Topic, {refused}, 111);
        QVERIFY(!tracker.journeys(Topic, 0, 5).value(0).reached(Step::Acked));
        // Acks and commits for a topic never seen, or offsets never fetched, change nothing.
        tracker.recordAckRequested(QStringLiteral("nope"), {{0, 5}}, 120);
        tracker.recordAckOutcomes(Topic, {accepted(0, 77, 78)}, 121);
        tracker.recordCommitsConfirmed(QStringLiteral("nope"), {{0, 100}}, 122);
        QCOMPARE(tracker.offsetCount(), 1);
        QVERIFY(!tracker.journeys(Topic, 0, 5).value(0).reached(Step::CommitConfirmed));
    }

    void boundedOffsets()
    {
        JourneyTracker tracker;
        tracker.setMaxOffsets(100);
        QList<qint64> offsets;
        for (qint64 o = 0; o < 1000; ++o)
            offsets << o;
        // A batch beyond the bound keeps its newest records.
        tracker.recordBatch(batchOf(0, offsets, 10), 11);
        QCOMPARE(tracker.offsetCount(), 100);
        QVERIFY(tracker.journeys(Topic, 0, 899).isEmpty());
        QCOMPARE(tracker.journeys(Topic, 0, 900).size(), 1);
        QCOMPARE(tracker.journeys(Topic, 0, 999).size(), 1);
        // An offset fetched again is the newest: it stays while older ones leave.
        tracker.recordBatch(batchOf(0, {900}, 20), 21);
        QList<qint64> more;
        for (qint64 o = 1000; o < 1050; ++o)
            more << o;
        tracker.recordBatch(batchOf(0, more, 30), 31);
        QCOMPARE(tracker.offsetCount(), 100);
        QCOMPARE(tracker.journeys(Topic, 0, 900).size(), 2);
        QVERIFY(tracker.journeys(Topic, 0, 901).isEmpty());
        QVERIFY(tracker.journeys(Topic, 0, 950).isEmpty());
        QCOMPARE(tracker.journeys(Topic, 0, 951).size(), 1);
        // Many fetches of few offsets keep the bookkeeping small too.
        for (int round = 0; round < 3000; ++round)
            tracker.recordBatch(batchOf(0, {900}, 40 + round), 41 + round);
        QCOMPARE(tracker.offsetCount(), 100);
        // Lowering the bound drops the oldest at once.
        tracker.setMaxOffsets(10);
        QCOMPARE(tracker.offsetCount(), 10);
        QCOMPARE(tracker.journeys(Topic, 0, 900).size(), JourneyTracker::MaxDeliveries);
        // Nonsense bounds are taken as one.
        tracker.setMaxOffsets(-5);
        QCOMPARE(tracker.maxOffsets(), 1);
        QCOMPARE(tracker.offsetCount(), 1);
    }

    void boundedDeliveriesAndSends()
    {
        JourneyTracker tracker;
        for (int round = 0; round < 20; ++round)
            tracker.recordBatch(batchOf(2, {42}, 100 + round), 100 + round);
        const QList<JourneyTracker::Journey> journeys = tracker.journeys(Topic, 2, 42);
        QCOMPARE(journeys.size(), JourneyTracker::MaxDeliveries);
        QCOMPARE(journeys.first().delivery, 20 - JourneyTracker::MaxDeliveries + 1);
        QCOMPARE(journeys.last().delivery, 20);
        for (int i = 0; i + 1 < journeys.size(); ++i)
            QVERIFY(journeys[i].superseded);

        // Sends never answered: the oldest are forgotten past the bound.
        for (quint64 id = 1; id <= quint64(JourneyTracker::MaxPendingSends) + 5; ++id)
            tracker.recordSend(id, Topic, ProducerSettings::Acks::All, 1000);
        QCOMPARE(tracker.pendingSendCount(), JourneyTracker::MaxPendingSends);
        tracker.recordDeliveryReport(report(1, 0, 1, 100), 1001);
        QVERIFY(tracker.journeys(Topic, 0, 1).isEmpty());
        tracker.recordDeliveryReport(report(6, 0, 6, 100), 1001);
        QCOMPARE(tracker.journeys(Topic, 0, 6).size(), 1);
    }

    void extremeOffsets()
    {
        JourneyTracker tracker;
        constexpr qint64 last = std::numeric_limits<qint64>::max() - 1;
        tracker.recordBatch(batchOf(0, {last}, 100), 101);
        tracker.recordAckOutcomes(Topic, {accepted(0, last, last + 1)}, 110);
        tracker.recordCommitsConfirmed(Topic, {{0, last + 1}}, 120);
        const JourneyTracker::Journey j = tracker.journeys(Topic, 0, last).value(0);
        QCOMPARE(j.at(Step::Acked), 110);
        QCOMPARE(j.at(Step::CommitConfirmed), 120);
        tracker.clear();
        QCOMPARE(tracker.offsetCount(), 0);
        QVERIFY(tracker.journeys(Topic, 0, last).isEmpty());
    }

    void batchPollMarks()
    {
        KafkaMessageBatch batch(Topic);
        QCOMPARE(batch.polledAtMs(0), -1);
        batch.markPolled(5); // nothing to mark yet
        batch.append(0, 0, -1, nullptr, 0, nullptr, 0);
        batch.markPolled(100);
        batch.append(0, 1, -1, nullptr, 0, nullptr, 0);
        batch.markPolled(100); // the same millisecond: the same run
        batch.append(0, 2, -1, nullptr, 0, nullptr, 0);
        batch.append(0, 3, -1, nullptr, 0, nullptr, 0);
        batch.markPolled(107);
        batch.markPolled(108); // the same record marked again: the later time
        batch.append(0, 4, -1, nullptr, 0, nullptr, 0);
        QCOMPARE(batch.polledAtMs(0), 100);
        QCOMPARE(batch.polledAtMs(1), 100);
        QCOMPARE(batch.polledAtMs(2), 100);
        QCOMPARE(batch.polledAtMs(3), 108);
        QCOMPARE(batch.polledAtMs(4), 108);
        // The marks travel with the batch (it is copied across threads).
        const KafkaMessageBatch copy = batch;
        QCOMPARE(copy.polledAtMs(3), 108);
    }
};

QTEST_GUILESS_MAIN(TestJourneyTracker)
#include "tst_journeytracker.moc"
