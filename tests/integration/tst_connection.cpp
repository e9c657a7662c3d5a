// Connecting to a real Kafka broker, and what the user hears when it does not work:
// - a slow broker (each answer 300 ms late) or a paused one (silent for 1.5 s) is waited for
//   within the whole time allowed, not reported unreachable after the first half second;
//   only a broker silent for the whole budget is "could not reach";
// - a listener spoken to in the wrong security protocol is named as the cause at once,
//   instead of "authentication failed" or a timeout;
// - the address named in the message is the one actually used, also when a --config file
//   or the advanced properties set bootstrap.servers;
// - an address where something else than Kafka answers (a web server) is named as not Kafka,
//   at once, not after the whole budget as "could not reach".
// The slow broker is the fixture broker's SLOW listener, which advertises the address of a
// proxy this test runs (SlowProxy), so every connection librdkafka makes, to the bootstrap
// address and to the broker it learns from the metadata, goes through the proxy.
#include "adminclient.h"
#include "clustermetadata.h"
#include "slowproxy.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QtConcurrent>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// host:port -> port
quint16 portOf(const QString &address)
{
    bool ok = false;
    const int port = address.section(QLatin1Char(':'), -1).toInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : 0;
}
} // namespace

class TestConnection final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void slowBroker_data();
    void slowBroker();
    void slowBrokerAdministration();
    void wrongSecurityProtocol_data();
    void wrongSecurityProtocol();
    void messagesNameTheAddressUsed_data();
    void messagesNameTheAddressUsed();
    void webServerIsNotKafka();

private:
    // Runs fetchTopics off this thread while this thread's event loop serves the proxy.
    TopicListing fetchWhileServing(const ConnectionConfig &config, int timeoutMs,
                                   qint64 *elapsedMs);
};

void TestConnection::initTestCase()
{
    for (const char *name : {"TOPICDESK_TEST_SLOW_PROXY", "TOPICDESK_TEST_SLOW_UPSTREAM",
                             "TOPICDESK_TEST_SSL_BROKERS", "TOPICDESK_TEST_SASL_BROKERS",
                             "TOPICDESK_TEST_SASL_SSL_BROKERS", "TOPICDESK_TEST_SSL_CA"})
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest (the "
                                           "broker must come from this broker.sh)")
                                .arg(QLatin1String(name))));
}

TopicListing TestConnection::fetchWhileServing(const ConnectionConfig &config, int timeoutMs,
                                               qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    QFutureWatcher<TopicListing> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(QtConcurrent::run(&ClusterMetadata::fetchTopics, config, timeoutMs));
    if (!finished.wait(timeoutMs + 20000))
        qWarning("fetchTopics did not return within its budget plus 20 s");
    watcher.waitForFinished();
    *elapsedMs = timer.elapsed();
    return watcher.result();
}

void TestConnection::slowBroker_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("pauseMs");
    QTest::addColumn<int>("budgetMs");
    QTest::addColumn<bool>("reached");
    // Each request and each answer waits: about 600 ms per round trip, 1.2 s before the
    // first metadata answer.
    QTest::newRow("every chunk 300 ms late") << 300 << 0 << 10000 << true;
    // Connections are accepted but nothing answers for 1.5 s (a broker stopped with SIGSTOP,
    // or in a long garbage collection).
    QTest::newRow("silent for 1.5 s") << 0 << 1500 << 10000 << true;
    QTest::newRow("both") << 300 << 1500 << 10000 << true;
    // Silent for longer than the budget: unreachable, said after the whole budget.
    QTest::newRow("silent for longer than the budget") << 0 << 60000 << 3000 << false;
}

void TestConnection::slowBroker()
{
    QFETCH(int, delayMs);
    QFETCH(int, pauseMs);
    QFETCH(int, budgetMs);
    QFETCH(bool, reached);
    const QString proxyAddress = env("TOPICDESK_TEST_SLOW_PROXY");
    SlowProxy proxy;
    QVERIFY2(proxy.listen(QHostAddress::LocalHost, portOf(proxyAddress), QHostAddress::LocalHost,
                          portOf(env("TOPICDESK_TEST_SLOW_UPSTREAM"))),
             qPrintable(proxy.errorString()));
    proxy.setDelay(delayMs);
    proxy.pause(pauseMs);

    ConnectionConfig config;
    config.bootstrapServers = proxyAddress;
    qint64 elapsedMs = 0;
    const TopicListing listing = fetchWhileServing(config, budgetMs, &elapsedMs);
    QVERIFY2(proxy.connections() > 0, "librdkafka never connected through the proxy");
    if (reached) {
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QCOMPARE(listing.brokerCount, 1);
        QVERIFY(!listing.clusterId.isEmpty());
        // The answer really came through the held-back proxy.
        QVERIFY2(elapsedMs >= std::max(2 * delayMs, pauseMs),
                 qPrintable(QStringLiteral("answered after %1 ms").arg(elapsedMs)));
    } else {
        QVERIFY2(listing.error.contains(QStringLiteral("Could not reach %1").arg(proxyAddress)),
                 qPrintable(listing.error));
        QVERIFY2(
            elapsedMs >= budgetMs - 100,
            qPrintable(QStringLiteral("gave up after %1 ms of %2").arg(elapsedMs).arg(budgetMs)));
    }
    qInfo("%s after %lld ms, %d connection(s), %lld bytes forwarded",
          reached ? "listed" : "gave up", elapsedMs, proxy.connections(), proxy.bytesForwarded());
}

void TestConnection::slowBrokerAdministration()
{
    // The administration requests (groups, topics) wait for a slow broker too.
    SlowProxy proxy;
    QVERIFY2(proxy.listen(QHostAddress::LocalHost, portOf(env("TOPICDESK_TEST_SLOW_PROXY")),
                          QHostAddress::LocalHost, portOf(env("TOPICDESK_TEST_SLOW_UPSTREAM"))),
             qPrintable(proxy.errorString()));
    proxy.setDelay(300);
    proxy.pause(1500);
    ConnectionConfig config;
    config.bootstrapServers = env("TOPICDESK_TEST_SLOW_PROXY");
    QElapsedTimer timer;
    timer.start();
    QFutureWatcher<QString> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(QtConcurrent::run([config] {
        QString error;
        AdminClient::listGroups(config, 10000, &error);
        return error;
    }));
    QVERIFY(finished.wait(30000));
    QVERIFY2(watcher.result().isEmpty(), qPrintable(watcher.result()));
    QVERIFY(timer.elapsed() >= 1500);
    QVERIFY(proxy.connections() > 0);
}

void TestConnection::wrongSecurityProtocol_data()
{
    QTest::addColumn<QString>("listener"); // the variable holding the listener's address
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<QString>("expected");
    using S = ConnectionConfig::Security;
    const QString brokers = QStringLiteral("TOPICDESK_TEST_BROKERS");
    const QString sasl = QStringLiteral("TOPICDESK_TEST_SASL_BROKERS");
    const QString ssl = QStringLiteral("TOPICDESK_TEST_SSL_BROKERS");
    const QString saslSsl = QStringLiteral("TOPICDESK_TEST_SASL_SSL_BROKERS");
    QTest::newRow("SASL_PLAINTEXT to PLAINTEXT")
        << brokers << S::SaslPlaintext
        << "does not speak SASL on this port: check the security protocol (SASL_PLAINTEXT was "
           "used; this port expects PLAINTEXT)";
    QTest::newRow("SASL_SSL to SSL")
        << ssl << S::SaslSsl
        << "does not speak SASL on this port: check the security protocol (SASL_SSL was used; "
           "this port expects SSL)";
    QTest::newRow("SSL to PLAINTEXT")
        << brokers << S::Ssl << "does not speak TLS on this port: check the security protocol";
    QTest::newRow("SSL to SASL_PLAINTEXT")
        << sasl << S::Ssl << "does not speak TLS on this port: check the security protocol";
    QTest::newRow("SASL_SSL to SASL_PLAINTEXT")
        << sasl << S::SaslSsl
        << "does not speak TLS on this port: check the security protocol (SASL_SSL was used; "
           "this port expects SASL_PLAINTEXT)";
    QTest::newRow("PLAINTEXT to SSL")
        << ssl << S::Plaintext
        << "expects TLS on this port: check the security protocol (PLAINTEXT was used";
    QTest::newRow("SASL_PLAINTEXT to SASL_SSL")
        << saslSsl << S::SaslPlaintext
        << "expects TLS on this port: check the security protocol (SASL_PLAINTEXT was used; this "
           "port expects SASL_SSL)";
    QTest::newRow("PLAINTEXT to SASL_PLAINTEXT")
        << sasl << S::Plaintext
        << "expects SASL authentication on this port: check the security protocol (PLAINTEXT "
           "was used; this port expects SASL_PLAINTEXT)";
    QTest::newRow("SSL to SASL_SSL")
        << saslSsl << S::Ssl
        << "expects SASL authentication on this port: check the security protocol (SSL was "
           "used; this port expects SASL_SSL)";
}

void TestConnection::wrongSecurityProtocol()
{
    QFETCH(QString, listener);
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(QString, expected);
    ConnectionConfig config;
    config.bootstrapServers = env(listener.toLatin1().constData());
    config.groupId = ConnectionConfig::defaultGroupId();
    QVERIFY(!config.bootstrapServers.isEmpty());
    config.security = security;
    config.username = QStringLiteral("alice");
    config.password = QStringLiteral("alice-secret");
    if (config.usesSsl())
        config.caFile = env("TOPICDESK_TEST_SSL_CA");
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate().join(QLatin1Char(' '))));
    QElapsedTimer timer;
    timer.start();
    const TopicListing listing = ClusterMetadata::fetchTopics(config, 10000);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(
        listing.error.contains(QStringLiteral("The broker at %1 ").arg(config.bootstrapServers)),
        qPrintable(listing.error));
    QVERIFY2(listing.error.contains(expected), qPrintable(listing.error));
    QVERIFY2(!listing.error.contains(QLatin1String("Authentication failed")),
             qPrintable(listing.error));
    // Said as soon as the broker answered, not after the 10 s budget.
    QVERIFY2(elapsedMs < 2000, qPrintable(QStringLiteral("told after %1 ms").arg(elapsedMs)));
}

void TestConnection::messagesNameTheAddressUsed_data()
{
    QTest::addColumn<QString>("field");    // bootstrapServers as typed (not used)
    QTest::addColumn<QString>("property"); // bootstrap.servers among the properties (used)
    QTest::addColumn<QString>("expected"); // a fragment after the address
    QTest::addColumn<int>("budgetMs");
    const QString broker = TestCluster::brokers();
    // A listener without SASL, spoken to with SASL: the broker's own address must be named.
    QTest::newRow("property names the broker")
        << "127.0.0.1:1" << broker << " does not speak SASL" << 10000;
    // Nothing listens on port 1: "could not reach" must name port 1, not the field's broker.
    QTest::newRow("property names nowhere") << broker << "127.0.0.1:1"
                                            << "" << 1500;
}

void TestConnection::messagesNameTheAddressUsed()
{
    QFETCH(QString, field);
    QFETCH(QString, property);
    QFETCH(QString, expected);
    QFETCH(int, budgetMs);
    ConnectionConfig config;
    config.bootstrapServers = field;
    config.properties = {{QStringLiteral("bootstrap.servers"), property}};
    if (!expected.isEmpty()) {
        config.security = ConnectionConfig::Security::SaslPlaintext;
        config.username = QStringLiteral("alice");
        config.password = QStringLiteral("alice-secret");
    }
    QCOMPARE(config.effectiveBootstrapServers(), property);
    const TopicListing listing = ClusterMetadata::fetchTopics(config, budgetMs);
    QVERIFY(!listing.error.isEmpty());
    QVERIFY2(!listing.error.contains(field), qPrintable(listing.error));
    if (expected.isEmpty())
        QVERIFY2(listing.error.contains(QStringLiteral("Could not reach %1").arg(property)),
                 qPrintable(listing.error));
    else
        QVERIFY2(
            listing.error.contains(QStringLiteral("The broker at %1%2").arg(property, expected)),
            qPrintable(listing.error));
}

void TestConnection::webServerIsNotKafka()
{
    // Answers whatever it is sent as a web server would, then closes.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost));
    connect(&web, &QTcpServer::newConnection, &web, [&web] {
        while (QTcpSocket *socket = web.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                              "Connection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(web.serverPort());
    const int budgetMs = 10000;
    qint64 elapsedMs = 0;
    const TopicListing listing = fetchWhileServing(config, budgetMs, &elapsedMs);
    QVERIFY2(listing.error.startsWith(QStringLiteral("%1 is not a Kafka broker: a web server "
                                                     "(HTTP) answered there.")
                                          .arg(config.bootstrapServers)),
             qPrintable(listing.error));
    QVERIFY2(elapsedMs < budgetMs / 2, qPrintable(QString::number(elapsedMs)));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
