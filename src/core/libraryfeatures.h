// LibraryFeatures: what the librdkafka TopicDesk was built with (and runs with) can do, decided
// from its version, and why a feature is missing, in plain words for the window and the
// command line. One static function pair per feature: xAvailable() and xUnavailableReason().
#pragma once

#include <QCoreApplication>
#include <QString>

class LibraryFeatures final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryFeatures)

public:
    LibraryFeatures() = delete;

    // The librdkafka in use: "2.8.0" (rd_kafka_version_str()).
    static QString librdkafkaVersion();
    // True when both the librdkafka TopicDesk was compiled against and the one it runs with
    // are at least major.minor.
    static bool librdkafkaAtLeast(int major, int minor);
    // "needs librdkafka 2.4 or later; this build uses 2.0.2": the reason a feature that needs
    // major.minor is missing, to follow "X is not available: ".
    static QString needsLibrdkafka(int major, int minor);

    // Kafka 4's consumer group protocol (KIP-848, group.protocol=consumer): librdkafka 2.4 or
    // later (early access until 2.12).
    static bool groupProtocolAvailable();
    // Empty when available, else why not: "needs librdkafka 2.4 or later; this build uses
    // 2.0.2".
    static QString groupProtocolUnavailableReason();

    // The admin call ListOffsets (earliest, latest and max-timestamp offsets of many
    // partitions in one request): librdkafka 2.3 or later.
    static bool listOffsetsAvailable();
    // Empty when available, else why not: "needs librdkafka 2.3 or later; this build uses
    // 2.0.2".
    static QString listOffsetsUnavailableReason();

    // The admin calls DescribeTopics and DescribeCluster (a topic's id, Kafka's topic UUID, and
    // the cluster's id and controller as the admin API gives them): librdkafka 2.3 or later.
    static bool describeAvailable();
    // Empty when available, else why not: "needs librdkafka 2.3 or later; this build uses
    // 2.0.2".
    static QString describeUnavailableReason();
};
