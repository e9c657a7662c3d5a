// The headless command lines: flags over KAFKA_* variables, every option parsed, every
// mistake turned into one plain sentence.
#include "headlessarguments.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
HeadlessArguments parse(const QStringList &arguments, const QStringList &environment = {})
{
    QProcessEnvironment env;
    for (const QString &variable : environment)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    return HeadlessArguments::parse(QStringList{QStringLiteral("topicdesk")} + arguments, env);
}
} // namespace

class TestHeadlessArguments final : public QObject
{
    Q_OBJECT
private slots:
    void recognisesCommands();
    void send();
    void sendJson();
    void consumeFrom_data();
    void consumeFrom();
    void environmentAndFlags();
    void sandbox();
    void mistakes_data();
    void mistakes();
    void schemaRegistry();
    void schemaRegistryMistakes_data();
    void schemaRegistryMistakes();
    void localSchemas();
    void localSchemaMistakes_data();
    void localSchemaMistakes();
};

void TestHeadlessArguments::recognisesCommands()
{
    QVERIFY(HeadlessArguments::isHeadless({QStringLiteral("topicdesk"), QStringLiteral("send")}));
    QVERIFY(
        HeadlessArguments::isHeadless({QStringLiteral("topicdesk"), QStringLiteral("sandbox")}));
    QVERIFY(!HeadlessArguments::isHeadless({QStringLiteral("topicdesk")}));
    QVERIFY(
        !HeadlessArguments::isHeadless({QStringLiteral("topicdesk"), QStringLiteral("--brokers")}));
}

void TestHeadlessArguments::send()
{
    const HeadlessArguments a =
        parse({QStringLiteral("send"), QStringLiteral("--brokers"), QStringLiteral("k:9092"),
               QStringLiteral("--topic"), QStringLiteral("orders"), QStringLiteral("--key"),
               QStringLiteral(""), QStringLiteral("--header"), QStringLiteral("a=1"),
               QStringLiteral("--header"), QStringLiteral("a=x=y"), QStringLiteral("--partition"),
               QStringLiteral("3"), QStringLiteral("--acks"), QStringLiteral("0"),
               QStringLiteral("hello world")});
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.command, HeadlessArguments::Command::Send);
    QCOMPARE(a.config.bootstrapServers, QStringLiteral("k:9092"));
    QCOMPARE(a.messages, QList<QByteArray>{"hello world"});
    QVERIFY(!a.readStdin);
    QVERIFY(a.request.key.has_value() && a.request.key->isEmpty()); // empty, not null
    QCOMPARE(a.request.headers.size(), 2);
    QCOMPARE(a.request.headers.at(1).value, QByteArray("x=y"));
    QCOMPARE(a.request.partition, 3);
    QCOMPARE(a.producer.acks, ProducerSettings::Acks::None);
    const HeadlessArguments stdinSend =
        parse({QStringLiteral("send"), QStringLiteral("-")},
              {QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")});
    QVERIFY(stdinSend.readStdin);
    QVERIFY(!stdinSend.request.key.has_value());
}

void TestHeadlessArguments::sendJson()
{
    const QStringList env{QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")};
    const HeadlessArguments plain = parse({QStringLiteral("send"), QStringLiteral("-")}, env);
    QCOMPARE(plain.format, HeadlessArguments::Format::Text);
    QVERIFY(!plain.keepPartitions);
    const HeadlessArguments json =
        parse({QStringLiteral("send"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--keep-partitions"), QStringLiteral("-")},
              env);
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QCOMPARE(json.format, HeadlessArguments::Format::Json);
    QVERIFY(json.keepPartitions);
    QVERIFY(json.readStdin);
    const HeadlessArguments one =
        parse({QStringLiteral("send"), QStringLiteral("--format=json"),
               QStringLiteral("--partition=2"), QStringLiteral(R"({"key":"k","value":"v"})")},
              env);
    QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
    QCOMPARE(one.messages, QList<QByteArray>{R"({"key":"k","value":"v"})"});
    QCOMPARE(one.request.partition, 2);
    QVERIFY(!one.keepPartitions);
    const HeadlessArguments help = parse({QStringLiteral("send"), QStringLiteral("--help")}, env);
    QVERIFY(help.helpText.contains(QStringLiteral("--keep-partitions")));
    QVERIFY(help.helpText.contains(QStringLiteral("--format")));
}

void TestHeadlessArguments::consumeFrom_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("startFrom");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("timestamp");
    QTest::newRow("earliest") << "earliest" << int(ConsumerOptions::StartFrom::Earliest)
                              << qint64(-1) << qint64(-1);
    QTest::newRow("latest") << "latest" << int(ConsumerOptions::StartFrom::Latest) << qint64(-1)
                            << qint64(-1);
    QTest::newRow("offset") << "42" << int(ConsumerOptions::StartFrom::Earliest) << qint64(42)
                            << qint64(-1);
    QTest::newRow("time") << "@1700000000000" << int(ConsumerOptions::StartFrom::Earliest)
                          << qint64(-1) << qint64(1700000000000);
}

void TestHeadlessArguments::consumeFrom()
{
    QFETCH(QString, from);
    QFETCH(int, startFrom);
    QFETCH(qint64, offset);
    QFETCH(qint64, timestamp);
    const HeadlessArguments a =
        parse({QStringLiteral("consume"), QStringLiteral("--from"), from, QStringLiteral("--count"),
               QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json"),
               QStringLiteral("--manual")},
              {QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")});
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(int(a.consumer.startFrom), startFrom);
    QCOMPARE(a.consumer.startOffset, offset);
    QCOMPARE(a.consumer.startTimestampMs, timestamp);
    QCOMPARE(a.count, 5);
    QCOMPARE(a.format, HeadlessArguments::Format::Json);
    QVERIFY(a.manual);
}

void TestHeadlessArguments::environmentAndFlags()
{
    const QStringList env = {
        QStringLiteral("KAFKA_BROKERS=env:9092"), QStringLiteral("KAFKA_TOPIC=envtopic"),
        QStringLiteral("KAFKA_GROUP=envgroup"), QStringLiteral("KAFKA_PASSWORD=pw")};
    HeadlessArguments a = parse({QStringLiteral("consume")}, env);
    QCOMPARE(a.config.bootstrapServers, QStringLiteral("env:9092"));
    QCOMPARE(a.config.topic, QStringLiteral("envtopic"));
    QCOMPARE(a.config.groupId, QStringLiteral("envgroup"));
    a = parse({QStringLiteral("consume"), QStringLiteral("--brokers"), QStringLiteral("flag:9092"),
               QStringLiteral("--group"), QStringLiteral("flaggroup"), QStringLiteral("--security"),
               QStringLiteral("sasl_ssl"), QStringLiteral("--mechanism"),
               QStringLiteral("scram-sha-512"), QStringLiteral("--username"),
               QStringLiteral("alice")},
              env);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.config.bootstrapServers, QStringLiteral("flag:9092"));
    QCOMPARE(a.config.groupId, QStringLiteral("flaggroup"));
    QCOMPARE(a.config.security, ConnectionConfig::Security::SaslSsl);
    QCOMPARE(a.config.saslMechanism, ConnectionConfig::SaslMechanism::ScramSha512);
    QCOMPARE(a.config.password, QStringLiteral("pw")); // from the environment, never a flag
}

void TestHeadlessArguments::sandbox()
{
    const HeadlessArguments a =
        parse({QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("9092"),
               QStringLiteral("--partitions"), QStringLiteral("4")});
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.command, HeadlessArguments::Command::Sandbox);
    QCOMPARE(a.port, 9092);
    QCOMPARE(a.partitions, 4);
    QCOMPARE(a.sandboxBrokers, 1); // one broker unless asked
    const QString help = parse({QStringLiteral("sandbox"), QStringLiteral("--help")}).helpText;
    QVERIFY(help.contains(QLatin1String("--port")));
    QVERIFY(help.contains(QLatin1String("--brokers")));

    const HeadlessArguments three =
        parse({QStringLiteral("sandbox"), QStringLiteral("--brokers"), QStringLiteral("3")});
    QVERIFY2(three.error.isEmpty(), qPrintable(three.error));
    QCOMPARE(three.sandboxBrokers, 3);
    QCOMPARE(parse({QStringLiteral("sandbox"), QStringLiteral("--brokers= 1 ")}).sandboxBrokers, 1);
}

void TestHeadlessArguments::mistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString b = QStringLiteral("--brokers=h:1");
    const QString t = QStringLiteral("--topic=t");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("send"), QStringLiteral("--nope")} << "nope";
    QTest::newRow("no message") << QStringList{QStringLiteral("send"), b, t} << "Nothing to send";
    QTest::newRow("two messages") << QStringList{QStringLiteral("send"), b, t, QStringLiteral("a"),
                                                 QStringLiteral("b")}
                                  << "Give one message";
    QTest::newRow("bad header") << QStringList{QStringLiteral("send"), b, t,
                                               QStringLiteral("--header=x"), QStringLiteral("m")}
                                << "NAME=VALUE";
    QTest::newRow("negative partition")
        << QStringList{QStringLiteral("send"), b, t, QStringLiteral("--partition=-1"),
                       QStringLiteral("m")}
        << "--partition expects a whole number";
    QTest::newRow("send bad format")
        << QStringList{QStringLiteral("send"), b, t, QStringLiteral("--format=csv"),
                       QStringLiteral("-")}
        << "--format must be text or json";
    QTest::newRow("keep partitions without json")
        << QStringList{QStringLiteral("send"), b, t, QStringLiteral("--keep-partitions"),
                       QStringLiteral("-")}
        << "--keep-partitions needs --format json";
    QTest::newRow("keep partitions and a partition")
        << QStringList{QStringLiteral("send"),
                       b,
                       t,
                       QStringLiteral("--format=json"),
                       QStringLiteral("--keep-partitions"),
                       QStringLiteral("--partition=1"),
                       QStringLiteral("-")}
        << "not both";
    QTest::newRow("json with a key") << QStringList{QStringLiteral("send"),
                                                    b,
                                                    t,
                                                    QStringLiteral("--format=json"),
                                                    QStringLiteral("--key=k"),
                                                    QStringLiteral("-")}
                                     << "leave out --key and --header";
    QTest::newRow("json with a header") << QStringList{QStringLiteral("send"),
                                                       b,
                                                       t,
                                                       QStringLiteral("--format=json"),
                                                       QStringLiteral("--header=a=1"),
                                                       QStringLiteral("-")}
                                        << "leave out --key and --header";
    QTest::newRow("bad from") << QStringList{QStringLiteral("consume"), b, t,
                                             QStringLiteral("--from=yesterday")}
                              << "--from must be";
    QTest::newRow("zero count") << QStringList{QStringLiteral("consume"), b, t,
                                               QStringLiteral("--count=0")}
                                << "--count expects";
    QTest::newRow("bad format") << QStringList{QStringLiteral("consume"), b, t,
                                               QStringLiteral("--format=xml")}
                                << "text or json";
    QTest::newRow("no topic") << QStringList{QStringLiteral("consume"), b} << "No topic";
    QTest::newRow("no brokers") << QStringList{QStringLiteral("consume"), t} << "No brokers";
    QTest::newRow("bad security") << QStringList{QStringLiteral("consume"), b, t,
                                                 QStringLiteral("--security=tls")}
                                  << "--security must be";
    QTest::newRow("sasl without user")
        << QStringList{QStringLiteral("consume"), b, t, QStringLiteral("--security=SASL_SSL")}
        << "needs a user name";
    QTest::newRow("port too big") << QStringList{QStringLiteral("sandbox"),
                                                 QStringLiteral("--port=70000")}
                                  << "from 1 to 65535, not \"70000\"";
    // The sandbox runs one broker or three: nothing else, and no text or huge number.
    const QString expects = QStringLiteral("--brokers expects 1 or 3");
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4"),
                               QStringLiteral("-3"), QStringLiteral("three"), QStringLiteral("3.0"),
                               QStringLiteral(""), QStringLiteral("99999999999999999999"),
                               QStringLiteral("3") + QChar(0) + QStringLiteral("3")})
        QTest::addRow("sandbox brokers \"%s\"", qPrintable(bad))
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("--brokers=") + bad}
            << QString(expects +
                       QStringLiteral(" (how many sandbox brokers), not \"%1\"").arg(bad));
}

void TestHeadlessArguments::mistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const HeadlessArguments a = parse(arguments);
    QVERIFY2(a.error.contains(expected), qPrintable(a.error));
}

// --schema-registry: the registry's settings from the flags, its user and password only from
// the environment; send's subject, version, type and message.
void TestHeadlessArguments::schemaRegistry()
{
    // Asking the parser about an option a command does not have warns: consume has no --subject.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("option not defined")));
    const QStringList env{QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t"),
                          QStringLiteral("TOPICDESK_REGISTRY_USER=alice"),
                          QStringLiteral("TOPICDESK_REGISTRY_PASSWORD=s3cret")};
    const HeadlessArguments plain = parse({QStringLiteral("consume")}, env);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    QVERIFY(!plain.registry.isEnabled()); // no registry code runs without the flag

    const HeadlessArguments consume =
        parse({QStringLiteral("consume"), QStringLiteral("--schema-registry"),
               QStringLiteral(" https://reg.example:8081/apis/ccompat/v7 "),
               QStringLiteral("--schema-registry-timeout=2500")},
              env);
    QVERIFY2(consume.error.isEmpty(), qPrintable(consume.error));
    QCOMPARE(consume.registry.url,
             QUrl(QStringLiteral("https://reg.example:8081/apis/ccompat/v7")));
    QCOMPARE(consume.registry.username, QStringLiteral("alice"));
    QCOMPARE(consume.registry.password, QStringLiteral("s3cret"));
    QCOMPARE(consume.registry.timeoutMs, 2500);

    const HeadlessArguments send =
        parse({QStringLiteral("send"), QStringLiteral("--schema-registry=http://r:1"),
               QStringLiteral("--subject= orders-value "), QStringLiteral("--subject-version=3"),
               QStringLiteral("--value-format=PROTOBUF"), QStringLiteral("--message-type=t.Pet"),
               QStringLiteral("-")},
              env);
    QVERIFY2(send.error.isEmpty(), qPrintable(send.error));
    QCOMPARE(send.subject, QStringLiteral("orders-value"));
    QCOMPARE(send.subjectVersion, 3);
    QCOMPARE(send.valueFormat, std::optional<SchemaType>(SchemaType::Protobuf));
    QCOMPARE(send.messageType, QStringLiteral("t.Pet"));
    QCOMPARE(send.registry.timeoutMs, 10000);
    const HeadlessArguments latest =
        parse({QStringLiteral("send"), QStringLiteral("--schema-registry=http://r:1"),
               QStringLiteral("--subject=s"), QStringLiteral("{}")},
              env);
    QVERIFY2(latest.error.isEmpty(), qPrintable(latest.error));
    QCOMPARE(latest.subjectVersion, -1);
    QVERIFY(!latest.valueFormat);

    const QString help = parse({QStringLiteral("consume"), QStringLiteral("--help")}).helpText;
    QVERIFY(help.contains(QLatin1String("value_schema_id")));
    QVERIFY(help.contains(QLatin1String("TOPICDESK_REGISTRY_PASSWORD")));
}

void TestHeadlessArguments::schemaRegistryMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    const QStringList env{QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")};
    const QString r = QStringLiteral("--schema-registry=http://r:8081");
    const QString s = QStringLiteral("--subject=s");
    const QString send = QStringLiteral("send");
    const QString m = QStringLiteral("-");
    for (const QString &url :
         {QStringLiteral("ftp://r:1"), QStringLiteral("r:8081"), QStringLiteral("http://"),
          QStringLiteral("file:///etc/passwd"), QStringLiteral("not a url"), QString()})
        QTest::addRow("url \"%s\"", qPrintable(url))
            << QStringList{QStringLiteral("consume"), QStringLiteral("--schema-registry=") + url}
            << env << QStringLiteral("expects an http:// or https:// address");
    QTest::newRow("password in url")
        << QStringList{QStringLiteral("consume"),
                       QStringLiteral("--schema-registry=http://bob:pw@r:1")}
        << env << QStringLiteral("set TOPICDESK_REGISTRY_USER and TOPICDESK_REGISTRY_PASSWORD");
    QTest::newRow("user in url") << QStringList{QStringLiteral("consume"),
                                                QStringLiteral("--schema-registry=http://bob@r:1")}
                                 << env << QStringLiteral("Leave the user and password out");
    QTest::newRow("password without user")
        << QStringList{QStringLiteral("consume"), r}
        << env + QStringList{QStringLiteral("TOPICDESK_REGISTRY_PASSWORD=x")}
        << QStringLiteral("TOPICDESK_REGISTRY_USER is not");
    QTest::newRow("missing ca") << QStringList{QStringLiteral("consume"), r,
                                               QStringLiteral(
                                                   "--schema-registry-ca=/nonexistent/ca.pem")}
                                << env << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("ca without registry")
        << QStringList{QStringLiteral("consume"), QStringLiteral("--schema-registry-ca=/x")} << env
        << QStringLiteral("--schema-registry-ca needs --schema-registry");
    QTest::newRow("subject without registry")
        << QStringList{send, s, m} << env << QStringLiteral("--subject needs --schema-registry");
    QTest::newRow("registry without subject")
        << QStringList{send, r, m} << env << QStringLiteral("needs --subject");
    QTest::newRow("empty subject") << QStringList{send, r, QStringLiteral("--subject= "), m} << env
                                   << QStringLiteral("needs --subject");
    QTest::newRow("unknown value format")
        << QStringList{send, r, s, QStringLiteral("--value-format=xml"), m} << env
        << QStringLiteral("--value-format must be avro, protobuf or json");
    for (const QString &v :
         {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("2147483648"),
          QStringLiteral("1.5"), QStringLiteral("latest")})
        QTest::addRow("subject version %s", qPrintable(v))
            << QStringList{send, r, s, QStringLiteral("--subject-version=") + v, m} << env
            << QStringLiteral("--subject-version expects a whole number from 1 to 2147483647");
    for (const QString &v : {QStringLiteral("99"), QStringLiteral("600001"), QStringLiteral("x")})
        QTest::addRow("timeout %s", qPrintable(v))
            << QStringList{QStringLiteral("consume"), r,
                           QStringLiteral("--schema-registry-timeout=") + v}
            << env
            << QStringLiteral(
                   "--schema-registry-timeout expects a whole number from 100 to 600000");
    QTest::newRow("message type for avro")
        << QStringList{send,
                       r,
                       s,
                       QStringLiteral("--value-format=avro"),
                       QStringLiteral("--message-type=X"),
                       m}
        << env << QStringLiteral("--message-type names a Protobuf message");
    QTest::newRow("registry with json records")
        << QStringList{send, r, s, QStringLiteral("--format=json"), m} << env
        << QStringLiteral("leave out --format json");
    QTest::newRow("subject on consume")
        << QStringList{QStringLiteral("consume"), r, s} << env << QStringLiteral("subject");
}

void TestHeadlessArguments::schemaRegistryMistakes()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("option not defined")));
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    const HeadlessArguments a = parse(arguments, environment);
    QVERIFY2(a.error.contains(expected), qPrintable(a.error));
    // The password never shows in a message.
    QVERIFY(!a.error.contains(QLatin1String(":pw")));
}

namespace {
const char *const LocalAvsc =
    R"({"type": "record", "name": "User", "fields": [{"name": "n", "type": "int"}]})";
const char *const LocalProto = "syntax = \"proto3\"; package p; message A { int32 x = 1; } "
                               "message B { string y = 1; }";

// A folder with user.avsc and ab.proto, for --local-schema.
QString writeLocalSchemas(const QTemporaryDir &dir)
{
    for (const auto &[name, text] : {std::pair{"user.avsc", LocalAvsc}, {"ab.proto", LocalProto}}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
            return {};
    }
    return dir.path();
}
} // namespace

// --local-schema PATTERN=FILE[#MESSAGE], repeatable, with or without --schema-registry: the files
// are loaded while parsing.
void TestHeadlessArguments::localSchemas()
{
    QTemporaryDir dir;
    QVERIFY(!writeLocalSchemas(dir).isEmpty());
    const QStringList env{QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")};
    QVERIFY(!parse({QStringLiteral("consume")}, env).localSchemas);

    const HeadlessArguments a =
        parse({QStringLiteral("consume"),
               QStringLiteral("--local-schema=users=") + dir.filePath("user.avsc"),
               QStringLiteral("--local-schema"),
               QStringLiteral("orders-*=") + dir.filePath("ab.proto") + QStringLiteral("#B")},
              env);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QVERIFY(!a.registry.isEnabled());
    QVERIFY(a.localSchemas);
    QCOMPARE(a.localSchemaEntries.size(), 2);
    QCOMPARE(a.localSchemaEntries[1].topicPattern, QStringLiteral("orders-*"));
    QCOMPARE(a.localSchemaEntries[1].file, dir.filePath("ab.proto"));
    QCOMPARE(a.localSchemaEntries[1].messageType, QStringLiteral("B"));
    QCOMPARE(a.localSchemas->match(QStringLiteral("users"))->fileName, QStringLiteral("user.avsc"));
    QCOMPARE(a.localSchemas->match(QStringLiteral("orders-1"))->typeName, QStringLiteral("p.B"));
    QVERIFY(!a.localSchemas->match(QStringLiteral("other")));

    const HeadlessArguments both =
        parse({QStringLiteral("consume"), QStringLiteral("--schema-registry=http://r:1"),
               QStringLiteral("--local-schema=*=") + dir.filePath("user.avsc")},
              env);
    QVERIFY2(both.error.isEmpty(), qPrintable(both.error));
    QVERIFY(both.registry.isEnabled());
    QVERIFY(both.localSchemas->match(QStringLiteral("t")));

    const QString help = parse({QStringLiteral("consume"), QStringLiteral("--help")}).helpText;
    QVERIFY(help.contains(QLatin1String("--local-schema")));
    QVERIFY(help.contains(QLatin1String("value_schema_file")));
}

void TestHeadlessArguments::localSchemaMistakes_data()
{
    QTest::addColumn<QString>("value"); // DIR is replaced by the folder of user.avsc and ab.proto
    QTest::addColumn<QString>("expected");
    QTest::newRow("no equals") << "DIR/user.avsc"
                               << "expects PATTERN=FILE";
    QTest::newRow("no pattern") << "=DIR/user.avsc"
                                << "expects PATTERN=FILE";
    QTest::newRow("blank pattern") << "  =DIR/user.avsc"
                                   << "expects PATTERN=FILE";
    QTest::newRow("no file") << "t="
                             << "expects PATTERN=FILE";
    QTest::newRow("only message") << "t=#A"
                                  << "expects PATTERN=FILE";
    QTest::newRow("empty") << ""
                           << "expects PATTERN=FILE";
    QTest::newRow("missing file") << "t=DIR/gone.avsc"
                                  << "gone.avsc does not exist";
    QTest::newRow("folder") << "t=DIR"
                            << "must be an .avsc";
    QTest::newRow("unknown extension") << "t=DIR/user.txt"
                                       << "must be an .avsc";
    QTest::newRow("unknown message") << "t=DIR/ab.proto#C"
                                     << "p.A, p.B";
    QTest::newRow("message for avro") << "t=DIR/user.avsc#User"
                                      << "only for Protobuf";
}

void TestHeadlessArguments::localSchemaMistakes()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString folder = writeLocalSchemas(dir);
    QVERIFY(!folder.isEmpty());
    value.replace(QLatin1String("DIR"), folder);
    const HeadlessArguments a =
        parse({QStringLiteral("consume"), QStringLiteral("--local-schema=") + value},
              {QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")});
    QVERIFY2(a.error.contains(expected), qPrintable(a.error));
    QVERIFY2(a.error.startsWith(QLatin1String("--local-schema")), qPrintable(a.error));
    // send has no --local-schema.
    const HeadlessArguments send = parse(
        {QStringLiteral("send"), QStringLiteral("--local-schema=t=x.avsc"), QStringLiteral("m")},
        {QStringLiteral("KAFKA_BROKERS=h:1"), QStringLiteral("KAFKA_TOPIC=t")});
    QVERIFY(!send.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHeadlessArguments)
#include "tst_headlessarguments.moc"
