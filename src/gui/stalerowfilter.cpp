#include "stalerowfilter.h"

#include "messagetablemodel.h"

StaleRowFilter::StaleRowFilter(MessageTableModel *messages, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_messages(messages)
{
    setSourceModel(messages);
    // A row turns stale through dataChanged: it leaves the view then.
    setDynamicSortFilter(true);
    setFilterRole(MessageTableModel::StateRole);
}

bool StaleRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() &&
           m_messages->state(sourceRow) != MessageTableModel::State::Stale;
}
