#include "partitionoffsetsmodel.h"

#include "glossarydialog.h"
#include "languagechangewatcher.h"

namespace {
QVariant offsetText(qint64 offset)
{
    return offset < 0 ? QVariant(QStringLiteral("–")) : QVariant(offset);
}
} // namespace

PartitionOffsetsModel::PartitionOffsetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Its header and cell texts are translated as they are asked for: after a language
    // change, the views ask again.
    LanguageChangeWatcher::retranslateTexts(this);
}

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
                   : tr("Nothing committed yet: every offset from the log start counts.");
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
            // As kafka-consumer-groups' LOG-END-OFFSET: short, and paired with "Log start".
            return tr("Log end", "the high watermark, for a column header");
        case LagColumn:
            return tr("Lag");
        }
    } else if (role == Qt::ToolTipRole) {
        const QString hint = GlossaryDialog::toolTipHint();
        switch (section) {
        case PartitionColumn:
            return tr("The partitions this consumer reads. %1").arg(hint);
        case LogStartColumn:
            return tr("The oldest offset still kept in the partition (older ones were deleted "
                      "by retention; reading deletes nothing). %1")
                .arg(hint);
        case CommittedColumn:
            return tr("The group's committed offset, stored by Kafka in __consumer_offsets: a "
                      "restarted consumer resumes here. %1")
                .arg(hint);
        case PositionColumn:
            return tr("The consumer's position: the next offset it will fetch. It runs ahead "
                      "of the committed offset. %1")
                .arg(hint);
        case HighWatermarkColumn:
            return tr("The high watermark: the offset right after the last message consumers can "
                      "read. %1")
                .arg(hint);
        case LagColumn:
            return tr("Offsets not committed yet: high watermark minus committed offset (minus "
                      "the log start while nothing is committed). It counts offsets, not "
                      "messages: gaps left by compaction or transactions count too. %1")
                .arg(hint);
        }
    } else if (role == Qt::WhatsThisRole) {
        switch (section) {
        case PartitionColumn:
            return GlossaryDialog::whatsThis(tr("A partition of the topic, assigned to this "
                                                "consumer."),
                                             QStringLiteral("partition"),
                                             tr("Glossary: partition"));
        case LogStartColumn:
            return GlossaryDialog::whatsThis(tr("The lowest offset the partition still keeps."),
                                             QStringLiteral("log-start"),
                                             tr("Glossary: log start"));
        case CommittedColumn:
            return GlossaryDialog::whatsThis(tr("Where the group resumes reading this partition."),
                                             QStringLiteral("commit"),
                                             tr("Glossary: commit (committed offset)"));
        case PositionColumn:
            return GlossaryDialog::whatsThis(
                tr("The next offset this consumer fetches. Fetching is not committing: only a "
                   "commit moves the committed offset."),
                QStringLiteral("offset"), tr("Glossary: offset"));
        case HighWatermarkColumn:
            return GlossaryDialog::whatsThis(
                tr("The high watermark: consumers read up to it, never past it."),
                QStringLiteral("high-watermark"), tr("Glossary: high watermark"));
        case LagColumn:
            return GlossaryDialog::whatsThis(tr("How far the group is behind on this partition."),
                                             QStringLiteral("lag"), tr("Glossary: lag"));
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
