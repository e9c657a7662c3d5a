#include "sendcommand.h"

#include "clustermetadata.h"
#include "messagejson.h"
#include "schemacodec.h"
#include "wireformat.h"

#include <QLocale>

#include <limits>

#include <unistd.h>

SendCommand::SendCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                         QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{
    connect(&m_producer, &Producer::delivered, this, &SendCommand::onDelivered);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] { finish(m_stopCode); });
}

SendCommand::~SendCommand()
{
    // Reports that come while the producer closes find no one to tell.
    m_producer.blockSignals(true);
}

void SendCommand::fail(const QString &message)
{
    m_err << "topicdesk: " << message << Qt::endl;
    m_finished = true;
    emit finished(1);
}

void SendCommand::start()
{
    const ConnectionConfig &config = m_arguments.config;
    // One metadata round trip first: an unreachable cluster or an unknown topic is said at
    // once, instead of after the delivery timeout (and nothing creates the topic by accident).
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    if (m_stopping)
        return finish(m_stopCode);
    if (!listing.error.isEmpty())
        return fail(listing.error);
    const auto topic = std::find_if(listing.topics.cbegin(), listing.topics.cend(),
                                    [&](const TopicInfo &t) { return t.name == config.topic; });
    if (topic == listing.topics.cend())
        return fail(tr("Topic \"%1\" does not exist on %2.")
                        .arg(config.topic, config.effectiveBootstrapServers()));
    if (m_arguments.request.partition >= topic->partitionCount)
        return fail(tr("Partition %1 does not exist: topic \"%2\" has %n partition(s).", nullptr,
                       topic->partitionCount)
                        .arg(m_arguments.request.partition)
                        .arg(config.topic));
    m_partitionCount = topic->partitionCount;
    if (m_arguments.registry.isEnabled()) {
        m_registry = std::make_unique<SchemaRegistry>(m_arguments.registry);
        connect(m_registry.get(), &SchemaRegistry::subjectSchemaFetched, this,
                &SendCommand::onSubjectSchema);
        m_subjectRequest =
            m_registry->fetchSubjectVersion(m_arguments.subject, m_arguments.subjectVersion);
        return; // onSubjectSchema goes on
    }
    startSending();
}

void SendCommand::onSubjectSchema(int requestId, const QString &subject, int version,
                                  const SchemaRegistry::Lookup &lookup)
{
    if (requestId != m_subjectRequest || m_finished)
        return;
    if (m_stopping)
        return finish(m_stopCode);
    const QString which = m_arguments.subjectVersion < 0
                              ? tr("the latest version of subject \"%1\"").arg(subject)
                              : tr("version %1 of subject \"%2\"").arg(version).arg(subject);
    if (lookup.state != SchemaRegistry::State::Ready || !lookup.codec)
        return fail(tr("Cannot get %1 from the schema registry at %2: %3")
                        .arg(which, m_arguments.registry.url.toDisplayString(),
                             lookup.error.isEmpty() ? tr("no answer") : lookup.error));
    const SchemaType type = lookup.codec->type();
    if (m_arguments.valueFormat && *m_arguments.valueFormat != type)
        return fail(tr("Subject \"%1\" holds a %2 schema, not %3 (--value-format).")
                        .arg(subject, SchemaCodec::typeName(type),
                             SchemaCodec::typeName(*m_arguments.valueFormat)));
    if (!m_arguments.messageType.isEmpty() && type != SchemaType::Protobuf)
        return fail(tr("--message-type names a Protobuf message, but subject \"%1\" holds a %2 "
                       "schema.")
                        .arg(subject, SchemaCodec::typeName(type)));
    m_codec = lookup.codec;
    m_schemaId = lookup.schema.id;
    m_schemaType = type;
    startSending();
}

QByteArray SendCommand::encodeValue(const QByteArray &json, QString *error) const
{
    const SchemaCodec::Encoded encoded = m_codec->encode(json, m_arguments.messageType);
    if (!encoded.ok()) {
        *error = tr("it does not match schema %1 (%2): %3")
                     .arg(m_schemaId)
                     .arg(SchemaCodec::typeName(m_schemaType), encoded.error);
        return {};
    }
    return m_schemaType == SchemaType::Protobuf
               ? WireFormat::frameProtobuf(m_schemaId, encoded.messageIndexes, encoded.payload)
               : WireFormat::frame(m_schemaId, encoded.payload);
}

void SendCommand::startSending()
{
    const ConnectionConfig &config = m_arguments.config;
    QString error;
    const bool json = m_arguments.format == HeadlessArguments::Format::Json;
    if (json && !m_arguments.readStdin) {
        // Checked before anything is sent.
        for (const QByteArray &message : std::as_const(m_arguments.messages)) {
            requestFor(message, &error);
            if (!error.isEmpty())
                return fail(tr("The message is not a valid JSON record: %1").arg(error));
        }
    }
    if (!m_producer.open(config, m_arguments.producer, &error))
        return fail(error);

    if (!m_arguments.readStdin) {
        for (const QByteArray &message : std::as_const(m_arguments.messages)) {
            if (!(json ? sendRecord(0, message) : sendOne(0, message)))
                break;
        }
        m_inputDone = true;
        printReady();
        finishIfDone();
        return;
    }
    // A JSON line holds more than the record's bytes (Base64, escapes, field names): the
    // producer refuses a record too large itself.
    const qint64 maxLineBytes = json || m_codec ? m_producer.maxMessageBytes() * 2 + 1024 * 1024
                                                : m_producer.maxMessageBytes();
    m_reader = new LineReader(STDIN_FILENO, maxLineBytes, this);
    connect(m_reader, &LineReader::linesRead, this, &SendCommand::sendLines);
    connect(m_reader, &LineReader::finished, this, [this](const QString &readError) {
        m_inputDone = true;
        if (!readError.isEmpty()) {
            m_err << "topicdesk: " << tr("Cannot read standard input: %1").arg(readError)
                  << Qt::endl;
            ++m_failed;
        }
        finishIfDone();
    });
    m_reader->start();
}

void SendCommand::sendLines(const QList<LineReader::Line> &lines)
{
    for (const LineReader::Line &line : lines) {
        if (line.tooLong) {
            failLine(line.number, line.size,
                     tr("it is %1 bytes, more than the largest message the producer sends "
                        "(message.max.bytes = %2)")
                         .arg(line.size)
                         .arg(m_producer.maxMessageBytes()));
        } else if (m_arguments.format != HeadlessArguments::Format::Json) {
            sendOne(line.number, line.bytes);
        } else if (!sendRecord(line.number, line.bytes)) {
            break; // reading stopped at a line that is not a record
        }
    }
    if (m_badLine > 0) {
        printReady();
        return finishIfDone();
    }
    if (m_pending.size() >= MaxOutstanding || m_outstandingBytes >= MaxOutstandingBytes)
        m_reader->pause();
    printReady();
}

bool SendCommand::sendOne(qint64 line, const QByteArray &value)
{
    ProduceRequest request = m_arguments.request;
    if (m_codec) {
        if (line > 0 && value.trimmed().isEmpty())
            return true; // a blank line between values
        QString error;
        request.value = encodeValue(value, &error);
        if (!error.isEmpty()) {
            failLine(line, 0, error);
            return false;
        }
    } else {
        request.value = value;
    }
    return sendRequest(line, request);
}

ProduceRequest SendCommand::requestFor(const QByteArray &json, QString *error) const
{
    const MessageJson::Parsed parsed = MessageJson::fromJson(json);
    *error = parsed.error;
    ProduceRequest request =
        MessageJson::toRequest(parsed, m_arguments.config.topic, m_arguments.keepPartitions);
    if (m_arguments.request.partition >= 0)
        request.partition = m_arguments.request.partition;
    if (error->isEmpty() && request.partition >= m_partitionCount)
        *error = tr("partition %1 does not exist: topic \"%2\" has %n partition(s).", nullptr,
                    m_partitionCount)
                     .arg(request.partition)
                     .arg(m_arguments.config.topic);
    return request;
}

bool SendCommand::sendRecord(qint64 line, const QByteArray &json)
{
    if (line > 0 && json.trimmed().isEmpty())
        return true; // a blank line between records
    QString error;
    const ProduceRequest request = requestFor(json, &error);
    if (error.isEmpty()) {
        sendRequest(line, request); // a refusal is reported, and the next lines still go
        return true;
    }
    // The rest of the input is not read: what follows a broken line may not be what was meant.
    failLine(line, 0, tr("it is not a valid JSON record: %1").arg(error));
    m_badLine = line;
    m_inputDone = true;
    if (m_reader)
        m_reader->stop();
    return false;
}

bool SendCommand::sendRequest(qint64 line, const ProduceRequest &request)
{
    const qint64 bytes = request.value.size() + (request.key ? request.key->size() : 0);
    QString error;
    const quint64 id = m_producer.send(request, &error, 10000);
    if (id == 0) {
        failLine(line, bytes, error);
        return false;
    }
    m_entries.push_back({line, bytes, false, {}});
    m_pending.insert(id, m_firstIndex + qint64(m_entries.size()) - 1);
    m_outstandingBytes += bytes;
    return true;
}

void SendCommand::failLine(qint64 line, qint64 bytes, const QString &error)
{
    Entry entry{line, bytes, true, {}};
    entry.report.error = error;
    m_entries.push_back(entry);
}

void SendCommand::onDelivered(const DeliveryReport &report)
{
    const auto it = m_pending.constFind(report.requestId);
    if (it == m_pending.cend())
        return;
    Entry &entry = m_entries[size_t(*it - m_firstIndex)];
    m_pending.erase(it);
    entry.reported = true;
    entry.report = report;
    m_outstandingBytes -= entry.bytes;
    printReady();
    if (m_reader && !m_stopping && m_badLine == 0 && m_pending.size() < MaxOutstanding / 2 &&
        m_outstandingBytes < MaxOutstandingBytes / 2)
        m_reader->resume();
    finishIfDone();
}

void SendCommand::printEntry(const Entry &e)
{
    const DeliveryReport &r = e.report;
    if (r.delivered()) {
        ++m_delivered;
        m_out << "topic=" << r.topic << " partition=" << r.partition << " offset="
              << (r.offset >= 0 ? QString::number(r.offset) : QStringLiteral("unknown"));
        if (e.line > 0)
            m_out << " line=" << e.line;
        m_out << '\n';
    } else if (r.neverSent && m_stopping) {
        ++m_notSent; // dropped on purpose: counted in the summary
    } else {
        ++m_failed;
        m_out.flush(); // the lines before it first
        m_err << "topicdesk: "
              << (r.maybeStored
                      ? (e.line > 0 ? tr("line %1 was not confirmed: %2").arg(e.line).arg(r.error)
                                    : tr("the message was not confirmed: %1").arg(r.error))
                      : (e.line > 0 ? tr("line %1 was not sent: %2").arg(e.line).arg(r.error)
                                    : tr("the message was not sent: %1").arg(r.error)))
              << Qt::endl;
    }
}

void SendCommand::printReady()
{
    while (!m_entries.empty() && m_entries.front().reported) {
        printEntry(m_entries.front());
        m_entries.pop_front();
        ++m_firstIndex;
    }
    m_out.flush();
}

void SendCommand::finishIfDone()
{
    if (m_finished || !(m_inputDone || m_stopping) || !m_entries.empty())
        return;
    finish(m_stopping ? m_stopCode : (m_failed > 0 ? 1 : 0));
}

void SendCommand::stop(int exitCode)
{
    if (m_finished)
        return;
    if (m_stopping) {
        finish(exitCode); // asked twice: no more waiting
        return;
    }
    m_stopping = true;
    m_stopCode = exitCode;
    if (m_reader)
        m_reader->stop();
    // What never left this process is dropped (reported as never sent); what did gets a real
    // report, for at most StopWaitMs.
    m_producer.dropQueued();
    m_stopDeadline.start(StopWaitMs);
    finishIfDone();
}

void SendCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopDeadline.stop();
    // At the deadline: what came in is printed in order; the rest has no report.
    qint64 unknown = 0;
    for (const Entry &e : m_entries) {
        if (e.reported) {
            printEntry(e);
            continue;
        }
        ++unknown;
        m_out.flush();
        m_err << "topicdesk: "
              << tr("line %1: no report from the broker in time; it may or may not have "
                    "arrived.")
                     .arg(e.line)
              << Qt::endl;
    }
    m_entries.clear();
    m_pending.clear();
    m_out.flush();
    const bool streamed = m_arguments.readStdin;
    if (m_badLine > 0) {
        const QLocale locale;
        m_err << "topicdesk: "
              << tr("stopped at line %1, which is not a valid JSON record: %2 delivered, %3 "
                    "failed (line %1 included); the lines after it were not read.")
                     .arg(m_badLine)
                     .arg(locale.toString(m_delivered), locale.toString(m_failed))
              << Qt::endl;
    } else if (m_stopping || (streamed && m_failed > 0)) {
        const QLocale locale;
        const qint64 lines = m_reader ? m_reader->lineCount() : m_delivered + m_failed;
        const int n = int(std::min<qint64>(lines, std::numeric_limits<int>::max()));
        QString summary =
            (m_stopping
                 ? tr("stopped after %Ln line(s): %1 delivered, %2 failed, %3 not sent", nullptr, n)
                 : tr("%Ln line(s): %1 delivered, %2 failed, %3 not sent", nullptr, n))
                .arg(locale.toString(m_delivered), locale.toString(m_failed),
                     locale.toString(m_notSent));
        if (unknown > 0)
            summary += tr(", %1 with no report (may or may not have arrived)")
                           .arg(locale.toString(unknown));
        m_err << "topicdesk: " << summary << '.' << Qt::endl;
    }
    emit finished(exitCode);
}
