#include "mockcluster.h"

MockCluster::MockCluster()
{
    char reason[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "3", reason, sizeof reason);
    m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    if (m_handle)
        m_cluster = rd_kafka_mock_cluster_new(m_handle, 1);
}

MockCluster::~MockCluster()
{
    if (m_cluster)
        rd_kafka_mock_cluster_destroy(m_cluster);
    if (m_handle)
        rd_kafka_destroy(m_handle);
}

QString MockCluster::bootstrapServers() const
{
    return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster));
}
