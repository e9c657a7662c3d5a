// MessageReplay: the message table's commands that send rows again or take them out: "Send
// again…" (the
// selected row into the compose box, byte for byte, to be sent to a topic of the user's
// choice) and "Send selected to topic…" (the selected rows re-produced in table order through
// a BulkSender of its own, with a progress dialog and Cancel, and a count of what was
// delivered and what failed) and "Export messages…" (the selected, shown or held rows to JSON
// Lines or CSV through a MessageExporter, with a progress dialog and Cancel). The actions are
// placed in the window's menus and the table's context menu.
#pragma once

#include "bulksender.h"
#include "kafkamessage.h"
#include "messageexporter.h"

#include <QObject>

class ComposePanel;
class KafkaSession;
class MessagesPanel;
class QAction;
class QProgressDialog;
class QWidget;

class MessageReplay final : public QObject
{
    Q_OBJECT
public:
    // A child of messages (it works on its table); window: the parent of the dialogs.
    MessageReplay(KafkaSession *session, MessagesPanel *messages, ComposePanel *compose,
                  QWidget *window);
    ~MessageReplay() override;

    // "Send &again…" (sendRowAgainAction): enabled when connected and a row is selected.
    QAction *sendRowAgainAction() const { return m_sendRowAgainAction; }
    // "Send selected to &topic…" (sendSelectedToTopicAction): enabled when connected, rows are
    // selected and no such send runs.
    QAction *sendSelectedToTopicAction() const { return m_sendSelectedAction; }
    // "&Export messages…" (exportAction, Ctrl+Shift+E): enabled when the table holds rows.
    QAction *exportAction() const { return m_exportAction; }
    // The sender of "Send selected to topic…", a child named "replaySender".
    BulkSender *sender() { return &m_sender; }
    // The exporter of "Export messages…", a child named "messageExporter".
    MessageExporter *exporter() { return &m_exporter; }

    // Re-produces messages, in this order, to topic (partitions kept or not), as "Send
    // selected to topic…" does once asked where; false with *error when it cannot start.
    bool sendToTopic(const QList<KafkaMessage> &messages, const QString &topic, bool keepPartitions,
                     QString *error);

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    // The compose box was filled to send a row again: the window shows it.
    void composeFilled();

private:
    void updateActions();
    void sendRowAgain();
    void sendSelected();
    void onFinished(const BulkSender::Progress &progress, bool cancelled);
    void exportMessages();
    void onExported(const MessageExporter::Result &result);
    // The model's rows the view shows, in its order.
    QList<int> shownRows() const;

    KafkaSession *m_session;
    MessagesPanel *m_messages;
    ComposePanel *m_compose;
    QWidget *m_window;
    BulkSender m_sender;
    QAction *m_sendRowAgainAction;
    QAction *m_sendSelectedAction;
    QAction *m_exportAction;
    MessageExporter m_exporter;
    QProgressDialog *m_progress = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QString m_target;
};
