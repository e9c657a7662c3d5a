#include "historymodel.h"

#include "languagechangewatcher.h"
#include "payloadformat.h"
#include "statuscolours.h"

#include <QBrush>
#include <QColor>

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Its header and cell texts are translated as they are asked for: after a language
    // change, the views ask again.
    LanguageChangeWatcher::retranslateTexts(this);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.sentAt.toString(QStringLiteral("HH:mm:ss.zzz"));
        case TopicColumn:
            return e.request.topic;
        case PartitionColumn:
            return e.answered && e.report.partition >= 0 ? QVariant(e.report.partition)
                                                         : QVariant(QStringLiteral("–"));
        case OffsetColumn:
            if (!e.answered)
                return tr("sending…");
            if (!e.report.delivered())
                return tr("failed");
            return e.report.offset >= 0 ? QVariant(e.report.offset) : QVariant(tr("unknown"));
        case LatencyColumn:
            return e.answered && e.report.latencyUs >= 0
                       ? QVariant(tr("%1 ms").arg(e.report.latencyUs / 1000.0, 0, 'f', 1))
                       : QVariant();
        case KeyColumn:
            return e.request.key ? PayloadFormat::preview(*e.request.key, 60) : tr("(null)");
        case ValueColumn:
            return e.request.valueIsNull ? tr("(null)")
                                         : PayloadFormat::preview(e.request.value, 120);
        }
    } else if (role == Qt::ToolTipRole && e.answered && !e.report.delivered()) {
        return e.report.error;
    } else if (role == Qt::ForegroundRole && e.answered && !e.report.delivered()) {
        return QBrush(StatusColours::colour(StatusColours::Role::Error));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Sent");
    case TopicColumn:
        return tr("Topic");
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case LatencyColumn:
        return tr("Latency");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

void HistoryModel::addSend(quint64 requestId, const ProduceRequest &request)
{
    if (m_entries.size() >= Cap) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({requestId, QDateTime::currentDateTime(), request, {}, false});
    endInsertRows();
}

bool HistoryModel::setReport(const DeliveryReport &report)
{
    // Reports come back roughly in send order: look from the newest.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &e = m_entries[row];
        if (e.requestId != report.requestId)
            continue;
        e.report = report;
        e.answered = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}
