// PartitionOffsets: where one assigned partition stands, for the offsets panel.
#pragma once

#include <QList>
#include <QMetaType>

struct PartitionOffsets
{
    qint32 partition = -1;
    qint64 logStart = -1;      // oldest offset still in the log
    qint64 committed = -1;     // the group's committed position (-1: none)
    qint64 position = -1;      // the next offset this consumer will fetch (-1: not yet known)
    qint64 highWatermark = -1; // one past the last offset readable
    bool paused = false;
    // From this consumer's acknowledgements (AckTracker), for the offset bars:
    qint64 committable = -1;  // the position the acks allow committing: the lowest un-acked
                              // offset, or one past the last delivered (-1: nothing delivered)
    qint64 highestAcked = -1; // the highest offset acked since the partition was assigned
    int openCount = 0;        // delivered offsets not acked yet

    // The offsets the lowest un-acked one holds back: from it up to the highest acked offset.
    // Those acked among them are done but cannot be committed until it is acked (0: none).
    qint64 heldBack() const
    {
        if (committable < 0 || highestAcked < committable)
            return 0;
        return highestAcked + 1 - committable;
    }

    // Messages the group has not committed yet (-1 when unknown): with nothing committed,
    // every message still in the log.
    qint64 lag() const
    {
        const qint64 from = committed >= 0 ? committed : logStart;
        if (highWatermark < 0 || from < 0)
            return -1;
        return std::max<qint64>(0, highWatermark - from);
    }

    friend bool operator==(const PartitionOffsets &, const PartitionOffsets &) = default;
};

using PartitionOffsetsList = QList<PartitionOffsets>;

Q_DECLARE_METATYPE(PartitionOffsets)
