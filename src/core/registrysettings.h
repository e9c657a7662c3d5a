// RegistrySettings: how to reach a schema registry (the Confluent API: Confluent Schema
// Registry, Apicurio's /apis/ccompat/v7, Redpanda, Karapace). Kept in a connection profile;
// the password is kept in the keychain like the broker's.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// A schema file for the raw (unframed) values of the topics whose name matches topicPattern (a
// wildcard pattern: * and ?), for topics without a registry: an Avro schema (.avsc), a .proto
// file (its imports from the same folder) or a Protobuf descriptor set (.desc, .pb, .binpb, as
// protoc --descriptor_set_out writes it).
struct LocalSchema
{
    QString topicPattern;
    QString file;
    QString messageType; // Protobuf: the message's full name; empty: the file's first message

    bool operator==(const LocalSchema &other) const = default;
};

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
    // Schema files for topics whose values are not framed for a registry (with or without url).
    QList<LocalSchema> localSchemas;

    static constexpr int MinTimeoutMs = 100;
    static constexpr int MaxTimeoutMs = 600000;

    bool operator==(const RegistrySettings &other) const = default;
    static constexpr int MaxLocalSchemas = 1000;

    bool isEnabled() const { return !url.isEmpty(); }
    // A registry, local schema files, or both: keys and values are decoded.
    bool usesSchemas() const { return isEnabled() || !localSchemas.isEmpty(); }
    // An empty string when usable, else what is wrong in plain words (a URL that is not http or
    // https, a file that cannot be read, a certificate without a key, a timeout out of range).
    QString validate() const;
};
