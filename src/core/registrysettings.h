// RegistrySettings: how to reach a schema registry (the Confluent API: Confluent Schema
// Registry, Apicurio's /apis/ccompat/v7, Redpanda, Karapace). Kept in a connection profile;
// the password is kept in the keychain like the broker's.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

struct RegistrySettings
{
    Q_DECLARE_TR_FUNCTIONS(RegistrySettings)

public:
    QUrl url; // e.g. http://localhost:8081 or https://host/apis/ccompat/v7; empty: no registry
    QString username; // basic auth when not empty
    QString password;
    QString caFile;          // PEM file of the CA(s) to trust for https; empty: the system's
    QString certificateFile; // PEM client certificate (optional, with keyFile)
    QString keyFile;         // PEM private key of certificateFile
    int timeoutMs = 10000;   // per request; 100..600000

    static constexpr int MinTimeoutMs = 100;
    static constexpr int MaxTimeoutMs = 600000;

    bool operator==(const RegistrySettings &other) const = default;
    bool isEnabled() const { return !url.isEmpty(); }
    // An empty string when usable, else what is wrong in plain words (a URL that is not http or
    // https, a file that cannot be read, a certificate without a key, a timeout out of range).
    QString validate() const;
};
