// CurrentRowFollower: which row of the message table a view's current index shows, as it
// changes. It maps the index through the proxy models a filter or a sort puts between the view
// and the table, and keeps following when the view is given another model and so makes itself
// a new selection model. The Message details and Journey panels show the current row through
// one each.
#pragma once

#include <QObject>
#include <QPointer>

class MessageTableModel;
class QAbstractItemView;
class QItemSelectionModel;
class QModelIndex;

class CurrentRowFollower final : public QObject
{
    Q_OBJECT
public:
    CurrentRowFollower(QAbstractItemView *view, const MessageTableModel *messages,
                       QObject *parent = nullptr);
    ~CurrentRowFollower() override;

    // The table row of the view's current index; -1 for none (or no view any more).
    int currentRow() const;
    // The table row of a view index, through any proxy models over messages; -1 for none.
    static int messageRow(const QModelIndex &viewIndex, const MessageTableModel *messages);

signals:
    // The view's current index moved (or its selection model was replaced): row is
    // currentRow(), perhaps the same row as before.
    void currentChanged(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void trackSelectionModel();

    QPointer<QAbstractItemView> m_view;
    // The same view as a plain QObject, for eventFilter(): events also come while the view is
    // being destroyed, when it is no longer a QAbstractItemView to cast to.
    const QObject *m_watched;
    const MessageTableModel *m_messages;
    QPointer<QItemSelectionModel> m_selection;
};
