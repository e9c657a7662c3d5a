// KafkaSession's consumer against a real Kafka broker, as the window drives it: only the
// current consumer is heard (a consumer being replaced on the same topic sends its revocation
// and its closing commits after the new one started, and they must not mark the new rows), and
// connecting to a real cluster reads no topic nobody chose.
#include "kafkasession.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>

class TestSessionConsumer final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void switchingFromGroupToBrowseDropsTheOldConsumersSignals();
    void connectingWithoutATopicWatchesNothing();
    void connectingWithATopicWatchesIt();
};

namespace {
// What reached the session's listeners, in order.
struct Event
{
    enum Kind { Messages, Assigned, Revoked, CommitsConfirmed, AcksApplied, Started };
    Kind kind;
    int count = 0; // messages in the batch, partitions assigned or revoked
};

bool waitConnected(KafkaSession &session)
{
    return QTest::qWaitFor([&] { return session.state() != KafkaSession::State::Connecting; },
                           30000) &&
           session.state() == KafkaSession::State::Connected;
}
} // namespace

void TestSessionConsumer::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestSessionConsumer::switchingFromGroupToBrowseDropsTheOldConsumersSignals()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("switch"), 2, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    constexpr int Count = 20;
    QCOMPARE(TestCluster::produce(config, Count).size(), Count);

    KafkaSession session;
    QList<Event> events;
    QList<KafkaMessage> received;
    connect(&session, &KafkaSession::messagesReceived, this, [&](const KafkaMessageBatch &batch) {
        events.append({Event::Messages, int(batch.size())});
        received.append(batch.toList());
    });
    connect(&session, &KafkaSession::partitionsAssigned, this,
            [&](const QList<qint32> &partitions, int) {
                events.append({Event::Assigned, int(partitions.size())});
            });
    connect(&session, &KafkaSession::partitionsRevoked, this,
            [&](const QList<qint32> &partitions, int) {
                events.append({Event::Revoked, int(partitions.size())});
            });
    connect(&session, &KafkaSession::commitsConfirmed, this, [&](const MessagePositions &p) {
        events.append({Event::CommitsConfirmed, int(p.size())});
    });
    connect(&session, &KafkaSession::acksApplied, this,
            [&](const QList<AckTracker::AckOutcome> &o) {
                events.append({Event::AcksApplied, int(o.size())});
            });
    connect(&session, &KafkaSession::consumerStarted, this,
            [&] { events.append(Event{Event::Started}); });
    QSignalSpy stopped(&session, &KafkaSession::consumerStopped);

    session.connectToCluster(config); // group mode, the default
    QVERIFY2(waitConnected(session), qPrintable(session.stateMessage()));
    QCOMPARE(session.watchedTopic(), config.topic);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Count, 60000);
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
                        [](const Event &e) { return e.kind == Event::Assigned && e.count > 0; }));
    // Acknowledged, so the group consumer commits them as it closes.
    MessagePositions acked;
    for (const KafkaMessage &m : received)
        acked.append({m.partition, m.offset});
    session.ack(acked);
    QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(),
                            [](const Event &e) { return e.kind == Event::AcksApplied; }));

    // The same topic, browsing: the group consumer closes (revoking its partitions and
    // committing) on its thread while the browsing one starts.
    const qsizetype switchedAt = events.size();
    ConsumerOptions browse = session.consumerOptions();
    browse.mode = ConsumerOptions::Mode::Browse;
    session.setConsumerOptions(browse);
    QVERIFY(session.isConsuming());
    // The old consumer has stopped (its revocation came before that, in order) and the new
    // one has read everything again.
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2 * Count, 60000);
    // Its thread has ended; the browsing one's runs on.
    QTRY_COMPARE_WITH_TIMEOUT(session.closingConsumers(), 1, 30000);
    QCoreApplication::processEvents(); // anything still queued from the old consumer

    const QList<Event> after = events.mid(switchedAt);
    const auto firstMessages = std::find_if(
        after.cbegin(), after.cend(), [](const Event &e) { return e.kind == Event::Messages; });
    QVERIFY(firstMessages != after.cend());
    for (auto e = after.cbegin(); e != after.cend(); ++e) {
        const qsizetype at = switchedAt + (e - after.cbegin());
        QVERIFY2(e->kind != Event::Revoked,
                 qPrintable(QStringLiteral("a revocation of %1 partition(s) from the replaced "
                                           "group consumer reached the session's listeners "
                                           "(event %2, %3 the browsing consumer's first "
                                           "messages)")
                                .arg(e->count)
                                .arg(at)
                                .arg(e < firstMessages ? QLatin1String("before")
                                                       : QLatin1String("after"))));
        QVERIFY2(e->kind != Event::CommitsConfirmed,
                 "the replaced group consumer's closing commit reached the session's listeners "
                 "(browsing commits nothing)");
    }
    QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                           [](const Event &e) { return e.kind == Event::Started; }),
             1);
    session.disconnectFromCluster();
}

void TestSessionConsumer::connectingWithoutATopicWatchesNothing()
{
    QString created;
    ConnectionConfig config = TestCluster::newTopic(QStringLiteral("untouched"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString topic = config.topic;
    config.topic.clear();

    KafkaSession session;
    QSignalSpy started(&session, &KafkaSession::consumerStarted);
    QSignalSpy topics(&session, &KafkaSession::topicsChanged);
    session.connectToCluster(config);
    QVERIFY2(waitConnected(session), qPrintable(session.stateMessage()));
    QVERIFY(!topics.isEmpty());
    QVERIFY(std::any_of(session.topics().cbegin(), session.topics().cend(),
                        [&](const TopicInfo &t) { return t.name == topic; }));
    QVERIFY2(session.watchedTopic().isEmpty(), qPrintable(session.watchedTopic()));
    QVERIFY(!session.isConsuming());
    // The user chooses one: now it is read.
    session.watchTopic(topic);
    QCOMPARE(session.watchedTopic(), topic);
    QVERIFY(session.isConsuming());
    QVERIFY(started.wait(30000));
    QCOMPARE(started.constFirst().constFirst().toString(), topic);
    session.disconnectFromCluster();
}

void TestSessionConsumer::connectingWithATopicWatchesIt()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("chosen"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    KafkaSession session;
    QSignalSpy started(&session, &KafkaSession::consumerStarted);
    session.connectToCluster(config);
    QVERIFY2(waitConnected(session), qPrintable(session.stateMessage()));
    QCOMPARE(session.watchedTopic(), config.topic);
    QVERIFY(session.isConsuming());
    QVERIFY(started.wait(30000));
    session.disconnectFromCluster();
}

QTEST_GUILESS_MAIN(TestSessionConsumer)
#include "tst_sessionconsumer.moc"
