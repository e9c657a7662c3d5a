// Configuration parsing and validation: what the user types and what the environment says,
// and the plain-language reason whenever it cannot be used.
#include "connectionconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionConfig final : public QObject
{
    Q_OBJECT
private slots:
    void bootstrapServers_data();
    void bootstrapServers();
    void topicName_data();
    void topicName();
    void groupId_data();
    void groupId();
    void fromEnvironment_data();
    void fromEnvironment();
    void validateCollectsEveryProblem();
    void effectiveBootstrapServers_data();
    void effectiveBootstrapServers();
    void tlsFilesAreChecked_data();
    void tlsFilesAreChecked();
};

void TestConnectionConfig::bootstrapServers_data()
{
    QTest::addColumn<QString>("servers");
    QTest::addColumn<QString>("expectedProblem"); // a fragment of the message; empty: valid

    QTest::newRow("one host") << "localhost:9092"
                              << "";
    QTest::newRow("ip") << "127.0.0.1:29092"
                        << "";
    QTest::newRow("several, spaced") << "a.example:9092, b.example:9093"
                                     << "";
    QTest::newRow("ipv6") << "[::1]:9092"
                          << "";
    QTest::newRow("scheme") << "PLAINTEXT://broker:9092"
                            << "";
    QTest::newRow("port 65535") << "h:65535"
                                << "";
    QTest::newRow("empty") << ""
                           << "No bootstrap server";
    QTest::newRow("blank") << "   "
                           << "No bootstrap server";
    QTest::newRow("no port") << "localhost"
                             << "has no port";
    QTest::newRow("port 0") << "localhost:0"
                            << "between 1 and 65535";
    QTest::newRow("port too big") << "localhost:70000"
                                  << "between 1 and 65535";
    QTest::newRow("port not a number") << "localhost:http"
                                       << "is not a host:port";
    QTest::newRow("trailing comma") << "a:1,"
                                    << "empty entry";
    QTest::newRow("space in host") << "my host:9092"
                                   << "is not a host:port";
    QTest::newRow("second entry bad") << "a:1,b"
                                      << "\"b\" has no port";
}

void TestConnectionConfig::bootstrapServers()
{
    QFETCH(QString, servers);
    QFETCH(QString, expectedProblem);
    const QString problem = ConnectionConfig::checkBootstrapServers(servers);
    if (expectedProblem.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expectedProblem), qPrintable(problem));
}

void TestConnectionConfig::topicName_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("expectedProblem");

    QTest::newRow("plain") << "test-topic"
                           << "";
    QTest::newRow("all allowed characters") << "Orders.v2_eu-1"
                                            << "";
    QTest::newRow("249 characters") << QString(249, QLatin1Char('a')) << "";
    QTest::newRow("250 characters") << QString(250, QLatin1Char('a')) << "at most 249";
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("dot") << "."
                         << "cannot be named";
    QTest::newRow("dot dot") << ".."
                             << "cannot be named";
    QTest::newRow("space") << "my topic"
                           << "may only contain";
    QTest::newRow("slash") << "a/b"
                           << "may only contain";
    QTest::newRow("non-ascii") << QStringLiteral("chủ-đề") << "may only contain";
}

void TestConnectionConfig::topicName()
{
    QFETCH(QString, topic);
    QFETCH(QString, expectedProblem);
    const QString problem = ConnectionConfig::checkTopicName(topic);
    if (expectedProblem.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expectedProblem), qPrintable(problem));
}

void TestConnectionConfig::groupId_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "my-group" << true;
    QTest::newRow("with spaces inside") << "team a" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("leading space") << " g" << false;
}

void TestConnectionConfig::groupId()
{
    QFETCH(QString, group);
    QFETCH(bool, valid);
    QCOMPARE(ConnectionConfig::checkGroupId(group).isEmpty(), valid);
}

void TestConnectionConfig::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("brokers");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("sandbox");

    QTest::newRow("nothing set: sandbox, default group") << QStringList{} << ""
                                                         << ""
                                                         << "topicdesk" << true;
    QTest::newRow("the tutorial's variables")
        << QStringList{"KAFKA_BROKERS=localhost:29092", "KAFKA_TOPIC=test-topic",
                       "KAFKA_GROUP=my-group"}
        << "localhost:29092"
        << "test-topic"
        << "my-group" << false;
    QTest::newRow("whitespace trimmed")
        << QStringList{"KAFKA_BROKERS= k:9092 ", "KAFKA_GROUP= g "} << "k:9092"
        << ""
        << "g" << false;
    QTest::newRow("empty brokers mean the sandbox") << QStringList{"KAFKA_BROKERS="} << ""
                                                    << ""
                                                    << "topicdesk" << true;
}

void TestConnectionConfig::fromEnvironment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, brokers);
    QFETCH(QString, topic);
    QFETCH(QString, group);
    QFETCH(bool, sandbox);
    QProcessEnvironment environment;
    for (const QString &variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    const ConnectionConfig config = ConnectionConfig::fromEnvironment(environment);
    QCOMPARE(config.bootstrapServers, brokers);
    QCOMPARE(config.topic, topic);
    QCOMPARE(config.groupId, group);
    QCOMPARE(config.usesSandbox(), sandbox);
    QVERIFY(config.validate().isEmpty());
}

void TestConnectionConfig::validateCollectsEveryProblem()
{
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("nohost");
    config.topic = QStringLiteral("bad topic");
    config.groupId.clear();
    const QStringList problems = config.validate();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(0).contains(QLatin1String("no port")));
    QVERIFY(problems.at(1).contains(QLatin1String("may only contain")));
    QVERIFY(problems.at(2).contains(QLatin1String("consumer group")));
}

void TestConnectionConfig::effectiveBootstrapServers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("properties"); // name=value, in order
    QTest::addColumn<QString>("effective");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("problem"); // a fragment of validate()'s message; empty: none

    QTest::newRow("field only") << " a:1 " << QStringList{} << "a:1" << false << "";
    QTest::newRow("property wins")
        << "a:1" << QStringList{"bootstrap.servers=b:2"} << "b:2" << false << "";
    QTest::newRow("alias wins") << "a:1" << QStringList{"metadata.broker.list=c:3"} << "c:3"
                                << false << "";
    QTest::newRow("the last one wins, as in librdkafka")
        << "a:1" << QStringList{"bootstrap.servers=b:2", "metadata.broker.list=c:3"} << "c:3"
        << false << "";
    QTest::newRow("other properties do not count")
        << "a:1" << QStringList{"client.rack=r1"} << "a:1" << false << "";
    // A --config file naming the brokers is enough: no sandbox, no "no brokers" complaint.
    QTest::newRow("property without field")
        << "" << QStringList{"bootstrap.servers=b:2"} << "b:2" << false << "";
    // The address checked is the one used.
    QTest::newRow("bad property address")
        << "a:1" << QStringList{"bootstrap.servers=nohost"} << "nohost" << false << "no port";
    QTest::newRow("neither: sandbox") << "" << QStringList{} << "" << true << "";
}

void TestConnectionConfig::effectiveBootstrapServers()
{
    QFETCH(QString, field);
    QFETCH(QStringList, properties);
    QFETCH(QString, effective);
    QFETCH(bool, sandbox);
    QFETCH(QString, problem);
    ConnectionConfig config;
    config.bootstrapServers = field;
    config.groupId = ConnectionConfig::defaultGroupId();
    for (const QString &property : properties)
        config.properties.append(
            {property.section(QLatin1Char('='), 0, 0), property.section(QLatin1Char('='), 1)});
    QCOMPARE(config.effectiveBootstrapServers(), effective);
    QCOMPARE(config.usesSandbox(), sandbox);
    const QString problems = config.validate().join(QLatin1Char(' '));
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    else
        QVERIFY2(problems.contains(problem), qPrintable(problems));
}

void TestConnectionConfig::tlsFilesAreChecked_data()
{
    QTest::addColumn<ConnectionConfig::Security>("security");
    QTest::addColumn<QString>("caFile"); // "missing", "directory", "readable" or ""
    QTest::addColumn<QString>("problem");
    using S = ConnectionConfig::Security;
    QTest::newRow("readable CA") << S::Ssl << "readable"
                                 << "";
    QTest::newRow("no CA: the system's") << S::Ssl << ""
                                         << "";
    QTest::newRow("missing CA") << S::Ssl << "missing"
                                << "The CA file \"%1\" does not exist.";
    QTest::newRow("CA is a directory") << S::SaslSsl << "directory"
                                       << "The CA file \"%1\" cannot be read.";
    // Without TLS the CA file is not used, so not checked.
    QTest::newRow("missing CA, no TLS") << S::Plaintext << "missing"
                                        << "";
}

void TestConnectionConfig::tlsFilesAreChecked()
{
    QFETCH(ConnectionConfig::Security, security);
    QFETCH(QString, caFile);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("broker:9093");
    config.groupId = ConnectionConfig::defaultGroupId();
    config.security = security;
    config.username = QStringLiteral("alice");
    if (caFile == QLatin1String("readable")) {
        config.caFile = dir.filePath(QStringLiteral("ca.pem"));
        QFile file(config.caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
    } else if (caFile == QLatin1String("missing")) {
        config.caFile = dir.filePath(QStringLiteral("nothing-here.pem"));
    } else if (caFile == QLatin1String("directory")) {
        config.caFile = dir.path();
    }
    const QStringList problems = config.validate();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(), problem.arg(config.caFile));
    }
}

QTEST_GUILESS_MAIN(TestConnectionConfig)
#include "tst_connectionconfig.moc"
