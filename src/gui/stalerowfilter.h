// StaleRowFilter: the message table without its Stale rows (messages of partitions this
// consumer lost, which re-reads and rebalances leave behind beside their redelivered copies).
// Used only while the user hides them, so the usual table pays nothing for it.
#pragma once

#include <QSortFilterProxyModel>

class MessageTableModel;

class StaleRowFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StaleRowFilter(MessageTableModel *messages, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageTableModel *m_messages;
};
