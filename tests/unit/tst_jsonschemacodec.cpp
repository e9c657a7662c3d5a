// JsonSchemaCodec: decoding takes any JSON (compacted, numbers and strings kept as written) and
// refuses what is not JSON with the byte where parsing stopped; encoding checks the JSON against
// the schema (each supported keyword, $ref within the schema and to a referenced schema) and
// names the JSON path of the first problem, then sends the user's bytes unchanged; hostile
// schemas and documents (deep nesting, $ref loops, bad patterns) and several threads at once.
#include "codecerrorbytes.h"
#include "jsonschemacodec.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <QTest>

class TestJsonSchemaCodec final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decodesAnyJsonCompactly_data();
    void decodesAnyJsonCompactly();
    void decodeRefusesWhatIsNotJson_data();
    void decodeRefusesWhatIsNotJson();
    void encodeSendsTheUsersBytes();
    void encodeNamesTheFirstProblem_data();
    void encodeNamesTheFirstProblem();
    void scalarAndBooleanSchemas();
    void badSchemas_data();
    void badSchemas();
    void hostileDepthAndLoops();
    void mutatedTextNeverCrashes();
    void concurrentUse();

private:
    std::shared_ptr<const JsonSchemaCodec> order_;
};

namespace {

const char OrderSchema[] = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Order",
  "type": "object",
  "required": ["id", "items"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "customer": {"type": ["string", "null"], "minLength": 2, "maxLength": 5},
    "code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]+$"},
    "status": {"enum": ["new", "paid", 3]},
    "version": {"const": 2},
    "discount": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
    "step": {"type": "number", "multipleOf": 0.5},
    "items": {"type": "array", "minItems": 1, "maxItems": 3, "items": {"$ref": "#/definitions/item"}},
    "pair": {"type": "array", "items": [{"type": "string"}, {"type": "integer"}], "additionalItems": false},
    "tags": {"type": "array", "uniqueItems": true},
    "address": {"$ref": "address.json"},
    "extra": {"type": "object", "additionalProperties": {"type": "boolean"}},
    "contact": {"oneOf": [{"type": "string", "pattern": "@"}, {"type": "string", "pattern": "^\\+"}]},
    "any": {"anyOf": [{"type": "integer"}, {"type": "boolean"}]},
    "notNull": {"not": {"type": "null"}},
    "both": {"allOf": [{"type": "string"}, {"maxLength": 3}]},
    "odd key": {"type": "string"}
  },
  "definitions": {
    "item": {
      "type": "object",
      "required": ["sku", "price"],
      "properties": {
        "sku": {"type": "string"},
        "price": {"type": "number", "minimum": 0}
      }
    }
  }
})";

const char AddressSchema[] = R"({
  "type": "object",
  "required": ["city"],
  "properties": {"city": {"type": "string"}, "zip": {"$ref": "#/$defs/zip"}},
  "$defs": {"zip": {"type": "string", "maxLength": 5}}
})";

std::shared_ptr<const JsonSchemaCodec> codecFor(const QString &text,
                                                const QHash<QString, QString> &references = {},
                                                QString *error = nullptr)
{
    RegisteredSchema schema;
    schema.type = SchemaType::Json;
    schema.text = text;
    schema.referencedTexts = references;
    QString ignored;
    return JsonSchemaCodec::create(schema, error ? error : &ignored);
}

} // namespace

void TestJsonSchemaCodec::initTestCase()
{
    QString error;
    order_ = codecFor(OrderSchema, {{"address.json", AddressSchema}}, &error);
    QVERIFY2(order_, qPrintable(error));
    QCOMPARE(order_->type(), SchemaType::Json);
}

void TestJsonSchemaCodec::decodesAnyJsonCompactly_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray("{ \"id\" : 1,\n \"a b\": \"x  y\\\" z\" }")
                            << QByteArray(R"({"id":1,"a b":"x  y\" z"})");
    // Decoding does not check the schema: a consumer shows what was sent.
    QTest::newRow("not this schema") << QByteArray("[1, 2]") << QByteArray("[1,2]");
    QTest::newRow("big integer kept") << QByteArray("{\"n\": 12345678901234567890}")
                                      << QByteArray(R"({"n":12345678901234567890})");
    QTest::newRow("number as written") << QByteArray(" 1.50e+3 ") << QByteArray("1.50e+3");
    QTest::newRow("string") << QByteArray("\"h\\u00e9 \\\\\"") << QByteArray("\"h\\u00e9 \\\\\"");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("unicode") << QByteArray("{\"k\": \"größe 🚀\"}")
                             << QByteArray("{\"k\":\"größe 🚀\"}");
}

void TestJsonSchemaCodec::decodesAnyJsonCompactly()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, json);
    const auto decoded = order_->decode(payload, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, json);
    QCOMPARE(decoded.typeName, "Order");
}

void TestJsonSchemaCodec::decodeRefusesWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("empty") << QByteArray() << qsizetype(0);
    QTest::newRow("spaces") << QByteArray("   ") << qsizetype(3);
    QTest::newRow("unterminated") << QByteArray("{\"a\": 1") << qsizetype(7);
    QTest::newRow("garbage after") << QByteArray("{} x") << qsizetype(3);
    QTest::newRow("bad value") << QByteArray("{\"a\": nope}") << qsizetype(8);
    QTest::newRow("two values") << QByteArray("1, 2") << qsizetype(0);
    QTest::newRow("bare word") << QByteArray("hello") << qsizetype(0);
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << qsizetype(0);
    QTest::newRow("bad UTF-8 in a string") << QByteArray("[\"\xff\"]") << qsizetype(2);
}

void TestJsonSchemaCodec::decodeRefusesWhatIsNotJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(qsizetype, offset);
    const auto decoded = order_->decode(payload, {});
    QVERIFY2(!decoded.ok(), decoded.json.constData());
    QVERIFY(decoded.json.isEmpty());
    QVERIFY2(decoded.error.startsWith("The bytes are not JSON: "), qPrintable(decoded.error));
    QCOMPARE(decoded.errorOffset, offset);
    QVERIFY2(decoded.error.endsWith(QStringLiteral(" at byte %1.").arg(offset)),
             qPrintable(decoded.error));
    // The same bytes after the registry's 5-byte header: the byte number and the offset count
    // from the value's start.
    const auto framed = order_->decode(payload, {}, 5);
    QCOMPARE(framed.error, CodecErrorBytes::shifted(decoded.error, 5));
    QVERIFY2(framed.error.endsWith(QStringLiteral(" at byte %1.").arg(offset + 5)),
             qPrintable(framed.error));
    QCOMPARE(framed.errorOffset, offset + 5);
}

void TestJsonSchemaCodec::encodeSendsTheUsersBytes()
{
    const QByteArray typed = "{\n  \"id\": 7,\n  \"items\": [{\"sku\": \"A\", \"price\": 1.50}],\n"
                             "  \"address\": {\"city\": \"Oslo\", \"zip\": \"0150\"},\n"
                             "  \"odd key\": \"ok\", \"customer\": null, \"contact\": \"+47\"\n}\n";
    const auto encoded = order_->encode(typed);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(encoded.payload, typed);
    QVERIFY(encoded.messageIndexes.isEmpty());
    QVERIFY(order_->check(typed).isEmpty());
    // And back.
    const auto decoded = order_->decode(encoded.payload, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QVERIFY(decoded.json.startsWith(R"({"id":7,"items":[{"sku":"A","price":1.50}])"));
}

void TestJsonSchemaCodec::encodeNamesTheFirstProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray base = R"("id": 1, "items": [{"sku": "a", "price": 1}])";
    auto with = [&](const char *more) { return "{" + base + ", " + more + "}"; };
    QTest::newRow("not JSON") << QByteArray("{\n  \"id\": 1,\n  oops\n}")
                              << "The text is not JSON: unterminated object at line 3, column 4.";
    QTest::newRow("not an object") << QByteArray("[]") << "$: must be an object, found an array.";
    QTest::newRow("required") << QByteArray(R"({"id": 1})")
                              << "$: lacks the required property \"items\".";
    QTest::newRow("nested type")
        << QByteArray(R"({"id": 1, "items": [{"sku":"a","price":1}, {"sku":"b","price":2},
                      {"sku": "c", "price": "cheap"}]})")
        << "$.items[2].price: must be a number, found a string.";
    QTest::newRow("nested required") << QByteArray(R"({"id": 1, "items": [{"sku": "a"}]})")
                                     << "$.items[0]: lacks the required property \"price\".";
    QTest::newRow("integer") << QByteArray(R"({"id": 1.5, "items": []})")
                             << "$.id: must be a whole number, found a number.";
    QTest::newRow("minimum") << with(R"("id": 0)") << "$.id: must be at least 1, found 0.";
    QTest::newRow("type list") << with(R"("customer": 5)")
                               << "$.customer: must be a string or null, found a number.";
    QTest::newRow("minLength") << with(R"("customer": "A")")
                               << "$.customer: must be at least 2 character(s) long, found 1.";
    QTest::newRow("maxLength code points")
        << with(R"("customer": "🚀🚀🚀🚀🚀🚀")")
        << "$.customer: must be at most 5 character(s) long, found 6.";
    QTest::newRow("pattern")
        << with(R"("code": "abc-1")")
        << "$.code: must match the pattern ^[A-Z]{3}-[0-9]+$, found \"abc-1\".";
    QTest::newRow("enum") << with(R"("status": "lost")")
                          << "$.status: must be one of \"new\", \"paid\", 3, found \"lost\".";
    QTest::newRow("const") << with(R"("version": 3)") << "$.version: must be 2, found 3.";
    QTest::newRow("exclusiveMinimum")
        << with(R"("discount": 0)") << "$.discount: must be more than 0, found 0.";
    QTest::newRow("exclusiveMaximum")
        << with(R"("discount": 1)") << "$.discount: must be less than 1, found 1.";
    QTest::newRow("multipleOf") << with(R"("step": 0.7)")
                                << "$.step: must be a multiple of 0.5, found 0.69999999999999996.";
    QTest::newRow("minItems") << QByteArray(R"({"id": 1, "items": []})")
                              << "$.items: must have at least 1 item(s), found 0.";
    QTest::newRow("maxItems")
        << QByteArray(R"({"id": 1, "items": [{"sku":"a","price":1},{"sku":"a","price":1},
                      {"sku":"a","price":1},{"sku":"a","price":1}]})")
        << "$.items: must have at most 3 item(s), found 4.";
    QTest::newRow("tuple") << with(R"("pair": ["a", "b"])")
                           << "$.pair[1]: must be a whole number, found a string.";
    QTest::newRow("additionalItems")
        << with(R"("pair": ["a", 1, 2])") << "$.pair: must have at most 2 item(s), found 3.";
    QTest::newRow("uniqueItems") << with(R"("tags": [1, {"a": 1}, {"a": 1}])")
                                 << "$.tags: items 1 and 2 are the same, but must all differ.";
    QTest::newRow("additionalProperties false")
        << with(R"("colour": "red")") << "$: the property \"colour\" is not allowed here";
    QTest::newRow("additionalProperties schema")
        << with(R"("extra": {"a": true, "b": "yes"})")
        << "$.extra.b: must be true/false, found a string.";
    QTest::newRow("referenced schema")
        << with(R"("address": {"zip": "1"})") << "$.address: lacks the required property \"city\".";
    QTest::newRow("pointer inside a referenced schema")
        << with(R"("address": {"city": "x", "zip": "123456"})")
        << "$.address.zip: must be at most 5 character(s) long, found 6.";
    QTest::newRow("oneOf none") << with(R"("contact": "nobody")")
                                << "$.contact: fits none of the schema's 2 choice(s) (oneOf); the "
                                   "first says: $.contact: must match the pattern @";
    QTest::newRow("oneOf both") << with(R"("contact": "+1@x")")
                                << "$.contact: fits choices 1, 2 of the schema's oneOf, but must "
                                   "fit exactly one.";
    QTest::newRow("anyOf") << with(R"("any": "x")")
                           << "$.any: fits none of the schema's 2 choice(s) (anyOf)";
    QTest::newRow("not") << with(R"("notNull": null)")
                         << "$.notNull: must not fit the schema under \"not\".";
    QTest::newRow("allOf") << with(R"("both": "long")")
                           << "$.both: must be at most 3 character(s) long, found 4.";
    QTest::newRow("odd key") << with(R"("odd key": 1)")
                             << "$['odd key']: must be a string, found a number.";
}

void TestJsonSchemaCodec::encodeNamesTheFirstProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const auto encoded = order_->encode(json);
    QVERIFY(!encoded.ok());
    QVERIFY(encoded.payload.isEmpty());
    QVERIFY2(encoded.error.startsWith(says), qPrintable(encoded.error));
    QCOMPARE(order_->check(json), encoded.error);
}

void TestJsonSchemaCodec::scalarAndBooleanSchemas()
{
    const auto text = codecFor(R"({"type": "string", "maxLength": 3})");
    QVERIFY(text);
    QVERIFY(text->encode("\"abc\"").ok());
    QCOMPARE(text->encode("\"abcd\"").error, "$: must be at most 3 character(s) long, found 4.");
    QCOMPARE(text->encode("12").error, "$: must be a string, found a number.");

    const auto anything = codecFor("true");
    QVERIFY(anything);
    QVERIFY(anything->encode("[1, {\"x\": null}]").ok());
    const auto nothing = codecFor(" false ");
    QVERIFY(nothing);
    QCOMPARE(nothing->encode("{}").error, "$: is not allowed here (the schema says false).");

    // draft-04's boolean exclusiveMinimum beside minimum, and if/then/else.
    const auto old = codecFor(R"({"minimum": 5, "exclusiveMinimum": true,
        "if": {"maximum": 10}, "then": {"multipleOf": 2}, "else": {"const": 11}})");
    QVERIFY(old);
    QCOMPARE(old->encode("5").error, "$: must be more than 5, found 5.");
    QVERIFY(old->encode("6").ok());
    QCOMPARE(old->encode("7").error, "$: must be a multiple of 2, found 7.");
    QVERIFY(old->encode("11").ok());
    QCOMPARE(old->encode("12").error, "$: must be 11, found 12.");
}

void TestJsonSchemaCodec::badSchemas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON")
        << "{\n  \"type\": \"string\",\n}"
        << "The schema is not JSON: object is missing after a comma at line 3, column 2.";
    QTest::newRow("empty") << ""
                           << "The schema is not JSON: there is no JSON value";
    QTest::newRow("a number") << "12"
                              << "must be an object (or true or false)";
    QTest::newRow("ref nowhere") << R"({"properties": {"a": {"$ref": "#/definitions/missing"}}})"
                                 << "The schema's $ref \"#/definitions/missing\" leads nowhere";
    QTest::newRow("ref to a missing reference") << R"({"$ref": "other.json"})"
                                                << "$ref \"other.json\" leads nowhere";
    QTest::newRow("anchor ref") << R"({"$ref": "#thing"})"
                                << "leads nowhere";
    QTest::newRow("bad pattern") << R"({"pattern": "a(b"})"
                                 << "The pattern a(b is not a regular expression";
    QTest::newRow("bad patternProperties") << R"({"patternProperties": {"[": {}}})"
                                           << "The pattern [ is not a regular expression";
}

void TestJsonSchemaCodec::badSchemas()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!codecFor(text, {}, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestJsonSchemaCodec::hostileDepthAndLoops()
{
    // A schema that refers to itself without end: refused at a fixed depth, not a crash.
    const auto loop = codecFor(R"({"$ref": "#"})");
    QVERIFY(loop);
    QVERIFY2(loop->encode("1").error.contains("nested deeper than 200 levels"),
             qPrintable(loop->encode("1").error));
    const auto pingPong = codecFor(R"({"definitions": {"a": {"$ref": "#/definitions/b"},
        "b": {"$ref": "#/definitions/a"}}, "$ref": "#/definitions/a"})");
    QVERIFY(pingPong);
    QVERIFY(pingPong->encode("{}").error.contains("nested deeper than 200 levels"));

    // A recursive schema and a deep document: checked to the cap, then refused in words.
    const auto tree = codecFor(R"({"type": "object", "properties": {"child": {"$ref": "#"}}})");
    QVERIFY(tree);
    QByteArray shallow = "{}";
    for (int i = 0; i < 50; ++i)
        shallow = "{\"child\": " + shallow + "}";
    QVERIFY(tree->encode(shallow).ok());
    QByteArray deep = "{}";
    for (int i = 0; i < 500; ++i)
        deep = "{\"child\": " + deep + "}";
    const QString error = tree->encode(deep).error;
    QVERIFY2(error.contains("nested deeper than 200 levels"), qPrintable(error));
    QVERIFY(error.startsWith("$.child.child."));

    // A document deeper than Qt's parser takes is "not JSON", not a crash.
    QByteArray abyss(100000, '[');
    QVERIFY(!order_->decode(abyss, {}).ok());
    abyss += QByteArray(100000, ']');
    QVERIFY(!order_->encode(abyss).ok());

    // A schema nested deeper than the cap is refused when made.
    QString schema = "{}";
    for (int i = 0; i < 300; ++i)
        schema = "{\"not\": " + schema + "}";
    QString why;
    QVERIFY(!codecFor(schema, {}, &why));
    QVERIFY2(why.contains("deeper than 200"), qPrintable(why));
}

void TestJsonSchemaCodec::mutatedTextNeverCrashes()
{
    // A valid order with random bytes changed, inserted or cut (a fixed seed): decoding either
    // gives compact JSON that parses, or says where the text stopped being JSON; encoding either
    // sends the bytes as they are or says why not.
    const QByteArray good = R"({"id": 7, "items": [{"sku": "A", "price": 1.5}], "code": "ABC-1",
        "address": {"city": "Oslo"}, "tags": [1, "x", null, true], "customer": "Ana"})";
    QVERIFY(order_->encode(good).ok());
    QRandomGenerator random(13);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        for (int edits = 1 + random.bounded(3); edits > 0 && !bytes.isEmpty(); --edits) {
            const qsizetype at = random.bounded(int(bytes.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.insert(at, char(random.bounded(256)));
                break;
            default:
                bytes.remove(at, 1 + random.bounded(5));
            }
        }
        const auto decoded = order_->decode(bytes, {});
        if (decoded.ok()) {
            QJsonParseError error;
            QJsonDocument::fromJson('[' + decoded.json + ']', &error);
            QVERIFY2(error.error == QJsonParseError::NoError, decoded.json.constData());
        } else {
            QVERIFY2(decoded.errorOffset >= 0 && decoded.errorOffset <= bytes.size(),
                     qPrintable(QString::number(decoded.errorOffset) + u' ' + bytes.toHex()));
        }
        const auto encoded = order_->encode(bytes);
        if (encoded.ok()) {
            QCOMPARE(encoded.payload, bytes);
            QVERIFY(decoded.ok());
        } else {
            QVERIFY(encoded.payload.isEmpty());
        }
    }
}

void TestJsonSchemaCodec::concurrentUse()
{
    const QByteArray bad = R"({"id": 1, "items": [], "code": "x"})";
    const QString expected = order_->encode(bad).error;
    QVERIFY(!expected.isEmpty());
    QList<int> work(64);
    std::iota(work.begin(), work.end(), 0);
    const QList<bool> results = QtConcurrent::blockingMapped(work, [&](int i) {
        for (int k = 0; k < 50; ++k) {
            const QByteArray good =
                "{\"id\": " + QByteArray::number(i + 1) +
                ", \"items\": [{\"sku\": \"s\", \"price\": 1}], \"code\": \"ABC-" +
                QByteArray::number(k) + "\"}";
            if (!order_->encode(good).ok())
                return false;
            if (order_->encode(bad).error != expected)
                return false;
            if (!order_->decode(good, {}).ok())
                return false;
        }
        return true;
    });
    QVERIFY(!results.contains(false));
}

QTEST_GUILESS_MAIN(TestJsonSchemaCodec)
#include "tst_jsonschemacodec.moc"
