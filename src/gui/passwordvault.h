// PasswordVault: profile passwords in the system keychain (Secret Service, KWallet, ...) via
// QtKeychain, never in the settings file. Without a keychain (servers, CI) every call fails
// and the window asks for the password instead.
#pragma once

#include <QObject>

class PasswordVault final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A profile keeps two passwords: its brokers' login and its schema registry's.
    enum class Secret { Broker, Registry };

    // Asynchronous; stored() or failed() follows.
    void store(const QString &profile, const QString &password, Secret secret = Secret::Broker);
    // Asynchronous; fetched() (with ok false when there is none or no keychain) follows.
    void fetch(const QString &profile, Secret secret = Secret::Broker);
    void remove(const QString &profile, Secret secret = Secret::Broker);

signals:
    void stored(const QString &profile, PasswordVault::Secret secret);
    void fetched(const QString &profile, const QString &password, bool ok,
                 PasswordVault::Secret secret);
    void failed(const QString &profile, const QString &message, PasswordVault::Secret secret);
};
