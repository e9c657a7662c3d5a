// ConsumerHarness: a consumer on its own thread (ConsumerThread), as the application runs it,
// with everything it reports collected for a test to inspect and wait on.
#pragma once

#include "consumerthread.h"

#include <QObject>

class ConsumerHarness final : public QObject
{
    Q_OBJECT
public:
    explicit ConsumerHarness(const ConnectionConfig &config, const ConsumerOptions &options = {});
    ~ConsumerHarness() override;

    void start();
    // Stops the worker (it commits what was acknowledged and leaves the group); false when it
    // did not stop within the timeout.
    bool stop(int timeoutMs = 30000);
    void ack(const MessagePositions &messages);
    void seekToOffset(qint32 partition, qint64 offset);
    void seekToTimestamp(qint32 partition, qint64 timestampMs);

    // Waits until at least `count` messages arrived; false on timeout.
    bool waitForMessages(int count, int timeoutMs = 60000);
    // Waits until the broker confirmed a commit of at least `position` on the partition.
    bool waitForCommit(qint32 partition, qint64 position, int timeoutMs = 30000);
    qint64 confirmedPosition(qint32 partition) const;

    QList<KafkaMessage> messages;
    int batches = 0;
    QStringList errors;
    QList<qint32> assignment; // the current one
    QList<QList<qint32>> assignments;
    QList<QList<qint32>> revocations;
    QList<int> generations;
    QList<AckTracker::AckOutcome> outcomes;
    MessagePositions confirmed;
    struct CommitFailure
    {
        MessagePositions positions;
        QString reason;
        int retryInMs = -1;
    };
    QList<CommitFailure> commitFailures;
    QStringList notices;
    PartitionOffsetsList offsets; // the latest

private:
    ConsumerThread m_consumer;
    bool m_stopped = false;
};
