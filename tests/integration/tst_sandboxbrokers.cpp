// The three-broker Sandbox: leaders as the brokers themselves report them, a partition leader
// stopped in the middle of an acks=all send (the send completes on the new leader and every
// message is read back exactly once), and the requests a user can get wrong: stopping the last
// broker, brokers that do not exist, starting one that runs. Fault injection is what the
// sandbox (librdkafka's mock cluster) is uniquely good at; no real broker is needed.
#include "consumerharness.h"
#include "kafkasession.h"
#include "sandboxbroker.h"
#include "testcluster.h"

#include <QSignalSpy>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <limits>

namespace {
// The leader of each partition of topic, as the cluster's own Metadata response says (the
// first running broker in bootstrapServers answers); empty on failure.
QList<int> reportedLeaders(const QString &bootstrapServers, const QString &topic)
{
    char reason[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrapServers.toUtf8().constData(), reason,
                      sizeof reason);
    rd_kafka_conf_set(conf, "log_level", "0", reason, sizeof reason);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    if (!rk)
        return {};
    QList<int> leaders;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.toUtf8().constData(), nullptr);
    const rd_kafka_metadata_t *metadata = nullptr;
    if (rd_kafka_metadata(rk, 0, rkt, &metadata, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (metadata->topic_cnt == 1 && metadata->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            const rd_kafka_metadata_topic_t &t = metadata->topics[0];
            leaders.resize(t.partition_cnt);
            for (int i = 0; i < t.partition_cnt; ++i)
                leaders[t.partitions[i].id] = t.partitions[i].leader;
        }
        rd_kafka_metadata_destroy(metadata);
    }
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
    return leaders;
}

QList<int> knownLeaders(const SandboxBroker &sandbox, const QString &topic, int partitions)
{
    QList<int> leaders;
    for (int p = 0; p < partitions; ++p)
        leaders << sandbox.leaderOf(topic, p);
    return leaders;
}
} // namespace

class TestSandboxBrokers final : public QObject
{
    Q_OBJECT
private slots:
    void oneBrokerStaysTheDefault();
    void threeBrokersReplicateAndReportTheirLeaders();
    void leaderStoppedDuringAnAcksAllSendDeliversEveryMessageOnce();
    void stoppingTheLastBrokerIsRefused();
    void brokersThatDoNotExistAreRefused();
    void startingARunningBrokerIsRefused();
    void badBrokerCountsAndReplicationFactorsAreRefused();
    void theSessionRefusesBrokerCommandsWithoutASandbox();
};

void TestSandboxBrokers::oneBrokerStaysTheDefault()
{
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QCOMPARE(sandbox.brokerCount(), 1);
    QCOMPARE(sandbox.replicationFactor(), 1);
    QCOMPARE(sandbox.runningBrokers(), QList<int>{1});
    QVERIFY(!sandbox.bootstrapServers().contains(QLatin1Char(',')));
    QCOMPARE(knownLeaders(sandbox, SandboxBroker::defaultTopic(), 2), (QList<int>{1, 1}));
    QCOMPARE(reportedLeaders(sandbox.bootstrapServers(), SandboxBroker::defaultTopic()),
             (QList<int>{1, 1}));
}

void TestSandboxBrokers::threeBrokersReplicateAndReportTheirLeaders()
{
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, 2, 3), qPrintable(error));
    QCOMPARE(sandbox.brokerCount(), 3);
    QCOMPARE(sandbox.replicationFactor(), 3);
    QCOMPARE(sandbox.runningBrokers(), (QList<int>{1, 2, 3}));
    QCOMPARE(sandbox.bootstrapServers().split(QLatin1Char(',')).size(), 3);

    // Leaders are spread over the brokers, and what the sandbox says matches what the brokers
    // tell their clients (the UI shows the former).
    QVERIFY2(sandbox.createTopic(QStringLiteral("six"), 6, &error), qPrintable(error));
    for (int broker = 1; broker <= 3; ++broker)
        QCOMPARE(sandbox.partitionsLedBy(broker), broker == 3 ? 2 : 3); // 2 + 6 partitions
    for (const QString &topic : {SandboxBroker::defaultTopic(), QStringLiteral("six")}) {
        const int partitions = topic == QLatin1String("six") ? 6 : 2;
        QCOMPARE(reportedLeaders(sandbox.bootstrapServers(), topic),
                 knownLeaders(sandbox, topic, partitions));
    }
    QCOMPARE(sandbox.topics(), (QStringList{QStringLiteral("six"), SandboxBroker::defaultTopic()}));

    // A stopped broker's partitions move to running ones, and the brokers agree.
    QList<SandboxBroker::LeaderMove> moves;
    QVERIFY2(sandbox.stopBroker(2, &moves, &error), qPrintable(error));
    QCOMPARE(moves.size(), 3);
    for (const SandboxBroker::LeaderMove &move : std::as_const(moves)) {
        QCOMPARE(move.from, 2);
        QVERIFY(move.to == 1 || move.to == 3);
        QCOMPARE(sandbox.leaderOf(move.topic, move.partition), move.to);
    }
    QCOMPARE(sandbox.partitionsLedBy(2), 0);
    QCOMPARE(sandbox.partitionsLedBy(1) + sandbox.partitionsLedBy(3), 8);
    QCOMPARE(sandbox.runningBrokers(), (QList<int>{1, 3}));
    QCOMPARE(reportedLeaders(sandbox.bootstrapServers(), QStringLiteral("six")),
             knownLeaders(sandbox, QStringLiteral("six"), 6));

    // Started again, it leads nothing until another broker stops.
    QVERIFY2(sandbox.startBroker(2, &error), qPrintable(error));
    QVERIFY(sandbox.isBrokerUp(2));
    QCOMPARE(sandbox.partitionsLedBy(2), 0);
    moves.clear();
    QVERIFY2(sandbox.stopBroker(1, &moves, &error), qPrintable(error));
    QVERIFY(!moves.isEmpty());
    QVERIFY(sandbox.partitionsLedBy(2) > 0); // the least loaded running broker takes over
    QCOMPARE(sandbox.partitionsLedBy(1), 0);
}

void TestSandboxBrokers::leaderStoppedDuringAnAcksAllSendDeliversEveryMessageOnce()
{
    KafkaSession session;
    QCOMPARE(session.producerSettings().acks, ProducerSettings::Acks::All); // the default
    ConnectionConfig config;
    config.sandboxBrokers = 3;
    config.groupId = TestCluster::uniqueName(QStringLiteral("sandbox3"));
    QSignalSpy notices(&session, &KafkaSession::notice);
    QSignalSpy changed(&session, &KafkaSession::sandboxBrokersChanged);
    session.connectToCluster(config);
    QTRY_VERIFY2_WITH_TIMEOUT(session.state() == KafkaSession::State::Connected,
                              qPrintable(session.stateMessage()), 20000);
    QVERIFY(session.sandbox());
    QCOMPARE(session.sandbox()->brokerCount(), 3);

    const QString topic = SandboxBroker::defaultTopic();
    const int victim = session.sandbox()->leaderOf(topic, 0);
    QVERIFY(victim >= 1 && victim <= 3);

    QSignalSpy delivered(&session, &KafkaSession::delivered);
    constexpr int Count = 3000;
    QHash<quint64, QByteArray> keyOfRequest;
    int sent = 0;
    const auto sendSome = [&](int count) {
        for (int i = 0; i < count; ++i, ++sent) {
            const QByteArray key = "key-" + QByteArray::number(sent);
            QString error;
            // Every second message goes to the partition whose leader is stopped.
            const quint64 id = session.send({.topic = topic,
                                             .key = key,
                                             .value = "value-" + QByteArray::number(sent),
                                             .partition = sent % 2},
                                            &error);
            if (id == 0)
                return false;
            keyOfRequest.insert(id, key);
        }
        return true;
    };
    // A first part is answered, so the producer knows the leaders; the second is handed to the
    // producer and the leader is stopped at once, with those records queued or in flight; the
    // last part is sent after the stop, to where the producer still thinks the leader is.
    QVERIFY(sendSome(Count / 3));
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 20000);
    QVERIFY(sendSome(Count / 3));
    notices.clear();
    QString error;
    QVERIFY2(session.stopSandboxBroker(victim, &error), qPrintable(error));
    const int answeredBeforeStop = int(delivered.size());
    QVERIFY2(answeredBeforeStop < sent, "nothing was in flight when the leader stopped");
    QVERIFY(sendSome(Count - sent));
    const int newLeader = session.sandbox()->leaderOf(topic, 0);
    QVERIFY(newLeader != victim && session.sandbox()->isBrokerUp(newLeader));
    QVERIFY(!changed.isEmpty());
    // The log says, in words, that the broker stopped and where partition 0's leadership went.
    const QString log = [&] {
        QStringList lines;
        for (const QList<QVariant> &n : std::as_const(notices))
            lines << n.at(0).toString();
        return lines.join(QLatin1Char('\n'));
    }();
    QVERIFY2(log.contains(QStringLiteral("broker %1 stopped").arg(victim)), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Partition 0 of %1 has a new leader, broker %2 (broker "
                                         "%3 led it)")
                              .arg(topic)
                              .arg(newLeader)
                              .arg(victim)),
             qPrintable(log));

    QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), Count, 120000);
    // Every send was confirmed (acks=all), at an offset of its partition no other send got.
    QHash<QPair<qint32, qint64>, QByteArray> keyAt;
    for (const QList<QVariant> &args : std::as_const(delivered)) {
        const auto report = args.at(0).value<DeliveryReport>();
        QVERIFY2(report.delivered(), qPrintable(report.error));
        QVERIFY(keyOfRequest.contains(report.requestId));
        QVERIFY(report.offset >= 0);
        const QPair<qint32, qint64> at(report.partition, report.offset);
        QVERIFY2(!keyAt.contains(at), "two sends reported at the same offset");
        keyAt.insert(at, keyOfRequest.value(report.requestId));
    }

    // Read it all back, without a group, from the running brokers: every message exactly once,
    // where its delivery report said, and nothing else.
    ConnectionConfig readConfig;
    readConfig.bootstrapServers = session.sandbox()->bootstrapServers();
    readConfig.topic = topic;
    ConsumerOptions browse;
    browse.mode = ConsumerOptions::Mode::Browse;
    ConsumerHarness reader(readConfig, browse);
    reader.start();
    QVERIFY2(reader.waitForMessages(Count, 60000), qPrintable(reader.errors.join(u'\n')));
    QHash<QByteArray, int> timesRead;
    QHash<QPair<qint32, qint64>, int> readAt;
    for (const KafkaMessage &m : std::as_const(reader.messages)) {
        ++timesRead[m.key];
        ++readAt[{m.partition, m.offset}];
        QCOMPARE(keyAt.value({m.partition, m.offset}), m.key);
    }
    QCOMPARE(reader.messages.size(), Count);
    QCOMPARE(timesRead.size(), Count);
    for (auto it = timesRead.cbegin(); it != timesRead.cend(); ++it)
        QVERIFY2(it.value() == 1, it.key().constData());
    for (auto it = readAt.cbegin(); it != readAt.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(reader.stop());

    // The stopped broker comes back; sends still go through.
    QVERIFY2(session.startSandboxBroker(victim, &error), qPrintable(error));
    QVERIFY(session.sandbox()->isBrokerUp(victim));
    QVERIFY(session.send({.topic = topic, .value = "after"}, &error) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(int(delivered.size()), Count + 1, 30000);
    QVERIFY(delivered.last().at(0).value<DeliveryReport>().delivered());
    session.disconnectFromCluster();
}

void TestSandboxBrokers::stoppingTheLastBrokerIsRefused()
{
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, 2, 3), qPrintable(error));
    QVERIFY2(sandbox.stopBroker(1, nullptr, &error), qPrintable(error));
    QVERIFY2(sandbox.stopBroker(3, nullptr, &error), qPrintable(error));
    QList<SandboxBroker::LeaderMove> moves;
    error.clear();
    QVERIFY(!sandbox.stopBroker(2, &moves, &error));
    QVERIFY2(error.contains(QLatin1String("last one running")), qPrintable(error));
    QVERIFY(moves.isEmpty());
    QVERIFY(sandbox.isBrokerUp(2));
    QCOMPARE(sandbox.partitionsLedBy(2), 2); // it leads everything
    QCOMPARE(reportedLeaders(sandbox.bootstrapServers(), SandboxBroker::defaultTopic()),
             (QList<int>{2, 2}));
    error.clear();
    QVERIFY(!sandbox.stopBroker(1, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("already stopped")), qPrintable(error));

    SandboxBroker single;
    QVERIFY2(single.start(&error), qPrintable(error));
    error.clear();
    QVERIFY(!single.stopBroker(1, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("last one running")), qPrintable(error));
    QVERIFY(single.isBrokerUp(1));
}

void TestSandboxBrokers::brokersThatDoNotExistAreRefused()
{
    SandboxBroker notStarted;
    QString error;
    QVERIFY(!notStarted.stopBroker(1, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("not running")), qPrintable(error));
    QCOMPARE(notStarted.leaderOf(SandboxBroker::defaultTopic(), 0), -1);

    SandboxBroker sandbox;
    QVERIFY2(sandbox.start(&error, 2, 3), qPrintable(error));
    // -1 would mean "every broker" to the mock cluster: it must stop nothing.
    for (const int id :
         {0, -1, 4, 100, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()}) {
        error.clear();
        QVERIFY(!sandbox.stopBroker(id, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("the sandbox's brokers are 1 to 3")),
                 qPrintable(error));
        error.clear();
        QVERIFY(!sandbox.startBroker(id, &error));
        QVERIFY2(error.contains(QStringLiteral("There is no broker %1").arg(id)),
                 qPrintable(error));
        QVERIFY(!sandbox.isBrokerUp(id));
    }
    QCOMPARE(sandbox.runningBrokers(), (QList<int>{1, 2, 3}));
    QCOMPARE(reportedLeaders(sandbox.bootstrapServers(), SandboxBroker::defaultTopic()),
             knownLeaders(sandbox, SandboxBroker::defaultTopic(), 2));
    QCOMPARE(sandbox.leaderOf(SandboxBroker::defaultTopic(), 2), -1);
    QCOMPARE(sandbox.leaderOf(SandboxBroker::defaultTopic(), -1), -1);
    QCOMPARE(sandbox.leaderOf(QStringLiteral("no-such-topic"), 0), -1);
}

void TestSandboxBrokers::startingARunningBrokerIsRefused()
{
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, 2, 3), qPrintable(error));
    QVERIFY(!sandbox.startBroker(2, &error));
    QVERIFY2(error.contains(QLatin1String("already running")), qPrintable(error));
    QVERIFY2(sandbox.stopBroker(2, nullptr, &error), qPrintable(error));
    QVERIFY2(sandbox.startBroker(2, &error), qPrintable(error));
    error.clear();
    QVERIFY(!sandbox.startBroker(2, &error));
    QVERIFY2(error.contains(QLatin1String("already running")), qPrintable(error));
    QCOMPARE(sandbox.runningBrokers(), (QList<int>{1, 2, 3}));
}

void TestSandboxBrokers::badBrokerCountsAndReplicationFactorsAreRefused()
{
    for (const int count : {0, 2, 4, -1, std::numeric_limits<int>::max()}) {
        SandboxBroker sandbox;
        QString error;
        QVERIFY(!sandbox.start(&error, 2, count));
        QVERIFY2(error.contains(QLatin1String("1 or 3 brokers")), qPrintable(error));
        QVERIFY(!sandbox.isRunning());
        ConnectionConfig config;
        config.sandboxBrokers = count;
        QVERIFY(config.validate().join(u' ').contains(QLatin1String("1 or 3 brokers")));
    }
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, 2, 3), qPrintable(error));
    for (const int factor : {-1, 4, std::numeric_limits<int>::max()}) {
        error.clear();
        QVERIFY(!sandbox.createTopic(QStringLiteral("rf"), 1, &error, factor));
        QVERIFY2(error.contains(QLatin1String("replication factor from 1 to 3")),
                 qPrintable(error));
    }
    QVERIFY2(sandbox.createTopic(QStringLiteral("rf"), 1, &error, 3), qPrintable(error));
    QVERIFY(!sandbox.createTopic(QStringLiteral("rf"), 1, &error, 3)); // it exists
    QCOMPARE(sandbox.leaderOf(QStringLiteral("rf"), 0), 3);            // the least loaded broker
}

void TestSandboxBrokers::theSessionRefusesBrokerCommandsWithoutASandbox()
{
    KafkaSession session;
    QSignalSpy errors(&session, &KafkaSession::errorOccurred);
    QString error;
    QVERIFY(!session.stopSandboxBroker(1, &error));
    QVERIFY2(error.contains(QLatin1String("not connected to the sandbox")), qPrintable(error));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!session.startSandboxBroker(1, &error));
    QCOMPARE(errors.size(), 2);
    QVERIFY(!session.sandbox());

    // Connected to the one-broker sandbox: a refusal is an error the window shows, not a crash.
    ConnectionConfig config;
    config.groupId = TestCluster::uniqueName(QStringLiteral("sandbox1"));
    session.connectToCluster(config);
    QTRY_VERIFY2_WITH_TIMEOUT(session.state() == KafkaSession::State::Connected,
                              qPrintable(session.stateMessage()), 20000);
    QCOMPARE(session.sandbox()->brokerCount(), 1);
    QVERIFY(!session.stopSandboxBroker(1, &error));
    QVERIFY2(error.contains(QLatin1String("last one running")), qPrintable(error));
    QVERIFY(!session.stopSandboxBroker(2, &error));
    QVERIFY2(error.contains(QLatin1String("one broker, broker 1")), qPrintable(error));
    QCOMPARE(errors.size(), 4);
    session.disconnectFromCluster();
}

QTEST_GUILESS_MAIN(TestSandboxBrokers)
#include "tst_sandboxbrokers.moc"
