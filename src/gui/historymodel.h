// HistoryModel: every message sent from the compose box with its delivery report, newest last,
// capped so a long session stays small. Each entry keeps the request, to send it again or save
// it as a template.
#pragma once

#include "deliveryreport.h"
#include "producerequest.h"

#include <QAbstractTableModel>
#include <QDateTime>

class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TopicColumn,
        PartitionColumn,
        OffsetColumn,
        LatencyColumn,
        KeyColumn,
        ValueColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void addSend(quint64 requestId, const ProduceRequest &request);
    // Fills in the report of the matching send; false when it is not in the history.
    bool setReport(const DeliveryReport &report);
    const ProduceRequest &request(int row) const { return m_entries.at(row).request; }

    static constexpr int Cap = 1000;

private:
    struct Entry
    {
        quint64 requestId = 0;
        QDateTime sentAt;
        ProduceRequest request;
        DeliveryReport report;
        bool answered = false;
    };
    QList<Entry> m_entries;
};
