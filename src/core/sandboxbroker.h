// SandboxBroker: an in-process Kafka cluster (librdkafka's mock cluster) on loopback, so
// TopicDesk works with no Kafka installed. It speaks the real wire protocol for produce, fetch,
// metadata, consumer groups and offset commits, but has no admin API, SASL or SSL.
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"

#include <QString>

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

    // Starts the cluster with the default topic; false with *error set on failure.
    bool start(QString *error, int partitions = DefaultPartitions);
    bool isRunning() const { return m_cluster != nullptr; }
    // host:port of the mock broker, empty when not running.
    QString bootstrapServers() const;
    // Topics are created through the mock API: the sandbox has no CreateTopics request.
    bool createTopic(const QString &name, int partitions, QString *error);

    static QString defaultTopic() { return QStringLiteral("test-topic"); }
    // librdkafka's mock cluster names itself "mockCluster...": how a client in another process
    // recognises a sandbox.
    static bool isSandboxClusterId(const QString &clusterId)
    {
        return clusterId.startsWith(QLatin1String("mockCluster"));
    }
    // The sandbox makes a rejoining group member wait session.timeout.ms: consumers of a
    // sandbox get a short one (their own properties, added later, still win).
    static void tuneConsumer(ConnectionConfig &config);
    static constexpr int DefaultPartitions = 2;

private:
    rd_kafka_s *m_handle = nullptr; // the mock cluster needs a client handle for bookkeeping
    rd_kafka_mock_cluster_s *m_cluster = nullptr;
};
