// `topicdesk consume` given hostile input, as a separate process against a real Kafka broker:
// bad numbers at every range edge, bytes that are not text, lines with no end, partitions that
// do not exist. Each gets one plain line on standard error, commits nothing, and the process
// keeps working: the acks typed after it are taken, and it leaves cleanly.
#include "adminclient.h"
#include "testcluster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);
constexpr int Messages = 3;

QStringList linesOf(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestHostileConsume final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typedAck_data();
    void typedAck();
    void badArguments_data();
    void badArguments();
    void fromPastTheEndSaysSoAndStartsAtTheEnd();

private:
    ConnectionConfig m_config; // a topic of one partition holding Messages messages
};

void TestHostileConsume::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
    QString created;
    m_config = TestCluster::newTopic(QStringLiteral("hostile"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(m_config, Messages, 0).size(), Messages);
}

void TestHostileConsume::typedAck_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message"); // a regular expression for the line on stderr
    const QString offsetRange = QStringLiteral(
        "^topicdesk: Line 1: the offset must be a number from 0 to 9223372036854775807, not ");
    const QString partitionRange = QStringLiteral(
        "^topicdesk: Line 1: the partition must be a number from 0 to 2147483647, not ");
    QTest::newRow("offset overflowing 64 bits")
        << QByteArray("ack 0:99999999999999999999\n") << offsetRange + "\"99999999999999999999\"";
    QTest::newRow("offset INT64_MAX + 1")
        << QByteArray("ack 0:9223372036854775808\n") << offsetRange + "\"9223372036854775808\"";
    QTest::newRow("offset INT64_MAX, never delivered")
        << QByteArray("ack 0:9223372036854775807\n")
        << QStringLiteral("^topicdesk: Offset 9223372036854775807 of partition 0 was not "
                          "delivered to this consumer\\.$");
    QTest::newRow("offset -1") << QByteArray("ack 0:-1\n") << offsetRange + "\"-1\"";
    QTest::newRow("offset in hex") << QByteArray("ack 0:0x1\n") << offsetRange + "\"0x1\"";
    QTest::newRow("offset with exponent") << QByteArray("ack 0:1e3\n") << offsetRange + "\"1e3\"";
    QTest::newRow("partition INT32_MAX + 1")
        << QByteArray("ack 2147483648:0\n") << partitionRange + "\"2147483648\"";
    QTest::newRow("partition 2^32 (0 when truncated)")
        << QByteArray("ack 4294967296:0\n") << partitionRange + "\"4294967296\"";
    QTest::newRow("partition -1") << QByteArray("ack -1:0\n") << partitionRange + "\"-1\"";
    QTest::newRow("partition INT32_MAX, missing")
        << QByteArray("ack 2147483647:0\n")
        << QStringLiteral("^topicdesk: Partition 2147483647 does not exist: topic \"[^\"]+\" has "
                          "only partition 0\\.$");
    QTest::newRow("partition 7 of 1")
        << QByteArray("ack 7:0\n")
        << QStringLiteral("^topicdesk: Partition 7 does not exist: topic \"[^\"]+\" has only "
                          "partition 0\\.$");
    QTest::newRow("not UTF-8") << QByteArray("ack 0:\xff\xfe\n")
                               << QStringLiteral("^topicdesk: Line 1 is not UTF-8 text, ignored");
    // Read up to the NUL, this line would acknowledge offset 0.
    QTest::newRow("NUL byte") << QByteArray("ack 0:0\0 \n", 10)
                              << QStringLiteral("^topicdesk: Line 1 contains a NUL byte, ignored");
    QTest::newRow("a line of 100,000 bytes")
        << QByteArray(100000, 'a') + '\n'
        << QStringLiteral("^topicdesk: Line 1 is longer than 1024 bytes: it is not a command");
    QTest::newRow("terminal escape sequence")
        << QByteArray("\x1b]0;owned\x07 ack 0:0\n")
        << QStringLiteral(R"(^topicdesk: Unknown command "\\x1b\]0;owned\\x07 ack 0:0": use )");
    QTest::newRow("no partition") << QByteArray("ack :0\n")
                                  << QStringLiteral("^topicdesk: Unknown command \"ack :0\"");
}

void TestHostileConsume::typedAck()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    ConnectionConfig config = m_config;
    config.groupId = TestCluster::uniqueName(QStringLiteral("hostile"));
    QProcess process;
    process.start(Program, {QStringLiteral("consume"), QStringLiteral("--brokers"),
                            config.bootstrapServers, QStringLiteral("--topic"), config.topic,
                            QStringLiteral("--group"), config.groupId, QStringLiteral("--manual")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= Messages,
                             60000);
    process.write(input);
    const QRegularExpression expected(message);
    QVERIFY(expected.isValid());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains('\n'), 30000);
    const QStringList lines = linesOf(err);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(expected.match(lines.first()).hasMatch(), qPrintable(lines.first()));

    // Still working: these acks are taken, and since offset 0 was never acknowledged, the
    // safe position stays at 0. Had the hostile line acknowledged 0, it would be 3.
    process.write("ack 0:1\nack 0:2\nquit\n");
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    err += process.readAllStandardError();
    QVERIFY2(err.contains("acked 0:1\n") && err.contains("acked 0:2\n"), err.constData());
    QCOMPARE(TestCluster::committed(config, 0), 0);
}

void TestHostileConsume::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("--from overflowing 64 bits")
        << QStringList{QStringLiteral("--from"), QStringLiteral("99999999999999999999")}
        << QStringLiteral("--from must be earliest, latest, an offset or @EPOCH_MS");
    QTest::newRow("--from -5") << QStringList{QStringLiteral("--from"), QStringLiteral("-5")}
                               << QStringLiteral("--from must be earliest, latest");
    QTest::newRow("--count 0") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                               << QStringLiteral("--count expects a whole number of at least 1");
    QTest::newRow("--count overflowing 64 bits")
        << QStringList{QStringLiteral("--count"), QStringLiteral("99999999999999999999")}
        << QStringLiteral("--count expects a whole number");
}

void TestHostileConsume::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ConnectionConfig config = m_config;
    config.groupId = TestCluster::uniqueName(QStringLiteral("hostile"));
    QProcess process;
    process.start(Program, QStringList{QStringLiteral("consume"), QStringLiteral("--brokers"),
                                       config.bootstrapServers, QStringLiteral("--topic"),
                                       config.topic, QStringLiteral("--group"), config.groupId} +
                               arguments);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QStringList err = linesOf(process.readAllStandardError());
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith(QLatin1String("topicdesk: ")) && err.first().contains(message),
             qPrintable(err.first()));
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(TestCluster::committed(config, 0), -1);
}

// librdkafka would read the partition from its beginning; the user asked for offset 500.
void TestHostileConsume::fromPastTheEndSaysSoAndStartsAtTheEnd()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("pastend"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 12, 0).size(), 12);
    QProcess process;
    process.start(Program, {QStringLiteral("consume"), QStringLiteral("--brokers"),
                            config.bootstrapServers, QStringLiteral("--topic"), config.topic,
                            QStringLiteral("--group"), config.groupId, QStringLiteral("--from"),
                            QStringLiteral("500"), QStringLiteral("--count"), QStringLiteral("1")});
    process.closeWriteChannel();
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains('\n'), 60000);
    QCOMPARE(err,
             QByteArray("topicdesk: Offset 500 is past the end of partition 0 (high watermark 12): "
                        "reading from offset 12, the next new message.\n"));
    QCOMPARE(TestCluster::produce(config, 1, 0).size(), 1);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList out = linesOf(process.readAllStandardOutput());
    QCOMPARE(out.size(), 1);
    QVERIFY2(out.first().startsWith(QLatin1String("partition=0 offset=12 ")),
             qPrintable(out.first()));
    QCOMPARE(AdminClient::committedOffsets(config, config.groupId, config.topic, 10000)
                 .committed.value(0, -1),
             13);
}

QTEST_GUILESS_MAIN(TestHostileConsume)
#include "tst_hostileconsume.moc"
