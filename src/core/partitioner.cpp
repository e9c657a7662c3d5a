#include "partitioner.h"

#include <array>

quint32 Partitioner::murmur2(QByteArrayView key)
{
    constexpr quint32 Seed = 0x9747b28c;
    constexpr quint32 M = 0x5bd1e995;
    constexpr int R = 24;
    const auto *data = reinterpret_cast<const unsigned char *>(key.data());
    const qsizetype length = key.size();
    // Java hashes the length as an int: keys longer than 2 GiB cannot be sent anyway.
    quint32 h = Seed ^ quint32(length);
    const qsizetype words = length / 4;
    for (qsizetype i = 0; i < words; ++i) {
        const unsigned char *w = data + i * 4;
        quint32 k = quint32(w[0]) | quint32(w[1]) << 8 | quint32(w[2]) << 16 | quint32(w[3]) << 24;
        k *= M;
        k ^= k >> R;
        k *= M;
        h *= M;
        h ^= k;
    }
    const unsigned char *tail = data + words * 4;
    switch (length % 4) {
    case 3:
        h ^= quint32(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= quint32(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= quint32(tail[0]);
        h *= M;
        break;
    default:
        break;
    }
    h ^= h >> 13;
    h *= M;
    h ^= h >> 15;
    return h;
}

quint32 Partitioner::crc32(QByteArrayView key)
{
    static constexpr std::array<quint32, 256> Table = [] {
        std::array<quint32, 256> table{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : key)
        crc = Table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

Partitioner::Result Partitioner::partitionFor(Kind kind, const std::optional<QByteArray> &key,
                                              int partitions)
{
    Result result;
    if (partitions < 1 || partitions > MaxPartitions) {
        result.error = partitions == 0 ? tr("The topic has no partitions, so no key can be in one.")
                                       : tr("%1 is not a partition count: a topic has from 1 to %2 "
                                            "partitions.")
                                             .arg(partitions)
                                             .arg(MaxPartitions);
        return result;
    }
    if (!key) {
        result.error = tr("A null key has no partition: producers spread records without a key "
                          "over all partitions (Java's sticky partitioner, librdkafka's random "
                          "choice), so they cannot be found by key.");
        return result;
    }
    if (kind == Kind::ConsistentRandom) {
        if (key->isEmpty()) {
            result.error = tr("An empty key has no partition with consistent_random: librdkafka "
                              "sends empty and null keys to a random partition. With murmur2 "
                              "(Java clients) an empty key has one.");
            return result;
        }
        result.partition = qint32(crc32(*key) % quint32(partitions));
        return result;
    }
    // Java's toPositive(): the sign bit cleared, not the absolute value.
    result.partition = qint32((murmur2(*key) & 0x7fffffffu) % quint32(partitions));
    return result;
}

QString Partitioner::name(Kind kind)
{
    return kind == Kind::Murmur2 ? QStringLiteral("murmur2") : QStringLiteral("consistent_random");
}

std::optional<Partitioner::Kind> Partitioner::fromName(const QString &name)
{
    for (Kind kind : {Kind::Murmur2, Kind::ConsistentRandom}) {
        if (name == Partitioner::name(kind))
            return kind;
    }
    return std::nullopt;
}

QString Partitioner::description(Kind kind)
{
    return kind == Kind::Murmur2
               ? tr("murmur2, as Java clients (and librdkafka set to murmur2_random) place keys")
               : tr("consistent_random (CRC32), as librdkafka clients place keys by default");
}
