#include "wireformat.h"

#include <QtEndian>

#include <limits>

namespace {

enum class VarintResult { Ok, Truncated, Overlong };

// Protobuf's zigzag varint, as the registry's message indexes use it: at most 5 bytes for an int.
VarintResult readZigzag(QByteArrayView data, qsizetype *pos, qint64 *value)
{
    quint64 raw = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (*pos >= data.size())
            return VarintResult::Truncated;
        const auto byte = static_cast<quint8>(data[(*pos)++]);
        raw |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = qint64(raw >> 1) ^ -qint64(raw & 1);
            return VarintResult::Ok;
        }
    }
    return VarintResult::Overlong;
}

WireFormat::Error varintError(VarintResult result)
{
    return result == VarintResult::Truncated ? WireFormat::Error::Truncated
                                             : WireFormat::Error::BadMessageIndexes;
}

void writeZigzag(QByteArray *out, qint64 value)
{
    auto raw = quint64((value << 1) ^ (value >> 63));
    while (raw >= 0x80) {
        out->append(char((raw & 0x7f) | 0x80));
        raw >>= 7;
    }
    out->append(char(raw));
}

} // namespace

WireFormat::Error WireFormat::parseHeader(QByteArrayView data, int *schemaId)
{
    if (data.isEmpty())
        return Error::Empty;
    if (data[0] != MagicByte)
        return Error::NoMagicByte;
    if (data.size() < HeaderSize)
        return Error::Truncated;
    *schemaId = qFromBigEndian<qint32>(data.data() + 1);
    return Error::None;
}

WireFormat::Error WireFormat::parseMessageIndexes(QByteArrayView data, qsizetype offset,
                                                  QList<int> *indexes, qsizetype *consumed)
{
    indexes->clear();
    if (offset < 0)
        return Error::BadMessageIndexes;
    qsizetype pos = offset;
    qint64 count = 0;
    if (const auto result = readZigzag(data, &pos, &count); result != VarintResult::Ok)
        return varintError(result);
    // Nesting deeper than this is no real schema; it guards against a huge count.
    constexpr qint64 MaxDepth = 100;
    if (count < 0 || count > MaxDepth)
        return Error::BadMessageIndexes;
    if (count == 0)
        indexes->append(0);
    for (qint64 i = 0; i < count; ++i) {
        qint64 index = 0;
        if (const auto result = readZigzag(data, &pos, &index); result != VarintResult::Ok)
            return varintError(result);
        if (index < 0 || index > std::numeric_limits<int>::max())
            return Error::BadMessageIndexes;
        indexes->append(int(index));
    }
    *consumed = pos - offset;
    return Error::None;
}

QByteArray WireFormat::frame(int schemaId, QByteArrayView payload)
{
    QByteArray out(HeaderSize, MagicByte);
    qToBigEndian<qint32>(schemaId, out.data() + 1);
    out.append(payload);
    return out;
}

QByteArray WireFormat::frameProtobuf(int schemaId, const QList<int> &messageIndexes,
                                     QByteArrayView payload)
{
    QByteArray out(HeaderSize, MagicByte);
    qToBigEndian<qint32>(schemaId, out.data() + 1);
    if (messageIndexes.isEmpty() || messageIndexes == QList<int>{0}) {
        out.append(char(0));
    } else {
        writeZigzag(&out, messageIndexes.size());
        for (int index : messageIndexes)
            writeZigzag(&out, index);
    }
    out.append(payload);
    return out;
}

QString WireFormat::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("The value is empty, so it carries no schema id.");
    case Error::NoMagicByte:
        return tr("Not in the schema registry's format: it does not start with the byte 00.");
    case Error::Truncated:
        return tr("Too short for the schema registry's format: it ends inside its header.");
    case Error::BadMessageIndexes:
        return tr("The Protobuf message indexes after the schema id are not valid.");
    }
    return {};
}
