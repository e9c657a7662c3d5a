#include "adminclient.h"

#include "handlereaper.h"
#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QScopeGuard>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <functional>
#include <memory>

namespace {
// Runs one admin request on a short-lived client and hands its result event to `read`.
// Returns an error in plain words, or an empty string.
QString runRequest(
    const ConnectionConfig &config, rd_kafka_admin_op_t op, int timeoutMs,
    const std::function<void(rd_kafka_t *, rd_kafka_AdminOptions_t *, rd_kafka_queue_t *)> &send,
    const std::function<QString(rd_kafka_event_t *)> &read)
{
    QString error;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, &error);
    if (!conf)
        return error;
    std::string reason;
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client)
        return QString::fromStdString(reason);
    // The result is not kept waiting for the client's end (a second with librdkafka 2.8).
    const auto reap = qScopeGuard(
        [&client] { HandleReaper::destroyLater([client = client.release()] { delete client; }); });
    rd_kafka_t *rk = client->c_ptr();
    char errstr[512] = {};
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, op);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    send(rk, options, queue);
    // Wait a little longer than the request timeout so that librdkafka's own timeout error
    // is the one reported.
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 2000);
    if (!event)
        error = AdminClient::tr("The cluster did not answer in time.");
    else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR)
        error = KafkaErrors::describe(static_cast<RdKafka::ErrorCode>(rd_kafka_event_error(event)));
    else
        error = read(event);
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_AdminOptions_destroy(options);
    return error;
}
} // namespace

QString AdminClient::createTopic(const ConnectionConfig &config, const QString &name,
                                 int partitions, int replicationFactor, int timeoutMs)
{
    if (const QString problem = ConnectionConfig::checkTopicName(name); !problem.isEmpty())
        return problem;
    char errstr[512] = {};
    const QByteArray topicName = name.toUtf8();
    rd_kafka_NewTopic_t *newTopic = rd_kafka_NewTopic_new(topicName.constData(), partitions,
                                                          replicationFactor, errstr, sizeof errstr);
    if (!newTopic)
        return tr("Topic \"%1\" cannot be created: %2").arg(name, QString::fromUtf8(errstr));
    const QString error = runRequest(
        config, RD_KAFKA_ADMIN_OP_CREATETOPICS, timeoutMs,
        [&](rd_kafka_t *rk, rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMs, errstr, sizeof errstr);
            rd_kafka_CreateTopics(rk, &newTopic, 1, options, queue);
        },
        [&](rd_kafka_event_t *event) {
            size_t count = 0;
            const rd_kafka_topic_result_t **topics = rd_kafka_CreateTopics_result_topics(
                rd_kafka_event_CreateTopics_result(event), &count);
            for (size_t i = 0; i < count; ++i) {
                const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(topics[i]);
                if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
                    continue;
                const char *message = rd_kafka_topic_result_error_string(topics[i]);
                return tr("Topic \"%1\" was not created: %2")
                    .arg(name, message ? QString::fromUtf8(message)
                                       : QString::fromUtf8(rd_kafka_err2str(err)));
            }
            return QString();
        });
    rd_kafka_NewTopic_destroy(newTopic);
    return error;
}

AdminClient::GroupOffsets AdminClient::committedOffsets(const ConnectionConfig &config,
                                                        const QString &group, const QString &topic,
                                                        int timeoutMs)
{
    GroupOffsets result;
    const QByteArray groupId = group.toUtf8();
    const QByteArray topicName = topic.toUtf8();
    rd_kafka_ListConsumerGroupOffsets_t *request =
        rd_kafka_ListConsumerGroupOffsets_new(groupId.constData(), nullptr);
    result.error = runRequest(
        config, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, timeoutMs,
        [&](rd_kafka_t *rk, rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_ListConsumerGroupOffsets(rk, &request, 1, options, queue);
        },
        [&](rd_kafka_event_t *event) {
            size_t count = 0;
            const rd_kafka_group_result_t **groups =
                rd_kafka_ListConsumerGroupOffsets_result_groups(
                    rd_kafka_event_ListConsumerGroupOffsets_result(event), &count);
            for (size_t i = 0; i < count; ++i) {
                if (const rd_kafka_error_t *error = rd_kafka_group_result_error(groups[i]))
                    return QString::fromUtf8(rd_kafka_error_string(error));
                const rd_kafka_topic_partition_list_t *partitions =
                    rd_kafka_group_result_partitions(groups[i]);
                for (int p = 0; partitions && p < partitions->cnt; ++p) {
                    const rd_kafka_topic_partition_t &tp = partitions->elems[p];
                    if (topicName == tp.topic && tp.err == RD_KAFKA_RESP_ERR_NO_ERROR &&
                        tp.offset >= 0)
                        result.committed.insert(tp.partition, tp.offset);
                }
            }
            return QString();
        });
    rd_kafka_ListConsumerGroupOffsets_destroy(request);
    return result;
}

QStringList AdminClient::listGroups(const ConnectionConfig &config, int timeoutMs, QString *error)
{
    QStringList groups;
    const QString problem = runRequest(
        config, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, timeoutMs,
        [](rd_kafka_t *rk, rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_ListConsumerGroups(rk, options, queue);
        },
        [&groups](rd_kafka_event_t *event) {
            size_t count = 0;
            const rd_kafka_ConsumerGroupListing_t **listings =
                rd_kafka_ListConsumerGroups_result_valid(
                    rd_kafka_event_ListConsumerGroups_result(event), &count);
            for (size_t i = 0; i < count; ++i)
                groups << QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(listings[i]));
            return QString();
        });
    if (error)
        *error = problem;
    return groups;
}
