#include "kafkaerrors.h"

#include <QCoreApplication>

QString KafkaErrors::describe(RdKafka::ErrorCode code, const QString &topic, int partition)
{
    const QString details = QString::fromStdString(RdKafka::err2str(code));
    switch (code) {
    case RdKafka::ERR__UNKNOWN_TOPIC:
    case RdKafka::ERR_UNKNOWN_TOPIC_OR_PART:
        if (!topic.isEmpty())
            return tr("Topic \"%1\" does not exist on this cluster.").arg(topic);
        return tr("The topic does not exist on this cluster.");
    case RdKafka::ERR__UNKNOWN_PARTITION:
        return tr("Partition %1 does not exist in topic \"%2\".").arg(partition).arg(topic);
    case RdKafka::ERR_MSG_SIZE_TOO_LARGE:
        return tr("The message is larger than the broker or the client accepts "
                  "(message.max.bytes).");
    case RdKafka::ERR__MSG_TIMED_OUT:
        return tr("Not delivered in time: no broker took the message (is the cluster "
                  "reachable?).");
    case RdKafka::ERR__PURGE_QUEUE:
    case RdKafka::ERR__PURGE_INFLIGHT:
        return tr("Not delivered: the connection was closed before the broker answered.");
    case RdKafka::ERR__QUEUE_FULL:
        return tr("Too many messages are waiting to be sent; try again in a moment.");
    case RdKafka::ERR__TRANSPORT:
    case RdKafka::ERR__ALL_BROKERS_DOWN:
        return tr("No broker can be reached: check the address and that Kafka is running "
                  "(%1).")
            .arg(details);
    case RdKafka::ERR__RESOLVE:
        return tr("The broker's host name could not be resolved (%1).").arg(details);
    case RdKafka::ERR__TIMED_OUT:
        return tr("The cluster did not answer in time (%1).").arg(details);
    case RdKafka::ERR__AUTHENTICATION:
    case RdKafka::ERR_SASL_AUTHENTICATION_FAILED:
        return tr("Authentication failed: check the user name, password and mechanism.");
    case RdKafka::ERR_TOPIC_AUTHORIZATION_FAILED:
        return tr("Not authorized to access topic \"%1\".").arg(topic);
    case RdKafka::ERR_GROUP_AUTHORIZATION_FAILED:
        return tr("Not authorized to use this consumer group.");
    case RdKafka::ERR_TOPIC_EXCEPTION:
        return tr("\"%1\" is not a valid topic name.").arg(topic);
    default:
        return details;
    }
}

bool KafkaErrors::isConnectivity(RdKafka::ErrorCode code)
{
    return code == RdKafka::ERR__TRANSPORT || code == RdKafka::ERR__ALL_BROKERS_DOWN ||
           code == RdKafka::ERR__RESOLVE || code == RdKafka::ERR__TIMED_OUT;
}
