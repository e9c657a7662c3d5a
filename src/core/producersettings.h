// ProducerSettings: how the producer sends: how many acknowledgements it waits for, how it
// picks partitions, and whether it compresses. Changing them means a new librdkafka producer.
#pragma once

struct ProducerSettings
{
    enum class Acks {
        None = 0,   // acks=0: nobody answers; the offset stays unknown
        Leader = 1, // acks=1: the partition leader has written it
        All = -1,   // acks=all: every in-sync replica has it
    };
    enum class Partitioner {
        Default,    // librdkafka's consistent_random: by key, random without one
        Murmur2,    // murmur2_random: the same partition the Java client picks for a key
        RoundRobin, // one partition after the other, key or not
    };
    enum class Compression { None, Gzip, Snappy, Lz4, Zstd };

    Acks acks = Acks::All;
    Partitioner partitioner = Partitioner::Default;
    Compression compression = Compression::None;

    friend bool operator==(const ProducerSettings &, const ProducerSettings &) = default;
};
