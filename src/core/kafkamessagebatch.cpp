#include "kafkamessagebatch.h"

#include <algorithm>
#include <cstring>
#include <iterator>

void KafkaMessageBatch::reserve(qsizetype records, qsizetype bytes)
{
    m_records.reserve(records);
    m_bytes.reserve(bytes);
}

void KafkaMessageBatch::squeeze()
{
    m_records.squeeze();
    m_bytes.squeeze();
}

KafkaMessageBatch::Record &KafkaMessageBatch::append(qint32 partition, qint64 offset,
                                                     qint64 timestampMs, const void *key,
                                                     qsizetype keySize, const void *value,
                                                     qsizetype valueSize)
{
    Record &r = m_records.emplace_back();
    r.partition = partition;
    r.offset = offset;
    r.timestampMs = timestampMs;
    r.keyStart = quint32(m_bytes.size());
    r.keySize = key ? qint32(keySize) : -1;
    r.valueSize = value ? qint32(valueSize) : -1;
    const qsizetype used = m_bytes.size();
    const qsizetype added = (key ? keySize : 0) + (value ? valueSize : 0);
    if (added > 0) {
        // Grow by doubling at least, as append() would, but without zero-filling.
        if (m_bytes.capacity() < used + added)
            m_bytes.reserve(std::max(used + added, 2 * m_bytes.capacity()));
        m_bytes.resize(used + added);
        char *out = m_bytes.data() + used;
        if (key && keySize > 0)
            std::memcpy(out, key, size_t(keySize));
        if (value && valueSize > 0)
            std::memcpy(out + (key ? keySize : 0), value, size_t(valueSize));
    }
    return r;
}

void KafkaMessageBatch::append(const KafkaMessage &message)
{
    if (isEmpty() && m_topic.isEmpty())
        m_topic = message.topic;
    Record &r =
        append(message.partition, message.offset, message.timestampMs,
               message.keyIsNull ? nullptr : message.key.constData(), message.key.size(),
               message.valueIsNull ? nullptr : message.value.constData(), message.value.size());
    r.redelivered = message.redelivered;
    r.timestampType = message.timestampType;
    if (!message.headers.isEmpty())
        setHeaders(size() - 1, message.headers);
}

void KafkaMessageBatch::setHeaders(qsizetype index, const QList<KafkaHeader> &headers)
{
    m_records[index].hasHeaders = !headers.isEmpty();
    if (headers.isEmpty())
        m_headers.remove(index);
    else
        m_headers.insert(index, headers);
}

void KafkaMessageBatch::markPolled(qint64 msSinceEpoch)
{
    if (isEmpty() || (!m_polled.isEmpty() && m_polled.constLast().second == msSinceEpoch))
        return;
    const qsizetype index = size() - 1;
    if (!m_polled.isEmpty() && m_polled.constLast().first == index)
        m_polled.last().second = msSinceEpoch;
    else
        m_polled.append({index, msSinceEpoch});
}

qint64 KafkaMessageBatch::polledAtMs(qsizetype index) const
{
    // The last run starting at or before index.
    const auto after = std::upper_bound(
        m_polled.cbegin(), m_polled.cend(), index,
        [](qsizetype i, const std::pair<qsizetype, qint64> &run) { return i < run.first; });
    return after == m_polled.cbegin() ? -1 : std::prev(after)->second;
}

KafkaMessage KafkaMessageBatch::Record::toMessage(const QString &topic, const char *bytes) const
{
    KafkaMessage m;
    m.topic = topic;
    m.partition = partition;
    m.offset = offset;
    m.timestampMs = timestampMs;
    m.timestampType = timestampType;
    m.keyIsNull = keySize < 0;
    m.valueIsNull = valueSize < 0;
    m.key = key(bytes).toByteArray();
    m.value = value(bytes).toByteArray();
    m.redelivered = redelivered;
    return m;
}

QByteArrayView KafkaMessageBatch::key(qsizetype index) const
{
    return m_records.at(index).key(m_bytes.constData());
}

QByteArrayView KafkaMessageBatch::value(qsizetype index) const
{
    return m_records.at(index).value(m_bytes.constData());
}

KafkaMessage KafkaMessageBatch::at(qsizetype index) const
{
    const Record &r = m_records.at(index);
    KafkaMessage m = r.toMessage(m_topic, m_bytes.constData());
    if (r.hasHeaders)
        m.headers = m_headers.value(index);
    return m;
}

QList<KafkaMessage> KafkaMessageBatch::toList() const
{
    QList<KafkaMessage> list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i));
    return list;
}
