// MockCluster: a librdkafka mock cluster of a test's own, for the faults a real broker cannot
// make on demand (errors and delays injected into chosen requests).
#pragma once

#include <QString>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

class MockCluster final
{
public:
    MockCluster();
    ~MockCluster();
    MockCluster(const MockCluster &) = delete;
    MockCluster &operator=(const MockCluster &) = delete;

    rd_kafka_mock_cluster_t *get() const { return m_cluster; } // null when it did not start
    QString bootstrapServers() const;

private:
    rd_kafka_t *m_handle = nullptr; // the mock cluster needs a client handle for bookkeeping
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};
