// KafkaMessage: one consumed record as the rest of the application sees it, copied out of
// librdkafka on the consumer's thread so that it can travel to the GUI thread in a batch.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One record header. Names may repeat within a record; a value may be null.
struct KafkaHeader
{
    QByteArray name;
    QByteArray value;
    bool valueIsNull = false;
};

// What a record's timestamp means: set by the producer when it created the record, or by the
// broker when it appended it (a topic with message.timestamp.type=LogAppendTime).
enum class TimestampType : quint8 { None, CreateTime, LogAppendTime };

struct KafkaMessage
{
    QString topic;
    qint32 partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1; // -1: the record carries no timestamp
    TimestampType timestampType = TimestampType::None;
    QByteArray key;
    QByteArray value;
    bool keyIsNull = true; // a null key and an empty key are different things in Kafka
    bool valueIsNull = true;
    // Delivered before to this session (after a restart, a rebalance or a seek): the
    // at-least-once redelivery Kafka promises for anything not committed.
    bool redelivered = false;
    QList<KafkaHeader> headers;
};

Q_DECLARE_METATYPE(KafkaMessage)
