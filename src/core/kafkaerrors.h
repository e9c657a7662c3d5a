// KafkaErrors: librdkafka error codes in the plain words a user can act on.
#pragma once

#include <QCoreApplication>

#include <QString>

#include <librdkafka/rdkafkacpp.h>

class KafkaErrors final
{
    Q_DECLARE_TR_FUNCTIONS(KafkaErrors)

public:
    // A sentence for the user. topic and partition, when given, make it specific.
    static QString describe(RdKafka::ErrorCode code, const QString &topic = {}, int partition = -1);
    // True for errors that mean "no broker could be reached" rather than a problem with a
    // particular request.
    static bool isConnectivity(RdKafka::ErrorCode code);
};
