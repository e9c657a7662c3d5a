// How keys and values are shown: text as text, binary as hex, long values cut with a mark.
#include "payloadformat.h"

#include <QTest>

class TestPayloadFormat final : public QObject
{
    Q_OBJECT
private slots:
    void preview_data();
    void preview();
};

void TestPayloadFormat::preview_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << QByteArray("hello") << 200 << "hello";
    QTest::newRow("empty") << QByteArray("") << 200 << "";
    QTest::newRow("vietnamese utf-8")
        << QStringLiteral("xin chào").toUtf8() << 200 << QStringLiteral("xin chào");
    QTest::newRow("json") << QByteArray(R"({"id":1})") << 200 << R"({"id":1})";
    QTest::newRow("line breaks shown as symbols")
        << QByteArray("a\r\nb\tc") << 200 << QStringLiteral("a\u21B5b\u21E5c");
    QTest::newRow("cut") << QByteArray("abcdefgh") << 4 << QStringLiteral("abcd…");
    QTest::newRow("cut inside a multi-byte character")
        << QStringLiteral("aé").toUtf8() << 2 << QStringLiteral("a…");
    QTest::newRow("invalid utf-8 is hex")
        << QByteArray("\xff\xfe\x00\x01", 4) << 200 << "hex: ff fe 00 01";
    QTest::newRow("control bytes are hex") << QByteArray("ab\x01", 3) << 200 << "hex: 61 62 01";
    QTest::newRow("a value cut inside a character is not text")
        << QStringLiteral("aé").toUtf8().chopped(1) << 200 << "hex: 61 c3";
    QTest::newRow("only the head of a long value decides")
        << QByteArray(5000, 'a') + QByteArray("\xff", 1) << 3 << QStringLiteral("aaa…");
    QTest::newRow("long binary is cut")
        << QByteArray(10, '\x80') << 9 << QStringLiteral("hex: 80 80 80 …");
}

void TestPayloadFormat::preview()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QCOMPARE(PayloadFormat::preview(data, maxBytes), expected);
}

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "tst_payloadformat.moc"
