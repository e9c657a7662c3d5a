// Files to send: one value per line, or JSON Lines with key, value, headers and partition; a
// bad line is reported with its number and nothing is sent. An exported file (MessageJson) gives
// back its records byte for byte, and headers written as an object keep their written order.
#include "messagefilereader.h"
#include "messagejson.h"

#include <QTest>

class TestMessageFileReader final : public QObject
{
    Q_OBJECT
private slots:
    void plainLines();
    void jsonLines();
    void headersObjectKeepsOrder();
    void exportedRecords();
    void errors_data();
    void errors();
};

void TestMessageFileReader::plainLines()
{
    const auto result =
        MessageFileReader::parse("first\r\nsecond line\n\nlast\n", QStringLiteral("t"));
    QVERIFY(result.error.isEmpty());
    QVERIFY(!result.jsonLines);
    QCOMPARE(result.requests.size(), 4); // an empty line in the middle is an empty value
    QCOMPARE(result.requests.at(0).value, QByteArray("first"));
    QCOMPARE(result.requests.at(1).value, QByteArray("second line"));
    QCOMPARE(result.requests.at(2).value, QByteArray(""));
    QCOMPARE(result.requests.at(3).topic, QStringLiteral("t"));
    QVERIFY(!result.requests.at(0).key.has_value());
    QCOMPARE(result.requests.at(0).partition, -1);
}

void TestMessageFileReader::jsonLines()
{
    const QByteArray content =
        R"({"key": "k1", "value": "plain text", "partition": 2})"
        "\n"
        R"({"key": null, "value": {"order": 7}, "headers": {"trace": "abc"}})"
        "\n"
        R"({"key": "", "value": null, "headers": [["h", "1"], ["h", "2"]]})"
        "\n"
        R"({"value": 42})"
        "\n";
    const auto result = MessageFileReader::parse(content, QStringLiteral("t"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.jsonLines);
    QCOMPARE(result.requests.size(), 4);
    QCOMPARE(*result.requests.at(0).key, QByteArray("k1"));
    QCOMPARE(result.requests.at(0).value, QByteArray("plain text"));
    QCOMPARE(result.requests.at(0).partition, 2);
    QVERIFY(!result.requests.at(1).key.has_value());
    QCOMPARE(result.requests.at(1).value, QByteArray(R"({"order": 7})")); // as written
    QCOMPARE(result.requests.at(1).headers.size(), 1);
    QCOMPARE(result.requests.at(1).headers.first().name, QByteArray("trace"));
    QVERIFY(result.requests.at(2).key.has_value() && result.requests.at(2).key->isEmpty());
    QVERIFY(result.requests.at(2).valueIsNull);
    QCOMPARE(result.requests.at(2).headers.size(), 2); // repeated names stay
    QCOMPARE(result.requests.at(2).headers.at(1).value, QByteArray("2"));
    QCOMPARE(result.requests.at(3).value, QByteArray("42"));
}

void TestMessageFileReader::headersObjectKeepsOrder()
{
    // Issue 11: {"source": ..., "n": ...} arrived as n, source.
    const auto result = MessageFileReader::parse(
        R"({"value": "v", "headers": {"source": "billing", "n": "1", "source": "again"}})",
        QStringLiteral("t"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.requests.size(), 1);
    const QList<KafkaHeader> &h = result.requests.first().headers;
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.at(0).name, QByteArray("source"));
    QCOMPARE(h.at(0).value, QByteArray("billing"));
    QCOMPARE(h.at(1).name, QByteArray("n"));
    QCOMPARE(h.at(2).name, QByteArray("source"));
    QCOMPARE(h.at(2).value, QByteArray("again"));
}

void TestMessageFileReader::exportedRecords()
{
    // What consume --format json and the export write, with binary, null and empty bytes.
    QList<KafkaMessage> messages(3);
    messages[0].partition = 1;
    messages[0].offset = 5;
    messages[0].key = QByteArray("\x00\xff key", 6);
    messages[0].keyIsNull = false;
    messages[0].value = "größe \n\"quoted\"";
    messages[0].valueIsNull = false;
    messages[0].headers = {{"n", "\xfe", false}, {"\x80", "", true}, {"n", "", false}};
    messages[1].key = "";
    messages[1].keyIsNull = false; // empty key, null value
    messages[2].partition = 0;
    messages[2].value = "";
    messages[2].valueIsNull = false; // null key, empty value
    QByteArray file;
    for (const KafkaMessage &m : std::as_const(messages))
        file += MessageJson::toJson(m) + "\r\n";
    const auto result = MessageFileReader::parse(file, QStringLiteral("copy"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.jsonLines);
    QCOMPARE(result.requests.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const KafkaMessage &m = messages.at(i);
        const ProduceRequest &r = result.requests.at(i);
        QCOMPARE(r.topic, QStringLiteral("copy"));
        QCOMPARE(r.partition, m.partition);
        QCOMPARE(r.key.has_value(), !m.keyIsNull);
        QCOMPARE(r.key.value_or(QByteArray()), m.key);
        QCOMPARE(r.valueIsNull, m.valueIsNull);
        QCOMPARE(r.value, m.value);
        QCOMPARE(r.headers.size(), m.headers.size());
        for (qsizetype j = 0; j < m.headers.size(); ++j) {
            QCOMPARE(r.headers.at(j).name, m.headers.at(j).name);
            QCOMPARE(r.headers.at(j).value, m.headers.at(j).value);
            QCOMPARE(r.headers.at(j).valueIsNull, m.headers.at(j).valueIsNull);
        }
    }
}

void TestMessageFileReader::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken line") << QByteArray("{\"value\": 1}\n{\"value\": \n") << "Line 2";
    QTest::newRow("not an object")
        << QByteArray("{\"value\": 1}\n[1, 2]\n") << "Line 2 is not a JSON object";
    QTest::newRow("bad partition")
        << QByteArray("{\"value\": 1, \"partition\": -1}\n") << "whole number";
    QTest::newRow("bad header pair")
        << QByteArray("{\"value\": 1, \"headers\": [[\"a\"]]}\n") << "[\"name\", \"value\"] pair";
    QTest::newRow("bad headers") << QByteArray("{\"value\": 1, \"headers\": 5}\n")
                                 << "object or a list";
    QTest::newRow("bad base64 on line 2")
        << QByteArray("{\"value\": 1}\n{\"key\": \"%%\", \"keyEncoding\": \"base64\"}\n")
        << "Line 2: \"key\" is not valid Base64";
    QTest::newRow("unknown encoding")
        << QByteArray("{\"value\": \"v\", \"valueEncoding\": \"gzip\"}\n") << "\"valueEncoding\"";
}

void TestMessageFileReader::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const auto result = MessageFileReader::parse(content, QStringLiteral("t"));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.requests.isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageFileReader)
#include "tst_messagefilereader.moc"
