// Bulk sends against a real Kafka broker: 100,000 messages from a template reach 100% with
// every message readable, and Cancel stops a send and says exactly how many were delivered.
#include "bulksender.h"
#include "consumerharness.h"
#include "testcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestBulk final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hundredThousandFromATemplate();
    void cancelSaysHowManyWereSent();
};

void TestBulk::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
}

void TestBulk::hundredThousandFromATemplate()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("bulk"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const qint64 count = 100000;
    BulkSender sender;
    QList<BulkSender::Progress> progress;
    connect(&sender, &BulkSender::progressed, this,
            [&progress](const BulkSender::Progress &p) { progress.append(p); });
    QSignalSpy finished(&sender, &BulkSender::finished);
    QString error;
    QElapsedTimer sending;
    sending.start();
    QVERIFY2(
        sender.start(config, {}, count,
                     BulkSender::fromTemplate({.topic = config.topic}, QStringLiteral("k{{i}}"),
                                              false, QStringLiteral(R"({"n": {{i}}})")),
                     &error),
        qPrintable(error));
    QVERIFY(finished.wait(120000));
    const qint64 sendingMs = sending.elapsed();
    QCOMPARE(finished.first().at(1).toBool(), false);
    const auto last = finished.first().at(0).value<BulkSender::Progress>();
    QCOMPARE(last.total, count);
    QCOMPARE(last.delivered, count);
    QCOMPARE(last.failed, 0);
    QVERIFY(last.messagesPerSecond > 0);
    // Reported along the way (every 100 ms), not only at the end: a send that took long
    // enough for several reports has one with part of the messages delivered. (On an idle
    // machine the whole send can take under 200 ms.)
    qInfo("%lld messages in %lld ms, %lld progress reports", count, sendingMs,
          qint64(progress.size()));
    if (sendingMs >= 400)
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [count](const auto &p) {
            return p.delivered > 0 && p.delivered < count;
        }));
    QCOMPARE(progress.last().delivered, count);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).delivered >= progress.at(i - 1).delivered);

    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(int(count), 120000));
    QSet<qint64> numbers;
    for (const KafkaMessage &m : std::as_const(consumer.messages)) {
        const qint64 n = m.key.mid(1).toLongLong();
        QCOMPARE(m.value, QByteArray(R"({"n": )") + QByteArray::number(n) + '}');
        numbers.insert(n);
    }
    QCOMPARE(numbers.size(), int(count));
    QCOMPARE(*std::min_element(numbers.cbegin(), numbers.cend()), 0);
    QCOMPARE(*std::max_element(numbers.cbegin(), numbers.cend()), count - 1);
}

void TestBulk::cancelSaysHowManyWereSent()
{
    QString created;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("cancel"), 1, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const qint64 count = 5000000;
    BulkSender sender;
    QSignalSpy finished(&sender, &BulkSender::finished);
    bool cancelRequested = false;
    connect(&sender, &BulkSender::progressed, this, [&](const BulkSender::Progress &p) {
        if (!cancelRequested && p.delivered > 1000) {
            cancelRequested = true;
            sender.cancel();
        }
    });
    QString error;
    QVERIFY2(sender.start(config, {}, count,
                          BulkSender::fromTemplate({.topic = config.topic}, {}, true,
                                                   QStringLiteral("message {{i}}")),
                          &error),
             qPrintable(error));
    QVERIFY(finished.wait(120000));
    QVERIFY(cancelRequested);
    QCOMPARE(finished.first().at(1).toBool(), true);
    const auto last = finished.first().at(0).value<BulkSender::Progress>();
    QVERIFY(last.delivered > 1000);
    QVERIFY(last.delivered < count);
    QCOMPARE(last.failed, 0);

    // Exactly what it said was delivered is in the topic: no more, no less.
    ConsumerHarness consumer(config);
    consumer.start();
    QVERIFY(consumer.waitForMessages(int(last.delivered), 120000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !consumer.offsets.isEmpty() && consumer.offsets.first().highWatermark >= 0, 30000);
    QCOMPARE(consumer.offsets.first().highWatermark, last.delivered);
}

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
