#include "headlessarguments.h"

#include "libraryfeatures.h"
#include "rawargument.h"
#include "sandboxbroker.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

#include <limits>

namespace {
const QStringList Commands = {QStringLiteral("send"), QStringLiteral("consume"),
                              QStringLiteral("sandbox")};

// librdkafka properties from a file: name=value per line, # comments.
QString readProperties(const QString &path, ConnectionConfig &config)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return HeadlessArguments::tr("Cannot read %1: %2").arg(path, file.errorString());
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return HeadlessArguments::tr("%1, line %2: expected name=value.").arg(path).arg(number);
        config.properties.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
    }
    return {};
}
} // namespace

bool HeadlessArguments::isHeadless(const QStringList &arguments)
{
    return arguments.size() > 1 && Commands.contains(arguments.at(1));
}

HeadlessArguments HeadlessArguments::parse(const QStringList &arguments,
                                           const QProcessEnvironment &environment)
{
    HeadlessArguments result;
    result.config = ConnectionConfig::fromEnvironment(environment);
    if (arguments.size() < 2 || !Commands.contains(arguments.at(1))) {
        result.error = tr("Expected a command: send, consume or sandbox.");
        return result;
    }
    const QString command = arguments.at(1);
    result.command = command == QLatin1String("send")      ? Command::Send
                     : command == QLatin1String("consume") ? Command::Consume
                                                           : Command::Sandbox;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        result.command == Command::Send
            ? tr("Send MESSAGE (or each line of standard input, with -) and print where it landed.")
        : result.command == Command::Consume
            ? tr("Print each message with its partition and offset; commit what is acknowledged.")
            : tr("Run the built-in sandbox Kafka broker until interrupted."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption brokers(QStringLiteral("brokers"),
                                     tr("Bootstrap servers; default $KAFKA_BROKERS."),
                                     QStringLiteral("list"));
    const QCommandLineOption topic(QStringLiteral("topic"), tr("Topic; default $KAFKA_TOPIC."),
                                   QStringLiteral("name"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Consumer group; default $KAFKA_GROUP, else topicdesk."),
                                   QStringLiteral("id"));
    const QCommandLineOption groupProtocol(
        QStringLiteral("group-protocol"),
        LibraryFeatures::groupProtocolAvailable()
            ? tr("classic (default) or consumer: Kafka 4's consumer group protocol (KIP-848), "
                 "where the broker assigns partitions one by one without stopping the group.")
            : tr("classic (default) or consumer: Kafka 4's consumer group protocol (KIP-848); "
                 "consumer %1.")
                  .arg(LibraryFeatures::groupProtocolUnavailableReason()),
        QStringLiteral("protocol"));
    const QCommandLineOption configFile(QStringLiteral("config"),
                                        tr("librdkafka properties, name=value per line."),
                                        QStringLiteral("file"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      tr("PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."),
                                      QStringLiteral("protocol"));
    const QCommandLineOption mechanism(QStringLiteral("mechanism"),
                                       tr("PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."),
                                       QStringLiteral("name"));
    const QCommandLineOption username(QStringLiteral("username"), tr("SASL user name."),
                                      QStringLiteral("name"));
    const QCommandLineOption password(
        QStringLiteral("password-env"),
        tr("Name of the environment variable holding the SASL password (default KAFKA_PASSWORD)."),
        QStringLiteral("variable"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("CA certificate (PEM)."),
                                QStringLiteral("file"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("Client certificate (PEM)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), tr("The record's key."),
                                 QStringLiteral("key"));
    const QCommandLineOption header(QStringLiteral("header"),
                                    tr("A header NAME=VALUE; may be repeated."),
                                    QStringLiteral("name=value"));
    const QCommandLineOption partition(QStringLiteral("partition"), tr("Send to this partition."),
                                       QStringLiteral("n"));
    const QCommandLineOption acks(QStringLiteral("acks"), tr("0, 1 or all (default)."),
                                  QStringLiteral("acks"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("earliest (default), latest, an OFFSET, or @EPOCH_MS."),
                                  QStringLiteral("where"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N messages."),
                                   QStringLiteral("n"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("text (default) or json: one JSON Lines record per message, bytes that are not "
           "UTF-8 as Base64."),
        QStringLiteral("format"));
    const QCommandLineOption sendFormat(
        QStringLiteral("format"),
        tr("text (default): the message is the value; or json: each message is a JSON Lines "
           "record with its key, value and headers, as consume --format json writes them."),
        QStringLiteral("format"));
    const QCommandLineOption keepPartitions(
        QStringLiteral("keep-partitions"),
        tr("With --format json: send each record to the partition it gives (else the "
           "partitioner chooses)."));
    const QCommandLineOption manual(
        QStringLiteral("manual"), tr("Read commands from standard input: ack P:O, ack all, quit."));
    const QCommandLineOption findKey(
        QStringLiteral("key"),
        tr("Show only the messages with this key, reading (without a group) only the partition "
           "the key is in."),
        QStringLiteral("key"));
    const QCommandLineOption partitioner(
        QStringLiteral("partitioner"),
        tr("How producers placed the key: murmur2 (default, as Java clients do) or "
           "consistent_random (librdkafka's default)."),
        QStringLiteral("name"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Also listen on this port on 127.0.0.1."),
                                  QStringLiteral("port"));
    const QCommandLineOption partitions(QStringLiteral("partitions"),
                                        tr("Partitions of test-topic (default 2)."),
                                        QStringLiteral("n"));
    const QCommandLineOption sandboxBrokers(
        QStringLiteral("brokers"),
        tr("How many brokers: 1 (default) or 3, each with a replica of every partition."),
        QStringLiteral("n"));
    const QCommandLineOption registryUrl(
        QStringLiteral("schema-registry"),
        result.command == Command::Send
            ? tr("Encode each value with --subject's schema from the schema registry at URL "
                 "(http or https, e.g. http://host:8081 or .../apis/ccompat/v7). User and "
                 "password from $TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never "
                 "in the URL.")
            : tr("Decode keys and values in the schema registry's format with the registry at "
                 "URL (http or https). Text: the decoded JSON in place of the bytes; json: "
                 "\"key\"/\"value\" are the decoded JSON, with \"key_schema_id\"/"
                 "\"value_schema_id\". What cannot be decoded is printed as it is, with the "
                 "reason on standard error (text) or in \"key_error\"/\"value_error\" (json), "
                 "and the exit status is then 1. A schema not yet known is waited for up to "
                 "--schema-registry-timeout (Ctrl+C acts once that wait ends); a registry that "
                 "failed is asked again after 30 s. User and password from "
                 "$TOPICDESK_REGISTRY_USER and $TOPICDESK_REGISTRY_PASSWORD, never in the URL."),
        QStringLiteral("url"));
    const QCommandLineOption localSchema(
        QStringLiteral("local-schema"),
        tr("Decode the values of a topic matching PATTERN (* and ? as wildcards, the whole name) "
           "as raw records (no registry framing, even when they start with 00) of FILE's schema: "
           ".avsc (Avro), .proto (imports read from its folder) or a descriptor set (.desc, .pb, "
           ".binpb; protoc --descriptor_set_out --include_imports). #MESSAGE picks the Protobuf "
           "message (full or short name; default: the file's first). Repeatable: the first "
           "matching pattern wins. With --format json, \"value\" is the decoded JSON and "
           "\"value_schema_file\" the file's name (in place of \"value_schema_id\"). Works "
           "with or without --schema-registry."),
        QStringLiteral("pattern=file[#message]"));
    const QCommandLineOption registryCa(QStringLiteral("schema-registry-ca"),
                                        tr("CA certificate(s) to trust for the registry (PEM)."),
                                        QStringLiteral("file"));
    const QCommandLineOption registryCert(QStringLiteral("schema-registry-cert"),
                                          tr("Client certificate for the registry (PEM)."),
                                          QStringLiteral("file"));
    const QCommandLineOption registryKey(
        QStringLiteral("schema-registry-key"),
        tr("Private key of --schema-registry-cert (PEM, not encrypted)."), QStringLiteral("file"));
    const QCommandLineOption registryTimeout(
        QStringLiteral("schema-registry-timeout"),
        tr("Milliseconds to wait for the registry per request (default 10000)."),
        QStringLiteral("ms"));
    const QCommandLineOption subject(
        QStringLiteral("subject"),
        tr("With --schema-registry: each value (each line with -) is JSON, encoded with this "
           "subject's schema and sent in the registry's format. A line that does not match is "
           "not sent: its number and the reason go to standard error, and the exit status is "
           "1."),
        QStringLiteral("subject"));
    const QCommandLineOption subjectVersion(
        QStringLiteral("subject-version"),
        tr("The subject's version to encode with (default: the latest)."), QStringLiteral("n"));
    const QCommandLineOption valueFormat(
        QStringLiteral("value-format"),
        tr("avro, protobuf or json: the schema type the subject must have (default: whatever "
           "it has)."),
        QStringLiteral("type"));
    const QCommandLineOption messageType(
        QStringLiteral("message-type"),
        tr("Protobuf: the message to encode (full or short name; default: the first in the "
           "file)."),
        QStringLiteral("name"));
    parser.addOptions({help, version});
    if (result.command == Command::Sandbox) {
        parser.addOptions({port, partitions, sandboxBrokers});
    } else {
        parser.addOptions(
            {brokers, topic, group, configFile, security, mechanism, username, password, ca, cert});
        if (result.command == Command::Send) {
            parser.addOptions({key, header, partition, acks, sendFormat, keepPartitions});
            parser.addOptions({registryUrl, registryCa, registryCert, registryKey, registryTimeout,
                               subject, subjectVersion, valueFormat, messageType});
            parser.addPositionalArgument(
                QStringLiteral("message"),
                tr("The value (with --format json, the JSON record) to send, or - for each "
                   "line of standard input."));
        } else {
            parser.addOptions({groupProtocol, from, count, format, manual, findKey, partitioner});
            parser.addOptions(
                {registryUrl, registryCa, registryCert, registryKey, registryTimeout, localSchema});
        }
    }
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = parser.helpText().replace(QStringLiteral("[options]"),
                                                    command + QStringLiteral(" [options]"));
        return result;
    }
    result.versionAsked = parser.isSet(version);
    // A whole number in [minimum, maximum]; anything else (a sign where none fits, a
    // fraction, digits past 64 bits) is refused with the range, never wrapped or cut.
    auto number = [&](const QCommandLineOption &option, qint64 minimum, qint64 maximum,
                      qint64 *out) {
        bool ok = false;
        const QString text = parser.value(option).trimmed();
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < minimum || value > maximum) {
            result.error = maximum == std::numeric_limits<qint64>::max()
                               ? tr("--%1 expects a whole number of at least %2, not \"%3\".")
                                     .arg(option.names().constFirst())
                                     .arg(minimum)
                                     .arg(parser.value(option))
                               : tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                                     .arg(option.names().constFirst())
                                     .arg(minimum)
                                     .arg(maximum)
                                     .arg(parser.value(option));
            return false;
        }
        *out = value;
        return true;
    };

    if (result.command == Command::Sandbox) {
        qint64 value = 0;
        if (parser.isSet(port)) {
            if (!number(port, 1, 65535, &value))
                return result;
            result.port = int(value);
        }
        if (parser.isSet(partitions)) {
            if (!number(partitions, 1, MaxSandboxPartitions, &value))
                return result;
            result.partitions = int(value);
        }
        if (parser.isSet(sandboxBrokers)) {
            bool ok = false;
            const QString text = parser.value(sandboxBrokers).trimmed();
            const int brokerCount = text.toInt(&ok);
            // Strictly the digits: toInt() stops quietly at a NUL character.
            if (!ok || text != QString::number(brokerCount) ||
                !SandboxBroker::isValidBrokerCount(brokerCount)) {
                result.error = tr("--brokers expects 1 or 3 (how many sandbox brokers), not "
                                  "\"%1\".")
                                   .arg(parser.value(sandboxBrokers));
                return result;
            }
            result.sandboxBrokers = brokerCount;
        }
        if (!parser.positionalArguments().isEmpty())
            result.error =
                tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
        return result;
    }

    ConnectionConfig &c = result.config;
    if (parser.isSet(brokers))
        c.bootstrapServers = parser.value(brokers).trimmed();
    if (parser.isSet(topic))
        c.topic = parser.value(topic).trimmed();
    if (parser.isSet(group))
        c.groupId = parser.value(group).trimmed();
    if (parser.isSet(configFile)) {
        if (const QString problem = readProperties(parser.value(configFile), c);
            !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }
    if (result.command == Command::Consume && parser.isSet(groupProtocol)) {
        const std::optional<ConnectionConfig::GroupProtocol> protocol =
            ConnectionConfig::groupProtocolFromName(parser.value(groupProtocol));
        if (!protocol) {
            result.error = tr("--group-protocol expects classic or consumer, not \"%1\".")
                               .arg(RawArgument::hasRawBytes(parser.value(groupProtocol))
                                        ? tr("(not text)")
                                        : parser.value(groupProtocol));
            return result;
        }
        if (*protocol == ConnectionConfig::GroupProtocol::Consumer &&
            !LibraryFeatures::groupProtocolAvailable()) {
            result.error = tr("--group-protocol consumer (Kafka 4's consumer group protocol) %1.")
                               .arg(LibraryFeatures::groupProtocolUnavailableReason());
            return result;
        }
        c.groupProtocol = *protocol;
    }
    if (parser.isSet(security)) {
        QStringList names; // in the order of ConnectionConfig::Security
        for (int i = 0; i <= int(ConnectionConfig::Security::SaslSsl); ++i)
            names << ConnectionConfig::securityName(ConnectionConfig::Security(i));
        const qsizetype index = names.indexOf(parser.value(security).toUpper());
        if (index < 0) {
            result.error =
                tr("--security must be one of %1.").arg(names.join(QStringLiteral(", ")));
            return result;
        }
        c.security = ConnectionConfig::Security(index);
    }
    if (parser.isSet(mechanism)) {
        QStringList names; // in the order of ConnectionConfig::SaslMechanism
        for (int i = 0; i <= int(ConnectionConfig::SaslMechanism::ScramSha512); ++i)
            names << ConnectionConfig::mechanismName(ConnectionConfig::SaslMechanism(i));
        const qsizetype index = names.indexOf(parser.value(mechanism).toUpper());
        if (index < 0) {
            result.error =
                tr("--mechanism must be one of %1.").arg(names.join(QStringLiteral(", ")));
            return result;
        }
        c.saslMechanism = ConnectionConfig::SaslMechanism(index);
    }
    c.username = parser.value(username);
    // A password never goes on the command line, where other users' ps can read it.
    c.password = environment.value(parser.isSet(password) ? parser.value(password)
                                                          : QStringLiteral("KAFKA_PASSWORD"));
    c.caFile = parser.value(ca);
    c.certFile = parser.value(cert);
    if (c.usesSandbox()) {
        // The sandbox lives inside a process: start one with `topicdesk sandbox` and point
        // the others at it.
        result.error = tr("No brokers: give --brokers or set KAFKA_BROKERS (`topicdesk sandbox` "
                          "runs a local one and prints its address).");
        return result;
    }
    if (c.topic.isEmpty()) {
        result.error = tr("No topic: give --topic or set KAFKA_TOPIC.");
        return result;
    }
    if (const QStringList problems = c.validate(); !problems.isEmpty()) {
        result.error = problems.join(QLatin1Char(' '));
        return result;
    }

    // The schema registry: like the broker's, its password never goes on the command line.
    if (parser.isSet(registryUrl)) {
        const QString text = parser.value(registryUrl).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            result.error = tr("--schema-registry expects an http:// or https:// address, not "
                              "\"%1\".")
                               .arg(RawArgument::hasRawBytes(text) ? tr("(not text)") : text);
            return result;
        }
        if (!url.userInfo().isEmpty()) {
            result.error = tr("Leave the user and password out of the --schema-registry address "
                              "(other users can read command lines): set "
                              "TOPICDESK_REGISTRY_USER and TOPICDESK_REGISTRY_PASSWORD instead.");
            return result;
        }
        RegistrySettings &r = result.registry;
        r.url = url;
        r.username = environment.value(QStringLiteral("TOPICDESK_REGISTRY_USER"));
        r.password = environment.value(QStringLiteral("TOPICDESK_REGISTRY_PASSWORD"));
        r.caFile = parser.value(registryCa);
        r.certificateFile = parser.value(registryCert);
        r.keyFile = parser.value(registryKey);
        if (parser.isSet(registryTimeout)) {
            qint64 value = 0;
            if (!number(registryTimeout, RegistrySettings::MinTimeoutMs,
                        RegistrySettings::MaxTimeoutMs, &value))
                return result;
            r.timeoutMs = int(value);
        }
        if (!r.password.isEmpty() && r.username.isEmpty()) {
            result.error = tr("TOPICDESK_REGISTRY_PASSWORD is set but TOPICDESK_REGISTRY_USER is "
                              "not: set both for the registry's basic authentication.");
            return result;
        }
        if (const QString problem = r.validate(); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    } else {
        for (const QCommandLineOption *o :
             {&registryCa, &registryCert, &registryKey, &registryTimeout, &subject, &subjectVersion,
              &valueFormat, &messageType}) {
            // Send's own options are not defined for consume (isSet would warn).
            const bool sendOnly =
                o == &subject || o == &subjectVersion || o == &valueFormat || o == &messageType;
            if ((!sendOnly || result.command == Command::Send) && parser.isSet(*o)) {
                result.error = tr("--%1 needs --schema-registry URL.").arg(o->names().constFirst());
                return result;
            }
        }
    }

    if (result.command == Command::Consume && parser.isSet(localSchema)) {
        const QStringList values = parser.values(localSchema);
        if (values.size() > RegistrySettings::MaxLocalSchemas) {
            result.error =
                tr("At most %1 --local-schema options.").arg(RegistrySettings::MaxLocalSchemas);
            return result;
        }
        for (const QString &value : values) {
            const qsizetype equals = value.indexOf(u'=');
            LocalSchema entry;
            if (equals > 0) {
                entry.topicPattern = value.left(equals).trimmed();
                entry.file = value.mid(equals + 1);
                // A # in a file name is rare; the last one names the message.
                if (const qsizetype hash = entry.file.lastIndexOf(u'#'); hash >= 0) {
                    entry.messageType = entry.file.mid(hash + 1).trimmed();
                    entry.file.truncate(hash);
                }
            }
            if (entry.topicPattern.isEmpty() || entry.file.isEmpty()) {
                result.error = tr("--local-schema expects PATTERN=FILE or PATTERN=FILE#MESSAGE "
                                  "(for example orders.*=order.proto#shop.Order), not \"%1\".")
                                   .arg(value);
                return result;
            }
            result.localSchemaEntries.append(entry);
        }
        QStringList errors;
        result.localSchemas = LocalSchemas::load(result.localSchemaEntries, &errors);
        if (!errors.isEmpty()) {
            result.error = tr("--local-schema: %1").arg(errors.first());
            return result;
        }
    }

    if (result.command == Command::Send) {
        if (result.registry.isEnabled()) {
            if (!parser.isSet(subject) || parser.value(subject).trimmed().isEmpty()) {
                result.error = tr("--schema-registry needs --subject: the subject whose schema "
                                  "encodes the values.");
                return result;
            }
            result.subject = parser.value(subject).trimmed();
            if (RawArgument::hasRawBytes(result.subject)) {
                result.error = tr("--subject expects a subject name, not bytes that are not text.");
                return result;
            }
        }
        if (parser.isSet(subjectVersion)) {
            qint64 value = 0;
            if (!number(subjectVersion, 1, std::numeric_limits<qint32>::max(), &value))
                return result;
            result.subjectVersion = int(value);
        }
        if (parser.isSet(valueFormat)) {
            const QString f = parser.value(valueFormat).trimmed().toLower();
            if (f == QLatin1String("avro"))
                result.valueFormat = SchemaType::Avro;
            else if (f == QLatin1String("protobuf"))
                result.valueFormat = SchemaType::Protobuf;
            else if (f == QLatin1String("json"))
                result.valueFormat = SchemaType::Json;
            else {
                result.error = tr("--value-format must be avro, protobuf or json.");
                return result;
            }
        }
        result.messageType = parser.value(messageType).trimmed();
        if (parser.isSet(messageType) && result.valueFormat &&
            *result.valueFormat != SchemaType::Protobuf) {
            result.error = tr("--message-type names a Protobuf message: it needs --value-format "
                              "protobuf (or none).");
            return result;
        }
    }

    if (result.command == Command::Send) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            result.error =
                positional.isEmpty()
                    ? tr("Nothing to send: give the message, or - to read standard input.")
                    : tr("Give one message (quote it if it has spaces), or - for standard input.");
            return result;
        }
        result.readStdin = positional.first() == QLatin1String("-");
        if (!result.readStdin)
            result.messages = {RawArgument::toBytes(positional.first())};
        result.request.topic = c.topic;
        if (parser.isSet(key))
            result.request.key = RawArgument::toBytes(parser.value(key));
        for (const QString &h : parser.values(header)) {
            const qsizetype equals = h.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                result.error = tr("--header expects NAME=VALUE, not \"%1\".")
                                   .arg(RawArgument::hasRawBytes(h) ? tr("(not text)") : h);
                return result;
            }
            result.request.headers.append({RawArgument::toBytes(h.left(equals)),
                                           RawArgument::toBytes(h.mid(equals + 1)), false});
        }
        if (parser.isSet(partition)) {
            qint64 value = 0;
            if (!number(partition, 0, std::numeric_limits<qint32>::max(), &value))
                return result;
            result.request.partition = int(value);
        }
        if (parser.isSet(sendFormat)) {
            const QString f = parser.value(sendFormat);
            if (f == QLatin1String("json"))
                result.format = Format::Json;
            else if (f != QLatin1String("text")) {
                result.error = tr("--format must be text or json.");
                return result;
            }
        }
        result.keepPartitions = parser.isSet(keepPartitions);
        if (result.format == Format::Json && result.registry.isEnabled()) {
            result.error = tr("With --schema-registry each line is the value's JSON: leave out "
                              "--format json.");
            return result;
        }
        if (result.format == Format::Json) {
            if (parser.isSet(key) || parser.isSet(header)) {
                result.error = tr("With --format json, each record gives its own key and "
                                  "headers: leave out --key and --header.");
                return result;
            }
            if (result.keepPartitions && parser.isSet(partition)) {
                result.error = tr("Give --partition or --keep-partitions, not both.");
                return result;
            }
        } else if (result.keepPartitions) {
            result.error = tr("--keep-partitions needs --format json: only a JSON record gives a "
                              "partition.");
            return result;
        }
        if (parser.isSet(acks)) {
            const QString a = parser.value(acks).toLower();
            if (a == QLatin1String("0"))
                result.producer.acks = ProducerSettings::Acks::None;
            else if (a == QLatin1String("1"))
                result.producer.acks = ProducerSettings::Acks::Leader;
            else if (a == QLatin1String("all") || a == QLatin1String("-1"))
                result.producer.acks = ProducerSettings::Acks::All;
            else {
                result.error = tr("--acks must be 0, 1 or all.");
                return result;
            }
        }
        return result;
    }

    // consume
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(from)) {
        const QString where = parser.value(from).trimmed();
        qint64 value = 0;
        bool ok = false;
        if (where == QLatin1String("earliest")) {
            result.consumer.startFrom = ConsumerOptions::StartFrom::Earliest;
        } else if (where == QLatin1String("latest")) {
            result.consumer.startFrom = ConsumerOptions::StartFrom::Latest;
        } else if (where.startsWith(QLatin1Char('@')) &&
                   (value = where.mid(1).toLongLong(&ok), ok) && value >= 0) {
            result.consumer.startTimestampMs = value;
        } else if ((value = where.toLongLong(&ok), ok) && value >= 0) {
            result.consumer.startOffset = value;
        } else {
            result.error = tr("--from must be earliest, latest, an offset or @EPOCH_MS "
                              "(milliseconds since 1970), "
                              "not \"%1\".")
                               .arg(where);
            return result;
        }
    }
    if (parser.isSet(count) && !number(count, 1, std::numeric_limits<qint64>::max(), &result.count))
        return result;
    if (parser.isSet(format)) {
        const QString f = parser.value(format);
        if (f == QLatin1String("json"))
            result.format = Format::Json;
        else if (f != QLatin1String("text")) {
            result.error = tr("--format must be text or json.");
            return result;
        }
    }
    result.manual = parser.isSet(manual);
    if (parser.isSet(partitioner) && !parser.isSet(findKey)) {
        result.error = tr("--partitioner needs --key: it says which partition the key is in.");
        return result;
    }
    if (parser.isSet(findKey)) {
        if (result.manual) {
            result.error = tr("--key reads without a consumer group, so there is nothing to "
                              "acknowledge: leave out --manual.");
            return result;
        }
        result.findKey = RawArgument::toBytes(parser.value(findKey));
        if (parser.isSet(partitioner)) {
            const std::optional<Partitioner::Kind> kind =
                Partitioner::fromName(parser.value(partitioner).trimmed());
            if (!kind) {
                result.error = tr("Unknown partitioner \"%1\": use murmur2 (Java clients) or "
                                  "consistent_random (librdkafka clients).")
                                   .arg(RawArgument::hasRawBytes(parser.value(partitioner))
                                            ? tr("(not text)")
                                            : parser.value(partitioner));
                return result;
            }
            result.partitioner = *kind;
        }
    }
    return result;
}
