#include "groupresume.h"

#include "consumerharness.h"
#include "kafkaconf.h"

#include <QTest>

#include <librdkafka/rdkafkacpp.h>

#include <memory>

namespace {
constexpr int CommittedTimeoutMs = 20000;
constexpr int ReadTimeoutMs = 60000;

// The group's committed positions as OffsetFetch answers them, asked through a consumer that
// never joins the group. Not AdminClient::committedOffsets: librdkafka 2.0.2's admin
// ListConsumerGroupOffsets crashes (NULL consumer group in rd_kafka_handle_OffsetFetch) when the
// coordinator answers "not coordinator" or "loading", which is what it answers right after it
// moved or restarted.
QHash<qint32, qint64> committedPositions(const ConnectionConfig &config,
                                         const QList<qint32> &partitions, QString *error)
{
    QHash<qint32, qint64> committed;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Consumer, error);
    if (!conf)
        return committed;
    std::string reason;
    std::unique_ptr<RdKafka::KafkaConsumer> consumer(
        RdKafka::KafkaConsumer::create(conf.get(), reason));
    if (!consumer) {
        *error = QString::fromStdString(reason);
        return committed;
    }
    std::vector<RdKafka::TopicPartition *> list;
    for (qint32 p : partitions)
        list.push_back(RdKafka::TopicPartition::create(config.topic.toStdString(), p));
    // A coordinator that just moved or restarted says so ("not coordinator", "loading") until it
    // has read the group back: ask again until it answers.
    RdKafka::ErrorCode err = RdKafka::ERR_NO_ERROR;
    const bool answered = QTest::qWaitFor(
        [&] {
            err = consumer->committed(list, CommittedTimeoutMs);
            return err != RdKafka::ERR_NOT_COORDINATOR &&
                   err != RdKafka::ERR_COORDINATOR_LOAD_IN_PROGRESS &&
                   err != RdKafka::ERR_COORDINATOR_NOT_AVAILABLE;
        },
        CommittedTimeoutMs);
    if (!answered)
        *error =
            QStringLiteral("the coordinator did not answer within %1 ms: ").arg(CommittedTimeoutMs);
    if (err != RdKafka::ERR_NO_ERROR) {
        *error += QString::fromStdString(RdKafka::err2str(err));
    } else {
        for (const RdKafka::TopicPartition *tp : list)
            committed.insert(tp->partition(),
                             tp->err() == RdKafka::ERR_NO_ERROR ? tp->offset() : -1);
    }
    RdKafka::TopicPartition::destroy(list);
    consumer->close();
    return committed;
}
} // namespace

QHash<qint32, qint64> GroupResume::safePositions(const QList<KafkaMessage> &delivered,
                                                 const Acked &acked)
{
    QHash<qint32, qint64> positions;
    QHash<qint32, qint64> end;
    for (const KafkaMessage &m : delivered) {
        end[m.partition] = std::max(end.value(m.partition, -1), m.offset + 1);
        if (!acked.contains({m.partition, m.offset}) &&
            (!positions.contains(m.partition) || m.offset < positions.value(m.partition)))
            positions[m.partition] = m.offset;
    }
    for (auto it = end.cbegin(); it != end.cend(); ++it) {
        if (!positions.contains(it.key()))
            positions[it.key()] = it.value();
    }
    return positions;
}

QString GroupResume::checkCommitted(const ConnectionConfig &config,
                                    const QHash<qint32, qint64> &positions)
{
    QString error;
    const QHash<qint32, qint64> offsets = committedPositions(config, positions.keys(), &error);
    if (!error.isEmpty())
        return QStringLiteral("committed offsets: %1").arg(error);
    QStringList differences;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        const qint64 committed = offsets.value(it.key(), -1);
        if (committed != it.value())
            differences.append(QStringLiteral("partition %1 committed %2, acked up to %3")
                                   .arg(it.key())
                                   .arg(committed)
                                   .arg(it.value()));
    }
    return differences.join(QStringLiteral("; "));
}

QString GroupResume::checkResume(const ConnectionConfig &config,
                                 const QList<KafkaMessage> &delivered,
                                 const QHash<qint32, qint64> &positions)
{
    QSet<QPair<qint32, qint64>> expected;
    for (const KafkaMessage &m : delivered) {
        if (m.offset >= positions.value(m.partition))
            expected.insert({m.partition, m.offset});
    }
    ConsumerHarness consumer(config);
    consumer.start();
    if (!consumer.waitForMessages(int(expected.size()), ReadTimeoutMs))
        return QStringLiteral("the new consumer received %1 of the %2 messages not committed")
            .arg(consumer.messages.size())
            .arg(expected.size());
    QSet<QPair<qint32, qint64>> received;
    QHash<qint32, qint64> first;
    for (const KafkaMessage &m : std::as_const(consumer.messages)) {
        if (m.offset < positions.value(m.partition, 0))
            return QStringLiteral("%1:%2 came back although the group committed %3")
                .arg(m.partition)
                .arg(m.offset)
                .arg(positions.value(m.partition));
        if (received.contains({m.partition, m.offset}))
            return QStringLiteral("%1:%2 came twice").arg(m.partition).arg(m.offset);
        received.insert({m.partition, m.offset});
        if (!first.contains(m.partition))
            first.insert(m.partition, m.offset);
    }
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (it.value() != positions.value(it.key()))
            return QStringLiteral("partition %1 resumed at %2, not at the committed %3")
                .arg(it.key())
                .arg(it.value())
                .arg(positions.value(it.key()));
    }
    if (received != expected)
        return QStringLiteral("the new consumer received %1 messages, %2 were expected")
            .arg(received.size())
            .arg(expected.size());
    if (!consumer.stop())
        return QStringLiteral("the new consumer did not stop");
    return {};
}
