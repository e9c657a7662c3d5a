#include "currentrowfollower.h"

#include "messagetablemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QEvent>
#include <QItemSelectionModel>

CurrentRowFollower::CurrentRowFollower(QAbstractItemView *view, const MessageTableModel *messages,
                                       QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_watched(view)
    , m_messages(messages)
{
    view->installEventFilter(this);
    trackSelectionModel();
}

CurrentRowFollower::~CurrentRowFollower()
{
    if (m_view)
        m_view->removeEventFilter(this);
}

int CurrentRowFollower::currentRow() const
{
    if (!m_view || !m_messages)
        return -1;
    const int row = messageRow(m_view->currentIndex(), m_messages);
    return row < m_messages->rowCount() ? row : -1;
}

int CurrentRowFollower::messageRow(const QModelIndex &viewIndex, const MessageTableModel *messages)
{
    QModelIndex index = viewIndex;
    while (index.isValid() && index.model() != messages) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return -1;
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? index.row() : -1;
}

bool CurrentRowFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded && watched == m_watched) {
        // The child may be a selection model the view is making: it is not one yet while its
        // QObject part is built (so no qobject_cast now), and the view sets it as its selection
        // model right after. Look again once that is done.
        QMetaObject::invokeMethod(this, &CurrentRowFollower::trackSelectionModel,
                                  Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void CurrentRowFollower::trackSelectionModel()
{
    if (!m_view || m_view->selectionModel() == m_selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = m_view->selectionModel();
    if (m_selection)
        connect(m_selection, &QItemSelectionModel::currentChanged, this,
                [this] { emit currentChanged(currentRow()); });
    emit currentChanged(currentRow());
}
