#include "testcluster.h"

#include "adminclient.h"
#include "clustermetadata.h"
#include "consumerharness.h"
#include "producer.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

QString TestCluster::brokers()
{
    return qEnvironmentVariable("TOPICDESK_TEST_BROKERS");
}

QString TestCluster::saslBrokers()
{
    return qEnvironmentVariable("TOPICDESK_TEST_SASL_BROKERS");
}

QString TestCluster::kafkaVersion()
{
    return qEnvironmentVariable("TOPICDESK_TEST_KAFKA_VERSION");
}

ConnectionConfig TestCluster::config(const QString &groupPrefix)
{
    ConnectionConfig config;
    config.bootstrapServers = brokers();
    config.groupId = uniqueName(groupPrefix);
    config.clientId = QStringLiteral("topicdesk-test");
    return config;
}

QString TestCluster::uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 0, 36);
}

ConnectionConfig TestCluster::newTopic(const QString &prefix, int partitions, QString *error)
{
    ConnectionConfig result = config(prefix);
    result.topic = uniqueName(prefix);
    *error = createTopic(result, result.topic, partitions);
    return result;
}

QString TestCluster::createTopic(const ConnectionConfig &config, const QString &name,
                                 int partitions)
{
    if (QString error = AdminClient::createTopic(config, name, partitions, 1, 20000);
        !error.isEmpty())
        return error;
    // CreateTopics returns before every broker's metadata cache has the topic.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const TopicListing listing = ClusterMetadata::fetchTopics(config, 5000);
        for (const TopicInfo &topic : listing.topics) {
            if (topic.name == name && topic.partitionCount == partitions)
                return {};
        }
    }
    return QStringLiteral("topic %1 did not appear in the metadata within 20 s").arg(name);
}

QList<DeliveryReport> TestCluster::produce(const ConnectionConfig &config, int count, int partition,
                                           bool keyed)
{
    Producer producer;
    QString error;
    if (!producer.open(config, {}, &error)) {
        qWarning("producer: %s", qPrintable(error));
        return {};
    }
    QHash<quint64, DeliveryReport> reports;
    QObject::connect(&producer, &Producer::delivered, [&reports](const DeliveryReport &report) {
        reports.insert(report.requestId, report);
    });
    QList<quint64> ids;
    for (int i = 0; i < count; ++i) {
        std::optional<QByteArray> key;
        if (keyed)
            key = QByteArray("key-") + QByteArray::number(i);
        ProduceRequest request{.topic = config.topic,
                               .key = key,
                               .value = QByteArray("message ") + QByteArray::number(i)};
        request.partition = partition;
        const quint64 id = producer.send(request, &error);
        if (id == 0) {
            qWarning("send %d: %s", i, qPrintable(error));
            return {};
        }
        ids.append(id);
    }
    if (!QTest::qWaitFor([&] { return reports.size() >= count; }, 60000))
        qWarning("only %lld of %d delivery reports arrived", qlonglong(reports.size()), count);
    QList<DeliveryReport> ordered;
    for (quint64 id : std::as_const(ids)) {
        if (reports.contains(id) && reports.value(id).delivered())
            ordered.append(reports.value(id));
    }
    return ordered;
}

QString TestCluster::roundTrip(const ConnectionConfig &config)
{
    constexpr int Count = 3;
    const QList<DeliveryReport> reports = produce(config, Count);
    if (reports.size() != Count)
        return QStringLiteral("%1 of %2 messages delivered").arg(reports.size()).arg(Count);
    ConsumerHarness consumer(config);
    consumer.start();
    if (!consumer.waitForMessages(Count))
        return QStringLiteral("%1 of %2 messages consumed: %3")
            .arg(consumer.messages.size())
            .arg(Count)
            .arg(consumer.errors.join(QLatin1Char('\n')));
    for (int i = 0; i < Count; ++i) {
        const QByteArray expected = QByteArray("message ") + QByteArray::number(i);
        if (consumer.messages.at(i).value != expected)
            return QStringLiteral("message %1 read back as \"%2\"")
                .arg(i)
                .arg(QString::fromUtf8(consumer.messages.at(i).value));
    }
    if (!consumer.stop())
        return QStringLiteral("the consumer did not stop");
    return {};
}

QHash<qint32, qint64> TestCluster::committed(const ConnectionConfig &config)
{
    const AdminClient::GroupOffsets offsets =
        AdminClient::committedOffsets(config, config.groupId, config.topic, 10000);
    if (!offsets.error.isEmpty())
        qWarning("committed offsets: %s", qPrintable(offsets.error));
    return offsets.committed;
}

qint64 TestCluster::committed(const ConnectionConfig &config, qint32 partition)
{
    return committed(config).value(partition, -1);
}
