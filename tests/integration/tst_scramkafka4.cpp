// SCRAM-SHA-256 and SCRAM-SHA-512 logins to Kafka 4 (tests/broker/broker.sh's SASL_PLAINTEXT
// and SASL_SSL listeners, user alice / alice-secret), in the window's way (the metadata client
// and a consumer) and the headless way (topicdesk send and consume as processes): the right
// password gets in and messages go both ways, a wrong one is said in plain words.
// librdkafka before 2.6.1 repeats the client nonce in its final SCRAM message, which Kafka 4
// refuses (fixed in librdkafka 2.6.1): built with such a library (Debian 12 has 2.0.2) every
// function is skipped as "Not applicable: ", which ctest reports as skipped
// (SKIP_REGULAR_EXPRESSION). tst_security checks SCRAM against Kafka 3.9 with any library.
#include "clustermetadata.h"
#include "testcluster.h"

#include <QProcess>
#include <QTest>

#include <librdkafka/rdkafka.h>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);
const QString Password = QStringLiteral("alice-secret");
// 2.6.1 and its pre-releases (RD_KAFKA_VERSION is 0xMMmmrrpp).
constexpr bool ScramWorksWithKafka4 = RD_KAFKA_VERSION >= 0x02060100;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// "2.0.2": the librdkafka this test was compiled against.
QString builtVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg((RD_KAFKA_VERSION >> 24) & 0xff)
        .arg((RD_KAFKA_VERSION >> 16) & 0xff)
        .arg((RD_KAFKA_VERSION >> 8) & 0xff);
}

// A SCRAM login to the fixture's SASL (SASL_PLAINTEXT) or SASL_SSL listener.
ConnectionConfig scramConfig(ConnectionConfig::Security security,
                             ConnectionConfig::SaslMechanism mechanism, const QString &password)
{
    ConnectionConfig config;
    config.security = security;
    config.bootstrapServers =
        env(security == ConnectionConfig::Security::SaslSsl ? "TOPICDESK_TEST_SASL_SSL_BROKERS"
                                                            : "TOPICDESK_TEST_SASL_BROKERS");
    config.caFile = config.usesSsl() ? env("TOPICDESK_TEST_SSL_CA") : QString();
    config.saslMechanism = mechanism;
    config.username = QStringLiteral("alice");
    config.password = password;
    config.groupId = TestCluster::uniqueName(QStringLiteral("scram4-group"));
    return config;
}

void addScramRows()
{
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<ConnectionConfig::SaslMechanism>("mechanism");
    for (ConnectionConfig::Security security :
         {ConnectionConfig::Security::SaslPlaintext, ConnectionConfig::Security::SaslSsl}) {
        for (ConnectionConfig::SaslMechanism mechanism :
             {ConnectionConfig::SaslMechanism::ScramSha256,
              ConnectionConfig::SaslMechanism::ScramSha512}) {
            QTest::newRow(qPrintable(ConnectionConfig::securityName(security) + QLatin1Char(' ') +
                                     ConnectionConfig::mechanismName(mechanism)))
                << security << mechanism;
        }
    }
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// topicdesk with arguments, the password in KAFKA_PASSWORD; waits up to 60 s.
Run runTopicdesk(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KAFKA_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(Program, arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = "did not finish within 60 s: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

class TestScramKafka4 final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void login_data();
    void login();
    void messagesBothWays_data();
    void messagesBothWays();
    void headless_data();
    void headless();
};

void TestScramKafka4::initTestCase()
{
    if (!ScramWorksWithKafka4)
        return; // every function says why it does not apply
    for (const char *name : {"TOPICDESK_TEST_BROKERS", "TOPICDESK_TEST_SASL_BROKERS",
                             "TOPICDESK_TEST_SASL_SSL_BROKERS", "TOPICDESK_TEST_SSL_CA",
                             "TOPICDESK_TEST_KAFKA_VERSION"})
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest (the "
                                           "broker must come from this broker.sh)")
                                .arg(QLatin1String(name))));
    const int major = TestCluster::kafkaVersion().section(QLatin1Char('.'), 0, 0).toInt();
    QVERIFY2(major >= 4, qPrintable(QStringLiteral("this test is for Kafka 4 or later, not %1")
                                        .arg(TestCluster::kafkaVersion())));
}

void TestScramKafka4::init()
{
    if (!ScramWorksWithKafka4)
        QSKIP(qPrintable(QStringLiteral("Not applicable: SCRAM logins to Kafka 4 need librdkafka "
                                        "2.6.1 or later, and this build uses librdkafka %1 "
                                        "(it repeats the client nonce, which Kafka 4 refuses)")
                             .arg(builtVersion())));
}

void TestScramKafka4::login_data()
{
    addScramRows();
}

// The metadata client, as the window's connection panel and topic list use it.
void TestScramKafka4::login()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    const ConnectionConfig right = scramConfig(security, mechanism, Password);
    QVERIFY2(right.validate().isEmpty(), qPrintable(right.validate().join(QLatin1Char(' '))));
    const TopicListing listing = ClusterMetadata::fetchTopics(right, 10000);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.brokerCount, 1);
    QVERIFY(!listing.clusterId.isEmpty());

    const ConnectionConfig wrong = scramConfig(security, mechanism, QStringLiteral("not-it"));
    const TopicListing refused = ClusterMetadata::fetchTopics(wrong, 10000);
    QVERIFY2(refused.error.startsWith(QLatin1String("Authentication failed at ") +
                                      wrong.bootstrapServers +
                                      QLatin1String(": check the user name, password and "
                                                    "mechanism")),
             qPrintable(refused.error));
    // With a library that can log in to Kafka 4, a refusal is not blamed on the library.
    QVERIFY2(!refused.error.contains(QLatin1String("librdkafka")), qPrintable(refused.error));
    QVERIFY2(!refused.error.contains(QLatin1String("not-it")), qPrintable(refused.error));
}

void TestScramKafka4::messagesBothWays_data()
{
    addScramRows();
}

// The producer and the consumer the window's session runs, over a SCRAM login.
void TestScramKafka4::messagesBothWays()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    QString error;
    const ConnectionConfig plain = TestCluster::newTopic(QStringLiteral("scram4"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConnectionConfig config = scramConfig(security, mechanism, Password);
    config.topic = plain.topic;
    config.groupId = plain.groupId;
    const QString roundTrip = TestCluster::roundTrip(config);
    QVERIFY2(roundTrip.isEmpty(), qPrintable(roundTrip));
}

void TestScramKafka4::headless_data()
{
    addScramRows();
}

// topicdesk send and topicdesk consume with --mechanism SCRAM-SHA-*, and a wrong password.
void TestScramKafka4::headless()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    QString error;
    const ConnectionConfig plain = TestCluster::newTopic(QStringLiteral("scram4cli"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ConnectionConfig config = scramConfig(security, mechanism, Password);
    QStringList common{QStringLiteral("--brokers"),   config.bootstrapServers,
                       QStringLiteral("--topic"),     plain.topic,
                       QStringLiteral("--security"),  ConnectionConfig::securityName(security),
                       QStringLiteral("--mechanism"), ConnectionConfig::mechanismName(mechanism),
                       QStringLiteral("--username"),  config.username};
    if (config.usesSsl())
        common << QStringLiteral("--ca") << config.caFile;
    const QByteArray value = "over SCRAM " + plain.topic.toUtf8();

    const Run sent = runTopicdesk(QStringList{QStringLiteral("send")} + common +
                                      QStringList{QString::fromUtf8(value)},
                                  Password);
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const Run consumed =
        runTopicdesk(QStringList{QStringLiteral("consume")} + common +
                         QStringList{QStringLiteral("--count"), QStringLiteral("1"),
                                     QStringLiteral("--group"), plain.groupId},
                     Password);
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    QVERIFY2(consumed.out.contains(value), consumed.out.constData());

    const Run refused =
        runTopicdesk(QStringList{QStringLiteral("consume")} + common +
                         QStringList{QStringLiteral("--count"), QStringLiteral("1")},
                     QStringLiteral("not-it"));
    QVERIFY2(refused.exitCode != 0, refused.out.constData());
    QVERIFY2(refused.err.contains("Authentication failed at " + config.bootstrapServers.toUtf8()),
             refused.err.constData());
    QVERIFY2(!refused.err.contains("librdkafka"), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestScramKafka4)
#include "tst_scramkafka4.moc"
