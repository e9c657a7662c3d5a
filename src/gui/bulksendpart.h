// BulkSendPart: the compose panel's Bulk tab at work: "Send many" (the composed message sent
// the tab's count of times, placeholders filled in), "Send a file…", the progress bar, the
// status line and "Cancel bulk send", around the panel's BulkSender. It works on the panel's
// own widgets (ui/composepanel.ui) and reports through signals the panel passes on.
#pragma once

#include "bulksender.h"
#include "producerequest.h"

#include <QObject>

#include <functional>

class KafkaSession;
class QAction;
class QWidget;
namespace Ui {
class ComposePanel;
}

class BulkSendPart final : public QObject
{
    Q_OBJECT
public:
    // The panel's composed record, for the watched topic (the base of a bulk send).
    using ComposedRequest = std::function<ProduceRequest()>;
    // The chosen schema's encoder (JSON -> framed bytes, or empty with *error), null when values
    // are sent as they are (see SchemaEncodingPart::Encoder).
    using Encoder = std::function<QByteArray(const QByteArray &json, QString *error)>;
    using CurrentEncoder = std::function<Encoder()>;

    // panel: the widget whose form ui is; the actions, the BulkSender ("bulkSender") and the
    // file dialog are its children, and the sender's reports are connected with the panel
    // as receiver, so that disconnecting the sender from the panel silences this part too.
    BulkSendPart(KafkaSession *session, QWidget *panel, Ui::ComposePanel *ui,
                 ComposedRequest composed, CurrentEncoder encoder);
    ~BulkSendPart() override;

    QAction *sendFileAction() const { return m_sendFileAction; }
    QAction *bulkSendAction() const { return m_bulkSendAction; }
    QAction *cancelBulkAction() const { return m_cancelBulkAction; }
    BulkSender *bulkSender() { return &m_bulk; }

    // The actions' enabled state: sends need a watched topic and no other bulk send running.
    void updateActions(bool watching);
    // The actions' texts and the progress format in the current language (at the start, and
    // from the panel after a language change).
    void retranslate();
    // See ComposePanel::sendFile(), bulkSummary() and showBulkStatus().
    void sendFile(const QString &path);
    static QString summary(const BulkSender::Progress &progress, bool running);
    void showStatus(const QString &line);

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    void errorCleared();
    // A bulk or file send started or ended: the panel's controls follow.
    void runningChanged();

private:
    void setUpActions();
    void startBulk();
    void startFileSend();
    // Starts sending requests (already encoded when a schema is chosen).
    void startRequests(const std::shared_ptr<const QList<ProduceRequest>> &requests,
                       const QString &logText);
    void onProgress(const BulkSender::Progress &progress);
    void onFinished(const BulkSender::Progress &progress, bool cancelled);
    void showError(const QString &message);

    KafkaSession *m_session;
    QWidget *m_panel;
    Ui::ComposePanel *m_ui;
    ComposedRequest m_composed;
    CurrentEncoder m_encoder;
    // A member (and the panel's child, so that tests and tools find it by name): it closes its
    // producer in its own destructor, before the panel's widgets go.
    BulkSender m_bulk;
    QAction *m_sendFileAction;
    QAction *m_bulkSendAction;
    QAction *m_cancelBulkAction;
    bool m_preparing = false; // values being filled in and encoded before a bulk send
};
