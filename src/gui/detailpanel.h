// DetailPanel: the whole of one message, the current row of the message table: its topic,
// partition, offset and timestamp with the timestamp's type, its key and value (each as text,
// pretty JSON, hex dump or Base64, see PayloadPane) and its headers (name, value and size, in
// order, repeats kept), with sizes in bytes. Its copy commands always copy the whole thing:
// - Copy key / Copy value: the exact text when the bytes are UTF-8 without NUL bytes; other
//   bytes cannot travel as clipboard text, so they are copied as hex ("00 ff 1a …", all of
//   them), with the raw bytes alongside as application/octet-stream. Disabled for null.
// - Copy headers: the JSON array of the JSON Lines format (MessageJson::headersToJson).
// - Copy as JSON: the message as one JSON Lines record (MessageJson::toJson), lossless.
// - Copy as topicdesk send / kcat -P command: see MessageCommand; disabled, saying why in the
//   tooltip, when a command line cannot carry the message.
// The panel keeps a copy of the message, so rows leaving the table do not change what it shows.
// With a MessageDecoder (the followed table's, or one set), a key or value in the schema
// registry's format is shown decoded (PayloadPane's Decoded view), and again when its schema
// arrives from the registry.
#pragma once

#include "kafkamessage.h"

#include <QMetaObject>
#include <QWidget>

#include <memory>

class MessageDecoder;
class MessageTableModel;
class SchemaRegistry;
class PayloadPane;
class QAbstractItemView;
class QAction;
class CurrentRowFollower;
class QLabel;
class QModelIndex;
class QTableWidget;
class QPushButton;
class QSplitter;

class DetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);

    // Shows the current row of view, whose model is messages or a chain of proxy models over
    // it; it keeps following when the view is given another model (a filter turned on or off).
    void follow(QAbstractItemView *view, const MessageTableModel *messages);

    void setMessage(const KafkaMessage &message);
    // The decoder for keys and values in the schema registry's format; null (the default):
    // the followed table's decoder (MessageTableModel::setDecoder), if any.
    void setDecoder(std::shared_ptr<MessageDecoder> decoder);
    void clear();
    bool hasMessage() const { return m_hasMessage; }
    const KafkaMessage &message() const { return m_message; }

    PayloadPane *keyPane() const { return m_keyPane; }
    PayloadPane *valuePane() const { return m_valuePane; }

    QAction *copyKeyAction() const { return m_copyKeyAction; }
    QAction *copyValueAction() const { return m_copyValueAction; }
    QAction *copyHeadersAction() const { return m_copyHeadersAction; }
    QAction *copyJsonAction() const { return m_copyJsonAction; }
    QAction *copySendCommandAction() const { return m_copySendCommandAction; }
    QAction *copyKcatCommandAction() const { return m_copyKcatCommandAction; }

protected:
    // Key, value and headers side by side when the panel is wide and low (its place in the
    // default layout), one above the other when it is tall.
    void resizeEvent(QResizeEvent *event) override;
    // A language switched live: the labels, commands and the message's facts are set again.
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void updateActions();
    // Every text that does not depend on the message, in the current language.
    void retranslate();
    void showTimestamp();
    void copyBytes(const QByteArray &bytes);
    void showHeaders();
    std::shared_ptr<MessageDecoder> decoder() const;
    // Decodes the message's key and value into the panes (when there is a decoder).
    void showDecoded();
    void onSchemaArrived(int schemaId);

    KafkaMessage m_message;
    bool m_hasMessage = false;
    CurrentRowFollower *m_follower = nullptr;
    const MessageTableModel *m_messages = nullptr;
    std::shared_ptr<MessageDecoder> m_decoder;
    // The registry whose schemaArrived is connected (the decoder's), and the connection.
    const SchemaRegistry *m_registry = nullptr;
    QMetaObject::Connection m_schemaArrived;
    QLabel *m_topicLabel;
    QLabel *m_partitionLabel;
    QLabel *m_offsetLabel;
    QLabel *m_timestampLabel;
    QLabel *m_headersLabel;
    // "Topic:", "Partition:", "Timestamp:", "Offset:".
    QList<QLabel *> m_captions;
    QPushButton *m_copyButton;
    QSplitter *m_splitter;
    PayloadPane *m_keyPane;
    PayloadPane *m_valuePane;
    QTableWidget *m_headersTable;
    QAction *m_copyKeyAction;
    QAction *m_copyValueAction;
    QAction *m_copyHeadersAction;
    QAction *m_copyJsonAction;
    QAction *m_copySendCommandAction;
    QAction *m_copyKcatCommandAction;
};
