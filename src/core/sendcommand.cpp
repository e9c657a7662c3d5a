#include "sendcommand.h"

#include "clustermetadata.h"

#include <QFile>

SendCommand::SendCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                         QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{
    connect(&m_producer, &Producer::delivered, this, &SendCommand::onDelivered);
}

void SendCommand::fail(const QString &message)
{
    m_err << "topicdesk: " << message << Qt::endl;
    emit finished(1);
}

void SendCommand::start()
{
    const ConnectionConfig &config = m_arguments.config;
    // One metadata round trip first: an unreachable cluster or an unknown topic is said at
    // once, instead of after the delivery timeout (and nothing creates the topic by accident).
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    if (!listing.error.isEmpty())
        return fail(listing.error);
    const auto topic = std::find_if(listing.topics.cbegin(), listing.topics.cend(),
                                    [&](const TopicInfo &t) { return t.name == config.topic; });
    if (topic == listing.topics.cend())
        return fail(
            tr("Topic \"%1\" does not exist on %2.").arg(config.topic, config.bootstrapServers));
    if (m_arguments.request.partition >= topic->partitionCount)
        return fail(tr("Partition %1 does not exist: topic \"%2\" has %n partition(s).", nullptr,
                       topic->partitionCount)
                        .arg(m_arguments.request.partition)
                        .arg(config.topic));
    QString error;
    if (!m_producer.open(config, m_arguments.producer, &error))
        return fail(error);

    QStringList messages = m_arguments.messages;
    if (m_arguments.readStdin) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(tr("Cannot read standard input."));
        for (;;) {
            // Standard input is sequential: atEnd() is only known after a read came back empty.
            QByteArray line = input.readLine();
            if (line.isEmpty())
                break;
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            messages << QString::fromUtf8(line);
        }
    }
    if (messages.isEmpty()) {
        emit finished(0);
        return;
    }
    for (const QString &message : std::as_const(messages)) {
        ProduceRequest request = m_arguments.request;
        request.value = message.toUtf8();
        const quint64 id = m_producer.send(request, &error, 10000);
        if (id == 0)
            return fail(error);
        m_order.append(id);
    }
}

void SendCommand::onDelivered(const DeliveryReport &report)
{
    m_reports.insert(report.requestId, report);
    // Print in send order, as soon as the next one in line is known.
    while (m_printed < m_order.size() && m_reports.contains(m_order.at(m_printed))) {
        const DeliveryReport r = m_reports.take(m_order.at(m_printed++));
        if (r.delivered()) {
            m_out << "topic=" << r.topic << " partition=" << r.partition << " offset="
                  << (r.offset >= 0 ? QString::number(r.offset) : QStringLiteral("unknown"))
                  << Qt::endl;
        } else {
            m_anyFailed = true;
            m_err << "topicdesk: "
                  << tr("message %1 was not delivered: %2").arg(m_printed).arg(r.error) << Qt::endl;
        }
    }
    if (m_printed == m_order.size())
        emit finished(m_anyFailed ? 1 : 0);
}
