#include "sandboxbroker.h"

#include <QCoreApplication>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

SandboxBroker::~SandboxBroker()
{
    if (m_cluster)
        rd_kafka_mock_cluster_destroy(m_cluster);
    if (m_handle)
        rd_kafka_destroy(m_handle);
}

bool SandboxBroker::start(QString *error, int partitions)
{
    if (m_cluster)
        return true;
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
    m_cluster = rd_kafka_mock_cluster_new(m_handle, 1);
    if (!m_cluster) {
        rd_kafka_destroy(m_handle);
        m_handle = nullptr;
        if (error)
            *error = tr("The sandbox broker could not open a port on 127.0.0.1.");
        return false;
    }
    return createTopic(defaultTopic(), partitions, error);
}

QString SandboxBroker::bootstrapServers() const
{
    return m_cluster ? QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)) : QString();
}

bool SandboxBroker::createTopic(const QString &name, int partitions, QString *error)
{
    if (!m_cluster) {
        if (error)
            *error = tr("The sandbox broker is not running.");
        return false;
    }
    const rd_kafka_resp_err_t err =
        rd_kafka_mock_topic_create(m_cluster, name.toUtf8().constData(), partitions, 1);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = tr("The sandbox could not create topic \"%1\": %2")
                         .arg(name, QString::fromUtf8(rd_kafka_err2str(err)));
        return false;
    }
    return true;
}

void SandboxBroker::tuneConsumer(ConnectionConfig &config)
{
    config.properties.prepend({QStringLiteral("heartbeat.interval.ms"), QStringLiteral("500")});
    config.properties.prepend({QStringLiteral("session.timeout.ms"), QStringLiteral("6000")});
}
