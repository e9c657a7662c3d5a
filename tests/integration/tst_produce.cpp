// Producing against a real Kafka broker: acks levels, explicit partitions, headers and null
// versus empty keys and values round-tripping through a consumer, the partitioners, and the
// errors a user sees in plain words.
#include "adminclient.h"
#include "consumerharness.h"
#include "producer.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QTest>

namespace {
// Sends the requests with the given settings and returns their reports in send order.
QList<DeliveryReport> sendAll(const ConnectionConfig &config, const ProducerSettings &settings,
                              const QList<ProduceRequest> &requests, QString *error = nullptr)
{
    Producer producer;
    QString problem;
    if (!producer.open(config, settings, &problem)) {
        if (error)
            *error = problem;
        return {};
    }
    QHash<quint64, DeliveryReport> reports;
    QObject::connect(&producer, &Producer::delivered,
                     [&reports](const DeliveryReport &r) { reports.insert(r.requestId, r); });
    QList<quint64> ids;
    for (const ProduceRequest &request : requests) {
        const quint64 id = producer.send(request, &problem, 5000);
        if (id == 0) {
            if (error)
                *error = problem;
            return {};
        }
        ids.append(id);
    }
    if (!QTest::qWaitFor([&] { return reports.size() == requests.size(); }, 60000))
        return {};
    QList<DeliveryReport> ordered;
    for (quint64 id : std::as_const(ids))
        ordered.append(reports.value(id));
    return ordered;
}

ProduceRequest keyless(const QString &topic, const QByteArray &value)
{
    return {.topic = topic, .value = value};
}
} // namespace

class TestProduce final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void acksLevelsDeliver_data();
    void acksLevelsDeliver();
    void explicitPartitionIsWhereItLands();
    void headersAndNullsRoundTrip();
    void roundRobinSpreadsEvenly();
    void murmur2MatchesTheJavaClient();
    void oversizedMessageSaysSo();
    void badTopicNamesAreRejectedBeforeSending();
};

void TestProduce::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestProduce::acksLevelsDeliver_data()
{
    QTest::addColumn<ProducerSettings::Acks>("acks");
    QTest::addColumn<bool>("offsetKnown");
    QTest::newRow("acks=0") << ProducerSettings::Acks::None << false;
    QTest::newRow("acks=1") << ProducerSettings::Acks::Leader << true;
    QTest::newRow("acks=all") << ProducerSettings::Acks::All << true;
}

void TestProduce::acksLevelsDeliver()
{
    QFETCH(ProducerSettings::Acks, acks);
    QFETCH(bool, offsetKnown);
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("acks"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    ProducerSettings settings;
    settings.acks = acks;
    QString error;
    const QList<DeliveryReport> reports =
        sendAll(config, settings, {keyless(config.topic, "first"), keyless(config.topic, "second")},
                &error);
    QVERIFY2(reports.size() == 2, qPrintable(error));
    for (const DeliveryReport &report : reports) {
        QVERIFY2(report.delivered(), qPrintable(report.error));
        QCOMPARE(report.partition, 0);
        // With acks=0 nobody answers: the offset is unknown, not 0.
        QCOMPARE(report.offset >= 0, offsetKnown);
    }
    if (offsetKnown)
        QCOMPARE(reports.at(1).offset, reports.at(0).offset + 1);
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(2));
    QCOMPARE(consumer.messages.at(0).value, QByteArray("first"));
    QCOMPARE(consumer.messages.at(1).value, QByteArray("second"));
}

void TestProduce::explicitPartitionIsWhereItLands()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("explicit"), 4, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    QList<ProduceRequest> requests;
    for (int i = 0; i < 8; ++i) {
        ProduceRequest request{
            .topic = config.topic, .key = QByteArray("same key"), .value = QByteArray::number(i)};
        request.partition = i % 4;
        requests.append(request);
    }
    const QList<DeliveryReport> reports = sendAll(config, {}, requests);
    QCOMPARE(reports.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(reports.at(i).partition, i % 4);
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(8));
    for (const KafkaMessage &m : std::as_const(consumer.messages))
        QCOMPARE(m.partition, m.value.toInt() % 4);
}

void TestProduce::headersAndNullsRoundTrip()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("headers"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QByteArray binary("\x00\xff\x10\x80", 4);
    ProduceRequest withHeaders{.topic = config.topic, .key = QByteArray("k"), .value = "v"};
    withHeaders.headers = {{"trace", "abc", false},
                           {"trace", "def", false}, // a repeated name
                           {"blob", binary, false},
                           {"nothing", {}, true}, // a null header value
                           {"empty", "", false}};
    ProduceRequest emptyKey{.topic = config.topic, .key = QByteArray(""), .value = ""};
    ProduceRequest nullKey{.topic = config.topic, .value = "null key"};
    ProduceRequest tombstone{.topic = config.topic, .key = QByteArray("gone")};
    tombstone.valueIsNull = true;
    QCOMPARE(sendAll(config, {}, {withHeaders, emptyKey, nullKey, tombstone}).size(), 4);

    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(4));
    const KafkaMessage &h = consumer.messages.at(0);
    QCOMPARE(h.headers.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(h.headers.at(i).name, withHeaders.headers.at(i).name);
        QCOMPARE(h.headers.at(i).value, withHeaders.headers.at(i).value);
        QCOMPARE(h.headers.at(i).valueIsNull, withHeaders.headers.at(i).valueIsNull);
    }
    const KafkaMessage &e = consumer.messages.at(1);
    QVERIFY(!e.keyIsNull);
    QVERIFY(e.key.isEmpty());
    QVERIFY(!e.valueIsNull);
    QVERIFY(e.value.isEmpty());
    QVERIFY(consumer.messages.at(2).keyIsNull);
    QVERIFY(consumer.messages.at(3).valueIsNull);
    QVERIFY(!consumer.messages.at(3).keyIsNull);
}

void TestProduce::roundRobinSpreadsEvenly()
{
    QString created;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("roundrobin"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    ProducerSettings settings;
    settings.partitioner = ProducerSettings::Partitioner::RoundRobin;
    QList<ProduceRequest> requests;
    for (int i = 0; i < 300; ++i)
        requests.append(keyless(config.topic, QByteArray::number(i)));
    QString error;
    const QList<DeliveryReport> reports = sendAll(config, settings, requests, &error);
    QVERIFY2(reports.size() == 300, qPrintable(error));
    QList<int> perPartition(3, 0);
    for (const DeliveryReport &r : reports)
        ++perPartition[r.partition];
    for (int i = 0; i < 6; ++i)
        QCOMPARE(reports.at(i).partition, i % 3); // one after the other, not just in total
    QCOMPARE(perPartition, (QList<int>{100, 100, 100}));
}

void TestProduce::murmur2MatchesTheJavaClient()
{
    // Java's Utils.murmur2 of these keys (UTF-8), as published with KafkaJS's partitioner
    // tests; the Java client puts a key on toPositive(murmur2(key)) % partitions.
    const QList<QPair<QByteArray, qint32>> vectors = {
        {"0", 971027396},       {"1", -1993445489},      {"128", -326012175},
        {"2187", -1508407203},  {"16384", -325739742},   {"78125", -1654490814},
        {"279936", 1462227128}, {"823543", -2014198330},
    };
    const int partitions = 7;
    QString created;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("murmur2"), partitions, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    ProducerSettings settings;
    settings.partitioner = ProducerSettings::Partitioner::Murmur2;
    QList<ProduceRequest> requests;
    for (const auto &[key, hash] : vectors)
        requests.append({.topic = config.topic, .key = key, .value = key});
    const QList<DeliveryReport> reports = sendAll(config, settings, requests);
    QCOMPARE(reports.size(), vectors.size());
    for (int i = 0; i < vectors.size(); ++i) {
        const qint32 expected = qint32(quint32(vectors.at(i).second) & 0x7fffffff) % partitions;
        QVERIFY2(reports.at(i).partition == expected,
                 qPrintable(QStringLiteral("key %1 went to %2, Java puts it on %3")
                                .arg(QString::fromLatin1(vectors.at(i).first))
                                .arg(reports.at(i).partition)
                                .arg(expected)));
    }
}

void TestProduce::oversizedMessageSaysSo()
{
    QString created;
    ConnectionConfig config = TestCluster::newTopic(QStringLiteral("oversized"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QByteArray big(2 * 1024 * 1024, 'x');
    // Refused by the client before sending (message.max.bytes is 1 MB by default)...
    Producer producer;
    QString error;
    QVERIFY(producer.open(config, {}, &error));
    QCOMPARE(producer.send({.topic = config.topic, .value = big}, &error), 0);
    QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));
    // ...and by the broker when the client lets it through.
    config.properties = {{QStringLiteral("message.max.bytes"), QStringLiteral("5000000")}};
    const QList<DeliveryReport> reports =
        sendAll(config, {}, {{.topic = config.topic, .value = big}});
    QCOMPARE(reports.size(), 1);
    QVERIFY(!reports.first().delivered());
    QVERIFY2(reports.first().error.contains(QLatin1String("larger than")),
             qPrintable(reports.first().error));
}

void TestProduce::badTopicNamesAreRejectedBeforeSending()
{
    ConnectionConfig nowhere;
    nowhere.bootstrapServers = QStringLiteral("127.0.0.1:1"); // would time out if contacted
    QElapsedTimer timer;
    timer.start();
    const QString error =
        AdminClient::createTopic(nowhere, QStringLiteral("bad name!"), 1, 1, 10000);
    QVERIFY2(error.contains(QLatin1String("may only contain")), qPrintable(error));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(AdminClient::createTopic(nowhere, QString(250, QLatin1Char('t')), 1, 1, 10000)
                .contains(QLatin1String("at most 249")));
}

QTEST_GUILESS_MAIN(TestProduce)
#include "tst_produce.moc"
