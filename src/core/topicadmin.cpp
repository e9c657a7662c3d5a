#include "topicadmin.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QCoreApplication>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <memory>

QString TopicAdmin::createTopic(const ConnectionConfig &config, const QString &name, int partitions,
                                int replicationFactor, int timeoutMs)
{
    if (const QString problem = ConnectionConfig::checkTopicName(name); !problem.isEmpty())
        return problem;
    QString error;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, &error);
    if (!conf)
        return error;
    std::string reason;
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client)
        return QString::fromStdString(reason);
    rd_kafka_t *rk = client->c_ptr();

    char errstr[512] = {};
    const QByteArray topicName = name.toUtf8();
    rd_kafka_NewTopic_t *newTopic = rd_kafka_NewTopic_new(topicName.constData(), partitions,
                                                          replicationFactor, errstr, sizeof errstr);
    if (!newTopic)
        return tr("Topic \"%1\" cannot be created: %2").arg(name, QString::fromUtf8(errstr));
    rd_kafka_AdminOptions_t *options =
        rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &newTopic, 1, options, queue);

    // The admin result arrives on our queue; wait a little longer than the request timeout
    // so that librdkafka's own timeout error is the one reported.
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 2000);
    if (!event) {
        error = tr("The cluster did not answer the request to create topic \"%1\".").arg(name);
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        error = tr("Topic \"%1\" was not created: %2")
                    .arg(name, KafkaErrors::describe(
                                   static_cast<RdKafka::ErrorCode>(rd_kafka_event_error(event))));
    } else {
        const rd_kafka_CreateTopics_result_t *result = rd_kafka_event_CreateTopics_result(event);
        size_t count = 0;
        const rd_kafka_topic_result_t **topics =
            rd_kafka_CreateTopics_result_topics(result, &count);
        for (size_t i = 0; i < count; ++i) {
            const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(topics[i]);
            if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
                const char *message = rd_kafka_topic_result_error_string(topics[i]);
                error = tr("Topic \"%1\" was not created: %2")
                            .arg(name, message ? QString::fromUtf8(message)
                                               : QString::fromUtf8(rd_kafka_err2str(err)));
            }
        }
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_NewTopic_destroy(newTopic);
    return error;
}
