#include "kafkaconf.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLibrdkafka, "topicdesk.librdkafka", QtWarningMsg)

namespace {
// librdkafka prints its own log lines to standard error unless given somewhere else to put
// them. TopicDesk reports problems in plain words itself, so they go to a logging category,
// shown with QT_LOGGING_RULES="topicdesk.librdkafka.debug=true".
class LogSink final : public RdKafka::EventCb
{
public:
    void event_cb(RdKafka::Event &event) override { KafkaConf::logEvent(event); }
};
LogSink logSink;
} // namespace

void KafkaConf::logEvent(RdKafka::Event &event)
{
    if (event.type() == RdKafka::Event::EVENT_LOG || event.type() == RdKafka::Event::EVENT_ERROR)
        qCDebug(lcLibrdkafka, "%s %s", event.fac().c_str(), event.str().c_str());
}

std::unique_ptr<RdKafka::Conf> KafkaConf::create(const ConnectionConfig &config, Role role,
                                                 QString *error)
{
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    std::string reason;
    conf->set("event_cb", static_cast<RdKafka::EventCb *>(&logSink), reason);
    const std::string clientId =
        (config.clientId.isEmpty() ? ConnectionConfig::defaultClientId() : config.clientId)
            .toStdString();
    bool ok =
        set(*conf, "bootstrap.servers", config.bootstrapServers.trimmed().toStdString(), error) &&
        set(*conf, "client.id", clientId, error) &&
        // Fail fast on addresses where nothing listens instead of retrying quietly for
        // minutes: the user is looking at the window and wants to know.
        set(*conf, "socket.connection.setup.timeout.ms", "10000", error) &&
        set(*conf, "reconnect.backoff.max.ms", "2000", error);
    ok = ok && set(*conf, "security.protocol",
                   ConnectionConfig::securityName(config.security).toLower().toStdString(), error);
    if (ok && config.usesSasl()) {
        ok = set(*conf, "sasl.mechanisms",
                 ConnectionConfig::mechanismName(config.saslMechanism).toStdString(), error) &&
             set(*conf, "sasl.username", config.username.toStdString(), error) &&
             set(*conf, "sasl.password", config.password.toStdString(), error);
    }
    if (ok && config.usesSsl()) {
        const QList<QPair<const char *, QString>> files = {
            {"ssl.ca.location", config.caFile},
            {"ssl.certificate.location", config.certFile},
            {"ssl.key.location", config.keyFile}};
        for (const auto &[name, file] : files) {
            if (ok && !file.isEmpty())
                ok = set(*conf, name, file.toStdString(), error);
        }
    }
    switch (role) {
    case Role::Producer:
        ok = ok && set(*conf, "acks", "all", error) && set(*conf, "linger.ms", "5", error) &&
             // A message nobody can take is reported after 30 s, not librdkafka's 5 minutes.
             set(*conf, "message.timeout.ms", "30000", error);
        break;
    case Role::Consumer: {
        const std::string groupId =
            (config.groupId.isEmpty() ? ConnectionConfig::defaultGroupId() : config.groupId)
                .toStdString();
        ok = ok && set(*conf, "group.id", groupId, error) &&
             // Commits happen only when the user acknowledges (see AckTracker).
             set(*conf, "enable.auto.commit", "false", error) &&
             set(*conf, "auto.offset.reset", "earliest", error) &&
             set(*conf, "enable.partition.eof", "false", error) &&
             // librdkafka 2.0 stops fetching a partition for fetch.error.backoff.ms (500 ms)
             // whenever its prefetch queue holds queued.min.messages: a consumer that does any
             // work per message (copying it for the table) stalls there every 100,000
             // messages. Prefetch more and back off briefly instead (tests/bench).
             set(*conf, "queued.min.messages", "1000000", error) &&
             set(*conf, "fetch.error.backoff.ms", "20", error);
        break;
    }
    case Role::Metadata:
        break;
    }
    // The user's own properties come last, so they win over the defaults above.
    for (const auto &[name, value] : config.properties) {
        if (!ok)
            break;
        ok = set(*conf, name.toStdString(), value.toStdString(), error);
    }
    if (!ok)
        return nullptr;
    return conf;
}

bool KafkaConf::set(RdKafka::Conf &conf, const std::string &name, const std::string &value,
                    QString *error)
{
    std::string reason;
    if (conf.set(name, value, reason) == RdKafka::Conf::CONF_OK)
        return true;
    if (error)
        *error = tr("The setting %1 = \"%2\" was refused: %3")
                     .arg(QString::fromStdString(name), QString::fromStdString(value),
                          QString::fromStdString(reason));
    return false;
}
