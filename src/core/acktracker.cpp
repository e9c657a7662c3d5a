#include "acktracker.h"

#include <algorithm>

void AckTracker::assign(qint32 partition, qint64 committedPosition)
{
    Partition &p = m_partitions[partition];
    p.assigned = true;
    p.open.clear();
    p.lowestDelivered = -1;
    p.highestDelivered = -1;
    p.highestAcked = -1;
    // Acknowledgements of an earlier assignment do not count: what they covered comes back
    // from the committed position, and committing them now would pass those messages.
    p.wanted = -1;
    p.committed = std::max(p.committed, committedPosition);
    p.requested = std::max(p.requested, p.committed);
}

void AckTracker::revoke(qint32 partition)
{
    auto it = m_partitions.find(partition);
    if (it == m_partitions.end())
        return;
    it->assigned = false;
    it->open.clear();
    it->wanted = -1;
    it->highestAcked = -1;
}

bool AckTracker::isAssigned(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    return it != m_partitions.cend() && it->assigned;
}

void AckTracker::deliver(qint32 partition, qint64 offset)
{
    Partition &p = m_partitions[partition];
    p.assigned = true;
    p.open.insert(offset);
    if (p.lowestDelivered < 0 || offset < p.lowestDelivered)
        p.lowestDelivered = offset;
    p.highestDelivered = std::max(p.highestDelivered, offset);
}

AckTracker::AckOutcome AckTracker::ack(qint32 partition, qint64 offset)
{
    AckOutcome outcome;
    outcome.message = {partition, offset};
    auto it = m_partitions.find(partition);
    if (m_mode == Mode::AutoCommit) {
        outcome.refusal = tr("Auto-commit is on: the consumer commits by itself, so there is "
                             "nothing to acknowledge.");
        return outcome;
    }
    if (it == m_partitions.end()) {
        outcome.refusal = tr("Partition %1 is not assigned to this consumer: the group gave it "
                             "to another member, or has not assigned it yet.")
                              .arg(partition);
        return outcome;
    }
    if (!it->assigned) {
        outcome.refusal = tr("Partition %1 is no longer assigned to this consumer (a rebalance "
                             "gave it away); the message will be delivered again to its new "
                             "owner.")
                              .arg(partition);
        return outcome;
    }
    Partition &p = *it;
    outcome.lowestOpen = p.open.empty() ? -1 : *p.open.begin();
    if (!p.open.contains(offset)) {
        // Below the committed position, or delivered and no longer open: acknowledged before,
        // or covered by a commit. Anything else never reached this consumer since the
        // partition was assigned (before where it started, or not fetched yet).
        const bool delivered =
            p.lowestDelivered >= 0 && offset >= p.lowestDelivered && offset <= p.highestDelivered;
        if (offset < p.committed || delivered) {
            // Acked before, or covered by a commit: acknowledging again changes nothing.
            outcome.accepted = true;
            return outcome;
        }
        outcome.refusal = tr("Offset %1 of partition %2 was not delivered to this consumer.")
                              .arg(offset)
                              .arg(partition);
        return outcome;
    }
    outcome.accepted = true;
    p.highestAcked = std::max(p.highestAcked, offset);
    qint64 position = -1;
    if (m_mode == Mode::KafkaNative) {
        // Everything up to and including offset is covered by committing offset + 1.
        p.open.erase(p.open.begin(), p.open.upper_bound(offset));
        position = offset + 1;
    } else {
        p.open.erase(offset);
        position = p.open.empty() ? p.highestDelivered + 1 : *p.open.begin();
    }
    outcome.lowestOpen = p.open.empty() ? -1 : *p.open.begin();
    p.wanted = std::max(p.wanted, position);
    if (position > p.requested) {
        p.requested = position;
        outcome.commitPosition = position;
    }
    return outcome;
}

qint64 AckTracker::committablePosition(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    if (it == m_partitions.cend() || it->highestDelivered < 0)
        return -1;
    return it->open.empty() ? it->highestDelivered + 1 : *it->open.begin();
}

qint64 AckTracker::lowestOpen(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    return it == m_partitions.cend() || it->open.empty() ? -1 : *it->open.begin();
}

int AckTracker::openCount(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    return it == m_partitions.cend() ? 0 : int(it->open.size());
}

qint64 AckTracker::highestAcked(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    return it == m_partitions.cend() ? -1 : it->highestAcked;
}

void AckTracker::confirmCommitted(qint32 partition, qint64 position)
{
    Partition &p = m_partitions[partition];
    p.committed = std::max(p.committed, position);
    p.requested = std::max(p.requested, p.committed);
}

void AckTracker::commitFailed(qint32 partition, qint64 position)
{
    const auto it = m_partitions.find(partition);
    if (it == m_partitions.end() || position < it->requested)
        return; // a newer request is on its way; it covers this one
    it->requested = it->committed;
}

qint64 AckTracker::committedPosition(qint32 partition) const
{
    const auto it = m_partitions.constFind(partition);
    return it == m_partitions.cend() ? -1 : it->committed;
}

MessagePositions AckTracker::unconfirmedCommits() const
{
    MessagePositions positions;
    for (auto it = m_partitions.cbegin(); it != m_partitions.cend(); ++it) {
        const qint64 wanted = std::max(it->wanted, it->requested);
        if (wanted > it->committed)
            positions.append({it.key(), wanted});
    }
    std::sort(positions.begin(), positions.end(),
              [](const MessagePosition &a, const MessagePosition &b) {
                  return a.partition < b.partition;
              });
    return positions;
}

MessagePositions AckTracker::takeCommitsToRetry()
{
    MessagePositions positions;
    for (auto it = m_partitions.begin(); it != m_partitions.end(); ++it) {
        if (it->assigned && it->wanted > std::max(it->requested, it->committed)) {
            it->requested = it->wanted;
            positions.append({it.key(), it->wanted});
        }
    }
    std::sort(positions.begin(), positions.end(),
              [](const MessagePosition &a, const MessagePosition &b) {
                  return a.partition < b.partition;
              });
    return positions;
}

bool AckTracker::requestStartPosition(qint32 partition, qint64 position)
{
    const auto it = m_partitions.find(partition);
    if (it == m_partitions.end() || !it->assigned || it->requested >= 0 || it->committed >= 0 ||
        it->wanted >= 0 || position < 0)
        return false;
    it->wanted = position;
    it->requested = position;
    return true;
}
