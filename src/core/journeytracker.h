// JourneyTracker: the measured journey of messages through Kafka as this window saw them, for
// the journey panel: the produce call and the broker's delivery report of a send, then, for
// each time the consumer fetched the offset, when it was fetched (polled on the consumer's
// thread), shown in the table, acknowledged, and when a commit covering it was sent and
// confirmed. Times are wall-clock milliseconds since the epoch, taken where each thing happens;
// nothing is filled in from a script. The same topic/partition/offset fetched again (after a
// restart, a rebalance or a seek) starts a second journey of that offset. Each fetch is tagged
// with the window's consumer that made it (1: the window's own, 2 and 3: the extra members of
// its group), and that consumer's acks and commits complete its own journey only: a redelivery
// to another member is a second journey, "fetched by member 2".
// Memory is bounded: the newest MaxOffsets offsets (sent or fetched) are kept, older ones leave
// first, each with its last MaxDeliveries journeys; sends not yet answered are kept up to
// MaxPendingSends. A batch larger than the bound is recorded by its newest records only.
#pragma once

#include "acktracker.h"
#include "kafkamessage.h"
#include "messageposition.h"
#include "producersettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <deque>
#include <map>

class KafkaMessageBatch;
class KafkaSession;
struct DeliveryReport;

class JourneyTracker final : public QObject
{
    Q_OBJECT
public:
    // The steps in the order a message takes them.
    enum class Step {
        ProduceCall,
        DeliveryReport,
        Fetched,
        Shown,
        Acked,
        CommitSent,
        CommitConfirmed,
    };
    Q_ENUM(Step)
    static constexpr int StepCount = 7;
    // The window's own consumer, as Journey::consumer and the record functions number it.
    static constexpr int MainConsumer = 1;

    // One journey of one offset: its send (when this window sent it) and one delivery to the
    // consumer. A send not fetched yet is a journey with no consumer steps.
    struct Journey
    {
        QString topic;
        qint32 partition = -1;
        qint64 offset = -1;
        int delivery = 0; // 1 for the first fetch, 2 for the next...; 0: not fetched yet
        // The window's consumer that fetched it: 1 its own, 2 or 3 an extra group member.
        int consumer = MainConsumer;
        // A later journey of the same offset followed: the steps this one had not reached
        // never will.
        bool superseded = false;
        bool sentHere = false;
        ProducerSettings::Acks acks = ProducerSettings::Acks::All; // when sentHere
        // The record's own timestamp and what it means (from the fetched record).
        qint64 brokerTimestampMs = -1;
        TimestampType timestampType = TimestampType::None;
        qint64 commitPosition = -1; // the committed offset sent or confirmed
        std::array<qint64, StepCount> atMs{-1, -1, -1, -1, -1, -1, -1}; // -1: not reached
        qint64 at(Step step) const { return atMs[size_t(step)]; }
        bool reached(Step step) const { return at(step) >= 0; }
        // The steps in the order the journey lists them: the reached ones in the order they
        // happened (the steps' own order when at the same millisecond), each step not reached
        // in its own place. They differ from the steps' own order when the consumer fetched the
        // record before the producer reported its delivery: the broker answers both once the
        // record is written, and the two answers travel and are handled separately.
        QList<Step> steps() const;
    };

    explicit JourneyTracker(QObject *parent = nullptr);

    // Hears the session's sends, delivery reports, ack outcomes and commit confirmations, and
    // starts afresh when it connects to another cluster. Batches and ack requests come from
    // whoever feeds the table (recordBatch(), recordAckRequested()).
    void attach(KafkaSession *session);

    // What happened, each at atMs (wall clock, ms since the epoch). consumer is the window's
    // consumer it happened to (MainConsumer, or an extra group member's number); an ack or
    // commit applies to the latest journey that consumer fetched.
    void recordSend(quint64 requestId, const QString &topic, ProducerSettings::Acks acks,
                    qint64 atMs);
    // The report's latency (from the call) times it when known; atMs (when it was heard) if not.
    void recordDeliveryReport(const DeliveryReport &report, qint64 atMs);
    // The batch's records were fetched when the batch says they were polled (atMs when it does
    // not say), and shown at atMs.
    void recordBatch(const KafkaMessageBatch &batch, qint64 atMs, int consumer = MainConsumer);
    void recordAckRequested(const QString &topic, const MessagePositions &messages, qint64 atMs,
                            int consumer = MainConsumer);
    void recordAckOutcomes(const QString &topic, const QList<AckTracker::AckOutcome> &outcomes,
                           qint64 atMs, int consumer = MainConsumer);
    void recordCommitsConfirmed(const QString &topic, const MessagePositions &positions,
                                qint64 atMs, int consumer = MainConsumer);
    void clear();

    // Every journey kept for the offset, oldest first; empty when none is.
    QList<Journey> journeys(const QString &topic, qint32 partition, qint64 offset) const;
    int offsetCount() const { return int(m_entries.size()); }
    int pendingSendCount() const { return int(m_pending.size()); }

    int maxOffsets() const { return m_maxOffsets; }
    // Drops the oldest offsets at once when more are kept.
    void setMaxOffsets(int maxOffsets);

    static constexpr int DefaultMaxOffsets = 10000;
    static constexpr int MaxDeliveries = 8;
    static constexpr int MaxPendingSends = 10000;

signals:
    // Something was recorded (once per call, not per message).
    void changed();

private:
    struct Key
    {
        int topic = -1; // from m_topicIds
        qint32 partition = -1;
        qint64 offset = -1;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.topic, key.partition, key.offset);
        }
    };
    struct Delivery
    {
        int number = 1;
        int consumer = MainConsumer;
        qint64 fetchedMs = -1;
        qint64 shownMs = -1;
        qint64 ackedMs = -1;
        qint64 commitSentMs = -1;
        qint64 commitConfirmedMs = -1;
        qint64 commitPosition = -1;
    };
    struct Entry
    {
        bool sentHere = false;
        ProducerSettings::Acks acks = ProducerSettings::Acks::All;
        qint64 calledMs = -1;
        qint64 reportedMs = -1;
        qint64 brokerTimestampMs = -1;
        TimestampType timestampType = TimestampType::None;
        QList<Delivery> deliveries; // oldest first
        quint64 touched = 0;        // m_touches when last sent or fetched
    };
    struct PendingSend
    {
        int topic = -1;
        ProducerSettings::Acks acks = ProducerSettings::Acks::All;
        qint64 calledMs = -1;
    };

    int topicId(const QString &topic);
    // The entry for key, made the newest (created when missing).
    Entry &touch(const Key &key);
    void evict();
    // The latest delivery of the entry that consumer fetched, or nullptr.
    static Delivery *latestOf(Entry &entry, int consumer);
    // Calls f(the latest delivery consumer fetched) for every kept offset of the topic's
    // partition below position that consumer fetched.
    template <typename F>
    void forLatestBelow(int topic, qint32 partition, qint64 position, int consumer, F f);

    QHash<QString, int> m_topicIds; // topics get small numbers, for small keys
    QHash<Key, Entry> m_entries;
    std::deque<std::pair<Key, quint64>> m_order; // (key, touch), oldest first; stale pairs skipped
    quint64 m_touches = 0;
    std::map<quint64, PendingSend> m_pending; // by request id, which only grows
    int m_maxOffsets = DefaultMaxOffsets;
    QString m_cluster; // the cluster the journeys are from
};
