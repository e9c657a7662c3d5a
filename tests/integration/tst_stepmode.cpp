// Step mode against a real Kafka broker (issue 12, point 5): the consumer hands over exactly one
// message per Next, in offset order per partition with none skipped, while acks and commits go
// on as usual; several Nexts at once grant one message each, a Next with nothing on the broker
// waits for the next message, turning step mode off delivers the rest, and stopping commits
// only what was acked. "No extra message" is checked without sleeping: every batch must carry
// exactly one record, the count must equal the Nexts at each arrival, and a request sent through
// the worker's queue after the last one (an empty ack) comes back with no message before it.
#include "consumerthread.h"
#include "consumerworker.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {
constexpr int WaitMs = 30000;

// A step-mode consumer on its thread, with what it reports collected.
class Stepper final : public QObject
{
public:
    explicit Stepper(const ConnectionConfig &config, bool stepping = true,
                     AckTracker::Mode commitMode = AckTracker::Mode::Safe)
        : m_consumer(config, options(stepping, commitMode))
    {
        connect(&m_consumer, &ConsumerThread::messagesReceived, this,
                [this](const KafkaMessageBatch &batch) {
                    batchSizes.append(int(batch.size()));
                    for (qsizetype i = 0; i < batch.size(); ++i)
                        messages.append(batch.at(i));
                });
        connect(&m_consumer, &ConsumerThread::partitionsAssigned, this,
                [this](const QList<qint32> &partitions) {
                    assignment = partitions;
                    ++assignments;
                });
        connect(&m_consumer, &ConsumerThread::stepStateChanged, this, [this](bool on, int credit) {
            stepMode = on;
            this->credit = credit;
            ++stepReports;
        });
        connect(&m_consumer, &ConsumerThread::acksApplied, this,
                [this](const QList<AckTracker::AckOutcome> &outcomes) {
                    ++ackAnswers;
                    for (const AckTracker::AckOutcome &o : outcomes)
                        accepted += o.accepted ? 1 : 0;
                });
        connect(&m_consumer, &ConsumerThread::commitsConfirmed, this,
                [this](const MessagePositions &positions) {
                    for (const MessagePosition &p : positions)
                        confirmed[p.partition] = std::max(confirmed.value(p.partition), p.offset);
                });
        connect(&m_consumer, &ConsumerThread::notice, this,
                [this](const QString &line) { notices.append(line); });
        connect(&m_consumer, &ConsumerThread::errorOccurred, this,
                [this](const QString &line) { errors.append(line); });
        connect(&m_consumer, &ConsumerThread::stopped, this, [this] { stopped = true; });
    }
    ~Stepper() override
    {
        if (!stopped) {
            m_consumer.stop();
            if (!QTest::qWaitFor([this] { return stopped; }, WaitMs))
                qWarning("the consumer did not stop in time");
        }
    }

    ConsumerThread &consumer() { return m_consumer; }

    // A round trip through the worker's queue: everything it handed over before serving this
    // request has arrived when it returns true.
    bool barrier()
    {
        const int before = ackAnswers;
        m_consumer.ack({});
        return QTest::qWaitFor([&] { return ackAnswers > before; }, WaitMs);
    }
    bool waitAssigned()
    {
        return QTest::qWaitFor([this] { return !assignment.isEmpty(); }, WaitMs);
    }
    bool stop()
    {
        m_consumer.stop();
        return QTest::qWaitFor([this] { return stopped; }, WaitMs);
    }
    // Per partition, the offsets in arrival order.
    QHash<qint32, QList<qint64>> offsetsByPartition() const
    {
        QHash<qint32, QList<qint64>> result;
        for (const KafkaMessage &m : messages)
            result[m.partition].append(m.offset);
        return result;
    }

    QList<KafkaMessage> messages;
    QList<int> batchSizes;
    QList<qint32> assignment;
    int assignments = 0;
    bool stepMode = false;
    int credit = -1;
    int stepReports = 0;
    int ackAnswers = 0;
    int accepted = 0;
    QHash<qint32, qint64> confirmed;
    QStringList notices;
    QStringList errors;
    bool stopped = false;

private:
    static ConsumerOptions options(bool stepMode, AckTracker::Mode commitMode)
    {
        ConsumerOptions o;
        o.stepMode = stepMode;
        o.commitMode = commitMode;
        return o;
    }

    ConsumerThread m_consumer;
};

// Offsets 0, 1, 2... in order, for each partition.
bool contiguousFromZero(const QHash<qint32, QList<qint64>> &byPartition, QString *why)
{
    for (auto it = byPartition.cbegin(); it != byPartition.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i) != i) {
                *why = QStringLiteral("partition %1 gave offset %2 as its message %3")
                           .arg(it.key())
                           .arg(it.value().at(i))
                           .arg(i);
                return false;
            }
        }
    }
    return true;
}

ConnectionConfig topicWithRecords(const QString &prefix, int partitions, int records,
                                  QString *error)
{
    ConnectionConfig config = TestCluster::newTopic(prefix, partitions, error);
    if (!error->isEmpty())
        return config;
    // Spread by hand: the first partition gets the larger share.
    int sent = 0;
    for (int p = 0; p < partitions; ++p) {
        const int count = (records - sent + (partitions - p) - 1) / (partitions - p);
        if (count > 0 && TestCluster::produce(config, count, p).size() != count) {
            *error =
                QStringLiteral("could not produce %1 records to partition %2").arg(count).arg(p);
            return config;
        }
        sent += count;
    }
    return config;
}
} // namespace

class TestStepMode final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneMessagePerNext_data();
    void oneMessagePerNext();
    void manyNextsAtOnceGrantOneEach();
    void nextWithNothingOnTheBrokerWaitsForTheNextMessage();
    void turningStepModeOffDeliversTheRest();
    void turningStepModeOnWhileConsumingHoldsTheRest();
    void stopWhileHoldingCommitsOnlyWhatWasAcked();
    void rebalanceWhileHoldingLosesNothing();
    void autoCommitCommitsOnlyWhatWasHandedOver();
    void browseStepsToo();
};

void TestStepMode::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestStepMode::oneMessagePerNext_data()
{
    QTest::addColumn<int>("partitions");
    QTest::newRow("1 partition") << 1;
    QTest::newRow("2 partitions") << 2;
}

void TestStepMode::oneMessagePerNext()
{
    QFETCH(int, partitions);
    constexpr int N = 5;
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("step"), partitions, N, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Stepper stepper(config);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    QCOMPARE(stepper.assignment.size(), partitions);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 0); // nothing before the first Next

    for (int k = 1; k <= N; ++k) {
        stepper.consumer().grantStep();
        QVERIFY2(QTest::qWaitFor([&] { return stepper.messages.size() >= k; }, WaitMs),
                 qPrintable(QStringLiteral("Next %1 brought no message").arg(k)));
        // Exactly one more, in a batch of its own; the worker has no credit left.
        QCOMPARE(stepper.messages.size(), k);
        QCOMPARE(stepper.batchSizes.size(), k);
        QCOMPARE(stepper.batchSizes.last(), 1);
        QTRY_COMPARE(stepper.credit, 0);
        QString why;
        QVERIFY2(contiguousFromZero(stepper.offsetsByPartition(), &why), qPrintable(why));
        QVERIFY(stepper.notices.last().contains(
            QStringLiteral("offset %1").arg(stepper.messages.last().offset)));

        if (k == 2) {
            // Acks and commits go on while the rest is held back on the broker.
            const KafkaMessage first = stepper.messages.first();
            stepper.consumer().ack({{first.partition, first.offset}});
            QTRY_COMPARE_WITH_TIMEOUT(stepper.confirmed.value(first.partition, -1),
                                      first.offset + 1, WaitMs);
            QCOMPARE(TestCluster::committed(config, first.partition), first.offset + 1);
            QVERIFY(stepper.barrier());
            QCOMPARE(stepper.messages.size(), k); // the ack fetched nothing
        }
    }
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), N);
    QCOMPARE(stepper.credit, 0);

    // Acking every message commits each partition's end; a separate client reads it back.
    MessagePositions all;
    for (const KafkaMessage &m : std::as_const(stepper.messages))
        all.append({m.partition, m.offset});
    stepper.consumer().ack(all);
    const QHash<qint32, QList<qint64>> byPartition = stepper.offsetsByPartition();
    QCOMPARE(byPartition.size(), partitions);
    for (auto it = byPartition.cbegin(); it != byPartition.cend(); ++it)
        QTRY_COMPARE_WITH_TIMEOUT(stepper.confirmed.value(it.key(), -1), it.value().size(), WaitMs);
    QVERIFY(stepper.stop());
    for (auto it = byPartition.cbegin(); it != byPartition.cend(); ++it)
        QCOMPARE(TestCluster::committed(config, it.key()), qint64(it.value().size()));
    QVERIFY2(stepper.errors.isEmpty(), qPrintable(stepper.errors.join(QLatin1Char('\n'))));
}

void TestStepMode::manyNextsAtOnceGrantOneEach()
{
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("stepmany"), 2, 8, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stepper stepper(config);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    for (int i = 0; i < 3; ++i)
        stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 3; }, WaitMs));
    QTRY_COMPARE(stepper.credit, 0);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 3);
    QVERIFY(std::all_of(stepper.batchSizes.cbegin(), stepper.batchSizes.cend(),
                        [](int size) { return size == 1; }));
    QString why;
    QVERIFY2(contiguousFromZero(stepper.offsetsByPartition(), &why), qPrintable(why));
    // And the next Next brings the one after, not one that was fetched ahead and dropped.
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 4; }, WaitMs));
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 4);
    QVERIFY2(contiguousFromZero(stepper.offsetsByPartition(), &why), qPrintable(why));
}

void TestStepMode::nextWithNothingOnTheBrokerWaitsForTheNextMessage()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("stepempty"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stepper stepper(config);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    // The partition's offsets are known before Next, so the worker can tell it is empty.
    QVERIFY(stepper.barrier());
    stepper.consumer().grantStep();
    QTRY_COMPARE(stepper.credit, 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        stepper.notices.filter(QStringLiteral("nothing new to fetch yet")).size() == 1, WaitMs);
    QCOMPARE(stepper.messages.size(), 0);

    // The granted message is the next one produced; the two after it wait for their Nexts.
    QCOMPARE(TestCluster::produce(config, 1, 0).size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 1; }, WaitMs));
    QTRY_COMPARE(stepper.credit, 0);
    QCOMPARE(TestCluster::produce(config, 2, 0).size(), 2);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 1);
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 2; }, WaitMs));
    QTRY_COMPARE(stepper.credit, 0);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 2);
    QCOMPARE(stepper.messages.at(0).offset, 0);
    QCOMPARE(stepper.messages.at(1).offset, 1);
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 3; }, WaitMs));
    QTRY_COMPARE(stepper.credit, 0);

    // Next pressed far more often than messages come is remembered up to a bound.
    for (int i = 0; i < ConsumerWorker::MaxStepCredit + 5; ++i)
        stepper.consumer().grantStep();
    QTRY_COMPARE(stepper.credit, ConsumerWorker::MaxStepCredit);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 3);
    QCOMPARE(TestCluster::produce(config, 1, 0).size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 4; }, WaitMs));
    QTRY_COMPARE(stepper.credit, ConsumerWorker::MaxStepCredit - 1);
    QCOMPARE(stepper.messages.last().offset, 3);
}

void TestStepMode::turningStepModeOffDeliversTheRest()
{
    constexpr int N = 5;
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("stepoff"), 2, N, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stepper stepper(config);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    stepper.consumer().grantStep();
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 2; }, WaitMs));
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 2);

    stepper.consumer().setStepMode(false);
    QTRY_VERIFY(!stepper.stepMode);
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= N; }, WaitMs));
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), N);
    QString why;
    QVERIFY2(contiguousFromZero(stepper.offsetsByPartition(), &why), qPrintable(why));
    // Next does nothing outside step mode.
    stepper.consumer().grantStep();
    QCOMPARE(TestCluster::produce(config, 1, 0).size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= N + 1; }, WaitMs));
    QCOMPARE(stepper.credit, 0);
}

void TestStepMode::turningStepModeOnWhileConsumingHoldsTheRest()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("stepon"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stepper stepper(config, false);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 3; }, WaitMs));
    stepper.consumer().setStepMode(true);
    QTRY_VERIFY(stepper.stepMode);
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 3);
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 4; }, WaitMs));
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 4);
    QString why;
    QVERIFY2(contiguousFromZero(stepper.offsetsByPartition(), &why), qPrintable(why));
}

void TestStepMode::stopWhileHoldingCommitsOnlyWhatWasAcked()
{
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("stepstop"), 1, 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Stepper stepper(config);
        stepper.consumer().start();
        QVERIFY(stepper.waitAssigned());
        stepper.consumer().grantStep();
        stepper.consumer().grantStep();
        QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 2; }, WaitMs));
        stepper.consumer().ack({{0, 0}});
        // A Next granted but not yet served when the stop comes: it must not hand anything
        // over, nor commit past the ack.
        stepper.consumer().grantStep();
        QVERIFY(stepper.stop());
        QVERIFY(stepper.messages.size() <= 3);
    }
    QCOMPARE(TestCluster::committed(config, 0), 1);
    // A new consumer of the group starts at the first message not acked.
    Stepper again(config);
    again.consumer().start();
    QVERIFY(again.waitAssigned());
    again.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return again.messages.size() >= 1; }, WaitMs));
    QCOMPARE(again.messages.first().offset, 1);
}

void TestStepMode::rebalanceWhileHoldingLosesNothing()
{
    constexpr int PerPartition = 3;
    QString error;
    ConnectionConfig config =
        topicWithRecords(QStringLiteral("steprebalance"), 2, 2 * PerPartition, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    config.properties = {{QStringLiteral("heartbeat.interval.ms"), QStringLiteral("300")},
                         {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")}};
    Stepper stepper(config);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    QCOMPARE(stepper.assignment, (QList<qint32>{0, 1}));
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 1; }, WaitMs));
    const KafkaMessage first = stepper.messages.first();
    QCOMPARE(first.offset, 0);
    stepper.consumer().ack({{first.partition, first.offset}});
    QTRY_COMPARE_WITH_TIMEOUT(stepper.confirmed.value(first.partition, -1), 1, WaitMs);

    // A second member joins while the stepper holds everything else back.
    const int assignmentsBefore = stepper.assignments;
    Stepper other(config, false);
    other.consumer().start();
    QVERIFY(QTest::qWaitFor(
        [&] { return other.assignment.size() == 1 && stepper.assignments > assignmentsBefore; },
        WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(stepper.assignment.size(), 1, WaitMs);
    const qint32 kept = stepper.assignment.first();
    const qint32 given = other.assignment.first();
    QVERIFY(kept != given);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 1); // the rebalance handed nothing over by itself

    // The other member reads its partition from the committed offset: nothing was skipped.
    const qint64 givenStart = given == first.partition ? 1 : 0;
    QVERIFY(QTest::qWaitFor([&] { return other.messages.size() >= PerPartition - givenStart; },
                            WaitMs));
    for (qsizetype i = 0; i < other.messages.size(); ++i) {
        QCOMPARE(other.messages.at(i).partition, given);
        QCOMPARE(other.messages.at(i).offset, givenStart + i);
    }
    // The stepper goes on one message per Next, from its partition's committed offset.
    const qint64 keptStart = kept == first.partition ? 1 : 0;
    for (qint64 offset = keptStart; offset < PerPartition; ++offset) {
        const qsizetype before = stepper.messages.size();
        stepper.consumer().grantStep();
        QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() > before; }, WaitMs));
        QCOMPARE(stepper.messages.size(), before + 1);
        QCOMPARE(stepper.messages.last().partition, kept);
        QCOMPARE(stepper.messages.last().offset, offset);
    }
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.credit, 0);
    QVERIFY(other.stop());
    QVERIFY(stepper.stop());
}

void TestStepMode::autoCommitCommitsOnlyWhatWasHandedOver()
{
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("stepauto"), 1, 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Stepper stepper(config, true, AckTracker::Mode::AutoCommit);
    stepper.consumer().start();
    QVERIFY(stepper.waitAssigned());
    stepper.consumer().grantStep();
    stepper.consumer().grantStep();
    QVERIFY(QTest::qWaitFor([&] { return stepper.messages.size() >= 2; }, WaitMs));
    QTRY_COMPARE(stepper.credit, 0);
    QVERIFY(stepper.barrier());
    QCOMPARE(stepper.messages.size(), 2);
    // Closing commits the consumer's position: after the two shown, not the three held back.
    QVERIFY(stepper.stop());
    QCOMPARE(TestCluster::committed(config, 0), 2);
}

void TestStepMode::browseStepsToo()
{
    QString error;
    const ConnectionConfig config = topicWithRecords(QStringLiteral("stepbrowse"), 2, 4, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    options.stepMode = true;
    ConsumerThread consumer(config, options);
    QList<KafkaMessage> messages;
    int acks = 0;
    connect(&consumer, &ConsumerThread::messagesReceived, this,
            [&](const KafkaMessageBatch &batch) { messages.append(batch.toList()); });
    connect(&consumer, &ConsumerThread::acksApplied, this, [&] { ++acks; });
    QSignalSpy assigned(&consumer, &ConsumerThread::partitionsAssigned);
    QSignalSpy stopped(&consumer, &ConsumerThread::stopped);
    consumer.start();
    QVERIFY(assigned.wait(WaitMs));
    consumer.grantStep();
    QVERIFY(QTest::qWaitFor([&] { return messages.size() >= 1; }, WaitMs));
    consumer.ack({});
    QVERIFY(QTest::qWaitFor([&] { return acks == 1; }, WaitMs));
    QCOMPARE(messages.size(), 1);
    consumer.setStepMode(false);
    QVERIFY(QTest::qWaitFor([&] { return messages.size() >= 4; }, WaitMs));
    consumer.stop();
    QVERIFY(stopped.wait(WaitMs));
    QCOMPARE(messages.size(), 4);
}

QTEST_GUILESS_MAIN(TestStepMode)
#include "tst_stepmode.moc"
