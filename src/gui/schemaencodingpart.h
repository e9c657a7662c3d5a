// SchemaEncodingPart: the compose box's "Encode value with schema" choice (a subject of the
// connection's schema registry, its version and, for Protobuf, the message type), the line that
// says whether the typed JSON matches it (checked off the GUI thread as you type), and the
// encoder that turns a JSON value into the registry's wire format for Send, Send many and Send
// a file. Without a registry, or with "none" chosen, values are sent as typed.
#pragma once

#include "registeredschema.h"
#include "schemacodec.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;
class SchemaRegistry;

class SchemaEncodingPart final : public QObject
{
    Q_OBJECT
public:
    // Framed bytes for a JSON value, or an empty result with *error set (plain words).
    using Encoder = std::function<QByteArray(const QByteArray &json, QString *error)>;

    // The widgets go into layout at row (a row for the choice and one for the match line).
    SchemaEncodingPart(QWidget *panel, QGridLayout *layout, int row);
    ~SchemaEncodingPart() override;

    // null: no registry (the choice is disabled and says where to set one up).
    void setRegistry(std::shared_ptr<SchemaRegistry> registry);
    // A subject is chosen: values are encoded (or sending waits for the schema).
    bool isActive() const;
    // Why nothing can be sent as it is now (empty: it can). Only when isActive().
    QString blockReason() const;
    // The encoder for the chosen schema; null when none is chosen or it has not arrived.
    Encoder encoder() const;
    // "orders-value v3 (Avro, schema 12)", empty when none is chosen.
    QString description() const;
    int schemaId() const { return m_schema.id; }
    // The value to check (debounced), as Send would send it without a schema.
    void checkValue(const QByteArray &value);
    void retranslate();

    static constexpr int DebounceMs = 150;

signals:
    // The choice, the schema or the check's verdict changed: Send's state follows.
    void changed();
    void logLine(const QString &line);

private:
    void refreshSubjects();
    void onSubjectChosen();
    void onVersionChosen();
    void fetchSchema();
    void runCheck();
    void showInfo();
    void setStatus(bool ok, const QString &text);

    QWidget *m_panel;
    std::shared_ptr<SchemaRegistry> m_registry;
    QComboBox *m_subjectCombo;
    QComboBox *m_versionCombo;
    QLineEdit *m_typeEdit;
    QToolButton *m_refreshButton;
    QLabel *m_infoLabel;
    QLabel *m_statusLabel;
    QTimer m_debounce;
    QByteArray m_value;
    int m_subjectsRequest = 0;
    int m_versionsRequest = 0;
    int m_schemaRequest = 0;
    std::shared_ptr<const SchemaCodec> m_codec;
    RegisteredSchema m_schema;
    QString m_schemaError; // why the chosen schema is not there (fetching, or the registry's word)
    QString m_checkError;  // the last check's verdict on m_value (empty: it matches)
    bool m_checked = false;
    quint64 m_generation = 0; // of the check running off the GUI thread
};
