// ConnectionConfig: where TopicDesk connects and as whom, and the checks that turn bad input
// into plain-language messages before anything reaches librdkafka.
#pragma once

#include <QCoreApplication>

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ConnectionConfig
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionConfig)

public:
    // Comma-separated host:port list. Empty means the built-in sandbox broker.
    QString bootstrapServers;
    QString topic;
    QString groupId;
    QString clientId;
    // Extra librdkafka properties (name, value), applied after TopicDesk's defaults.
    QList<QPair<QString, QString>> properties;

    bool usesSandbox() const { return bootstrapServers.trimmed().isEmpty(); }

    // Problems a user must fix before connecting, one sentence each; empty when valid.
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
