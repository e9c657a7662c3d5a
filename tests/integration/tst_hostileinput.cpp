// The headless commands fed as a hostile user (or a broken script) would, as processes against
// a real Kafka broker: numbers at and past every range edge, bytes that are not UTF-8 and NUL
// bytes wherever bytes go, a line too large in the middle of standard input, illegal topic
// names, an unreachable address and one where a web server answers. Each case has its plain
// message and exit status; what is accepted is read back from the topic byte for byte.
// Then `send -` stopped by SIGINT and SIGTERM at several moments: never a crash, and every
// line read is accounted for: as many delivered as printed, and exactly those in the topic.
#include "consumerharness.h"
#include "testcluster.h"
#include "topicdeskprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);

using Run = TopicDeskProcess::Result;

// Runs topicdesk with arguments that may hold any bytes but NUL: each goes through a file and
// the shell ("$(cat FILE)"), since QProcess passes arguments as text.
Run runRaw(const QList<QByteArray> &arguments, const QByteArray &input,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QTemporaryDir dir;
    QString script = QStringLiteral("exec \"$0\"");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QFile file(dir.filePath(QString::number(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(arguments.at(i)) < 0)
            return {};
        script += QStringLiteral(" \"$(cat '%1')\"").arg(file.fileName());
    }
    return TopicDeskProcess::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, Program},
                                 input, 60000, environment);
}

QByteArray repeat(char c, qsizetype n)
{
    return QByteArray(n, c);
}
} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void table_data();
    void table();
    void stopBySignal_data();
    void stopBySignal();

    void cleanupTestCase();

private:
    // Answers like a web server (not Kafka), on a thread of its own: the test's thread waits
    // for the process.
    QThread m_webThread;
    QTcpServer *m_web = nullptr;
    quint16 m_webPort = 0;
};

void TestHostileInput::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
    m_web = new QTcpServer;
    m_web->moveToThread(&m_webThread);
    connect(&m_webThread, &QThread::finished, m_web, &QObject::deleteLater);
    m_webThread.start();
    QMetaObject::invokeMethod(
        m_web,
        [this] {
            QTcpServer *web = m_web;
            connect(web, &QTcpServer::newConnection, web, [web] {
                while (QTcpSocket *socket = web->nextPendingConnection()) {
                    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                        socket->readAll();
                        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                        socket->disconnectFromHost();
                    });
                    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
            if (web->listen(QHostAddress::LocalHost))
                m_webPort = web->serverPort();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(m_webPort > 0);
}

void TestHostileInput::cleanupTestCase()
{
    m_webThread.quit();
    m_webThread.wait();
}

// In arguments, @B is the broker's address and @T a new topic of one partition.
void TestHostileInput::table_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");          // in standard error ("" : none expected)
    QTest::addColumn<QList<QByteArray>>("values"); // read back, in order
    QTest::addColumn<QByteArray>("key");           // of every record read back; "-": no key
    QTest::addColumn<QByteArray>("header");        // NAME=VALUE of the first record, if given

    using L = QList<QByteArray>;
    const L send{"send", "--brokers", "@B", "--topic", "@T"};
    const auto bad = [&](const char *name, const L &arguments, const QString &message) {
        QTest::newRow(name) << arguments << QByteArray() << 2 << message << L{} << QByteArray("-")
                            << QByteArray();
    };
    const auto sent = [&](const char *name, const L &arguments, const QByteArray &input,
                          const L &values, const QByteArray &key = "-",
                          const QByteArray &header = {}) {
        QTest::newRow(name) << arguments << input << 0 << QString() << values << key << header;
    };
    const QString range = QStringLiteral("expects a whole number from %1 to %2, not \"%3\"");

    // Numbers at every edge: refused with the range, never wrapped or cut.
    for (const char *p :
         {"-1", "2147483648", "4294967296", "99999999999999999999", "abc", "", "1.5", "0x10"}) {
        bad(qPrintable(QStringLiteral("send --partition %1").arg(QLatin1String(p))),
            L(send) << "--partition" << p << "v", range.arg(0).arg(2147483647).arg(p));
    }
    sent("send --partition 0 (the first and last)",
         L(send) << "--partition"
                 << "0"
                 << "v",
         {}, {"v"});
    QTest::newRow("send --partition 1 of a one-partition topic")
        << (L(send) << "--partition"
                    << "1"
                    << "v")
        << QByteArray() << 1 << QStringLiteral("Partition 1 does not exist: topic") << L{}
        << QByteArray("-") << QByteArray();
    bad("send --acks 2",
        L(send) << "--acks"
                << "2"
                << "v",
        QStringLiteral("--acks must be"));
    for (const char *n : {"0", "1001", "2000000000", "-5", "many"}) {
        bad(qPrintable(QStringLiteral("sandbox --partitions %1").arg(QLatin1String(n))),
            L{"sandbox", "--partitions", n}, range.arg(1).arg(1000).arg(n));
    }
    for (const char *n : {"0", "65536", "-1"}) {
        bad(qPrintable(QStringLiteral("sandbox --port %1").arg(QLatin1String(n))),
            L{"sandbox", "--port", n}, range.arg(1).arg(65535).arg(n));
    }
    for (const char *n : {"0", "-1", "9223372036854775808", "ten"}) {
        bad(qPrintable(QStringLiteral("consume --count %1").arg(QLatin1String(n))),
            L{"consume", "--brokers", "@B", "--topic", "@T", "--count", n},
            QStringLiteral("--count expects a whole number of at least 1"));
    }
    for (const char *f : {"99999999999999999999", "@-1", "@soon", "-5"}) {
        bad(qPrintable(QStringLiteral("consume --from %1").arg(QLatin1String(f))),
            L{"consume", "--brokers", "@B", "--topic", "@T", "--from", f},
            QStringLiteral("--from must be earliest, latest, an offset or @EPOCH_MS"));
    }

    // Bytes are bytes, wherever they go.
    const QByteArray notUtf8("caf\xe9\xff\xfe end"); // 10 bytes
    sent("stdin: bytes that are not UTF-8", L(send) << "-", notUtf8 + '\n', {notUtf8});
    sent("stdin: NUL bytes in a line", L(send) << "-", QByteArray("a\0b\0\0c\n", 7),
         {QByteArray("a\0b\0\0c", 6)});
    sent("argument: message not UTF-8", L(send) << notUtf8, {}, {notUtf8});
    sent("argument: --key not UTF-8",
         L(send) << "--key"
                 << "k\xff\xfe"
                 << "v",
         {}, {"v"}, "k\xff\xfe");
    sent("argument: --key=VALUE not UTF-8",
         L(send) << "--key=\xe9t\xe9"
                 << "v",
         {}, {"v"}, "\xe9t\xe9");
    sent("argument: --header value not UTF-8",
         L(send) << "--header"
                 << "h=\xfe\x01\x7f"
                 << "v",
         {}, {"v"}, "-", "h=\xfe\x01\x7f");
    sent("argument: --header name not UTF-8",
         L(send) << "--header"
                 << "\xff=x"
                 << "v",
         {}, {"v"}, "-", "\xff=x");
    sent("argument: UTF-8 beyond ASCII",
         L(send) << "--key"
                 << "clé"
                 << "日本 🙂",
         {}, {"日本 🙂"}, "clé");
    sent("argument: an empty key is not a null key",
         L(send) << "--key"
                 << ""
                 << "v",
         {}, {"v"}, "");
    sent("stdin: CRLF line ends", L(send) << "-", "one\r\ntwo\r\n", {"one", "two"});
    sent("stdin: an empty line is an empty message", L(send) << "-", "a\n\nb\n", {"a", "", "b"});
    sent("stdin: the last line without a newline", L(send) << "-", "a\nb", {"a", "b"});
    sent("stdin: nothing at all", L(send) << "-", {}, {});
    sent("stdin: a line of 900,000 bytes (under message.max.bytes)", L(send) << "-",
         repeat('x', 900000) + '\n', {repeat('x', 900000)});
    QTest::newRow("stdin: a 2 MB line between two others")
        << (L(send) << "-") << QByteArray("before\n" + repeat('a', 2 * 1024 * 1024) + "\nafter\n")
        << 1 << QStringLiteral("line 2 was not sent: it is 2097152 bytes") << L{"before", "after"}
        << QByteArray("-") << QByteArray();
    // One argument holds at most 128 KiB (Linux's MAX_ARG_STRLEN).
    sent("argument: a message of 120,000 bytes", L(send) << repeat('m', 120000), {},
         {repeat('m', 120000)});

    // Topics and addresses.
    QTest::newRow("a topic that does not exist")
        << L{"send", "--brokers", "@B", "--topic", "no-such-topic-here", "v"} << QByteArray() << 1
        << QStringLiteral("Topic \"no-such-topic-here\" does not exist") << L{} << QByteArray("-")
        << QByteArray();
    bad("an illegal topic name", L{"send", "--brokers", "@B", "--topic", "bad topic!", "v"},
        QStringLiteral("topic"));
    bad("a topic name of 250 characters",
        L{"send", "--brokers", "@B", "--topic", repeat('t', 250), "v"}, QStringLiteral("topic"));
    bad("a topic name that is not UTF-8", L{"send", "--brokers", "@B", "--topic", "t\xff", "v"},
        QStringLiteral("topic"));
    QTest::newRow("a web server, not Kafka")
        << L{"send", "--brokers", "@W", "--topic", "t", "v"} << QByteArray() << 1
        << QStringLiteral("is not a Kafka broker: a web server (HTTP) answered there") << L{}
        << QByteArray("-") << QByteArray();
    QTest::newRow("nothing listens")
        << L{"send", "--brokers", "127.0.0.1:1", "--topic", "t", "v"} << QByteArray() << 1
        << QStringLiteral("Could not reach 127.0.0.1:1") << L{} << QByteArray("-") << QByteArray();

    // The command line itself, with no display.
    bad("an unknown command", L{"frobnicate"}, QStringLiteral("Unknown command \"frobnicate\""));
    bad("an unknown flag",
        L(send) << "--bogus"
                << "v",
        QStringLiteral("bogus"));
    bad("two messages",
        L(send) << "a"
                << "b",
        QStringLiteral("Give one message"));
}

void TestHostileInput::table()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QList<QByteArray>, values);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, header);

    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("hostile"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (QByteArray &a : arguments) {
        if (a == "@B")
            a = config.bootstrapServers.toUtf8();
        else if (a == "@T")
            a = config.topic.toUtf8();
        else if (a == "@W")
            a = QByteArray("127.0.0.1:") + QByteArray::number(m_webPort);
    }
    // No display: none of these may need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = runRaw(arguments, input, environment);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1 (expected %2): %3")
                                                      .arg(run.exitCode)
                                                      .arg(exitCode)
                                                      .arg(err.left(500))));
    if (message.isEmpty())
        QVERIFY2(run.err.isEmpty(), qPrintable(err.left(500)));
    else
        QVERIFY2(err.contains(message), qPrintable(err.left(500)));
    // Whatever went wrong, it is one or two plain lines, not a dump.
    QVERIFY2(run.err.count('\n') <= 2, qPrintable(err.left(500)));

    // Each line sent is reported with its line number and offset, in input order.
    const QList<QByteArray> reports = run.out.split('\n');
    QCOMPARE(run.out.count('\n'), values.size());
    if (values.isEmpty())
        return;
    ConnectionConfig readerConfig = config;
    readerConfig.groupId = TestCluster::uniqueName(QStringLiteral("reader"));
    ConsumerHarness reader(readerConfig);
    reader.start();
    QVERIFY(reader.waitForMessages(int(values.size()), 30000));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const KafkaMessage &m = reader.messages.at(i);
        QVERIFY2(m.value == values.at(i),
                 qPrintable(QStringLiteral("record %1: %2 bytes").arg(i).arg(m.value.size())));
        QVERIFY2(reports.at(i).contains(" offset=" + QByteArray::number(m.offset)),
                 reports.at(i).constData());
        if (key == "-")
            QVERIFY(m.keyIsNull);
        else
            QCOMPARE(m.key, key);
    }
    if (!header.isEmpty()) {
        const KafkaMessage &m = reader.messages.first();
        QCOMPARE(m.headers.size(), 1);
        const qsizetype equals = header.indexOf('=');
        QCOMPARE(m.headers.first().name, header.left(equals));
        QCOMPARE(m.headers.first().value, header.mid(equals + 1));
    }
}

void TestHostileInput::stopBySignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("afterReports"); // stop once this many lines were reported
    QTest::newRow("SIGINT after the first report") << int(SIGINT) << 1;
    QTest::newRow("SIGINT in full flow") << int(SIGINT) << 20000;
    QTest::newRow("SIGTERM after the first report") << int(SIGTERM) << 1;
    QTest::newRow("SIGTERM in full flow") << int(SIGTERM) << 20000;
}

// `send -` of 200,000 lines, stopped by a signal: it exits 128 + the signal, with a summary
// whose numbers add up to the lines it read; the topic holds exactly the lines printed as
// delivered, each at the offset printed.
void TestHostileInput::stopBySignal()
{
    QFETCH(int, signal);
    QFETCH(int, afterReports);
    constexpr int Lines = 200000;
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("stop"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray input;
    for (int i = 1; i <= Lines; ++i)
        input += "line " + QByteArray::number(i) + '\n';

    QProcess process;
    QByteArray out;
    qsizetype reported = 0;
    bool signalled = false;
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        out += process.readAllStandardOutput();
        reported = out.count('\n');
        if (!signalled && reported >= afterReports) {
            signalled = true;
            ::kill(pid_t(process.processId()), signal);
        }
    });
    process.start(Program,
                  {QStringLiteral("send"), QStringLiteral("--brokers"), config.bootstrapServers,
                   QStringLiteral("--topic"), config.topic, QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    // Written as it is taken: the command reads while it sends.
    process.write(input);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(signalled, "the command finished before the signal");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 128 + signal, qPrintable(err));

    static const QRegularExpression summary(
        QStringLiteral(R"(stopped after ([\d,]+) lines?: ([\d,]+) delivered, ([\d,]+) failed, )"
                       R"(([\d,]+) not sent\.)"));
    const QRegularExpressionMatch match = summary.match(err);
    QVERIFY2(match.hasMatch(), qPrintable(err));
    const auto number = [&](int i) {
        return match.captured(i).remove(QLatin1Char(',')).toLongLong();
    };
    const qint64 read = number(1);
    const qint64 delivered = number(2);
    QCOMPARE(number(3), 0); // a healthy broker fails nothing
    QCOMPARE(delivered + number(3) + number(4), read);
    QVERIFY(read <= Lines);
    QVERIFY(delivered >= afterReports);

    // Exactly the printed lines are in the topic, in order, at their printed offsets.
    const QList<QByteArray> printed = out.split('\n');
    QCOMPARE(out.count('\n'), delivered);
    ConnectionConfig readerConfig = config;
    readerConfig.groupId = TestCluster::uniqueName(QStringLiteral("reader"));
    ConsumerHarness reader(readerConfig);
    reader.start();
    QVERIFY(reader.waitForMessages(int(delivered), 60000));
    for (qint64 i = 0; i < delivered; i += std::max<qint64>(1, delivered / 500)) {
        const KafkaMessage &m = reader.messages.at(i);
        QCOMPARE(m.value, "line " + QByteArray::number(i + 1));
        QCOMPARE(printed.at(i), "topic=" + config.topic.toUtf8() +
                                    " partition=0 offset=" + QByteArray::number(m.offset) +
                                    " line=" + QByteArray::number(i + 1));
    }
    // Nothing more: a record sent now lands right after the delivered ones.
    const QList<DeliveryReport> sentinel = TestCluster::produce(config, 1, 0);
    QCOMPARE(sentinel.size(), 1);
    QCOMPARE(sentinel.first().offset, delivered);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
