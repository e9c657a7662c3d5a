#include "clustermetadata.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <memory>

namespace {
// Remembers the last error librdkafka reported while the request ran: a failed login shows up
// there (the request itself only fails with "transport failure").
class ErrorRecorder final : public RdKafka::EventCb
{
public:
    void event_cb(RdKafka::Event &event) override
    {
        if (event.type() != RdKafka::Event::EVENT_ERROR)
            return;
        if (event.err() == RdKafka::ERR__AUTHENTICATION || code != RdKafka::ERR__AUTHENTICATION) {
            code = event.err();
            text = QString::fromStdString(event.str());
        }
    }

    RdKafka::ErrorCode code = RdKafka::ERR_NO_ERROR;
    QString text;
};
} // namespace

TopicListing ClusterMetadata::fetchTopics(const ConnectionConfig &config, int timeoutMs)
{
    TopicListing listing;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, &listing.error);
    if (!conf)
        return listing;
    ErrorRecorder errors;
    std::string reason;
    conf->set("event_cb", static_cast<RdKafka::EventCb *>(&errors), reason);
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client) {
        listing.error = QString::fromStdString(reason);
        return listing;
    }
    RdKafka::Metadata *raw = nullptr;
    QElapsedTimer timer;
    timer.start();
    // Asked in short slices so that a refused login ends the wait at once instead of after
    // the whole timeout (librdkafka keeps retrying it as a transport failure).
    RdKafka::ErrorCode err = RdKafka::ERR__TIMED_OUT;
    while (err == RdKafka::ERR__TIMED_OUT) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            break;
        err = client->metadata(true, nullptr, &raw, int(std::min<qint64>(left, 500)));
        if (err == RdKafka::ERR_NO_ERROR)
            break;
        client->poll(0); // serves the error events queued meanwhile
        if (errors.code == RdKafka::ERR__AUTHENTICATION)
            break;
    }
    listing.roundTripMs = timer.elapsed();
    std::unique_ptr<RdKafka::Metadata> metadata(raw);
    if (err != RdKafka::ERR_NO_ERROR) {
        if (errors.code == RdKafka::ERR__AUTHENTICATION)
            listing.error =
                QStringLiteral("%1 (%2)").arg(KafkaErrors::describe(errors.code), errors.text);
        else if (KafkaErrors::isConnectivity(err))
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
