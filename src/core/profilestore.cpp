#include "profilestore.h"

ProfileStore::ProfileStore(const QString &iniPath)
    : m_entries(QStringLiteral("profiles"), iniPath)
{}

std::optional<ConnectionConfig> ProfileStore::load(const QString &name) const
{
    if (!m_entries.contains(name))
        return std::nullopt;
    QSettings &s = m_entries.beginRead(name);
    ConnectionConfig config;
    config.bootstrapServers = s.value(QStringLiteral("bootstrapServers")).toString();
    config.clientId = s.value(QStringLiteral("clientId")).toString();
    config.groupId = s.value(QStringLiteral("groupId")).toString();
    config.topic = s.value(QStringLiteral("topic")).toString();
    config.security =
        ConnectionConfig::Security(std::clamp(s.value(QStringLiteral("security")).toInt(), 0, 3));
    config.saslMechanism = ConnectionConfig::SaslMechanism(
        std::clamp(s.value(QStringLiteral("saslMechanism")).toInt(), 0, 2));
    config.username = s.value(QStringLiteral("username")).toString();
    config.caFile = s.value(QStringLiteral("caFile")).toString();
    config.certFile = s.value(QStringLiteral("certFile")).toString();
    config.keyFile = s.value(QStringLiteral("keyFile")).toString();
    const int count = s.beginReadArray(QStringLiteral("properties"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        config.properties.append({s.value(QStringLiteral("name")).toString(),
                                  s.value(QStringLiteral("value")).toString()});
    }
    s.endArray();
    s.endGroup();
    return config;
}

void ProfileStore::save(const QString &name, const ConnectionConfig &config)
{
    QSettings &s = m_entries.beginWrite(name);
    s.setValue(QStringLiteral("bootstrapServers"), config.bootstrapServers);
    s.setValue(QStringLiteral("clientId"), config.clientId);
    s.setValue(QStringLiteral("groupId"), config.groupId);
    s.setValue(QStringLiteral("topic"), config.topic);
    s.setValue(QStringLiteral("security"), int(config.security));
    s.setValue(QStringLiteral("saslMechanism"), int(config.saslMechanism));
    s.setValue(QStringLiteral("username"), config.username);
    s.setValue(QStringLiteral("caFile"), config.caFile);
    s.setValue(QStringLiteral("certFile"), config.certFile);
    s.setValue(QStringLiteral("keyFile"), config.keyFile);
    s.beginWriteArray(QStringLiteral("properties"));
    int index = 0;
    for (const auto &[property, value] : config.properties) {
        if (isSecretProperty(property))
            continue;
        s.setArrayIndex(index++);
        s.setValue(QStringLiteral("name"), property);
        s.setValue(QStringLiteral("value"), value);
    }
    s.endArray();
    s.endGroup();
}

bool ProfileStore::isSecretProperty(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("secret")) ||
           lower == QLatin1String("sasl.jaas.config") ||
           lower == QLatin1String("sasl.oauthbearer.config") ||
           lower == QLatin1String("ssl.key.pem");
}
