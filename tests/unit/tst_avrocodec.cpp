// AvroCodec: golden bytes from the Avro specification, round trips of every type through
// Avro's JSON encoding, agreement with avro-c's own reader and writer both ways, schema
// references, the plain-words errors with the field path and byte offset for hostile bytes
// (truncated, negative and huge lengths and counts, bad union and enum indexes, invalid UTF-8,
// left-over bytes, deep recursion), encoding checks, exact longs, concurrent use, and the
// factory SchemaCodec::create. Prints the decode cost per record.
#include "avrocodec.h"
#include "codecerrorbytes.h"
#include "schemacodec.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtConcurrent>
#include <QTest>

#include <avro.h>

#include <cstdlib>

// Declared before the test data: moc does not read past raw strings holding \".
class TestAvroCodec : public QObject
{
    Q_OBJECT

private slots:
    void specGoldenBytes_data();
    void specGoldenBytes();
    void roundTrip_data();
    void roundTrip();
    void exactLongs();
    void avroCReadsOurBytes();
    void weReadAvroCBytes();
    void references();
    void badSchemas_data();
    void badSchemas();
    void truncatedEverywhere();
    void hostileBytes_data();
    void hostileBytes();
    void truncatedFieldPath();
    void deepRecursion();
    void negativeBlockCount();
    void encodeErrors_data();
    void encodeErrors();
    void unions();
    void unionTrialsBounded();
    void defaults();

    void concurrentDecode();
    void factory();
    void decodeCost();
};

namespace {

const char *const OrderSchema =
    R"({"type":"record","name":"Order","namespace":"com.acme",)"
    R"("fields":[)"
    R"({"name":"id","type":"long"},)"
    R"({"name":"count","type":"int"},)"
    R"({"name":"ok","type":"boolean"},)"
    R"({"name":"price","type":"double"},)"
    R"({"name":"ratio","type":"float"},)"
    R"({"name":"name","type":"string"},)"
    R"({"name":"raw","type":"bytes"},)"
    R"({"name":"nothing","type":"null"},)"
    R"({"name":"color","type":{"type":"enum","name":"Color","symbols":["RED","GREEN","BLUE"]}},)"
    R"({"name":"hash","type":{"type":"fixed","name":"Hash","size":4}},)"
    R"({"name":"tags","type":{"type":"array","items":"string"}},)"
    R"({"name":"attrs","type":{"type":"map","values":"long"}},)"
    R"({"name":"note","type":["null","string"],"default":null},)"
    R"({"name":"items","type":{"type":"array","items":{"type":"record","name":"Item",)"
    R"("fields":[{"name":"sku","type":"string"},{"name":"price","type":"double"}]}}},)"
    R"({"name":"choice","type":["null","int","string","Color"]})"
    R"(]})";

// Avro's JSON encoding as the codec writes it (map keys in order, so encoding keeps them).
const char *const OrderJson =
    R"({"id":9007199254740993,"count":-2147483648,"ok":true,"price":0.1,"ratio":1.5,)"
    R"("name":"h)"
    "\xc3\xa9"
    R"(llo \"q\"\u000a","raw":"\u0000\u00ff a","nothing":null,"color":"GREEN",)"
    R"("hash":"ab\u0001d","tags":["x","y"],"attrs":{"a":1,"b":-1},"note":{"string":"n"},)"
    R"("items":[{"sku":"s1","price":2.5},{"sku":"s2","price":-1e-300}],)"
    R"("choice":{"com.acme.Color":"BLUE"}})";

std::shared_ptr<const AvroCodec> makeCodec(const QString &text,
                                           const QHash<QString, QString> &references = {})
{
    RegisteredSchema schema;
    schema.text = text;
    schema.referencedTexts = references;
    QString error;
    auto codec = AvroCodec::create(schema, &error);
    if (!codec)
        qWarning() << "schema does not parse:" << error;
    return codec;
}

QString createError(const QString &text, const QHash<QString, QString> &references = {})
{
    RegisteredSchema schema;
    schema.text = text;
    schema.referencedTexts = references;
    QString error;
    const auto codec = AvroCodec::create(schema, &error);
    return codec ? QString() : error;
}

QByteArray canonical(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").toJson(QJsonDocument::Compact);
}

// avro-c's generic reader: the bytes as avro-c reads them, as its JSON, or the error.
QByteArray avroCRead(const QByteArray &schemaText, const QByteArray &bytes, bool *ok)
{
    *ok = false;
    avro_schema_t schema = nullptr;
    if (avro_schema_from_json_length(schemaText.constData(), size_t(schemaText.size()), &schema))
        return avro_strerror();
    avro_value_iface_t *iface = avro_generic_class_from_schema(schema);
    avro_value_t value;
    avro_generic_value_new(iface, &value);
    avro_reader_t reader = avro_reader_memory(bytes.constData(), bytes.size());
    QByteArray result;
    if (avro_value_read(reader, &value) == 0) {
        char *json = nullptr;
        if (avro_value_to_json(&value, 1, &json) == 0) {
            result = json;
            *ok = true;
        }
        std::free(json);
    } else {
        result = avro_strerror();
    }
    avro_reader_free(reader);
    avro_value_decref(&value);
    avro_value_iface_decref(iface);
    avro_schema_decref(schema);
    return result;
}

} // namespace

void TestAvroCodec::specGoldenBytes_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("long 0") << "\"long\"" << QByteArray("0") << QByteArray::fromHex("00");
    QTest::newRow("long 1") << "\"long\"" << QByteArray("1") << QByteArray::fromHex("02");
    QTest::newRow("long -1") << "\"long\"" << QByteArray("-1") << QByteArray::fromHex("01");
    QTest::newRow("long 2") << "\"long\"" << QByteArray("2") << QByteArray::fromHex("04");
    QTest::newRow("long -64") << "\"long\"" << QByteArray("-64") << QByteArray::fromHex("7f");
    QTest::newRow("long 64") << "\"long\"" << QByteArray("64") << QByteArray::fromHex("8001");
    QTest::newRow("long max") << "\"long\"" << QByteArray("9223372036854775807")
                              << QByteArray::fromHex("feffffffffffffffff01");
    QTest::newRow("long min") << "\"long\"" << QByteArray("-9223372036854775808")
                              << QByteArray::fromHex("ffffffffffffffffff01");
    QTest::newRow("int max") << "\"int\"" << QByteArray("2147483647")
                             << QByteArray::fromHex("feffffff0f");
    QTest::newRow("string foo") << "\"string\"" << QByteArray("\"foo\"")
                                << QByteArray::fromHex("06666f6f");
    QTest::newRow("string empty") << "\"string\"" << QByteArray("\"\"")
                                  << QByteArray::fromHex("00");
    QTest::newRow("true") << "\"boolean\"" << QByteArray("true") << QByteArray::fromHex("01");
    QTest::newRow("false") << "\"boolean\"" << QByteArray("false") << QByteArray::fromHex("00");
    QTest::newRow("null") << "\"null\"" << QByteArray("null") << QByteArray();
    QTest::newRow("double 1") << "\"double\"" << QByteArray("1.0")
                              << QByteArray::fromHex("000000000000f03f");
    QTest::newRow("float -2.5") << "\"float\"" << QByteArray("-2.5")
                                << QByteArray::fromHex("000020c0");
    QTest::newRow("bytes") << "\"bytes\"" << QByteArray(R"("\u0000\u00ff")")
                           << QByteArray::fromHex("0400ff");
    // The specification's record example: {"a": 27, "b": "foo"} -> 36 06 66 6f 6f.
    QTest::newRow("record")
        << R"({"type":"record","name":"test","fields":[{"name":"a","type":"long"},)"
           R"({"name":"b","type":"string"}]})"
        << QByteArray(R"({"a":27,"b":"foo"})") << QByteArray::fromHex("3606666f6f");
    // The specification's array example: [3, 27] -> 04 06 36 00.
    QTest::newRow("array") << R"({"type":"array","items":"long"})" << QByteArray("[3,27]")
                           << QByteArray::fromHex("04063600");
    QTest::newRow("empty array") << R"({"type":"array","items":"long"})" << QByteArray("[]")
                                 << QByteArray::fromHex("00");
    // The specification's union example: ["null","string"]: null -> 00, "a" -> 02 02 61.
    QTest::newRow("union null") << R"(["null","string"])" << QByteArray("null")
                                << QByteArray::fromHex("00");
    QTest::newRow("union string") << R"(["null","string"])" << QByteArray(R"({"string":"a"})")
                                  << QByteArray::fromHex("020261");
    QTest::newRow("map") << R"({"type":"map","values":"int"})" << QByteArray(R"({"a":1})")
                         << QByteArray::fromHex("0202610200");
    QTest::newRow("enum") << R"({"type":"enum","name":"E","symbols":["A","B","C"]})"
                          << QByteArray("\"C\"") << QByteArray::fromHex("04");
    QTest::newRow("fixed") << R"({"type":"fixed","name":"F","size":3})" << QByteArray("\"abc\"")
                           << QByteArray("abc");
}

void TestAvroCodec::specGoldenBytes()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, bytes);
    const auto codec = makeCodec(schema);
    QVERIFY(codec);
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(encoded.payload.toHex(), bytes.toHex());
    QVERIFY(encoded.messageIndexes.isEmpty());
    const auto decoded = codec->decode(bytes, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, json);
    QCOMPARE(decoded.errorOffset, -1);
}

void TestAvroCodec::roundTrip_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("order") << QString::fromUtf8(OrderSchema) << QByteArray(OrderJson);
    QTest::newRow("doubles") << R"({"type":"array","items":"double"})"
                             << QByteArray(R"([0.1,1e+300,-5e-324,"NaN","Infinity","-Infinity",)"
                                           R"(123456789.125,2.0])");
    QTest::newRow("floats") << R"({"type":"array","items":"float"})"
                            << QByteArray(R"([0.1,3.4028235e+38,1e-45,"NaN",-2.5])");
    QTest::newRow("unicode") << "\"string\""
                             << QByteArray("\"\xe2\x82\xac \xf0\x9f\x98\x80 \\u0001 \\\\\"");
    QTest::newRow("nested maps")
        << R"({"type":"map","values":{"type":"array","items":["null","long"]}})"
        << QByteArray(R"({"":[],"a":[null,{"long":5}]})");
    QTest::newRow("recursive list")
        << R"({"type":"record","name":"List","fields":[{"name":"v","type":"int"},)"
           R"({"name":"next","type":["null","List"]}]})"
        << QByteArray(R"({"v":1,"next":{"List":{"v":2,"next":null}}})");
    QTest::newRow("empty record") << R"({"type":"record","name":"E","fields":[]})"
                                  << QByteArray("{}");
    // Logical types are their underlying types in the JSON encoding.
    QTest::newRow("logical types")
        << R"({"type":"record","name":"L","fields":[)"
           R"({"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},)"
           R"({"name":"day","type":{"type":"int","logicalType":"date"}},)"
           R"({"name":"id","type":{"type":"string","logicalType":"uuid"}},)"
           R"({"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":6,)"
           R"("scale":2}}]})"
        << QByteArray(R"({"at":1733300000000,"day":20061,"id":"6f1c0b7e-0d4a-4c55-9d43-)"
                      R"(2b8b1f1f0e11","amount":"\u0001\u00e2@"})");
}

void TestAvroCodec::roundTrip()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);
    const auto codec = makeCodec(schema);
    QVERIFY(codec);
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    const auto decoded = codec->decode(encoded.payload, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, json);
    // And once more: the decoded JSON encodes to the same bytes.
    QCOMPARE(codec->encode(decoded.json).payload.toHex(), encoded.payload.toHex());
}

void TestAvroCodec::exactLongs()
{
    // Negative zero decodes with its sign (Qt's JSON reads "-0.0" as 0, so it encodes as 0.0).
    QCOMPARE(makeCodec("\"double\"")->decode(QByteArray::fromHex("0000000000000080"), {}).json,
             QByteArray("-0.0"));
    const auto codec = makeCodec(R"({"type":"array","items":"long"})");
    QVERIFY(codec);
    const QByteArray json = "[9007199254740993,-9007199254740993,9223372036854775807,"
                            "-9223372036854775808,1234567890123456789]";
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(codec->decode(encoded.payload, {}).json, json);
    // Numbers JSON cannot carry exactly into a long are refused, not rounded (and 2^53 + 1
    // written with a fraction would be read as 2^53 by Qt's JSON: refused too).
    for (const QByteArray &bad :
         {QByteArray("[9223372036854775808]"), QByteArray("[1e19]"), QByteArray("[1.5]"),
          QByteArray("[9007199254740993.0]"), QByteArray("[9.007199254740993e15]"),
          QByteArray("[\"1\"]"), QByteArray("[true]")}) {
        const auto result = codec->encode(bad);
        QVERIFY2(!result.ok(), bad.constData());
        QVERIFY2(result.error.contains(QLatin1String("[0]")), qPrintable(result.error));
    }
    // Written as plain integers elsewhere in the same text, they stay exact.
    QCOMPARE(codec->decode(codec->encode("[9007199254740993, 9007199254740992]").payload, {}).json,
             QByteArray("[9007199254740993,9007199254740992]"));
    // A whole number written with a fraction or exponent is fine while exact.
    QCOMPARE(codec->encode("[2.0, 1e3]").payload.toHex(), QByteArray("04"
                                                                     "04"
                                                                     "d00f"
                                                                     "00"));

    const auto ints = makeCodec(R"({"type":"array","items":"int"})");
    QVERIFY(ints->encode("[2147483647,-2147483648]").ok());
    for (const QByteArray &bad : {QByteArray("[2147483648]"), QByteArray("[-2147483649]")}) {
        const auto result = ints->encode(bad);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("-2147483648 to 2147483647")),
                 qPrintable(result.error));
    }
}

void TestAvroCodec::avroCReadsOurBytes()
{
    const auto codec = makeCodec(QString::fromUtf8(OrderSchema));
    QVERIFY(codec);
    // Longs within 2^53 and no NaN: the JSON avro-c writes goes through doubles.
    QByteArray json = OrderJson;
    json.replace("9007199254740993", "-1234567");
    // avro-c's JSON cuts bytes at a 0 byte and drops those that are not UTF-8.
    json.replace(R"("\u0000\u00ff a")", R"("\u0001 a~")");
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    bool ok = false;
    const QByteArray theirs = avroCRead(codec->resolvedSchemaText(), encoded.payload, &ok);
    QVERIFY2(ok, theirs.constData());

    // avro-c names a named union branch by its short name (the specification: the full name).
    QCOMPARE(canonical(theirs), canonical(QByteArray(json).replace("com.acme.Color", "Color")));
    // We accept that too.
    QCOMPARE(codec->encode(QByteArray(json).replace("com.acme.Color", "Color")).payload.toHex(),
             encoded.payload.toHex());
}

void TestAvroCodec::weReadAvroCBytes()
{
    const auto codec = makeCodec(QString::fromUtf8(OrderSchema));
    QVERIFY(codec);
    const QByteArray schemaText = codec->resolvedSchemaText();
    avro_schema_t schema = nullptr;
    QCOMPARE(
        avro_schema_from_json_length(schemaText.constData(), size_t(schemaText.size()), &schema),
        0);
    avro_value_iface_t *iface = avro_generic_class_from_schema(schema);
    avro_value_t record;
    avro_generic_value_new(iface, &record);
    avro_value_t field, item, branch;
    avro_value_get_by_name(&record, "id", &field, nullptr);
    avro_value_set_long(&field, -4611686018427387904LL);
    avro_value_get_by_name(&record, "count", &field, nullptr);
    avro_value_set_int(&field, 300);
    avro_value_get_by_name(&record, "ok", &field, nullptr);
    avro_value_set_boolean(&field, 0);
    avro_value_get_by_name(&record, "price", &field, nullptr);
    avro_value_set_double(&field, 1.0 / 3.0);
    avro_value_get_by_name(&record, "ratio", &field, nullptr);
    avro_value_set_float(&field, 0.25f);
    avro_value_get_by_name(&record, "name", &field, nullptr);
    avro_value_set_string(&field, "caf\xc3\xa9");
    avro_value_get_by_name(&record, "raw", &field, nullptr);
    char raw[] = {'\x01', '"', '\x7f'};
    avro_value_set_bytes(&field, raw, sizeof raw);
    avro_value_get_by_name(&record, "color", &field, nullptr);
    avro_value_set_enum(&field, 2);
    avro_value_get_by_name(&record, "hash", &field, nullptr);
    char hash[] = {'\xde', '\xad', '\xbe', '\xef'};
    avro_value_set_fixed(&field, hash, sizeof hash);
    avro_value_get_by_name(&record, "tags", &field, nullptr);
    for (const char *tag : {"one", "two", "three"}) {
        avro_value_append(&field, &item, nullptr);
        avro_value_set_string(&item, tag);
    }
    avro_value_get_by_name(&record, "attrs", &field, nullptr);
    avro_value_add(&field, "k", &item, nullptr, nullptr);
    avro_value_set_long(&item, 42);
    avro_value_get_by_name(&record, "note", &field, nullptr);
    avro_value_set_branch(&field, 0, &branch);
    avro_value_get_by_name(&record, "items", &field, nullptr);
    avro_value_append(&field, &item, nullptr);
    avro_value_t sub;
    avro_value_get_by_name(&item, "sku", &sub, nullptr);
    avro_value_set_string(&sub, "s");
    avro_value_get_by_name(&item, "price", &sub, nullptr);
    avro_value_set_double(&sub, 1e-7);
    avro_value_get_by_name(&record, "choice", &field, nullptr);
    avro_value_set_branch(&field, 1, &branch);
    avro_value_set_int(&branch, -7);

    size_t size = 0;
    QCOMPARE(avro_value_sizeof(&record, &size), 0);
    QByteArray bytes(qsizetype(size), '\0');
    avro_writer_t writer = avro_writer_memory(bytes.data(), bytes.size());
    QCOMPARE(avro_value_write(writer, &record), 0);
    avro_writer_free(writer);
    avro_value_decref(&record);
    avro_value_iface_decref(iface);
    avro_schema_decref(schema);

    const auto decoded = codec->decode(bytes, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.typeName, QStringLiteral("com.acme.Order"));
    QCOMPARE(decoded.json,
             QByteArray(R"({"id":-4611686018427387904,"count":300,"ok":false,)"
                        R"("price":0.3333333333333333,"ratio":0.25,"name":"caf)"
                        "\xc3\xa9"
                        R"(","raw":"\u0001\"\u007f","nothing":null,"color":"BLUE",)"
                        R"("hash":"\u00de\u00ad\u00be\u00ef","tags":["one","two","three"],)"
                        R"("attrs":{"k":42},"note":null,"items":[{"sku":"s","price":1e-07}],)"
                        R"("choice":{"int":-7}})"));
    // And our encoding of it is avro-c's bytes.
    QCOMPARE(codec->encode(decoded.json).payload.toHex(), bytes.toHex());
}

void TestAvroCodec::references()
{
    const QString address = R"({"type":"record","name":"Address","namespace":"com.shared",)"
                            R"("fields":[{"name":"city","type":"string"},)"
                            R"({"name":"country","type":"com.shared.Country"}]})";
    const QString country = R"({"type":"enum","name":"Country","namespace":"com.shared",)"
                            R"("symbols":["FR","VN"]})";
    // Used twice (defined once), and transitively Country; the reference names are full names.
    const QString customer = R"({"type":"record","name":"Customer","namespace":"com.acme",)"
                             R"("fields":[{"name":"home","type":"com.shared.Address"},)"
                             R"({"name":"work","type":["null","com.shared.Address"]},)"
                             R"({"name":"born","type":"com.shared.Country"}]})";
    const QHash<QString, QString> references{{"com.shared.Address", address},
                                             {"com.shared.Country", country}};
    const auto codec = makeCodec(customer, references);
    QVERIFY(codec);
    QCOMPARE(codec->schemaName(), QStringLiteral("com.acme.Customer"));
    const QByteArray json = R"({"home":{"city":"Paris","country":"FR"},)"
                            R"("work":{"com.shared.Address":{"city":"Hanoi","country":"VN"}},)"
                            R"("born":"VN"})";
    const auto encoded = codec->encode(json);
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(codec->decode(encoded.payload, {}).json, json);
    QCOMPARE(codec->resolvedSchemaText().count("\"name\":\"Address\""), 1);
    QCOMPARE(codec->resolvedSchemaText().count("\"name\":\"Country\""), 1);

    // A name relative to the enclosing namespace; the reference named by a subject-like name.
    const QString relative = R"({"type":"record","name":"Holder","namespace":"com.shared",)"
                             R"("fields":[{"name":"a","type":"Address"}]})";
    QVERIFY(makeCodec(relative, {{"address-value", address}, {"country", country}}));
    // A referenced type without a namespace takes the one where it is inlined.
    const QString plain = R"({"type":"fixed","name":"Id","size":2})";
    const auto withPlain = makeCodec(R"({"type":"record","name":"R","namespace":"x.y",)"
                                     R"("fields":[{"name":"id","type":"Id"},)"
                                     R"({"name":"u","type":["null","Id"]}]})",
                                     {{"Id", plain}});
    QVERIFY(withPlain);
    QCOMPARE(withPlain->decode(QByteArray::fromHex("61620263 64"), {}).json,
             QByteArray(R"({"id":"ab","u":{"x.y.Id":"cd"}})"));

    // A reference missing, or not JSON: null and plain words.
    QString error = createError(customer, {{"com.shared.Address", address}});
    QVERIFY2(error.contains(QLatin1String("com.shared.Country")), qPrintable(error));
    error = createError(customer, {{"com.shared.Address", "{oops"}});
    QVERIFY2(error.contains(QLatin1String("com.shared.Address")) &&
                 error.contains(QLatin1String("not valid JSON")),
             qPrintable(error));
    // References that refer to each other do not loop.
    const QString a = R"({"type":"record","name":"A","fields":[{"name":"b","type":["null","B"]}]})";
    const QString b = R"({"type":"record","name":"B","fields":[{"name":"a","type":["null","A"]}]})";
    const auto cyclic = makeCodec(R"({"type":"array","items":"A"})", {{"A", a}, {"B", b}});
    QVERIFY(cyclic);
    QCOMPARE(cyclic->decode(QByteArray::fromHex("02 02 02 00 00"), {}).json,
             QByteArray(R"([{"b":{"B":{"a":{"A":{"b":null}}}}}])"));
}

void TestAvroCodec::badSchemas_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "not valid JSON";
    QTest::newRow("not json") << "{\"type\":"
                              << "not valid JSON";
    QTest::newRow("two values") << "\"int\" \"long\""
                                << "not valid JSON";
    QTest::newRow("unknown type") << R"({"type":"record","name":"R","fields":[{"name":"a",)"
                                     R"("type":"Missing"}]})"
                                  << "Missing";
    QTest::newRow("negative fixed") << R"({"type":"fixed","name":"F","size":-1})"
                                    << "F";
    QTest::newRow("bad primitive") << "\"integer\""
                                   << "integer";
    QTest::newRow("record without fields") << R"({"type":"record","name":"R"})"
                                           << "R in the schema has no list of fields";
    QTest::newRow("avro-c refuses") << R"({"type":"enum","name":"E","symbols":"A"})"
                                    << "does not parse";
    QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff") << "not valid JSON";
}

void TestAvroCodec::badSchemas()
{
    QFETCH(QString, schema);
    QFETCH(QString, expected);
    const QString error = createError(schema);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestAvroCodec::truncatedEverywhere()
{
    const auto codec = makeCodec(QString::fromUtf8(OrderSchema));
    const QByteArray bytes = codec->encode(OrderJson).payload;
    QVERIFY(!bytes.isEmpty());
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const auto decoded = codec->decode(bytes.left(length), {});
        QVERIFY2(!decoded.ok(), qPrintable(QString::number(length)));
        QVERIFY(decoded.json.isEmpty());
        QVERIFY2(decoded.errorOffset >= 0 && decoded.errorOffset <= length,
                 qPrintable(decoded.error));
        QVERIFY2(decoded.error.startsWith(QLatin1String("Reading field ")),
                 qPrintable(decoded.error));
    }
}

void TestAvroCodec::hostileBytes_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qsizetype>("offset");
    const QString record = R"({"type":"record","name":"R","fields":[{"name":"n","type":"int"},)"
                           R"({"name":"s","type":"string"}]})";
    QTest::newRow("negative length")
        << record << QByteArray::fromHex("0201") << "negative (-1)" << qsizetype(1);
    QTest::newRow("length beyond the end")
        << record << QByteArray::fromHex("02feffffffffffffff7f") // 2^62 - 1 bytes
        << "only 0 are left" << qsizetype(1);
    QTest::newRow("length one too many") << record
                                         << QByteArray::fromHex("020861626"
                                                                "3")
                                         << "says 4 bytes, but only 3 are left" << qsizetype(1);
    QTest::newRow("invalid utf-8") << record << QByteArray::fromHex("02066162ff")
                                   << "not valid UTF-8: byte 4 is 0xff" << qsizetype(4);
    QTest::newRow("overlong utf-8")
        << record << QByteArray::fromHex("0204c0af") << "not valid UTF-8" << qsizetype(2);
    QTest::newRow("surrogate") << record << QByteArray::fromHex("0206eda080") << "not valid UTF-8"
                               << qsizetype(2);
    QTest::newRow("left over") << record << QByteArray::fromHex("020061626364")
                               << "4 byte(s) left over after the record, from byte 2"
                               << qsizetype(2);
    QTest::newRow("int too big") << record << QByteArray::fromHex("8080808010")
                                 << "does not fit in an int" << qsizetype(0);
    QTest::newRow("varint too long") << record << QByteArray::fromHex("ffffffffffffffffff7f")
                                     << "too long for a long" << qsizetype(0);
    QTest::newRow("varint cut") << record << QByteArray::fromHex("ff")
                                << "inside the number that starts at byte 0" << qsizetype(0);
    QTest::newRow("empty") << record << QByteArray() << "field n (int)" << qsizetype(0);
    const QString unionSchema = R"(["null","string"])";
    QTest::newRow("union index 2") << unionSchema << QByteArray::fromHex("04")
                                   << "type number 2 at byte 0 does not exist" << qsizetype(0);
    QTest::newRow("union index -1")
        << unionSchema << QByteArray::fromHex("01") << "type number -1" << qsizetype(0);
    const QString enumSchema = R"({"type":"enum","name":"E","symbols":["A","B"]})";
    QTest::newRow("enum index 2") << enumSchema << QByteArray::fromHex("04")
                                  << "symbol number 2 at byte 0 does not exist" << qsizetype(0);
    QTest::newRow("enum index -1")
        << enumSchema << QByteArray::fromHex("01") << "symbol number -1" << qsizetype(0);
    QTest::newRow("boolean 2") << "\"boolean\"" << QByteArray::fromHex("02")
                               << "byte 0 is 2, but a boolean is 0 or 1" << qsizetype(0);
    QTest::newRow("huge array") << R"({"type":"array","items":"long"})"
                                << QByteArray::fromHex("feffffffffffffffff01")
                                << "Reading field [0] (long): the value ends at byte 10"
                                << qsizetype(10);
    QTest::newRow("huge array of nulls")
        << R"({"type":"array","items":"null"})" << QByteArray::fromHex("feffffffffffffffff01")
        << "takes no bytes" << qsizetype(0);
    // Many blocks of many nothings add up to the same cap: 20 arrays of 60,000 nulls.
    QByteArray arrays = QByteArray::fromHex("28");
    for (int i = 0; i < 20; ++i)
        arrays += QByteArray::fromHex("c0a90700");
    QTest::newRow("arrays of nulls")
        << R"({"type":"array","items":{"type":"array","items":"null"}})" << arrays
        << "more than 1048576 in one value are not believed" << qsizetype(69);
    QTest::newRow("huge map") << R"({"type":"map","values":"null"})"
                              << QByteArray::fromHex("feffffff0f") << "the value ends at byte 5"
                              << qsizetype(5);
    QTest::newRow("count min long")
        << R"({"type":"array","items":"null"})" << QByteArray::fromHex("ffffffffffffffffff01")
        << "item count at byte 0 is not valid" << qsizetype(0);
    QTest::newRow("negative block size")
        << R"({"type":"array","items":"int"})" << QByteArray::fromHex("010102")
        << "block size at byte 1" << qsizetype(1);
    QTest::newRow("map key utf-8")
        << R"({"type":"map","values":"null"})" << QByteArray::fromHex("0202ff00")
        << "key is not valid UTF-8" << qsizetype(2);
    QTest::newRow("double cut") << "\"double\"" << QByteArray::fromHex("0000")
                                << "needs 8 byte(s) at byte 0, but the value ends at byte 2"
                                << qsizetype(0);
    QTest::newRow("fixed cut") << R"({"type":"fixed","name":"F","size":16})" << QByteArray("abc")
                               << "needs 16 byte(s)" << qsizetype(0);
    QTest::newRow("top-level left over")
        << "\"null\"" << QByteArray("x") << "1 byte(s) left over" << qsizetype(0);
}

void TestAvroCodec::hostileBytes()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(qsizetype, offset);
    const auto codec = makeCodec(schema);
    QVERIFY(codec);
    const auto decoded = codec->decode(bytes, {});
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.json.isEmpty());
    QVERIFY2(decoded.error.contains(expected), qPrintable(decoded.error));
    QCOMPARE(decoded.errorOffset, offset);
    QVERIFY2(CodecErrorBytes::names(decoded.error, decoded.errorOffset), qPrintable(decoded.error));
    // The same bytes after a 5-byte header: every byte number, and the offset, 5 further on.
    const auto framed = codec->decode(bytes, {}, 5);
    QCOMPARE(framed.error, CodecErrorBytes::shifted(decoded.error, 5));
    QVERIFY(framed.error != decoded.error);
    QCOMPARE(framed.errorOffset, offset + 5);
    QVERIFY2(CodecErrorBytes::names(framed.error, framed.errorOffset), qPrintable(framed.error));
}

void TestAvroCodec::truncatedFieldPath()
{
    const auto codec = makeCodec(
        R"({"type":"record","name":"Cart","fields":[{"name":"id","type":"int"},)"
        R"({"name":"items","type":{"type":"array","items":{"type":"record","name":"Item",)"
        R"("fields":[{"name":"sku","type":"string"},{"name":"price","type":"double"}]}}}]})");
    QVERIFY(codec);
    const auto encoded = codec->encode(
        R"({"id":1,"items":[{"sku":"a","price":1},{"sku":"b","price":2},{"sku":"c","price":3}]})");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    // Cut inside the third price: 1 of its 8 bytes and the closing 0 are gone.
    const QByteArray cut = encoded.payload.left(encoded.payload.size() - 2);
    const auto decoded = codec->decode(cut, {});
    const qsizetype priceAt = encoded.payload.size() - 9;
    QCOMPARE(decoded.error, QStringLiteral("Reading field items[2].price (double): it needs 8 "
                                           "byte(s) at byte %1, but the value ends at byte %2.")
                                .arg(priceAt)
                                .arg(cut.size()));
    QCOMPARE(decoded.errorOffset, priceAt);
    // After a 5-byte header the user reads byte numbers of the whole value; counts stay.
    const auto framed = codec->decode(cut, {}, 5);
    QCOMPARE(framed.error, QStringLiteral("Reading field items[2].price (double): it needs 8 "
                                          "byte(s) at byte %1, but the value ends at byte %2.")
                               .arg(priceAt + 5)
                               .arg(cut.size() + 5));
    QCOMPARE(framed.errorOffset, priceAt + 5);
    QVERIFY(framed.json.isEmpty());
}

void TestAvroCodec::deepRecursion()
{
    const auto codec = makeCodec(R"({"type":"record","name":"Node","fields":[)"
                                 R"({"name":"next","type":["null","Node"]}]})");
    QVERIFY(codec);
    // 400 levels decode; 5000 stop at the cap instead of exhausting the stack.
    QByteArray bytes = QByteArray(400, '\x02') + '\x00';
    auto decoded = codec->decode(bytes, {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json.count("Node"), 400);
    QCOMPARE(codec->encode(decoded.json).payload, bytes);

    bytes = QByteArray(5000, '\x02') + '\x00';
    decoded = codec->decode(bytes, {});
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(QLatin1String("nested more than 1000 levels")),
             qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(QLatin1String("next.next.next")), qPrintable(decoded.error));
    QVERIFY(decoded.errorOffset > 0 && decoded.errorOffset < bytes.size());
}

void TestAvroCodec::negativeBlockCount()
{
    // Avro allows a block count below 0: its absolute value, then the block's size in bytes.
    const auto codec = makeCodec(R"({"type":"array","items":"long"})");
    // -2 items (03), 2 bytes (04), 1 (02), 2 (04); then 1 item (02): 3 (06); end (00).
    const auto decoded = codec->decode(QByteArray::fromHex("0304020402"
                                                           "0600"),
                                       {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray("[1,2,3]"));
    const auto map = makeCodec(R"({"type":"map","values":"int"})");
    QCOMPARE(map->decode(QByteArray::fromHex("010602610200"), {}).json, QByteArray("{\"a\":1}"));
    // A block whose items do not take the size it says.
    const auto wrongSize = map->decode(QByteArray::fromHex("010402610200"), {});
    QVERIFY2(wrongSize.error.contains(QLatin1String("says it takes 2 bytes, but its items take 3")),
             qPrintable(wrongSize.error));
    QCOMPARE(wrongSize.errorOffset, 0);
}

void TestAvroCodec::encodeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto order = [](const char *from, const char *to) {
        QByteArray json = OrderJson;
        json.replace(from, to);
        return json;
    };
    QTest::newRow("not json") << QByteArray("{\"id\":") << "not valid JSON";
    QTest::newRow("two values") << QByteArray("{} {}") << "not valid JSON";
    QTest::newRow("not an object")
        << QByteArray("[1]") << "The value (record com.acme.Order) needs an object";
    QTest::newRow("unknown field") << order("\"nothing\":null", "\"nothing\":null,\"extra\":1")
                                   << "Field extra (record com.acme.Order) is not in the schema";
    QTest::newRow("unknown nested field")
        << order("{\"sku\":\"s1\",", "{\"sku\":\"s1\",\"qty\":2,")
        << "Field items[0].qty (record com.acme.Item) is not in the schema";
    QTest::newRow("missing field") << order("\"ok\":true,", "")
                                   << "Field ok (boolean) is missing, and the schema gives it no "
                                      "default.";
    QTest::newRow("wrong type") << order("\"price\":2.5", "\"price\":\"cheap\"")
                                << "Field items[0].price (double) needs a number (or \"NaN\", "
                                   "\"Infinity\", \"-Infinity\"), not the text \"cheap\".";
    QTest::newRow("int range") << order("-2147483648", "-2147483649")
                               << "Field count (int) needs a whole number from -2147483648 to "
                                  "2147483647, not -2147483649.";
    QTest::newRow("enum symbol") << order("\"GREEN\"", "\"PINK\"")
                                 << "Field color (enum com.acme.Color) needs one of RED, GREEN, "
                                    "BLUE, not the text \"PINK\".";
    QTest::newRow("fixed size") << order("ab\\u0001d", "abc")
                                << "Field hash (fixed com.acme.Hash) needs exactly 4 bytes, not 3.";
    QTest::newRow("bytes above 255")
        << order("\\u0000\\u00ff a", "\\u0100") << "Field raw (bytes) holds the character";
    QTest::newRow("map value") << order("\"b\":-1", "\"b\":\"x\"")
                               << "Field attrs[\"b\"] (long) needs a whole number";
    QTest::newRow("array item") << order("[\"x\",\"y\"]", "[\"x\",2]")
                                << "Field tags[1] (string) needs text, not 2.";
    QTest::newRow("null field") << order("\"nothing\":null", "\"nothing\":0")
                                << "Field nothing (null) needs null, not 0.";
    QTest::newRow("union none") << order("{\"com.acme.Color\":\"BLUE\"}", "[1]")
                                << "Field choice (union) needs a value of one of its types (null, "
                                   "int, string, com.acme.Color)";
    QTest::newRow("union ambiguous") << order("{\"com.acme.Color\":\"BLUE\"}", "\"RED\"")
                                     << "Field choice (union) the text \"RED\" fits more than one";
}

void TestAvroCodec::encodeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto codec = makeCodec(QString::fromUtf8(OrderSchema));
    const auto encoded = codec->encode(json);
    QVERIFY(!encoded.ok());
    QVERIFY(encoded.payload.isEmpty());
    QVERIFY2(encoded.error.contains(expected), qPrintable(encoded.error));
}

void TestAvroCodec::unions()
{
    const auto codec = makeCodec(R"(["null","string",{"type":"array","items":"int"}])");
    // Wrapped, and unwrapped when one type fits.
    QCOMPARE(codec->encode("{\"string\":\"a\"}").payload, QByteArray::fromHex("020261"));
    QCOMPARE(codec->encode("\"a\"").payload, QByteArray::fromHex("020261"));
    QCOMPARE(codec->encode("null").payload, QByteArray::fromHex("00"));
    QCOMPARE(codec->encode("[1]").payload, QByteArray::fromHex("04020200"));
    QCOMPARE(codec->encode("{\"array\":[]}").payload, QByteArray::fromHex("0400"));
    QCOMPARE(codec->decode(QByteArray::fromHex("04020200"), {}).json,
             QByteArray("{\"array\":[1]}"));
    // int and long both take 5: only the wrapped form says which.
    const auto numbers = makeCodec(R"(["int","long"])");
    QVERIFY(!numbers->encode("5").ok());
    QCOMPARE(numbers->encode("{\"long\":5}").payload, QByteArray::fromHex("020a"));
    QCOMPARE(numbers->encode("5000000000").payload.left(1), QByteArray::fromHex("02"));
}

void TestAvroCodec::unionTrialsBounded()
{
    // Two recursive record types in one union, values unwrapped: every level could be either.
    const auto codec = makeCodec(
        R"({"type":"record","name":"A","fields":[{"name":"x","type":["null","A","B"]}]})",
        {{"B", R"({"type":"record","name":"B","fields":[{"name":"x","type":["null","A","B"]}]})"}});
    QVERIFY(codec);
    QByteArray json = "null";
    for (int i = 0; i < 40; ++i)
        json = "{\"x\":" + json + "}";
    QElapsedTimer timer;
    timer.start();
    const auto encoded = codec->encode(json);
    QVERIFY(!encoded.ok());
    // The innermost {"x": null} is either an A or a B: that is where it is said to be unclear.
    QVERIFY2(encoded.error.startsWith(QLatin1String("Field x.x.x.x.x.x.")) &&
                 encoded.error.contains(QLatin1String("an object fits more than one of its "
                                                      "types (null, A, B)")),
             qPrintable(encoded.error));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    // Wrapped, the same depth encodes at once.
    QByteArray wrapped = "null";
    for (int i = 0; i < 40; ++i)
        wrapped = "{\"A\":{\"x\":" + wrapped + "}}";
    const auto ok = codec->encode("{\"x\":" + wrapped + "}");
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(codec->decode(ok.payload, {}).json, "{\"x\":" + wrapped + "}");
}

void TestAvroCodec::defaults()
{
    const auto codec =
        makeCodec(R"({"type":"record","name":"D","fields":[{"name":"a","type":"int","default":7},)"
                  R"({"name":"b","type":["null","string"],"default":null},)"
                  R"({"name":"c","type":["string","null"],"default":"x"},)"
                  R"({"name":"d","type":{"type":"array","items":"long"},"default":[1,2]},)"
                  R"({"name":"e","type":"bytes","default":"\u00ff"},)"
                  R"({"name":"f","type":"long","default":"oops"}]})");
    QVERIFY(codec);
    const auto encoded = codec->encode("{\"f\":1}");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    QCOMPARE(codec->decode(encoded.payload, {}).json,
             QByteArray(R"({"a":7,"b":null,"c":{"string":"x"},"d":[1,2],"e":"\u00ff","f":1})"));
    // A default that does not fit its field is reported when it is needed.
    const auto missing = codec->encode("{}");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.startsWith(QLatin1String("Field f (long) is missing, and its default")),
             qPrintable(missing.error));
}

void TestAvroCodec::concurrentDecode()
{
    const auto codec = makeCodec(QString::fromUtf8(OrderSchema));
    const QByteArray bytes = codec->encode(OrderJson).payload;
    const QList<int> jobs{0, 1, 2, 3, 4, 5, 6, 7};
    const QList<bool> results = QtConcurrent::blockingMapped(jobs, [&](int job) {
        for (int i = 0; i < 3000; ++i) {
            if (job % 2) {
                if (codec->decode(bytes, {}).json != QByteArray(OrderJson))
                    return false;
            } else if (codec->encode(OrderJson).payload != bytes) {
                return false;
            } else if (codec->decode(bytes.left(i % bytes.size()), {}).ok()) {
                return false;
            }
        }
        return true;
    });
    QCOMPARE(results, QList<bool>(jobs.size(), true));
}

void TestAvroCodec::factory()
{
    RegisteredSchema schema;
    schema.type = SchemaType::Avro;
    schema.text = R"({"type":"record","name":"R","fields":[]})";
    QString error;
    const auto codec = SchemaCodec::create(schema, &error);
    QVERIFY2(codec, qPrintable(error));
    QCOMPARE(codec->type(), SchemaType::Avro);
    QCOMPARE(codec->decode(QByteArray(), {}).json, QByteArray("{}"));
    QCOMPARE(codec->decode(QByteArray(), {}).typeName, QStringLiteral("R"));

    schema.text = "nonsense";
    QVERIFY(!SchemaCodec::create(schema, &error));
    QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));

    // The other kinds go to their own codecs.
    schema.type = SchemaType::Protobuf;
    schema.text = "syntax = \"proto3\";\nmessage M { int32 a = 1; }\n";
    const auto protobuf = SchemaCodec::create(schema, &error);
    QVERIFY2(protobuf, qPrintable(error));
    QCOMPARE(protobuf->type(), SchemaType::Protobuf);
    schema.type = SchemaType::Json;
    schema.text = R"({"type":"object"})";
    const auto jsonSchema = SchemaCodec::create(schema, &error);
    QVERIFY2(jsonSchema, qPrintable(error));
    QCOMPARE(jsonSchema->type(), SchemaType::Json);

    QCOMPARE(SchemaCodec::typeName(SchemaType::Avro), QStringLiteral("Avro"));
    QCOMPARE(SchemaCodec::typeName(SchemaType::Protobuf), QStringLiteral("Protobuf"));
    QCOMPARE(SchemaCodec::typeName(SchemaType::Json), QStringLiteral("JSON Schema"));
}

void TestAvroCodec::decodeCost()
{
    const auto codec =
        makeCodec(R"({"type":"record","name":"Row","fields":[{"name":"id","type":"long"},)"
                  R"({"name":"user","type":"string"},{"name":"amount","type":"double"},)"
                  R"({"name":"count","type":"int"},{"name":"ok","type":"boolean"},)"
                  R"({"name":"note","type":["null","string"]},{"name":"ts","type":"long"},)"
                  R"({"name":"kind","type":{"type":"enum","name":"K","symbols":["A","B"]}},)"
                  R"({"name":"ratio","type":"float"},{"name":"region","type":"string"}]})");
    QVERIFY(codec);
    const auto encoded = codec->encode(
        R"({"id":123456789,"user":"alice@example.com","amount":12.75,"count":3,"ok":true,)"
        R"("note":{"string":"first order"},"ts":1733300000000,"kind":"B","ratio":0.5,)"
        R"("region":"eu-west-1"})");
    QVERIFY2(encoded.ok(), qPrintable(encoded.error));
    constexpr int Rounds = 200000;
    qsizetype total = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds; ++i)
        total += codec->decode(encoded.payload, {}).json.size();
    const qint64 ns = timer.nsecsElapsed();
    QVERIFY(total > 0);
    qInfo("Avro decode of a 10-field record (%lld bytes): %lld ns per record",
          qint64(encoded.payload.size()), ns / Rounds);
}

QTEST_GUILESS_MAIN(TestAvroCodec)
#include "tst_avrocodec.moc"
