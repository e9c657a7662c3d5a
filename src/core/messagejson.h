// MessageJson: one Kafka record as one line of JSON (JSON Lines), lossless both ways. This is
// the format `topicdesk consume --format json` writes, `topicdesk send --format json` and the
// compose box's "Send a file" read, and the export writes:
//   {"topic":"t","partition":0,"offset":42,"timestamp":1733300000000,
//    "timestampType":"CreateTime","key":"k","value":"v",
//    "headers":[{"name":"n","value":"v"},{"name":"n","value":null}]}
// Bytes are a JSON string when they are valid UTF-8 (QString::fromUtf8(b).toUtf8() == b), else
// Base64 with a sibling "keyEncoding" / "valueEncoding" / header "nameEncoding" /
// "valueEncoding" set to "base64". null is a null key, value or header value; "" is empty.
// topic, partition, offset, timestamp and timestampType are left out when the record has none;
// headers when there are none. Reading also accepts headers as an object (in its written order,
// repeated names kept) or as ["name", "value"] pairs, and a key, value or header value that is a
// JSON object, array, number or boolean as its JSON text exactly as written in the line (names in
// their order, numbers as typed, whitespace inside kept; only the whitespace around is dropped).
#pragma once

#include "kafkamessage.h"
#include "producerequest.h"

#include <QByteArrayView>
#include <QCoreApplication>

class MessageJson final
{
    Q_DECLARE_TR_FUNCTIONS(MessageJson)

public:
    struct Parsed
    {
        KafkaMessage message;
        bool hasPartition = false; // the line gave a partition
        QString error;             // what is wrong with the line, in plain words; empty if fine
    };

    // One line, without a line end.
    static QByteArray toJson(const KafkaMessage &m);
    static Parsed fromJson(QByteArrayView line);

    // The "headers" array alone ("[]" for none), as toJson writes it.
    static QByteArray headersToJson(const QList<KafkaHeader> &headers);
    // True when the bytes are written as text (valid UTF-8 that converts back unchanged).
    static bool isLosslessText(QByteArrayView bytes);
    // The record to send for a parsed line: its key, value and headers to topic; its partition
    // too when keepPartition and the line gave one (else the partitioner chooses).
    static ProduceRequest toRequest(const Parsed &parsed, const QString &topic, bool keepPartition);
};
