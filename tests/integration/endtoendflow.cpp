#include "endtoendflow.h"

#include "consumerharness.h"
#include "testcluster.h"

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
} // namespace

void EndToEndFlow::run(const ConnectionConfig &config, int count)
{
    // Message i is "message i" with the key "key-i" (TestCluster::produce), its report the
    // i-th: where it landed.
    const QList<DeliveryReport> reports = TestCluster::produce(config, count);
    QCOMPARE(reports.size(), count);
    QHash<QString, Sent> expected;
    QSet<qint32> partitionsUsed;
    for (int i = 0; i < count; ++i) {
        const DeliveryReport &report = reports.at(i);
        QVERIFY2(report.offset >= 0, qPrintable(QStringLiteral("message %1 has no offset").arg(i)));
        expected.insert(position(report.partition, report.offset),
                        {"key-" + QByteArray::number(i), "message " + QByteArray::number(i)});
        partitionsUsed.insert(report.partition);
    }
    QCOMPARE(expected.size(), count); // no two reports named the same partition and offset

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
