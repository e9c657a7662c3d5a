#include "bulkreadback.h"

#include "consumerharness.h"
#include "faultcluster.h"

#include <QSet>

namespace {
constexpr int ReadTimeoutMs = 120000;
}

QString BulkReadBack::check(const ConnectionConfig &config, int partitions, qint64 total,
                            qint64 delivered, qint64 maybeStored)
{
    // The watermarks count every record in the log, including any the consumer would not be
    // waited for: a duplicate shows up here even before reading.
    QString error;
    const QHash<qint32, qint64> counts =
        FaultCluster::recordCounts(config, config.topic, partitions, &error);
    if (!error.isEmpty())
        return error;
    qint64 stored = 0;
    for (qint64 count : counts)
        stored += count;
    if (stored < delivered || stored > delivered + maybeStored)
        return QStringLiteral("the topic holds %1 records, but %2 were reported delivered "
                              "(and %3 failed but maybe stored)")
            .arg(stored)
            .arg(delivered)
            .arg(maybeStored);

    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    ConsumerHarness consumer(config, options);
    consumer.start();
    if (!consumer.waitForMessages(int(stored), ReadTimeoutMs))
        return QStringLiteral("only %1 of %2 records could be read back")
            .arg(consumer.messages.size())
            .arg(stored);
    QSet<qint64> seen;
    for (const KafkaMessage &m : std::as_const(consumer.messages)) {
        bool ok = false;
        const qint64 i = m.key.startsWith('k') ? m.key.mid(1).toLongLong(&ok) : -1;
        if (!ok || i < 0 || i >= total)
            return QStringLiteral("record %1:%2 has a key that could never have been stored: %3")
                .arg(m.partition)
                .arg(m.offset)
                .arg(QString::fromLatin1(m.key.toPercentEncoding()));
        if (m.value != QByteArray("record ") + QByteArray::number(i))
            return QStringLiteral("record %1:%2 (key %3) has the value %4")
                .arg(m.partition)
                .arg(m.offset)
                .arg(i)
                .arg(QString::fromLatin1(m.value.toPercentEncoding()));
        if (seen.contains(i))
            return QStringLiteral("record %1 is in the topic twice (again at %2:%3)")
                .arg(i)
                .arg(m.partition)
                .arg(m.offset);
        seen.insert(i);
    }
    if (seen.size() != stored)
        return QStringLiteral("%1 records read back, the topic holds %2")
            .arg(seen.size())
            .arg(stored);
    if (!consumer.stop())
        return QStringLiteral("the reading consumer did not stop");
    return {};
}
