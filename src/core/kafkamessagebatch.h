// KafkaMessageBatch: consumed records on their way from the consumer's thread to the GUI (or
// a headless command), packed for speed and memory: the keys and values of the whole batch
// share one byte array, and each record is a small fixed-size entry pointing into it. A
// million 100-byte messages then cost two allocations per batch instead of two per message,
// and the table can keep the byte arrays as they are (they are implicitly shared).
#pragma once

#include "kafkamessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <iterator>

class KafkaMessageBatch
{
public:
    struct Record
    {
        qint64 offset = -1;
        qint64 timestampMs = -1; // -1: the record carries no timestamp
        quint32 keyStart = 0;    // in bytes(); the value follows the key
        qint32 keySize = -1;     // -1: a null key (not the same as an empty one)
        qint32 valueSize = -1;   // -1: a null value (a tombstone)
        qint32 partition = -1;
        // Delivered before to this session (after a restart, a rebalance or a seek).
        bool redelivered : 1 = false;
        bool hasHeaders : 1 = false; // both in one byte, so that the table's rows stay 40 bytes
        TimestampType timestampType = TimestampType::None;

        quint32 valueStart() const { return keyStart + quint32(std::max(keySize, 0)); }
        // The key and value in the bytes this record points into (null views when null).
        QByteArrayView key(const char *bytes) const
        {
            return keySize < 0 ? QByteArrayView() : QByteArrayView(bytes + keyStart, keySize);
        }
        QByteArrayView value(const char *bytes) const
        {
            return valueSize < 0 ? QByteArrayView()
                                 : QByteArrayView(bytes + valueStart(), valueSize);
        }
        // The record as a KafkaMessage of its own (copies its bytes; headers are the caller's).
        KafkaMessage toMessage(const QString &topic, const char *bytes) const;
    };

    KafkaMessageBatch() = default;
    explicit KafkaMessageBatch(const QString &topic)
        : m_topic(topic)
    {}

    const QString &topic() const { return m_topic; }
    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }
    void reserve(qsizetype records, qsizetype bytes);
    // Gives back what reserve() or growth set aside beyond what is used.
    void squeeze();

    // Appends a record; a null key or value pointer is a null key or value.
    Record &append(qint32 partition, qint64 offset, qint64 timestampMs, const void *key,
                   qsizetype keySize, const void *value, qsizetype valueSize);
    void append(const KafkaMessage &message);
    void setHeaders(qsizetype index, const QList<KafkaHeader> &headers);

    const Record &record(qsizetype index) const { return m_records.at(index); }
    Record &record(qsizetype index) { return m_records[index]; }
    const QByteArray &bytes() const { return m_bytes; }
    QByteArrayView key(qsizetype index) const;
    QByteArrayView value(qsizetype index) const;
    QList<KafkaHeader> headers(qsizetype index) const { return m_headers.value(index); }
    // When the consumer polled the records (wall clock, ms since the epoch), for the journey of
    // a message: the last record appended, and those after it until the next mark, were polled
    // at msSinceEpoch. Kept as runs, so a batch polled within one millisecond costs one entry.
    void markPolled(qint64 msSinceEpoch);
    // -1 when no mark covers the record.
    qint64 polledAtMs(qsizetype index) const;
    // The record as a KafkaMessage of its own (copies its bytes).
    KafkaMessage at(qsizetype index) const;
    QList<KafkaMessage> toList() const;

    // Iterates over records as KafkaMessage values: for the paths where a message at a time
    // is simplest (printing, tests), not for the table.
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = KafkaMessage;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = KafkaMessage;

        const_iterator(const KafkaMessageBatch *batch, qsizetype index)
            : m_batch(batch)
            , m_index(index)
        {}
        KafkaMessage operator*() const { return m_batch->at(m_index); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        const KafkaMessageBatch *m_batch;
        qsizetype m_index;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    QString m_topic;
    QByteArray m_bytes;
    QList<Record> m_records;
    QHash<qsizetype, QList<KafkaHeader>> m_headers; // by record index; headers are rare
    QList<std::pair<qsizetype, qint64>> m_polled;   // (first record index, ms), ascending
};

Q_DECLARE_METATYPE(KafkaMessageBatch)
