#include "consumerharness.h"

#include <QSignalSpy>
#include <QTest>

ConsumerHarness::ConsumerHarness(const ConnectionConfig &config, const ConsumerOptions &options)
    : m_worker(new ConsumerWorker(config, options))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &ConsumerWorker::start);
    // Every connection is queued onto this (the test's) thread.
    connect(m_worker, &ConsumerWorker::messagesReceived, this,
            [this](const KafkaMessageBatch &batch) {
                messages.append(batch.toList());
                ++batches;
            });
    connect(m_worker, &ConsumerWorker::errorOccurred, this,
            [this](const QString &message) { errors.append(message); });
    connect(m_worker, &ConsumerWorker::partitionsAssigned, this,
            [this](const QList<qint32> &partitions, int generation) {
                assignments.append(partitions);
                generations.append(generation);
                for (qint32 p : partitions) {
                    if (!assignment.contains(p))
                        assignment.append(p);
                }
                std::sort(assignment.begin(), assignment.end());
            });
    connect(m_worker, &ConsumerWorker::partitionsRevoked, this,
            [this](const QList<qint32> &partitions, int) {
                revocations.append(partitions);
                for (qint32 p : partitions)
                    assignment.removeAll(p);
            });
    connect(m_worker, &ConsumerWorker::acksApplied, this,
            [this](const QList<AckTracker::AckOutcome> &applied) { outcomes.append(applied); });
    connect(m_worker, &ConsumerWorker::commitsConfirmed, this,
            [this](const MessagePositions &positions) { confirmed.append(positions); });
    connect(m_worker, &ConsumerWorker::commitFailed, this,
            [this](const MessagePositions &positions, const QString &reason, int retryInMs) {
                commitFailures.append({positions, reason, retryInMs});
            });
    connect(m_worker, &ConsumerWorker::notice, this,
            [this](const QString &message) { notices.append(message); });
    connect(m_worker, &ConsumerWorker::offsetsUpdated, this,
            [this](const PartitionOffsetsList &latest) { offsets = latest; });
    connect(m_worker, &ConsumerWorker::stopped, this, [this] { m_stopped = true; });
    connect(m_worker, &ConsumerWorker::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);
}

ConsumerHarness::~ConsumerHarness()
{
    if (m_thread.isRunning() && !m_stopped)
        stop();
}

void ConsumerHarness::start()
{
    m_thread.start();
}

bool ConsumerHarness::stop(int timeoutMs)
{
    QMetaObject::invokeMethod(m_worker, &ConsumerWorker::stop, Qt::QueuedConnection);
    return QTest::qWaitFor([this] { return m_stopped; }, timeoutMs) && m_thread.wait(timeoutMs);
}

void ConsumerHarness::ack(const MessagePositions &toAck)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, toAck] { worker->ack(toAck); }, Qt::QueuedConnection);
}

void ConsumerHarness::seekToOffset(qint32 partition, qint64 offset)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, partition, offset] { worker->seekToOffset(partition, offset); },
        Qt::QueuedConnection);
}

void ConsumerHarness::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, partition, timestampMs] {
            worker->seekToTimestamp(partition, timestampMs);
        },
        Qt::QueuedConnection);
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
