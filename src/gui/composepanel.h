// ComposePanel: the compose box: a message (key, value, headers) and how it is sent (partition,
// acks, partitioner, compression), sent to the watched topic with its delivery report shown;
// bulk sends from a template or a file; the history of sends and the saved templates. It
// follows the session's state and watched topic itself. A consumed message can be loaded to be
// sent again (composeAgain()): its bytes are kept exactly, and it goes to a topic chosen in the
// box (the message's own by default) instead of the watched one.
#pragma once

#include "bulksender.h"
#include "kafkamessage.h"
#include "producerequest.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class BulkSendPart;
class ComposeHistoryPart;
class KafkaSession;
class QAction;
class QComboBox;
class SchemaEncodingPart;
class SchemaRegistry;
struct DeliveryReport;
namespace Ui {
class ComposePanel;
}

class ComposePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ComposePanel(KafkaSession *session, QWidget *parent = nullptr);
    ~ComposePanel() override;

    // "&Send" (Ctrl+Return): sends the composed message to the watched topic; enabled when
    // connected and a topic is watched.
    QAction *sendAction() const { return m_sendAction; }
    // "Send &again": sends the selected history row again; enabled when one is selected.
    QAction *sendAgainAction() const;
    // "Send a &file…": asks for a file and sends every record in it (see sendFile()).
    QAction *sendFileAction() const;
    // "Send &many": sends the composed message the Bulk tab's count of times, with its
    // placeholders filled in; disabled while a bulk send runs.
    QAction *bulkSendAction() const;
    // "&Cancel bulk send": stops a running bulk or file send; enabled while one runs.
    QAction *cancelBulkAction() const;
    // "Save as &template…", "&Use template", "&Delete template".
    QAction *saveTemplateAction() const;
    QAction *useTemplateAction() const;
    QAction *deleteTemplateAction() const;

    // The BulkSender behind the Bulk tab, a child named "bulkSender".
    BulkSender *bulkSender();

    // Sends every record of a file (one value per line, or JSON Lines) to the watched topic,
    // as "Send a file…" does once a file is chosen. Read off the GUI thread; one bad JSON Lines
    // line rejects the whole file, and the error says that nothing was sent.
    void sendFile(const QString &path);
    // "Stopped: 41,200 of 100,000 delivered, 0 failed, 58,800 never sent." (and what had no
    // answer yet, when shutdown gave up waiting).
    static QString bulkSummary(const BulkSender::Progress &progress, bool running);
    // Shows line as the Bulk tab's status (the window's summary of a bulk send stopped to quit).
    void showBulkStatus(const QString &line);
    // Fills the box with a consumed message's key, value and headers, byte for byte (bytes that
    // are not UTF-8 text are shown as well as text can, said so, and sent as they were unless
    // edited), and sends to the message's topic, chosen in "sendTopicCombo", until the watched
    // topic changes.
    void composeAgain(const KafkaMessage &message);
    // The topic Send sends to: the one chosen for a message loaded by composeAgain(), else the
    // watched topic.
    QString targetTopic() const;
    // The connection's schema registry (null: none): the compose box's "JSON encoded as:" schema
    // choice offers its subjects; a value sent with one chosen is the typed JSON encoded with its
    // schema, in the registry's wire format (Send, Send many and Send a file alike).
    void setSchemaRegistry(std::shared_ptr<SchemaRegistry> registry);

    // Chosen so that a name such as "order-totals-v2" reads whole in the template list.
    static constexpr int TemplateNameChars = 18;

public slots:
    void send();

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    // The cause of this panel's last error is gone (a later send was delivered).
    void errorCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text set in code (the send action, combo items, help and hint lines, the delivery
    // line), at the start and again after a language change.
    void retranslate();
    // The delivery line under the Send button, made again in the new language after a switch.
    void showDelivery(std::function<QString()> html);
    // What the delivery report says, in words.
    static QString deliveryLine(const DeliveryReport &report);
    void setUpActions();
    void setUpCompose();
    void setUpOptions();
    void onStateChanged();
    void onWatchedTopicChanged(const QString &topic);
    void onProducerOptionsChanged();
    void updateJsonHint();
    void updatePartitionChoices();
    void showRequest(const ProduceRequest &request);
    // The topic chooser for a message sent again: shown (with the session's topics, topic
    // current) or hidden, the watched topic showing again.
    void showTopicChoice(const QString &topic);
    void hideTopicChoice();
    // The compose box's value as bytes: the bytes a template or history row brought in, as long
    // as the text shown for them was not edited (a binary value shown as text is not its bytes).
    QByteArray composedValue() const;
    std::optional<QByteArray> composedKey() const;
    // The compose box's record, for the watched topic.
    ProduceRequest composedRequest() const;
    void sendRequest(const ProduceRequest &request);
    void onDelivered(const DeliveryReport &report);
    // Forgets the last delivery report: it belongs to another connection or topic.
    void clearDelivery();
    void showError(const QString &message);
    void updateControls();

    std::unique_ptr<Ui::ComposePanel> m_ui;
    KafkaSession *m_session;
    // The Bulk tab (it owns the BulkSender): destroyed with the members, before the widgets
    // it works on.
    std::unique_ptr<BulkSendPart> m_bulkPart;
    // The History tab: the sends and the saved templates.
    std::unique_ptr<ComposeHistoryPart> m_historyPart;
    QAction *m_sendAction;
    // The send whose report the delivery label waits for (0: none).
    quint64 m_pendingSend = 0;
    std::function<QString()> m_deliveryText; // see showDelivery()
    // The topic the panel shows (to tell another topic from the same one announced again).
    QString m_topic;
    // The bytes of a loaded value or key and the text shown for them (see composedValue()).
    QByteArray m_loadedValue;
    QString m_loadedValueText;
    QByteArray m_loadedKey;
    QString m_loadedKeyText;
    bool m_loadedValueIsNull = false;  // a loaded tombstone, sent as one while the box is empty
    QComboBox *m_topicCombo = nullptr; // "sendTopicCombo", see composeAgain()
    // The "JSON encoded as:" schema choice under the value.
    SchemaEncodingPart *m_schemaPart = nullptr;
    int m_pendingSchemaId = -1; // the schema the pending send was encoded with (-1: none)
};
