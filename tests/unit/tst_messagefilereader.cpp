// Files to send: one value per line, or JSON Lines with key, value, headers and partition; a
// bad line is reported with its number and nothing is sent.
#include "messagefilereader.h"

#include <QTest>

class TestMessageFileReader final : public QObject
{
    Q_OBJECT
private slots:
    void plainLines();
    void jsonLines();
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
    QCOMPARE(result.requests.at(1).value, QByteArray(R"({"order":7})"));
    QCOMPARE(result.requests.at(1).headers.size(), 1);
    QCOMPARE(result.requests.at(1).headers.first().name, QByteArray("trace"));
    QVERIFY(result.requests.at(2).key.has_value() && result.requests.at(2).key->isEmpty());
    QVERIFY(result.requests.at(2).valueIsNull);
    QCOMPARE(result.requests.at(2).headers.size(), 2); // repeated names stay
    QCOMPARE(result.requests.at(2).headers.at(1).value, QByteArray("2"));
    QCOMPARE(result.requests.at(3).value, QByteArray("42"));
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
