// ConnectionConfig: where TopicDesk connects and as whom, and the checks that turn bad input
// into plain-language messages before anything reaches librdkafka.
#pragma once

#include "registrysettings.h"

#include <QCoreApplication>

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

struct ConnectionConfig
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionConfig)

public:
    // Comma-separated host:port list. Empty means the built-in sandbox broker.
    QString bootstrapServers;
    // How many brokers the sandbox runs: 1 or 3 (SandboxBroker::isValidBrokerCount).
    int sandboxBrokers = 1;
    QString topic;
    QString groupId;
    QString clientId;
    // How consumers join the group: the classic protocol (JoinGroup/SyncGroup, the members
    // compute the assignment), or Kafka 4's consumer protocol (KIP-848, group.protocol=consumer:
    // the broker assigns partition by partition through heartbeats), which needs librdkafka 2.4
    // or later (LibraryFeatures::groupProtocolAvailable) and a broker that serves it.
    enum class GroupProtocol { Classic, Consumer };
    GroupProtocol groupProtocol = GroupProtocol::Classic;
    // Extra librdkafka properties (name, value), applied after TopicDesk's defaults.
    QList<QPair<QString, QString>> properties;

    enum class Security { Plaintext, Ssl, SaslPlaintext, SaslSsl };
    enum class SaslMechanism { Plain, ScramSha256, ScramSha512 };
    Security security = Security::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::Plain;
    QString username;
    // Held in memory for the session only: never written to settings (see ProfileStore).
    QString password;
    QString caFile;   // PEM file of the CA that signed the brokers' certificates
    QString certFile; // client certificate (PEM), for brokers that require one
    QString keyFile;  // the client certificate's private key (PEM)
    // The schema registry whose schemas decode the messages; its password, like the brokers',
    // is never written to settings.
    RegistrySettings registry;

    bool usesSasl() const
    {
        return security == Security::SaslPlaintext || security == Security::SaslSsl;
    }
    bool usesSsl() const { return security == Security::Ssl || security == Security::SaslSsl; }
    // librdkafka's names: "SASL_SSL", "SCRAM-SHA-256" and so on.
    static QString securityName(Security security);
    static QString mechanismName(SaslMechanism mechanism);
    // librdkafka's group.protocol values: "classic", "consumer".
    static QString groupProtocolName(GroupProtocol protocol);
    // The protocol named (case and surrounding spaces ignored), or nullopt.
    static std::optional<GroupProtocol> groupProtocolFromName(const QString &name);
    // Consumer properties the consumer protocol does not take (the broker decides them):
    // session.timeout.ms, heartbeat.interval.ms, partition.assignment.strategy,
    // group.protocol.type.
    static const QStringList &classicOnlyProperties();
    // Why the chosen group protocol cannot be used with this library or these properties, in
    // plain words; empty when it can. Part of validate().
    QString groupProtocolProblem() const;

    // The servers librdkafka is given: a bootstrap.servers (or its alias metadata.broker.list)
    // among the extra properties wins over bootstrapServers, as it does in KafkaConf, so this
    // is the address to name in messages.
    QString effectiveBootstrapServers() const;
    bool usesSandbox() const { return effectiveBootstrapServers().isEmpty(); }

    // Problems a user must fix before connecting, one sentence each; empty when valid. Files
    // named for TLS (CA, certificate, key) must exist and be readable.
    QStringList validate() const;

    // The configuration the environment asks for: KAFKA_BROKERS, KAFKA_TOPIC, KAFKA_GROUP.
    static ConnectionConfig fromEnvironment(const QProcessEnvironment &environment);

    // Each returns an empty string when the value is acceptable, else why it is not.
    static QString checkBootstrapServers(const QString &servers);
    static QString checkTopicName(const QString &topic);
    static QString checkGroupId(const QString &groupId);

    static QString defaultGroupId() { return QStringLiteral("topicdesk"); }
    static QString defaultClientId() { return QStringLiteral("topicdesk"); }
};
