// The consumer's other controls against a real Kafka broker: browsing without a group (reads
// every partition, commits nothing, leaves no group behind), reading again from an offset or
// a time, and the redelivered mark that follows; pausing, with the lag seen to grow meanwhile.
#include "adminclient.h"
#include "consumerharness.h"
#include "consumerthread.h"
#include "testcluster.h"

#include <QDateTime>
#include <QTest>

#include <algorithm>

class TestConsumerControl final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void browseReadsEverythingAndLeavesNoGroup();
    void seekToOffsetRedeliversFromThere();
    void seekToTimestampFindsTheFirstMessageAtOrAfter();
    void latestStartSkipsWhatIsAlreadyThere();
    void latestStartCommitsWhereItStartsForTheNextMember();
    void startOffsetPastTheEndStartsAtTheEndAndSaysSo();
    void pausedConsumerSeesTheLagGrow();
};

void TestConsumerControl::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestConsumerControl::browseReadsEverythingAndLeavesNoGroup()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("browse"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 30).size(), 30);
    QString error;
    const QStringList groupsBefore = AdminClient::listGroups(config, 10000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    ConsumerHarness browser(config, options);
    browser.start();
    QVERIFY(browser.waitForMessages(30));
    QCOMPARE(browser.assignment, (QList<qint32>{0, 1, 2}));
    QCOMPARE(browser.generations, QList<int>{-1});
    browser.ack({{browser.messages.first().partition, browser.messages.first().offset}});
    QTRY_COMPARE(browser.outcomes.size(), 1);
    QVERIFY(!browser.outcomes.first().accepted); // nothing to commit when browsing
    QVERIFY(browser.stop());
    QVERIFY(browser.confirmed.isEmpty());

    const QStringList groupsAfter = AdminClient::listGroups(config, 10000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &group : groupsAfter)
        QVERIFY2(groupsBefore.contains(group) ||
                     !group.startsWith(QLatin1String("topicdesk-browse")),
                 qPrintable(QStringLiteral("browsing left group %1 behind").arg(group)));
}

void TestConsumerControl::seekToOffsetRedeliversFromThere()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("seek"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 10).size(), 10);
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(10));
    QVERIFY(std::none_of(consumer.messages.cbegin(), consumer.messages.cend(),
                         [](const KafkaMessage &m) { return m.redelivered; }));
    consumer.seekToOffset(0, 6);
    QVERIFY(consumer.waitForMessages(14));
    QCOMPARE(consumer.messages.size(), 14);
    for (int i = 10; i < 14; ++i) {
        QCOMPARE(consumer.messages.at(i).offset, 6 + (i - 10));
        QVERIFY(consumer.messages.at(i).redelivered);
    }
    QVERIFY(consumer.stop());
}

void TestConsumerControl::seekToTimestampFindsTheFirstMessageAtOrAfter()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("seektime"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 5).size(), 5);
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(5));
    // A later batch, with timestamps after every one of the first five.
    const qint64 cut = consumer.messages.last().timestampMs + 1;
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > cut);
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QVERIFY(consumer.waitForMessages(8));
    consumer.seekToTimestamp(-1, cut);
    QVERIFY(consumer.waitForMessages(11));
    for (int i = 8; i < 11; ++i) {
        QCOMPARE(consumer.messages.at(i).offset, 5 + (i - 8));
        QVERIFY(consumer.messages.at(i).timestampMs >= cut);
    }
    QVERIFY(consumer.stop());
}

void TestConsumerControl::latestStartSkipsWhatIsAlreadyThere()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("latest"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 5).size(), 5);
    ConsumerOptions options;
    options.startFrom = ConsumerOptions::StartFrom::Latest;
    ConsumerHarness consumer(config, options);
    consumer.start();
    // Once a fetch answered (the high watermark is known), the consumer sits at the end:
    // what is sent now is all it gets.
    QTRY_VERIFY_WITH_TIMEOUT(
        !consumer.offsets.isEmpty() && consumer.offsets.first().highWatermark == 5, 30000);
    QCOMPARE(TestCluster::produce(config, 2, 0).size(), 2);
    QVERIFY(consumer.waitForMessages(2));
    QCOMPARE(consumer.messages.first().offset, 5);
    QVERIFY(consumer.stop());
    QCOMPARE(consumer.messages.size(), 2);
}

// "New messages only" in a group with no committed offset: the first member commits where it
// starts, so the member taking the partition over after a rebalance gets what the first one
// received and never acknowledged; without that commit it would start at the latest message
// again and skip them.
void TestConsumerControl::latestStartCommitsWhereItStartsForTheNextMember()
{
    QString created;
    ConnectionConfig config = TestCluster::newTopic(QStringLiteral("latestgroup"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    config.properties = {{QStringLiteral("heartbeat.interval.ms"), QStringLiteral("300")},
                         {QStringLiteral("session.timeout.ms"), QStringLiteral("10000")}};
    QCOMPARE(TestCluster::produce(config, 5, 0).size(), 5);
    ConsumerOptions options;
    options.startFrom = ConsumerOptions::StartFrom::Latest;
    ConsumerHarness first(config, options);
    first.start();
    QVERIFY(first.waitForCommit(0, 5));
    QCOMPARE(first.confirmedPosition(0), 5);
    QVERIFY2(first.notices.join(QLatin1Char('\n')).contains(QLatin1String("committing offset 5")),
             qPrintable(first.notices.join(QLatin1Char('\n'))));
    QCOMPARE(AdminClient::committedOffsets(config, config.groupId, config.topic, 10000)
                 .committed.value(0, -1),
             5);
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QVERIFY(first.waitForMessages(3));
    QVERIFY(first.stop()); // revoked with 5..7 received, none acknowledged: they go Stale
    QCOMPARE(first.revocations.size(), 1);

    ConsumerHarness second(config, options);
    second.start();
    QVERIFY(second.waitForMessages(3));
    QCOMPARE(second.messages.first().offset, 5);
    QCOMPARE(second.messages.last().offset, 7);
    // The group has a committed offset now: nothing more is committed on its behalf.
    QVERIFY(second.notices.isEmpty());
    second.ack({{0, 5}, {0, 6}, {0, 7}});
    QVERIFY(second.waitForCommit(0, 8));
    QVERIFY(second.stop());
    QCOMPARE(second.messages.size(), 3);
}

// librdkafka resets an offset past the end to auto.offset.reset (the beginning here) without a
// word; the worker starts at the end instead and says so.
void TestConsumerControl::startOffsetPastTheEndStartsAtTheEndAndSaysSo()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("pastend"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 12, 0).size(), 12);
    ConsumerOptions options;
    options.startOffset = 500;
    ConsumerHarness consumer(config, options);
    consumer.start();
    QTRY_COMPARE_WITH_TIMEOUT(consumer.notices.size(), 1, 30000);
    QCOMPARE(consumer.notices.first(),
             QStringLiteral("Offset 500 is past the end of partition 0 (high watermark 12): "
                            "reading from offset 12, the next new message."));
    QCOMPARE(TestCluster::produce(config, 2, 0).size(), 2);
    QVERIFY(consumer.waitForMessages(2));
    QCOMPARE(consumer.messages.first().offset, 12);
    QCOMPARE(consumer.messages.last().offset, 13);
    QVERIFY(consumer.stop());
    QCOMPARE(consumer.messages.size(), 2);
}

// A paused consumer fetches nothing, so the watermarks cached from fetch responses stand still;
// the offsets it reports while paused come from the brokers instead: the high watermark and the
// lag grow with what is sent meanwhile, the position does not move. (ConsumerHarness has no
// pause: the test drives a ConsumerThread of its own.)
void TestConsumerControl::pausedConsumerSeesTheLagGrow()
{
    constexpr int Before = 5; // per partition, read before pausing
    constexpr int During = 7; // per partition, sent while paused
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("pauselag"), 2, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    for (qint32 p : {0, 1})
        QCOMPARE(TestCluster::produce(config, Before, p).size(), Before);

    ConsumerThread consumer(config);
    QList<qint32> assignment;
    int received = 0;
    PartitionOffsetsList offsets; // the latest report
    QStringList errors;
    bool stopped = false;
    connect(&consumer, &ConsumerThread::partitionsAssigned, this,
            [&](const QList<qint32> &partitions, int) { assignment += partitions; });
    connect(&consumer, &ConsumerThread::messagesReceived, this,
            [&](const KafkaMessageBatch &batch) { received += int(batch.size()); });
    connect(&consumer, &ConsumerThread::offsetsUpdated, this,
            [&](const PartitionOffsetsList &latest) { offsets = latest; });
    connect(&consumer, &ConsumerThread::errorOccurred, this,
            [&](const QString &message) { errors.append(message); });
    connect(&consumer, &ConsumerThread::stopped, this, [&] { stopped = true; });
    const auto allOf = [&](auto &&condition) {
        return offsets.size() == 2 && std::all_of(offsets.cbegin(), offsets.cend(), condition);
    };
    consumer.start();

    QTRY_COMPARE_WITH_TIMEOUT(assignment.size(), 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(received, 2 * Before, 30000);
    // Everything read, and a fetch answered: the cached watermarks are known.
    QTRY_VERIFY_WITH_TIMEOUT(allOf([](const PartitionOffsets &o) {
                                 return !o.paused && o.position == Before &&
                                        o.highWatermark == Before && o.logStart == 0 &&
                                        o.committed == -1 && o.lag() == Before;
                             }),
                             30000);

    consumer.setPaused(true);
    QTRY_VERIFY_WITH_TIMEOUT(allOf([](const PartitionOffsets &o) { return o.paused; }), 10000);
    for (qint32 p : {0, 1})
        QCOMPARE(TestCluster::produce(config, During, p).size(), During);

    // Reported every OffsetsIntervalMs while paused, from the brokers.
    QTRY_VERIFY_WITH_TIMEOUT(allOf([](const PartitionOffsets &o) {
                                 return o.paused && o.highWatermark == Before + During;
                             }),
                             10000);
    for (const PartitionOffsets &o : std::as_const(offsets)) {
        QCOMPARE(o.lag(), Before + During);
        QCOMPARE(o.position, Before); // nothing fetched
        QCOMPARE(o.logStart, 0);
        QCOMPARE(o.committed, -1);
    }
    QCOMPARE(received, 2 * Before);

    // Resumed, it reads what was sent meanwhile.
    consumer.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(received, 2 * (Before + During), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(allOf([](const PartitionOffsets &o) {
                                 return !o.paused && o.position == Before + During &&
                                        o.highWatermark == Before + During;
                             }),
                             30000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    consumer.stop();
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 30000);
    QVERIFY(consumer.wait(30000));
}

QTEST_GUILESS_MAIN(TestConsumerControl)
#include "tst_consumercontrol.moc"
