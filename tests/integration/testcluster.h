// TestCluster: the real Kafka broker a test runs against, as the CTest fixture announces it
// (TOPICDESK_TEST_BROKERS, set by tests/broker/broker.sh env), and small helpers around it.
#pragma once

#include "connectionconfig.h"
#include "deliveryreport.h"

#include <QHash>
#include <QString>

class TestCluster final
{
public:
    // The fixture's broker address; empty when the test was started without one.
    static QString brokers();
    // The fixture broker's SASL_PLAINTEXT listener (user alice, password alice-secret).
    static QString saslBrokers();
    // "4.4.0" and the like, for messages.
    static QString kafkaVersion();
    // A configuration for the fixture's broker with a group of its own.
    static ConnectionConfig config(const QString &groupPrefix);
    // prefix + a random suffix: topics and groups never collide between runs.
    static QString uniqueName(const QString &prefix);
    // Creates the topic through the admin API and waits until its metadata shows every
    // partition, so producers and consumers see it at once. Empty string on success.
    static QString createTopic(const ConnectionConfig &config, const QString &name, int partitions);
    // A configuration with a new topic of `partitions` partitions (created) and a group of
    // its own; *error says why when the topic could not be created.
    static ConnectionConfig newTopic(const QString &prefix, int partitions, QString *error);
    // Sends `count` messages "message i" to config.topic, keyed "key-i" when keyed, to the
    // given partition (-1: the partitioner's choice), and waits for every delivery report.
    // Returns the reports in send order; fewer than count (or failed ones) on error.
    static QList<DeliveryReport> produce(const ConnectionConfig &config, int count,
                                         int partition = -1, bool keyed = true);
    // Sends three messages with produce() and reads them back with a consumer of the same
    // configuration (both ways over its connection): empty when all three arrived intact, else
    // what went wrong.
    static QString roundTrip(const ConnectionConfig &config);
    // The committed offsets of config.groupId on config.topic, per partition, as a separate
    // admin client reads them from the broker (a failure is printed and reads as none).
    static QHash<qint32, qint64> committed(const ConnectionConfig &config);
    // The committed offset of one partition, -1 when the group has none there.
    static qint64 committed(const ConnectionConfig &config, qint32 partition);
};
