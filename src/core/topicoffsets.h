// TopicOffsets: where each partition of one topic stands on the cluster (its oldest offset,
// the next offset to be written, and the offset and time of its newest message), asked with a
// short-lived client, off the GUI thread. Built with librdkafka 2.3 or later it uses the admin
// call ListOffsets: one request per kind for all partitions at once, and the newest message by
// timestamp (KIP-734), which librdkafka 2.0 cannot ask for. Built with an older librdkafka it
// asks each partition's watermarks in turn, and says why the newest messages are unknown.
// Each partition's leader, replicas and in-sync replicas come from the metadata on every build;
// with librdkafka 2.3 or later from DescribeTopics, which also gives the topic's id (Kafka's
// topic UUID), and DescribeCluster gives the cluster's id and controller. Built with an older
// librdkafka, or against the Sandbox (whose controller is none of its brokers, so that the
// two calls would wait for it), the cluster's id and controller come from the metadata; built
// with an older librdkafka topicIdUnavailable says why the topic id is unknown.
#pragma once

#include "connectionconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

struct PartitionEnds
{
    qint32 partition = -1;
    qint64 earliest = -1;          // the oldest offset still in the log
    qint64 next = -1;              // one past the last offset (the high watermark)
    qint64 newestOffset = -1;      // the message with the largest timestamp (-1: empty, unknown)
    qint64 newestTimestampMs = -1; // its timestamp, ms since the epoch (-1: empty, unknown)
    qint32 leader = -1;            // the broker id of its leader (-1: none now)
    QList<qint32> replicas;        // the brokers that keep a copy, the preferred leader first
    QList<qint32> inSync;          // the replicas caught up with the leader (the ISR)

    // Messages in the log now (-1 when unknown).
    qint64 messageCount() const { return earliest >= 0 && next >= earliest ? next - earliest : -1; }
    // True when some replica is not in sync (a broker behind or down).
    bool underReplicated() const { return inSync.size() < replicas.size(); }
};

struct TopicOffsetsListing
{
    QString topic;
    QList<PartitionEnds> partitions; // in partition order
    // True when the newest messages were asked for (newestOffset and newestTimestampMs mean
    // what they say); else newestUnavailable says why not in plain words.
    bool newestKnown = false;
    QString newestUnavailable;
    bool usedListOffsets = false; // the admin call ListOffsets gave the offsets
    // The cluster's id (empty: unknown) and the broker id of its controller (-1: unknown; a
    // KRaft cluster names one of its brokers, as Kafka does for clients).
    QString clusterId;
    qint32 controllerId = -1;
    // The topic's id as Kafka prints it (22 characters of URL-safe Base64); empty when unknown,
    // and then topicIdUnavailable says why when the library cannot ask (empty when the cluster
    // did not tell or was not asked: a cluster older than Kafka 2.8, the Sandbox).
    QString topicId;
    QString topicIdUnavailable;
    bool usedDescribeTopics = false;  // DescribeTopics gave the replicas and the topic id
    bool usedDescribeCluster = false; // DescribeCluster gave the cluster's id and controller
    QString error;                    // empty on success
};

Q_DECLARE_METATYPE(TopicOffsetsListing)

class TopicOffsets final
{
    Q_DECLARE_TR_FUNCTIONS(TopicOffsets)

public:
    TopicOffsets() = delete;

    // Blocking: lists the partitions of `topic` with their offsets within about timeoutMs.
    // The sandbox answers too. On failure the listing's error says why.
    static TopicOffsetsListing fetch(const ConnectionConfig &config, const QString &topic,
                                     int timeoutMs);
};
