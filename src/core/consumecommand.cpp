#include "consumecommand.h"

#include "clustermetadata.h"
#include "consumerworker.h"
#include "payloadformat.h"
#include "sandboxbroker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <unistd.h>

namespace {
// Text as a JSON string; anything else under "<name>_base64".
void putBytes(QJsonObject &object, const QString &name, const QByteArray &bytes, bool isNull)
{
    if (isNull)
        object.insert(name, QJsonValue::Null);
    else if (PayloadFormat::isText(bytes))
        object.insert(name, QString::fromUtf8(bytes));
    else
        object.insert(name + QStringLiteral("_base64"), QString::fromLatin1(bytes.toBase64()));
}

QString textOf(const QByteArray &bytes, bool isNull)
{
    return isNull ? QStringLiteral("(null)") : PayloadFormat::preview(bytes, INT_MAX);
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
    QJsonObject object{{QStringLiteral("topic"), m.topic},
                       {QStringLiteral("partition"), m.partition},
                       {QStringLiteral("offset"), m.offset}};
    object.insert(QStringLiteral("timestamp"),
                  m.timestampMs >= 0 ? QJsonValue(m.timestampMs) : QJsonValue(QJsonValue::Null));
    putBytes(object, QStringLiteral("key"), m.key, m.keyIsNull);
    putBytes(object, QStringLiteral("value"), m.value, m.valueIsNull);
    if (m.redelivered)
        object.insert(QStringLiteral("redelivered"), true);
    QJsonArray headers;
    for (const KafkaHeader &h : m.headers) {
        QJsonObject header{{QStringLiteral("name"), QString::fromUtf8(h.name)}};
        putBytes(header, QStringLiteral("value"), h.value, h.valueIsNull);
        headers.append(header);
    }
    if (!headers.isEmpty())
        object.insert(QStringLiteral("headers"), headers);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
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
    if (std::none_of(listing.topics.cbegin(), listing.topics.cend(),
                     [&](const TopicInfo &t) { return t.name == config.topic; })) {
        m_err << "topicdesk: "
              << tr("Topic \"%1\" does not exist on %2.").arg(config.topic, config.bootstrapServers)
              << Qt::endl;
        emit finished(1);
        return;
    }
    ConnectionConfig consumerConfig = config;
    if (SandboxBroker::isSandboxClusterId(listing.clusterId))
        SandboxBroker::tuneConsumer(consumerConfig);
    m_worker = new ConsumerWorker(consumerConfig, m_arguments.consumer);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &ConsumerWorker::start);
    connect(m_worker, &ConsumerWorker::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_worker, &ConsumerWorker::messagesReceived, this, &ConsumeCommand::onMessages);
    connect(m_worker, &ConsumerWorker::errorOccurred, this, &ConsumeCommand::onError);
    connect(m_worker, &ConsumerWorker::acksApplied, this,
            [this](const QList<AckTracker::AckOutcome> &outcomes) {
                for (const AckTracker::AckOutcome &o : outcomes) {
                    if (!o.accepted)
                        m_err << "topicdesk: " << o.refusal << Qt::endl;
                    else if (m_arguments.manual)
                        m_err << "acked " << o.message.partition << ':' << o.message.offset
                              << Qt::endl;
                }
            });
    connect(m_worker, &ConsumerWorker::commitsConfirmed, this,
            [this](const MessagePositions &positions) {
                if (!m_arguments.manual)
                    return;
                for (const MessagePosition &p : positions)
                    m_err << "committed partition " << p.partition << " at position " << p.offset
                          << Qt::endl;
            });
    connect(m_worker, &ConsumerWorker::stopped, this, [this] {
        m_thread.wait();
        emit finished(m_exitCode);
    });
    if (m_arguments.manual) {
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &ConsumeCommand::onCommand);
    }
    m_thread.start();
}

void ConsumeCommand::onMessages(const KafkaMessageBatch &batch)
{
    if (m_stopping)
        return;
    MessagePositions toAck;
    for (const KafkaMessage &m : batch) {
        if (m_arguments.count >= 0 && m_count >= m_arguments.count)
            break;
        m_out << format(m, m_arguments.format) << '\n';
        ++m_count;
        m_printed.append({m.partition, m.offset});
        if (!m_arguments.manual)
            toAck.append({m.partition, m.offset});
    }
    m_out.flush();
    if (!toAck.isEmpty())
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, toAck] { worker->ack(toAck); }, Qt::QueuedConnection);
    if (m_arguments.count >= 0 && m_count >= m_arguments.count && !m_arguments.manual)
        stop(0);
}

void ConsumeCommand::onCommand()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) { // end of input
        m_stdin->setEnabled(false);
        stop(0);
        return;
    }
    m_input.append(buffer, n);
    static const QRegularExpression ackOne(QStringLiteral(R"(^ack\s+(\d+)\s*:\s*(\d+)$)"));
    qsizetype newline;
    while ((newline = m_input.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_input.left(newline)).trimmed();
        m_input.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        MessagePositions toAck;
        if (line == QLatin1String("quit")) {
            stop(0);
            return;
        }
        if (line == QLatin1String("ack all")) {
            toAck = m_printed;
        } else if (const QRegularExpressionMatch match = ackOne.match(line); match.hasMatch()) {
            toAck.append({match.captured(1).toInt(), match.captured(2).toLongLong()});
        } else {
            m_err << "topicdesk: "
                  << tr("Unknown command \"%1\": use ack P:O, ack all or quit.").arg(line)
                  << Qt::endl;
            continue;
        }
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, toAck] { worker->ack(toAck); }, Qt::QueuedConnection);
    }
}

void ConsumeCommand::onError(const QString &message)
{
    m_err << "topicdesk: " << message << Qt::endl;
}

void ConsumeCommand::stop(int exitCode)
{
    if (m_stopping || !m_worker)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    // Queued behind any ack already sent, so those are committed before the group is left.
    QMetaObject::invokeMethod(m_worker, &ConsumerWorker::stop, Qt::QueuedConnection);
}
