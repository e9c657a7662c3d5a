// A group inside the window against a real Kafka broker: KafkaSession's extra members
// (addGroupMember) share the watched topic's partitions with the window's consumer; a member
// that crashes commits nothing and keeps its partitions until the session timeout, after which
// its unacknowledged messages reach the other member as redelivered; a member that leaves
// cleanly commits what it acknowledged, so only the rest comes back. Adding a member is refused
// where no group runs, and quitting stops every member.
#include "consumerthread.h"
#include "kafkasession.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestGroupMembers final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoConsumersSplitTwoPartitions();
    void crashedMembersMessagesComeBackAfterTheSessionTimeout();
    void cleanLeaveCommitsWhatWasAcked();
    void addingAMemberWithoutAGroupIsRefused();
    void aThirdExtraMemberIsRefused();
    void shutdownStopsEveryMember();
};

namespace {
// The test brokers' group.min.session.timeout.ms is Kafka's default, 6 s: the shortest the
// crash case can wait.
constexpr int SessionTimeoutMs = 6000;
constexpr int RebalanceWaitMs = 30000;

// What one consumer of the window (the window's own or a member) was told, on this thread.
struct Watch
{
    QList<qint32> partitions;
    int generation = -1;
    int assignments = 0;
    QList<KafkaMessageBatch::Record> records;
    QHash<qint32, qint64> committed; // confirmed commit position per partition

    void assigned(const QList<qint32> &list, int gen)
    {
        for (qint32 p : list) {
            if (!partitions.contains(p))
                partitions.append(p);
        }
        std::sort(partitions.begin(), partitions.end());
        generation = gen;
        ++assignments;
    }
    void revoked(const QList<qint32> &list, int gen)
    {
        for (qint32 p : list)
            partitions.removeAll(p);
        generation = std::max(generation, gen);
    }
    void received(const KafkaMessageBatch &batch)
    {
        for (qsizetype i = 0; i < batch.size(); ++i)
            records.append(batch.record(i));
    }
    void confirmed(const MessagePositions &positions)
    {
        for (const MessagePosition &p : positions)
            committed[p.partition] = std::max(committed.value(p.partition, -1), p.offset);
    }
    QList<qint64> offsets(qint32 partition, bool redelivered) const
    {
        QList<qint64> list;
        for (const KafkaMessageBatch::Record &r : records) {
            if (r.partition == partition && bool(r.redelivered) == redelivered)
                list.append(r.offset);
        }
        return list;
    }
};

bool waitConnected(KafkaSession &session)
{
    return QTest::qWaitFor([&] { return session.state() != KafkaSession::State::Connecting; },
                           30000) &&
           session.state() == KafkaSession::State::Connected;
}

// A configuration on a new 2-partition topic whose consumers miss their group only after the
// shortest session timeout the brokers allow, with frequent heartbeats so rebalances are quick.
ConnectionConfig groupConfig(const QString &prefix, QString *error)
{
    ConnectionConfig config = TestCluster::newTopic(prefix, 2, error);
    config.properties.append(
        {QStringLiteral("session.timeout.ms"), QString::number(SessionTimeoutMs)});
    config.properties.append({QStringLiteral("heartbeat.interval.ms"), QStringLiteral("500")});
    return config;
}

// Waits until the window's consumer and the member hold one partition each, in one generation.
bool waitSplit(const Watch &main, const Watch &member)
{
    return QTest::qWaitFor(
        [&] {
            return main.partitions.size() == 1 && member.partitions.size() == 1 &&
                   main.partitions != member.partitions && main.generation == member.generation;
        },
        RebalanceWaitMs);
}

// The window's session and its consumer, watched.
struct Window
{
    KafkaSession session;
    Watch main;
    ConnectionConfig config; // set by start()

    Window()
    {
        QObject::connect(&session, &KafkaSession::partitionsAssigned, &session,
                         [this](const QList<qint32> &p, int g) { main.assigned(p, g); });
        QObject::connect(&session, &KafkaSession::partitionsRevoked, &session,
                         [this](const QList<qint32> &p, int g) { main.revoked(p, g); });
        QObject::connect(&session, &KafkaSession::messagesReceived, &session,
                         [this](const KafkaMessageBatch &b) { main.received(b); });
        QObject::connect(&session, &KafkaSession::commitsConfirmed, &session,
                         [this](const MessagePositions &p) { main.confirmed(p); });
    }

    // Adds and starts a member, watched by watch.
    ConsumerThread *addMember(Watch &watch, QString *error = nullptr)
    {
        ConsumerThread *member = session.addGroupMember(error);
        if (!member)
            return nullptr;
        QObject::connect(member, &ConsumerThread::partitionsAssigned, &session,
                         [&watch](const QList<qint32> &p, int g) { watch.assigned(p, g); });
        QObject::connect(member, &ConsumerThread::partitionsRevoked, &session,
                         [&watch](const QList<qint32> &p, int g) { watch.revoked(p, g); });
        QObject::connect(member, &ConsumerThread::commitsConfirmed, &session,
                         [&watch](const MessagePositions &p) { watch.confirmed(p); });
        QObject::connect(&session, &KafkaSession::memberMessagesReceived, &session,
                         [member, &watch](ConsumerThread *from, const KafkaMessageBatch &b) {
                             if (from == member)
                                 watch.received(b);
                         });
        member->start();
        return member;
    }

    // Connects to a new topic (groupConfig(prefix)) and waits until the window's consumer
    // holds both its partitions; false with *why when not.
    bool start(const QString &prefix, QString *why)
    {
        why->clear();
        config = groupConfig(prefix, why);
        if (!why->isEmpty())
            return false;
        session.connectToCluster(config);
        if (!waitConnected(session)) {
            *why = session.stateMessage();
            return false;
        }
        if (!QTest::qWaitFor(
                [this] {
                    return main.partitions == QList<qint32>{0, 1};
                },
                RebalanceWaitMs)) {
            *why = QStringLiteral("the window's consumer was not assigned both partitions");
            return false;
        }
        return true;
    }

    // start(), then addSplitMember().
    ConsumerThread *startSplit(const QString &prefix, Watch &watch, QString *why)
    {
        return start(prefix, why) ? addSplitMember(watch, why) : nullptr;
    }

    // Adds a member (see addMember()) and waits until it and the window's consumer hold one
    // partition each; nullptr with *why when not.
    ConsumerThread *addSplitMember(Watch &watch, QString *why)
    {
        ConsumerThread *member = addMember(watch, why);
        if (member && !waitSplit(main, watch)) {
            *why = QStringLiteral("the two consumers did not split the partitions");
            return nullptr;
        }
        return member;
    }
};

MessagePositions positions(qint32 partition, const QList<qint64> &offsets)
{
    MessagePositions list;
    for (qint64 offset : offsets)
        list.append({partition, offset});
    return list;
}
} // namespace

void TestGroupMembers::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestGroupMembers::twoConsumersSplitTwoPartitions()
{
    Window window;
    QString why;
    QVERIFY2(window.start(QStringLiteral("split"), &why), qPrintable(why));
    const ConnectionConfig &config = window.config;
    const int firstGeneration = window.main.generation;
    QVERIFY(firstGeneration >= 1);

    Watch watch;
    ConsumerThread *member = window.addSplitMember(watch, &why);
    QVERIFY2(member, qPrintable(why));
    QVERIFY(watch.generation > firstGeneration);
    QCOMPARE(window.session.groupMembers(), QList<ConsumerThread *>{member});

    // Each reads only its own partition.
    TestCluster::produce(config, 5, 0);
    TestCluster::produce(config, 5, 1);
    const qint32 mine = watch.partitions.constFirst();
    QTRY_COMPARE_WITH_TIMEOUT(watch.records.size(), 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.main.records.size(), 5, 20000);
    for (const KafkaMessageBatch::Record &r : std::as_const(watch.records))
        QCOMPARE(r.partition, mine);
    for (const KafkaMessageBatch::Record &r : std::as_const(window.main.records))
        QCOMPARE(r.partition, 1 - mine);
}

void TestGroupMembers::crashedMembersMessagesComeBackAfterTheSessionTimeout()
{
    Window window;
    Watch watch;
    QString why;
    ConsumerThread *member = window.startSplit(QStringLiteral("crash"), watch, &why);
    QVERIFY2(member, qPrintable(why));
    const ConnectionConfig &config = window.config;
    const qint32 mine = watch.partitions.constFirst();
    const qint32 theirs = window.main.partitions.constFirst();

    constexpr int Count = 6;
    QCOMPARE(TestCluster::produce(config, Count, 0).size(), Count);
    QCOMPARE(TestCluster::produce(config, Count, 1).size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(watch.records.size(), Count, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.main.records.size(), Count, 20000);
    // The window's consumer acks and commits its own; the member acks the first half of its
    // messages, and crashes once the broker confirmed that commit.
    window.session.ack(positions(theirs, window.main.offsets(theirs, false)));
    QTRY_COMPARE_WITH_TIMEOUT(window.main.committed.value(theirs), qint64(Count), 20000);
    member->ack(positions(mine, watch.offsets(mine, false).mid(0, Count / 2)));
    QTRY_COMPARE_WITH_TIMEOUT(watch.committed.value(mine), qint64(Count / 2), 20000);
    QSignalSpy stopped(member, &ConsumerThread::stopped);
    member->crash();

    QElapsedTimer sinceCrash;
    sinceCrash.start();
    QVERIFY(stopped.wait(10000));
    QVERIFY(window.session.groupMembers().isEmpty());
    // The member did not leave: the group waits for its session to time out before the
    // window's consumer gets the partition (a clean leave takes well under a second).
    QTRY_VERIFY_WITH_TIMEOUT(window.main.partitions.contains(mine),
                             SessionTimeoutMs + RebalanceWaitMs);
    QVERIFY2(
        sinceCrash.elapsed() >= SessionTimeoutMs - 2000,
        qPrintable(
            QStringLiteral("the partition moved %1 ms after the crash").arg(sinceCrash.elapsed())));
    // What the member had not acked comes back, as redelivered: this window saw it before.
    QTRY_COMPARE_WITH_TIMEOUT(window.main.offsets(mine, true), (QList<qint64>{3, 4, 5}), 20000);
    QVERIFY(window.main.offsets(mine, false).isEmpty());
    // Nothing the window's consumer committed came back.
    QCOMPARE(window.main.offsets(theirs, true), QList<qint64>{});
}

void TestGroupMembers::cleanLeaveCommitsWhatWasAcked()
{
    Window window;
    Watch watch;
    QString why;
    ConsumerThread *member = window.startSplit(QStringLiteral("leave"), watch, &why);
    QVERIFY2(member, qPrintable(why));
    const ConnectionConfig &config = window.config;
    const qint32 mine = watch.partitions.constFirst();

    constexpr int Count = 6;
    constexpr int Acked = 4;
    QCOMPARE(TestCluster::produce(config, Count, mine).size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(watch.records.size(), Count, 20000);
    // Acked but not yet committed when it leaves: the leave itself commits them.
    member->ack(positions(mine, watch.offsets(mine, false).mid(0, Acked)));
    QSignalSpy stopped(member, &ConsumerThread::stopped);
    member->stop();
    QElapsedTimer sinceLeave;
    sinceLeave.start();
    QVERIFY(stopped.wait(20000));
    QCOMPARE(watch.committed.value(mine), qint64(Acked));
    QTRY_VERIFY_WITH_TIMEOUT(window.main.partitions.contains(mine), RebalanceWaitMs);
    QVERIFY2(sinceLeave.elapsed() < SessionTimeoutMs,
             qPrintable(QStringLiteral("the partition moved only %1 ms after the leave")
                            .arg(sinceLeave.elapsed())));
    // Only the unacknowledged messages come back, as redelivered; the acked ones do not.
    QTRY_COMPARE_WITH_TIMEOUT(window.main.offsets(mine, true), (QList<qint64>{4, 5}), 20000);
    QVERIFY(window.main.offsets(mine, false).isEmpty());
}

void TestGroupMembers::addingAMemberWithoutAGroupIsRefused()
{
    QString created;
    const ConnectionConfig config = groupConfig(QStringLiteral("refuse"), &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    KafkaSession session;
    QString error;
    // Disconnected.
    QVERIFY(!session.addGroupMember(&error));
    QVERIFY2(error.contains(QStringLiteral("Not connected")), qPrintable(error));

    // Connected to a real cluster without a topic: nothing is read, so there is no group.
    ConnectionConfig noTopic = config;
    noTopic.topic.clear();
    session.connectToCluster(noTopic);
    QVERIFY2(waitConnected(session), qPrintable(session.stateMessage()));
    error.clear();
    QVERIFY(!session.addGroupMember(&error));
    QVERIFY2(error.contains(QStringLiteral("topic")), qPrintable(error));

    // Browsing: no group.
    ConsumerOptions browse;
    browse.mode = ConsumerOptions::Mode::Browse;
    session.setConsumerOptions(browse);
    QSignalSpy started(&session, &KafkaSession::consumerStarted);
    session.watchTopic(config.topic);
    QVERIFY(started.wait(20000));
    error.clear();
    QVERIFY(!session.addGroupMember(&error));
    QVERIFY2(error.contains(QStringLiteral("without a consumer group")), qPrintable(error));

    // A stopped consumer has no group to join.
    session.setConsumerOptions({});
    QVERIFY(started.wait(20000));
    QSignalSpy stopped(&session, &KafkaSession::consumerStopped);
    session.stopConsuming();
    QVERIFY(stopped.wait(20000));
    error.clear();
    QVERIFY(!session.addGroupMember(&error));
    QVERIFY2(error.contains(QStringLiteral("stopped")), qPrintable(error));
    QVERIFY(session.groupMembers().isEmpty());
}

void TestGroupMembers::aThirdExtraMemberIsRefused()
{
    Window window;
    QString why;
    QVERIFY2(window.start(QStringLiteral("limit"), &why), qPrintable(why));
    Watch first;
    Watch second;
    QVERIFY(window.addMember(first));
    QVERIFY(window.addMember(second));
    QString error;
    QVERIFY(!window.session.addGroupMember(&error));
    QVERIFY2(error.contains(QString::number(KafkaSession::MaxGroupMembers)), qPrintable(error));
    QCOMPARE(window.session.groupMembers().size(), KafkaSession::MaxGroupMembers - 1);
    // Three consumers, two partitions: one of them holds none, and all are in one generation.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return window.main.partitions.size() + first.partitions.size() +
                           second.partitions.size() ==
                       2 &&
                   first.generation == second.generation &&
                   window.main.generation == first.generation && first.assignments > 0 &&
                   second.assignments > 0;
        },
        RebalanceWaitMs));
}

void TestGroupMembers::shutdownStopsEveryMember()
{
    auto window = std::make_unique<Window>();
    QString why;
    QVERIFY2(window->start(QStringLiteral("quit"), &why), qPrintable(why));
    Watch first;
    Watch second;
    ConsumerThread *a = window->addMember(first);
    ConsumerThread *b = window->addMember(second);
    QVERIFY(a && b);
    QSignalSpy stoppedA(a, &ConsumerThread::stopped);
    QSignalSpy stoppedB(b, &ConsumerThread::stopped);
    QTRY_VERIFY_WITH_TIMEOUT(first.assignments > 0 && second.assignments > 0, RebalanceWaitMs);
    QCOMPARE(window->session.closingConsumers(), 3);

    window->session.beginShutdown();
    // Every consumer is counted until it has closed, then none is left running.
    QTRY_COMPARE_WITH_TIMEOUT(window->session.closingConsumers(), 0, 20000);
    // Their stopped() crosses threads after the thread ended.
    QTRY_COMPARE(stoppedA.size(), 1);
    QTRY_COMPARE(stoppedB.size(), 1);
    QVERIFY(window->session.groupMembers().isEmpty());
    // They left cleanly (a close revokes what they held): nothing waits for a session timeout.
    window.reset();
}

QTEST_GUILESS_MAIN(TestGroupMembers)
#include "tst_groupmembers.moc"
