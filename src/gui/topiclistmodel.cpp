#include "topiclistmodel.h"

#include "languagechangewatcher.h"

TopicListModel::TopicListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Its header and cell texts are translated as they are asked for: after a language
    // change, the views ask again.
    LanguageChangeWatcher::retranslateTexts(this);
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int TopicListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicInfo &topic = m_topics.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == NameColumn ? QVariant(topic.name) : QVariant(topic.partitionCount);
    if (role == Qt::ToolTipRole)
        return tr("%1: %n partition(s)", nullptr, topic.partitionCount).arg(topic.name);
    if (role == Qt::TextAlignmentRole && index.column() == PartitionsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TopicListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Topic") : tr("Partitions");
}

void TopicListModel::setTopics(const QList<TopicInfo> &topics)
{
    beginResetModel();
    m_topics.clear();
    for (const TopicInfo &topic : topics) {
        if (!topic.isInternal())
            m_topics.append(topic);
    }
    endResetModel();
}

int TopicListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_topics.size(); ++row) {
        if (m_topics.at(row).name == name)
            return row;
    }
    return -1;
}

QString TopicListModel::topicAt(int row) const
{
    return row >= 0 && row < m_topics.size() ? m_topics.at(row).name : QString();
}
