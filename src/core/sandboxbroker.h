// SandboxBroker: an in-process Kafka cluster (librdkafka's mock cluster) on loopback, so
// TopicDesk works with no Kafka installed. It speaks the real wire protocol for produce, fetch,
// metadata, consumer groups and offset commits, but has no admin API, SASL or SSL. It runs one
// broker, or three that each hold a replica of every partition; a broker can be stopped and
// started again, and TopicDesk moves the leadership of a stopped broker's partitions to a
// running one, as Kafka's controller would (the mock cluster elects no leader by itself).
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct rd_kafka_s;
struct rd_kafka_mock_cluster_s;

class SandboxBroker final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxBroker)

public:
    SandboxBroker() = default;
    ~SandboxBroker();
    SandboxBroker(const SandboxBroker &) = delete;
    SandboxBroker &operator=(const SandboxBroker &) = delete;

    // Starts the cluster of brokers (1 or 3, see isValidBrokerCount) with the default topic;
    // false with *error set on failure.
    bool start(QString *error, int partitions = DefaultPartitions, int brokers = 1);
    bool isRunning() const { return m_cluster != nullptr; }
    // host:port of every mock broker, comma-separated; empty when not running.
    QString bootstrapServers() const;
    // Topics are created through the mock API: the sandbox has no CreateTopics request.
    // replicationFactor 0 means the sandbox's own (see replicationFactor()); another must be
    // from 1 to brokerCount(). The mock cluster keeps a replica of every partition on each
    // broker whatever is asked (it has no per-topic replication factor).
    bool createTopic(const QString &name, int partitions, QString *error,
                     int replicationFactor = 0);
    // Records a topic a client created (the mock cluster creates topics a producer names) and
    // gives its partitions known leaders, so a stopped broker's share can be moved.
    void adoptTopic(const QString &name, int partitions);
    // Puts the group's coordinator on a running broker (the mock cluster would pick one by
    // hashing the name, even a stopped one), and keeps it on a running one from then on.
    void placeGroup(const QString &groupId);

    // The brokers, numbered 1..brokerCount(); 0 when not running.
    int brokerCount() const { return int(m_up.size()); }
    // Replicas of every partition: min(3, brokers), as the mock cluster assigns them.
    int replicationFactor() const;
    bool isBrokerUp(int brokerId) const;
    QList<int> runningBrokers() const;
    // The broker leading the partition, or -1 when the topic or partition is not known here.
    int leaderOf(const QString &topic, int partition) const;
    // Topics whose leaders are known, sorted by name, and their partition counts (0 for others).
    QStringList topics() const;
    int partitionCount(const QString &topic) const { return int(m_leaders.value(topic).size()); }
    // How many partitions (of every known topic) the broker leads.
    int partitionsLedBy(int brokerId) const;

    // A partition's leadership that moved from one broker to another.
    struct LeaderMove
    {
        QString topic;
        int partition = 0;
        int from = 0;
        int to = 0;
    };
    // Stops a running broker: its clients are disconnected and its port refuses connections.
    // Every partition it led gets a running broker as leader (*moves says which), and every
    // group it coordinated a running coordinator. Refused, with *error, for an unknown broker,
    // one already stopped, or the last one running.
    bool stopBroker(int brokerId, QList<LeaderMove> *moves, QString *error);
    // Starts a stopped broker again, on the same port. Leadership stays where it moved: Kafka
    // too moves it back only later, with its preferred-leader election. Refused, with *error,
    // for an unknown broker or one already running.
    bool startBroker(int brokerId, QString *error);

    static QString defaultTopic() { return QStringLiteral("test-topic"); }
    // librdkafka's mock cluster names itself "mockCluster...": how a client in another process
    // recognises a sandbox.
    static bool isSandboxClusterId(const QString &clusterId)
    {
        return clusterId.startsWith(QLatin1String("mockCluster"));
    }
    // The sandbox makes a rejoining group member wait session.timeout.ms: consumers of a
    // sandbox get a short one (their own properties, added later, still win). Not with the
    // consumer group protocol, which takes no session timeout from the client.
    static void tuneConsumer(ConnectionConfig &config);
    static constexpr int DefaultPartitions = 2;
    static constexpr int MaxBrokers = 3;
    // The sandbox runs one broker (the default) or three.
    static bool isValidBrokerCount(int brokers) { return brokers == 1 || brokers == MaxBrokers; }
    // "Choose 1 or 3 sandbox brokers, not N."
    static QString brokerCountProblem(int brokers);

private:
    bool checkBroker(int brokerId, QString *error) const;
    // The running broker that leads the fewest partitions (the lowest id on a tie), or -1.
    int leastLoadedRunningBroker() const;
    bool setLeader(const QString &topic, int partition, int brokerId);

    rd_kafka_s *m_handle = nullptr; // the mock cluster needs a client handle for bookkeeping
    rd_kafka_mock_cluster_s *m_cluster = nullptr;
    QList<bool> m_up;                     // index = broker id - 1
    QHash<QString, QList<int>> m_leaders; // topic -> leader per partition
    QHash<QString, int> m_coordinators;   // group -> coordinating broker
};
