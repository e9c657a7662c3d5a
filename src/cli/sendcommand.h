// SendCommand: `topicdesk send`: sends the message, or each line of standard input as it
// arrives, and prints where each one landed, in input order. A line that cannot be sent is
// reported with its line number on standard error, and the others still go. Standard input is
// streamed with bounded memory: reading pauses while too much is on its way to the broker.
// stop() (SIGINT, SIGTERM) stops reading, drops what was not sent yet, waits a bounded time for
// the reports of what was, and accounts for every line read.
// With --format json each line is a JSON Lines record (MessageJson) giving key, value and
// headers (and, with --keep-partitions, the partition). A line that is not a valid record stops
// the reading there: the lines before it are still delivered, the line is reported with its
// number, the exit status is 1 and the summary says how many were sent. Blank lines are skipped.
// With --schema-registry and --subject, the subject's schema (its latest version, or
// --subject-version) is fetched first; each value is JSON, encoded with it and framed in the
// registry's wire format. A value that does not match is not sent: its line number and the
// reason go to standard error, the other lines still go, and the exit status is 1. Blank lines
// are skipped.
#pragma once

#include "headlessarguments.h"
#include "linereader.h"
#include "producer.h"
#include "schemaregistry.h"

#include <QHash>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <deque>
#include <memory>

class SchemaCodec;
class SchemaRegistry;

class SendCommand final : public QObject
{
    Q_OBJECT
public:
    SendCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                QObject *parent = nullptr);
    ~SendCommand() override;

    // Starts sending; finished() follows with the process's exit status.
    void start();
    // Stops early (a signal): finished(exitCode) follows once every line read is accounted for,
    // or after StopWaitMs.
    void stop(int exitCode);

    static constexpr int StopWaitMs = 5000;
    // Back-pressure: reading pauses above these, and resumes below half of them.
    static constexpr qint64 MaxOutstanding = 20000;
    static constexpr qint64 MaxOutstandingBytes = 32 * 1024 * 1024;

signals:
    void finished(int exitCode);

private:
    struct Entry
    {
        qint64 line = 0; // 0 for the message given as an argument
        qint64 bytes = 0;
        bool reported = false;
        DeliveryReport report;
    };

    // Opens the producer and sends the message or starts reading standard input.
    void startSending();
    void onSubjectSchema(int requestId, const QString &subject, int version,
                         const SchemaRegistry::Lookup &lookup);
    // With --subject: the value's JSON encoded and framed, or an error in plain words.
    QByteArray encodeValue(const QByteArray &json, QString *error) const;
    void sendLines(const QList<LineReader::Line> &lines);
    bool sendOne(qint64 line, const QByteArray &value);
    bool sendRecord(qint64 line, const QByteArray &json);
    bool sendRequest(qint64 line, const ProduceRequest &request);
    // The request for a JSON record, or an error in plain words.
    ProduceRequest requestFor(const QByteArray &json, QString *error) const;
    void failLine(qint64 line, qint64 bytes, const QString &error);
    void onDelivered(const DeliveryReport &report);
    void printEntry(const Entry &e);
    void printReady();
    void finishIfDone();
    void finish(int exitCode);
    void fail(const QString &message);

    HeadlessArguments m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    Producer m_producer;
    LineReader *m_reader = nullptr;
    std::deque<Entry> m_entries;      // not printed yet, in input order
    QHash<quint64, qint64> m_pending; // request id -> index in the sequence of entries
    qint64 m_firstIndex = 0;          // the index of m_entries.front()
    qint64 m_outstandingBytes = 0;
    qint64 m_delivered = 0;
    qint64 m_failed = 0;
    qint64 m_notSent = 0;
    qint64 m_badLine = 0; // --format json: the line that was not a record, where reading stopped
    int m_partitionCount = 0;
    bool m_inputDone = false;
    bool m_stopping = false;
    bool m_finished = false;
    int m_stopCode = 0;
    QTimer m_stopDeadline;
    std::unique_ptr<SchemaRegistry> m_registry;
    std::shared_ptr<const SchemaCodec> m_codec; // --subject: the schema values are encoded with
    int m_schemaId = -1;
    SchemaType m_schemaType = SchemaType::Avro;
    int m_subjectRequest = -1;
};
