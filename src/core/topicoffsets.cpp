#include "topicoffsets.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"
#include "libraryfeatures.h"

#include <QDeadlineTimer>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <memory>

namespace {
// rd_kafka_ListOffsets and its OffsetSpec came with librdkafka 2.3.0.
#define TOPICDESK_HAS_LIST_OFFSETS (RD_KAFKA_VERSION >= 0x02030000)

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(1, deadline.remainingTime()));
}

// Before ListOffsets: one watermark request per partition. Empty string, or why not.
QString queryWatermarks(RdKafka::Producer *client, TopicOffsetsListing &listing,
                        const QDeadlineTimer &deadline)
{
    const std::string topic = listing.topic.toStdString();
    for (PartitionEnds &ends : listing.partitions) {
        int64_t low = -1;
        int64_t high = -1;
        const RdKafka::ErrorCode err = client->query_watermark_offsets(
            topic, ends.partition, &low, &high, remainingMs(deadline));
        if (err != RdKafka::ERR_NO_ERROR)
            return KafkaErrors::describe(err);
        ends.earliest = low;
        ends.next = high;
    }
    return {};
}

#if TOPICDESK_HAS_LIST_OFFSETS
// One ListOffsets request per kind (earliest, latest, max-timestamp), each for every partition
// (a request may not name a partition twice), all three in flight at once. An error of the
// earliest or latest request fails the listing; one of the max-timestamp request (a cluster
// older than Kafka 3.0 does not know it) only leaves the newest messages unknown.
QString listOffsets(RdKafka::Producer *client, TopicOffsetsListing &listing,
                    const QDeadlineTimer &deadline)
{
    rd_kafka_t *rk = client->c_ptr();
    const QByteArray topic = listing.topic.toUtf8();
    constexpr rd_kafka_OffsetSpec_t Specs[] = {RD_KAFKA_OFFSET_SPEC_EARLIEST,
                                               RD_KAFKA_OFFSET_SPEC_LATEST,
                                               RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP};
    constexpr int SpecCount = int(std::size(Specs));
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *options[SpecCount] = {};
    const int timeoutMs = remainingMs(deadline);
    for (int i = 0; i < SpecCount; ++i) {
        char errstr[512] = {};
        options[i] = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_LISTOFFSETS);
        rd_kafka_AdminOptions_set_request_timeout(options[i], timeoutMs, errstr, sizeof errstr);
        // The opaque tells the results apart: the index of the spec.
        rd_kafka_AdminOptions_set_opaque(options[i], reinterpret_cast<void *>(qintptr(i)));
        rd_kafka_topic_partition_list_t *partitions =
            rd_kafka_topic_partition_list_new(int(listing.partitions.size()));
        for (const PartitionEnds &ends : std::as_const(listing.partitions))
            rd_kafka_topic_partition_list_add(partitions, topic.constData(), ends.partition)
                ->offset = Specs[i];
        rd_kafka_ListOffsets(rk, partitions, options[i], queue); // copies the list
        rd_kafka_topic_partition_list_destroy(partitions);
    }
    QString error;
    QString newestError;
    for (int answered = 0; answered < SpecCount && error.isEmpty(); ++answered) {
        // A little longer than the request timeout, so that librdkafka's own timeout error
        // is the one reported.
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, remainingMs(deadline) + 2000);
        if (!event) {
            error = TopicOffsets::tr("The cluster did not answer in time.");
            break;
        }
        const int spec = int(reinterpret_cast<qintptr>(rd_kafka_event_opaque(event)));
        QString problem;
        if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            problem =
                KafkaErrors::describe(static_cast<RdKafka::ErrorCode>(rd_kafka_event_error(event)));
        } else {
            size_t count = 0;
            const rd_kafka_ListOffsetsResultInfo_t **infos =
                rd_kafka_ListOffsets_result_infos(rd_kafka_event_ListOffsets_result(event), &count);
            for (size_t i = 0; i < count && problem.isEmpty(); ++i) {
                const rd_kafka_topic_partition_t *tp =
                    rd_kafka_ListOffsetsResultInfo_topic_partition(infos[i]);
                if (tp->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
                    problem = KafkaErrors::describe(static_cast<RdKafka::ErrorCode>(tp->err));
                    break;
                }
                const auto ends = std::find_if(
                    listing.partitions.begin(), listing.partitions.end(),
                    [tp](const PartitionEnds &e) { return e.partition == tp->partition; });
                if (ends == listing.partitions.end())
                    continue;
                switch (Specs[spec]) {
                case RD_KAFKA_OFFSET_SPEC_EARLIEST:
                    ends->earliest = tp->offset;
                    break;
                case RD_KAFKA_OFFSET_SPEC_LATEST:
                    ends->next = tp->offset;
                    break;
                case RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP:
                    ends->newestOffset = tp->offset;
                    ends->newestTimestampMs =
                        tp->offset >= 0 ? rd_kafka_ListOffsetsResultInfo_timestamp(infos[i]) : -1;
                    break;
                }
            }
        }
        rd_kafka_event_destroy(event);
        if (problem.isEmpty())
            continue;
        if (Specs[spec] == RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP)
            newestError = problem;
        else
            error = problem;
    }
    for (rd_kafka_AdminOptions_t *o : options)
        rd_kafka_AdminOptions_destroy(o);
    // Destroying the queue drops the answers still due after an error.
    rd_kafka_queue_destroy(queue);
    if (!error.isEmpty())
        return error;
    listing.usedListOffsets = true;
    if (newestError.isEmpty()) {
        listing.newestKnown = true;
    } else {
        for (PartitionEnds &ends : listing.partitions)
            ends.newestOffset = ends.newestTimestampMs = -1;
        listing.newestUnavailable =
            TopicOffsets::tr("the cluster did not tell (%1)").arg(newestError);
    }
    return {};
}
#endif

#if RD_KAFKA_VERSION >= 0x020300ff
// The broker ids of nodes.
QList<qint32> nodeIds(const rd_kafka_Node_t **nodes, size_t count)
{
    QList<qint32> ids;
    ids.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        ids.append(rd_kafka_Node_id(nodes[i]));
    return ids;
}

// The topic's description: each partition's leader, replicas and in-sync replicas, and the
// topic's id.
void takeTopicDescription(const rd_kafka_DescribeTopics_result_t *result,
                          TopicOffsetsListing &listing)
{
    size_t count = 0;
    const rd_kafka_TopicDescription_t **topics =
        rd_kafka_DescribeTopics_result_topics(result, &count);
    const QByteArray name = listing.topic.toUtf8();
    for (size_t t = 0; t < count; ++t) {
        const rd_kafka_TopicDescription_t *topic = topics[t];
        const rd_kafka_error_t *error = rd_kafka_TopicDescription_error(topic);
        if ((error && rd_kafka_error_code(error) != RD_KAFKA_RESP_ERR_NO_ERROR) ||
            name != rd_kafka_TopicDescription_name(topic))
            continue;
        size_t partitionCount = 0;
        const rd_kafka_TopicPartitionInfo_t **partitions =
            rd_kafka_TopicDescription_partitions(topic, &partitionCount);
        for (size_t p = 0; p < partitionCount; ++p) {
            const rd_kafka_TopicPartitionInfo_t *info = partitions[p];
            const int id = rd_kafka_TopicPartitionInfo_partition(info);
            const auto ends =
                std::find_if(listing.partitions.begin(), listing.partitions.end(),
                             [id](const PartitionEnds &e) { return e.partition == id; });
            if (ends == listing.partitions.end())
                continue;
            const rd_kafka_Node_t *leader = rd_kafka_TopicPartitionInfo_leader(info);
            ends->leader = leader ? rd_kafka_Node_id(leader) : -1;
            size_t n = 0;
            const rd_kafka_Node_t **replicas = rd_kafka_TopicPartitionInfo_replicas(info, &n);
            ends->replicas = nodeIds(replicas, n);
            const rd_kafka_Node_t **isr = rd_kafka_TopicPartitionInfo_isr(info, &n);
            ends->inSync = nodeIds(isr, n);
        }
        // A cluster that has no topic ids (older than Kafka 2.8) sends zeros.
        const rd_kafka_Uuid_t *id = rd_kafka_TopicDescription_topic_id(topic);
        if (id && (rd_kafka_Uuid_most_significant_bits(id) != 0 ||
                   rd_kafka_Uuid_least_significant_bits(id) != 0)) {
            // librdkafka writes standard Base64; Kafka prints the URL-safe alphabet.
            QString text = QString::fromLatin1(rd_kafka_Uuid_base64str(id));
            text.replace(QLatin1Char('+'), QLatin1Char('-'))
                .replace(QLatin1Char('/'), QLatin1Char('_'));
            listing.topicId = text;
        }
        listing.usedDescribeTopics = true;
        return;
    }
}

// DescribeTopics for the topic and DescribeCluster, both in flight at once. What they give
// replaces what the metadata said; a call that fails or is not answered in time leaves the
// metadata's answer, with nothing to say about it.
void describe(RdKafka::Producer *client, TopicOffsetsListing &listing,
              const QDeadlineTimer &deadline)
{
    rd_kafka_t *rk = client->c_ptr();
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    const int timeoutMs = remainingMs(deadline);
    char errstr[512] = {};
    rd_kafka_AdminOptions_t *topicOptions =
        rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(topicOptions, timeoutMs, errstr, sizeof errstr);
    rd_kafka_AdminOptions_t *clusterOptions =
        rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER);
    rd_kafka_AdminOptions_set_request_timeout(clusterOptions, timeoutMs, errstr, sizeof errstr);

    const QByteArray topic = listing.topic.toUtf8();
    const char *names[] = {topic.constData()};
    rd_kafka_TopicCollection_t *topics = rd_kafka_TopicCollection_of_topic_names(names, 1);
    rd_kafka_DescribeTopics(rk, topics, topicOptions, queue); // copies the names
    rd_kafka_TopicCollection_destroy(topics);
    rd_kafka_DescribeCluster(rk, clusterOptions, queue);

    for (int answered = 0; answered < 2; ++answered) {
        // A little longer than the request timeout, so that librdkafka's own timeout ends it.
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, remainingMs(deadline) + 2000);
        if (!event)
            break;
        if (rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (const rd_kafka_DescribeTopics_result_t *result =
                    rd_kafka_event_DescribeTopics_result(event)) {
                takeTopicDescription(result, listing);
            } else if (const rd_kafka_DescribeCluster_result_t *result =
                           rd_kafka_event_DescribeCluster_result(event)) {
                const char *clusterId = rd_kafka_DescribeCluster_result_cluster_id(result);
                listing.clusterId = clusterId ? QString::fromUtf8(clusterId) : QString();
                // A controller that is not one of the brokers (librdkafka's mock cluster says
                // 0) has no host: not named.
                const rd_kafka_Node_t *controller =
                    rd_kafka_DescribeCluster_result_controller(result);
                listing.controllerId = controller && rd_kafka_Node_host(controller)
                                           ? rd_kafka_Node_id(controller)
                                           : -1;
                listing.usedDescribeCluster = true;
            }
        }
        rd_kafka_event_destroy(event);
    }
    rd_kafka_AdminOptions_destroy(topicOptions);
    rd_kafka_AdminOptions_destroy(clusterOptions);
    // Destroying the queue drops an answer still due.
    rd_kafka_queue_destroy(queue);
}
#endif
} // namespace

TopicOffsetsListing TopicOffsets::fetch(const ConnectionConfig &config, const QString &topic,
                                        int timeoutMs)
{
    TopicOffsetsListing listing;
    listing.topic = topic;
    if (const QString problem = ConnectionConfig::checkTopicName(topic); !problem.isEmpty()) {
        listing.error = problem;
        return listing;
    }
    const QDeadlineTimer deadline(timeoutMs);
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
    // The partitions, from the metadata of all topics: asking for one topic by name could
    // create it on a cluster that creates topics on first use.
    RdKafka::Metadata *raw = nullptr;
    const RdKafka::ErrorCode err = client->metadata(true, nullptr, &raw, remainingMs(deadline));
    std::unique_ptr<RdKafka::Metadata> metadata(raw);
    if (err != RdKafka::ERR_NO_ERROR) {
        listing.error = KafkaErrors::describe(err);
        return listing;
    }
    const std::string name = topic.toStdString();
    const auto found =
        std::find_if(metadata->topics()->begin(), metadata->topics()->end(),
                     [&name](const RdKafka::TopicMetadata *t) { return t->topic() == name; });
    if (found == metadata->topics()->end()) {
        listing.error = tr("The cluster has no topic \"%1\".").arg(topic);
        return listing;
    }
    if ((*found)->err() != RdKafka::ERR_NO_ERROR) {
        listing.error = KafkaErrors::describe((*found)->err());
        return listing;
    }
    for (const RdKafka::PartitionMetadata *partition : *(*found)->partitions()) {
        const std::vector<int32_t> *replicas = partition->replicas();
        const std::vector<int32_t> *inSync = partition->isrs();
        listing.partitions.append(PartitionEnds{
            .partition = partition->id(),
            .leader = partition->leader(),
            .replicas = QList<qint32>(replicas->begin(), replicas->end()),
            .inSync = QList<qint32>(inSync->begin(), inSync->end()),
        });
    }
    std::sort(
        listing.partitions.begin(), listing.partitions.end(),
        [](const PartitionEnds &a, const PartitionEnds &b) { return a.partition < b.partition; });
    // The cluster's id and controller as the metadata just asked has them (no new request). A
    // controller that is not one of the brokers (librdkafka's mock cluster says 0) is not named.
    listing.clusterId = QString::fromStdString(client->clusterid(0));
    const int32_t controller = client->controllerid(0);
    if (std::any_of(
            metadata->brokers()->begin(), metadata->brokers()->end(),
            [controller](const RdKafka::BrokerMetadata *b) { return b->id() == controller; }))
        listing.controllerId = controller;

#if RD_KAFKA_VERSION >= 0x020300ff
    // The library it runs with may be older than the one it was built with. librdkafka sends
    // both calls to the controller: to a cluster whose controller is none of its brokers (the
    // Sandbox: librdkafka's mock cluster says 0 and has no way to set it) they would only wait
    // for it until they time out, so they are not asked. Half the time left at most, so that
    // the offsets keep theirs.
    if (LibraryFeatures::describeAvailable() && listing.controllerId >= 0)
        describe(client.get(), listing, QDeadlineTimer(remainingMs(deadline) / 2));
#endif
    listing.topicIdUnavailable = LibraryFeatures::describeUnavailableReason();

#if TOPICDESK_HAS_LIST_OFFSETS
    // The library it runs with may be older than the one it was built with.
    if (LibraryFeatures::listOffsetsAvailable()) {
        listing.error = listOffsets(client.get(), listing, deadline);
        return listing;
    }
#endif
    listing.newestUnavailable = LibraryFeatures::listOffsetsUnavailableReason();
    listing.error = queryWatermarks(client.get(), listing, deadline);
    return listing;
}
