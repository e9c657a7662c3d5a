#include "sandboxbroker.h"

#include "handlereaper.h"

#include <QCoreApplication>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <algorithm>

SandboxBroker::~SandboxBroker()
{
    if (!m_handle)
        return;
    // A second with librdkafka 2.8, which a restart with another broker count or the window's
    // closing need not wait for.
    HandleReaper::destroyLater([cluster = m_cluster, handle = m_handle] {
        if (cluster)
            rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(handle);
    });
}

QString SandboxBroker::brokerCountProblem(int brokers)
{
    return tr("The sandbox runs 1 or 3 brokers, not %1.").arg(brokers);
}

bool SandboxBroker::start(QString *error, int partitions, int brokers)
{
    if (m_cluster)
        return true;
    if (!isValidBrokerCount(brokers)) {
        if (error)
            *error = brokerCountProblem(brokers);
        return false;
    }
    char reason[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    // Keep the bookkeeping handle quiet: it never talks to the cluster itself.
    rd_kafka_conf_set(conf, "log_level", "3", reason, sizeof reason);
    m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    if (!m_handle) {
        rd_kafka_conf_destroy(conf);
        if (error)
            *error = tr("The sandbox broker could not start: %1").arg(QString::fromUtf8(reason));
        return false;
    }
    m_cluster = rd_kafka_mock_cluster_new(m_handle, brokers);
    if (!m_cluster) {
        rd_kafka_destroy(m_handle);
        m_handle = nullptr;
        if (error)
            *error = tr("The sandbox broker could not open a port on 127.0.0.1.");
        return false;
    }
    m_up = QList<bool>(brokers, true);
    return createTopic(defaultTopic(), partitions, error);
}

QString SandboxBroker::bootstrapServers() const
{
    return m_cluster ? QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)) : QString();
}

int SandboxBroker::replicationFactor() const
{
    return std::min(MaxBrokers, brokerCount());
}

bool SandboxBroker::createTopic(const QString &name, int partitions, QString *error,
                                int replicationFactor)
{
    if (!m_cluster) {
        if (error)
            *error = tr("The sandbox broker is not running.");
        return false;
    }
    if (replicationFactor < 0 || replicationFactor > brokerCount()) {
        if (error)
            *error = tr("The sandbox has %n broker(s): a replication factor from 1 to %n.", nullptr,
                        brokerCount());
        return false;
    }
    const rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(
        m_cluster, name.toUtf8().constData(), partitions,
        replicationFactor > 0 ? replicationFactor : this->replicationFactor());
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = tr("The sandbox could not create topic \"%1\": %2")
                         .arg(name, QString::fromUtf8(rd_kafka_err2str(err)));
        return false;
    }
    adoptTopic(name, partitions);
    return true;
}

void SandboxBroker::adoptTopic(const QString &name, int partitions)
{
    if (!m_cluster || partitions <= 0 || m_leaders.value(name).size() == partitions)
        return;
    // The mock cluster picks each leader at random among the replicas: choose them here, spread
    // over the running brokers, so they are known.
    QList<int> &leaders = m_leaders[name];
    leaders = QList<int>(partitions, -1);
    for (int partition = 0; partition < partitions; ++partition) {
        const int broker = leastLoadedRunningBroker();
        if (setLeader(name, partition, broker))
            leaders[partition] = broker;
    }
}

void SandboxBroker::placeGroup(const QString &groupId)
{
    if (!m_cluster || groupId.isEmpty())
        return;
    const int current = m_coordinators.value(groupId, -1);
    if (current > 0 && isBrokerUp(current))
        return;
    const int broker = runningBrokers().value(0, -1);
    if (broker > 0 &&
        rd_kafka_mock_coordinator_set(m_cluster, "group", groupId.toUtf8().constData(), broker) ==
            RD_KAFKA_RESP_ERR_NO_ERROR)
        m_coordinators.insert(groupId, broker);
}

bool SandboxBroker::isBrokerUp(int brokerId) const
{
    return brokerId >= 1 && brokerId <= brokerCount() && m_up.at(brokerId - 1);
}

QList<int> SandboxBroker::runningBrokers() const
{
    QList<int> running;
    for (int id = 1; id <= brokerCount(); ++id) {
        if (m_up.at(id - 1))
            running << id;
    }
    return running;
}

int SandboxBroker::leaderOf(const QString &topic, int partition) const
{
    const auto leaders = m_leaders.constFind(topic);
    if (leaders == m_leaders.cend() || partition < 0 || partition >= leaders->size())
        return -1;
    return leaders->at(partition);
}

QStringList SandboxBroker::topics() const
{
    QStringList names = m_leaders.keys();
    names.sort();
    return names;
}

int SandboxBroker::partitionsLedBy(int brokerId) const
{
    int count = 0;
    for (const QList<int> &leaders : m_leaders)
        count += int(leaders.count(brokerId));
    return count;
}

int SandboxBroker::leastLoadedRunningBroker() const
{
    int best = -1;
    int bestLoad = 0;
    for (const int id : runningBrokers()) {
        const int load = partitionsLedBy(id);
        if (best < 0 || load < bestLoad) {
            best = id;
            bestLoad = load;
        }
    }
    return best;
}

bool SandboxBroker::setLeader(const QString &topic, int partition, int brokerId)
{
    return brokerId > 0 &&
           rd_kafka_mock_partition_set_leader(m_cluster, topic.toUtf8().constData(), partition,
                                              brokerId) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

bool SandboxBroker::checkBroker(int brokerId, QString *error) const
{
    if (!m_cluster) {
        if (error)
            *error = tr("The sandbox broker is not running.");
        return false;
    }
    // The mock cluster reads -1 as "every broker": only 1..brokerCount() names one.
    if (brokerId < 1 || brokerId > brokerCount()) {
        if (error)
            *error = brokerCount() == 1
                         ? tr("There is no broker %1: the sandbox has one broker, broker 1.")
                               .arg(brokerId)
                         : tr("There is no broker %1: the sandbox's brokers are 1 to %2.")
                               .arg(brokerId)
                               .arg(brokerCount());
        return false;
    }
    return true;
}

bool SandboxBroker::stopBroker(int brokerId, QList<LeaderMove> *moves, QString *error)
{
    if (!checkBroker(brokerId, error))
        return false;
    if (!m_up.at(brokerId - 1)) {
        if (error)
            *error = tr("Broker %1 is already stopped.").arg(brokerId);
        return false;
    }
    if (runningBrokers().size() == 1) {
        if (error)
            *error = tr("Broker %1 is the last one running: stopping it would leave no broker "
                        "to send to or read from. Start another broker first.")
                         .arg(brokerId);
        return false;
    }
    const rd_kafka_resp_err_t err = rd_kafka_mock_broker_set_down(m_cluster, brokerId);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = tr("Broker %1 could not be stopped: %2")
                         .arg(brokerId)
                         .arg(QString::fromUtf8(rd_kafka_err2str(err)));
        return false;
    }
    m_up[brokerId - 1] = false;
    // As Kafka's controller would: every partition the stopped broker led gets a new leader
    // among the running replicas (every broker holds a replica of every partition here).
    for (const QString &topic : topics()) {
        QList<int> &leaders = m_leaders[topic];
        for (int partition = 0; partition < leaders.size(); ++partition) {
            if (leaders.at(partition) != brokerId)
                continue;
            const int to = leastLoadedRunningBroker();
            if (!setLeader(topic, partition, to))
                continue;
            leaders[partition] = to;
            if (moves)
                moves->append({topic, partition, brokerId, to});
        }
    }
    for (auto group = m_coordinators.begin(); group != m_coordinators.end(); ++group) {
        const int to = runningBrokers().constFirst();
        if (group.value() == brokerId &&
            rd_kafka_mock_coordinator_set(m_cluster, "group", group.key().toUtf8().constData(),
                                          to) == RD_KAFKA_RESP_ERR_NO_ERROR)
            group.value() = to;
    }
    return true;
}

bool SandboxBroker::startBroker(int brokerId, QString *error)
{
    if (!checkBroker(brokerId, error))
        return false;
    if (m_up.at(brokerId - 1)) {
        if (error)
            *error = tr("Broker %1 is already running.").arg(brokerId);
        return false;
    }
    const rd_kafka_resp_err_t err = rd_kafka_mock_broker_set_up(m_cluster, brokerId);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = tr("Broker %1 could not be started: %2")
                         .arg(brokerId)
                         .arg(QString::fromUtf8(rd_kafka_err2str(err)));
        return false;
    }
    m_up[brokerId - 1] = true;
    return true;
}

void SandboxBroker::tuneConsumer(ConnectionConfig &config)
{
    // The consumer protocol takes neither: the (mock) broker decides them.
    if (config.groupProtocol == ConnectionConfig::GroupProtocol::Consumer)
        return;
    config.properties.prepend({QStringLiteral("heartbeat.interval.ms"), QStringLiteral("500")});
    config.properties.prepend({QStringLiteral("session.timeout.ms"), QStringLiteral("6000")});
}
