// ConsumerOptions: how a ConsumerWorker reads a topic: in a consumer group or browsing, where a
// new group starts, and how acknowledgements become commits.
#pragma once

#include "acktracker.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

struct ConsumerOptions
{
    enum class Mode {
        // Subscribe with the group id: the group's leader member assigns partitions (the
        // coordinator passes the assignment on), commits record progress, and other members
        // of the group share the partitions.
        Group,
        // Assign every partition directly, without a group: nothing is committed and no
        // group is left behind. For looking at a topic without disturbing anyone.
        Browse,
    };
    enum class StartFrom { Earliest, Latest };

    Mode mode = Mode::Group;
    // Where a group without committed offsets (or browsing) starts.
    StartFrom startFrom = StartFrom::Earliest;
    AckTracker::Mode commitMode = AckTracker::Mode::Safe;
    // Where to start reading each partition the first time it is assigned, overriding the
    // committed offset: an offset, or the first message at or after a time (-1: neither).
    qint64 startOffset = -1;
    qint64 startTimestampMs = -1;
    // The highest offset per partition delivered earlier in this session (before a restart or
    // a topic switch back): anything at or below it arrives marked as redelivered.
    QHash<qint32, qint64> previouslySeen;
    // Browse mode: read only these partitions (empty: all of them).
    QList<qint32> onlyPartitions;
    // Deliver only the records whose key is exactly these bytes (a null key never matches, an
    // empty one only an empty key); the others are counted as skipped. std::nullopt: every
    // record. Finding a key's messages sets this and the key's partition, browsing.
    std::optional<QByteArray> onlyKey;
    // Step mode, for explaining pull, ack and commit slowly: the consumer hands over one
    // message per ConsumerWorker::grantStep() (Next) and keeps its partitions paused between.
    bool stepMode = false;
};
