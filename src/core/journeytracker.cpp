#include "journeytracker.h"

#include "deliveryreport.h"
#include "kafkamessagebatch.h"
#include "kafkasession.h"

#include <QDateTime>

#include <algorithm>

JourneyTracker::JourneyTracker(QObject *parent)
    : QObject(parent)
{}

void JourneyTracker::attach(KafkaSession *session)
{
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // The acks setting of the send: the settings in force during the call (a change applies
    // to the next send).
    connect(session, &KafkaSession::sendCalled, this,
            [this, session](quint64 requestId, const QString &topic, qint64 calledAtMs) {
                recordSend(requestId, topic, session->producerSettings().acks, calledAtMs);
            });
    connect(session, &KafkaSession::delivered, this,
            [this, now](const DeliveryReport &report) { recordDeliveryReport(report, now()); });
    connect(session, &KafkaSession::acksApplied, this,
            [this, session, now](const QList<AckTracker::AckOutcome> &outcomes) {
                recordAckOutcomes(session->watchedTopic(), outcomes, now());
            });
    connect(session, &KafkaSession::commitsConfirmed, this,
            [this, session, now](const MessagePositions &positions) {
                recordCommitsConfirmed(session->watchedTopic(), positions, now());
            });
    // Offsets of another cluster are other messages: their journeys would mix.
    connect(session, &KafkaSession::stateChanged, this, [this, session](KafkaSession::State state) {
        if (state != KafkaSession::State::Connected || session->clusterLabel() == m_cluster)
            return;
        m_cluster = session->clusterLabel();
        clear();
    });
}

void JourneyTracker::clear()
{
    m_topicIds.clear();
    m_entries.clear();
    m_order.clear();
    m_pending.clear();
    emit changed();
}

void JourneyTracker::setMaxOffsets(int maxOffsets)
{
    m_maxOffsets = std::max(maxOffsets, 1);
    evict();
    emit changed();
}

int JourneyTracker::topicId(const QString &topic)
{
    const auto found = m_topicIds.constFind(topic);
    if (found != m_topicIds.cend())
        return *found;
    const int id = int(m_topicIds.size());
    m_topicIds.insert(topic, id);
    return id;
}

JourneyTracker::Entry &JourneyTracker::touch(const Key &key)
{
    Entry &entry = m_entries[key];
    entry.touched = ++m_touches;
    m_order.emplace_back(key, entry.touched);
    return entry;
}

void JourneyTracker::evict()
{
    while (m_entries.size() > m_maxOffsets && !m_order.empty()) {
        const auto [key, touched] = m_order.front();
        m_order.pop_front();
        const auto found = m_entries.constFind(key);
        // A pair left behind by a later touch of the same offset says nothing.
        if (found != m_entries.cend() && found->touched == touched)
            m_entries.erase(found);
    }
    // Offsets touched again leave stale pairs: drop them before they outnumber the kept ones.
    if (m_order.size() > 2 * size_t(m_entries.size()) + 1024) {
        std::erase_if(m_order, [this](const std::pair<Key, quint64> &pair) {
            const auto found = m_entries.constFind(pair.first);
            return found == m_entries.cend() || found->touched != pair.second;
        });
    }
}

JourneyTracker::Delivery *JourneyTracker::latestOf(Entry &entry, int consumer)
{
    for (auto it = entry.deliveries.rbegin(); it != entry.deliveries.rend(); ++it) {
        if (it->consumer == consumer)
            return &*it;
    }
    return nullptr;
}

template <typename F>
void JourneyTracker::forLatestBelow(int topic, qint32 partition, qint64 position, int consumer, F f)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const Key &key = it.key();
        if (key.topic != topic || key.partition != partition || key.offset >= position)
            continue;
        if (Delivery *latest = latestOf(*it, consumer))
            f(*latest);
    }
}

void JourneyTracker::recordSend(quint64 requestId, const QString &topic,
                                ProducerSettings::Acks acks, qint64 atMs)
{
    m_pending[requestId] = PendingSend{topicId(topic), acks, atMs};
    while (m_pending.size() > size_t(MaxPendingSends))
        m_pending.erase(m_pending.begin());
}

void JourneyTracker::recordDeliveryReport(const DeliveryReport &report, qint64 atMs)
{
    const auto pending = m_pending.find(report.requestId);
    if (pending == m_pending.end())
        return;
    const PendingSend send = pending->second;
    m_pending.erase(pending);
    // Not stored, or stored where nobody said (acks=0 reports no offset): no offset to follow.
    if (!report.delivered() || report.partition < 0 || report.offset < 0)
        return;
    Entry &entry = touch({send.topic, report.partition, report.offset});
    entry.sentHere = true;
    entry.acks = send.acks;
    entry.calledMs = send.calledMs;
    // librdkafka measures the latency from the call when it hands the report over, on the
    // producer's polling thread; the report reached this thread later.
    entry.reportedMs = atMs;
    if (report.latencyUs >= 0)
        entry.reportedMs = std::clamp(send.calledMs + (report.latencyUs + 500) / 1000,
                                      send.calledMs, std::max(send.calledMs, atMs));
    evict();
    emit changed();
}

void JourneyTracker::recordBatch(const KafkaMessageBatch &batch, qint64 atMs, int consumer)
{
    if (batch.isEmpty())
        return;
    const int topic = topicId(batch.topic());
    // Only the newest records can be kept: the older ones of a huge batch would leave at once.
    for (qsizetype i = std::max<qsizetype>(0, batch.size() - m_maxOffsets); i < batch.size(); ++i) {
        const KafkaMessageBatch::Record &record = batch.record(i);
        Entry &entry = touch({topic, record.partition, record.offset});
        entry.brokerTimestampMs = record.timestampMs;
        entry.timestampType = record.timestampType;
        Delivery delivery;
        delivery.number = entry.deliveries.isEmpty() ? 1 : entry.deliveries.constLast().number + 1;
        delivery.consumer = consumer;
        const qint64 polled = batch.polledAtMs(i);
        delivery.fetchedMs = polled >= 0 ? std::min(polled, atMs) : atMs;
        delivery.shownMs = atMs;
        entry.deliveries.append(delivery);
        if (entry.deliveries.size() > MaxDeliveries)
            entry.deliveries.removeFirst();
    }
    evict();
    emit changed();
}

void JourneyTracker::recordAckRequested(const QString &topic, const MessagePositions &messages,
                                        qint64 atMs, int consumer)
{
    const auto id = m_topicIds.constFind(topic);
    if (id == m_topicIds.cend())
        return;
    for (const MessagePosition &m : messages) {
        const auto found = m_entries.find(Key{*id, m.partition, m.offset});
        if (found == m_entries.end())
            continue;
        Delivery *latest = latestOf(*found, consumer);
        if (latest && latest->ackedMs < 0)
            latest->ackedMs = atMs;
    }
    emit changed();
}

void JourneyTracker::recordAckOutcomes(const QString &topic,
                                       const QList<AckTracker::AckOutcome> &outcomes, qint64 atMs,
                                       int consumer)
{
    const auto id = m_topicIds.constFind(topic);
    if (id == m_topicIds.cend())
        return;
    QHash<qint32, qint64> commits; // the highest position to commit, per partition
    for (const AckTracker::AckOutcome &outcome : outcomes) {
        const auto found =
            m_entries.find(Key{*id, outcome.message.partition, outcome.message.offset});
        if (Delivery *latest = found != m_entries.end() ? latestOf(*found, consumer) : nullptr) {
            // A refused ack did not count (the partition went to another member, say).
            if (!outcome.accepted && latest->commitSentMs < 0)
                latest->ackedMs = -1;
            else if (outcome.accepted && latest->ackedMs < 0)
                latest->ackedMs = atMs;
        }
        if (outcome.accepted && outcome.commitPosition >= 0) {
            qint64 &position = commits[outcome.message.partition];
            position = std::max(position, outcome.commitPosition);
        }
    }
    for (auto it = commits.cbegin(); it != commits.cend(); ++it) {
        const qint64 position = it.value();
        forLatestBelow(*id, it.key(), position, consumer, [atMs, position](Delivery &d) {
            if (d.commitSentMs < 0 && d.commitConfirmedMs < 0) {
                d.commitSentMs = atMs;
                d.commitPosition = position;
            }
        });
    }
    emit changed();
}

void JourneyTracker::recordCommitsConfirmed(const QString &topic, const MessagePositions &positions,
                                            qint64 atMs, int consumer)
{
    const auto id = m_topicIds.constFind(topic);
    if (id == m_topicIds.cend())
        return;
    for (const MessagePosition &p : positions) {
        forLatestBelow(*id, p.partition, p.offset, consumer, [atMs, p](Delivery &d) {
            if (d.commitConfirmedMs >= 0)
                return;
            d.commitConfirmedMs = atMs;
            if (d.commitPosition < 0)
                d.commitPosition = p.offset;
        });
    }
    emit changed();
}

QList<JourneyTracker::Step> JourneyTracker::Journey::steps() const
{
    QList<Step> order;
    QList<qsizetype> places; // where the reached steps are in order
    for (int i = 0; i < StepCount; ++i) {
        order.append(Step(i));
        if (reached(Step(i)))
            places.append(i);
    }
    QList<Step> reachedSteps;
    for (qsizetype slot : std::as_const(places))
        reachedSteps.append(order[slot]);
    std::stable_sort(reachedSteps.begin(), reachedSteps.end(),
                     [this](Step a, Step b) { return at(a) < at(b); });
    for (qsizetype i = 0; i < places.size(); ++i)
        order[places[i]] = reachedSteps[i];
    return order;
}

QList<JourneyTracker::Journey> JourneyTracker::journeys(const QString &topic, qint32 partition,
                                                        qint64 offset) const
{
    const auto id = m_topicIds.constFind(topic);
    if (id == m_topicIds.cend())
        return {};
    const auto found = m_entries.constFind(Key{*id, partition, offset});
    if (found == m_entries.cend())
        return {};
    const Entry &entry = *found;
    Journey origin;
    origin.topic = topic;
    origin.partition = partition;
    origin.offset = offset;
    origin.sentHere = entry.sentHere;
    origin.acks = entry.acks;
    origin.brokerTimestampMs = entry.brokerTimestampMs;
    origin.timestampType = entry.timestampType;
    origin.atMs[size_t(Step::ProduceCall)] = entry.calledMs;
    origin.atMs[size_t(Step::DeliveryReport)] = entry.reportedMs;
    if (entry.deliveries.isEmpty())
        return {origin};
    QList<Journey> list;
    list.reserve(entry.deliveries.size());
    for (const Delivery &d : entry.deliveries) {
        Journey journey = origin;
        journey.delivery = d.number;
        journey.consumer = d.consumer;
        journey.superseded = &d != &entry.deliveries.constLast();
        journey.commitPosition = d.commitPosition;
        journey.atMs[size_t(Step::Fetched)] = d.fetchedMs;
        journey.atMs[size_t(Step::Shown)] = d.shownMs;
        journey.atMs[size_t(Step::Acked)] = d.ackedMs;
        journey.atMs[size_t(Step::CommitSent)] = d.commitSentMs;
        journey.atMs[size_t(Step::CommitConfirmed)] = d.commitConfirmedMs;
        list.append(journey);
    }
    return list;
}
