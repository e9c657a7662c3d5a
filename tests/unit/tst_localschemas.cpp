// LocalSchemas and MessageDecoder with local schema files: .avsc, a .proto importing a file
// beside it, and a descriptor set (made once with protoc --descriptor_set_out --include_imports
// from the two .proto files below, embedded as base64: the test does not run protoc) decode raw
// values of the topics their patterns match; hostile files give a plain error naming the file.
#include "localschemas.h"
#include "messagedecoder.h"
#include "protobufcodec.h"
#include "schemaregistry.h"

#include <QFile>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

namespace {

const char *const CommonProto = R"(syntax = "proto3";
package shop;
message Money {
  string currency = 1;
  int64 cents = 2;
}
)";

const char *const OrderProto = R"(syntax = "proto3";
package shop;
import "common.proto";
message Order {
  string id = 1;
  Money total = 2;
}
message Refund {
  string order_id = 1;
  int32 reason = 2;
}
)";

// protoc --descriptor_set_out=x.desc --include_imports order.proto
const char *const OrderDescriptorSet =
    "ClcKDGNvbW1vbi5wcm90bxIEc2hvcCI5CgVNb25leRIaCghjdXJyZW5jeRgBIAEoCVIIY3VycmVuY3kSFAoFY2VudHMYAi"
    "ABKANSBWNlbnRzYgZwcm90bzMKogEKC29yZGVyLnByb3RvEgRzaG9wGgxjb21tb24ucHJvdG8iOgoFT3JkZXISDgoCaWQY"
    "ASABKAlSAmlkEiEKBXRvdGFsGAIgASgLMgsuc2hvcC5Nb25leVIFdG90YWwiOwoGUmVmdW5kEhkKCG9yZGVyX2lkGAEgAS"
    "gJUgdvcmRlcklkEhYKBnJlYXNvbhgCIAEoBVIGcmVhc29uYgZwcm90bzM=";

const char *const UserAvsc = R"({"type": "record", "name": "User", "namespace": "t",
  "fields": [{"name": "name", "type": "string"}, {"name": "age", "type": "int"}]})";

// protoc --encode=shop.Order: id "o1", total {currency "EUR", cents 250}
const QByteArray OrderBytes = QByteArray::fromBase64("CgJvMRIICgNFVVIQ+gE=");
// protoc --encode=shop.Refund: order_id "o1", reason 3
const QByteArray RefundBytes = QByteArray::fromBase64("CgJvMRAD");
// Avro User {name "ann", age 30}: the string's zigzag length 3, its bytes, the zigzag int 30.
const QByteArray UserBytes = QByteArray::fromHex("06616e6e3c");

} // namespace

class TestLocalSchemas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void avro();
    void protoWithImport();
    void commentedImports();
    void descriptorSet();
    void messageType_data();
    void messageType();
    void patterns_data();
    void patterns();
    void hostileFiles_data();
    void hostileFiles();
    void decoderLocalOnly();
    void decoderWithRegistry();
    void severalThreads();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::shared_ptr<const LocalSchemas> loadOne(const QString &pattern, const QString &file,
                                                const QString &type, QStringList *errors);
    QTemporaryDir dir_;
};

QString TestLocalSchemas::write(const QString &name, const QByteArray &bytes)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::shared_ptr<const LocalSchemas> TestLocalSchemas::loadOne(const QString &pattern,
                                                              const QString &file,
                                                              const QString &type,
                                                              QStringList *errors)
{
    return LocalSchemas::load({LocalSchema{pattern, file, type}}, errors);
}

void TestLocalSchemas::initTestCase()
{
    QVERIFY(dir_.isValid());
    write(QStringLiteral("common.proto"), CommonProto);
    write(QStringLiteral("order.proto"), OrderProto);
    write(QStringLiteral("order.desc"), QByteArray::fromBase64(OrderDescriptorSet));
    write(QStringLiteral("user.avsc"), UserAvsc);
}

void TestLocalSchemas::avro()
{
    QStringList errors;
    const auto schemas = loadOne(QStringLiteral("users"), dir_.filePath("user.avsc"), {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const LocalSchemas::Entry *entry = schemas->match(QStringLiteral("users"));
    QVERIFY(entry);
    QCOMPARE(entry->fileName, QStringLiteral("user.avsc"));
    QCOMPARE(entry->codec->type(), SchemaType::Avro);
    const auto decoded = entry->codec->decode(UserBytes, entry->messageIndexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"name":"ann","age":30})"));
}

void TestLocalSchemas::protoWithImport()
{
    QStringList errors;
    const auto schemas =
        loadOne(QStringLiteral("orders"), dir_.filePath("order.proto"), {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const LocalSchemas::Entry *entry = schemas->match(QStringLiteral("orders"));
    QVERIFY(entry);
    QCOMPARE(entry->typeName, QStringLiteral("shop.Order"));
    const auto decoded = entry->codec->decode(OrderBytes, entry->messageIndexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"id":"o1","total":{"currency":"EUR","cents":"250"}})"));
}

// Imports inside comments are not read; google/protobuf imports come from libprotobuf.
void TestLocalSchemas::commentedImports()
{
    const QString path = write(QStringLiteral("commented-ok.proto"),
                               "syntax = \"proto3\";\n"
                               "// import \"gone.proto\";\n"
                               "/* import \"also-gone.proto\";\n */\n"
                               "import \"google/protobuf/timestamp.proto\";\n"
                               "message A { google.protobuf.Timestamp at = 1; }\n");
    QStringList errors;
    const auto schemas = loadOne(QStringLiteral("t"), path, {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(schemas->match(QStringLiteral("t")));
}

void TestLocalSchemas::descriptorSet()
{
    QString error;
    QVERIFY(!ProtobufCodec::createFromDescriptorSet("not a set", &error));
    QVERIFY(!error.isEmpty());
    QStringList errors;
    const auto schemas = loadOne(QStringLiteral("*"), dir_.filePath("order.desc"), {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const LocalSchemas::Entry *entry = schemas->match(QStringLiteral("anything"));
    QVERIFY(entry);
    // The last file of the set (order.proto, which protoc was given) is the schema's own.
    QCOMPARE(entry->typeName, QStringLiteral("shop.Order"));
    const auto *codec = dynamic_cast<const ProtobufCodec *>(entry->codec.get());
    QVERIFY(codec);
    QCOMPARE(codec->messageTypes(), QStringList({"shop.Order", "shop.Refund"}));
    const auto decoded = entry->codec->decode(OrderBytes, entry->messageIndexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"id":"o1","total":{"currency":"EUR","cents":"250"}})"));
}

void TestLocalSchemas::messageType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("error"); // a part of the error; empty: loads
    for (const char *file : {"order.proto", "order.desc"}) {
        QTest::addRow("%s full", file) << file << "shop.Refund"
                                       << "";
        QTest::addRow("%s short", file) << file << "Refund"
                                        << "";
        QTest::addRow("%s leading dot", file) << file << ".shop.Refund"
                                              << "";
        QTest::addRow("%s unknown", file) << file << "Nope"
                                          << "shop.Order, shop.Refund";
        QTest::addRow("%s imported", file) << file << "Money"
                                           << "shop.Order, shop.Refund";
    }
    QTest::addRow("avro with a type") << "user.avsc"
                                      << "User"
                                      << "only for Protobuf";
}

void TestLocalSchemas::messageType()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, error);
    QStringList errors;
    const auto schemas = loadOne(QStringLiteral("t"), dir_.filePath(file), type, &errors);
    if (!error.isEmpty()) {
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(error), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(file), qPrintable(errors.first()));
        QVERIFY(!schemas->match(QStringLiteral("t")));
        return;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const LocalSchemas::Entry *entry = schemas->match(QStringLiteral("t"));
    QVERIFY(entry);
    QCOMPARE(entry->typeName, QStringLiteral("shop.Refund"));
    QCOMPARE(entry->messageIndexes, QList<int>({1}));
    const auto decoded = entry->codec->decode(RefundBytes, entry->messageIndexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"order_id":"o1","reason":3})"));
}

void TestLocalSchemas::patterns_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("file"); // the matching entry's file name; empty: none
    QTest::addRow("exact") << "users"
                           << "user.avsc";
    QTest::addRow("exact is whole") << "users2"
                                    << "";
    QTest::addRow("prefix of exact") << "user"
                                     << "";
    QTest::addRow("star") << "orders.eu"
                          << "order.proto";
    QTest::addRow("star empty") << "orders."
                                << "order.proto";
    QTest::addRow("star not at start") << "x.orders.eu"
                                       << "";
    QTest::addRow("question") << "refund-7"
                              << "order.desc";
    QTest::addRow("question one char") << "refund-77"
                                       << "";
    QTest::addRow("first wins") << "orders.all"
                                << "order.proto";
    QTest::addRow("no match") << "other"
                              << "";
    QTest::addRow("empty topic") << ""
                                 << "";
}

void TestLocalSchemas::patterns()
{
    QFETCH(QString, topic);
    QFETCH(QString, file);
    QStringList errors;
    const auto schemas = LocalSchemas::load(
        {{QStringLiteral("users"), dir_.filePath("user.avsc"), {}},
         {QStringLiteral("orders.*"), dir_.filePath("order.proto"), {}},
         {QStringLiteral("refund-?"), dir_.filePath("order.desc"), QStringLiteral("Refund")},
         {QStringLiteral("orders.all"), dir_.filePath("user.avsc"), {}}},
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(schemas->entries().size(), 4);
    const LocalSchemas::Entry *entry = schemas->match(topic);
    QCOMPARE(entry ? entry->fileName : QString(), file);
}

void TestLocalSchemas::hostileFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // written to name first unless null
    QTest::addColumn<QString>("pattern");
    QTest::addRow("missing") << "missing.avsc" << QByteArray() << "t";
    QTest::addRow("folder") << "folder.proto" << QByteArray() << "t";
    QTest::addRow("unknown extension") << "user.json" << QByteArray(UserAvsc) << "t";
    QTest::addRow("no extension") << "schema" << QByteArray(UserAvsc) << "t";
    QTest::addRow("avsc not json") << "bad.avsc" << QByteArray("{ nope") << "t";
    QTest::addRow("avsc binary") << "bin.avsc" << QByteArray("\x00\xff\xfe\x01", 4) << "t";
    QTest::addRow("avsc empty") << "empty.avsc" << QByteArray("") << "t";
    QTest::addRow("proto not proto") << "bad.proto" << QByteArray("message {") << "t";
    QTest::addRow("proto no message") << "none.proto" << QByteArray("syntax = \"proto3\";") << "t";
    QTest::addRow("proto missing import")
        << "lonely.proto" << QByteArray("syntax = \"proto3\"; import \"gone.proto\"; message A {}")
        << "t";
    QTest::addRow("proto imports itself")
        << "self.proto" << QByteArray("syntax = \"proto3\"; import \"self.proto\"; message A {}")
        << "t";
    QTest::addRow("proto binary") << "bin.proto" << QByteArray("\xff\xfe\x00\x01", 4) << "t";
    QTest::addRow("desc text") << "text.desc" << QByteArray(OrderProto) << "t";
    QTest::addRow("desc empty") << "empty.desc" << QByteArray("") << "t";
    QByteArray truncated = QByteArray::fromBase64(OrderDescriptorSet);
    truncated.chop(40);
    QTest::addRow("desc truncated") << "cut.pb" << truncated << "t";
    // The set without common.proto: order.proto's import is missing.
    const QByteArray set = QByteArray::fromBase64(OrderDescriptorSet);
    QTest::addRow("desc missing import") << "half.binpb" << set.mid(2 + 0x57) << "t";
    QTest::addRow("too large") << "huge.avsc" << QByteArray(LocalSchemas::MaxFileSize + 1, ' ')
                               << "t";
    QTest::addRow("bad pattern") << "user.avsc" << QByteArray(UserAvsc) << "orders-[";
    QTest::addRow("commented import missing file")
        << "commented.proto"
        << QByteArray("syntax = \"proto3\";\n// import \"gone.proto\";\n/* import \"x.proto\"; */\n"
                      "import \"absent.proto\";\nmessage A {}")
        << "t";
    QTest::addRow("empty pattern") << "user.avsc" << QByteArray(UserAvsc) << " ";
}

void TestLocalSchemas::hostileFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, pattern);
    if (name == QLatin1String("folder.proto"))
        QVERIFY(QDir(dir_.path()).mkpath(name));
    else if (!bytes.isNull())
        write(name, bytes);
    QStringList errors;
    const auto schemas = LocalSchemas::load(
        {{pattern, dir_.filePath(name), {}}, {QStringLiteral("*"), dir_.filePath("user.avsc"), {}}},
        &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(name), qPrintable(errors.first()));
    // The bad entry is left out; the good one after it still loads.
    QCOMPARE(schemas->entries().size(), 1);
    QCOMPARE(schemas->match(QStringLiteral("t"))->fileName, QStringLiteral("user.avsc"));
    qInfo().noquote() << errors.first();
}

void TestLocalSchemas::decoderLocalOnly()
{
    QStringList errors;
    const auto schemas = LocalSchemas::load(
        {{QStringLiteral("users"), dir_.filePath("user.avsc"), {}},
         {QStringLiteral("orders"), dir_.filePath("order.proto"), QStringLiteral("Order")}},
        &errors);
    QVERIFY(errors.isEmpty());
    const MessageDecoder decoder(nullptr, schemas);

    auto result = decoder.decode(UserBytes, QStringLiteral("users"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Decoded);
    QCOMPARE(result.json, QByteArray(R"({"name":"ann","age":30})"));
    QCOMPARE(result.schemaId, -1);
    QCOMPARE(result.type, SchemaType::Avro);
    QCOMPARE(result.subject, QStringLiteral("user.avsc"));
    QCOMPARE(result.typeName, QStringLiteral("t.User"));

    result = decoder.decode(OrderBytes, QStringLiteral("orders"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Decoded);
    QCOMPARE(result.type, SchemaType::Protobuf);
    QCOMPARE(result.subject, QStringLiteral("order.proto"));
    QCOMPARE(result.typeName, QStringLiteral("shop.Order"));

    // Bytes that do not match: the file's name, then the codec's reason.
    result = decoder.decode(QByteArray("\x06"
                                       "an",
                                       3),
                            QStringLiteral("users"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Failed);
    QVERIFY2(result.reason.startsWith(QLatin1String("user.avsc: ")), qPrintable(result.reason));
    result = decoder.decode(QByteArray("\x0a\x09o1", 4), QStringLiteral("orders"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Failed);
    QVERIFY2(result.reason.startsWith(QLatin1String("order.proto: ")), qPrintable(result.reason));
    QVERIFY(result.errorOffset >= 0);

    // A mapped topic's value is raw even when it starts like a framed one.
    result = decoder.decode(QByteArray::fromHex("0000000001"), QStringLiteral("users"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Failed);
    QCOMPARE(result.schemaId, -1);

    // Topics no pattern matches, and no registry: not framed, no reason.
    result = decoder.decode(UserBytes, QStringLiteral("other"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::NotFramed);
    QVERIFY(result.reason.isEmpty());
    result = decoder.decode(UserBytes);
    QCOMPARE(result.status, MessageDecoder::Result::Status::NotFramed);
}

void TestLocalSchemas::decoderWithRegistry()
{
    // A registry nothing answers for: mapped topics never ask it.
    RegistrySettings settings;
    settings.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    settings.timeoutMs = 5000;
    auto registry = std::make_shared<SchemaRegistry>(settings);
    QStringList errors;
    const MessageDecoder decoder(
        registry,
        LocalSchemas::load({{QStringLiteral("users"), dir_.filePath("user.avsc"), {}}}, &errors));
    auto result = decoder.decode(UserBytes, QStringLiteral("users"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Decoded);
    QCOMPARE(result.json, QByteArray(R"({"name":"ann","age":30})"));
    // Other topics: the registry's framing, as without local schemas.
    result = decoder.decode(UserBytes, QStringLiteral("other"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::NotFramed);
    QVERIFY(!result.reason.isEmpty());
    result = decoder.decode(QByteArray::fromHex("000000000706616e6e3c"), QStringLiteral("other"));
    QCOMPARE(result.status, MessageDecoder::Result::Status::Pending);
    QCOMPARE(result.schemaId, 7);
}

// One LocalSchemas and decoder shared by several threads at once (run under TSan/ASan too).
void TestLocalSchemas::severalThreads()
{
    QStringList errors;
    const MessageDecoder decoder(
        nullptr, LocalSchemas::load({{QStringLiteral("users-?"), dir_.filePath("user.avsc"), {}},
                                     {QStringLiteral("orders*"), dir_.filePath("order.desc"), {}}},
                                    &errors));
    QVERIFY(errors.isEmpty());
    QList<int> jobs(64);
    std::iota(jobs.begin(), jobs.end(), 0);
    const QList<bool> results = QtConcurrent::blockingMapped(jobs, [&decoder](int job) {
        bool ok = true;
        for (int i = 0; i < 200; ++i) {
            const bool user = (job + i) % 2 == 0;
            const auto result =
                user ? decoder.decode(UserBytes, QStringLiteral("users-%1").arg(i % 10))
                     : decoder.decode(OrderBytes, QStringLiteral("orders.%1").arg(job));
            ok =
                ok && result.status == MessageDecoder::Result::Status::Decoded &&
                result.subject == (user ? QLatin1String("user.avsc") : QLatin1String("order.desc"));
        }
        return ok;
    });
    QVERIFY(!results.contains(false));
}

QTEST_GUILESS_MAIN(TestLocalSchemas)
#include "tst_localschemas.moc"
