// DeliveryReport: the broker's answer to one send, as librdkafka reported it.
#pragma once

#include <QMetaType>
#include <QString>

struct DeliveryReport
{
    quint64 requestId = 0; // as returned by Producer::send
    QString topic;
    qint32 partition = -1;
    qint64 offset = -1;      // -1 when the broker did not say (acks=0) or on error
    qint64 timestampMs = -1; // -1 when unknown
    qint64 latencyUs = -1;   // from send to the report
    QString error;           // empty when delivered
    int errorCode = 0;       // librdkafka's error code (RdKafka::ErrorCode), 0 when delivered
    // Dropped before it went to a broker (Producer::dropQueued): certainly not stored.
    bool neverSent = false;
    // Delivery unknown: no broker confirmed it, but one may have written it (it was sent before
    // the broker went silent, or it timed out, or TopicDesk stopped waiting for the answer).
    bool maybeStored = false;

    bool delivered() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(DeliveryReport)
