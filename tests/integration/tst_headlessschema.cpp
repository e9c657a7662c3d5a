// `topicdesk send --schema-registry` and `topicdesk consume --schema-registry` as processes,
// against a real Kafka broker and a real schema registry (Apicurio), with the bytes checked both
// ways by an independent implementation (TOPICDESK_TEST_CROSSCHECK).
#include "testcluster.h"
#include "testregistry.h"
#include "topicdeskprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);

const QByteArray AvroSchema =
    R"({"type":"record","name":"Order","namespace":"t","fields":[{"name":"id","type":"long"},)"
    R"({"name":"item","type":"string"},{"name":"note","type":["null","string"],"default":null}]})";
const QByteArray ProtoSchema = "syntax = \"proto3\";\npackage t;\n"
                               "message Person { string name = 1; int32 age = 2; }\n"
                               "message Pet { string kind = 1; int32 legs = 2; }\n";
const QByteArray JsonSchema =
    R"({"type":"object","properties":{"n":{"type":"integer"},"s":{"type":"string"}},)"
    R"("required":["n"]})";

QProcessEnvironment environmentWith(const QString &user, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TOPICDESK_REGISTRY_USER"));
    env.remove(QStringLiteral("TOPICDESK_REGISTRY_PASSWORD"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("TOPICDESK_REGISTRY_USER"), user);
    if (!password.isEmpty())
        env.insert(QStringLiteral("TOPICDESK_REGISTRY_PASSWORD"), password);
    return env;
}

TopicDeskProcess::Result run(const QStringList &arguments, const QByteArray &input = {},
                             const QProcessEnvironment &env = environmentWith({}, {}))
{
    return TopicDeskProcess::run(Program, arguments, input, 60000, env);
}

// The cross-check tool: its one line of output, or an empty string (with the reason in *error).
QString crosscheck(const QStringList &arguments, QString *error)
{
    const QStringList command =
        qEnvironmentVariable("TOPICDESK_TEST_CROSSCHECK").split(QLatin1Char(' '));
    QProcess process;
    process.start(command.first(), command.mid(1) + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int registerSchema(const QString &subject, const QString &type, const QByteArray &text)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("schema")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return -1;
    file.close();
    QString error;
    const QString id = crosscheck(
        {QStringLiteral("register"), TestRegistry::url(), subject, type, file.fileName()}, &error);
    if (id.isEmpty())
        qWarning("register %s: %s", qPrintable(subject), qPrintable(error));
    return id.isEmpty() ? -1 : id.toInt();
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}

QStringList sendArgs(const ConnectionConfig &config, const QString &subject)
{
    return QStringList{QStringLiteral("send")} + TopicDeskProcess::brokerArgs(config) +
           QStringList{QStringLiteral("--schema-registry"), TestRegistry::url(),
                       QStringLiteral("--subject"), subject};
}

QStringList consumeArgs(const ConnectionConfig &config, int count)
{
    return QStringList{QStringLiteral("consume")} + TopicDeskProcess::brokerArgs(config) +
           QStringList{QStringLiteral("--group"),           config.groupId,
                       QStringLiteral("--count"),           QString::number(count),
                       QStringLiteral("--format"),          QStringLiteral("json"),
                       QStringLiteral("--schema-registry"), TestRegistry::url()};
}

// A key's or value's bytes as MessageJson writes them: text, or Base64 with "...Encoding".
QByteArray bytesOf(const QJsonObject &m, const QString &name)
{
    const QString text = m.value(name).toString();
    return m.value(name + QStringLiteral("Encoding")).toString() == QLatin1String("base64")
               ? QByteArray::fromBase64(text.toLatin1())
               : text.toUtf8();
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TestHeadlessSchema final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void crosscheckBytesAreDecoded();
    void undecodableValueIsSaidAndFailsTheExit();
    void localSchemasDecodeRawValues();
    void wrongPasswordIsAPlainError();
    void unreachableRegistryIsAPlainErrorQuickly();
};

void TestHeadlessSchema::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(), "TOPICDESK_TEST_BROKERS is not set: use ctest");
    QVERIFY2(!TestRegistry::url().isEmpty(), "TOPICDESK_TEST_REGISTRY is not set: use ctest");
    QVERIFY2(!qEnvironmentVariableIsEmpty("TOPICDESK_TEST_CROSSCHECK"),
             "TOPICDESK_TEST_CROSSCHECK is not set: use ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
}

void TestHeadlessSchema::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("messageType");
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<QByteArray>("badLine");
    QTest::newRow("avro") << QStringLiteral("AVRO") << AvroSchema << QString()
                          << QByteArrayList{R"({"id":7,"item":"apple","note":{"string":"ripe"}})",
                                            R"({"id":-9007199254740993,"item":"","note":null})"}
                          << QByteArray(R"({"id":"seven","item":"x","note":null})");
    QTest::newRow("protobuf, second message")
        << QStringLiteral("PROTOBUF") << ProtoSchema << QStringLiteral("t.Pet")
        << QByteArrayList{R"({"kind":"cat","legs":4})", R"({"kind":"bird","legs":2})"}
        << QByteArray(R"({"kind":"cat","wings":2})");
    QTest::newRow("json schema") << QStringLiteral("JSON") << JsonSchema << QString()
                                 << QByteArrayList{R"({"n":1,"s":"one"})", R"({"n":2})"}
                                 << QByteArray(R"({"s":"no n"})");
}

// JSON lines sent through the registry come back from consume as the same values, with the
// schema's id; the bytes sent are what the independent implementation reads; a line that does
// not match the schema is refused with its number and the others still go.
void TestHeadlessSchema::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, schema);
    QFETCH(QString, messageType);
    QFETCH(QByteArrayList, values);
    QFETCH(QByteArray, badLine);
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("clischema"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString subject = config.topic + QStringLiteral("-value");
    const int id = registerSchema(subject, type, schema);
    QVERIFY(id >= 0);

    QStringList args = sendArgs(config, subject);
    args << QStringLiteral("--value-format")
         << (type == QLatin1String("JSON") ? QStringLiteral("json") : type.toLower());
    if (!messageType.isEmpty())
        args << QStringLiteral("--message-type") << messageType;
    // Line 2 does not match: refused with its number, the others are sent.
    const QByteArray input = values.at(0) + '\n' + badLine + '\n' + values.at(1) + '\n';
    const TopicDeskProcess::Result sent = run(args << QStringLiteral("-"), input);
    QCOMPARE(sent.exitCode, 1);
    QCOMPARE(sent.out.count('\n'), 2);
    QVERIFY2(sent.err.contains("line 2 was not sent: it does not match schema " +
                               QByteArray::number(id)),
             sent.err.constData());
    QVERIFY2(!sent.err.contains("line 1 ") && !sent.err.contains("line 3 "), sent.err.constData());

    const TopicDeskProcess::Result consumed = run(consumeArgs(config, 2));
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    const QList<QJsonObject> lines = jsonLines(consumed.out);
    QCOMPARE(lines.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject &m = lines.at(i);
        QCOMPARE(m.value(QLatin1String("value_schema_id")).toInt(), id);
        QCOMPARE(m.value(QLatin1String("topic")).toString(), config.topic);
        QCOMPARE(m.value(QLatin1String("offset")).toInteger(), qint64(i));
        QVERIFY(m.value(QLatin1String("key")).isNull());
        QVERIFY(!m.contains(QLatin1String("key_schema_id")));
        QVERIFY(!m.contains(QLatin1String("value_error")));
        if (i == 1 && type == QLatin1String("AVRO")) {
            // A long beyond 2^53 stays exact: the decoded JSON is spliced in, never re-parsed.
            QVERIFY2(consumed.out.contains(R"("id":-9007199254740993)"), consumed.out.constData());
        } else {
            QCOMPARE(m.value(QLatin1String("value")).toObject(),
                     QJsonDocument::fromJson(values.at(i)).object());
        }
    }

    // The same bytes, raw (Base64 without the registry), read by the independent implementation.
    const TopicDeskProcess::Result raw =
        run(QStringList{QStringLiteral("consume")} + TopicDeskProcess::brokerArgs(config) +
            QStringList{QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--group"),
                        config.groupId + QStringLiteral("-raw")});
    QCOMPARE(raw.exitCode, 0);
    const QJsonObject first = jsonLines(raw.out).value(0);
    const QByteArray bytes = bytesOf(first, QStringLiteral("value"));
    QCOMPARE(bytes.at(0), '\0');
    QString error;
    const QString decoded = crosscheck(
        {QStringLiteral("decode"), TestRegistry::url(), QString::fromLatin1(bytes.toHex())},
        &error);
    QVERIFY2(!decoded.isEmpty(), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(decoded.toUtf8()).object(),
             QJsonDocument::fromJson(values.at(0)).object());
}

// Bytes framed and encoded by the independent implementation, sent unchanged (Base64 in a JSON
// record), are decoded by consume: Avro and Protobuf's second message (message indexes [1]).
void TestHeadlessSchema::crosscheckBytesAreDecoded()
{
    QString created;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("cliforeign"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const int avroId =
        registerSchema(config.topic + QStringLiteral("-avro"), QStringLiteral("AVRO"), AvroSchema);
    const int protoId = registerSchema(config.topic + QStringLiteral("-proto"),
                                       QStringLiteral("PROTOBUF"), ProtoSchema);
    QVERIFY(avroId >= 0 && protoId >= 0);
    const QByteArray avroValue = R"({"id":12,"item":"pear","note":null})";
    const QByteArray protoValue = R"({"kind":"dog","legs":4})";
    QString error;
    const QString avroHex = crosscheck({QStringLiteral("encode"), TestRegistry::url(),
                                        QString::number(avroId), QString::fromUtf8(avroValue)},
                                       &error);
    QVERIFY2(!avroHex.isEmpty(), qPrintable(error));
    const QString protoHex =
        crosscheck({QStringLiteral("encode"), TestRegistry::url(), QString::number(protoId),
                    QString::fromUtf8(protoValue), QStringLiteral("t.Pet")},
                   &error);
    QVERIFY2(!protoHex.isEmpty(), qPrintable(error));
    QByteArray records;
    for (const QString &hex : {avroHex, protoHex}) {
        records += R"({"key":"k","value":")" + QByteArray::fromHex(hex.toLatin1()).toBase64() +
                   R"(","valueEncoding":"base64"})" + '\n';
    }
    const TopicDeskProcess::Result sent = run(
        QStringList{QStringLiteral("send")} + TopicDeskProcess::brokerArgs(config) +
            QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
        records);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());

    const TopicDeskProcess::Result consumed = run(consumeArgs(config, 2));
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    const QList<QJsonObject> lines = jsonLines(consumed.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("value_schema_id")).toInt(), avroId);
    QCOMPARE(lines.at(0).value(QLatin1String("value")).toObject(),
             QJsonDocument::fromJson(avroValue).object());
    QCOMPARE(lines.at(1).value(QLatin1String("value_schema_id")).toInt(), protoId);
    QCOMPARE(lines.at(1).value(QLatin1String("value")).toObject(),
             QJsonDocument::fromJson(protoValue).object());
    // A plain-text key beside framed values is printed as it is, without an error.
    QCOMPARE(lines.at(0).value(QLatin1String("key")).toString(), QStringLiteral("k"));
    QVERIFY(!lines.at(0).contains(QLatin1String("key_error")));

    // Text format: the decoded JSON in place of the value.
    QStringList text = consumeArgs(config, 1);
    text[text.indexOf(QStringLiteral("json"))] = QStringLiteral("text");
    text[text.indexOf(config.groupId)] = config.groupId + QStringLiteral("-text");
    const TopicDeskProcess::Result shown = run(text);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QCOMPARE(shown.out.trimmed(), QByteArray("partition=0 offset=0 key=k value=") + avroValue);
}

// A value the registry's format does not describe (plain text, an unknown schema id) is
// printed as it is with the reason, and the exit status says something was not decoded.
void TestHeadlessSchema::undecodableValueIsSaidAndFailsTheExit()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("clibad"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QByteArray unknownId = QByteArray("\0\x7f\xff\xff\xf0\x02", 6).toBase64();
    const QByteArray records = R"({"value":"plain text"})"
                               "\n"
                               R"({"value":")" +
                               unknownId +
                               R"(","valueEncoding":"base64"})"
                               "\n";
    const TopicDeskProcess::Result sent = run(
        QStringList{QStringLiteral("send")} + TopicDeskProcess::brokerArgs(config) +
            QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
        records);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const TopicDeskProcess::Result consumed = run(consumeArgs(config, 2));
    QCOMPARE(consumed.exitCode, 1);
    const QList<QJsonObject> lines = jsonLines(consumed.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("value")).toString(), QStringLiteral("plain text"));
    QVERIFY(!lines.at(0).value(QLatin1String("value_error")).toString().isEmpty());
    QCOMPARE(lines.at(1).value(QLatin1String("value")).toString(), QString::fromLatin1(unknownId));
    QCOMPARE(lines.at(1).value(QLatin1String("valueEncoding")).toString(),
             QStringLiteral("base64"));
    QCOMPARE(lines.at(1).value(QLatin1String("value_schema_id")).toInt(), 0x7ffffff0);
    QVERIFY2(!lines.at(1).value(QLatin1String("value_error")).toString().isEmpty(),
             consumed.out.constData());
    QVERIFY2(consumed.err.contains("2 keys or values could not be decoded"),
             consumed.err.constData());
}

// --local-schema: raw (unframed) Avro and Protobuf values of topics mapped by pattern to schema
// files, without a registry and beside one; bytes that do not match name the file.
void TestHeadlessSchema::localSchemasDecodeRawValues()
{
    QTemporaryDir dir;
    const auto write = [&dir](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write("user.avsc",
                  R"({"type":"record","name":"User","namespace":"t","fields":)"
                  R"([{"name":"name","type":"string"},{"name":"age","type":"int"}]})"));
    QVERIFY(write("common.proto", "syntax = \"proto3\"; package shop;\n"
                                  "message Money { string currency = 1; int64 cents = 2; }\n"));
    QVERIFY(write("order.proto", "syntax = \"proto3\"; package shop; import \"common.proto\";\n"
                                 "message Order { string id = 1; Money total = 2; }\n"
                                 "message Refund { string order_id = 1; int32 reason = 2; }\n"));
    QString created;
    const ConnectionConfig avro = TestCluster::newTopic(QStringLiteral("localavro"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const ConnectionConfig proto = TestCluster::newTopic(QStringLiteral("localproto"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));

    const auto send = [](const ConnectionConfig &config, const QList<QByteArray> &values) {
        QByteArray records;
        for (const QByteArray &value : values)
            records += R"({"key":"k","value":")" + value.toBase64() +
                       R"(","valueEncoding":"base64"})" + '\n';
        return run(QStringList{QStringLiteral("send")} + TopicDeskProcess::brokerArgs(config) +
                       QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("-")},
                   records);
    };
    // Avro User {name "ann", age 30}; then bytes that end inside the name; then a value starting
    // with 00 as a framed one would (a mapped topic's values are raw: an empty name, age 0).
    auto sent = send(avro, {QByteArray::fromHex("06616e6e3c"), QByteArray::fromHex("06616e"),
                            QByteArray::fromHex("0000")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    // Protobuf shop.Order (protoc --encode): id "o1", total {currency "EUR", cents 250}; Refund.
    sent = send(proto, {QByteArray::fromBase64("CgJvMRIICgNFVVIQ+gE=")});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());

    // The proto topic by a ? pattern, the avro one by its exact name; no registry.
    QString protoPattern = proto.topic;
    protoPattern.back() = u'?';
    const QStringList local{
        QStringLiteral("--local-schema"), avro.topic + u'=' + dir.filePath("user.avsc"),
        QStringLiteral("--local-schema"),
        protoPattern + u'=' + dir.filePath("order.proto") + QStringLiteral("#Order")};
    const auto consume = [&local](const ConnectionConfig &config, int count,
                                  const QStringList &more) {
        return run(QStringList{QStringLiteral("consume")} + TopicDeskProcess::brokerArgs(config) +
                   QStringList{QStringLiteral("--group"), config.groupId, QStringLiteral("--count"),
                               QString::number(count), QStringLiteral("--format"),
                               QStringLiteral("json")} +
                   local + more);
    };

    auto consumed = consume(proto, 1, {});
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    auto lines = jsonLines(consumed.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QJsonDocument(lines.at(0).value(QLatin1String("value")).toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"id":"o1","total":{"cents":"250","currency":"EUR"}})"));
    QCOMPARE(lines.at(0).value(QLatin1String("value_schema_file")).toString(),
             QStringLiteral("order.proto"));
    QVERIFY(!lines.at(0).contains(QLatin1String("value_schema_id")));
    QCOMPARE(lines.at(0).value(QLatin1String("key")).toString(), QStringLiteral("k"));
    QVERIFY(!lines.at(0).contains(QLatin1String("key_error")));

    // Beside a registry: the mapped topic is still read with its file.
    consumed = consume(avro, 3, {QStringLiteral("--schema-registry"), TestRegistry::url()});
    QCOMPARE(consumed.exitCode, 1);
    lines = jsonLines(consumed.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument(lines.at(0).value(QLatin1String("value")).toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"age":30,"name":"ann"})"));
    QCOMPARE(lines.at(0).value(QLatin1String("value_schema_file")).toString(),
             QStringLiteral("user.avsc"));
    const QString error = lines.at(1).value(QLatin1String("value_error")).toString();
    QVERIFY2(error.startsWith(QLatin1String("user.avsc: ")), consumed.out.constData());
    QCOMPARE(bytesOf(lines.at(1), QStringLiteral("value")), QByteArray::fromHex("06616e"));
    QCOMPARE(QJsonDocument(lines.at(2).value(QLatin1String("value")).toObject())
                 .toJson(QJsonDocument::Compact),
             QByteArray(R"({"age":0,"name":""})"));
    QVERIFY2(consumed.err.contains("1 key or value could not be decoded"),
             consumed.err.constData());
}

void TestHeadlessSchema::wrongPasswordIsAPlainError()
{
    const QString auth = qEnvironmentVariable("TOPICDESK_TEST_REGISTRY_AUTH");
    QVERIFY2(!auth.isEmpty(), "TOPICDESK_TEST_REGISTRY_AUTH is not set: run this test through "
                              "ctest (the schema-registry fixture)");
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("cliauth"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QStringList args = sendArgs(config, QStringLiteral("any-subject"));
    args[args.indexOf(TestRegistry::url())] = auth;
    const QString user = qEnvironmentVariable("TOPICDESK_TEST_REGISTRY_USER");
    const TopicDeskProcess::Result refused =
        run(args << QStringLiteral("{}"), {}, environmentWith(user, QStringLiteral("wrong")));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith("topicdesk: Cannot get the latest version of subject "
                                    "\"any-subject\" from the schema registry"),
             refused.err.constData());
    QVERIFY(!refused.err.contains("wrong"));
    QCOMPARE(refused.out, QByteArray());
    // The right password: the registry answers (here, that the subject does not exist).
    const TopicDeskProcess::Result known = run(
        args, {}, environmentWith(user, qEnvironmentVariable("TOPICDESK_TEST_REGISTRY_PASSWORD")));
    QCOMPARE(known.exitCode, 1);
    QVERIFY2(known.err != refused.err, known.err.constData());
}

void TestHeadlessSchema::unreachableRegistryIsAPlainErrorQuickly()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("clinoreg"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString nowhere = QStringLiteral("http://127.0.0.1:%1/apis/ccompat/v7").arg(freePort());
    QStringList args = sendArgs(config, QStringLiteral("s"));
    args[args.indexOf(TestRegistry::url())] = nowhere;
    QElapsedTimer timer;
    timer.start();
    const TopicDeskProcess::Result sent =
        run(args << QStringLiteral("--schema-registry-timeout") << QStringLiteral("3000")
                 << QStringLiteral("{}"));
    QCOMPARE(sent.exitCode, 1);
    QVERIFY2(sent.err.contains(nowhere.toUtf8()), sent.err.constData());
    QCOMPARE(sent.err.count('\n'), 1);
    QVERIFY2(timer.elapsed() < 20000, QByteArray::number(timer.elapsed()).constData());

    // consume: each value printed as it is, with the reason, and the exit status 1.
    const QByteArray framed = QByteArray("\0\0\0\0\x01\x02", 6).toBase64();
    const TopicDeskProcess::Result put =
        run(QStringList{QStringLiteral("send")} + TopicDeskProcess::brokerArgs(config) +
            QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                        R"({"value":")" + QString::fromLatin1(framed) +
                            R"(","valueEncoding":"base64"})"});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    QStringList consume = consumeArgs(config, 1);
    consume[consume.indexOf(TestRegistry::url())] = nowhere;
    timer.restart();
    const TopicDeskProcess::Result consumed =
        run(consume << QStringLiteral("--schema-registry-timeout") << QStringLiteral("3000"));
    QCOMPARE(consumed.exitCode, 1);
    const QJsonObject line = jsonLines(consumed.out).value(0);
    QCOMPARE(bytesOf(line, QStringLiteral("value")), QByteArray::fromBase64(framed));
    QVERIFY2(!line.value(QLatin1String("value_error")).toString().isEmpty(),
             consumed.out.constData());
    QVERIFY2(timer.elapsed() < 30000, QByteArray::number(timer.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TestHeadlessSchema)
#include "tst_headlessschema.moc"
