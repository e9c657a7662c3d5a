// ProfileStore: saved connection profiles in QSettings. Passwords are never written: not the
// SASL password, and no advanced property whose name says it holds a secret. They live in the
// system keychain (PasswordVault) or are asked for when connecting.
#pragma once

#include "connectionconfig.h"

#include "namedsettings.h"

#include <QStringList>

#include <optional>

class ProfileStore final
{
public:
    // Uses the application's settings, or an INI file at iniPath (tests).
    explicit ProfileStore(const QString &iniPath = {});

    QStringList names() const { return m_entries.names(); }
    std::optional<ConnectionConfig> load(const QString &name) const;
    void save(const QString &name, const ConnectionConfig &config);
    void remove(const QString &name) { m_entries.remove(name); }
    void sync() { m_entries.sync(); }

    // Properties such as sasl.password or ssl.key.password: kept out of the settings file.
    static bool isSecretProperty(const QString &name);

private:
    mutable NamedSettings m_entries;
};
