// `topicdesk send`, `consume` and `sandbox` as separate processes, the way scripts and the
// two-terminal walk-through use them, against a real Kafka broker (and the sandbox).
#include "adminclient.h"
#include "testcluster.h"
#include "topicdeskprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

#include <librdkafka/rdkafka.h>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);

struct Run
{
    int exitCode = -1;
    QStringList out;
    QStringList err;
};

QStringList linesOf(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines;
}

// Runs topicdesk to completion with the given standard input; its output as lines.
Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    const TopicDeskProcess::Result result =
        TopicDeskProcess::run(Program, arguments, input, timeoutMs);
    return {result.exitCode, linesOf(result.out), linesOf(result.err)};
}

using TopicDeskProcess::brokerArgs;

// "topic=T partition=P offset=O" -> (P, O)
QPair<int, qint64> reportOf(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(partition=(\d+) offset=(\d+))"));
    const QRegularExpressionMatch match = pattern.match(line);
    return match.hasMatch() ? qMakePair(match.captured(1).toInt(), match.captured(2).toLongLong())
                            : qMakePair(-1, qint64(-1));
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TestHeadless final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sendThenConsumeJson();
    void manualAcksCommitTheSafePositionAndTheRestComesBack();
    void sandboxServesSeparateProcesses();
    void versionNamesWhatItRunsOn_data();
    void versionNamesWhatItRunsOn();
    void badInputGetsOneClearLine_data();
    void badInputGetsOneClearLine();
};

void TestHeadless::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
}

void TestHeadless::sendThenConsumeJson()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("cli"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QByteArray input;
    for (int i = 0; i < 30; ++i)
        input += "line " + QByteArray::number(i) + '\n';
    const Run sent =
        run(QStringList{QStringLiteral("send")} + brokerArgs(config) << QStringLiteral("-"), input);
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.out.size(), 30);
    QVERIFY(sent.err.isEmpty());
    QHash<QPair<int, qint64>, QString> expected;
    for (int i = 0; i < 30; ++i) {
        const auto at = reportOf(sent.out.at(i));
        QVERIFY2(at.first >= 0, qPrintable(sent.out.at(i)));
        expected.insert(at, QStringLiteral("line %1").arg(i));
    }
    QCOMPARE(expected.size(), 30);

    // A single send with a key and headers, on an explicit partition.
    const Run one =
        run(QStringList{QStringLiteral("send")} + brokerArgs(config)
            << QStringLiteral("--key") << QStringLiteral("k") << QStringLiteral("--header")
            << QStringLiteral("h=1") << QStringLiteral("--header") << QStringLiteral("h=2")
            << QStringLiteral("--partition") << QStringLiteral("2") << QStringLiteral("--acks")
            << QStringLiteral("1") << QStringLiteral("single"));
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.out.size(), 1);
    QCOMPARE(reportOf(one.out.first()).first, 2);
    expected.insert(reportOf(one.out.first()), QStringLiteral("single"));

    const Run consumed =
        run(QStringList{QStringLiteral("consume")} + brokerArgs(config)
            << QStringLiteral("--group") << config.groupId << QStringLiteral("--count")
            << QStringLiteral("31") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(consumed.exitCode, 0);
    QCOMPARE(consumed.out.size(), 31);
    QSet<QPair<int, qint64>> seen;
    for (const QString &line : consumed.out) {
        const QJsonObject m = QJsonDocument::fromJson(line.toUtf8()).object();
        const auto at = qMakePair(m.value(QLatin1String("partition")).toInt(),
                                  qint64(m.value(QLatin1String("offset")).toDouble()));
        QVERIFY2(expected.contains(at), qPrintable(line));
        QCOMPARE(m.value(QLatin1String("value")).toString(), expected.value(at));
        QCOMPARE(m.value(QLatin1String("topic")).toString(), config.topic);
        // The JSON Lines format (MessageJson): the timestamp's type, text bytes as text.
        QCOMPARE(m.value(QLatin1String("timestampType")).toString(), QStringLiteral("CreateTime"));
        QVERIFY(!m.contains(QLatin1String("valueEncoding")));
        if (expected.value(at) == QLatin1String("single")) {
            QCOMPARE(m.value(QLatin1String("key")).toString(), QStringLiteral("k"));
            QCOMPARE(m.value(QLatin1String("headers")).toArray().size(), 2);
        } else {
            QVERIFY(m.value(QLatin1String("key")).isNull());
        }
        seen.insert(at);
    }
    QCOMPARE(seen.size(), 31);
    // Every printed message was acknowledged and committed: the group is at the end.
    const AdminClient::GroupOffsets offsets =
        AdminClient::committedOffsets(config, config.groupId, config.topic, 10000);
    qint64 committed = 0;
    for (qint64 position : offsets.committed)
        committed += position;
    QCOMPARE(committed, 31);
}

void TestHeadless::manualAcksCommitTheSafePositionAndTheRestComesBack()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("manual"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 10, 0).size(), 10);
    const QStringList arguments = QStringList{QStringLiteral("consume")} + brokerArgs(config)
                                  << QStringLiteral("--group") << config.groupId
                                  << QStringLiteral("--manual");

    QProcess first;
    first.start(Program, arguments);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).count('\n') >= 10, 60000);
    // Out of order: 5 waits for 2..4, so only 0 and 1 may be committed.
    first.write("ack 0:5\nack 0:0\nack 0:1\nquit\n");
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    const QString err = QString::fromUtf8(first.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("acked 0:5")), qPrintable(err));
    QCOMPARE(AdminClient::committedOffsets(config, config.groupId, config.topic, 10000)
                 .committed.value(0),
             2);

    QProcess second;
    second.start(Program, arguments);
    out.clear();
    QTRY_VERIFY_WITH_TIMEOUT((out += second.readAllStandardOutput()).count('\n') >= 8, 60000);
    second.write("quit\n");
    QVERIFY(second.waitForFinished(60000));
    out += second.readAllStandardOutput();
    const QStringList lines = linesOf(out);
    QCOMPARE(lines.size(), 8); // 2..9 again, 5 included: its ack was never committed
    for (int i = 0; i < 8; ++i)
        QCOMPARE(reportOf(lines.at(i)), qMakePair(0, qint64(i + 2)));
    QCOMPARE(AdminClient::committedOffsets(config, config.groupId, config.topic, 10000)
                 .committed.value(0),
             2);
}

void TestHeadless::sandboxServesSeparateProcesses()
{
    const quint16 port = freePort();
    QProcess sandbox;
    sandbox.start(Program,
                  {QStringLiteral("sandbox"), QStringLiteral("--port"), QString::number(port),
                   QStringLiteral("--partitions"), QStringLiteral("3")});
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += sandbox.readAllStandardOutput()).contains('\n'), 20000);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(banner.contains(address.toUtf8()), banner.constData());

    ConnectionConfig config;
    config.bootstrapServers = address;
    config.topic = QStringLiteral("test-topic");
    const Run sent = run(QStringList{QStringLiteral("send")} + brokerArgs(config)
                         << QStringLiteral("through the sandbox"));
    QCOMPARE(sent.exitCode, 0);
    const auto at = reportOf(sent.out.value(0));
    QVERIFY(at.first >= 0 && at.first < 3);
    const Run consumed = run(QStringList{QStringLiteral("consume")} + brokerArgs(config)
                             << QStringLiteral("--count") << QStringLiteral("1"));
    QCOMPARE(consumed.exitCode, 0);
    QCOMPARE(consumed.out.size(), 1);
    QCOMPARE(reportOf(consumed.out.first()), at);
    QVERIFY(consumed.out.first().endsWith(QLatin1String("value=through the sandbox")));

    sandbox.terminate(); // SIGTERM: a clean stop
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

void TestHeadless::versionNamesWhatItRunsOn_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Whether standard error stays empty: with a window's platform, Qt may say things there
    // (XDG_RUNTIME_DIR not set) that are not TopicDesk's.
    QTest::addColumn<bool>("quiet");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << true;
    // Qt's own window options send the command line through QApplication's parser.
    QTest::newRow("-platform offscreen --version")
        << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                       QStringLiteral("--version")}
        << false;
    QTest::newRow("send --version")
        << QStringList{QStringLiteral("send"), QStringLiteral("--version")} << true;
}

// TopicDesk's version, and the Qt and librdkafka it runs on (the test process loads the same
// libraries), as plain text.
void TestHeadless::versionNamesWhatItRunsOn()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, quiet);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    if (quiet)
        QCOMPARE(result.err, QStringList());
    QCOMPARE(result.out,
             (QStringList{QStringLiteral("TopicDesk " TOPICDESK_EXPECTED_VERSION),
                          QStringLiteral("Qt %1 (built with %2)")
                              .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)),
                          QStringLiteral("librdkafka ") + QLatin1String(rd_kafka_version_str())}));
}

void TestHeadless::badInputGetsOneClearLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString brokers = TestCluster::brokers();
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("send"), QStringLiteral("--bogus")}
                                  << 2 << "Unknown option";
    QTest::newRow("bad acks") << QStringList{QStringLiteral("send"),
                                             QStringLiteral("--brokers"),
                                             brokers,
                                             QStringLiteral("--topic"),
                                             QStringLiteral("t"),
                                             QStringLiteral("--acks"),
                                             QStringLiteral("2"),
                                             QStringLiteral("x")}
                              << 2 << "--acks must be 0, 1 or all";
    QTest::newRow("bad topic name")
        << QStringList{QStringLiteral("consume"), QStringLiteral("--brokers"), brokers,
                       QStringLiteral("--topic"), QStringLiteral("a b")}
        << 2 << "may only contain";
    QTest::newRow("no brokers") << QStringList{QStringLiteral("send"), QStringLiteral("--topic"),
                                               QStringLiteral("t"), QStringLiteral("x")}
                                << 2 << "No brokers";
    QTest::newRow("unknown topic, send") << QStringList{QStringLiteral("send"),
                                                        QStringLiteral("--brokers"),
                                                        brokers,
                                                        QStringLiteral("--topic"),
                                                        QStringLiteral("does-not-exist-at-all"),
                                                        QStringLiteral("x")}
                                         << 1 << "does not exist";
    QTest::newRow("unknown topic, consume")
        << QStringList{QStringLiteral("consume"), QStringLiteral("--brokers"), brokers,
                       QStringLiteral("--topic"), QStringLiteral("does-not-exist-at-all")}
        << 1 << "does not exist";
    QTest::newRow("unreachable broker")
        << QStringList{QStringLiteral("consume"), QStringLiteral("--brokers"),
                       QStringLiteral("127.0.0.1:1"), QStringLiteral("--topic"),
                       QStringLiteral("t")}
        << 1 << "Could not reach 127.0.0.1:1";
}

void TestHeadless::badInputGetsOneClearLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("KAFKA_BROKERS"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(Program, arguments);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), exitCode);
    const QStringList err = linesOf(process.readAllStandardError());
    QCOMPARE(err.size(), 1);
    QVERIFY2(err.first().startsWith(QLatin1String("topicdesk: ")) && err.first().contains(message),
             qPrintable(err.first()));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
