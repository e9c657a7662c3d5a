// TopicOffsets: where each partition of one topic stands on the cluster (its oldest offset,
// the next offset to be written, and the offset and time of its newest message), asked with a
// short-lived client, off the GUI thread. Built with librdkafka 2.3 or later it uses the admin
// call ListOffsets: one request per kind for all partitions at once, and the newest message by
// timestamp (KIP-734), which librdkafka 2.0 cannot ask for. Built with an older librdkafka it
// asks each partition's watermarks in turn, and says why the newest messages are unknown.
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

    // Messages in the log now (-1 when unknown).
    qint64 messageCount() const { return earliest >= 0 && next >= earliest ? next - earliest : -1; }
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
    QString error;                // empty on success
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
