// MessagesPanel: the live message table and its commands: start or stop the consumer, pause,
// ack the selected rows (Space) or every row up to one, copy rows, follow the newest message,
// clear the table, hide stale rows, the row cap, and the filter bar (Ctrl+F) and sorting by a
// column header, which show the table through a MessageFilterProxy (the view shows the model
// itself while neither is on; the proxy keeps its row list up to date all along, about 9 bytes
// a row). The rows come from the SessionController's model; acks go back through it, by the
// model's rows.
#pragma once

#include <QWidget>

#include <memory>

class FilterBar;
class MessageFilterProxy;
class MessageTableModel;
class MessageTableView;
class QAbstractItemModel;
class SessionController;
namespace Ui {
class MessagesPanel;
}

class MessagesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MessagesPanel(SessionController *controller, QWidget *parent = nullptr);
    ~MessagesPanel() override;

    MessageTableView *view() const;

    QAction *consumeAction() const { return m_consumeAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *ackSelectedAction() const { return m_ackSelectedAction; }
    QAction *ackUpToAction() const { return m_ackUpToAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *followNewestAction() const { return m_followNewestAction; }
    QAction *clearTableAction() const { return m_clearTableAction; }
    QAction *hideStaleAction() const { return m_hideStaleAction; }
    QAction *filterAction() const { return m_filterAction; }
    // Step mode (checkable) and Next message (F10, while stepping and consuming, not paused):
    // the consumer fetches one message per Next, and the newest row becomes the current one.
    QAction *stepModeAction() const { return m_stepModeAction; }
    QAction *nextMessageAction() const { return m_nextMessageAction; }
    FilterBar *filterBar() const { return m_filterBar; }
    // A consumer command of another panel (adding a member to the group) offered in the rows'
    // context menu too.
    void addConsumerCommand(QAction *action);
    MessageFilterProxy *filterProxy() const { return m_proxy; }

    // The model's row of an index of the view (the view may show the filter's rows), or -1.
    int sourceRow(const QModelIndex &viewIndex) const;
    // The view's index of the model's row, or an invalid one when the filter hides it.
    QModelIndex viewIndex(int sourceRow, int column = 0) const;

    // The table's rows (of its model, not of the view) that are selected, in table order.
    QList<int> selectedRows() const;
    // The selected rows as text, one line each: partition, offset, timestamp, key and value
    // separated by tabs, the whole key and value (tabs and line breaks in them escaped).
    QString selectedRowsText() const;

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text set in code (the actions, their tooltips, the message count), at the start
    // and again after a language change.
    void retranslate();
    // Pause or Resume, as the pause action is checked.
    void updatePauseText();
    void updateActions();
    void updateMessageCount();
    void showMenu(const QPoint &pos);
    // The filter bar's criteria (and Hide stale rows) to the proxy, and the proxy on the view
    // while it filters or sorts.
    void applyFilter();
    void closeFilter();
    void sortBy(int column);
    // Shows model in the view, keeping the current and selected rows.
    void setViewModel(QAbstractItemModel *model);

    std::unique_ptr<Ui::MessagesPanel> m_ui;
    SessionController *m_controller;
    MessageTableModel *m_messages;
    FilterBar *m_filterBar;
    MessageFilterProxy *m_proxy;
    QAction *m_consumeAction;
    QAction *m_pauseAction;
    QAction *m_ackSelectedAction;
    QAction *m_ackUpToAction;
    QAction *m_copyAction;
    QAction *m_selectAllAction;
    QAction *m_followNewestAction;
    QAction *m_clearTableAction;
    QAction *m_hideStaleAction;
    QAction *m_filterAction;
    QAction *m_stepModeAction;
    QAction *m_nextMessageAction;
    QList<QAction *> m_consumerCommands;
};
