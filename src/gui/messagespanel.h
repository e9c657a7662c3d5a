// MessagesPanel: the live message table and its commands: start or stop the consumer, pause,
// ack the selected rows (Space) or every row up to one, copy rows, follow the newest message,
// clear the table, hide stale rows, and the row cap. The rows come from the SessionController's
// model; acks go back through it.
#pragma once

#include <QWidget>

#include <memory>

class MessageTableModel;
class MessageTableView;
class SessionController;
class StaleRowFilter;
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

    // The table's rows (of its model, not of the view) that are selected, in table order.
    QList<int> selectedRows() const;
    // The selected rows as text, one line each: partition, offset, timestamp, key and value
    // separated by tabs, the whole key and value (tabs and line breaks in them escaped).
    QString selectedRowsText() const;

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);

private:
    void updateActions();
    void updateMessageCount();
    void showMenu(const QPoint &pos);
    void setHideStale(bool hide);
    int sourceRow(const QModelIndex &viewIndex) const;

    std::unique_ptr<Ui::MessagesPanel> m_ui;
    SessionController *m_controller;
    MessageTableModel *m_messages;
    StaleRowFilter *m_staleFilter = nullptr;
    QAction *m_consumeAction;
    QAction *m_pauseAction;
    QAction *m_ackSelectedAction;
    QAction *m_ackUpToAction;
    QAction *m_copyAction;
    QAction *m_selectAllAction;
    QAction *m_followNewestAction;
    QAction *m_clearTableAction;
    QAction *m_hideStaleAction;
};
