// Command-line arguments as bytes: any byte sequence without NUL survives the round trip
// through the QString the command-line parser works on, text reads as text, and bytes that
// are not UTF-8 are told apart.
#include "rawargument.h"

#include <QRandomGenerator>
#include <QTest>

class TestRawArgument final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void randomBytesRoundTrip();
    void argvKeepsEveryArgument();
};

void TestRawArgument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("text"); // well-formed UTF-8
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII") << QByteArray("hello world") << true;
    QTest::newRow("UTF-8, 2 to 4 bytes") << QByteArray("clé 日本 🙂") << true;
    QTest::newRow("Latin-1 bytes") << QByteArray("caf\xe9\xff\xfe end") << false;
    QTest::newRow("a lone continuation byte") << QByteArray("a\x80z") << false;
    QTest::newRow("a sequence cut short at the end") << QByteArray("ab\xe6\x97") << false;
    QTest::newRow("an overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("an encoded surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("bytes that look like an escape's UTF-8")
        << QByteArray("\xed\xb2\x80") << false; // U+DC80 encoded: not well-formed
    QTest::newRow("every byte but NUL") << [] {
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all.append(char(b));
        return all;
    }() << false;
}

void TestRawArgument::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, text);
    const QString argument = RawArgument::fromBytes(bytes);
    QCOMPARE(RawArgument::toBytes(argument), bytes);
    QCOMPARE(RawArgument::hasRawBytes(argument), !text);
    if (text)
        QCOMPARE(argument, QString::fromUtf8(bytes));
}

void TestRawArgument::randomBytesRoundTrip()
{
    QRandomGenerator random(20261203);
    for (int i = 0; i < 10000; ++i) {
        QByteArray bytes(int(random.bounded(1, 40)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(1, 256));
        QCOMPARE(RawArgument::toBytes(RawArgument::fromBytes(bytes)), bytes);
    }
}

void TestRawArgument::argvKeepsEveryArgument()
{
    const char *argv[] = {"topicdesk", "send", "--key=k\xff", "caf\xe9"};
    const QStringList arguments = RawArgument::fromArgv(4, argv);
    QCOMPARE(arguments.size(), 4);
    QCOMPARE(arguments.at(1), QStringLiteral("send"));
    QCOMPARE(RawArgument::toBytes(arguments.at(2).mid(6)), QByteArray("k\xff"));
    QCOMPARE(RawArgument::toBytes(arguments.at(3)), QByteArray("caf\xe9"));
}

QTEST_GUILESS_MAIN(TestRawArgument)
#include "tst_rawargument.moc"
