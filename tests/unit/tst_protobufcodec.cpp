// ProtobufCodec: .proto schema text parsed at run time, with an import from a registry reference
// and a well-known type; fixed golden bytes (made once with `protoc --encode`, pasted here)
// decoded to JSON for scalars, nested and repeated messages, packed numbers, maps, enums, oneofs,
// an index path to a nested message, and encoded back; bytes that do not match the schema
// (truncated, bad wire types, lengths past the end, runaway varints, bad UTF-8, deep nesting) say
// where reading stopped; schemas that do not parse say the line and column; concurrent decoding;
// the codec's own JSON printer (ProtoJsonWriter) agrees with libprotobuf's on every kind of field.
#include "codecerrorbytes.h"
#include "protobufcodec.h"
#include "protojsonwriter.h"

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <QTest>

namespace {

const char ShopProto[] = R"(syntax = "proto3";
package shop;

import "common/money.proto";
import "google/protobuf/timestamp.proto";

message Order {
  int32 id = 1;
  string customer = 2;
  repeated Item items = 3;
  map<string, int32> tags = 4;
  Status status = 5;
  oneof payment {
    string card = 6;
    string voucher = 7;
  }
  common.Money total = 8;
  google.protobuf.Timestamp placed = 9;
  repeated int32 codes = 10;

  message Item {
    string sku = 1;
    double price = 2;
    message Note {
      string text = 1;
    }
    Note note = 3;
  }
}

message Scalars {
  double d = 1;
  float f = 2;
  int64 i64 = 3;
  uint64 u64 = 4;
  sint32 s32 = 5;
  sint64 s64 = 6;
  fixed32 fx32 = 7;
  fixed64 fx64 = 8;
  sfixed32 sfx32 = 9;
  sfixed64 sfx64 = 10;
  bool b = 11;
  bytes raw = 12;
  uint32 u32 = 13;
}

enum Status {
  STATUS_UNKNOWN = 0;
  STATUS_PAID = 1;
  STATUS_SHIPPED = 2;
}
)";

const char MoneyProto[] = R"(syntax = "proto3";
package common;

message Money {
  string currency = 1;
  int64 units = 2;
}
)";

// protoc --encode=shop.Order: id: 42 customer: "Ana" items { sku: "A1" price: 2.5 }
// items { sku: "B2" price: 10 note { text: "gift" } } tags { key: "x" value: 1 }
// tags { key: "a" value: 2 } status: STATUS_SHIPPED card: "4111"
// total { currency: "EUR" units: 12 } placed { seconds: 1700000000 nanos: 5000000 }
// codes: 1 codes: 300 codes: -1
const char OrderHex[] =
    "082a1203416e611a0d0a0241311100000000000004401a150a0242321100000000000024401a060a04676966"
    "7422050a0178100122050a01611002280232043431313142070a03455552100c4a0b0880e2cfaa0610c096b1"
    "02520d01ac02ffffffffffffffffff01";
// protoc --encode=shop.Scalars: d: 1.5 f: -2.25 i64: -9000000000 u64: 18446744073709551615
// s32: -3 s64: -4000000000 fx32: 4294967295 fx64: 7 sfx32: -5 sfx64: -6 b: true
// raw: "\x00\xff" u32: 4000000000
const char ScalarsHex[] =
    "09000000000000f83f15000010c01880ccbbbcdeffffffff0120ffffffffffffffffff01280530ff9fd9e61d3d"
    "ffffffff4107000000000000004dfbffffff51faffffffffffffff5801620200ff6880d0acf30e";
// protoc --encode=shop.Order.Item.Note: text: "gift"
const char NoteHex[] = "0a0467696674";
// protoc --encode=shop.Order: voucher: "SAVE10"
const char VoucherHex[] = "3a06534156453130";

RegisteredSchema shopSchema()
{
    RegisteredSchema schema;
    schema.id = 7;
    schema.type = SchemaType::Protobuf;
    schema.text = QString::fromUtf8(ShopProto);
    schema.references = {{"common/money.proto", "money", 1}};
    schema.referencedTexts.insert("common/money.proto", QString::fromUtf8(MoneyProto));
    return schema;
}

std::shared_ptr<const ProtobufCodec> codecFor(const QString &text,
                                              const QHash<QString, QString> &references = {},
                                              QString *error = nullptr)
{
    RegisteredSchema schema;
    schema.type = SchemaType::Protobuf;
    schema.text = text;
    schema.referencedTexts = references;
    QString ignored;
    return ProtobufCodec::create(schema, error ? error : &ignored);
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << json << error.errorString();
    return document.object();
}

const char WriterProto[] = R"(syntax = "proto3";
package w;
import "google/protobuf/timestamp.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/any.proto";
import "google/protobuf/empty.proto";
enum Colour { RED = 0; GREEN = 1; }
message All {
  double d = 1; float f = 2; int64 i64 = 3; uint64 u64 = 4; int32 i32 = 5; uint32 u32 = 6;
  bool b = 7; string s = 8; bytes raw = 9; Colour colour = 10;
  repeated double ds = 11; repeated string ss = 12; repeated Colour colours = 13;
  map<int32, string> by_int = 14; map<bool, All> by_bool = 15; map<string, Colour> by_name = 16;
  All child = 17; repeated All children = 18;
  google.protobuf.Timestamp at = 19; google.protobuf.Duration took = 20;
  google.protobuf.Struct data = 21; google.protobuf.Value one = 22;
  google.protobuf.ListValue many = 23; google.protobuf.Int64Value maybe = 24;
  google.protobuf.BytesValue blob = 25; google.protobuf.StringValue name = 26;
  google.protobuf.Empty nothing = 27;
  optional int32 opt = 28;
  oneof pick { string left = 29; int32 right = 30; }
  sint64 s64 = 31; fixed64 fx64 = 32;
}
message WithAny { google.protobuf.Any extra = 1; }
)";

} // namespace

class TestProtobufCodec final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void messageTypes();
    void decodesEveryScalarType();
    void decodesNestedRepeatedMapsEnumsOneofsImportsAndTimestamps();
    void decodesDefaultsAndUnsetOneofs();
    void indexPathSelectsNestedType();
    void indexOutOfRange_data();
    void indexOutOfRange();
    void encodesToTheGoldenBytes();
    void roundTrips();
    void encodeErrorsNameTheField_data();
    void encodeErrorsNameTheField();
    void unknownFieldsAreLeftOut();
    void badBytesSayWhereReadingStopped_data();
    void badBytesSayWhereReadingStopped();
    void byteNumbersCountFromTheValuesStart();
    void everyTruncationFailsOrDecodes();
    void mutatedBytesNeverCrash();
    void deepNestingIsRefused();
    void requiredFieldsOfProto2();
    void badSchemas_data();
    void badSchemas();
    void wellKnownTypesWithoutReferences();
    void transitiveReferences();
    void writerAgreesWithLibprotobuf_data();
    void writerAgreesWithLibprotobuf();
    void anyGoesThroughLibprotobuf();
    void concurrentDecoding();
    void decodeCost();

private:
    std::shared_ptr<const ProtobufCodec> shop_;
};

void TestProtobufCodec::initTestCase()
{
    QString error;
    shop_ = ProtobufCodec::create(shopSchema(), &error);
    QVERIFY2(shop_, qPrintable(error));
    QCOMPARE(shop_->type(), SchemaType::Protobuf);
}

void TestProtobufCodec::messageTypes()
{
    QCOMPARE(shop_->messageTypes(), (QStringList{"shop.Order", "shop.Order.Item",
                                                 "shop.Order.Item.Note", "shop.Scalars"}));
}

void TestProtobufCodec::decodesEveryScalarType()
{
    const auto decoded = shop_->decode(QByteArray::fromHex(ScalarsHex), {1});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.typeName, "shop.Scalars");
    const QJsonObject json = object(decoded.json);
    QCOMPARE(json["d"].toDouble(), 1.5);
    QCOMPARE(json["f"].toDouble(), -2.25);
    // 64-bit integers are strings in Protobuf's JSON, so that they stay exact.
    QCOMPARE(json["i64"].toString(), "-9000000000");
    QCOMPARE(json["u64"].toString(), "18446744073709551615");
    QCOMPARE(json["s32"].toInt(), -3);
    QCOMPARE(json["s64"].toString(), "-4000000000");
    QCOMPARE(json["fx32"].toDouble(), 4294967295.0);
    QCOMPARE(json["fx64"].toString(), "7");
    QCOMPARE(json["sfx32"].toInt(), -5);
    QCOMPARE(json["sfx64"].toString(), "-6");
    QCOMPARE(json["b"].toBool(), true);
    QCOMPARE(json["raw"].toString(), "AP8="); // base64 of 00 ff
    QCOMPARE(json["u32"].toDouble(), 4000000000.0);
    QCOMPARE(json.size(), 13);
}

void TestProtobufCodec::decodesNestedRepeatedMapsEnumsOneofsImportsAndTimestamps()
{
    const auto decoded = shop_->decode(QByteArray::fromHex(OrderHex), {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.typeName, "shop.Order");
    QCOMPARE(decoded.errorOffset, -1);
    const QJsonObject json = object(decoded.json);
    QCOMPARE(json["id"].toInt(), 42);
    QCOMPARE(json["customer"].toString(), "Ana");
    const QJsonArray items = json["items"].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0]["sku"].toString(), "A1");
    QCOMPARE(items[0]["price"].toDouble(), 2.5);
    QCOMPARE(items[1]["sku"].toString(), "B2");
    QCOMPARE(items[1]["price"].toDouble(), 10.0);
    QCOMPARE(items[1]["note"]["text"].toString(), "gift");
    QCOMPARE(json["tags"].toObject(), (QJsonObject{{"x", 1}, {"a", 2}}));
    QCOMPARE(json["status"].toString(), "STATUS_SHIPPED");
    QCOMPARE(json["card"].toString(), "4111");
    QVERIFY(!json.contains("voucher")); // the oneof's other member
    QCOMPARE(json["total"].toObject(), (QJsonObject{{"currency", "EUR"}, {"units", "12"}}));
    QCOMPARE(json["placed"].toString(), "2023-11-14T22:13:20.005Z");
    QCOMPARE(json["codes"].toArray(), (QJsonArray{1, 300, -1}));
    // Compact, with the .proto's field names.
    QVERIFY(!decoded.json.contains('\n'));
    QVERIFY(decoded.json.startsWith("{\"id\":42,\"customer\":\"Ana\""));
}

void TestProtobufCodec::decodesDefaultsAndUnsetOneofs()
{
    const auto empty = shop_->decode({}, {0});
    QVERIFY2(empty.ok(), qPrintable(empty.error));
    const QJsonObject json = object(empty.json);
    // Every field is shown, also at its default, so that a learner sees it exists.
    QCOMPARE(json["id"].toInt(-1), 0);
    QCOMPARE(json["customer"].toString("?"), "");
    QCOMPARE(json["status"].toString(), "STATUS_UNKNOWN");
    QCOMPARE(json["items"].toArray(), QJsonArray());
    QCOMPARE(json["tags"].toObject(), QJsonObject());
    QVERIFY(!json.contains("card"));

    const auto voucher = shop_->decode(QByteArray::fromHex(VoucherHex), {0});
    QVERIFY2(voucher.ok(), qPrintable(voucher.error));
    QCOMPARE(object(voucher.json)["voucher"].toString(), "SAVE10");
    QVERIFY(!object(voucher.json).contains("card"));
}

void TestProtobufCodec::indexPathSelectsNestedType()
{
    const auto note = shop_->decode(QByteArray::fromHex(NoteHex), {0, 0, 0});
    QVERIFY2(note.ok(), qPrintable(note.error));
    QCOMPARE(note.typeName, "shop.Order.Item.Note");
    QCOMPARE(note.json, R"({"text":"gift"})");
    // The same bytes as an Item: field 1 is its sku.
    const auto item = shop_->decode(QByteArray::fromHex(NoteHex), {0, 0});
    QVERIFY2(item.ok(), qPrintable(item.error));
    QCOMPARE(item.typeName, "shop.Order.Item");
    QCOMPARE(object(item.json)["sku"].toString(), "gift");
}

void TestProtobufCodec::indexOutOfRange_data()
{
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<QString>("says");
    QTest::newRow("top level") << QList<int>{2} << "index 2 is out of range: the schema has 2";
    QTest::newRow("negative") << QList<int>{-1} << "index -1 is out of range";
    // Order's map field adds a nested map entry type that message indexes do not count.
    QTest::newRow("nested") << QList<int>{0, 1} << "index 1 is out of range: shop.Order has 1";
    QTest::newRow("below a leaf") << QList<int>{1, 0} << "shop.Scalars has 0 nested";
}

void TestProtobufCodec::indexOutOfRange()
{
    QFETCH(QList<int>, indexes);
    QFETCH(QString, says);
    const auto decoded = shop_->decode(QByteArray::fromHex(NoteHex), indexes);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.json.isEmpty());
    QVERIFY2(decoded.error.contains(says), qPrintable(decoded.error));
}

void TestProtobufCodec::encodesToTheGoldenBytes()
{
    // Scalars: the JSON the codec printed, back to protoc's bytes exactly.
    const QByteArray golden = QByteArray::fromHex(ScalarsHex);
    const auto decoded = shop_->decode(golden, {1});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const auto encoded = shop_->encode(decoded.json, "shop.Scalars");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(encoded.payload.toHex(), golden.toHex());
    QCOMPARE(encoded.messageIndexes, QList<int>{1});

    // A nested type by its short name, with its index path; lowerCamelCase names work too.
    const auto note = shop_->encode(R"({"text": "gift"})", "Note");
    QVERIFY2(note.ok(), qPrintable(note.error));
    QCOMPARE(note.payload.toHex(), QByteArray(NoteHex));
    QCOMPARE(note.messageIndexes, (QList<int>{0, 0, 0}));
    const auto byFullName = shop_->encode(R"({"text": "gift"})", ".shop.Order.Item.Note");
    QCOMPARE(byFullName.payload, note.payload);

    // Empty type name: the first message; the oneof's member.
    const auto voucher = shop_->encode(R"({"voucher": "SAVE10"})");
    QVERIFY2(voucher.ok(), qPrintable(voucher.error));
    QCOMPARE(voucher.payload.toHex(), QByteArray(VoucherHex));
    QCOMPARE(voucher.messageIndexes, QList<int>{0});
}

void TestProtobufCodec::roundTrips()
{
    // The order's map is written by key (deterministic), not in protoc's order, so the bytes
    // differ there; the decoded JSON does not.
    const auto first = shop_->decode(QByteArray::fromHex(OrderHex), {0});
    QVERIFY2(first.ok(), qPrintable(first.error));
    const auto encoded = shop_->encode(first.json, "Order");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(encoded.payload.size(), QByteArray::fromHex(OrderHex).size());
    const auto again = shop_->decode(encoded.payload, encoded.messageIndexes);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(object(again.json), object(first.json));
    // Encoding is deterministic.
    QCOMPARE(shop_->encode(first.json, "Order").payload, encoded.payload);
}

void TestProtobufCodec::encodeErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown field") << QByteArray(R"({"idd": 1})") << ""
                                   << "$.idd: the message has no field of this name.";
    QTest::newRow("string for int")
        << QByteArray(R"({"id": "many"})") << ""
        << "$.id: must be a whole number from -2147483648 to 2147483647, found \"many\".";
    QTest::newRow("nested wrong type")
        << QByteArray(R"({"items": [{"sku": "a"}, {"price": "cheap"}]})") << ""
        << "$.items[1].price: must be a number, found \"cheap\".";
    QTest::newRow("bad enum")
        << QByteArray(R"({"status": "LOST"})") << ""
        << "$.status: must be one of STATUS_UNKNOWN, STATUS_PAID, STATUS_SHIPPED, found \"LOST\".";
    QTest::newRow("int out of range")
        << QByteArray(R"({"id": 3000000000})") << ""
        << "$.id: must be a whole number from -2147483648 to 2147483647, found 3000000000.";
    QTest::newRow("fraction for int")
        << QByteArray(R"({"id": 1.5})") << ""
        << "$.id: must be a whole number from -2147483648 to 2147483647, found 1.5.";
    QTest::newRow("not JSON") << QByteArray("{\"id\": \n") << ""
                              << "The text is not JSON: unterminated object at line 2, column 1.";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << ""
                            << "The text is not JSON: illegal number at line 1, column 1.";
    QTest::newRow("not an object") << QByteArray("[1]") << ""
                                   << "$: must be an object with the fields of shop.Order.";
    QTest::newRow("number for a message")
        << QByteArray(R"({"total": 5})") << ""
        << "$.total: must be an object (a common.Money message), found 5.";
    QTest::newRow("array for a map") << QByteArray(R"({"tags": []})") << ""
                                     << "$.tags: must be an object (a map), found an array.";
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"placed": "yesterday"})") << ""
        << "$.placed: must be a time such as \"2024-01-31T12:00:00Z\", found \"yesterday\".";
    QTest::newRow("no such type")
        << QByteArray("{}") << "Basket"
        << "The schema has no message type \"Basket\"; it has: shop.Order";
    QTest::newRow("type of an import") << QByteArray("{}") << "common.Money"
                                       << "The schema has no message type \"common.Money\"";
}

void TestProtobufCodec::encodeErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, typeName);
    QFETCH(QString, says);
    const auto encoded = shop_->encode(json, typeName);
    QVERIFY(!encoded.ok());
    QVERIFY(encoded.payload.isEmpty());
    QVERIFY2(encoded.error.startsWith(says), qPrintable(encoded.error));
}

void TestProtobufCodec::unknownFieldsAreLeftOut()
{
    // Field 15 (a varint) and field 16 (text) are in no version of Note that this schema knows.
    const QByteArray bytes = QByteArray::fromHex(NoteHex) + QByteArray::fromHex("7801820103616263");
    const auto decoded = shop_->decode(bytes, {0, 0, 0});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, R"({"text":"gift"})");
}

void TestProtobufCodec::badBytesSayWhereReadingStopped_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("says");
    QTest::newRow("length past the end")
        << QByteArray("082a12c8016162636465") << QList<int>{} << qsizetype(2)
        << "Field 2 (customer) at byte 2 says 200 bytes follow at byte 5, but only 5 are left.";
    QTest::newRow("nested length past the end")
        << QByteArray("082a1a050a0741314243") << QList<int>{} << qsizetype(4)
        << "Field 1 (items.sku) at byte 4 says 7 bytes follow at byte 6, but only 3 are left.";
    QTest::newRow("truncated number") << QByteArray("082a1080") << QList<int>{} << qsizetype(2)
                                      << "Field 2 (customer) at byte 2: the bytes end in the "
                                         "middle of its number.";
    QTest::newRow("truncated tag")
        << QByteArray("082a80") << QList<int>{} << qsizetype(2) << "in the middle of a field's tag";
    QTest::newRow("wire type 7") << QByteArray("082a0f") << QList<int>{} << qsizetype(2)
                                 << "Field 1 (id) at byte 2 has wire type 7, which Protobuf does "
                                    "not have";
    QTest::newRow("wire type 6 unknown field")
        << QByteArray("fe01") << QList<int>{} << qsizetype(0)
        << "Field 31 (not in the schema) at byte 0 has wire type 6";
    QTest::newRow("huge varint") << QByteArray("08ffffffffffffffffffff01") << QList<int>{}
                                 << qsizetype(0)
                                 << "Field 1 (id) at byte 0: its number runs on for more than 10 "
                                    "bytes.";
    QTest::newRow("huge length") << QByteArray("12ffffffffffffffffff01") << QList<int>{}
                                 << qsizetype(0) << "Field 2 (customer) at byte 0 says";
    QTest::newRow("field number 0")
        << QByteArray("0001") << QList<int>{} << qsizetype(0) << "has number 0";
    QTest::newRow("group never started")
        << QByteArray("0c") << QList<int>{} << qsizetype(0) << "ends a group that never started";
    QTest::newRow("fixed64 short") << QByteArray("090000") << QList<int>{1} << qsizetype(0)
                                   << "Field 1 (d) at byte 0 needs 8 bytes, but only 2 are left.";
    QTest::newRow("fixed32 short") << QByteArray("15000000") << QList<int>{1} << qsizetype(0)
                                   << "Field 2 (f) at byte 0 needs 4 bytes, but only 3 are left.";
    QTest::newRow("invalid UTF-8") << QByteArray("082a1202c328") << QList<int>{} << qsizetype(4)
                                   << "Field 2 (customer) at byte 2: its text is "
                                      "not valid UTF-8 at byte 4";
    QTest::newRow("map value truncated")
        << QByteArray("22050a01781080") << QList<int>{} << qsizetype(5)
        << "Field 2 (tags.value) at byte 5: the bytes end in the middle of its number.";
    QTest::newRow("packed number truncated")
        << QByteArray("520201ac") << QList<int>{} << qsizetype(3)
        << "Field 10 (codes) at byte 0: its packed numbers end in the middle of a number at "
           "byte 3.";
}

void TestProtobufCodec::badBytesSayWhereReadingStopped()
{
    QFETCH(QByteArray, hex);
    QFETCH(QList<int>, indexes);
    QFETCH(qsizetype, offset);
    QFETCH(QString, says);
    const auto decoded = shop_->decode(QByteArray::fromHex(hex), indexes);
    QVERIFY2(!decoded.ok(), decoded.json.constData());
    QVERIFY(decoded.json.isEmpty());
    QVERIFY2(decoded.error.contains(says), qPrintable(decoded.error));
    QCOMPARE(decoded.errorOffset, offset);
    QVERIFY2(CodecErrorBytes::names(decoded.error, decoded.errorOffset), qPrintable(decoded.error));
    // The same bytes after the registry's 5-byte header and one message index byte: every byte
    // number, and the offset, 6 further on.
    const auto framed = shop_->decode(QByteArray::fromHex(hex), indexes, 6);
    QCOMPARE(framed.error, CodecErrorBytes::shifted(decoded.error, 6));
    QVERIFY(framed.error != decoded.error);
    QCOMPARE(framed.errorOffset, offset + 6);
    QVERIFY2(CodecErrorBytes::names(framed.error, framed.errorOffset), qPrintable(framed.error));
}

void TestProtobufCodec::byteNumbersCountFromTheValuesStart()
{
    // Field 2 (customer) at payload byte 2 says 200 bytes follow at payload byte 5.
    const QByteArray payload = QByteArray::fromHex("082a12c8016162636465");
    const auto framed = shop_->decode(payload, {0}, 6);
    QCOMPARE(framed.error, QStringLiteral("Field 2 (customer) at byte 8 says 200 bytes follow at "
                                          "byte 11, but only 5 are left."));
    QCOMPARE(framed.errorOffset, 8);
    // A tag cut short names where it starts as well as where the bytes end.
    const auto tag = shop_->decode(QByteArray::fromHex("082a80"), {}, 5);
    QCOMPARE(tag.error, QStringLiteral("The bytes end at byte 8 in the middle of a field's tag, "
                                       "which starts at byte 7."));
    QCOMPARE(tag.errorOffset, 7);
}

void TestProtobufCodec::everyTruncationFailsOrDecodes()
{
    // Every prefix of the golden order either decodes (it ends between fields) or says where
    // reading stopped, within the bytes given.
    const QByteArray golden = QByteArray::fromHex(OrderHex);
    int failed = 0;
    for (qsizetype size = 0; size < golden.size(); ++size) {
        const auto decoded = shop_->decode(golden.first(size), {0});
        if (decoded.ok())
            continue;
        ++failed;
        QVERIFY2(!decoded.error.contains("does not say where"),
                 qPrintable(QString::number(size) + u' ' + decoded.error));
        QVERIFY(decoded.errorOffset >= 0 && decoded.errorOffset <= size);
    }
    QVERIFY(failed > golden.size() / 2);
}

void TestProtobufCodec::mutatedBytesNeverCrash()
{
    // Golden bytes with random bytes changed, inserted or cut (a fixed seed, so a failure
    // repeats): each decode succeeds or says why, within the bytes given; when libprotobuf
    // refuses them, the scan nearly always finds where.
    QRandomGenerator random(13);
    const QByteArray golden = QByteArray::fromHex(OrderHex);
    int refused = 0;
    int unexplained = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = golden;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const qsizetype at = random.bounded(int(bytes.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.insert(at, char(random.bounded(256)));
                break;
            default:
                bytes.truncate(at);
            }
            if (bytes.isEmpty())
                break;
        }
        const auto decoded = shop_->decode(bytes, {0});
        if (decoded.ok()) {
            QVERIFY(!decoded.json.isEmpty());
            continue;
        }
        ++refused;
        QVERIFY(decoded.json.isEmpty());
        QVERIFY2(decoded.errorOffset >= -1 && decoded.errorOffset <= bytes.size(),
                 qPrintable(decoded.error));
        if (decoded.error.contains("does not say where"))
            ++unexplained;
    }
    qInfo("%d of 3000 mutated orders refused, %d without a place", refused, unexplained);
    QVERIFY(refused > 1000);
    QCOMPARE(unexplained, 0);
}

void TestProtobufCodec::deepNestingIsRefused()
{
    const auto tree =
        codecFor("syntax = \"proto3\"; message Tree { Tree child = 1; int32 v = 2; }");
    QVERIFY(tree);
    auto nest = [](int levels) {
        QByteArray bytes = QByteArray::fromHex("1001");
        for (int i = 0; i < levels; ++i) {
            QByteArray outer("\x0a", 1);
            qsizetype size = bytes.size();
            while (size >= 0x80) {
                outer.append(char((size & 0x7f) | 0x80));
                size >>= 7;
            }
            outer.append(char(size));
            bytes = outer + bytes;
        }
        return bytes;
    };
    const auto fine = tree->decode(nest(50), {});
    QVERIFY2(fine.ok(), qPrintable(fine.error));
    const auto deep = tree->decode(nest(5000), {});
    QVERIFY(!deep.ok());
    QVERIFY2(deep.error.contains("nested deeper than 100 levels"), qPrintable(deep.error));
    QVERIFY(deep.errorOffset > 0);
}

void TestProtobufCodec::requiredFieldsOfProto2()
{
    const auto codec = codecFor("syntax = \"proto2\"; message Login { required string user = 1; "
                                "optional int32 tries = 2; }");
    QVERIFY(codec);
    const auto missing = codec->decode(QByteArray::fromHex("1003"), {});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains("required") && missing.error.contains("user"),
             qPrintable(missing.error));
    const auto encoded = codec->encode(R"({"tries": 3})");
    QVERIFY(!encoded.ok());
    QVERIFY2(encoded.error.contains("user"), qPrintable(encoded.error));
    const auto good = codec->encode(R"({"user": "ana"})");
    QVERIFY2(good.ok(), qPrintable(good.error));
    QCOMPARE(good.payload.toHex(), "0a03616e61");
}

void TestProtobufCodec::badSchemas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("missing semicolon") << "syntax = \"proto3\";\nmessage A {\n  int32 x = 1\n}\n"
                                       << "Line 4, column 1: Expected \";\".";
    QTest::newRow("undefined type") << "syntax = \"proto3\";\nmessage A {\n  Missing m = 1;\n}\n"
                                    << "Line 3, column 3: \"Missing\" is not defined.";
    QTest::newRow("duplicate number")
        << "syntax = \"proto3\";\nmessage A {\n  int32 x = 1;\n  int32 y = 1;\n}\n"
        << "Line 4";
    QTest::newRow("missing import")
        << "syntax = \"proto3\";\nimport \"other/thing.proto\";\nmessage A { int32 x = 1; }\n"
        << "Line 2, column 1: The schema imports \"other/thing.proto\", which the registry did "
           "not send";
    QTest::newRow("no message") << "syntax = \"proto3\";\nenum E { E0 = 0; }\n"
                                << "defines no message";
    QTest::newRow("empty") << ""
                           << "defines no message";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff{{") << "Line 1, column";
    QTest::newRow("bad syntax") << "syntax = \"proto9\"; message A {}"
                                << "proto9";
}

void TestProtobufCodec::badSchemas()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!codecFor(text, {}, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestProtobufCodec::wellKnownTypesWithoutReferences()
{
    QString error;
    const auto codec = codecFor(R"(syntax = "proto3";
import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/wrappers.proto";
import "google/protobuf/empty.proto";
message Event {
  google.protobuf.Duration took = 1;
  google.protobuf.Struct data = 2;
  google.protobuf.Int32Value maybe = 3;
  google.protobuf.Empty nothing = 4;
  google.protobuf.Any extra = 5;
})",
                                {}, &error);
    QVERIFY2(codec, qPrintable(error));
    const QByteArray json = R"({"took":"1.500s","data":{"a":[1,"x",true,null]},"maybe":7})";
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    const auto decoded = codec->decode(encoded.payload, encoded.messageIndexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const QJsonObject back = object(decoded.json);
    QCOMPARE(back["took"].toString(), "1.500s");
    QCOMPARE(back["data"].toObject(), object(R"({"a":[1,"x",true,null]})"));
    QCOMPARE(back["maybe"].toInt(), 7);
}

void TestProtobufCodec::transitiveReferences()
{
    // a imports b, b imports c; the registry sends b and c as references.
    QHash<QString, QString> references{
        {"b.proto", "syntax = \"proto3\"; package b; import \"c.proto\"; message B { c.C c = 1; }"},
        {"c.proto", "syntax = \"proto3\"; package c; message C { string name = 1; }"}};
    QString error;
    const auto codec = codecFor("syntax = \"proto3\"; import \"b.proto\"; message A { b.B b = 1; }",
                                references, &error);
    QVERIFY2(codec, qPrintable(error));
    const auto encoded = codec->encode(R"({"b": {"c": {"name": "deep"}}})");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(codec->decode(encoded.payload, {}).json, R"({"b":{"c":{"name":"deep"}}})");

    // An error in a referenced file names it.
    references["c.proto"] = "syntax = \"proto3\"; package c; message C { strin name = 1; }";
    QVERIFY(!codecFor("syntax = \"proto3\"; import \"b.proto\"; message A { b.B b = 1; }",
                      references, &error));
    QVERIFY2(error.contains("In \"c.proto\", line 1"), qPrintable(error));
    // Files that import each other.
    references["c.proto"] = "syntax = \"proto3\"; package c; import \"b.proto\"; message C {}";
    QVERIFY(!codecFor("syntax = \"proto3\"; import \"b.proto\"; message A { b.B b = 1; }",
                      references, &error));
    QVERIFY2(error.contains("imports itself"), qPrintable(error));
}

void TestProtobufCodec::writerAgreesWithLibprotobuf_data()
{
    QTest::addColumn<QByteArray>("text"); // Protobuf's text format, or
    QTest::addColumn<QByteArray>("hex");  // wire bytes
    QTest::newRow("defaults") << QByteArray() << QByteArray();
    QTest::newRow("scalars") << QByteArray(R"(d: 1.5 f: 0.1 i64: -5 u64: 18446744073709551615
        i32: -7 u32: 4000000000 b: true s: "he said \"hi\"\n\t\001 \303\251 /"
        raw: "\000\377abc" colour: GREEN s64: -9 fx64: 5)")
                             << QByteArray();
    QTest::newRow("special numbers")
        << QByteArray("d: inf f: -inf ds: nan ds: 1e300 ds: -0 ds: 5e-324 ds: 123456789.125")
        << QByteArray();
    QTest::newRow("repeated and maps") << QByteArray(R"(ss: "a" ss: "" colours: GREEN colours: RED
        by_int { key: -3 value: "x" } by_int { key: 7 value: "y" }
        by_bool { key: true value { i32: 1 } } by_name { key: "k" value: GREEN })")
                                       << QByteArray();
    QTest::newRow("nested")
        << QByteArray(R"(child { child { s: "deep" } } children { b: true } children { })")
        << QByteArray();
    QTest::newRow("well-known types") << QByteArray(R"(
        at { seconds: 1700000000 nanos: 5000000 } took { seconds: -1 nanos: -500000000 }
        data { fields { key: "a" value { list_value { values { number_value: 1 }
            values { string_value: "x" } values { null_value: NULL_VALUE }
            values { bool_value: false } values { struct_value { } } } } } }
        one { number_value: 2.5 } many { values { string_value: "m" } } maybe { value: -3 }
        blob { value: "\001" } name { } nothing { })")
                                      << QByteArray();
    QTest::newRow("microseconds, whole seconds")
        << QByteArray("at { seconds: -5 nanos: 1000 } took { seconds: 3 }") << QByteArray();
    QTest::newRow("edges of time")
        << QByteArray("at { seconds: -62135596800 } took { seconds: -315576000000 }")
        << QByteArray();
    QTest::newRow("latest time") << QByteArray("at { seconds: 253402300799 nanos: 999999999 }")
                                 << QByteArray();
    QTest::newRow("presence") << QByteArray(R"(opt: 0 left: "")") << QByteArray();
    QTest::newRow("oneof other") << QByteArray("right: 0") << QByteArray();
    QTest::newRow("unknown enum number") << QByteArray() << QByteArray("5005");
    QTest::newRow("unknown field") << QByteArray() << QByteArray("a8060128011001");
}

void TestProtobufCodec::writerAgreesWithLibprotobuf()
{
    namespace pb = google::protobuf;
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, hex);
    pb::DescriptorPool pool;
    for (const char *name : {"google/protobuf/timestamp.proto", "google/protobuf/duration.proto",
                             "google/protobuf/struct.proto", "google/protobuf/wrappers.proto",
                             "google/protobuf/any.proto", "google/protobuf/empty.proto"}) {
        pb::FileDescriptorProto proto;
        pb::DescriptorPool::generated_pool()->FindFileByName(name)->CopyTo(&proto);
        QVERIFY(pool.BuildFile(proto));
    }
    pb::io::ArrayInputStream input(WriterProto, int(sizeof WriterProto - 1));
    pb::io::Tokenizer tokenizer(&input, nullptr);
    pb::FileDescriptorProto proto;
    QVERIFY(pb::compiler::Parser().Parse(&tokenizer, &proto));
    proto.set_name("w.proto");
    QVERIFY(pool.BuildFile(proto));
    const pb::Descriptor *type = pool.FindMessageTypeByName("w.All");
    QVERIFY(ProtoJsonWriter::handles(type));
    QVERIFY(!ProtoJsonWriter::handles(pool.FindMessageTypeByName("w.WithAny")));
    pb::DynamicMessageFactory factory(&pool);
    std::unique_ptr<pb::Message> message(factory.GetPrototype(type)->New());
    if (!hex.isEmpty()) {
        const QByteArray bytes = QByteArray::fromHex(hex);
        QVERIFY(message->ParseFromArray(bytes.constData(), int(bytes.size())));
    } else {
        QVERIFY(pb::TextFormat::ParseFromString(text.toStdString(), message.get()));
    }
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string expected;
    QVERIFY(pb::util::MessageToJsonString(*message, &expected, options).ok());
    QByteArray json;
    QVERIFY(ProtoJsonWriter::write(*message, &json));
    QJsonParseError error;
    const QJsonDocument ours = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
    QCOMPARE(ours, QJsonDocument::fromJson(QByteArray::fromStdString(expected)));
}

void TestProtobufCodec::anyGoesThroughLibprotobuf()
{
    QString error;
    const auto codec = codecFor(WriterProto, {}, &error);
    QVERIFY2(codec, qPrintable(error));
    for (const QByteArray &json :
         {QByteArray(R"({"extra": {"@type": "type.googleapis.com/google.protobuf.Timestamp",
                                    "value": "2023-11-14T22:13:20Z"}})"),
          QByteArray(R"({"extra": {"@type": "type.googleapis.com/w.All", "i32": 3}})")}) {
        const auto encoded = codec->encode(json, "WithAny");
        QVERIFY2(encoded.ok(), qPrintable(encoded.error));
        QCOMPARE(encoded.messageIndexes, QList<int>{1});
        const auto decoded = codec->decode(encoded.payload, encoded.messageIndexes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(object(decoded.json)["extra"].toObject()["@type"],
                 object(json)["extra"].toObject()["@type"]);
    }
    // An Any holding a type the schema does not have: readable bytes, but no JSON for them.
    const auto unknown = codec->decode(
        QByteArray::fromHex("0a200a1a747970652e676f6f676c65617069732e636f6d2f782e476f6e6512020801"),
        {1});
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains("cannot be written as JSON") &&
                 unknown.error.contains("x.Gone"),
             qPrintable(unknown.error));
}

void TestProtobufCodec::concurrentDecoding()
{
    // A fresh codec (no prototype used yet), decoded and encoded from several threads at once.
    QString error;
    const auto codec = ProtobufCodec::create(shopSchema(), &error);
    QVERIFY2(codec, qPrintable(error));
    const QByteArray order = QByteArray::fromHex(OrderHex);
    const QByteArray expected =
        object(shop_->decode(order, {0}).json)["customer"].toString().toUtf8();
    QList<int> work(64);
    std::iota(work.begin(), work.end(), 0);
    const QList<bool> results = QtConcurrent::blockingMapped(work, [&](int i) {
        for (int k = 0; k < 50; ++k) {
            const auto decoded = codec->decode(order, {0});
            if (!decoded.ok() || object(decoded.json)["customer"].toString() != "Ana")
                return false;
            const auto note = codec->encode(R"({"text":"t"})", "Note");
            if (!note.ok() ||
                codec->decode(note.payload, note.messageIndexes).json != R"({"text":"t"})")
                return false;
            if (codec->decode(order.first(i % order.size()), {0}).errorOffset > order.size())
                return false;
        }
        return true;
    });
    QCOMPARE(expected, "Ana");
    QVERIFY(!results.contains(false));
}

void TestProtobufCodec::decodeCost()
{
    // Measured, not asserted: the cost of decoding one small message to JSON.
    const QByteArray note = QByteArray::fromHex(NoteHex);
    const QByteArray order = QByteArray::fromHex(OrderHex);
    constexpr int Rounds = 20000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i)
        QVERIFY(shop_->decode(note, {0, 0, 0}).ok());
    const qint64 noteNs = timer.nsecsElapsed() / Rounds;
    timer.restart();
    for (int i = 0; i < Rounds / 4; ++i)
        QVERIFY(shop_->decode(order, {0}).ok());
    const qint64 orderNs = timer.nsecsElapsed() / (Rounds / 4);
    qInfo("decode: %lld ns for a 6-byte message, %lld ns for the %lld-byte order", noteNs, orderNs,
          qint64(order.size()));
}

QTEST_GUILESS_MAIN(TestProtobufCodec)
#include "tst_protobufcodec.moc"
