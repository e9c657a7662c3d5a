// Hostile files, as a person edits or damages them: bulk import files (malformed JSON Lines,
// bytes that are not UTF-8, NUL, an empty file, a huge line, partitions at and past every range
// edge) and hand-edited settings files (numbers out of range or overflowing, wrong types, a
// missing key, an unknown security protocol). Each either loads exactly or is refused with a
// plain message naming the line or the value; nothing crashes, and no damaged number silently
// turns into another valid one. Part of issue 9's hostile-input table.
#include "messagefilereader.h"
#include "profilestore.h"
#include "templatestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestHostileFiles final : public QObject
{
    Q_OBJECT
private slots:
    void bulkImport_data();
    void bulkImport();
    void bulkImportFromDisk();
    void profileFile_data();
    void profileFile();
    void templateWithDamagedHeaderCount();
};

void TestHostileFiles::bulkImport_data()
{
    QTest::addColumn<QByteArray>("content");
    // Empty: accepted, with the values below. Otherwise a part of the expected message.
    QTest::addColumn<QString>("error");
    QTest::addColumn<QList<QByteArray>>("values");
    QTest::addColumn<QList<int>>("partitions");

    const QByteArray huge(3 * 1024 * 1024, 'h');
    QTest::newRow("malformed JSON on line 3")
        << QByteArray(
               "{\"value\": \"a\"}\n{\"value\": \"b\"}\n{\"value\": \"c\"\n{\"value\": \"d\"}\n")
        << QStringLiteral("Line 3 is not a JSON object") << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("a JSON array on line 2")
        << QByteArray("{\"value\": \"a\"}\n[1, 2]\n")
        << QStringLiteral("Line 2 is not a JSON object: it is a JSON array") << QList<QByteArray>{}
        << QList<int>{};
    QTest::newRow("bytes that are not UTF-8 in JSON Lines, line 2")
        << QByteArray("{\"value\": \"ok\"}\n{\"value\": \"caf\xe9\xff\xfe\"}\n")
        << QStringLiteral("Line 2 is not a JSON object") << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("bytes that are not UTF-8 in plain lines stay bytes")
        << QByteArray("caf\xe9\xff\xfe end\nsecond\n") << QString()
        << QList<QByteArray>{QByteArray("caf\xe9\xff\xfe end"), QByteArray("second")}
        << QList<int>{-1, -1};
    QTest::newRow("NUL bytes in plain lines stay bytes")
        << QByteArray("a\0b\0\n\0\n", 7) << QString()
        << QList<QByteArray>{QByteArray("a\0b\0", 4), QByteArray("\0", 1)} << QList<int>{-1, -1};
    QTest::newRow("an empty file")
        << QByteArray() << QStringLiteral("no messages") << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("only line breaks") << QByteArray("\n\r\n\n") << QStringLiteral("no messages")
                                      << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("a 3 MB line between two short ones")
        << QByteArray("first\n" + huge + "\nlast\n") << QString()
        << QList<QByteArray>{QByteArray("first"), huge, QByteArray("last")}
        << QList<int>{-1, -1, -1};
    QTest::newRow("CRLF line ends are not part of the value")
        << QByteArray("one\r\ntwo\r\n") << QString()
        << QList<QByteArray>{QByteArray("one"), QByteArray("two")} << QList<int>{-1, -1};
    QTest::newRow("partition 0, the lowest")
        << QByteArray("{\"value\": \"v\", \"partition\": 0}\n") << QString()
        << QList<QByteArray>{QByteArray("v")} << QList<int>{0};
    QTest::newRow("partition 2147483647, the highest")
        << QByteArray("{\"value\": \"v\", \"partition\": 2147483647}\n") << QString()
        << QList<QByteArray>{QByteArray("v")} << QList<int>{2147483647};
    QTest::newRow("partition 2147483648, one past the highest")
        << QByteArray("{\"value\": \"v\"}\n{\"value\": \"v\", \"partition\": 2147483648}\n")
        << QStringLiteral("Line 2: \"partition\" must be a whole number, 0 or more.")
        << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("partition 4294967296 (would wrap to 0)")
        << QByteArray("{\"value\": \"v\", \"partition\": 4294967296}\n")
        << QStringLiteral("Line 1: \"partition\" must be a whole number") << QList<QByteArray>{}
        << QList<int>{};
    QTest::newRow("partition 99999999999999999999 (overflows 64 bits)")
        << QByteArray("{\"value\": \"v\", \"partition\": 99999999999999999999}\n")
        << QStringLiteral("Line 1: \"partition\" must be a whole number") << QList<QByteArray>{}
        << QList<int>{};
    QTest::newRow("partition -1") << QByteArray("{\"value\": \"v\", \"partition\": -1}\n")
                                  << QStringLiteral("Line 1: \"partition\" must be a whole number")
                                  << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("partition 1.5") << QByteArray("{\"value\": \"v\", \"partition\": 1.5}\n")
                                   << QStringLiteral("Line 1: \"partition\" must be a whole number")
                                   << QList<QByteArray>{} << QList<int>{};
    QTest::newRow("partition as a string")
        << QByteArray("{\"value\": \"v\", \"partition\": \"3\"}\n")
        << QStringLiteral("Line 1: \"partition\" must be a whole number") << QList<QByteArray>{}
        << QList<int>{};
    QTest::newRow("headers of the wrong type on line 2")
        << QByteArray("{\"value\": \"a\"}\n{\"value\": \"b\", \"headers\": 5}\n")
        << QStringLiteral("Line 2: \"headers\" must be an object or a list of pairs.")
        << QList<QByteArray>{} << QList<int>{};
}

void TestHostileFiles::bulkImport()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QFETCH(QList<QByteArray>, values);
    QFETCH(QList<int>, partitions);
    const MessageFileReader::Result result = MessageFileReader::parse(content, QStringLiteral("t"));
    if (!error.isEmpty()) {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.requests.isEmpty()); // nothing half-sent
        return;
    }
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.requests.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(result.requests.at(i).value, values.at(i));
        QCOMPARE(result.requests.at(i).partition, partitions.at(i));
        QCOMPARE(result.requests.at(i).topic, QStringLiteral("t"));
    }
}

void TestHostileFiles::bulkImportFromDisk()
{
    QTemporaryDir dir;
    // A file that is not there, and a directory where a file was expected.
    const MessageFileReader::Result missing =
        MessageFileReader::read(dir.filePath(QStringLiteral("nope.jsonl")), QStringLiteral("t"));
    QVERIFY2(missing.error.startsWith(QStringLiteral("Cannot read ")), qPrintable(missing.error));
    const MessageFileReader::Result directory =
        MessageFileReader::read(dir.path(), QStringLiteral("t"));
    QVERIFY2(!directory.error.isEmpty(), "a directory read as a file of messages");
    QVERIFY(directory.requests.isEmpty());
}

void TestHostileFiles::profileFile_data()
{
    QTest::addColumn<QByteArray>("entries"); // the profile "p" in an INI file, as edited by hand
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<int>("properties");
    QTest::addColumn<QString>("warning"); // empty: none expected

    const QByteArray base = "p\\bootstrapServers=kafka:9092\n";
    const auto sec = [](int s) { return s; };
    QTest::newRow("security by name") << base + "p\\security=SASL_SSL\n"
                                      << sec(3) << 0 << 0 << QString();
    QTest::newRow("security by number (older files)") << base + "p\\security=2\n"
                                                      << sec(2) << 0 << 0 << QString();
    QTest::newRow("security 4, one past the last")
        << base + "p\\security=4\n"
        << sec(0) << 0 << 0
        << QStringLiteral("the security protocol \"4\" is not one of PLAINTEXT, SSL, "
                          "SASL_PLAINTEXT, SASL_SSL: PLAINTEXT is used.");
    QTest::newRow("security -1") << base + "p\\security=-1\n"
                                 << sec(0) << 0 << 0 << QStringLiteral("\"-1\" is not one of");
    QTest::newRow("security 4294967298 (wraps to 2 in 32 bits)")
        << base + "p\\security=4294967298\n"
        << sec(0) << 0 << 0 << QStringLiteral("\"4294967298\" is not one of");
    QTest::newRow("security 99999999999999999999 (overflows to 0 unchecked)")
        << base + "p\\security=99999999999999999999\n"
        << sec(0) << 0 << 0 << QStringLiteral("\"99999999999999999999\" is not one of");
    QTest::newRow("security as a list (wrong type)")
        << base + "p\\security=1, 2\n"
        << sec(0) << 0 << 0 << QStringLiteral("is not one of");
    QTest::newRow("security an unknown protocol")
        << base + "p\\security=KERBEROS\n"
        << sec(0) << 0 << 0 << QStringLiteral("\"KERBEROS\" is not one of");
    QTest::newRow("security missing")
        << base << sec(0) << 0 << 0 << QStringLiteral("has no security protocol");
    QTest::newRow("SASL mechanism by name")
        << base + "p\\security=SASL_PLAINTEXT\np\\saslMechanism=SCRAM-SHA-512\n"
        << sec(2) << 2 << 0 << QString();
    QTest::newRow("SASL mechanism 3, one past the last")
        << base + "p\\security=SASL_PLAINTEXT\np\\saslMechanism=3\n"
        << sec(2) << 0 << 0 << QStringLiteral("the SASL mechanism \"3\" is not one of PLAIN");
    QTest::newRow("properties: a size of a billion")
        << base + "p\\security=0\np\\properties\\size=1000000000\n"
        << sec(0) << 0 << 0
        << QStringLiteral("the number of advanced properties (\"1000000000\") is not between 0 "
                          "and 1000");
    QTest::newRow("properties: a negative size")
        << base + "p\\security=0\np\\properties\\size=-3\n"
        << sec(0) << 0 << 0 << QStringLiteral("(\"-3\") is not between 0 and 1000");
    QTest::newRow("properties: two, one without a name")
        << base + "p\\security=0\np\\properties\\1\\name=linger.ms\np\\properties\\1\\value=5\n"
                  "p\\properties\\2\\value=orphan\np\\properties\\size=2\n"
        << sec(0) << 0 << 1 << QString();
}

void TestHostileFiles::profileFile()
{
    QFETCH(QByteArray, entries);
    QFETCH(int, security);
    QFETCH(int, mechanism);
    QFETCH(int, properties);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\n" + entries);
    }
    ProfileStore store(path);
    QCOMPARE(store.names(), QStringList{QStringLiteral("p")});
    QStringList warnings;
    QElapsedTimer clock;
    clock.start();
    const std::optional<ConnectionConfig> config = store.load(QStringLiteral("p"), &warnings);
    QVERIFY2(clock.elapsed() < 1000, "a damaged count made loading crawl");
    QVERIFY(config);
    QCOMPARE(config->bootstrapServers, QStringLiteral("kafka:9092"));
    QCOMPARE(int(config->security), security);
    QCOMPARE(int(config->saslMechanism), mechanism);
    QCOMPARE(config->properties.size(), properties);
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
        QVERIFY(warnings.first().startsWith(QStringLiteral("Profile \"p\"")));
    }
    // Saved again, it reads back without a warning: the safe default is what is kept.
    store.save(QStringLiteral("p"), *config);
    warnings.clear();
    const std::optional<ConnectionConfig> again = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(again && warnings.isEmpty());
    QCOMPARE(int(again->security), security);
}

void TestHostileFiles::templateWithDamagedHeaderCount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[templates]\nt\\keyIsNull=false\nt\\key=k\nt\\value=v\n"
                   "t\\headers\\size=4294967296\n");
    }
    TemplateStore store(path);
    QElapsedTimer clock;
    clock.start();
    const std::optional<ProduceRequest> request = store.load(QStringLiteral("t"));
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(request);
    QCOMPARE(request->key, std::optional<QByteArray>("k"));
    QCOMPARE(request->value, QByteArray("v"));
    QVERIFY(request->headers.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
