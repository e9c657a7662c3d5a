#include "sandboxcommand.h"

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
    if (!m_broker.start(&error, m_arguments.partitions)) {
        m_err << "topicdesk: " << error << Qt::endl;
        return false;
    }
    QString address = m_broker.bootstrapServers();
    if (m_arguments.port > 0) {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        if (!m_forwarder.listen(quint16(m_arguments.port), QHostAddress(address.left(colon)),
                                quint16(address.mid(colon + 1).toUInt()), &error)) {
            m_err << "topicdesk: " << error << Qt::endl;
            return false;
        }
        address = QStringLiteral("127.0.0.1:%1").arg(m_arguments.port);
    }
    m_out << tr("Sandbox broker listening on %1").arg(address) << Qt::endl
          << tr("Topic %1 has %n partition(s). Try, in other terminals:", nullptr,
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
