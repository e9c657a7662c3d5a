// MessageReplay: the message table's commands that send rows again or take them out: "Send
// again…" (the
// selected row into the compose box, byte for byte, to be sent to a topic of the user's
// choice) and "Send selected to topic…" (the selected rows re-produced in table order through
// a BulkSender of its own, with a progress dialog and Cancel, and a count of what was
// delivered and what failed) and "Export messages…" (the selected, shown or held rows to JSON
// Lines or CSV through a MessageExporter, with a progress dialog and Cancel). Both copy the rows
// out of the table through a RowCopier, a slice at a time, so the window stays responsive with
// a million rows; rows the table drops meanwhile are counted in the log, never sent or written.
// The actions are placed in the window's menus and the table's context menu.
#pragma once

#include "bulksender.h"
#include "kafkamessage.h"
#include "messageexporter.h"
#include "rowcopier.h"

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

    // "Send selected a&gain…" (sendRowAgainAction): enabled when connected and a row is selected.
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
    // Copies the rows of an export out of the table, a child named "exportCopier".
    RowCopier *exportCopier() { return &m_exportCopier; }
    // Copies the rows of "Send selected to topic…", a child named "sendCopier".
    RowCopier *sendCopier() { return &m_sendCopier; }

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
    // Its commands' texts, in the current language (again after a language change).
    void retranslate();
    void updateActions();
    void sendRowAgain();
    void sendSelected();
    void onFinished(const BulkSender::Progress &progress, bool cancelled);
    void onSendCopied(const QList<KafkaMessage> &messages, qint64 left);
    void sendCopied();
    void exportMessages();
    void onExportCopied(const QList<KafkaMessage> &messages, qint64 left);
    void cancelExport();
    void onExported(const MessageExporter::Result &result);
    // A window-modal progress dialog that deletes itself on close.
    QProgressDialog *newProgress(const QString &objectName, const QString &title,
                                 const QString &label);
    // Closes progress (if any) without its canceled() reaching this, and forgets it.
    void closeProgress(QProgressDialog *&progress);
    // "n of the rows had left the table…", or empty for none.
    QString leftNote(qint64 left) const;
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
    RowCopier m_exportCopier;
    RowCopier m_sendCopier;
    QProgressDialog *m_progress = nullptr;
    QProgressDialog *m_exportProgress = nullptr;
    QProgressDialog *m_sendCopyProgress = nullptr;
    QString m_target;
    // The export being copied: where to, how, and how many rows had left the table.
    QString m_exportPath;
    MessageExporter::Format m_exportFormat = MessageExporter::Format::JsonLines;
    qint64 m_exportLeft = 0;
    // Send selected to topic…: the copies (once copied) and the choice (once made).
    QList<KafkaMessage> m_sendMessages;
    qint64 m_sendLeft = 0;
    bool m_sendCopyDone = false;
    bool m_sendChosen = false;
    QString m_sendTopic;
    bool m_sendKeepPartitions = false;
};
