// ConsumerWorker: the one object that calls the Kafka consumer. It is moved onto its own
// thread, polls librdkafka there, and hands messages to the GUI thread in batches (every
// FlushIntervalMs, or sooner when a batch is full). Requests (ack, seek, pause, stop) reach
// it as queued slots, which its event loop runs between polls. It owns the AckTracker, so the
// decision what to commit is taken on the same thread, in the same order, as deliveries,
// rebalances and commit confirmations.
#pragma once

#include "acktracker.h"
#include "connectionconfig.h"
#include "consumeroptions.h"
#include "kafkamessagebatch.h"
#include "messageposition.h"
#include "partitionoffsets.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;
struct rd_kafka_message_s;
using rd_kafka_message_t = rd_kafka_message_s;
namespace RdKafka {
class Conf;
class KafkaConsumer;
class Topic;
class TopicPartition;
} // namespace RdKafka

class ConsumerWorker final : public QObject
{
    Q_OBJECT
public:
    // config.topic is the topic to read; config.groupId the consumer group (Group mode).
    explicit ConsumerWorker(const ConnectionConfig &config, const ConsumerOptions &options = {},
                            QObject *parent = nullptr);
    ~ConsumerWorker() override;

    // Each batch costs the table one insertion and one repaint, whatever its size, so a busy
    // topic is handed over in few, large batches: every FlushIntervalMs, each bounded in
    // messages and bytes. When the flow pauses (nothing new for QuietMs), what is in
    // hand goes at once; but batches of fewer than BurstTail messages stay MinFlushGapMs apart.
    static constexpr int FlushIntervalMs = 100;
    static constexpr int QuietMs = 5;
    static constexpr int MinFlushGapMs = 50;
    static constexpr int BurstTail = 1000;
    // How soon to look again when the fetched messages are all taken and a batch is open.
    static constexpr int QuietPollMs = 2;
    static constexpr int MaxBatch = 100000;
    static constexpr qsizetype MaxBatchBytes = 16 * 1024 * 1024;
    static constexpr int TrimIntervalMs = 1000;
    // The worker thread's nice value (Linux): below the GUI and the network threads.
    static constexpr int WorkerNiceness = 10;
    static constexpr int OffsetsIntervalMs = 500;
    // How long a paused consumer may wait for the brokers' watermarks each time it publishes
    // the offsets, for all partitions together: a stop or resume waits no longer than this.
    static constexpr int PausedWatermarkTimeoutMs = 1000;
    // A failed commit is sent again after FirstRetryMs, doubling up to MaxRetryMs while it
    // keeps failing.
    static constexpr int FirstRetryMs = 100;
    static constexpr int MaxRetryMs = 5000;
    // Step mode: Next pressed more often than messages arrive is remembered up to this many.
    static constexpr int MaxStepCredit = 1000;

public slots:
    // Creates the consumer on the calling (worker) thread, subscribes or assigns, and polls.
    void start();
    // Commits what was acknowledged, leaves the group, destroys the consumer, emits stopped().
    void stop();
    // Ends the consumer as a crashed process would: nothing is committed and the group is not
    // left, so the coordinator gives its partitions to the others only when session.timeout.ms
    // passes without a heartbeat. Messages fetched but not yet handed over are dropped.
    // Emits stopped().
    void crash();
    // Acknowledges messages; commits what that makes committable (see AckTracker).
    void ack(const MessagePositions &messages);
    void seekToOffset(qint32 partition, qint64 offset);
    // Seeks every assigned partition (or just one, if partition >= 0) to the first message
    // at or after timestampMs.
    void seekToTimestamp(qint32 partition, qint64 timestampMs);
    void setPaused(bool paused);
    // Step mode (see ConsumerOptions::stepMode). Each grantStep() (Next) lets exactly one more
    // message be handed over, as soon as one is there. In between, the assigned partitions are
    // paused (rd_kafka_pause_partitions): the consumer keeps polling, so rebalances and commit
    // results go on, and what librdkafka had fetched ahead is dropped from its queue and
    // fetched again on resume from the position after the last message handed over, so nothing
    // is skipped. Turning step mode off resumes the flow; the acks and commits are unchanged.
    void setStepMode(bool on);
    void grantStep();

signals:
    void started();
    void messagesReceived(const KafkaMessageBatch &batch);
    void partitionsAssigned(const QList<qint32> &partitions, int generation);
    void partitionsRevoked(const QList<qint32> &partitions, int generation);
    void acksApplied(const QList<AckTracker::AckOutcome> &outcomes);
    // The broker confirmed commits: every offset before each position is committed.
    void commitsConfirmed(const MessagePositions &positions);
    // Commits of these positions failed (reason in plain words); the worker sends the
    // acknowledged position of each still-assigned partition again in retryInMs. Their rows
    // stay acked, not committed, until commitsConfirmed covers them.
    void commitFailed(const MessagePositions &positions, const QString &reason, int retryInMs);
    void offsetsUpdated(const PartitionOffsetsList &offsets);
    // Something worth a line in the event log (seeks, pauses, commits that failed).
    void notice(const QString &message);
    // A problem the user should see, in plain words.
    void errorOccurred(const QString &message);
    // Step mode on or off, and how many messages Next has granted that have not arrived yet.
    void stepStateChanged(bool stepMode, int credit);
    void stopped();

private:
    class Callbacks;
    friend class Callbacks;

    void pollOnce();
    // Step mode's poll: serves callbacks, hands over at most one message if Next granted one.
    void pollStep();
    // Step mode with no message granted: the partitions stay paused.
    bool holding() const { return m_stepMode && m_stepCredit == 0; }
    // Pauses or resumes the partitions so that they are paused exactly while the user paused
    // or step mode holds; false (errorOccurred said why) when librdkafka refused.
    bool applyPause();
    // Whether every assigned partition is known to be read to its end (from the last offsets).
    bool nothingToFetch() const;
    void flushBatch();
    // Returns memory freed by consumed messages to the system (see the definition).
    void releaseFreedMemory();
    void handleMessage(const rd_kafka_message_t *message);
    // Whether the message passes the key filter (ConsumerOptions::onlyKey), if any.
    bool keyMatches(const rd_kafka_message_t *message) const;
    // At the end of a partition read with a key filter: says how many messages had the key
    // and how many were skipped, when that changed since the last time.
    void reportKeySearch(qint32 partition, qint64 endOffset);
    // group.protocol and what goes with it; false with *error (plain words) when the chosen
    // protocol cannot be used (ConnectionConfig::groupProtocolProblem) or a setting is refused.
    bool applyGroupProtocol(RdKafka::Conf &conf, QString *error) const;
    void applyStartPosition(std::vector<RdKafka::TopicPartition *> &partitions);
    void onAssign(const std::vector<RdKafka::TopicPartition *> &partitions);
    void onRevoke(const std::vector<RdKafka::TopicPartition *> &partitions);
    void onCommitResult(int err, const std::vector<RdKafka::TopicPartition *> &offsets);
    void commit(const MessagePositions &positions, bool synchronous);
    void commitFailures(const MessagePositions &positions, const QString &reason);
    void retryCommits();
    void commitStartPositions(const QList<qint32> &partitions, const QHash<qint32, qint64> &ends);
    void assignAllPartitions();
    void loadCommittedOffsets();
    void publishOffsets();
    int groupGeneration() const;
    QList<qint32> assignedPartitions() const;

    ConnectionConfig m_config;
    ConsumerOptions m_options;
    std::unique_ptr<Callbacks> m_callbacks;
    std::unique_ptr<RdKafka::KafkaConsumer> m_consumer;
    std::unique_ptr<RdKafka::Topic> m_topicHandle; // browse mode: keeps the leaders known
    QHash<qint32, qint64> m_seen; // highest offset delivered per partition, for redelivery
    AckTracker m_tracker;
    QHash<qint32, qint64> m_logStart; // from the watermark query at assignment
    QList<qint32> m_needCommitted;    // assigned partitions whose committed offset is unknown
    QSet<qint32> m_positioned;        // partitions already moved to the start position
    PartitionOffsetsList m_lastOffsets;
    bool m_paused = false;
    bool m_stepMode = false;
    int m_stepCredit = 0;            // messages granted by Next, not handed over yet
    QSet<qint32> m_pausedPartitions; // paused in librdkafka by this worker
    bool m_closing = false;          // inside close(): its callbacks must not query the consumer
    QTimer *m_pollTimer = nullptr;
    QTimer *m_offsetsTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retryDelayMs = FirstRetryMs;
    // Commits are sent one at a time: a commit answered late (its coordinator moved) could
    // otherwise be applied by the broker after a newer one and move the group's position
    // back. What is acked meanwhile waits here, the highest position per partition, and goes
    // in one request once the broker has answered the one on its way.
    QHash<qint32, qint64> m_commitInFlight; // the asynchronous request on its way, if any
    QElapsedTimer m_commitSent;
    static constexpr qint64 LostCommitMs = 60000;
    QHash<qint32, qint64> m_commitQueued;
    KafkaMessageBatch m_batch;
    qsizetype m_lastBatchSize = 0; // the last batch's records and bytes: the next one's room
    qsizetype m_lastBatchBytes = 0;
    QElapsedTimer m_batchAge;
    QElapsedTimer m_lastFlush;
    QElapsedTimer m_lastArrival; // when a poll last brought messages
    QElapsedTimer m_lastTrim;
    // With a key filter: per partition, the messages delivered (with the key) and skipped,
    // and what was last reported of them.
    QHash<qint32, qint64> m_keyMatched;
    QHash<qint32, qint64> m_keySkipped;
    QHash<qint32, std::pair<qint64, qint64>> m_keyReported;
    bool m_consumedSinceTrim = false;
};
