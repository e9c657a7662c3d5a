// A send that went out and was never answered may be stored all the same: it is reported failed
// with maybeStored and words that say so, not as "no broker took the message". The broker's
// silence is made by librdkafka's mock cluster (a round trip longer than the message timeout),
// which a real broker cannot do on demand; tst_brokerfaults checks the counts against a real
// broker that is stopped during a bulk send.
#include "kafkaerrors.h"
#include "mockcluster.h"
#include "producer.h"

#include <QSignalSpy>
#include <QTest>

class TestUnconfirmedSend final : public QObject
{
    Q_OBJECT
private slots:
    void aSendTheBrokerNeverAnsweredMayBeStored();
};

void TestUnconfirmedSend::aSendTheBrokerNeverAnsweredMayBeStored()
{
    MockCluster cluster;
    QVERIFY(cluster.get());
    QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "silent", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
    ConnectionConfig config;
    config.bootstrapServers = cluster.bootstrapServers();
    config.topic = QStringLiteral("silent");
    config.properties.append({QStringLiteral("message.timeout.ms"), QStringLiteral("2000")});

    Producer producer;
    QString error;
    QVERIFY2(producer.open(config, {}, &error), qPrintable(error));
    QSignalSpy delivered(&producer, &Producer::delivered);
    // The first send finds the partition's leader and is answered.
    QVERIFY2(producer.send({.topic = config.topic, .value = "answered"}, &error) != 0,
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
    QVERIFY(delivered.at(0).at(0).value<DeliveryReport>().delivered());
    QVERIFY(!delivered.at(0).at(0).value<DeliveryReport>().maybeStored);

    // Then the broker takes 10 s to answer anything: the next send is written and times out.
    QCOMPARE(rd_kafka_mock_broker_set_rtt(cluster.get(), 1, 10000), RD_KAFKA_RESP_ERR_NO_ERROR);
    QVERIFY2(producer.send({.topic = config.topic, .value = "unanswered"}, &error) != 0,
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 20000);
    const auto report = delivered.at(1).at(0).value<DeliveryReport>();
    QVERIFY(!report.delivered());
    QVERIFY(!report.neverSent);
    QVERIFY(report.maybeStored);
    QCOMPARE(report.error, KafkaErrors::describeUnconfirmed());
    rd_kafka_mock_broker_set_rtt(cluster.get(), 1, 0);
}

QTEST_GUILESS_MAIN(TestUnconfirmedSend)
#include "tst_unconfirmedsend.moc"
