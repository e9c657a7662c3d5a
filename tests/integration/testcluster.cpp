#include "testcluster.h"

#include "clustermetadata.h"
#include "topicadmin.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

QString TestCluster::brokers()
{
    return qEnvironmentVariable("TOPICDESK_TEST_BROKERS");
}

QString TestCluster::kafkaVersion()
{
    return qEnvironmentVariable("TOPICDESK_TEST_KAFKA_VERSION");
}

ConnectionConfig TestCluster::config(const QString &groupPrefix)
{
    ConnectionConfig config;
    config.bootstrapServers = brokers();
    config.groupId = uniqueName(groupPrefix);
    config.clientId = QStringLiteral("topicdesk-test");
    return config;
}

QString TestCluster::uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 36);
}

QString TestCluster::createTopic(const ConnectionConfig &config, const QString &name,
                                 int partitions)
{
    if (QString error = TopicAdmin::createTopic(config, name, partitions, 1, 20000);
        !error.isEmpty())
        return error;
    // CreateTopics returns before every broker's metadata cache has the topic.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const TopicListing listing = ClusterMetadata::fetchTopics(config, 5000);
        for (const TopicInfo &topic : listing.topics) {
            if (topic.name == name && topic.partitionCount == partitions)
                return {};
        }
    }
    return QStringLiteral("topic %1 did not appear in the metadata within 20 s").arg(name);
}
