// ProfileStore: saved connection profiles in QSettings. Passwords are never written: not the
// SASL password, and no advanced property whose name says it holds a secret. They live in the
// system keychain (PasswordVault) or are asked for when connecting.
#pragma once

#include "connectionconfig.h"

#include "namedsettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    // Uses the application's settings, or an INI file at iniPath (tests).
    explicit ProfileStore(const QString &iniPath = {});

    QStringList names() const { return m_entries.names(); }
    // A hand-edited file may hold anything: a value that is out of range, of the wrong type or
    // missing loads as the safe default (PLAINTEXT, PLAIN, no properties, 1 sandbox broker) and
    // adds a plain sentence to *warnings; it never turns into another valid choice. A profile
    // saved before the Sandbox's broker count was kept has none: 1, without a warning; one
    // saved before the group protocol was kept has none: classic, without a warning. The consumer
    // group protocol where this build's librdkafka lacks it loads as classic with a warning.
    std::optional<ConnectionConfig> load(const QString &name,
                                         QStringList *warnings = nullptr) const;
    void save(const QString &name, const ConnectionConfig &config);
    void remove(const QString &name) { m_entries.remove(name); }
    void sync() { m_entries.sync(); }

    // Properties such as sasl.password or ssl.key.password: kept out of the settings file.
    static bool isSecretProperty(const QString &name);
    // More advanced properties than librdkafka has means a damaged file: the rest is ignored.
    static constexpr int MaxProperties = 1000;

private:
    // The schema registry's settings of profile name (its password is never in the file).
    static void loadRegistry(const QString &name, QSettings &s, RegistrySettings *registry,
                             QStringList *problems);
    // registry/localSchemas: what a damaged array holds is loaded as far as it can be.
    static void loadLocalSchemas(const QString &name, QSettings &s, RegistrySettings *registry,
                                 QStringList *problems);

    mutable NamedSettings m_entries;
};
