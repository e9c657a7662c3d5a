// Partitioner: the partition a producer's default partitioner puts a keyed record in, computed
// the way the clients do it, so that a key's messages can be looked for in that one partition:
// murmur2 as the Java client (and librdkafka's "murmur2"/"murmur2_random"), or CRC32 as
// librdkafka's own default "consistent_random" (and "consistent").
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Partitioner final
{
    Q_DECLARE_TR_FUNCTIONS(Partitioner)

public:
    enum class Kind {
        // Java's default for a keyed record: toPositive(murmur2(key)) % partitions.
        Murmur2,
        // librdkafka's default: crc32(key) % partitions; an empty or null key goes anywhere.
        ConsistentRandom,
    };
    static constexpr int MaxPartitions = 100000;

    // Kafka's murmur2 (Utils.murmur2: MurmurHash2, seed 0x9747b28c, little-endian words).
    static quint32 murmur2(QByteArrayView key);
    // The CRC-32 of zlib and librdkafka's rd_crc32 (reflected polynomial 0xEDB88320).
    static quint32 crc32(QByteArrayView key);

    struct Result
    {
        qint32 partition = -1; // -1: none, and error says why
        QString error;
    };
    // The partition of a record with this key (std::nullopt: a null key) in a topic with this
    // many partitions. There is none when the count is outside 1..MaxPartitions, or when the
    // partitioner spreads such a key at random: a null key for both (Java's sticky partitioner,
    // librdkafka's random), and also an empty key for consistent_random.
    static Result partitionFor(Kind kind, const std::optional<QByteArray> &key, int partitions);

    // "murmur2" or "consistent_random", as the command line and librdkafka's property name them.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);
    // Which clients place records this way, in plain words.
    static QString description(Kind kind);
};
