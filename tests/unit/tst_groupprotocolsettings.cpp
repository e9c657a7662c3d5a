// The consumer group protocol setting (classic, or Kafka 4's consumer protocol, KIP-848) on both
// systems: where the library has it (librdkafka 2.4 or later, Debian 13) and where it does not
// (2.0.2, Debian 12, where choosing it is refused naming the versions). Names, conflicts with
// classic-only properties, what the Sandbox adds, profiles (damaged values included) and
// `topicdesk consume --group-protocol`.
#include "connectionconfig.h"
#include "headlessarguments.h"
#include "libraryfeatures.h"
#include "profilestore.h"
#include "rawargument.h"
#include "sandboxbroker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka.h>

namespace {
using Protocol = ConnectionConfig::GroupProtocol;

ConnectionConfig consumerConfig(Protocol protocol)
{
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("127.0.0.1:9092");
    config.topic = QStringLiteral("orders");
    config.groupId = QStringLiteral("team");
    config.groupProtocol = protocol;
    return config;
}

HeadlessArguments parse(const QStringList &arguments)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("KAFKA_BROKERS"), QStringLiteral("127.0.0.1:9092"));
    environment.insert(QStringLiteral("KAFKA_TOPIC"), QStringLiteral("orders"));
    return HeadlessArguments::parse(QStringList{QStringLiteral("topicdesk")} + arguments,
                                    environment);
}
} // namespace

class TestGroupProtocolSettings final : public QObject
{
    Q_OBJECT
private slots:
    void availabilityFollowsTheLibrary();
    void names_data();
    void names();
    void unavailableIsRefused();
    void classicOnlyPropertiesConflict_data();
    void classicOnlyPropertiesConflict();
    void groupProtocolPropertyMustAgree();
    void sandboxTuning();
    void profileRoundTrip();
    void damagedProfile_data();
    void damagedProfile();
    void headless_data();
    void headless();
    void headlessConflicts();
};

void TestGroupProtocolSettings::availabilityFollowsTheLibrary()
{
    const bool expected = RD_KAFKA_VERSION >= 0x02040000 && rd_kafka_version() >= 0x02040000;
    QCOMPARE(LibraryFeatures::groupProtocolAvailable(), expected);
    QCOMPARE(LibraryFeatures::librdkafkaVersion(), QString::fromLatin1(rd_kafka_version_str()));
    QVERIFY(LibraryFeatures::librdkafkaAtLeast(2, 0));
    QVERIFY(!LibraryFeatures::librdkafkaAtLeast(99, 0));
    const QString reason = LibraryFeatures::groupProtocolUnavailableReason();
    if (expected) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    } else {
        // Both versions, so a user knows what to install.
        QCOMPARE(reason, QStringLiteral("needs librdkafka 2.4 or later; this build uses %1")
                             .arg(QString::fromLatin1(rd_kafka_version_str())));
    }
}

void TestGroupProtocolSettings::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused
    QTest::newRow("classic") << "classic" << int(Protocol::Classic);
    QTest::newRow("consumer") << "consumer" << int(Protocol::Consumer);
    QTest::newRow("upper case, spaces") << "  CONSUMER " << int(Protocol::Consumer);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("plural") << "consumers" << -1;
    QTest::newRow("number") << "1" << -1;
    QTest::newRow("eager") << "eager" << -1;
    QTest::newRow("nul inside") << QStringLiteral("consumer") + QChar(0) << -1;
    QTest::newRow("huge") << QString(100000, QLatin1Char('c')) << -1;
    QTest::newRow("binary") << QString::fromLatin1("\xff\xfe\x01") << -1;
}

void TestGroupProtocolSettings::names()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<Protocol> protocol = ConnectionConfig::groupProtocolFromName(text);
    QCOMPARE(protocol ? int(*protocol) : -1, expected);
    for (const Protocol p : {Protocol::Classic, Protocol::Consumer})
        QCOMPARE(ConnectionConfig::groupProtocolFromName(ConnectionConfig::groupProtocolName(p)),
                 std::optional<Protocol>(p));
}

void TestGroupProtocolSettings::unavailableIsRefused()
{
    QVERIFY(consumerConfig(Protocol::Classic).validate().isEmpty());
    const QStringList problems = consumerConfig(Protocol::Consumer).validate();
    if (LibraryFeatures::groupProtocolAvailable()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(QLatin1String("librdkafka 2.4")) &&
                     problems.constFirst().contains(LibraryFeatures::librdkafkaVersion()),
                 qPrintable(problems.constFirst()));
    }
}

void TestGroupProtocolSettings::classicOnlyPropertiesConflict_data()
{
    QTest::addColumn<QString>("property");
    QTest::newRow("session.timeout.ms") << "session.timeout.ms";
    QTest::newRow("heartbeat.interval.ms") << "heartbeat.interval.ms";
    QTest::newRow("partition.assignment.strategy") << "partition.assignment.strategy";
    QTest::newRow("group.protocol.type") << "group.protocol.type";
    QTest::newRow("spaces around the name") << " session.timeout.ms ";
}

void TestGroupProtocolSettings::classicOnlyPropertiesConflict()
{
    QFETCH(QString, property);
    ConnectionConfig config = consumerConfig(Protocol::Classic);
    config.properties = {{QStringLiteral("socket.keepalive.enable"), QStringLiteral("true")},
                         {property, QStringLiteral("10000")}};
    // The classic protocol takes them.
    QVERIFY(config.groupProtocolProblem().isEmpty());
    QVERIFY(config.validate().isEmpty());
    config.groupProtocol = Protocol::Consumer;
    const QString problem = config.groupProtocolProblem();
    QVERIFY(!problem.isEmpty());
    QVERIFY(config.validate().contains(problem));
    if (LibraryFeatures::groupProtocolAvailable()) {
        // The property is named, and the way out.
        QVERIFY2(problem.contains(property.trimmed()), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("classic protocol")), qPrintable(problem));
    }
}

void TestGroupProtocolSettings::groupProtocolPropertyMustAgree()
{
    ConnectionConfig config = consumerConfig(Protocol::Classic);
    config.properties = {{QStringLiteral("group.protocol"), QStringLiteral("consumer")}};
    QString problem = config.groupProtocolProblem();
    QVERIFY2(problem.contains(QLatin1String("group.protocol = \"consumer\"")) &&
                 problem.contains(QLatin1String("(classic)")),
             qPrintable(problem));
    config.properties = {{QStringLiteral("group.protocol"), QStringLiteral(" Classic")}};
    QVERIFY(config.groupProtocolProblem().isEmpty());
    config.properties = {{QStringLiteral("group.protocol"), QStringLiteral("eager")}};
    QVERIFY(!config.groupProtocolProblem().isEmpty());
    if (LibraryFeatures::groupProtocolAvailable()) {
        config.groupProtocol = Protocol::Consumer;
        config.properties = {{QStringLiteral("group.protocol"), QStringLiteral("consumer")},
                             {QStringLiteral("group.remote.assignor"), QStringLiteral("range")}};
        QVERIFY(config.groupProtocolProblem().isEmpty());
        config.properties = {{QStringLiteral("group.protocol"), QStringLiteral("classic")}};
        problem = config.groupProtocolProblem();
        QVERIFY2(problem.contains(QLatin1String("(consumer)")), qPrintable(problem));
    }
}

void TestGroupProtocolSettings::sandboxTuning()
{
    // The Sandbox's short session timeout goes to classic consumers only: the consumer
    // protocol would refuse it.
    ConnectionConfig classic = consumerConfig(Protocol::Classic);
    SandboxBroker::tuneConsumer(classic);
    QCOMPARE(classic.properties.size(), 2);
    QVERIFY(classic.groupProtocolProblem().isEmpty());
    ConnectionConfig consumer = consumerConfig(Protocol::Consumer);
    SandboxBroker::tuneConsumer(consumer);
    QVERIFY(consumer.properties.isEmpty());
}

void TestGroupProtocolSettings::profileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        ProfileStore store(path);
        store.save(QStringLiteral("classic"), consumerConfig(Protocol::Classic));
        store.save(QStringLiteral("consumer"), consumerConfig(Protocol::Consumer));
        store.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    // Names, readable and editable by hand.
    QVERIFY2(written.contains("groupProtocol=consumer") &&
                 written.contains("groupProtocol=classic"),
             written.constData());

    ProfileStore store(path);
    QStringList warnings;
    QCOMPARE(store.load(QStringLiteral("classic"), &warnings)->groupProtocol, Protocol::Classic);
    QVERIFY(warnings.isEmpty());
    const std::optional<ConnectionConfig> consumer =
        store.load(QStringLiteral("consumer"), &warnings);
    QVERIFY(consumer);
    if (LibraryFeatures::groupProtocolAvailable()) {
        QCOMPARE(consumer->groupProtocol, Protocol::Consumer);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        // Saved on a system that has it: here it loads as classic, and says why.
        QCOMPARE(consumer->groupProtocol, Protocol::Classic);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(QLatin1String("\"consumer\"")) &&
                     warnings.constFirst().contains(LibraryFeatures::librdkafkaVersion()),
                 qPrintable(warnings.constFirst()));
    }
}

void TestGroupProtocolSettings::damagedProfile_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("warned");
    QTest::newRow("missing (older profile)") << QByteArray() << false;
    QTest::newRow("classic") << QByteArray("p\\groupProtocol=classic\n") << false;
    QTest::newRow("upper case") << QByteArray("p\\groupProtocol=CLASSIC\n") << false;
    QTest::newRow("empty") << QByteArray("p\\groupProtocol=\n") << true;
    QTest::newRow("unknown") << QByteArray("p\\groupProtocol=eager\n") << true;
    QTest::newRow("number") << QByteArray("p\\groupProtocol=1\n") << true;
    QTest::newRow("list") << QByteArray("p\\groupProtocol=classic, consumer\n") << true;
    QTest::newRow("huge") << "p\\groupProtocol=" + QByteArray(200000, 'x') + "\n" << true;
    QTest::newRow("binary") << QByteArray("p\\groupProtocol=\"\\x1\\0\\xff\"\n") << true;
}

void TestGroupProtocolSettings::damagedProfile()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, warned);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\np\\bootstrapServers=\np\\security=PLAINTEXT\n" + line);
    }
    ProfileStore store(path);
    QStringList warnings;
    const std::optional<ConnectionConfig> config = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(config);
    // Never another valid choice: classic, the safe default.
    QCOMPARE(config->groupProtocol, Protocol::Classic);
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned) {
        const QString &warning = warnings.constFirst();
        QVERIFY2(warning.contains(QLatin1String("not classic or consumer: classic is used")),
                 qPrintable(warning));
        // A huge value is not pasted whole into the message.
        QVERIFY2(warning.size() < 300, qPrintable(warning.left(300)));
    }
}

void TestGroupProtocolSettings::headless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected"); // -1: an error
    QTest::addColumn<QString>("error");
    const QString unavailable =
        QStringLiteral("--group-protocol consumer (Kafka 4's consumer group protocol) %1.")
            .arg(LibraryFeatures::groupProtocolUnavailableReason());
    const bool available = LibraryFeatures::groupProtocolAvailable();
    QTest::newRow("default") << QStringList{QStringLiteral("consume")} << int(Protocol::Classic)
                             << QString();
    QTest::newRow("classic") << QStringList{"consume", "--group-protocol", "classic"}
                             << int(Protocol::Classic) << QString();
    QTest::newRow("consumer") << QStringList{"consume", "--group-protocol", "consumer"}
                              << (available ? int(Protocol::Consumer) : -1)
                              << (available ? QString() : unavailable);
    QTest::newRow("Consumer=") << QStringList{"consume", "--group-protocol=Consumer"}
                               << (available ? int(Protocol::Consumer) : -1)
                               << (available ? QString() : unavailable);
    QTest::newRow("unknown") << QStringList{"consume", "--group-protocol", "eager"} << -1
                             << "--group-protocol expects classic or consumer, not \"eager\".";
    QTest::newRow("empty") << QStringList{"consume", "--group-protocol", ""} << -1
                           << "--group-protocol expects classic or consumer, not \"\".";
    QTest::newRow("binary") << QStringList{"consume", "--group-protocol",
                                           RawArgument::fromBytes("\xff\x01")}
                            << -1
                            << "--group-protocol expects classic or consumer, not \"(not text)\".";
    QTest::newRow("send has none") << QStringList{"send", "--group-protocol", "classic", "hello"}
                                   << -1 << "Unknown option 'group-protocol'.";
}

void TestGroupProtocolSettings::headless()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    QFETCH(QString, error);
    const HeadlessArguments parsed = parse(arguments);
    QCOMPARE(parsed.error, error);
    if (expected >= 0)
        QCOMPARE(int(parsed.config.groupProtocol), expected);
}

void TestGroupProtocolSettings::headlessConflicts()
{
    QTemporaryDir dir;
    const QString properties = dir.filePath(QStringLiteral("consumer.properties"));
    {
        QFile file(properties);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# tuned for the classic protocol\nsession.timeout.ms=6000\n");
    }
    const HeadlessArguments classic =
        parse({QStringLiteral("consume"), QStringLiteral("--config"), properties,
               QStringLiteral("--group-protocol"), QStringLiteral("classic")});
    QCOMPARE(classic.error, QString());
    const HeadlessArguments consumer =
        parse({QStringLiteral("consume"), QStringLiteral("--config"), properties,
               QStringLiteral("--group-protocol"), QStringLiteral("consumer")});
    QVERIFY(!consumer.error.isEmpty());
    if (LibraryFeatures::groupProtocolAvailable())
        QVERIFY2(consumer.error.contains(QLatin1String("session.timeout.ms")),
                 qPrintable(consumer.error));
    else
        QVERIFY2(consumer.error.contains(LibraryFeatures::librdkafkaVersion()),
                 qPrintable(consumer.error));
}

QTEST_GUILESS_MAIN(TestGroupProtocolSettings)
#include "tst_groupprotocolsettings.moc"
