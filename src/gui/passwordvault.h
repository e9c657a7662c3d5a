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

    // Asynchronous; stored() or failed() follows.
    void store(const QString &profile, const QString &password);
    // Asynchronous; fetched() (with ok false when there is none or no keychain) follows.
    void fetch(const QString &profile);
    void remove(const QString &profile);

signals:
    void stored(const QString &profile);
    void fetched(const QString &profile, const QString &password, bool ok);
    void failed(const QString &profile, const QString &message);
};
