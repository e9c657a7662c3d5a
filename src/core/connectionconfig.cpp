#include "connectionconfig.h"

#include "libraryfeatures.h"
#include "sandboxbroker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// Kafka's own limit (org.apache.kafka.common.internals.Topic): 249 characters.
constexpr int MaxTopicLength = 249;
} // namespace

QStringList ConnectionConfig::validate() const
{
    QStringList problems;
    if (!usesSandbox()) {
        if (const QString error = checkBootstrapServers(effectiveBootstrapServers());
            !error.isEmpty())
            problems << error;
    }
    if (!topic.isEmpty()) {
        if (const QString error = checkTopicName(topic); !error.isEmpty())
            problems << error;
    }
    if (const QString error = checkGroupId(groupId); !error.isEmpty())
        problems << error;
    if (const QString error = groupProtocolProblem(); !error.isEmpty())
        problems << error;
    if (usesSasl() && !usesSandbox() && username.trimmed().isEmpty())
        problems << tr("%1 needs a user name.").arg(securityName(security));
    if (usesSandbox() && security != Security::Plaintext)
        problems << tr("The sandbox speaks plain Kafka only: it has no SSL or SASL.");
    if (usesSandbox() && !SandboxBroker::isValidBrokerCount(sandboxBrokers))
        problems << SandboxBroker::brokerCountProblem(sandboxBrokers);
    if (usesSsl()) {
        // librdkafka refuses a missing file with an OpenSSL error code ("system lib"): say
        // which file and why instead.
        const QList<QPair<QString, QString>> files = {{caFile, tr("The CA file")},
                                                      {certFile, tr("The client certificate file")},
                                                      {keyFile, tr("The client key file")}};
        for (const auto &[file, what] : files) {
            if (file.isEmpty())
                continue;
            const QFileInfo info(file);
            if (!info.exists())
                problems << tr("%1 \"%2\" does not exist.").arg(what, file);
            else if (!info.isFile() || !info.isReadable())
                problems << tr("%1 \"%2\" cannot be read.").arg(what, file);
        }
    }
    if (const QString problem = registry.validate(); !problem.isEmpty())
        problems << problem;
    return problems;
}

QString ConnectionConfig::effectiveBootstrapServers() const
{
    QString servers = bootstrapServers.trimmed();
    for (const auto &[name, value] : properties) {
        if (name == QLatin1String("bootstrap.servers") ||
            name == QLatin1String("metadata.broker.list"))
            servers = value.trimmed();
    }
    return servers;
}

QString ConnectionConfig::securityName(Security security)
{
    switch (security) {
    case Security::Plaintext:
        return QStringLiteral("PLAINTEXT");
    case Security::Ssl:
        return QStringLiteral("SSL");
    case Security::SaslPlaintext:
        return QStringLiteral("SASL_PLAINTEXT");
    case Security::SaslSsl:
        return QStringLiteral("SASL_SSL");
    }
    return {};
}

QString ConnectionConfig::mechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain:
        return QStringLiteral("PLAIN");
    case SaslMechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case SaslMechanism::ScramSha512:
        return QStringLiteral("SCRAM-SHA-512");
    }
    return {};
}

QString ConnectionConfig::groupProtocolName(GroupProtocol protocol)
{
    switch (protocol) {
    case GroupProtocol::Classic:
        return QStringLiteral("classic");
    case GroupProtocol::Consumer:
        return QStringLiteral("consumer");
    }
    return {};
}

std::optional<ConnectionConfig::GroupProtocol>
ConnectionConfig::groupProtocolFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const GroupProtocol protocol : {GroupProtocol::Classic, GroupProtocol::Consumer}) {
        if (wanted == groupProtocolName(protocol))
            return protocol;
    }
    return std::nullopt;
}

const QStringList &ConnectionConfig::classicOnlyProperties()
{
    static const QStringList names = {
        QStringLiteral("session.timeout.ms"), QStringLiteral("heartbeat.interval.ms"),
        QStringLiteral("partition.assignment.strategy"), QStringLiteral("group.protocol.type")};
    return names;
}

QString ConnectionConfig::groupProtocolProblem() const
{
    const QString chosen = groupProtocolName(groupProtocol);
    if (groupProtocol == GroupProtocol::Consumer && !LibraryFeatures::groupProtocolAvailable())
        return tr("Kafka 4's consumer group protocol is not available: it %1. Choose the "
                  "classic protocol.")
            .arg(LibraryFeatures::groupProtocolUnavailableReason());
    for (const auto &[name, value] : properties) {
        const QString property = name.trimmed();
        if (property == QLatin1String("group.protocol") && value.trimmed().toLower() != chosen)
            return tr("The advanced property group.protocol = \"%1\" contradicts the group "
                      "protocol chosen (%2): choose the protocol in its own field and remove "
                      "the property.")
                .arg(value, chosen);
        if (groupProtocol == GroupProtocol::Consumer && classicOnlyProperties().contains(property))
            return tr("The advanced property %1 belongs to the classic group protocol: with "
                      "the consumer protocol the broker decides it (group.consumer.* settings "
                      "on the broker). Remove the property, or choose the classic protocol.")
                .arg(property);
    }
    return {};
}

ConnectionConfig ConnectionConfig::fromEnvironment(const QProcessEnvironment &environment)
{
    ConnectionConfig config;
    config.bootstrapServers = environment.value(QStringLiteral("KAFKA_BROKERS")).trimmed();
    config.topic = environment.value(QStringLiteral("KAFKA_TOPIC")).trimmed();
    config.groupId = environment.value(QStringLiteral("KAFKA_GROUP")).trimmed();
    if (config.groupId.isEmpty())
        config.groupId = defaultGroupId();
    config.clientId = defaultClientId();
    return config;
}

QString ConnectionConfig::checkBootstrapServers(const QString &servers)
{
    const QStringList entries = servers.split(QLatin1Char(','));
    if (servers.trimmed().isEmpty())
        return tr("No bootstrap server given: enter host:port, or choose the sandbox.");
    // host:port, or [IPv6]:port. Scheme prefixes such as PLAINTEXT:// are accepted by
    // librdkafka, so we accept them too.
    static const QRegularExpression entryPattern(
        QStringLiteral(R"(^(?:[A-Za-z_]+://)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):([0-9]{1,5})$)"));
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            return tr("The server list has an empty entry: remove the extra comma.");
        const QRegularExpressionMatch match = entryPattern.match(entry);
        if (!match.hasMatch()) {
            if (!entry.contains(QLatin1Char(':')))
                return tr("\"%1\" has no port: write it as host:port, for example %1:9092.")
                    .arg(entry);
            return tr("\"%1\" is not a host:port address.").arg(entry);
        }
        const int port = match.captured(2).toInt();
        if (port < 1 || port > 65535)
            return tr("\"%1\" has port %2, but a port must be between 1 and 65535.")
                .arg(entry)
                .arg(port);
    }
    return {};
}

QString ConnectionConfig::checkTopicName(const QString &topic)
{
    if (topic.isEmpty())
        return tr("The topic name is empty.");
    if (topic == QLatin1String(".") || topic == QLatin1String(".."))
        return tr("A topic cannot be named \".\" or \"..\".");
    if (topic.size() > MaxTopicLength)
        return tr("The topic name has %1 characters; Kafka allows at most %2.")
            .arg(topic.size())
            .arg(MaxTopicLength);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!allowed.match(topic).hasMatch())
        return tr("The topic name \"%1\" may only contain letters a-z and A-Z, digits, '.', '_' "
                  "and '-'.")
            .arg(topic);
    return {};
}

QString ConnectionConfig::checkGroupId(const QString &groupId)
{
    if (groupId.trimmed().isEmpty())
        return tr("The consumer group is empty: enter a group id such as \"%1\".")
            .arg(defaultGroupId());
    if (groupId != groupId.trimmed())
        return tr("The consumer group \"%1\" starts or ends with spaces.").arg(groupId);
    return {};
}
