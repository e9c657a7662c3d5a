// Connection errors in plain words: librdkafka 2.0's error events (texts taken from real runs
// against Kafka 4.4.0's listeners) and OpenSSL's certificate verdicts, each classified as
// worth retrying or not, and each told with the broker's address and what to check.
#include "kafkaerrors.h"

#include <QTest>

#include <librdkafka/rdkafka.h>

class TestKafkaErrors final : public QObject
{
    Q_OBJECT
private slots:
    void connectionProblems_data();
    void connectionProblems();
    void brokerOf_data();
    void brokerOf();
    void oneBrokerLostIsNotEveryBrokerDown();
    void scramRefusedByKafka4_data();
    void scramRefusedByKafka4();
};

Q_DECLARE_METATYPE(KafkaErrors::ConnectionProblem)

void TestKafkaErrors::connectionProblems_data()
{
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("certificateError");
    QTest::addColumn<KafkaErrors::ConnectionProblem>("problem");
    QTest::addColumn<QString>("expected"); // a fragment of the sentence
    using S = ConnectionConfig::Security;
    using P = KafkaErrors::ConnectionProblem;
    QTest::newRow("refused connection")
        << S::Plaintext << int(RdKafka::ERR__TRANSPORT)
        << "127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection refused" << 0
        << P::Transient << "Could not reach 127.0.0.1:1: check the address";
    QTest::newRow("a web server, not Kafka")
        << S::Plaintext << int(RdKafka::ERR__BAD_MSG)
        << "127.0.0.1:8080/bootstrap: Receive failed: Invalid response size 1213486160 "
           "(0..100000000): increase receive.message.max.bytes (after 0ms in state "
           "APIVERSION_QUERY)"
        << 0 << P::NotKafka
        << "127.0.0.1:8080 is not a Kafka broker: a web server (HTTP) answered there.";
    QTest::newRow("another protocol, not Kafka")
        << S::Plaintext << int(RdKafka::ERR__BAD_MSG)
        << "127.0.0.1:22/bootstrap: Receive failed: Invalid response size 1397966893 "
           "(0..100000000): increase receive.message.max.bytes"
        << 0 << P::NotKafka
        << "127.0.0.1:22 is not a Kafka broker: the server there answered in another protocol.";
    QTest::newRow("all brokers down")
        << S::Plaintext << int(RdKafka::ERR__ALL_BROKERS_DOWN) << "1/1 brokers are down" << 0
        << P::Transient << "Could not reach broker:9092";
    QTest::newRow("wrong password")
        << S::SaslSsl << int(RdKafka::ERR__AUTHENTICATION)
        << "sasl_ssl://127.0.0.1:39561/bootstrap: SASL authentication error: Authentication "
           "failed: Invalid username or password (after 304ms in state AUTH_REQ)"
        << 0 << P::Authentication << "Authentication failed at 127.0.0.1:39561: check the user";
    QTest::newRow("SASL to a listener without SASL")
        << S::SaslPlaintext << int(RdKafka::ERR__AUTHENTICATION)
        << "sasl_plaintext://127.0.0.1:51143/bootstrap: SASL PLAIN mechanism handshake failed: "
           "Broker: Request not valid in current SASL state: broker's supported mechanisms:  "
           "(after 2ms in state AUTH_HANDSHAKE)"
        << 0 << P::NotSasl
        << "The broker at 127.0.0.1:51143 does not speak SASL on this port: check the security "
           "protocol (SASL_PLAINTEXT was used; this port expects PLAINTEXT).";
    QTest::newRow("mechanism not enabled")
        << S::SaslPlaintext << int(RdKafka::ERR__AUTHENTICATION)
        << "sasl_plaintext://h:9092/bootstrap: SASL PLAIN mechanism handshake failed: Broker: "
           "Unsupported SASL mechanism: broker's supported mechanisms: SCRAM-SHA-256,SCRAM-SHA-512 "
           "(after 1ms in state AUTH_HANDSHAKE)"
        << 0 << P::MechanismNotOffered
        << "The broker at h:9092 does not offer the SASL mechanism PLAIN: it offers "
           "SCRAM-SHA-256, SCRAM-SHA-512.";
    QTest::newRow("TLS to a listener without TLS")
        << S::Ssl << int(RdKafka::ERR__SSL)
        << "ssl://127.0.0.1:51143/bootstrap: SSL handshake failed: error:0A000126:SSL "
           "routines::unexpected eof while reading (after 4ms in state SSL_HANDSHAKE)"
        << 0 << P::NotTls << "does not speak TLS on this port";
    // librdkafka 2.8 (Debian 13) words it as a hint of its own.
    QTest::newRow("TLS to a listener without TLS, librdkafka 2.8")
        << S::SaslSsl << int(RdKafka::ERR__SSL)
        << "sasl_ssl://127.0.0.1:36361/bootstrap: SSL handshake failed: Disconnected: connecting "
           "to a PLAINTEXT broker listener? (after 102ms in state SSL_HANDSHAKE, 1 identical "
           "error(s) suppressed)"
        << 0 << P::NotTls << "The broker at 127.0.0.1:36361 does not speak TLS on this port";
    QTest::newRow("no TLS to a TLS listener")
        << S::Plaintext << int(RdKafka::ERR__TRANSPORT)
        << "127.0.0.1:54563/bootstrap: Disconnected while requesting ApiVersion: might be caused "
           "by incorrect security.protocol configuration (connecting to a SSL listener?) or "
           "broker version is < 0.10 (see api.version.request) (after 2ms in state "
           "APIVERSION_QUERY)"
        << 0 << P::ExpectsTls
        << "The broker at 127.0.0.1:54563 expects TLS on this port: check the security "
           "protocol (PLAINTEXT was used; this port expects SSL or SASL_SSL).";
    QTest::newRow("no SASL to a SASL listener")
        << S::Ssl << int(RdKafka::ERR__TRANSPORT)
        << "ssl://127.0.0.1:39561/bootstrap: Disconnected: verify that security.protocol is "
           "correctly configured, broker might require SASL authentication (after 1ms in state "
           "UP)"
        << 0 << P::ExpectsSasl << "(SSL was used; this port expects SASL_SSL)";
    QTest::newRow("unknown CA")
        << S::Ssl << int(RdKafka::ERR__SSL)
        << "ssl://127.0.0.1:54563/bootstrap: SSL handshake failed: error:0A000086:SSL "
           "routines::certificate verify failed (after 7ms in state SSL_HANDSHAKE)"
        << 19 << P::UntrustedCertificate
        << "The certificate of the broker at 127.0.0.1:54563 is not signed by the CA you gave "
           "(/ca.pem): check the CA file.";
    QTest::newRow("unknown CA, no verdict") // librdkafka's own words when no callback ran
        << S::Ssl << int(RdKafka::ERR__SSL)
        << "ssl://127.0.0.1:54563/bootstrap: SSL handshake failed: error:0A000086:SSL "
           "routines::certificate verify failed: broker certificate could not be verified"
        << 0 << P::UntrustedCertificate << "is not signed by the CA you gave";
    QTest::newRow("host name mismatch")
        << S::Ssl << int(RdKafka::ERR__TRANSPORT)
        << "ssl://localhost:54563/bootstrap: error:0A000086:SSL routines::certificate verify "
           "failed (after 6ms in state SSL_HANDSHAKE)"
        << 62 << P::WrongHostCertificate << "is not made out to the name \"localhost\"";
    QTest::newRow("expired") << S::Ssl << int(RdKafka::ERR__SSL)
                             << "ssl://k:9093/bootstrap: SSL handshake failed" << 10
                             << P::ExpiredCertificate << "has expired or is not valid yet";
    QTest::newRow("client certificate missing")
        << S::Ssl << int(RdKafka::ERR__TRANSPORT)
        << "ssl://127.0.0.1:40015/bootstrap: Receive failed: error:0A000412:SSL routines::sslv3 "
           "alert bad certificate: SSL alert number 42 (after 3ms in state APIVERSION_QUERY)"
        << 0 << P::ClientCertificateRefused << "requires a client certificate (mutual TLS)";
    QTest::newRow("host not found")
        << S::Plaintext << int(RdKafka::ERR__RESOLVE)
        << "nosuchhost:9092/bootstrap: Failed to resolve 'nosuchhost:9092': Name or service not "
           "known"
        << 0 << P::Resolve << "The host name of nosuchhost:9092 could not be resolved";
    QTest::newRow("not a connection error") << S::Plaintext << int(RdKafka::ERR_MSG_SIZE_TOO_LARGE)
                                            << "too large" << 0 << P::None << "";
}

void TestKafkaErrors::connectionProblems()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(int, certificateError);
    QFETCH(KafkaErrors::ConnectionProblem, problem);
    QFETCH(QString, expected);
    KafkaErrors::ConnectionEvent event;
    event.code = RdKafka::ErrorCode(code);
    event.text = text;
    event.certificateError = certificateError;
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("broker:9092");
    config.security = security;
    config.caFile = config.usesSsl() ? QStringLiteral("/ca.pem") : QString();
    QCOMPARE(KafkaErrors::classify(event), problem);
    QCOMPARE(KafkaErrors::isPermanent(problem),
             problem != KafkaErrors::ConnectionProblem::None &&
                 problem != KafkaErrors::ConnectionProblem::Transient);
    const QString sentence = KafkaErrors::describeConnection(event, config);
    QVERIFY2(sentence.contains(expected), qPrintable(sentence));
}

void TestKafkaErrors::brokerOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("broker");
    QTest::newRow("with scheme") << "sasl_ssl://127.0.0.1:9093/bootstrap: x"
                                 << "127.0.0.1:9093";
    QTest::newRow("without scheme") << "kafka-1.example:9092/1: x"
                                    << "kafka-1.example:9092";
    QTest::newRow("IPv6") << "ssl://[::1]:9093/bootstrap: x"
                          << "[::1]:9093";
    QTest::newRow("no broker") << "1/1 brokers are down"
                               << "";
}

void TestKafkaErrors::brokerOf()
{
    QFETCH(QString, text);
    QFETCH(QString, broker);
    QCOMPARE(KafkaErrors::brokerOf(text), broker);
}

// With three brokers, one stopped broker is a lost connection, not "no broker can be reached":
// librdkafka says the latter itself (ERR__ALL_BROKERS_DOWN) when none is left.
void TestKafkaErrors::oneBrokerLostIsNotEveryBrokerDown()
{
    const QString one = KafkaErrors::describe(RdKafka::ERR__TRANSPORT);
    const QString all = KafkaErrors::describe(RdKafka::ERR__ALL_BROKERS_DOWN);
    QVERIFY2(one.startsWith(QLatin1String("Lost the connection to a broker")), qPrintable(one));
    QVERIFY2(all.startsWith(QLatin1String("No broker can be reached")), qPrintable(all));
}

void TestKafkaErrors::scramRefusedByKafka4_data()
{
    QTest::addColumn<ConnectionConfig::SaslMechanism>("mechanism");
    QTest::addColumn<bool>("explained");
    // librdkafka before 2.6.1 cannot log in with SCRAM to Kafka 4: the refusal reads like a
    // wrong password, so a SCRAM failure says so too (and how to get in), PLAIN's never does.
    const bool oldLibrary = rd_kafka_version() < 0x02060100;
    QTest::newRow("SCRAM-SHA-256") << ConnectionConfig::SaslMechanism::ScramSha256 << oldLibrary;
    QTest::newRow("SCRAM-SHA-512") << ConnectionConfig::SaslMechanism::ScramSha512 << oldLibrary;
    QTest::newRow("PLAIN") << ConnectionConfig::SaslMechanism::Plain << false;
}

void TestKafkaErrors::scramRefusedByKafka4()
{
    QFETCH(ConnectionConfig::SaslMechanism, mechanism);
    QFETCH(bool, explained);
    const QString name = ConnectionConfig::mechanismName(mechanism);
    // The text librdkafka 2.0.2 reported against Kafka 4.4.0 with the right password.
    KafkaErrors::ConnectionEvent event;
    event.code = RdKafka::ERR__AUTHENTICATION;
    event.text = QStringLiteral("sasl_plaintext://127.0.0.1:58389/bootstrap: SASL authentication "
                                "error: Authentication failed during authentication due to "
                                "invalid credentials with SASL mechanism %1 (after 321ms in "
                                "state AUTH_REQ)")
                     .arg(name);
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("127.0.0.1:58389");
    config.security = ConnectionConfig::Security::SaslPlaintext;
    config.saslMechanism = mechanism;
    QCOMPARE(KafkaErrors::classify(event), KafkaErrors::ConnectionProblem::Authentication);
    const QString sentence = KafkaErrors::describeConnection(event, config);
    QVERIFY2(sentence.startsWith(QLatin1String("Authentication failed at 127.0.0.1:58389: check "
                                               "the user name, password and mechanism")),
             qPrintable(sentence));
    const QString hint =
        QStringLiteral("this TopicDesk uses librdkafka %1, which cannot log in with %2 to Kafka 4 "
                       "(that needs librdkafka 2.6.1 or later)")
            .arg(QString::fromLatin1(rd_kafka_version_str()), name);
    QCOMPARE(sentence.contains(hint), explained);
    QCOMPARE(sentence.contains(QLatin1String("a TopicDesk built with librdkafka 2.6.1 or later")),
             explained);
}

QTEST_GUILESS_MAIN(TestKafkaErrors)
#include "tst_kafkaerrors.moc"
