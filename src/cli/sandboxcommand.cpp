#include "sandboxcommand.h"

#include <algorithm>

SandboxCommand::SandboxCommand(const HeadlessArguments &arguments, QTextStream &out,
                               QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{}

bool SandboxCommand::start()
{
    QString error;
    if (!m_broker.start(&error, m_arguments.partitions, m_arguments.sandboxBrokers)) {
        m_err << "topicdesk: " << error << Qt::endl;
        return false;
    }
    QString address = m_broker.bootstrapServers();
    if (m_arguments.port > 0) {
        // The extra port leads to the first broker; clients learn the others from it.
        const QString first = address.section(QLatin1Char(','), 0, 0);
        const qsizetype colon = first.lastIndexOf(QLatin1Char(':'));
        if (!m_forwarder.listen(quint16(m_arguments.port), QHostAddress(first.left(colon)),
                                quint16(first.mid(colon + 1).toUInt()), &error)) {
            m_err << "topicdesk: " << error << Qt::endl;
            return false;
        }
        address = QStringLiteral("127.0.0.1:%1").arg(m_arguments.port);
    }
    if (m_broker.brokerCount() == 1) {
        m_out << tr("Sandbox broker listening on %1").arg(address) << Qt::endl;
    } else {
        m_out << tr("%1 sandbox brokers are running, each with a replica of every partition. "
                    "Clients connect through %2.")
                     .arg(m_broker.brokerCount())
                     .arg(address)
              << Qt::endl;
        for (int partition = 0; partition < std::min(m_arguments.partitions, 10); ++partition)
            m_out << tr("  Partition %1 of %2: leader broker %3")
                         .arg(partition)
                         .arg(SandboxBroker::defaultTopic())
                         .arg(m_broker.leaderOf(SandboxBroker::defaultTopic(), partition))
                  << Qt::endl;
    }
    m_out << tr("Topic %1 has %n partition(s). Try, in other terminals:", nullptr,
                m_arguments.partitions)
                 .arg(SandboxBroker::defaultTopic())
          << Qt::endl
          << QStringLiteral("  KAFKA_BROKERS=%1 topicdesk consume --topic %2")
                 .arg(address, SandboxBroker::defaultTopic())
          << Qt::endl
          << QStringLiteral("  KAFKA_BROKERS=%1 topicdesk send --topic %2 \"hello\"")
                 .arg(address, SandboxBroker::defaultTopic())
          << Qt::endl
          << tr("Press Ctrl+C to stop; its messages are gone then.") << Qt::endl;
    return true;
}
