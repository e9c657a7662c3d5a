#include "endtoendflow.h"

#include "consumerharness.h"
#include "producer.h"

#include <QHash>
#include <QSet>
#include <QTest>

namespace {
struct Sent
{
    QByteArray key;
    QByteArray value;
};

QString position(qint32 partition, qint64 offset)
{
    return QStringLiteral("%1:%2").arg(partition).arg(offset);
}

// Produces `count` keyed messages and returns them by "partition:offset" as the delivery
// reports placed them.
QHash<QString, Sent> produce(const ConnectionConfig &config, int count)
{
    Producer producer;
    QString error;
    if (!producer.open(config, {}, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    QHash<quint64, Sent> byRequest;
    QList<DeliveryReport> reports;
    QObject::connect(&producer, &Producer::delivered,
                     [&reports](const DeliveryReport &report) { reports.append(report); });
    for (int i = 0; i < count; ++i) {
        Sent sent{QStringLiteral("key-%1").arg(i % 97).toUtf8(),
                  QStringLiteral("value %1 of %2").arg(i).arg(count).toUtf8()};
        const quint64 id =
            producer.send({.topic = config.topic, .key = sent.key, .value = sent.value}, &error);
        if (id == 0) {
            QTest::qFail(qPrintable(QStringLiteral("send %1: %2").arg(i).arg(error)), __FILE__,
                         __LINE__);
            return {};
        }
        byRequest.insert(id, sent);
    }
    if (!QTest::qWaitFor([&] { return reports.size() >= count; }, 60000)) {
        QTest::qFail(qPrintable(QStringLiteral("only %1 of %2 delivery reports arrived")
                                    .arg(reports.size())
                                    .arg(count)),
                     __FILE__, __LINE__);
        return {};
    }
    QHash<QString, Sent> byPosition;
    for (const DeliveryReport &report : std::as_const(reports)) {
        if (!report.delivered() || report.offset < 0 || !byRequest.contains(report.requestId)) {
            QTest::qFail(qPrintable(QStringLiteral("bad report for request %1: %2 (offset %3)")
                                        .arg(report.requestId)
                                        .arg(report.error)
                                        .arg(report.offset)),
                         __FILE__, __LINE__);
            return {};
        }
        byPosition.insert(position(report.partition, report.offset),
                          byRequest.take(report.requestId));
    }
    if (byPosition.size() != count)
        QTest::qFail("two delivery reports named the same partition and offset", __FILE__,
                     __LINE__);
    return byPosition;
}
} // namespace

void EndToEndFlow::run(const ConnectionConfig &config, int count)
{
    const QHash<QString, Sent> expected = produce(config, count);
    if (QTest::currentTestFailed())
        return;
    QSet<qint32> partitionsUsed;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        partitionsUsed.insert(it.key().section(QLatin1Char(':'), 0, 0).toInt());

    ConsumerHarness consumer(config);
    consumer.start();
    const bool complete = consumer.waitForMessages(count, 90000);
    QVERIFY(consumer.stop());
    QVERIFY2(complete, qPrintable(QStringLiteral("received %1 of %2 messages; errors: %3")
                                      .arg(consumer.messages.size())
                                      .arg(count)
                                      .arg(consumer.errors.join(QStringLiteral("; ")))));
    const QList<KafkaMessage> &received = consumer.messages;
    const int batches = consumer.batches;

    QSet<QString> seen;
    for (const KafkaMessage &message : std::as_const(received)) {
        const QString at = position(message.partition, message.offset);
        QVERIFY2(!seen.contains(at), qPrintable(QStringLiteral("%1 arrived twice").arg(at)));
        seen.insert(at);
        QVERIFY2(expected.contains(at),
                 qPrintable(QStringLiteral("%1 was never reported as delivered").arg(at)));
        QCOMPARE(message.topic, config.topic);
        QVERIFY(!message.keyIsNull);
        QCOMPARE(message.key, expected.value(at).key);
        QCOMPARE(message.value, expected.value(at).value);
        QVERIFY(message.timestampMs > 0);
    }
    QCOMPARE(seen.size(), count);
    // Keys spread the messages over the partitions, and the worker batched them.
    QVERIFY2(partitionsUsed.size() > 1, "all messages landed on one partition");
    QVERIFY2(batches < count / 10,
             qPrintable(QStringLiteral("%1 batches for %2 messages").arg(batches).arg(count)));
}
