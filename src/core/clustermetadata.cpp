#include "clustermetadata.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <memory>

TopicListing ClusterMetadata::fetchTopics(const ConnectionConfig &config, int timeoutMs)
{
    TopicListing listing;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, &listing.error);
    if (!conf)
        return listing;
    std::string reason;
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client) {
        listing.error = QString::fromStdString(reason);
        return listing;
    }
    RdKafka::Metadata *raw = nullptr;
    QElapsedTimer timer;
    timer.start();
    const RdKafka::ErrorCode err = client->metadata(true, nullptr, &raw, timeoutMs);
    listing.roundTripMs = timer.elapsed();
    std::unique_ptr<RdKafka::Metadata> metadata(raw);
    if (err != RdKafka::ERR_NO_ERROR) {
        if (KafkaErrors::isConnectivity(err))
            listing.error = tr("Could not reach %1: %2")
                                .arg(config.bootstrapServers, KafkaErrors::describe(err));
        else
            listing.error = KafkaErrors::describe(err);
        return listing;
    }
    listing.brokerCount = int(metadata->brokers()->size());
    // Known from the metadata answer just received: no second round trip.
    listing.clusterId = QString::fromStdString(client->clusterid(0));
    for (const RdKafka::TopicMetadata *topic : *metadata->topics()) {
        if (topic->err() != RdKafka::ERR_NO_ERROR)
            continue;
        listing.topics.append(
            {QString::fromStdString(topic->topic()), int(topic->partitions()->size())});
    }
    std::sort(listing.topics.begin(), listing.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return listing;
}
