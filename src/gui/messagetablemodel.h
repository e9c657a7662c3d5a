// MessageTableModel: the live message table. Keeps the raw records of the newest `cap`
// messages (the oldest leave first), inserts each consumer batch with one beginInsertRows,
// and builds display text only when data() asks for it.
#pragma once

#include "kafkamessage.h"

#include <QAbstractTableModel>

#include <deque>

class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role { PartitionRole = Qt::UserRole + 1, OffsetRole };

    explicit MessageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendBatch(const KafkaMessageBatch &batch);
    void clear();
    const KafkaMessage &message(int row) const { return m_rows[size_t(row)]; }

    int cap() const { return m_cap; }
    // Drops the oldest rows at once if there are more than the new cap.
    void setCap(int cap);

    static constexpr int DefaultCap = 100000;
    static constexpr int PreviewBytes = 200;

private:
    void removeOldest(int count);

    std::deque<KafkaMessage> m_rows;
    int m_cap = DefaultCap;
};
