// Secure connections against a real Kafka broker's listeners (tests/broker/broker.sh makes a
// throwaway CA per run; the broker's certificate names only IP:127.0.0.1):
// - SASL over SASL_PLAINTEXT and SASL_SSL: the right password connects, a wrong one is said in
//   plain words, and at once.
// - TLS: the right CA connects and messages go both ways; a wrong CA, no CA, a host name the
//   certificate does not list, and mutual TLS without a client certificate each fail with a
//   plain reason; mutual TLS with a client certificate connects.
// - No password in the settings file or in any output of a SASL session, librdkafka's full
//   debug log included.
// SCRAM is checked here only against Kafka 3.9: librdkafka before 2.6.1 (Debian 12's 2.0.2)
// repeats the client nonce in its final SCRAM message, which Kafka 4 rejects. SCRAM against
// Kafka 4 is tst_scramkafka4's, not applicable with such a library.
#include "clustermetadata.h"
#include "profilestore.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);
const QString Password = QStringLiteral("alice-secret");

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}
} // namespace

class TestSecurity final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
    void tls_data();
    void tls();
    void noPasswordInSettingsOrOutput_data();
    void noPasswordInSettingsOrOutput();
};

void TestSecurity::initTestCase()
{
    for (const char *name : {"TOPICDESK_TEST_SASL_BROKERS", "TOPICDESK_TEST_SSL_BROKERS",
                             "TOPICDESK_TEST_SASL_SSL_BROKERS", "TOPICDESK_TEST_MTLS_BROKERS",
                             "TOPICDESK_TEST_SSL_CA", "TOPICDESK_TEST_SSL_OTHER_CA",
                             "TOPICDESK_TEST_SSL_CLIENT_CERT", "TOPICDESK_TEST_SSL_CLIENT_KEY"})
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest (the "
                                           "broker must come from this broker.sh)")
                                .arg(QLatin1String(name))));
}

void TestSecurity::login_data()
{
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<ConnectionConfig::SaslMechanism>("mechanism");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QList<ConnectionConfig::SaslMechanism> mechanisms{ConnectionConfig::SaslMechanism::Plain};
    if (TestCluster::kafkaVersion().startsWith(QLatin1String("3.")))
        mechanisms << ConnectionConfig::SaslMechanism::ScramSha256
                   << ConnectionConfig::SaslMechanism::ScramSha512;
    for (ConnectionConfig::Security security :
         {ConnectionConfig::Security::SaslPlaintext, ConnectionConfig::Security::SaslSsl}) {
        for (ConnectionConfig::SaslMechanism mechanism : mechanisms) {
            const QByteArray name = ConnectionConfig::securityName(security).toLatin1() + ' ' +
                                    ConnectionConfig::mechanismName(mechanism).toLatin1();
            QTest::newRow(name + " right password") << security << mechanism << Password << true;
            QTest::newRow(name + " wrong password")
                << security << mechanism << "not-the-password" << false;
        }
    }
}

void TestSecurity::login()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    ConnectionConfig config;
    config.security = security;
    config.bootstrapServers =
        env(security == ConnectionConfig::Security::SaslSsl ? "TOPICDESK_TEST_SASL_SSL_BROKERS"
                                                            : "TOPICDESK_TEST_SASL_BROKERS");
    config.caFile = config.usesSsl() ? env("TOPICDESK_TEST_SSL_CA") : QString();
    config.saslMechanism = mechanism;
    config.groupId = QStringLiteral("security-test");
    config.username = QStringLiteral("alice");
    config.password = password;
    QVERIFY(config.validate().isEmpty());
    QElapsedTimer timer;
    timer.start();
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    const qint64 elapsedMs = timer.elapsed();
    if (accepted) {
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.brokerCount, 1);
        QVERIFY(!listing.clusterId.isEmpty());
    } else {
        QVERIFY2(listing.error.contains(QLatin1String("Authentication failed at ") +
                                        config.bootstrapServers),
                 qPrintable(listing.error));
        QVERIFY2(!listing.error.contains(password), qPrintable(listing.error));
        // A refused login is final: said when the broker refuses it (Kafka answers a failed
        // SASL_SSL login after about 300 ms), not retried until the 10 s budget is spent.
        QVERIFY2(elapsedMs < 1000, qPrintable(QStringLiteral("told after %1 ms").arg(elapsedMs)));
        qInfo("refused login told after %lld ms", elapsedMs);
    }
}

void TestSecurity::tls_data()
{
    QTest::addColumn<QString>("listener"); // the variable holding the listener's address
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<bool>("byName");      // connect as localhost instead of 127.0.0.1
    QTest::addColumn<QString>("ca");       // the variable holding the CA file; empty: none
    QTest::addColumn<bool>("clientCert");  // give the client certificate and key
    QTest::addColumn<QString>("expected"); // empty: connects; else a fragment of the error
    using S = ConnectionConfig::Security;
    const QString ssl = QStringLiteral("TOPICDESK_TEST_SSL_BROKERS");
    const QString mtls = QStringLiteral("TOPICDESK_TEST_MTLS_BROKERS");
    const QString ca = QStringLiteral("TOPICDESK_TEST_SSL_CA");
    const QString otherCa = QStringLiteral("TOPICDESK_TEST_SSL_OTHER_CA");
    QTest::newRow("right CA") << ssl << S::Ssl << false << ca << false << "";
    QTest::newRow("wrong CA") << ssl << S::Ssl << false << otherCa << false
                              << "is not signed by the CA you gave";
    QTest::newRow("no CA") << ssl << S::Ssl << false << "" << false
                           << "is not signed by a CA this computer trusts: give the CA file";
    QTest::newRow("host name not in the certificate")
        << ssl << S::Ssl << true << ca << false
        << "is not made out to the name \"localhost\": connect with a host name or address the "
           "certificate lists";
    QTest::newRow("SASL_SSL") << QStringLiteral("TOPICDESK_TEST_SASL_SSL_BROKERS") << S::SaslSsl
                              << false << ca << false << "";
    QTest::newRow("mutual TLS with a client certificate")
        << mtls << S::Ssl << false << ca << true << "";
    QTest::newRow("mutual TLS without a client certificate")
        << mtls << S::Ssl << false << ca << false
        << "requires a client certificate (mutual TLS): give your certificate and its key";
}

void TestSecurity::tls()
{
    QFETCH(QString, listener);
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(bool, byName);
    QFETCH(QString, ca);
    QFETCH(bool, clientCert);
    QFETCH(QString, expected);
    QString error;
    ConnectionConfig config = TestCluster::newTopic(QStringLiteral("tls"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    config.bootstrapServers = env(listener.toLatin1().constData());
    if (byName)
        config.bootstrapServers.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
    config.security = security;
    if (config.usesSasl()) {
        config.username = QStringLiteral("alice");
        config.password = Password;
    }
    if (!ca.isEmpty())
        config.caFile = env(ca.toLatin1().constData());
    if (clientCert) {
        config.certFile = env("TOPICDESK_TEST_SSL_CLIENT_CERT");
        config.keyFile = env("TOPICDESK_TEST_SSL_CLIENT_KEY");
    }
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate().join(QLatin1Char(' '))));
    QElapsedTimer timer;
    timer.start();
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    const qint64 elapsedMs = timer.elapsed();
    if (!expected.isEmpty()) {
        QVERIFY2(listing.error.contains(config.bootstrapServers), qPrintable(listing.error));
        QVERIFY2(listing.error.contains(expected), qPrintable(listing.error));
        QVERIFY2(elapsedMs < 2000, qPrintable(QStringLiteral("told after %1 ms").arg(elapsedMs)));
        return;
    }
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.brokerCount, 1);
    // Messages go both ways over the secure connection.
    const QString roundTrip = TestCluster::roundTrip(config);
    QVERIFY2(roundTrip.isEmpty(), qPrintable(roundTrip));
}

void TestSecurity::noPasswordInSettingsOrOutput_data()
{
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::newRow("SASL_PLAINTEXT") << ConnectionConfig::Security::SaslPlaintext;
    QTest::newRow("SASL_SSL") << ConnectionConfig::Security::SaslSsl;
}

void TestSecurity::noPasswordInSettingsOrOutput()
{
    QFETCH(ConnectionConfig::Security, security);
    QString error;
    ConnectionConfig config = TestCluster::newTopic(QStringLiteral("secret"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    config.security = security;
    config.bootstrapServers =
        env(config.usesSsl() ? "TOPICDESK_TEST_SASL_SSL_BROKERS" : "TOPICDESK_TEST_SASL_BROKERS");
    config.caFile = config.usesSsl() ? env("TOPICDESK_TEST_SSL_CA") : QString();
    config.username = QStringLiteral("alice");
    config.password = Password;
    // The advanced table may hold the password too (sasl.password); it must not be written.
    config.properties = {{QStringLiteral("sasl.password"), Password}};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    {
        ProfileStore profiles(settingsPath);
        profiles.save(QStringLiteral("secure"), config);
        profiles.sync();
    }
    QFile settings(settingsPath);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY2(written.contains(config.bootstrapServers.toUtf8()), written.constData());
    QVERIFY2(!written.contains(Password.toUtf8()), written.constData());

    // A whole session from the command line, with every log librdkafka has turned on (its
    // debug contexts, "all", include the configuration dump) and shown on standard error.
    const QString propertiesPath = dir.filePath(QStringLiteral("debug.properties"));
    QFile properties(propertiesPath);
    QVERIFY(properties.open(QIODevice::WriteOnly));
    properties.write("debug=all\n");
    properties.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KAFKA_PASSWORD"), Password);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("topicdesk.librdkafka.debug=true"));
    QStringList common{QStringLiteral("--brokers"),   config.bootstrapServers,
                       QStringLiteral("--topic"),     config.topic,
                       QStringLiteral("--security"),  ConnectionConfig::securityName(security),
                       QStringLiteral("--mechanism"), QStringLiteral("PLAIN"),
                       QStringLiteral("--username"),  config.username,
                       QStringLiteral("--config"),    propertiesPath};
    if (config.usesSsl())
        common << QStringLiteral("--ca") << config.caFile;
    const QList<QStringList> runs{QStringList{QStringLiteral("send")} + common +
                                      QStringList{QStringLiteral("hello")},
                                  QStringList{QStringLiteral("consume")} + common +
                                      QStringList{QStringLiteral("--count"), QStringLiteral("1"),
                                                  QStringLiteral("--group"), config.groupId}};
    QByteArray everything;
    for (const QStringList &arguments : runs) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(Program, arguments);
        process.closeWriteChannel();
        QVERIFY(process.waitForStarted());
        // Read while it runs: the debug log is large and must not fill the pipe.
        QByteArray out;
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(),
                                  err += process.readAllStandardError(),
                                  process.state() == QProcess::NotRunning),
                                 60000);
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(err.right(2000))));
        everything += out + err;
    }
    QVERIFY2(everything.contains("hello"), everything.right(2000).constData());
    // The debug log really was on (the metadata client and the producer write theirs through
    // TopicDesk's logging category): it shows the login and the configuration dump, where
    // librdkafka writes the password setting redacted.
    QVERIFY2(everything.contains("AUTH_HANDSHAKE"), everything.left(2000).constData());
    QVERIFY2(everything.contains("sasl.password = [redacted]"), everything.left(2000).constData());
    const qsizetype at = everything.indexOf(Password.toUtf8());
    QVERIFY2(at < 0, everything.mid(std::max<qsizetype>(0, at - 300), 600).constData());
    qInfo("%lld bytes of output and %lld of settings searched", qlonglong(everything.size()),
          qlonglong(written.size()));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
