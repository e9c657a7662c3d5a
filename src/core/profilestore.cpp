#include "profilestore.h"

#include "libraryfeatures.h"
#include "sandboxbroker.h"

#include <algorithm>

ProfileStore::ProfileStore(const QString &iniPath)
    : m_entries(QStringLiteral("profiles"), iniPath)
{}

namespace {
// An enumeration stored as its number: the number when it is a whole number in [0, count),
// otherwise nullopt. Names are accepted too, as a person editing the file would write them.
// The text of a stored value, whatever its type (a list written by hand reads as "a, b").
QString textOf(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QStringList
               ? stored.toStringList().join(QLatin1String(", "))
               : stored.toString();
}

// A stored value as a warning quotes it: a damaged file may hold a huge one.
QString quoted(const QVariant &stored)
{
    constexpr qsizetype MaxShown = 40;
    const QString text = textOf(stored);
    return text.size() > MaxShown ? text.left(MaxShown) + QChar(0x2026) : text;
}

std::optional<int> choiceOf(const QVariant &stored, const QStringList &names)
{
    if (stored.typeId() == QMetaType::QStringList)
        return std::nullopt;
    const QString text = stored.toString().trimmed();
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    if (ok)
        return number >= 0 && number < names.size() ? std::optional<int>(int(number))
                                                    : std::nullopt;
    const qsizetype index = names.indexOf(text.toUpper());
    return index >= 0 ? std::optional<int>(int(index)) : std::nullopt;
}
} // namespace

void ProfileStore::loadRegistry(const QString &name, QSettings &s, RegistrySettings *registry,
                                QStringList *problems)
{
    const auto text = [&s](const QString &key) { return textOf(s.value(key)); };
    const QString url = text(QStringLiteral("registry/url")).trimmed();
    if (!url.isEmpty()) {
        registry->url = QUrl(url, QUrl::StrictMode);
        // A password written into the address by hand is dropped, never kept in the settings.
        if (!registry->url.password().isEmpty() || !registry->url.userName().isEmpty()) {
            registry->url.setUserInfo({});
            *problems << tr("Profile \"%1\": the schema registry address held a user name or "
                            "password: it is ignored (give them in their own fields).")
                             .arg(name);
        }
    }
    registry->username = text(QStringLiteral("registry/username"));
    registry->caFile = text(QStringLiteral("registry/caFile"));
    registry->certificateFile = text(QStringLiteral("registry/certificateFile"));
    registry->keyFile = text(QStringLiteral("registry/keyFile"));
    const QVariant timeout = s.value(QStringLiteral("registry/timeoutMs"));
    if (timeout.isValid()) {
        bool ok = timeout.typeId() != QMetaType::QStringList;
        const int ms = ok ? timeout.toString().trimmed().toInt(&ok) : 0;
        if (ok && ms >= RegistrySettings::MinTimeoutMs && ms <= RegistrySettings::MaxTimeoutMs)
            registry->timeoutMs = ms;
        else
            *problems << tr("Profile \"%1\": the schema registry timeout \"%2\" is not between "
                            "%3 and %4 ms: %5 ms is used.")
                             .arg(name, quoted(timeout))
                             .arg(RegistrySettings::MinTimeoutMs)
                             .arg(RegistrySettings::MaxTimeoutMs)
                             .arg(registry->timeoutMs);
    }
    loadLocalSchemas(name, s, registry, problems);
}

void ProfileStore::loadLocalSchemas(const QString &name, QSettings &s, RegistrySettings *registry,
                                    QStringList *problems)
{
    // The array's size is a number in the file too: a huge one must not loop for minutes.
    const QVariant storedSize = s.value(QStringLiteral("registry/localSchemas/size"));
    if (!storedSize.isValid())
        return;
    bool sizeOk = storedSize.typeId() != QMetaType::QStringList;
    const qlonglong size = sizeOk ? storedSize.toString().trimmed().toLongLong(&sizeOk) : 0;
    if (!sizeOk || size < 0) {
        *problems << tr("Profile \"%1\": the number of local schema files (\"%2\") is not a "
                        "number: none are loaded.")
                         .arg(name, quoted(storedSize));
        return;
    }
    if (size > RegistrySettings::MaxLocalSchemas)
        *problems << tr("Profile \"%1\" lists %2 local schema files: only the first %3 are "
                        "loaded.")
                         .arg(name)
                         .arg(size)
                         .arg(RegistrySettings::MaxLocalSchemas);
    const int count = int(std::min<qlonglong>(size, RegistrySettings::MaxLocalSchemas));
    s.beginReadArray(QStringLiteral("registry/localSchemas"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        LocalSchema schema;
        schema.topicPattern = textOf(s.value(QStringLiteral("pattern"))).trimmed();
        schema.file = textOf(s.value(QStringLiteral("file"))).trimmed();
        schema.messageType = textOf(s.value(QStringLiteral("messageType"))).trimmed();
        if (schema.topicPattern.isEmpty() && schema.file.isEmpty())
            continue; // a hole in a hand-edited array
        if (schema.topicPattern.isEmpty() || schema.file.isEmpty()) {
            *problems << (schema.file.isEmpty()
                              ? tr("Profile \"%1\": local schema %2 has no file: it is left out.")
                              : tr("Profile \"%1\": local schema %2 has no topic pattern: it "
                                   "is left out."))
                             .arg(name)
                             .arg(i + 1);
            continue;
        }
        registry->localSchemas.append(schema);
    }
    s.endArray();
}

std::optional<ConnectionConfig> ProfileStore::load(const QString &name, QStringList *warnings) const
{
    if (!m_entries.contains(name))
        return std::nullopt;
    QStringList problems;
    QSettings &s = m_entries.beginRead(name);
    ConnectionConfig config;
    // Strings: a list or other type written by hand reads as its text, never as a crash.
    const auto text = [&s](const QString &key) { return textOf(s.value(key)); };
    config.bootstrapServers = text(QStringLiteral("bootstrapServers"));
    config.clientId = text(QStringLiteral("clientId"));
    config.groupId = text(QStringLiteral("groupId"));
    config.topic = text(QStringLiteral("topic"));
    config.username = text(QStringLiteral("username"));
    config.caFile = text(QStringLiteral("caFile"));
    config.certFile = text(QStringLiteral("certFile"));
    config.keyFile = text(QStringLiteral("keyFile"));
    loadRegistry(name, s, &config.registry, &problems);

    // The Sandbox's broker count: 1 or 3. A profile saved before it was kept has none (1).
    const QVariant brokers = s.value(QStringLiteral("sandboxBrokers"));
    if (brokers.isValid()) {
        bool brokersOk = brokers.typeId() != QMetaType::QStringList;
        const int count = brokersOk ? brokers.toString().trimmed().toInt(&brokersOk) : 0;
        if (brokersOk && SandboxBroker::isValidBrokerCount(count))
            config.sandboxBrokers = count;
        else
            problems << tr("Profile \"%1\": the number of sandbox brokers \"%2\" is not 1 or 3: "
                           "1 is used.")
                            .arg(name, quoted(brokers));
    }

    // The consumer group protocol: a profile saved before it was kept has none (classic).
    const QVariant groupProtocol = s.value(QStringLiteral("groupProtocol"));
    if (groupProtocol.isValid()) {
        const std::optional<ConnectionConfig::GroupProtocol> protocol =
            groupProtocol.typeId() == QMetaType::QStringList
                ? std::nullopt
                : ConnectionConfig::groupProtocolFromName(groupProtocol.toString());
        if (!protocol) {
            problems << tr("Profile \"%1\": the consumer group protocol \"%2\" is not classic or "
                           "consumer: classic is used.")
                            .arg(name, quoted(groupProtocol));
        } else if (*protocol == ConnectionConfig::GroupProtocol::Consumer &&
                   !LibraryFeatures::groupProtocolAvailable()) {
            // Saved where the library has it: here the choice could not even be changed back.
            problems << tr("Profile \"%1\" uses Kafka 4's consumer group protocol, which %2: "
                           "classic is used.")
                            .arg(name, LibraryFeatures::groupProtocolUnavailableReason());
        } else {
            config.groupProtocol = *protocol;
        }
    }

    QStringList protocols;
    for (int i = 0; i <= int(ConnectionConfig::Security::SaslSsl); ++i)
        protocols << ConnectionConfig::securityName(ConnectionConfig::Security(i));
    const QVariant security = s.value(QStringLiteral("security"));
    if (!security.isValid()) {
        problems << tr("Profile \"%1\" has no security protocol: PLAINTEXT is used.").arg(name);
    } else if (const std::optional<int> choice = choiceOf(security, protocols)) {
        config.security = ConnectionConfig::Security(*choice);
    } else {
        problems << tr("Profile \"%1\": the security protocol \"%2\" is not one of %3: "
                       "PLAINTEXT is used.")
                        .arg(name, textOf(security), protocols.join(QLatin1String(", ")));
    }
    QStringList mechanisms;
    for (int i = 0; i <= int(ConnectionConfig::SaslMechanism::ScramSha512); ++i)
        mechanisms << ConnectionConfig::mechanismName(ConnectionConfig::SaslMechanism(i));
    const QVariant mechanism = s.value(QStringLiteral("saslMechanism"));
    if (mechanism.isValid()) {
        if (const std::optional<int> choice = choiceOf(mechanism, mechanisms))
            config.saslMechanism = ConnectionConfig::SaslMechanism(*choice);
        else
            problems << tr("Profile \"%1\": the SASL mechanism \"%2\" is not one of %3: PLAIN "
                           "is used.")
                            .arg(name, textOf(mechanism), mechanisms.join(QLatin1String(", ")));
    }

    // The array's size is a number in the file too: a huge one must not loop for minutes.
    const QVariant storedSize = s.value(QStringLiteral("properties/size"));
    bool sizeOk = true;
    const qlonglong size = storedSize.isValid() ? storedSize.toString().toLongLong(&sizeOk) : 0;
    if (!sizeOk || size < 0 || size > MaxProperties) {
        problems << tr("Profile \"%1\": the number of advanced properties (\"%2\") is not "
                       "between 0 and %3: none are loaded.")
                        .arg(name, textOf(storedSize))
                        .arg(MaxProperties);
    } else {
        const int count = s.beginReadArray(QStringLiteral("properties"));
        for (int i = 0; i < count; ++i) {
            s.setArrayIndex(i);
            const QString property = s.value(QStringLiteral("name")).toString().trimmed();
            if (property.isEmpty())
                continue; // a hole in a hand-edited array
            config.properties.append({property, s.value(QStringLiteral("value")).toString()});
        }
        s.endArray();
    }
    s.endGroup();
    if (warnings)
        *warnings << problems;
    return config;
}

void ProfileStore::save(const QString &name, const ConnectionConfig &config)
{
    QSettings &s = m_entries.beginWrite(name);
    s.setValue(QStringLiteral("bootstrapServers"), config.bootstrapServers);
    s.setValue(QStringLiteral("clientId"), config.clientId);
    s.setValue(QStringLiteral("groupId"), config.groupId);
    s.setValue(QStringLiteral("topic"), config.topic);
    // Names, not numbers: readable and safe to edit by hand (numbers are still read).
    s.setValue(QStringLiteral("security"), ConnectionConfig::securityName(config.security));
    s.setValue(QStringLiteral("saslMechanism"),
               ConnectionConfig::mechanismName(config.saslMechanism));
    s.setValue(QStringLiteral("username"), config.username);
    s.setValue(QStringLiteral("caFile"), config.caFile);
    s.setValue(QStringLiteral("certFile"), config.certFile);
    s.setValue(QStringLiteral("keyFile"), config.keyFile);
    s.setValue(QStringLiteral("sandboxBrokers"), config.sandboxBrokers);
    s.setValue(QStringLiteral("groupProtocol"),
               ConnectionConfig::groupProtocolName(config.groupProtocol));
    s.setValue(QStringLiteral("registry/url"), config.registry.url.toString());
    s.setValue(QStringLiteral("registry/username"), config.registry.username);
    s.setValue(QStringLiteral("registry/caFile"), config.registry.caFile);
    s.setValue(QStringLiteral("registry/certificateFile"), config.registry.certificateFile);
    s.setValue(QStringLiteral("registry/keyFile"), config.registry.keyFile);
    s.setValue(QStringLiteral("registry/timeoutMs"), config.registry.timeoutMs);
    s.beginWriteArray(QStringLiteral("registry/localSchemas"));
    for (int i = 0; i < config.registry.localSchemas.size(); ++i) {
        const LocalSchema &schema = config.registry.localSchemas.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("pattern"), schema.topicPattern);
        s.setValue(QStringLiteral("file"), schema.file);
        s.setValue(QStringLiteral("messageType"), schema.messageType);
    }
    s.endArray();
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
