// Copy as command line: the `topicdesk send` and `kcat -P` lines quote every argument so that a
// POSIX shell gives the program exactly the record's bytes (checked by running sh on hostile
// quotes, $(), backticks, line breaks), and refuse, saying why, what a command line cannot
// carry (NUL bytes, bytes that are not UTF-8, null values, line breaks for kcat).
#include "messagecommand.h"

#include <QProcess>
#include <QTest>

class TestMessageCommand final : public QObject
{
    Q_OBJECT
private slots:
    void shellQuoteSurvivesTheShell_data();
    void shellQuoteSurvivesTheShell();
    void topicdeskSendLine();
    void kcatLine();
    void refusals_data();
    void refusals();
};

void TestMessageCommand::shellQuoteSurvivesTheShell_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QByteArray("hello");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("single quotes") << QByteArray("it's 'quoted' ''");
    QTest::newRow("command substitution") << QByteArray("$(touch /tmp/x/pwned) `id` ${HOME}");
    QTest::newRow("line breaks") << QByteArray("line 1\nline 2\r\n\n");
    QTest::newRow("backslashes and bang") << QByteArray("\\n \\' !! \"double\" ; | & > <");
    QTest::newRow("utf-8") << QStringLiteral("Grüße 🚀 '東京'").toUtf8();
    QTest::newRow("leading dash") << QByteArray("-n -e");
}

void TestMessageCommand::shellQuoteSurvivesTheShell()
{
    QFETCH(QByteArray, bytes);
    const QString quoted = MessageCommand::shellQuote(bytes);
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + quoted});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(sh.readAllStandardOutput(), bytes);
    QCOMPARE(sh.readAllStandardError(), QByteArray());
}

void TestMessageCommand::topicdeskSendLine()
{
    KafkaMessage m;
    m.topic = QStringLiteral("orders");
    m.partition = 2;
    m.key = "it's";
    m.keyIsNull = false;
    m.value = "{\"a\": \"$(rm -rf ~)\"}\nsecond line";
    m.valueIsNull = false;
    m.headers = {{"trace", "a=b", false}, {"trace", "", false}};
    const MessageCommand::Line line = MessageCommand::topicdeskSend(m);
    QVERIFY(line.refusal.isEmpty());
    QCOMPARE(line.command,
             QStringLiteral("topicdesk send --topic 'orders' --partition 2 --key 'it'\\''s' "
                            "--header 'trace=a=b' --header 'trace=' "
                            "'{\"a\": \"$(rm -rf ~)\"}\nsecond line'"));
    // The shell hands the program exactly these arguments.
    QProcess sh;
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-c"),
              QStringLiteral("topicdesk() { printf '[%s]' \"$@\"; }; ") + line.command});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.readAllStandardOutput(),
             QByteArray("[send][--topic][orders][--partition][2][--key][it's][--header]"
                        "[trace=a=b][--header][trace=]") +
                 "[" + m.value + "]");

    // A null key is left out, an empty key is given as ''; a value like an option after --.
    m.keyIsNull = true;
    m.headers.clear();
    m.value = "-";
    QCOMPARE(MessageCommand::topicdeskSend(m).command,
             QStringLiteral("topicdesk send --topic 'orders' --partition 2 -- '-'"));
    m.keyIsNull = false;
    m.key.clear();
    m.value = "v";
    QCOMPARE(MessageCommand::topicdeskSend(m).command,
             QStringLiteral("topicdesk send --topic 'orders' --partition 2 --key '' 'v'"));
}

void TestMessageCommand::kcatLine()
{
    KafkaMessage m;
    m.topic = QStringLiteral("t'1");
    m.partition = 0;
    m.key = "k$(x)";
    m.keyIsNull = false;
    m.value = "value with 'quote' and `tick`";
    m.valueIsNull = false;
    m.headers = {{"h", "1", false}};
    const MessageCommand::Line line = MessageCommand::kcatProduce(m);
    QVERIFY(line.refusal.isEmpty());
    QCOMPARE(line.command,
             QStringLiteral("printf '%s\\n' 'value with '\\''quote'\\'' and `tick`' | kcat -P -b "
                            "\"$KAFKA_BROKERS\" -t 't'\\''1' -p 0 -k 'k$(x)' -H 'h=1'"));
    QProcess sh;
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-c"), QStringLiteral("KAFKA_BROKERS=b:9092; kcat() { cat; printf "
                                                   "'[%s]' \"$@\"; }; ") +
                                        line.command});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.readAllStandardOutput(),
             m.value + "\n[-P][-b][b:9092][-t][t'1][-p][0][-k][k$(x)][-H][h=1]");
}

void TestMessageCommand::refusals_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valueIsNull");
    QTest::addColumn<QString>("sendRefusal");
    QTest::addColumn<QString>("kcatRefusal");
    QTest::newRow("nul in the value")
        << QByteArray("k") << QByteArray("a\0b", 3) << false << "NUL byte"
        << "NUL byte";
    QTest::newRow("nul in the key")
        << QByteArray("\0", 1) << QByteArray("v") << false << "key holds a NUL"
        << "key holds a NUL";
    QTest::newRow("not utf-8") << QByteArray("k") << QByteArray("\xff\xfe") << false << "not UTF-8"
                               << "not UTF-8";
    QTest::newRow("tombstone") << QByteArray("k") << QByteArray() << true << "null"
                               << "null";
    QTest::newRow("line break: kcat only") << QByteArray("k") << QByteArray("a\nb") << false << ""
                                           << "line break";
    QTest::newRow("value too long for an argument")
        << QByteArray("k") << QByteArray(MessageCommand::MaxArgumentBytes + 1, 'x') << false
        << "longer than a command line argument"
        << "longer than a command line argument";
    QTest::newRow("empty key: kcat only") << QByteArray("") << QByteArray("v") << false << ""
                                          << "key is empty";
}

void TestMessageCommand::refusals()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(bool, valueIsNull);
    QFETCH(QString, sendRefusal);
    QFETCH(QString, kcatRefusal);
    KafkaMessage m;
    m.topic = QStringLiteral("t");
    m.key = key;
    m.keyIsNull = false;
    m.value = value;
    m.valueIsNull = valueIsNull;
    const MessageCommand::Line send = MessageCommand::topicdeskSend(m);
    const MessageCommand::Line kcat = MessageCommand::kcatProduce(m);
    QCOMPARE(send.command.isEmpty(), !sendRefusal.isEmpty());
    QVERIFY2(send.refusal.contains(sendRefusal), qPrintable(send.refusal));
    QCOMPARE(kcat.command.isEmpty(), !kcatRefusal.isEmpty());
    QVERIFY2(kcat.refusal.contains(kcatRefusal), qPrintable(kcat.refusal));
    // A header with a null value or a name with "=" is refused by both.
    m.value = "v";
    m.valueIsNull = false;
    m.key = "k";
    m.headers = {{"n", {}, true}};
    QVERIFY(MessageCommand::topicdeskSend(m).command.isEmpty());
    QVERIFY(MessageCommand::kcatProduce(m).refusal.contains(QLatin1String("null value")));
    m.headers = {{"a=b", "c", false}};
    QVERIFY(MessageCommand::topicdeskSend(m).refusal.contains(QLatin1Char('=')));
}

QTEST_GUILESS_MAIN(TestMessageCommand)
#include "tst_messagecommand.moc"
