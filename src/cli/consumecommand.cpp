#include "consumecommand.h"

#include "clustermetadata.h"
#include "consumerthread.h"
#include "messagedecoder.h"
#include "messagejson.h"
#include "payloadformat.h"
#include "sandboxbroker.h"
#include "schemaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QUuid>

#include <poll.h>
#include <unistd.h>

#include <limits>

namespace {
QString textOf(const QByteArray &bytes, bool isNull)
{
    return isNull ? QStringLiteral("(null)") : PayloadFormat::preview(bytes, INT_MAX);
}

// A number typed by a person, from 0 to max: anything else (a sign below zero, letters, a base
// prefix, too many digits) is refused rather than read as 0, a real partition and offset.
bool typedNumber(const QString &text, qint64 max, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= 0 && *value <= max;
}

// A typed line as it may be echoed to a terminal: control characters escaped, so a line can
// never drive the terminal, and long lines shortened.
QString echoOf(const QString &line)
{
    constexpr qsizetype MaxEcho = 60;
    QString echo;
    for (QChar c : line.left(MaxEcho)) {
        if (c.isPrint() || c == QLatin1Char(' '))
            echo += c;
        else
            echo += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    if (line.size() > MaxEcho)
        echo += QStringLiteral("...");
    return echo;
}
} // namespace

ConsumeCommand::ConsumeCommand(const HeadlessArguments &arguments, QTextStream &out,
                               QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{}

ConsumeCommand::~ConsumeCommand() = default;

QString ConsumeCommand::format(const KafkaMessage &m, HeadlessArguments::Format format)
{
    if (format == HeadlessArguments::Format::Text) {
        QString line = QStringLiteral("partition=%1 offset=%2 key=%3 value=%4")
                           .arg(m.partition)
                           .arg(m.offset)
                           .arg(textOf(m.key, m.keyIsNull), textOf(m.value, m.valueIsNull));
        for (const KafkaHeader &h : m.headers)
            line += QStringLiteral(" header:%1=%2")
                        .arg(textOf(h.name, false), textOf(h.value, h.valueIsNull));
        return line;
    }
    // JSON Lines (MessageJson): what `topicdesk send --format json` and the export read back.
    return QString::fromUtf8(MessageJson::toJson(m));
}

void ConsumeCommand::start()
{
    const ConnectionConfig &config = m_arguments.config;
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    if (!listing.error.isEmpty()) {
        m_err << "topicdesk: " << listing.error << Qt::endl;
        emit finished(1);
        return;
    }
    const auto topic = std::find_if(listing.topics.cbegin(), listing.topics.cend(),
                                    [&](const TopicInfo &t) { return t.name == config.topic; });
    if (topic == listing.topics.cend()) {
        m_err << "topicdesk: "
              << tr("Topic \"%1\" does not exist on %2.").arg(config.topic, config.bootstrapServers)
              << Qt::endl;
        emit finished(1);
        return;
    }
    m_partitionCount = topic->partitionCount;
    if (m_arguments.findKey) {
        const Partitioner::Result found = Partitioner::partitionFor(
            m_arguments.partitioner, m_arguments.findKey, m_partitionCount);
        if (found.partition < 0) {
            m_err << "topicdesk: "
                  << tr("Cannot find key \"%1\" in topic \"%2\": %3")
                         .arg(textOf(*m_arguments.findKey, false), config.topic, found.error)
                  << Qt::endl;
            emit finished(1);
            return;
        }
        // Browsing: no group is joined, nothing is committed.
        m_arguments.consumer.mode = ConsumerOptions::Mode::Browse;
        m_arguments.consumer.onlyPartitions = {found.partition};
        m_arguments.consumer.onlyKey = m_arguments.findKey;
        m_err << "topicdesk: "
              << tr("Key \"%1\" is in partition %2 of %3 (%4): reading only that partition, "
                    "without a consumer group, and showing only that key's messages.")
                     .arg(textOf(*m_arguments.findKey, false))
                     .arg(found.partition)
                     .arg(m_partitionCount)
                     .arg(Partitioner::description(m_arguments.partitioner))
              << Qt::endl;
    }
    ConnectionConfig consumerConfig = config;
    if (SandboxBroker::isSandboxClusterId(listing.clusterId))
        SandboxBroker::tuneConsumer(consumerConfig);
    m_consumer = std::make_unique<ConsumerThread>(consumerConfig, m_arguments.consumer);
    ConsumerThread *consumer = m_consumer.get();
    connect(consumer, &ConsumerThread::messagesReceived, this, &ConsumeCommand::onMessages);
    connect(consumer, &ConsumerThread::errorOccurred, this, &ConsumeCommand::onError);
    // Where reading starts when it cannot start where asked, and commits made on the group's
    // behalf: worth a line on standard error.
    connect(consumer, &ConsumerThread::notice, this, &ConsumeCommand::onError);
    connect(consumer, &ConsumerThread::acksApplied, this,
            [this](const QList<AckTracker::AckOutcome> &outcomes) {
                for (const AckTracker::AckOutcome &o : outcomes) {
                    if (!o.accepted)
                        m_err << "topicdesk: " << o.refusal << Qt::endl;
                    else if (m_arguments.manual)
                        m_err << "acked " << o.message.partition << ':' << o.message.offset
                              << Qt::endl;
                }
            });
    connect(consumer, &ConsumerThread::commitsConfirmed, this,
            [this](const MessagePositions &positions) {
                if (!m_arguments.manual)
                    return;
                for (const MessagePosition &p : positions)
                    m_err << "committed partition " << p.partition << " at offset " << p.offset
                          << Qt::endl;
            });
    connect(consumer, &ConsumerThread::stopped, this, [this] {
        m_consumer->wait(-1);
        if (m_undecoded > 0) {
            m_err << "topicdesk: "
                  << tr("%n key(s) or value(s) could not be decoded.", nullptr,
                        int(std::min<qint64>(m_undecoded, std::numeric_limits<int>::max())))
                  << Qt::endl;
        }
        emit finished(m_exitCode != 0 ? m_exitCode : (m_undecoded > 0 ? 1 : 0));
    });
    if (m_arguments.registry.isEnabled() || m_arguments.localSchemas) {
        if (m_arguments.registry.isEnabled())
            m_registry = std::make_shared<SchemaRegistry>(m_arguments.registry);
        m_decoder = std::make_unique<MessageDecoder>(m_registry, m_arguments.localSchemas);
        const QByteArray unique = QUuid::createUuid().toByteArray(QUuid::Id128);
        m_keyMarker = "topicdesk-key-" + unique;
        m_valueMarker = "topicdesk-value-" + unique;
    }
    if (m_arguments.manual) {
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &ConsumeCommand::onCommand);
    }
    m_consumer->start();
}

void ConsumeCommand::onMessages(const KafkaMessageBatch &batch)
{
    if (m_stopping)
        return;
    MessagePositions toAck;
    for (const KafkaMessage &m : batch) {
        if (m_arguments.count >= 0 && m_count >= m_arguments.count)
            break;
        m_out << (m_decoder ? formatDecoded(m) : format(m, m_arguments.format)) << '\n';
        ++m_count;
        if (m_arguments.manual)
            m_printed.append({m.partition, m.offset});
        else if (m_arguments.consumer.mode == ConsumerOptions::Mode::Group)
            toAck.append({m.partition, m.offset});
    }
    m_out.flush();
    if (!toAck.isEmpty())
        m_consumer->ack(toAck);
    if (m_arguments.count >= 0 && m_count >= m_arguments.count && !m_arguments.manual)
        stop(0);
}

ConsumeCommand::Decoded ConsumeCommand::decode(const QByteArray &bytes, bool isNull,
                                               bool isKey) const
{
    Decoded d;
    if (isNull)
        return d;
    // Local schemas are for values: a key is only read with the registry's framing.
    const QString topic = isKey ? QString() : m_arguments.config.topic;
    MessageDecoder::Result r = m_decoder->decode(bytes, topic);
    if (r.status == MessageDecoder::Result::Status::Pending && m_registry) {
        m_registry->waitFor(r.schemaId, m_arguments.registry.timeoutMs);
        r = m_decoder->decode(bytes, topic);
    }
    switch (r.status) {
    case MessageDecoder::Result::Status::Decoded:
        d.json = r.json;
        d.schemaId = r.schemaId;
        if (r.schemaId < 0)
            d.schemaFile = r.subject; // a local schema: its file's name
        break;
    case MessageDecoder::Result::Status::Pending:
        d.schemaId = r.schemaId;
        d.error = tr("the schema registry did not answer within %1 ms for schema %2")
                      .arg(m_arguments.registry.timeoutMs)
                      .arg(r.schemaId);
        break;
    case MessageDecoder::Result::Status::Failed:
        d.schemaId = r.schemaId;
        d.error = r.reason;
        break;
    case MessageDecoder::Result::Status::NotFramed:
        // Keys are often plain text beside framed values: only a value is expected framed
        // (and only with a registry: local schemas leave the topics they do not map alone).
        if (!isKey && m_registry)
            d.error = r.reason.isEmpty() ? tr("not in the schema registry's format") : r.reason;
        break;
    }
    return d;
}

QString ConsumeCommand::formatDecoded(const KafkaMessage &m)
{
    const Decoded key = decode(m.key, m.keyIsNull, true);
    const Decoded value = decode(m.value, m.valueIsNull, false);
    const auto report = [&](const Decoded &d, const QString &what) {
        if (d.error.isEmpty())
            return;
        ++m_undecoded;
        if (m_arguments.format == HeadlessArguments::Format::Text) {
            m_out.flush();
            m_err << "topicdesk: "
                  << tr("partition %1 offset %2: the %3 is not decoded: %4")
                         .arg(m.partition)
                         .arg(m.offset)
                         .arg(what, d.error)
                  << Qt::endl;
        }
    };
    report(key, tr("key"));
    report(value, tr("value"));
    if (key.json.isEmpty() && value.json.isEmpty() &&
        m_arguments.format == HeadlessArguments::Format::Text)
        return format(m, m_arguments.format);
    // The line with markers in place of what was decoded; the JSON is spliced in for them, as
    // written (never re-parsed: a 64-bit number stays exact, names keep their order).
    KafkaMessage shown = m;
    if (!key.json.isEmpty()) {
        shown.key = m_keyMarker;
        shown.keyIsNull = false;
    }
    if (!value.json.isEmpty()) {
        shown.value = m_valueMarker;
        shown.valueIsNull = false;
    }
    if (m_arguments.format == HeadlessArguments::Format::Text) {
        QString text = format(shown, m_arguments.format);
        if (!key.json.isEmpty())
            text.replace(QString::fromLatin1(m_keyMarker), QString::fromUtf8(key.json));
        if (!value.json.isEmpty())
            text.replace(QString::fromLatin1(m_valueMarker), QString::fromUtf8(value.json));
        return text;
    }
    QByteArray line = MessageJson::toJson(shown);
    // "key" and "value" hold the decoded JSON, with the schema id (or the error) beside them.
    const auto splice = [&line](const QByteArray &marker, const Decoded &d, const char *name) {
        // Outside a string a field starts after '{' or ',': inside one a quote is escaped.
        const QByteArray field = QByteArray("\"") + name + "\":";
        qsizetype at = line.startsWith('{' + field) ? 1 : line.indexOf(',' + field);
        if (at < 0)
            return;
        if (at > 1)
            ++at;
        const qsizetype valueStart = at + field.size();
        qsizetype valueEnd = valueStart;
        QByteArray extra;
        if (!d.json.isEmpty()) {
            const QByteArray quoted = '"' + marker + '"';
            if (line.mid(valueStart, quoted.size()) != quoted)
                return;
            line.replace(valueStart, quoted.size(), d.json);
            valueEnd = valueStart + d.json.size();
            if (d.schemaFile.isEmpty())
                extra = QByteArray(",\"") + name + "_schema_id\":" + QByteArray::number(d.schemaId);
            else
                extra = QByteArray(",\"") + name + "_schema_file\":" +
                        QJsonDocument(QJsonArray{d.schemaFile})
                            .toJson(QJsonDocument::Compact)
                            .mid(1)
                            .chopped(1);
        } else if (!d.error.isEmpty()) {
            // After the value as MessageJson wrote it (a string, null), and its encoding.
            const QByteArray encoding = QByteArray(",\"") + name + "Encoding\":\"base64\"";
            if (line.at(valueStart) == '"') {
                valueEnd = valueStart + 1;
                while (valueEnd < line.size() && line.at(valueEnd) != '"')
                    valueEnd += line.at(valueEnd) == '\\' ? 2 : 1;
                ++valueEnd;
            } else {
                valueEnd = line.indexOf(',', valueStart);
            }
            if (line.mid(valueEnd, encoding.size()) == encoding)
                valueEnd += encoding.size();
            if (d.schemaId >= 0)
                extra +=
                    QByteArray(",\"") + name + "_schema_id\":" + QByteArray::number(d.schemaId);
            extra +=
                QByteArray(",\"") + name + "_error\":" +
                QJsonDocument(QJsonArray{d.error}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        }
        line.insert(valueEnd, extra);
    };
    splice(m_keyMarker, key, "key");
    splice(m_valueMarker, value, "value");
    return QString::fromUtf8(line);
}

void ConsumeCommand::onCommand()
{
    const bool more = readAvailable();
    if (!more && m_stdin->isEnabled()) { // end of input
        m_stdin->setEnabled(false);
        stop(0);
    }
}

bool ConsumeCommand::readAvailable()
{
    // A chunk at a time, each run before the next is read: a flood of input never piles up.
    // At most a pipe's worth (64 KiB) per call, so an endless stream cannot hold up the event
    // loop (messages, signals); a full pipe is drained before the group is left.
    pollfd input{STDIN_FILENO, POLLIN, 0};
    for (int chunk = 0; chunk < 16 && !m_quit && ::poll(&input, 1, 0) > 0; ++chunk) {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        m_input.append(buffer, n);
        runCommands();
        if (n < ssize_t(sizeof buffer))
            break;
    }
    return true;
}

void ConsumeCommand::runCommands()
{
    const auto tooLong = [this](qint64 lineNumber) {
        m_err << "topicdesk: "
              << tr("Line %1 is longer than %2 bytes: it is not a command, skipped.")
                     .arg(lineNumber)
                     .arg(MaxCommandBytes)
              << Qt::endl;
    };
    qsizetype newline;
    while (!m_quit && (newline = m_input.indexOf('\n')) >= 0) {
        const QByteArray line = m_input.left(newline);
        m_input.remove(0, newline + 1);
        ++m_lineNumber;
        if (m_skippingLongLine)
            m_skippingLongLine = false; // its end, already reported
        else if (line.size() > MaxCommandBytes)
            tooLong(m_lineNumber);
        else
            runCommand(line);
    }
    if (!m_quit && m_input.size() > MaxCommandBytes) {
        // Not a command, and not kept: a line with no end would take all memory.
        if (!m_skippingLongLine)
            tooLong(m_lineNumber + 1);
        m_skippingLongLine = true;
        m_input.clear();
    }
}

void ConsumeCommand::runCommand(const QByteArray &bytes)
{
    const QString usage = tr("use ack P:O, ack all or quit.");
    if (bytes.contains('\0')) {
        m_err << "topicdesk: "
              << tr("Line %1 contains a NUL byte, ignored: %2").arg(m_lineNumber).arg(usage)
              << Qt::endl;
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString line = QString(decoder(bytes)).trimmed();
    if (decoder.hasError()) {
        m_err << "topicdesk: "
              << tr("Line %1 is not UTF-8 text, ignored: %2").arg(m_lineNumber).arg(usage)
              << Qt::endl;
        return;
    }
    if (line.isEmpty())
        return;
    if (line == QLatin1String("quit")) {
        m_quit = true; // the lines after it are not run
        stop(0);
        return;
    }
    static const QRegularExpression ackOne(QStringLiteral(R"(^ack\s+([^\s:]+)\s*:\s*(\S+)$)"));
    MessagePositions toAck;
    if (line == QLatin1String("ack all")) {
        toAck = m_printed;
    } else if (const QRegularExpressionMatch match = ackOne.match(line); match.hasMatch()) {
        qint64 partition = -1;
        qint64 offset = -1;
        if (!typedNumber(match.captured(1), std::numeric_limits<qint32>::max(), &partition)) {
            m_err << "topicdesk: "
                  << tr("Line %1: the partition must be a number from 0 to %2, not \"%3\"; "
                        "nothing acknowledged.")
                         .arg(m_lineNumber)
                         .arg(std::numeric_limits<qint32>::max())
                         .arg(echoOf(match.captured(1)))
                  << Qt::endl;
            return;
        }
        if (!typedNumber(match.captured(2), std::numeric_limits<qint64>::max(), &offset)) {
            m_err << "topicdesk: "
                  << tr("Line %1: the offset must be a number from 0 to %2, not \"%3\"; "
                        "nothing acknowledged.")
                         .arg(m_lineNumber)
                         .arg(std::numeric_limits<qint64>::max())
                         .arg(echoOf(match.captured(2)))
                  << Qt::endl;
            return;
        }
        if (partition >= m_partitionCount) {
            m_err << "topicdesk: "
                  << (m_partitionCount == 1
                          ? tr("Partition %1 does not exist: topic \"%2\" has only partition 0.")
                                .arg(partition)
                                .arg(m_arguments.config.topic)
                          : tr("Partition %1 does not exist: topic \"%2\" has partitions 0 to "
                               "%3.")
                                .arg(partition)
                                .arg(m_arguments.config.topic)
                                .arg(m_partitionCount - 1))
                  << Qt::endl;
            return;
        }
        toAck.append({qint32(partition), offset});
    } else {
        m_err << "topicdesk: " << tr("Unknown command \"%1\": %2").arg(echoOf(line), usage)
              << Qt::endl;
        return;
    }
    m_consumer->ack(toAck);
}

void ConsumeCommand::onError(const QString &message)
{
    m_err << "topicdesk: " << message << Qt::endl;
}

void ConsumeCommand::stop(int exitCode)
{
    if (m_stopping || !m_consumer)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    if (m_stdin && m_stdin->isEnabled()) {
        // Acks typed before the signal are already in the pipe: run them first, so exactly
        // what was acknowledged is committed.
        readAvailable();
        m_stdin->setEnabled(false);
    }
    // Queued behind any ack already sent, so those are committed before the group is left.
    m_consumer->stop();
}
