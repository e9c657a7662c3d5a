// ConsumeCommand: `topicdesk consume`: prints each message with its partition and offset (text,
// or one JSON object per line) from a consumer on its own thread (ConsumerThread). By default every
// printed message is acknowledged; with --manual, acks come from standard input (ack P:O, ack all,
// quit). Ctrl+C, the end of input or --count leave the group cleanly, having committed exactly
// what was acknowledged (safe mode).
// With --schema-registry, keys and values in the registry's wire format are printed decoded
// (waiting for an unknown schema up to the registry's timeout, which also delays Ctrl+C by at
// most that long); what cannot be decoded is
// printed as it is with the reason (standard error, or "key_error"/"value_error" in JSON), and
// the exit status is then 1. Without it no registry code runs.
// With --local-schema, values of a topic a pattern maps are decoded as raw records of that file's
// schema ("value_schema_file" beside them in JSON); other values are printed as they are.
#pragma once

#include "headlessarguments.h"
#include "kafkamessagebatch.h"
#include "messageposition.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class ConsumerThread;
class MessageDecoder;
class SchemaRegistry;
class QSocketNotifier;

class ConsumeCommand final : public QObject
{
    Q_OBJECT
public:
    ConsumeCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                   QObject *parent = nullptr);
    ~ConsumeCommand() override;

    void start();
    // Leaves the group (committing what was acknowledged); finished() follows.
    void stop(int exitCode = 0);

    // One message as a line of output, in the chosen format.
    static QString format(const KafkaMessage &message, HeadlessArguments::Format format);

    // A typed command longer than this is not a command: it is skipped up to its end.
    static constexpr qsizetype MaxCommandBytes = 1024;

signals:
    void finished(int exitCode);

private:
    void onMessages(const KafkaMessageBatch &batch);
    void onCommand();
    // Reads what standard input holds without waiting; false at its end.
    bool readAvailable();
    // Runs every complete line read so far.
    void runCommands();
    void runCommand(const QByteArray &bytes);
    void onError(const QString &message);
    // A key or value as the registry's format says: decoded JSON and schema id, or why not.
    struct Decoded
    {
        QByteArray json; // empty: print the bytes as they are
        int schemaId = -1;
        QString schemaFile; // decoded with a local schema: its file's name
        QString error;
    };
    Decoded decode(const QByteArray &bytes, bool isNull, bool isKey) const;
    // With --schema-registry: the line for m with its key and value decoded.
    QString formatDecoded(const KafkaMessage &m);

    HeadlessArguments m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<ConsumerThread> m_consumer;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_input;
    qint64 m_lineNumber = 0;
    bool m_skippingLongLine = false;
    bool m_quit = false;
    int m_partitionCount = 0;
    MessagePositions m_printed; // delivered and printed, for "ack all"
    qint64 m_count = 0;
    int m_exitCode = 0;
    std::shared_ptr<SchemaRegistry> m_registry;
    std::unique_ptr<MessageDecoder> m_decoder;
    QByteArray m_keyMarker; // placeholders spliced out of MessageJson's line
    QByteArray m_valueMarker;
    qint64 m_undecoded = 0; // keys and values that could not be decoded
    bool m_stopping = false;
};
