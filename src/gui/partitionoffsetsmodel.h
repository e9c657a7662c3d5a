// PartitionOffsetsModel: where every assigned partition stands: log start, the group's
// committed offset, the consumer's position, the high watermark and the lag.
#pragma once

#include "partitionoffsets.h"

#include <QAbstractTableModel>

class PartitionOffsetsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        LogStartColumn,
        CommittedColumn,
        PositionColumn,
        HighWatermarkColumn,
        LagColumn,
        ColumnCount
    };

    explicit PartitionOffsetsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Updates the numbers in place when the same partitions are assigned (one dataChanged),
    // and resets only when the assignment changed.
    void setOffsets(const PartitionOffsetsList &offsets);
    const PartitionOffsetsList &offsets() const { return m_offsets; }
    qint32 partitionAt(int row) const;

private:
    PartitionOffsetsList m_offsets;
};
