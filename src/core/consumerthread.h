// ConsumerThread: a ConsumerWorker on a thread of its own, the one way the window's session,
// the `consume` command and the tests run a consumer. It creates the worker, moves it onto the
// thread, passes requests to it as queued calls (so they run between its polls, in order), and
// repeats its signals on the owner's thread. Each one carries a generation number given by its
// owner, so that an owner replacing one consumer by another can tell a late signal from the one
// it replaced (a revocation sent while closing) from the new one's and drop it.
#pragma once

#include "acktracker.h"
#include "connectionconfig.h"
#include "consumeroptions.h"
#include "kafkamessagebatch.h"
#include "messageposition.h"
#include "ownedthread.h"
#include "partitionoffsets.h"

#include <QObject>
#include <QPointer>

class ConsumerWorker;

class ConsumerThread final : public QObject
{
    Q_OBJECT
public:
    // config.topic is the topic to read (see ConsumerWorker). Nothing runs until start().
    explicit ConsumerThread(const ConnectionConfig &config, const ConsumerOptions &options = {},
                            quint64 generation = 0, QObject *parent = nullptr);
    // Quits the thread and waits for it. The worker is deleted on its own thread as the thread
    // ends, closing its consumer if stop() did not; call stop() and wait for stopped() first
    // to leave the group having committed what was acknowledged.
    ~ConsumerThread() override;

    quint64 generation() const { return m_generation; }

    // Starts the thread; the worker creates its consumer there (started() or errorOccurred()
    // and stopped() follow).
    void start();
    // Queued behind every request made before it: commits what was acknowledged, leaves the
    // group and closes the consumer; stopped() follows, then the thread ends (finished()).
    void stop();
    // Like stop(), but as a crashed process ends (see ConsumerWorker::crash()): nothing is
    // committed and the group is not left; the partitions move after session.timeout.ms.
    void crash();
    bool isRunning() const;
    // Waits for the thread to end (timeoutMs -1: however long it takes); false when it did
    // not end in time.
    bool wait(int timeoutMs = -1);

    // Requests to the worker, run on its thread in the order made.
    void ack(const MessagePositions &messages);
    void seekToOffset(qint32 partition, qint64 offset);
    void seekToTimestamp(qint32 partition, qint64 timestampMs);
    void setPaused(bool paused);
    void setStepMode(bool on);
    void grantStep();

signals:
    // ConsumerWorker's signals, delivered on the owner's thread (see consumerworker.h).
    void started();
    void messagesReceived(const KafkaMessageBatch &batch);
    void partitionsAssigned(const QList<qint32> &partitions, int generation);
    void partitionsRevoked(const QList<qint32> &partitions, int generation);
    void acksApplied(const QList<AckTracker::AckOutcome> &outcomes);
    void commitsConfirmed(const MessagePositions &positions);
    void commitFailed(const MessagePositions &positions, const QString &reason, int retryInMs);
    void offsetsUpdated(const PartitionOffsetsList &offsets);
    void notice(const QString &message);
    void errorOccurred(const QString &message);
    void stepStateChanged(bool stepMode, int credit);
    void stopped();
    // The thread has ended, after stopped(). (Not sent once destruction has begun.)
    void finished();

private:
    // Runs call on the worker's thread, unless the worker is gone.
    template <typename Call>
    void post(Call call);

    quint64 m_generation;
    OwnedThread m_thread;
    QPointer<ConsumerWorker> m_worker;
};
