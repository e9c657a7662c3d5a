#include "consumerharness.h"

#include <QSignalSpy>
#include <QTest>

ConsumerHarness::ConsumerHarness(const ConnectionConfig &config, const ConsumerOptions &options)
    : m_consumer(config, options)
{
    // Every signal arrives on this (the test's) thread.
    connect(&m_consumer, &ConsumerThread::messagesReceived, this,
            [this](const KafkaMessageBatch &batch) {
                messages.append(batch.toList());
                ++batches;
            });
    connect(&m_consumer, &ConsumerThread::errorOccurred, this,
            [this](const QString &message) { errors.append(message); });
    connect(&m_consumer, &ConsumerThread::partitionsAssigned, this,
            [this](const QList<qint32> &partitions, int generation) {
                assignments.append(partitions);
                generations.append(generation);
                for (qint32 p : partitions) {
                    if (!assignment.contains(p))
                        assignment.append(p);
                }
                std::sort(assignment.begin(), assignment.end());
            });
    connect(&m_consumer, &ConsumerThread::partitionsRevoked, this,
            [this](const QList<qint32> &partitions, int) {
                revocations.append(partitions);
                for (qint32 p : partitions)
                    assignment.removeAll(p);
            });
    connect(&m_consumer, &ConsumerThread::acksApplied, this,
            [this](const QList<AckTracker::AckOutcome> &applied) { outcomes.append(applied); });
    connect(&m_consumer, &ConsumerThread::commitsConfirmed, this,
            [this](const MessagePositions &positions) { confirmed.append(positions); });
    connect(&m_consumer, &ConsumerThread::commitFailed, this,
            [this](const MessagePositions &positions, const QString &reason, int retryInMs) {
                commitFailures.append({positions, reason, retryInMs});
            });
    connect(&m_consumer, &ConsumerThread::notice, this,
            [this](const QString &message) { notices.append(message); });
    connect(&m_consumer, &ConsumerThread::offsetsUpdated, this,
            [this](const PartitionOffsetsList &latest) { offsets = latest; });
    connect(&m_consumer, &ConsumerThread::stopped, this, [this] { m_stopped = true; });
}

ConsumerHarness::~ConsumerHarness()
{
    if (m_consumer.isRunning() && !m_stopped)
        stop();
}

void ConsumerHarness::start()
{
    m_consumer.start();
}

bool ConsumerHarness::stop(int timeoutMs)
{
    m_consumer.stop();
    return QTest::qWaitFor([this] { return m_stopped; }, timeoutMs) && m_consumer.wait(timeoutMs);
}

void ConsumerHarness::ack(const MessagePositions &toAck)
{
    m_consumer.ack(toAck);
}

void ConsumerHarness::seekToOffset(qint32 partition, qint64 offset)
{
    m_consumer.seekToOffset(partition, offset);
}

void ConsumerHarness::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    m_consumer.seekToTimestamp(partition, timestampMs);
}

bool ConsumerHarness::waitForMessages(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return messages.size() >= count; }, timeoutMs);
}

bool ConsumerHarness::waitForCommit(qint32 partition, qint64 position, int timeoutMs)
{
    return QTest::qWaitFor([&] { return confirmedPosition(partition) >= position; }, timeoutMs);
}

qint64 ConsumerHarness::confirmedPosition(qint32 partition) const
{
    qint64 position = -1;
    for (const MessagePosition &p : confirmed) {
        if (p.partition == partition)
            position = std::max(position, p.offset);
    }
    return position;
}
