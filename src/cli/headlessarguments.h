// HeadlessArguments: the command line of `topicdesk send`, `topicdesk consume` and
// `topicdesk sandbox`, parsed and checked, with the same configuration rules as the window:
// flags, then KAFKA_BROKERS / KAFKA_TOPIC / KAFKA_GROUP, then defaults.
#pragma once

#include "connectionconfig.h"
#include "consumeroptions.h"
#include "localschemas.h"
#include "partitioner.h"
#include "producerequest.h"
#include "producersettings.h"
#include "registeredschema.h"
#include "registrysettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

class HeadlessArguments final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessArguments)

public:
    enum class Command { None, Send, Consume, Sandbox };
    enum class Format { Text, Json };

    Command command = Command::None;
    ConnectionConfig config;
    // send
    ProduceRequest request;     // key, headers, partition; the value comes from messages
    QList<QByteArray> messages; // the message argument's bytes; empty with readStdin
    bool readStdin = false;
    ProducerSettings producer;
    // --format json: each message is a JSON Lines record (MessageJson) with its key, value and
    // headers; --keep-partitions sends it to the record's partition.
    bool keepPartitions = false;
    // consume
    ConsumerOptions consumer;
    qint64 count = -1;            // stop after this many messages (-1: never)
    Format format = Format::Text; // send and consume
    bool manual = false;
    // --key: show only this key's messages, browsing the one partition partitioner puts it in.
    std::optional<QByteArray> findKey;
    Partitioner::Kind partitioner = Partitioner::Kind::Murmur2;
    // --schema-registry (send and consume): the registry, its user and password from
    // TOPICDESK_REGISTRY_USER / TOPICDESK_REGISTRY_PASSWORD (never a flag); disabled when unset.
    RegistrySettings registry;
    // send --subject: each value line is JSON, encoded with this subject's schema and framed.
    QString subject;
    int subjectVersion = -1;               // -1: the latest
    std::optional<SchemaType> valueFormat; // --value-format: the subject's type must be this
    QString messageType;                   // --message-type: Protobuf's message, else the first
    // consume --local-schema PATTERN=FILE[#MESSAGE] (repeatable): values of the topic, when a
    // pattern matches it, are raw records of that file's schema. Loaded while parsing (a file
    // that cannot be used is a usage error); null when the flag is not given.
    QList<LocalSchema> localSchemaEntries;
    std::shared_ptr<const LocalSchemas> localSchemas;
    // sandbox
    int port = 0; // 0: any free port
    int partitions = 2;
    int sandboxBrokers = 1; // --brokers: 1 or 3 (SandboxBroker::isValidBrokerCount)
    static constexpr int MaxSandboxPartitions = 1000;

    QString error;    // what is wrong with the command line, in plain words
    QString helpText; // set when --help was asked for
    bool versionAsked = false;

    static bool isHeadless(const QStringList &arguments);
    // arguments as RawArgument::fromArgv gives them: the key, headers and message keep their
    // bytes, whatever they are.
    static HeadlessArguments parse(const QStringList &arguments,
                                   const QProcessEnvironment &environment);
};
