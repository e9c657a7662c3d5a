#include "partitionoffsetsmodel.h"

namespace {
QVariant offsetText(qint64 offset)
{
    return offset < 0 ? QVariant(QStringLiteral("–")) : QVariant(offset);
}
} // namespace

PartitionOffsetsModel::PartitionOffsetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PartitionOffsetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offsets.size());
}

int PartitionOffsetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartitionOffsetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartitionOffsets &o = m_offsets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PartitionColumn:
            return o.paused ? tr("%1 (paused)").arg(o.partition) : QString::number(o.partition);
        case LogStartColumn:
            return offsetText(o.logStart);
        case CommittedColumn:
            return offsetText(o.committed);
        case PositionColumn:
            return offsetText(o.position);
        case HighWatermarkColumn:
            return offsetText(o.highWatermark);
        case LagColumn:
            return offsetText(o.lag());
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && o.committed < 0 &&
               (index.column() == CommittedColumn || index.column() == LagColumn)) {
        return index.column() == CommittedColumn
                   ? tr("The group has not committed anything on this partition yet.")
                   : tr("Nothing committed yet: every message from the log start counts.");
    }
    return {};
}

QVariant PartitionOffsetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PartitionColumn:
            return tr("Partition");
        case LogStartColumn:
            return tr("Log start");
        case CommittedColumn:
            return tr("Committed");
        case PositionColumn:
            return tr("Position");
        case HighWatermarkColumn:
            return tr("High w/m", "high watermark, abbreviated for a column header");
        case LagColumn:
            return tr("Lag");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case LogStartColumn:
            return tr("The oldest offset still kept in the partition (older ones were deleted "
                      "by retention)");
        case CommittedColumn:
            return tr("The group's committed position, stored by Kafka in __consumer_offsets: "
                      "a restarted consumer resumes here");
        case PositionColumn:
            return tr("The next offset this consumer will fetch");
        case HighWatermarkColumn:
            return tr("High watermark: the offset right after the last message consumers can read");
        case LagColumn:
            return tr("Messages not committed yet: high watermark minus committed (minus the log "
                      "start while nothing is committed)");
        }
    }
    return {};
}

void PartitionOffsetsModel::setOffsets(const PartitionOffsetsList &offsets)
{
    bool samePartitions = offsets.size() == m_offsets.size();
    for (qsizetype i = 0; samePartitions && i < offsets.size(); ++i)
        samePartitions = offsets.at(i).partition == m_offsets.at(i).partition;
    if (!samePartitions) {
        beginResetModel();
        m_offsets = offsets;
        endResetModel();
        return;
    }
    m_offsets = offsets;
    if (!m_offsets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

qint32 PartitionOffsetsModel::partitionAt(int row) const
{
    return row >= 0 && row < m_offsets.size() ? m_offsets.at(row).partition : -1;
}
