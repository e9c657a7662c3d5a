// `topicdesk consume` stopped by SIGINT or SIGTERM at several moments, as a separate process
// against a real Kafka broker: it never crashes, and the group's committed position (read
// back by an admin client, as another tool sees it) is exactly what was acknowledged: in
// manual mode the safe position (up to the lowest offset not acknowledged), in plain mode
// one past every message printed.
#include "testcluster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);

QStringList linesOf(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList consumeArguments(const ConnectionConfig &config)
{
    return {QStringLiteral("consume"),
            QStringLiteral("--brokers"),
            config.bootstrapServers,
            QStringLiteral("--topic"),
            config.topic,
            QStringLiteral("--group"),
            config.groupId};
}

// The process is stopped (state T in /proc/PID/stat).
bool isStopped(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
}

QByteArray acks(qint64 from, qint64 to)
{
    QByteArray lines;
    for (qint64 offset = from; offset <= to; ++offset)
        lines += "ack 0:" + QByteArray::number(offset) + '\n';
    return lines;
}
} // namespace

class TestConsumeShutdown final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void manual_data();
    void manual();
    void plainCommitsWhatItPrinted_data();
    void plainCommitsWhatItPrinted();
    void countCommitsExactlyWhatItPrinted();
    void signalStopsAFloodOfAcks();
};

void TestConsumeShutdown::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
}

void TestConsumeShutdown::manual_data()
{
    QTest::addColumn<int>("signal");
    // Typed, and confirmed committed, before the moment of the signal.
    QTest::addColumn<QByteArray>("before");
    // Typed right before the signal, with no wait: still in the pipe, or on its way.
    QTest::addColumn<QByteArray>("justBefore");
    QTest::addColumn<qint64>("committed");
    for (int signal : {SIGINT, SIGTERM}) {
        const char *name = signal == SIGINT ? "SIGINT" : "SIGTERM";
        QTest::addRow("%s after confirmed acks", name)
            << signal << acks(0, 2) << QByteArray() << qint64(3);
        QTest::addRow("%s with an ack typed just before", name)
            << signal << acks(0, 1) << QByteArray("ack 0:2\nack 0:4\n") << qint64(3);
        QTest::addRow("%s with 50 commits in flight", name)
            << signal << QByteArray() << acks(0, 49) << qint64(50);
        QTest::addRow("%s with only later offsets acked", name)
            << signal << QByteArray() << QByteArray("ack 0:7\nack 0:3\n") << qint64(0);
    }
}

void TestConsumeShutdown::manual()
{
    QFETCH(int, signal);
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, justBefore);
    QFETCH(qint64, committed);
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("sigman"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 60, 0).size(), 60);

    QProcess process;
    process.start(Program, consumeArguments(config) << QStringLiteral("--manual"));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 60, 60000);
    QByteArray err;
    if (!before.isEmpty()) {
        process.write(before);
        const QByteArray confirmed =
            "committed partition 0 at offset " + QByteArray::number(before.count('\n')) + '\n';
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(confirmed),
                                 30000);
    }
    const pid_t pid = pid_t(process.processId());
    if (!justBefore.isEmpty()) {
        // The process is busy (stopped) while the acks are typed and the signal comes: when
        // it goes on, both are waiting at once, and the acks must still be taken first.
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QTRY_VERIFY(isStopped(pid));
        process.write(justBefore);
        QVERIFY(process.waitForBytesWritten(10000));
    }
    QCOMPARE(::kill(pid, signal), 0);
    if (!justBefore.isEmpty())
        QCOMPARE(::kill(pid, SIGCONT), 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    err += process.readAllStandardError();
    // Every ack typed was taken, the ones just before the signal included.
    for (const QByteArray &line : justBefore.split('\n')) {
        if (!line.isEmpty())
            QVERIFY2(err.contains("acked " + line.mid(4) + '\n'), err.constData());
    }
    QVERIFY2(!err.contains("topicdesk:"), err.constData());
    QCOMPARE(TestCluster::committed(config).value(0, -1), committed);
}

void TestConsumeShutdown::plainCommitsWhatItPrinted_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("afterLines"); // printed before the signal goes
    QTest::newRow("SIGINT mid-flow") << SIGINT << 1;
    QTest::newRow("SIGTERM mid-flow") << SIGTERM << 1;
    QTest::newRow("SIGINT when all is printed") << SIGINT << 3000;
    QTest::newRow("SIGTERM when all is printed") << SIGTERM << 3000;
}

// Plain mode acknowledges each message once printed: whenever the signal comes, the group
// is committed one past the last printed offset of each partition, no more, no less.
void TestConsumeShutdown::plainCommitsWhatItPrinted()
{
    QFETCH(int, signal);
    QFETCH(int, afterLines);
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("sigplain"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 3000).size(), 3000);

    QProcess process;
    process.start(Program, consumeArguments(config));
    process.closeWriteChannel();
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= afterLines,
                             60000);
    QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    out += process.readAllStandardOutput();
    static const QRegularExpression pattern(QStringLiteral(R"(^partition=(\d+) offset=(\d+) )"));
    QHash<qint32, qint64> printed; // one past the last printed offset
    for (const QString &line : linesOf(out)) {
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const qint32 partition = match.captured(1).toInt();
        const qint64 offset = match.captured(2).toLongLong();
        // In order per partition, none skipped: the next is one past the last.
        QCOMPARE(offset, printed.value(partition, 0));
        printed[partition] = offset + 1;
    }
    QCOMPARE(TestCluster::committed(config), printed);
}

void TestConsumeShutdown::countCommitsExactlyWhatItPrinted()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("count"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 20, 0).size(), 20);
    QProcess process;
    process.start(Program, consumeArguments(config)
                               << QStringLiteral("--count") << QStringLiteral("7"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList out = linesOf(process.readAllStandardOutput());
    QCOMPARE(out.size(), 7);
    QVERIFY2(out.last().startsWith(QLatin1String("partition=0 offset=6 ")), qPrintable(out.last()));
    QCOMPARE(TestCluster::committed(config).value(0, -1), 7);
}

// Acks pouring in without end (a script in a loop) neither hold up the signal nor pile up.
void TestConsumeShutdown::signalStopsAFloodOfAcks()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("flood"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QProcess process;
    process.start(Program, consumeArguments(config) << QStringLiteral("--manual"));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') >= 3, 60000);
    QByteArray flood;
    for (int i = 0; i < 200000; ++i)
        flood += "ack 0:0\nack 0:2\n";
    process.write(flood); // 3.2 MB, more than the pipe holds: it streams in
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("acked 0:2\n"),
                             30000);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(TestCluster::committed(config).value(0, -1), 1); // 1 is never acknowledged
}

QTEST_GUILESS_MAIN(TestConsumeShutdown)
#include "tst_consumeshutdown.moc"
