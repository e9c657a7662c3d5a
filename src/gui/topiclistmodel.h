// TopicListModel: the cluster's topics with their partition counts. Kafka's internal topics
// (__consumer_offsets and the like) are left out.
#pragma once

#include "topicinfo.h"

#include <QAbstractTableModel>

class TopicListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PartitionsColumn, ColumnCount };

    explicit TopicListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the list (one reset per metadata refresh).
    void setTopics(const QList<TopicInfo> &topics);
    // Row of the named topic, or -1.
    int rowOf(const QString &name) const;
    QString topicAt(int row) const;

private:
    QList<TopicInfo> m_topics;
};
