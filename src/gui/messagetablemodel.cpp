#include "messagetablemodel.h"

#include "payloadformat.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KafkaMessage &m = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartitionColumn:
            return m.partition;
        case OffsetColumn:
            return m.offset;
        case TimestampColumn:
            if (m.timestampMs < 0)
                return tr("none", "no timestamp");
            return QDateTime::fromMSecsSinceEpoch(m.timestampMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case KeyColumn:
            return m.keyIsNull ? tr("(null)") : PayloadFormat::preview(m.key, PreviewBytes);
        case ValueColumn:
            return m.valueIsNull ? tr("(null)") : PayloadFormat::preview(m.value, PreviewBytes);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !m.valueIsNull)
            return tr("%n byte(s)", nullptr, int(m.value.size()));
        if (index.column() == KeyColumn && m.keyIsNull)
            return tr("This message has no key.");
        break;
    case Qt::FontRole:
        if ((index.column() == KeyColumn && m.keyIsNull) ||
            (index.column() == ValueColumn && m.valueIsNull)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if ((index.column() == KeyColumn && m.keyIsNull) ||
            (index.column() == ValueColumn && m.valueIsNull))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartitionColumn || index.column() == OffsetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PartitionRole:
        return m.partition;
    case OffsetRole:
        return m.offset;
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case TimestampColumn:
        return tr("Timestamp");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

void MessageTableModel::appendBatch(const KafkaMessageBatch &batch)
{
    if (batch.isEmpty() || m_cap <= 0)
        return;
    // Only the newest `cap` messages of the batch can stay.
    const qsizetype first = std::max<qsizetype>(0, batch.size() - m_cap);
    const int incoming = int(batch.size() - first);
    const int overflow = int(m_rows.size()) + incoming - m_cap;
    if (overflow > 0)
        removeOldest(overflow);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + incoming - 1);
    m_rows.insert(m_rows.end(), batch.cbegin() + first, batch.cend());
    endInsertRows();
}

void MessageTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void MessageTableModel::setCap(int cap)
{
    m_cap = std::max(1, cap);
    if (int(m_rows.size()) > m_cap)
        removeOldest(int(m_rows.size()) - m_cap);
}

void MessageTableModel::removeOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}
