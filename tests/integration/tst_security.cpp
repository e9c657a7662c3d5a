// Logging in with SASL against a real Kafka broker's SASL_PLAINTEXT listener: the right
// password connects, a wrong one is reported in plain words. SCRAM is checked only against
// Kafka 3.9: Debian's librdkafka 2.0.2 repeats the client nonce in its final SCRAM message,
// which Kafka 4 rejects (fixed in librdkafka 2.6.1), so SCRAM cannot work with Kafka 4 here.
#include "clustermetadata.h"
#include "testcluster.h"

#include <QTest>

class TestSecurity final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
};

void TestSecurity::initTestCase()
{
    QVERIFY2(!TestCluster::saslBrokers().isEmpty(),
             "TOPICDESK_TEST_SASL_BROKERS is not set: run this test through ctest");
}

void TestSecurity::login_data()
{
    QTest::addColumn<ConnectionConfig::SaslMechanism>("mechanism");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QList<ConnectionConfig::SaslMechanism> mechanisms{ConnectionConfig::SaslMechanism::Plain};
    if (TestCluster::kafkaVersion().startsWith(QLatin1String("3.")))
        mechanisms << ConnectionConfig::SaslMechanism::ScramSha256
                   << ConnectionConfig::SaslMechanism::ScramSha512;
    for (ConnectionConfig::SaslMechanism mechanism : mechanisms) {
        const QByteArray name = ConnectionConfig::mechanismName(mechanism).toLatin1();
        QTest::newRow(name + " right password") << mechanism << "alice-secret" << true;
        QTest::newRow(name + " wrong password") << mechanism << "not-the-password" << false;
    }
}

void TestSecurity::login()
{
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    ConnectionConfig config;
    config.bootstrapServers = TestCluster::saslBrokers();
    config.security = ConnectionConfig::Security::SaslPlaintext;
    config.saslMechanism = mechanism;
    config.groupId = QStringLiteral("security-test");
    config.username = QStringLiteral("alice");
    config.password = password;
    QVERIFY(config.validate().isEmpty());
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    if (accepted) {
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.brokerCount, 1);
        QVERIFY(!listing.clusterId.isEmpty());
    } else {
        QVERIFY2(listing.error.contains(QLatin1String("Authentication failed")),
                 qPrintable(listing.error));
    }
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
