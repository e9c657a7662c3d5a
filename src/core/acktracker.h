// AckTracker: per-message acknowledgement turned into Kafka commits, which are positions per
// partition ("every offset before N is done"). For each assigned partition it knows the
// offsets delivered and not yet acknowledged, and from them the position it may commit.
// Offsets are never assumed to be contiguous (compaction and transaction markers leave gaps).
#pragma once

#include "messageposition.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <set>

class AckTracker final
{
    Q_DECLARE_TR_FUNCTIONS(AckTracker)

public:
    enum class Mode {
        // Default. The committed position never passes an offset that is not acknowledged.
        Safe,
        // Ack on offset N commits N + 1 at once, as a plain commit(message) does, covering
        // every earlier offset of the partition whether acknowledged or not.
        KafkaNative,
        // The consumer commits by itself (enable.auto.commit); acknowledgements are refused.
        AutoCommit,
    };

    struct AckOutcome
    {
        MessagePosition message;
        bool accepted = false;
        QString refusal; // why not, in plain words, when not accepted
        // The position to commit now, or -1 when this ack moves nothing forward.
        qint64 commitPosition = -1;
        // After this ack: the lowest delivered offset still open in the partition (-1: none).
        qint64 lowestOpen = -1;
    };

    explicit AckTracker(Mode mode = Mode::Safe)
        : m_mode(mode)
    {}

    Mode mode() const { return m_mode; }

    // The group gave us this partition: consumption restarts at its committed position.
    void assign(qint32 partition, qint64 committedPosition = -1);
    // The partition was taken away: its open offsets can no longer be acknowledged.
    void revoke(qint32 partition);
    bool isAssigned(qint32 partition) const;

    // A message arrived. Delivering an offset again (after a seek) reopens it.
    void deliver(qint32 partition, qint64 offset);
    AckOutcome ack(qint32 partition, qint64 offset);

    // The position the group may commit for the partition: the lowest open offset, or one past
    // the highest delivered offset when none is open; -1 when nothing was delivered.
    qint64 committablePosition(qint32 partition) const;
    qint64 lowestOpen(qint32 partition) const;
    int openCount(qint32 partition) const;
    // The highest offset acknowledged one by one since the partition was assigned (-1: none).
    // Above lowestOpen(), it shows how far the acknowledgements reach past what may be committed.
    qint64 highestAcked(qint32 partition) const;

    // The broker confirmed a commit of position for the partition.
    void confirmCommitted(qint32 partition, qint64 position);
    // A commit of position for the partition failed (or could not be sent). It no longer counts
    // as requested, so the next ack or retry sends the acknowledged position again; a newer
    // request still on its way is left alone.
    void commitFailed(qint32 partition, qint64 position);
    qint64 committedPosition(qint32 partition) const;
    // Acknowledged positions the broker has not confirmed, whether a commit is on its way or
    // not: what must still be committed before the partition is given away.
    MessagePositions unconfirmedCommits() const;
    // Acknowledged positions of assigned partitions with no commit on its way (one failed):
    // what a retry sends. Each is counted as requested from here on.
    MessagePositions takeCommitsToRetry();
    // The group had no committed offset for the partition and the consumer starts at
    // position: true (and position counts as requested) when nothing was requested yet, so
    // committing it can never move the group's position back over a newer commit.
    bool requestStartPosition(qint32 partition, qint64 position);

private:
    struct Partition
    {
        bool assigned = false;
        std::set<qint64> open; // delivered, not acknowledged, not covered by a commit
        qint64 lowestDelivered = -1;
        qint64 highestDelivered = -1;
        qint64 highestAcked = -1;
        // Highest position to commit: what the acknowledgements allow, or the start position.
        qint64 wanted = -1;
        qint64 requested = -1; // highest position asked to be committed and not failed
        qint64 committed = -1; // highest position the broker confirmed
    };

    Mode m_mode;
    QHash<qint32, Partition> m_partitions;
};
