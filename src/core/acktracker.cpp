#include "acktracker.h"

#include <algorithm>

void AckTracker::assign(qint32 partition, qint64 committedPosition)
{
    Partition &p = m_partitions[partition];
    p.assigned = true;
    p.open.clear();
    p.highestDelivered = -1;
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
    if (it == m_partitions.end() || !it->assigned) {
        outcome.refusal = tr("Partition %1 is no longer assigned to this consumer (a rebalance "
                             "gave it away); the message will be delivered again to its new "
                             "owner.")
                              .arg(partition);
        return outcome;
    }
    Partition &p = *it;
    outcome.lowestOpen = p.open.empty() ? -1 : *p.open.begin();
    if (!p.open.contains(offset)) {
        if (offset < std::max(p.requested, p.committed) || offset <= p.highestDelivered) {
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

void AckTracker::confirmCommitted(qint32 partition, qint64 position)
{
    Partition &p = m_partitions[partition];
    p.committed = std::max(p.committed, position);
    p.requested = std::max(p.requested, p.committed);
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
        if (it->requested > it->committed)
            positions.append({it.key(), it->requested});
    }
    std::sort(positions.begin(), positions.end(),
              [](const MessagePosition &a, const MessagePosition &b) {
                  return a.partition < b.partition;
              });
    return positions;
}
