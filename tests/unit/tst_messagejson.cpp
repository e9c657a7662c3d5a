// The JSON Lines record format (MessageJson) and its CSV sibling (MessageCsv): every record comes
// back byte-identical (text, Base64 for what is not UTF-8, null apart from empty, headers in
// order with repeats), objects of headers keep their written order, and bad lines are refused
// naming the field.
#include "messagecsv.h"
#include "messagejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace {
KafkaMessage record(std::optional<QByteArray> key, std::optional<QByteArray> value,
                    QList<KafkaHeader> headers = {})
{
    KafkaMessage m;
    m.topic = QStringLiteral("orders");
    m.partition = 3;
    m.offset = 42;
    m.timestampMs = 1733300000000;
    m.timestampType = TimestampType::CreateTime;
    m.keyIsNull = !key;
    m.key = key.value_or(QByteArray());
    m.valueIsNull = !value;
    m.value = value.value_or(QByteArray());
    m.headers = headers;
    return m;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(11);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

void compareMessages(const KafkaMessage &actual, const KafkaMessage &expected)
{
    QCOMPARE(actual.topic, expected.topic);
    QCOMPARE(actual.partition, expected.partition);
    QCOMPARE(actual.offset, expected.offset);
    QCOMPARE(actual.timestampMs, expected.timestampMs);
    QCOMPARE(actual.timestampType, expected.timestampType);
    QCOMPARE(actual.keyIsNull, expected.keyIsNull);
    QVERIFY(actual.key == expected.key); // QCOMPARE would print 10 MB on failure
    QCOMPARE(actual.valueIsNull, expected.valueIsNull);
    QVERIFY(actual.value == expected.value);
    QCOMPARE(actual.headers.size(), expected.headers.size());
    for (qsizetype i = 0; i < expected.headers.size(); ++i) {
        QCOMPARE(actual.headers.at(i).name, expected.headers.at(i).name);
        QCOMPARE(actual.headers.at(i).value, expected.headers.at(i).value);
        QCOMPARE(actual.headers.at(i).valueIsNull, expected.headers.at(i).valueIsNull);
    }
}
} // namespace

class TestMessageJson final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void writtenForm();
    void headersObjectKeepsWrittenOrder();
    void headerPairsAndNonStringValues();
    void jsonValuesAsWritten_data();
    void jsonValuesAsWritten();
    void repeatedFieldsTakeTheLast();
    void missingFields();
    void errors_data();
    void errors();
    void toRequest();
    void mutatedLines();
    void csv();
};

void TestMessageJson::roundTrip_data()
{
    QTest::addColumn<KafkaMessage>("message");
    QTest::addColumn<bool>("keyBase64");
    QTest::addColumn<bool>("valueBase64");

    QTest::newRow("ascii") << record("k1", "hello world") << false << false;
    QTest::newRow("multi-byte UTF-8") << record("schlüssel", "größe € 😀 日本語") << false << false;
    QTest::newRow("invalid UTF-8") << record("\xff\xfe", "ok \xc3\x28 bad") << true << true;
    QTest::newRow("surrogate as UTF-8 (CESU)")
        << record("k", QByteArray("\xed\xa0\x80x")) << false << true;
    QTest::newRow("overlong encoding") << record("k", QByteArray("\xc0\xaf")) << false << true;
    QTest::newRow("NUL bytes") << record(QByteArray("a\0b", 3), QByteArray("\0\0\0", 3)) << false
                               << false;
    QTest::newRow("control characters, quotes, backslashes")
        << record("\"quoted\"", QByteArray("line\nnext\r\ttab\\ \x01\x1f\x7f \b\f")) << false
        << false;
    QTest::newRow("JSON text as value") << record("k", R"({"b":1, "a":[2,3]})") << false << false;
    QTest::newRow("empty key, empty value") << record("", "") << false << false;
    QTest::newRow("null key, null value") << record(std::nullopt, std::nullopt) << false << false;
    QTest::newRow("null key, empty value") << record(std::nullopt, "") << false << false;
    QTest::newRow("empty key, null value") << record("", std::nullopt) << false << false;
    QTest::newRow("repeated headers, null header value") << record("k", "v",
                                                                   {{"source", "a", false},
                                                                    {"n", "1", false},
                                                                    {"source", "b", false},
                                                                    {"empty", "", false},
                                                                    {"nothing", "", true}})
                                                         << false << false;
    QTest::newRow("binary header name and value")
        << record("k", "v", {{"\xff\x00name", "\x80\x81", false}, {"", "x", false}}) << false
        << false;
    KafkaMessage logAppend = record("k", "v");
    logAppend.timestampType = TimestampType::LogAppendTime;
    QTest::newRow("log append time") << logAppend << false << false;
    KafkaMessage bare = record("k", "v");
    bare.topic.clear();
    bare.partition = -1;
    bare.offset = -1;
    bare.timestampMs = -1;
    bare.timestampType = TimestampType::None;
    QTest::newRow("no topic, position, timestamp") << bare << false << false;
    KafkaMessage big = record("k", "v");
    big.partition = std::numeric_limits<qint32>::max();
    big.offset = (qint64(1) << 53) + 1; // not exact as a double
    big.timestampMs = std::numeric_limits<qint64>::max();
    QTest::newRow("largest numbers") << big << false << false;
    QTest::newRow("10 MB binary value")
        << record("k", randomBytes(10 * 1024 * 1024)) << false << true;
    QTest::newRow("10 MB text value")
        << record("k", QByteArray(10 * 1024 * 1024, 'x').replace(0, 3, "\"\n\\")) << false << false;
}

void TestMessageJson::roundTrip()
{
    QFETCH(KafkaMessage, message);
    QFETCH(bool, keyBase64);
    QFETCH(bool, valueBase64);
    const QByteArray line = MessageJson::toJson(message);
    QVERIFY(!line.contains('\n'));
    // Valid JSON, and the encoding fields say what is Base64.
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QVERIFY(!object.isEmpty());
    QCOMPARE(object.value(QLatin1String("keyEncoding")).toString() == QLatin1String("base64"),
             keyBase64);
    QCOMPARE(object.value(QLatin1String("valueEncoding")).toString() == QLatin1String("base64"),
             valueBase64);
    QCOMPARE(object.contains(QLatin1String("headers")), !message.headers.isEmpty());
    const MessageJson::Parsed parsed = MessageJson::fromJson(line);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.hasPartition, message.partition >= 0);
    compareMessages(parsed.message, message);
    // Written again, the same line.
    QVERIFY(MessageJson::toJson(parsed.message) == line);
}

void TestMessageJson::writtenForm()
{
    KafkaMessage m = record(std::nullopt, "v", {{"n", "\xff", false}, {"\xfe", "", true}});
    QCOMPARE(MessageJson::toJson(m),
             QByteArray(R"({"topic":"orders","partition":3,"offset":42,"timestamp":1733300000000,)"
                        R"("timestampType":"CreateTime","key":null,"value":"v","headers":[)"
                        R"({"name":"n","value":"/w==","valueEncoding":"base64"},)"
                        R"({"name":"/g==","nameEncoding":"base64","value":null}]})"));
    QCOMPARE(MessageJson::toJson(record("", QByteArray("\0", 1))),
             QByteArray(R"({"topic":"orders","partition":3,"offset":42,"timestamp":1733300000000,)"
                        R"("timestampType":"CreateTime","key":"","value":"\u0000"})"));
}

void TestMessageJson::headersObjectKeepsWrittenOrder()
{
    // QJsonObject would give n, source, x: the order the user wrote must be kept, and repeated
    // names too; braces and quotes inside strings do not confuse the reading.
    const QByteArray line = R"( { "value" : "v", "headers" : { "source" : "a", "n" : 1,)"
                            R"( "source":"b", "x\"}{" : null, "obj": {"z": "}", "a": [1, {}]},)"
                            R"( "\u00e9t\u00e9": "\u00e9" } , "key":"k" } )";
    const MessageJson::Parsed parsed = MessageJson::fromJson(line);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QList<KafkaHeader> &h = parsed.message.headers;
    QCOMPARE(h.size(), 6);
    QCOMPARE(h.at(0).name, QByteArray("source"));
    QCOMPARE(h.at(0).value, QByteArray("a"));
    QCOMPARE(h.at(1).name, QByteArray("n"));
    QCOMPARE(h.at(1).value, QByteArray("1"));
    QCOMPARE(h.at(2).name, QByteArray("source"));
    QCOMPARE(h.at(2).value, QByteArray("b"));
    QCOMPARE(h.at(3).name, QByteArray("x\"}{"));
    QVERIFY(h.at(3).valueIsNull);
    QCOMPARE(h.at(4).name, QByteArray("obj"));
    QCOMPARE(h.at(4).value, QByteArray(R"({"z": "}", "a": [1, {}]})")); // as written
    QCOMPARE(h.at(5).name, QByteArray("été"));
    QCOMPARE(h.at(5).value, QByteArray("é"));
    QCOMPARE(parsed.message.key, QByteArray("k"));
}

void TestMessageJson::headerPairsAndNonStringValues()
{
    const MessageJson::Parsed parsed = MessageJson::fromJson(
        R"({"key": 12, "value": {"order": 7, "items": [1, 2]}, "headers": [["h", "1"], ["h", null]]})");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.message.key, QByteArray("12"));
    QCOMPARE(parsed.message.value, QByteArray(R"({"order": 7, "items": [1, 2]})"));
    QCOMPARE(parsed.message.headers.size(), 2);
    QCOMPARE(parsed.message.headers.at(0).value, QByteArray("1"));
    QVERIFY(parsed.message.headers.at(1).valueIsNull);
    QCOMPARE(MessageJson::fromJson(R"({"value": true})").message.value, QByteArray("true"));
    QCOMPARE(MessageJson::fromJson(R"({"value": 1.5})").message.value, QByteArray("1.5"));
    QCOMPARE(MessageJson::fromJson(R"({"value": [1, "a"]})").message.value,
             QByteArray(R"([1, "a"])"));
}

void TestMessageJson::jsonValuesAsWritten_data()
{
    // A key, value or header value that is JSON (not a string) is sent as the user wrote it: what
    // QJsonDocument would write back differs for most of these.
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("sent");
    const auto row = [](const char *name, const QByteArray &written, const QByteArray &sent) {
        QTest::newRow(name) << written << sent;
    };
    const auto same = [&row](const char *name, const QByteArray &written) {
        row(name, written, written);
    };
    same("object, names not sorted", R"({"b":1,"a":2.50})");
    same("names repeated", R"({"a":1,"a":2})");
    same("nested arrays", R"([[1,[2,[3,[]]]],[],[[{}]]])");
    same("number 1.0e3", "1.0e3");
    same("number past 64 bits", "12345678901234567890");
    same("minus zero", "-0");
    same("number 2.50", "2.50");
    same("number 1E-7", "1E-7");
    same("true", "true");
    same("false", "false");
    same("empty object", "{}");
    same("empty array", "[]");
    same("strings with brackets and quotes",
         R"({"s":"}{][,:","q":"say \"hi\" \\","e":"\\","u":"\u00e9\n"})");
    same("name with a closing brace", R"({"}\"":"]","x":["\"]}"]})");
    same("whitespace inside", "{ \"a\" :\t[ 1 , 2 ] ,\r\"b\" : {  } }");
    same("multi-byte UTF-8", "{\"ключ\":\"значение 😀\",\"n\":1}");
    QByteArray deep = QByteArray(500, '[') + "1.0" + QByteArray(500, ']');
    same("500 deep", deep);
    QByteArray big = "[" + QByteArray("1.0,").repeated(1024 * 1024) + "2.50]";
    same("4 MB array", big);
    row("whitespace around dropped", " \t{ \"b\" : 1 }\t ", "{ \"b\" : 1 }");
    row("number with whitespace around", "\t 1.0e3 \t", "1.0e3");
}

void TestMessageJson::jsonValuesAsWritten()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, sent);
    const auto check = [&sent](const QByteArray &line, qsizetype headerCount) {
        const MessageJson::Parsed parsed = MessageJson::fromJson(line);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const KafkaMessage &m = parsed.message;
        if (headerCount == 0) {
            QVERIFY(!m.keyIsNull && !m.valueIsNull);
            QVERIFY2(m.key == sent, m.key.left(200).constData());
            QVERIFY2(m.value == sent, m.value.left(200).constData());
            return;
        }
        QCOMPARE(m.value, QByteArray("v"));
        QCOMPARE(m.headers.size(), headerCount);
        for (const KafkaHeader &h : m.headers) {
            QVERIFY(!h.valueIsNull);
            QVERIFY2(h.value == sent, h.value.left(200).constData());
        }
        QCOMPARE(m.headers.first().name, QByteArray("h1"));
        QCOMPARE(m.headers.last().name, QByteArray("h2"));
    };
    const QList<std::pair<QByteArray, qsizetype>> lines{
        // As key and value, with a string before and after each holding what could mislead a
        // scan.
        {R"({"topic":"a}\",","key":)" + written + R"(,"value" :)" + written + R"( , "z":"]"})", 0},
        // As header values: {"name", "value"} objects (value first or last), pairs, a headers
        // object.
        {R"({"value":"v","headers":[{"name":"h1","value":)" + written + R"(},{"value":)" + written +
             R"(,"name":"h2"}]})",
         2},
        {R"({"value":"v","headers":[["h1",)" + written + R"(],["h2",)" + written + "]]}", 2},
        {R"({"headers":{"h1":)" + written + R"(,"h2" : )" + written + R"(},"value":"v"})", 2}};
    for (const auto &[line, headerCount] : lines) {
        check(line, headerCount);
        if (QTest::currentTestFailed())
            return;
    }
    // A record written back out keeps those bytes as its text.
    const MessageJson::Parsed parsed = MessageJson::fromJson(R"({"value":)" + written + "}");
    QVERIFY(MessageJson::fromJson(MessageJson::toJson(parsed.message)).message.value == sent);
}

void TestMessageJson::repeatedFieldsTakeTheLast()
{
    // A repeated field is read as its last occurrence, as QJsonDocument reads the rest of the
    // line: both the decision (text or JSON) and the bytes come from the same occurrence.
    MessageJson::Parsed parsed =
        MessageJson::fromJson(R"({"value":{"b":1,"a":2},"key":1.0,"value":[3, 2],"key":"k"})");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.message.value, QByteArray("[3, 2]"));
    QCOMPARE(parsed.message.key, QByteArray("k"));
    parsed = MessageJson::fromJson(
        R"({"value":"v","headers":[["a",1.0]],"headers":[{"name":"b","value":2.0}]})");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.message.headers.size(), 1);
    QCOMPARE(parsed.message.headers.first().name, QByteArray("b"));
    QCOMPARE(parsed.message.headers.first().value, QByteArray("2.0"));
    parsed = MessageJson::fromJson(R"({"value":"v","headers":[{"name":"h","value":1.0,"value":)"
                                   R"({"y" : 2}}]})");
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.message.headers.first().value, QByteArray(R"({"y" : 2})"));
}

void TestMessageJson::missingFields()
{
    const MessageJson::Parsed parsed = MessageJson::fromJson(R"({"value": "only"})");
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(!parsed.hasPartition);
    QCOMPARE(parsed.message.partition, -1);
    QCOMPARE(parsed.message.offset, -1);
    QCOMPARE(parsed.message.timestampMs, -1);
    QCOMPARE(parsed.message.timestampType, TimestampType::None);
    QVERIFY(parsed.message.keyIsNull);
    QVERIFY(!parsed.message.valueIsNull);
    QVERIFY(parsed.message.headers.isEmpty());
    QVERIFY(MessageJson::fromJson(R"({"key": "k"})").message.valueIsNull);
    QVERIFY(MessageJson::fromJson(R"({"partition": null, "value": "v"})").error.isEmpty());
}

void TestMessageJson::errors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"value\": ") << QStringLiteral("not a JSON object");
    QTest::newRow("not-quite JSON")
        << QByteArray("{'value': 'v'}") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("string") << QByteArray("\"v\"") << QStringLiteral("not a JSON object");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("not a JSON object");
    QTest::newRow("nested 10000 deep")
        << QByteArray(R"({"value":)") + QByteArray(10000, '[') + QByteArray(10000, ']') + "}"
        << QStringLiteral("not a JSON object");
    QTest::newRow("unknown encoding") << QByteArray(R"({"value": "v", "valueEncoding": "hex"})")
                                      << QStringLiteral("\"valueEncoding\"");
    QTest::newRow("encoding not a string")
        << QByteArray(R"({"key": "v", "keyEncoding": 1})") << QStringLiteral("\"keyEncoding\"");
    QTest::newRow("bad base64 characters")
        << QByteArray(R"({"value": "@@@@", "valueEncoding": "base64"})")
        << QStringLiteral("\"value\" is not valid Base64");
    QTest::newRow("bad base64 length") << QByteArray(R"({"key": "QUJDR", "keyEncoding": "base64"})")
                                       << QStringLiteral("\"key\" is not valid Base64");
    QTest::newRow("base64 with spaces")
        << QByteArray(R"({"key": "QU JD", "keyEncoding": "base64"})")
        << QStringLiteral("\"key\" is not valid Base64");
    QTest::newRow("base64 of a number") << QByteArray(R"({"value": 12, "valueEncoding": "base64"})")
                                        << QStringLiteral("\"value\" must be a Base64 string");
    QTest::newRow("negative partition")
        << QByteArray(R"({"value": "v", "partition": -1})") << QStringLiteral("\"partition\"");
    QTest::newRow("fractional partition")
        << QByteArray(R"({"value": "v", "partition": 1.5})") << QStringLiteral("\"partition\"");
    QTest::newRow("partition as text")
        << QByteArray(R"({"value": "v", "partition": "1"})") << QStringLiteral("\"partition\"");
    QTest::newRow("partition past 32 bits")
        << QByteArray(R"({"value": "v", "partition": 2147483648})")
        << QStringLiteral("\"partition\"");
    QTest::newRow("huge partition")
        << QByteArray(R"({"value": "v", "partition": 1e300})") << QStringLiteral("\"partition\"");
    QTest::newRow("negative offset")
        << QByteArray(R"({"value": "v", "offset": -5})") << QStringLiteral("\"offset\"");
    QTest::newRow("offset past 64 bits")
        << QByteArray(R"({"value": "v", "offset": 99999999999999999999})")
        << QStringLiteral("\"offset\"");
    QTest::newRow("timestamp as text")
        << QByteArray(R"({"value": "v", "timestamp": "now"})") << QStringLiteral("\"timestamp\"");
    QTest::newRow("unknown timestamp type")
        << QByteArray(R"({"value": "v", "timestampType": "Now"})")
        << QStringLiteral("\"timestampType\"");
    QTest::newRow("topic not a string")
        << QByteArray(R"({"value": "v", "topic": 1})") << QStringLiteral("\"topic\"");
    QTest::newRow("headers a string")
        << QByteArray(R"({"value": "v", "headers": "h"})") << QStringLiteral("\"headers\"");
    QTest::newRow("header without name")
        << QByteArray(R"({"value": "v", "headers": [{"value": "x"}]})")
        << QStringLiteral("\"name\"");
    QTest::newRow("header name a number")
        << QByteArray(R"({"value": "v", "headers": [{"name": 1, "value": "x"}]})")
        << QStringLiteral("\"name\"");
    QTest::newRow("header bad base64 value")
        << QByteArray(
               R"({"value": "v", "headers": [{"name": "h", "value": "!", "valueEncoding": "base64"}]})")
        << QStringLiteral("\"value\" is not valid Base64");
    QTest::newRow("header bad name encoding")
        << QByteArray(
               R"({"value": "v", "headers": [{"name": "h", "value": "x", "nameEncoding": "utf16"}]})")
        << QStringLiteral("\"nameEncoding\"");
    QTest::newRow("value a number past a double")
        << QByteArray(R"({"value": 1e400})") << QStringLiteral("illegal number");
    QTest::newRow("header a number")
        << QByteArray(R"({"value": "v", "headers": [1]})") << QStringLiteral("header");
}

void TestMessageJson::errors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, mentions);
    const MessageJson::Parsed parsed = MessageJson::fromJson(line);
    QVERIFY2(parsed.error.contains(mentions, Qt::CaseInsensitive), qPrintable(parsed.error));
}

void TestMessageJson::toRequest()
{
    KafkaMessage m = record(std::nullopt, std::nullopt, {{"h", "1", false}, {"h", "", true}});
    const MessageJson::Parsed parsed = MessageJson::fromJson(MessageJson::toJson(m));
    ProduceRequest request = MessageJson::toRequest(parsed, QStringLiteral("copy"), false);
    QCOMPARE(request.topic, QStringLiteral("copy"));
    QVERIFY(!request.key.has_value());
    QVERIFY(request.valueIsNull);
    QCOMPARE(request.partition, -1);
    QCOMPARE(request.headers.size(), 2);
    QVERIFY(request.headers.at(1).valueIsNull);
    QCOMPARE(MessageJson::toRequest(parsed, QStringLiteral("copy"), true).partition, 3);
    const MessageJson::Parsed empty = MessageJson::fromJson(R"({"key": "", "value": ""})");
    request = MessageJson::toRequest(empty, QStringLiteral("copy"), true);
    QCOMPARE(request.key, std::optional<QByteArray>(QByteArray()));
    QVERIFY(!request.valueIsNull);
    QCOMPARE(request.partition, -1);
}

void TestMessageJson::mutatedLines()
{
    // Damaged lines (bytes changed, cut, duplicated) are either read or refused with a reason,
    // never a crash; whatever is read writes back to a line that reads the same.
    const QList<QByteArray> seeds{
        MessageJson::toJson(record("k\xff", "v", {{"a", "1", false}, {"\x80", "", true}})),
        R"({"value":"v","headers":{"source":"a","n":{"x":[1,"}"]},"e\"sc":null},"key":""})",
        R"({"key":"QUJD","keyEncoding":"base64","value":[1,{"a":"b"}],"partition":1})"};
    QRandomGenerator generator(7);
    const QByteArray alphabet = R"({}[]":,\ 0a-.e)";
    int read = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray line = seeds.at(round % seeds.size());
        const int edits = 1 + int(generator.bounded(3));
        for (int e = 0; e < edits && !line.isEmpty(); ++e) {
            const qsizetype at = generator.bounded(int(line.size()));
            switch (generator.bounded(4)) {
            case 0:
                line[at] = alphabet.at(generator.bounded(int(alphabet.size())));
                break;
            case 1:
                line.truncate(at);
                break;
            case 2:
                line.insert(at, line.mid(at, generator.bounded(20)));
                break;
            default:
                line.remove(at, 1 + generator.bounded(5));
            }
        }
        const MessageJson::Parsed parsed = MessageJson::fromJson(line);
        if (!parsed.error.isEmpty())
            continue;
        ++read;
        const MessageJson::Parsed again =
            MessageJson::fromJson(MessageJson::toJson(parsed.message));
        QVERIFY2(again.error.isEmpty(), line.constData());
        compareMessages(again.message, parsed.message);
    }
    qInfo("%d of 20000 damaged lines were still records", read);
    QVERIFY(read > 1000); // the round trip above was exercised
}

void TestMessageJson::csv()
{
    QCOMPARE(MessageCsv::headerLine(),
             QByteArray("topic,partition,offset,timestamp,timestampType,key,keyEncoding,value,"
                        "valueEncoding,headers\r\n"));
    QCOMPARE(MessageCsv::toLine(record("a,b", "say \"hi\"\nbye", {{"h", "1", false}})),
             QByteArray("orders,3,42,1733300000000,CreateTime,\"a,b\",,\"say \"\"hi\"\"\nbye\",,"
                        "\"[{\"\"name\"\":\"\"h\"\",\"\"value\"\":\"\"1\"\"}]\"\r\n"));
    KafkaMessage m = record(std::nullopt, "\xff");
    m.timestampType = TimestampType::LogAppendTime;
    QCOMPARE(MessageCsv::toLine(m),
             QByteArray("orders,3,42,1733300000000,LogAppendTime,,null,/w==,base64,\r\n"));
    QCOMPARE(MessageCsv::toLine(record("", std::nullopt)),
             QByteArray("orders,3,42,1733300000000,CreateTime,,,,null,\r\n"));
}

QTEST_GUILESS_MAIN(TestMessageJson)
#include "tst_messagejson.moc"
