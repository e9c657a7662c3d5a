#include "consumerworker.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstring>

namespace {
// How long one consume() call may wait when nothing is pending. It bounds how late a queued
// request (ack, seek, pause, stop) is served.
constexpr int IdleWaitMs = 100;
constexpr int RequestTimeoutMs = 5000;

// Appends a librdkafka message to the batch: its key and value are copied once, into the
// batch's shared bytes.
void appendMessage(KafkaMessageBatch &batch, const rd_kafka_message_t *message)
{
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 timestamp = rd_kafka_message_timestamp(message, &type);
    KafkaMessageBatch::Record &record =
        batch.append(message->partition, message->offset,
                     type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? -1 : timestamp, message->key,
                     qsizetype(message->key_len), message->payload, qsizetype(message->len));
    record.timestampType = type == RD_KAFKA_TIMESTAMP_CREATE_TIME ? TimestampType::CreateTime
                           : type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME
                               ? TimestampType::LogAppendTime
                               : TimestampType::None;
    // The C API: the C++ Message::headers() builds a Headers object for every message, with
    // or without headers, which cost half the time of the whole copy.
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(message, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    QList<KafkaHeader> list;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0;
         rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
         ++i) {
        KafkaHeader h;
        h.name = QByteArray(name);
        h.valueIsNull = value == nullptr;
        if (value)
            h.value = QByteArray(static_cast<const char *>(value), qsizetype(size));
        list.append(h);
    }
    batch.setHeaders(batch.size() - 1, list);
}

// Owns a librdkafka partition list for the length of one call.
class PartitionList final
{
public:
    PartitionList() = default;
    PartitionList(const std::string &topic, const MessagePositions &positions)
    {
        for (const MessagePosition &p : positions)
            m_list.push_back(RdKafka::TopicPartition::create(topic, p.partition, p.offset));
    }
    PartitionList(const std::string &topic, const QList<qint32> &partitions, qint64 offset)
    {
        for (qint32 partition : partitions)
            m_list.push_back(RdKafka::TopicPartition::create(topic, partition, offset));
    }
    ~PartitionList() { RdKafka::TopicPartition::destroy(m_list); }
    PartitionList(const PartitionList &) = delete;
    PartitionList &operator=(const PartitionList &) = delete;

    std::vector<RdKafka::TopicPartition *> &get() { return m_list; }

private:
    std::vector<RdKafka::TopicPartition *> m_list;
};

} // namespace

// librdkafka's callbacks. They run inside consume() on the worker thread, so they may call
// back into the worker directly; they never reach into the GUI.
class ConsumerWorker::Callbacks final
    : public RdKafka::EventCb
    , public RdKafka::RebalanceCb
    , public RdKafka::OffsetCommitCb
{
public:
    explicit Callbacks(ConsumerWorker *worker)
        : m_worker(worker)
    {}

    void event_cb(RdKafka::Event &event) override
    {
        KafkaConf::logEvent(event);
        if (event.type() == RdKafka::Event::EVENT_ERROR)
            report(KafkaErrors::describe(event.err()));
    }

    void rebalance_cb(RdKafka::KafkaConsumer *consumer, RdKafka::ErrorCode err,
                      std::vector<RdKafka::TopicPartition *> &partitions) override
    {
        const bool cooperative = consumer->rebalance_protocol() == "COOPERATIVE";
        if (err == RdKafka::ERR__ASSIGN_PARTITIONS) {
            m_worker->applyStartPosition(partitions);
            if (cooperative)
                delete consumer->incremental_assign(partitions);
            else
                consumer->assign(partitions);
            m_worker->onAssign(partitions);
        } else {
            // Revoked (or lost): commit what was acknowledged while we still own it.
            m_worker->onRevoke(partitions);
            if (cooperative)
                delete consumer->incremental_unassign(partitions);
            else
                consumer->unassign();
        }
    }

    void offset_commit_cb(RdKafka::ErrorCode err,
                          std::vector<RdKafka::TopicPartition *> &offsets) override
    {
        m_worker->onCommitResult(err, offsets);
    }

    // librdkafka repeats connection errors on every retry; say each one once until a
    // message gets through again.
    void report(const QString &text)
    {
        if (text == m_lastError)
            return;
        m_lastError = text;
        emit m_worker->errorOccurred(text);
    }

    void clear() { m_lastError.clear(); }

private:
    ConsumerWorker *m_worker;
    QString m_lastError;
};

ConsumerWorker::ConsumerWorker(const ConnectionConfig &config, const ConsumerOptions &options,
                               QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_options(options)
    , m_callbacks(std::make_unique<Callbacks>(this))
    , m_seen(options.previouslySeen)
    , m_tracker(options.mode == ConsumerOptions::Mode::Browse ? AckTracker::Mode::AutoCommit
                                                              : options.commitMode)
    , m_stepMode(options.stepMode)
{}

ConsumerWorker::~ConsumerWorker()
{
    if (m_consumer) {
        m_closing = true;
        m_consumer->close();
    }
}

void ConsumerWorker::start()
{
    if (m_consumer)
        return;
#ifdef Q_OS_LINUX
    // This thread copies and hands on what librdkafka's network thread fetched. Under a flood
    // it would take its full share of the CPU from that thread and from the GUI (on two cores
    // the window then stutters, and fetching slows down); a lower priority lets both go first,
    // and this thread takes what they leave. (QThread::LowPriority does nothing for Linux's
    // default scheduler; the nice value of a thread id applies to that thread alone.)
    setpriority(PRIO_PROCESS, id_t(gettid()), WorkerNiceness);
#endif
    const bool browse = m_options.mode == ConsumerOptions::Mode::Browse;
    ConnectionConfig config = m_config;
    if (browse) {
        // librdkafka's KafkaConsumer insists on a group id. Browsing assigns partitions at
        // logical offsets and never commits, so this group never exists on the broker.
        config.groupId = QStringLiteral("topicdesk-browse-%1")
                             .arg(QRandomGenerator::global()->generate64(), 0, 36);
    }
    QString error;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Consumer, &error);
    const bool autoCommit = m_tracker.mode() == AckTracker::Mode::AutoCommit && !browse;
    if (conf &&
        !(KafkaConf::set(*conf, "auto.offset.reset",
                         m_options.startFrom == ConsumerOptions::StartFrom::Latest ? "latest"
                                                                                   : "earliest",
                         &error) &&
          KafkaConf::set(*conf, "enable.auto.commit", autoCommit ? "true" : "false", &error) &&
          // A key search says what it read at the end of each partition.
          (!m_options.onlyKey || KafkaConf::set(*conf, "enable.partition.eof", "true", &error))))
        conf.reset();
    if (conf && !browse && !applyGroupProtocol(*conf, &error))
        conf.reset();
    std::string reason;
    if (conf &&
        (conf->set("event_cb", static_cast<RdKafka::EventCb *>(m_callbacks.get()), reason) !=
             RdKafka::Conf::CONF_OK ||
         conf->set("rebalance_cb", static_cast<RdKafka::RebalanceCb *>(m_callbacks.get()),
                   reason) != RdKafka::Conf::CONF_OK ||
         conf->set("offset_commit_cb", static_cast<RdKafka::OffsetCommitCb *>(m_callbacks.get()),
                   reason) != RdKafka::Conf::CONF_OK)) {
        error = QString::fromStdString(reason);
        conf.reset();
    }
    if (conf) {
        m_consumer.reset(RdKafka::KafkaConsumer::create(conf.get(), reason));
        if (!m_consumer)
            error = tr("The consumer could not be created: %1").arg(QString::fromStdString(reason));
    }
    if (m_consumer && !browse) {
        const RdKafka::ErrorCode err = m_consumer->subscribe({m_config.topic.toStdString()});
        if (err != RdKafka::ERR_NO_ERROR) {
            error = KafkaErrors::describe(err, m_config.topic);
            m_consumer.reset();
        }
    }
    if (!m_consumer) {
        emit errorOccurred(error);
        emit stopped();
        return;
    }
    if (browse)
        assignAllPartitions();
    if (m_stepMode)
        emit stepStateChanged(true, m_stepCredit);

    m_pollTimer = new QTimer(this);
    // A zero-interval timer runs one poll per event-loop turn, so queued requests from the
    // GUI are served between polls.
    m_pollTimer->setInterval(0);
    connect(m_pollTimer, &QTimer::timeout, this, &ConsumerWorker::pollOnce);
    m_pollTimer->start();
    m_offsetsTimer = new QTimer(this);
    m_offsetsTimer->setInterval(OffsetsIntervalMs);
    connect(m_offsetsTimer, &QTimer::timeout, this, &ConsumerWorker::publishOffsets);
    m_offsetsTimer->start();
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsumerWorker::retryCommits);
    emit started();
}

bool ConsumerWorker::applyGroupProtocol(RdKafka::Conf &conf, QString *error) const
{
    if (const QString problem = m_config.groupProtocolProblem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (m_config.groupProtocol != ConnectionConfig::GroupProtocol::Consumer)
        return true;
    // librdkafka 2.4 to 2.11 pick the rebalance callback's contract from the local assignor
    // unless group.remote.assignor is set: without it the callback would be told EAGER and
    // assign() would replace the whole assignment with each increment. With a remote assignor
    // it is COOPERATIVE (always, from 2.12): incremental_assign and incremental_unassign of
    // exactly the partitions each heartbeat adds or takes away. "uniform" is the broker's own
    // default; a group.remote.assignor among the user's properties wins.
    const bool userAssignor =
        std::any_of(m_config.properties.cbegin(), m_config.properties.cend(), [](const auto &p) {
            return p.first.trimmed() == QLatin1String("group.remote.assignor");
        });
    return KafkaConf::set(conf, "group.protocol",
                          ConnectionConfig::groupProtocolName(m_config.groupProtocol).toStdString(),
                          error) &&
           (userAssignor || KafkaConf::set(conf, "group.remote.assignor", "uniform", error));
}

void ConsumerWorker::stop()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_offsetsTimer)
        m_offsetsTimer->stop();
    // close() makes the last attempt for acknowledged positions not yet committed (onRevoke).
    if (m_retryTimer)
        m_retryTimer->stop();
    flushBatch();
    if (m_consumer) {
        // close() revokes the assignment through rebalance_cb (which commits what was
        // acknowledged) and leaves the group now rather than after session.timeout.ms.
        m_closing = true;
        m_consumer->close();
        m_topicHandle.reset();
        m_consumer.reset();
    }
    emit stopped();
}

void ConsumerWorker::crash()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    if (m_offsetsTimer)
        m_offsetsTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    m_batch = KafkaMessageBatch();
    if (m_consumer) {
        m_closing = true;
        m_topicHandle.reset();
        // Without close(): librdkafka's KafkaConsumer destructor calls rd_kafka_destroy_flags()
        // with RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE, which sends no LeaveGroup, commits nothing
        // and calls no rebalance_cb.
        m_consumer.reset();
    }
    emit stopped();
}

void ConsumerWorker::pollOnce()
{
    if (!m_consumer)
        return;
    if (!m_needCommitted.isEmpty())
        loadCommittedOffsets();
    if (m_stepMode) {
        pollStep();
        return;
    }
    const auto full = [this] {
        return m_batch.size() >= MaxBatch || m_batch.bytes().size() >= MaxBatchBytes;
    };
    // The C API's poll: the C++ consume() allocates a wrapper object for every message.
    // Callbacks (rebalance, commits, errors) are served by either.
    rd_kafka_t *const rk = m_consumer->c_ptr();
    const qsizetype before = m_batch.size();
    bool drained = false; // nothing more fetched for now
    qint64 skipped = 0;   // by the key filter, in this call
    QElapsedTimer skipping;
    while (!full()) {
        // Take what is fetched already without waiting. With messages in hand, nothing
        // fetched means: back to the event loop, and look again in QuietPollMs, by which time
        // a whole fetch response may be there; waiting on the queue instead would wake this
        // thread for every message the network thread adds. With none, wait for a first one.
        rd_kafka_message_t *raw = rd_kafka_consumer_poll(rk, 0);
        if (!raw && m_batch.isEmpty())
            raw = rd_kafka_consumer_poll(rk, IdleWaitMs);
        if (!raw) {
            drained = true;
            break;
        }
        const std::unique_ptr<rd_kafka_message_t, void (*)(rd_kafka_message_t *)> message(
            raw, rd_kafka_message_destroy);
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF && m_options.onlyKey)
            reportKeySearch(message->partition, message->offset);
        if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (message->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                m_callbacks->report(KafkaErrors::describe(
                    RdKafka::ErrorCode(message->err),
                    message->rkt ? QString::fromUtf8(rd_kafka_topic_name(message->rkt)) : QString(),
                    message->partition));
            break;
        }
        if (!keyMatches(message.get())) {
            ++m_keySkipped[message->partition];
            // Skipping a long partition must not hold up the requests (stop, pause) queued
            // for this thread.
            if (skipped++ == 0)
                skipping.start();
            else if (skipped % 64 == 0 && skipping.elapsed() >= FlushIntervalMs)
                break;
            continue;
        }
        if (m_options.onlyKey)
            ++m_keyMatched[message->partition];
        handleMessage(message.get());
        // When it was polled, for the journey of a message: the wall clock at the first
        // message of each call and then every 64 (a reading costs as much as copying one).
        if (m_batch.size() - before == 1 || m_batch.size() % 64 == 0)
            m_batch.markPolled(QDateTime::currentMSecsSinceEpoch());
        // The clock only every 64 messages: reading it costs as much as copying a message.
        if (m_batch.size() % 64 == 0 && m_batchAge.elapsed() >= FlushIntervalMs)
            break;
    }
    if (m_batch.size() > before) {
        m_lastArrival.start();
        m_callbacks->clear();
    }
    if (m_batch.isEmpty()) {
        // Gone quiet after a flow: what the flow freed goes back to the system now.
        if (drained && m_consumedSinceTrim)
            releaseFreedMemory();
        m_pollTimer->setInterval(0);
        return;
    }
    // A full or due batch goes now; so does one whose flow has paused, so the newest messages
    // show at once. A trickle's small batches stay MinFlushGapMs apart (each costs the table a
    // repaint); the tail of a burst goes without waiting.
    const bool paused = drained && m_lastArrival.elapsed() >= QuietMs &&
                        (m_batch.size() >= BurstTail || !m_lastFlush.isValid() ||
                         m_lastFlush.elapsed() >= MinFlushGapMs);
    if (full() || paused || m_batchAge.elapsed() >= FlushIntervalMs)
        flushBatch();
    m_pollTimer->setInterval(drained && !m_batch.isEmpty() ? QuietPollMs : 0);
}

void ConsumerWorker::pollStep()
{
    m_pollTimer->setInterval(0);
    // Waits for a message only as long as a request (Next, ack, stop) may wait to be served.
    const std::unique_ptr<rd_kafka_message_t, void (*)(rd_kafka_message_t *)> message(
        rd_kafka_consumer_poll(m_consumer->c_ptr(), IdleWaitMs), rd_kafka_message_destroy);
    if (!message)
        return;
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            if (m_options.onlyKey)
                reportKeySearch(message->partition, message->offset);
        } else {
            m_callbacks->report(KafkaErrors::describe(
                RdKafka::ErrorCode(message->err),
                message->rkt ? QString::fromUtf8(rd_kafka_topic_name(message->rkt)) : QString(),
                message->partition));
        }
        return;
    }
    if (!keyMatches(message.get())) {
        ++m_keySkipped[message->partition];
        return;
    }
    if (m_stepCredit == 0) {
        // Not granted: the partitions are paused, and pausing drops what was fetched ahead, so
        // this should not happen; should it, the message goes back to be fetched again.
        const std::unique_ptr<RdKafka::TopicPartition> tp(RdKafka::TopicPartition::create(
            m_config.topic.toStdString(), message->partition, message->offset));
        const RdKafka::ErrorCode err = m_consumer->seek(*tp, RequestTimeoutMs);
        if (err != RdKafka::ERR_NO_ERROR)
            emit errorOccurred(
                tr("Could not move partition %1 to offset %2: %3")
                    .arg(message->partition)
                    .arg(message->offset)
                    .arg(KafkaErrors::describe(err, m_config.topic, message->partition)));
        applyPause();
        return;
    }
    if (m_options.onlyKey)
        ++m_keyMatched[message->partition];
    m_callbacks->clear();
    handleMessage(message.get());
    m_batch.markPolled(QDateTime::currentMSecsSinceEpoch());
    flushBatch();
    --m_stepCredit;
    if (m_stepCredit == 0)
        applyPause(); // before the next poll: nothing fetched ahead is handed over
    emit notice(tr("Step mode: fetched one message, partition %1, offset %2.")
                    .arg(message->partition)
                    .arg(message->offset));
    emit stepStateChanged(true, m_stepCredit);
}

void ConsumerWorker::handleMessage(const rd_kafka_message_t *message)
{
    if (m_batch.isEmpty()) {
        m_batchAge.start();
        m_batch = KafkaMessageBatch(m_config.topic);
        // As much room as the last batch took: a steady flow fills it without copying.
        m_batch.reserve(m_lastBatchSize, m_lastBatchBytes);
    }
    const qint32 partition = message->partition;
    const qint64 offset = message->offset;
    m_consumedSinceTrim = true;
    // Auto-commit and browsing acknowledge nothing: no bookkeeping per message.
    if (m_tracker.mode() != AckTracker::Mode::AutoCommit)
        m_tracker.deliver(partition, offset);
    appendMessage(m_batch, message);
    if (auto seen = m_seen.find(partition); seen == m_seen.end()) {
        m_seen.insert(partition, offset);
    } else {
        m_batch.record(m_batch.size() - 1).redelivered = offset <= *seen;
        *seen = std::max(*seen, offset);
    }
}

bool ConsumerWorker::keyMatches(const rd_kafka_message_t *message) const
{
    if (!m_options.onlyKey)
        return true;
    const QByteArray &key = *m_options.onlyKey;
    return message->key && message->key_len == size_t(key.size()) &&
           std::memcmp(message->key, key.constData(), message->key_len) == 0;
}

void ConsumerWorker::reportKeySearch(qint32 partition, qint64 endOffset)
{
    const std::pair<qint64, qint64> counts{m_keyMatched.value(partition),
                                           m_keySkipped.value(partition)};
    const auto last = m_keyReported.constFind(partition);
    if (last != m_keyReported.cend() && *last == counts)
        return;
    m_keyReported.insert(partition, counts);
    flushBatch();
    QString text = tr("Read partition %1 up to offset %2: %n message(s) with the key shown, %3 "
                      "with other keys skipped.",
                      nullptr, int(std::min<qint64>(counts.first, std::numeric_limits<int>::max())))
                       .arg(partition)
                       .arg(endOffset)
                       .arg(counts.second);
    if (counts.first == 0)
        text += QLatin1Char(' ') + tr("If the key was produced, its producers may place keys with "
                                      "the other partitioner, or the topic had fewer partitions "
                                      "then.");
    emit notice(text);
}

void ConsumerWorker::releaseFreedMemory()
{
#ifdef __GLIBC__
    // Consumed messages free memory in several threads' malloc arenas, and glibc keeps free
    // pages inside an arena resident until asked. Trimming takes a few milliseconds, on this
    // thread; without it, a million 100-byte messages left about 150 MB more resident.
    malloc_trim(0);
#endif
    m_lastTrim.start();
    m_consumedSinceTrim = false;
}

void ConsumerWorker::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    KafkaMessageBatch batch;
    std::swap(batch, m_batch);
    m_lastFlush.start();
    m_lastBatchSize = batch.size();
    m_lastBatchBytes = batch.bytes().size();
    // A batch smaller than the last gives back the room reserved for it: the table keeps
    // these bytes as long as it shows the rows.
    batch.squeeze();
    emit messagesReceived(batch);
    // Give freed memory back to the system at most once a second while messages flow.
    if (!m_lastTrim.isValid() || m_lastTrim.elapsed() >= TrimIntervalMs)
        releaseFreedMemory();
}

void ConsumerWorker::ack(const MessagePositions &messages)
{
    if (!m_consumer)
        return;
    QList<AckTracker::AckOutcome> outcomes;
    outcomes.reserve(messages.size());
    QHash<qint32, qint64> toCommit;
    for (const MessagePosition &m : messages) {
        outcomes.append(m_tracker.ack(m.partition, m.offset));
        if (outcomes.last().commitPosition >= 0)
            toCommit[m.partition] = outcomes.last().commitPosition;
    }
    // Rows may be acked before their batch reached the GUI: send the batch first so the GUI
    // never hears of an ack for a message it has not seen.
    flushBatch();
    emit acksApplied(outcomes);
    publishOffsets(); // the offset bars show what the acks allow at once
    MessagePositions positions;
    for (auto it = toCommit.cbegin(); it != toCommit.cend(); ++it)
        positions.append({it.key(), it.value()});
    if (!positions.isEmpty())
        commit(positions, false);
}

void ConsumerWorker::commit(const MessagePositions &positions, bool synchronous)
{
    MessagePositions send = positions;
    // librdkafka answers every commit (a failure at the latest after its request timeout);
    // should an answer never come, commits go on after a minute rather than never.
    const bool ordered = m_tracker.mode() != AckTracker::Mode::AutoCommit;
    if (!m_commitInFlight.isEmpty() && m_commitSent.elapsed() > LostCommitMs)
        m_commitInFlight.clear();
    if (ordered && !synchronous && !m_commitInFlight.isEmpty()) {
        for (const MessagePosition &p : positions)
            m_commitQueued[p.partition] = std::max(m_commitQueued.value(p.partition, -1), p.offset);
        return;
    }
    // What waited goes along; a synchronous commit (revocation, close) carries it too.
    for (auto it = m_commitQueued.cbegin(); it != m_commitQueued.cend(); ++it) {
        const auto same = std::find_if(send.begin(), send.end(), [&](const MessagePosition &p) {
            return p.partition == it.key();
        });
        if (same == send.end())
            send.append({it.key(), it.value()});
        else
            same->offset = std::max(same->offset, it.value());
    }
    m_commitQueued.clear();
    PartitionList list(m_config.topic.toStdString(), send);
    // The result arrives through offset_commit_cb for both kinds of commit.
    if (ordered && !synchronous) {
        for (const MessagePosition &p : std::as_const(send))
            m_commitInFlight.insert(p.partition, p.offset);
        m_commitSent.start();
    }
    const RdKafka::ErrorCode err =
        synchronous ? m_consumer->commitSync(list.get()) : m_consumer->commitAsync(list.get());
    // An asynchronous commit that could not be sent gets no offset_commit_cb; a synchronous
    // one reports its failure there too.
    if (err != RdKafka::ERR_NO_ERROR && !synchronous) {
        m_commitInFlight.clear();
        commitFailures(send, KafkaErrors::describe(err));
    }
}

void ConsumerWorker::onCommitResult(int err, const std::vector<RdKafka::TopicPartition *> &offsets)
{
    // The answer to the asynchronous request on its way (a synchronous commit's answer names
    // other positions, or the same ones, which end the wait just as well).
    if (!m_commitInFlight.isEmpty()) {
        bool same = true;
        for (const RdKafka::TopicPartition *tp : offsets)
            same = same && m_commitInFlight.value(tp->partition(), -2) == tp->offset();
        if (same && qsizetype(offsets.size()) == m_commitInFlight.size())
            m_commitInFlight.clear();
    }
    if (err == RdKafka::ERR__NO_OFFSET)
        return; // an auto-commit with nothing new to commit
    MessagePositions confirmed;
    MessagePositions failed;
    RdKafka::ErrorCode reason = RdKafka::ErrorCode(err);
    for (const RdKafka::TopicPartition *tp : offsets) {
        if (tp->offset() < 0)
            continue;
        // A request that failed as a whole may leave the partitions' own errors unset: they
        // failed too. Sending a position again is harmless; counting a failed one as
        // committed would lose it.
        if (err == RdKafka::ERR_NO_ERROR && tp->err() == RdKafka::ERR_NO_ERROR) {
            m_tracker.confirmCommitted(tp->partition(), tp->offset());
            confirmed.append({tp->partition(), tp->offset()});
        } else {
            failed.append({tp->partition(), tp->offset()});
            if (tp->err() != RdKafka::ERR_NO_ERROR)
                reason = tp->err();
        }
    }
    if (!confirmed.isEmpty()) {
        if (failed.isEmpty())
            m_retryDelayMs = FirstRetryMs;
        emit commitsConfirmed(confirmed);
        publishOffsets();
    }
    if (!failed.isEmpty())
        commitFailures(failed, KafkaErrors::describe(reason));
    // The next request: what was acked while this one was on its way.
    if (m_commitInFlight.isEmpty() && !m_commitQueued.isEmpty() && m_consumer && !m_closing)
        commit({}, false);
}

void ConsumerWorker::commitFailures(const MessagePositions &positions, const QString &reason)
{
    for (const MessagePosition &p : positions)
        m_tracker.commitFailed(p.partition, p.offset);
    if (m_closing || !m_retryTimer) {
        emit errorOccurred(tr("The commit failed: %1. The messages it covered will be delivered "
                              "again.")
                               .arg(reason));
        return;
    }
    // One retry at a time, whatever number of commits failed meanwhile; it sends the newest
    // acknowledged position of every partition.
    if (!m_retryTimer->isActive()) {
        m_retryTimer->start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, MaxRetryMs);
    }
    const int retryInMs = m_retryTimer->remainingTime();
    emit commitFailed(positions, reason, retryInMs);
    emit errorOccurred(tr("The commit failed: %1; retrying in %2 s.")
                           .arg(reason, QLocale().toString(retryInMs / 1000.0, 'g', 2)));
}

void ConsumerWorker::retryCommits()
{
    if (!m_consumer || m_closing)
        return;
    const MessagePositions positions = m_tracker.takeCommitsToRetry();
    if (!positions.isEmpty())
        commit(positions, false);
}

void ConsumerWorker::applyStartPosition(std::vector<RdKafka::TopicPartition *> &partitions)
{
    if (m_options.startOffset < 0 && m_options.startTimestampMs < 0)
        return;
    std::vector<RdKafka::TopicPartition *> fresh;
    for (RdKafka::TopicPartition *tp : partitions) {
        if (!m_positioned.contains(tp->partition())) {
            m_positioned.insert(tp->partition());
            fresh.push_back(tp);
        }
    }
    if (fresh.empty())
        return;
    if (m_options.startOffset >= 0) {
        for (RdKafka::TopicPartition *tp : fresh) {
            // Out of the log, librdkafka would apply auto.offset.reset: a start offset past
            // the end would read the partition from its beginning without a word. Past the
            // end we start at the end (the broker cannot fetch from beyond it: the next new
            // message), before the log start at the log start, and say so.
            qint64 start = m_options.startOffset;
            int64_t low = -1;
            int64_t high = -1;
            if (m_consumer->query_watermark_offsets(m_config.topic.toStdString(), tp->partition(),
                                                    &low, &high,
                                                    RequestTimeoutMs) == RdKafka::ERR_NO_ERROR) {
                if (start > high) {
                    emit notice(tr("Offset %1 is past the end of partition %2 (high watermark "
                                   "%3): reading from offset %3, the next new message.")
                                    .arg(start)
                                    .arg(tp->partition())
                                    .arg(high));
                    start = high;
                } else if (start < low) {
                    emit notice(tr("Offset %1 of partition %2 is no longer in the log (it starts "
                                   "at offset %3): reading from offset %3.")
                                    .arg(start)
                                    .arg(tp->partition())
                                    .arg(low));
                    start = low;
                }
            }
            tp->set_offset(start);
        }
        return;
    }
    for (RdKafka::TopicPartition *tp : fresh)
        tp->set_offset(m_options.startTimestampMs);
    // No message at or after the time: start at the end.
    if (m_consumer->offsetsForTimes(fresh, RequestTimeoutMs) != RdKafka::ERR_NO_ERROR) {
        for (RdKafka::TopicPartition *tp : fresh)
            tp->set_offset(RdKafka::Topic::OFFSET_END);
        return;
    }
    for (RdKafka::TopicPartition *tp : fresh) {
        if (tp->offset() < 0)
            tp->set_offset(RdKafka::Topic::OFFSET_END);
    }
}

void ConsumerWorker::onAssign(const std::vector<RdKafka::TopicPartition *> &partitions)
{
    QList<qint32> assigned;
    for (const RdKafka::TopicPartition *tp : partitions) {
        m_tracker.assign(tp->partition());
        assigned.append(tp->partition());
    }
    std::sort(assigned.begin(), assigned.end());
    m_needCommitted.append(assigned);
    // Paused or stepping: the new partitions wait too (their fetching has not begun yet).
    if (!m_closing)
        applyPause();
    flushBatch();
    emit partitionsAssigned(assigned, groupGeneration());
}

void ConsumerWorker::onRevoke(const std::vector<RdKafka::TopicPartition *> &partitions)
{
    flushBatch();
    QList<qint32> revoked;
    for (const RdKafka::TopicPartition *tp : partitions)
        revoked.append(tp->partition());
    std::sort(revoked.begin(), revoked.end());
    // Make sure the acknowledged work is committed before another member takes over.
    MessagePositions pending;
    for (const MessagePosition &p : m_tracker.unconfirmedCommits()) {
        if (revoked.contains(p.partition))
            pending.append(p);
    }
    if (!pending.isEmpty())
        commit(pending, true);
    for (qint32 p : std::as_const(revoked)) {
        m_tracker.revoke(p);
        m_needCommitted.removeAll(p);
    }
    const int generation = groupGeneration();
    emit partitionsRevoked(revoked, generation);
    publishOffsets();
}

void ConsumerWorker::assignAllPartitions()
{
    // The topic's own metadata through a topic handle, not the whole cluster's: that also
    // tells librdkafka each partition's leader before the assignment, where otherwise it
    // often waits half a second (its retry interval) before fetching anything.
    std::string reason;
    m_topicHandle.reset(
        RdKafka::Topic::create(m_consumer.get(), m_config.topic.toStdString(), nullptr, reason));
    RdKafka::Metadata *raw = nullptr;
    const RdKafka::ErrorCode err =
        m_topicHandle ? m_consumer->metadata(false, m_topicHandle.get(), &raw, RequestTimeoutMs)
                      : RdKafka::ERR__INVALID_ARG;
    std::unique_ptr<RdKafka::Metadata> metadata(raw);
    QList<qint32> partitions;
    if (err == RdKafka::ERR_NO_ERROR) {
        for (const RdKafka::TopicMetadata *topic : *metadata->topics()) {
            if (topic->topic() != m_config.topic.toStdString())
                continue;
            for (const RdKafka::PartitionMetadata *p : *topic->partitions())
                partitions.append(p->id());
        }
    }
    if (partitions.isEmpty()) {
        emit errorOccurred(
            err == RdKafka::ERR_NO_ERROR
                ? KafkaErrors::describe(RdKafka::ERR_UNKNOWN_TOPIC_OR_PART, m_config.topic)
                : KafkaErrors::describe(err));
        return;
    }
    if (!m_options.onlyPartitions.isEmpty()) {
        QList<qint32> missing;
        for (qint32 p : std::as_const(m_options.onlyPartitions)) {
            if (!partitions.contains(p))
                missing.append(p);
        }
        if (!missing.isEmpty()) {
            std::sort(partitions.begin(), partitions.end());
            emit errorOccurred(
                tr("Partition %1 does not exist: topic \"%2\" has partitions 0 to %3.")
                    .arg(missing.constFirst())
                    .arg(m_config.topic)
                    .arg(partitions.constLast()));
            return;
        }
        partitions = m_options.onlyPartitions;
    }
    std::sort(partitions.begin(), partitions.end());
    // Logical offsets: no committed offsets are looked up, so no group is involved.
    PartitionList list(m_config.topic.toStdString(), partitions,
                       m_options.startFrom == ConsumerOptions::StartFrom::Latest
                           ? RdKafka::Topic::OFFSET_END
                           : RdKafka::Topic::OFFSET_BEGINNING);
    applyStartPosition(list.get());
    m_consumer->assign(list.get());
    for (qint32 p : std::as_const(partitions))
        m_tracker.assign(p);
    applyPause();
    emit partitionsAssigned(partitions, -1);
}

void ConsumerWorker::loadCommittedOffsets()
{
    const QList<qint32> partitions = m_needCommitted;
    m_needCommitted.clear();
    const std::string topic = m_config.topic.toStdString();
    QHash<qint32, qint64> ends;
    for (qint32 p : partitions) {
        int64_t low = -1;
        int64_t high = -1;
        if (m_consumer->query_watermark_offsets(topic, p, &low, &high, RequestTimeoutMs) ==
            RdKafka::ERR_NO_ERROR) {
            m_logStart[p] = low;
            ends[p] = high;
        }
    }
    if (m_options.mode == ConsumerOptions::Mode::Group) {
        PartitionList list(topic, partitions, RdKafka::Topic::OFFSET_INVALID);
        if (m_consumer->committed(list.get(), RequestTimeoutMs) == RdKafka::ERR_NO_ERROR) {
            QList<qint32> uncommitted;
            for (const RdKafka::TopicPartition *tp : list.get()) {
                if (tp->err() != RdKafka::ERR_NO_ERROR)
                    continue;
                if (tp->offset() >= 0)
                    m_tracker.confirmCommitted(tp->partition(), tp->offset());
                else
                    uncommitted.append(tp->partition());
            }
            commitStartPositions(uncommitted, ends);
        }
    }
    publishOffsets();
}

void ConsumerWorker::commitStartPositions(const QList<qint32> &partitions,
                                          const QHash<qint32, qint64> &ends)
{
    // A group with no committed offset starts where auto.offset.reset says. From the earliest,
    // a member that takes a partition over after a rebalance reads everything again; from the
    // latest, it would start at the then latest message and skip what this consumer received
    // but had not acknowledged. Committing the start position makes it resume there instead.
    // An explicit start (offset or time) is this consumer's own; the group keeps its reset.
    if (m_options.startFrom != ConsumerOptions::StartFrom::Latest || m_options.startOffset >= 0 ||
        m_options.startTimestampMs >= 0)
        return;
    MessagePositions positions;
    for (qint32 p : partitions) {
        const auto end = ends.constFind(p);
        if (end != ends.cend() && m_tracker.requestStartPosition(p, *end)) {
            positions.append({p, *end});
            emit notice(tr("Group \"%1\" had no committed offset for partition %2: committing "
                           "offset %3, where this consumer starts, so that a member taking the "
                           "partition over resumes there.")
                            .arg(m_config.groupId)
                            .arg(p)
                            .arg(*end));
        }
    }
    if (positions.isEmpty())
        return;
    commit(positions, false);
    // librdkafka finds the latest offset by a request of its own: should messages arrive in
    // between, it would start past the committed position and skip them here. This consumer
    // starts where it committed, unless it has read something already.
    const std::string topic = m_config.topic.toStdString();
    PartitionList current(topic, positions); // in the same order; position() fills the offsets
    m_consumer->position(current.get());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (current.get()[size_t(i)]->offset() >= 0)
            continue;
        const MessagePosition &start = positions.at(i);
        const std::unique_ptr<RdKafka::TopicPartition> tp(
            RdKafka::TopicPartition::create(topic, start.partition, start.offset));
        const RdKafka::ErrorCode err = m_consumer->seek(*tp, RequestTimeoutMs);
        if (err != RdKafka::ERR_NO_ERROR)
            emit errorOccurred(
                tr("Could not move partition %1 to offset %2: %3")
                    .arg(start.partition)
                    .arg(start.offset)
                    .arg(KafkaErrors::describe(err, m_config.topic, start.partition)));
    }
}

void ConsumerWorker::publishOffsets()
{
    // Not from the callbacks close() serves: asking for the assignment then can wait forever
    // (seen with a commit confirmed during close), and the panel is going away anyway.
    if (!m_consumer || m_closing)
        return;
    const std::string topic = m_config.topic.toStdString();
    PartitionOffsetsList offsets;
    const QList<qint32> partitions = assignedPartitions();
    PartitionList positions(topic, partitions, RdKafka::Topic::OFFSET_INVALID);
    const QDeadlineTimer pausedBudget(PausedWatermarkTimeoutMs);
    m_consumer->position(positions.get());
    for (const RdKafka::TopicPartition *tp : positions.get()) {
        PartitionOffsets o;
        o.partition = tp->partition();
        o.position = tp->offset() >= 0 ? tp->offset() : -1;
        int64_t low = -1;
        int64_t high = -1;
        // Cached from fetch responses, no network round trip; but a paused consumer fetches
        // nothing, so then the brokers are asked (the lag must be seen to grow while paused),
        // within one time budget for all partitions: this thread also serves stop and resume.
        RdKafka::ErrorCode watermarks = RdKafka::ERR__TIMED_OUT;
        // In step mode the partitions wait most of the time and fetch one message at a time,
        // so librdkafka's cached watermarks lag behind (or are unknown): the brokers are asked.
        const bool fetching = !m_paused && !m_stepMode;
        if (fetching)
            watermarks = m_consumer->get_watermark_offsets(topic, o.partition, &low, &high);
        else if (!pausedBudget.hasExpired())
            watermarks = m_consumer->query_watermark_offsets(
                topic, o.partition, &low, &high,
                int(std::max<qint64>(1, pausedBudget.remainingTime())));
        if (watermarks == RdKafka::ERR_NO_ERROR) {
            o.highWatermark = high >= 0 ? high : -1;
            if (low >= 0)
                m_logStart[o.partition] = low;
        } else if (!fetching) {
            // No answer in time: the last known watermark, rather than none.
            for (const PartitionOffsets &last : std::as_const(m_lastOffsets)) {
                if (last.partition == o.partition)
                    o.highWatermark = last.highWatermark;
            }
        }
        o.logStart = m_logStart.value(o.partition, -1);
        o.committed = m_tracker.committedPosition(o.partition);
        o.paused = m_paused;
        o.committable = m_tracker.committablePosition(o.partition);
        o.highestAcked = m_tracker.highestAcked(o.partition);
        o.openCount = m_tracker.openCount(o.partition);
        offsets.append(o);
    }
    if (offsets != m_lastOffsets) {
        m_lastOffsets = offsets;
        emit offsetsUpdated(offsets);
    }
}

QList<qint32> ConsumerWorker::assignedPartitions() const
{
    std::vector<RdKafka::TopicPartition *> assignment;
    m_consumer->assignment(assignment);
    QList<qint32> partitions;
    for (const RdKafka::TopicPartition *tp : assignment)
        partitions.append(tp->partition());
    RdKafka::TopicPartition::destroy(assignment);
    std::sort(partitions.begin(), partitions.end());
    return partitions;
}

void ConsumerWorker::seekToOffset(qint32 partition, qint64 offset)
{
    if (!m_consumer)
        return;
    flushBatch();
    const std::unique_ptr<RdKafka::TopicPartition> tp(
        RdKafka::TopicPartition::create(m_config.topic.toStdString(), partition, offset));
    const RdKafka::ErrorCode err = m_consumer->seek(*tp, RequestTimeoutMs);
    if (err != RdKafka::ERR_NO_ERROR)
        emit errorOccurred(tr("Could not move partition %1 to offset %2: %3")
                               .arg(partition)
                               .arg(offset)
                               .arg(KafkaErrors::describe(err, m_config.topic, partition)));
    else
        emit notice(
            tr("Partition %1 will be read again from offset %2.").arg(partition).arg(offset));
}

void ConsumerWorker::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    if (!m_consumer)
        return;
    QList<qint32> partitions = assignedPartitions();
    if (partition >= 0)
        partitions = partitions.contains(partition) ? QList<qint32>{partition} : QList<qint32>{};
    if (partitions.isEmpty())
        return;
    PartitionList list(m_config.topic.toStdString(), partitions, timestampMs);
    const RdKafka::ErrorCode err = m_consumer->offsetsForTimes(list.get(), RequestTimeoutMs);
    if (err != RdKafka::ERR_NO_ERROR) {
        emit errorOccurred(
            tr("Could not look up offsets by time: %1").arg(KafkaErrors::describe(err)));
        return;
    }
    for (const RdKafka::TopicPartition *tp : list.get()) {
        // No message at or after the time: go to the end of the partition.
        seekToOffset(tp->partition(),
                     tp->offset() >= 0 ? tp->offset() : RdKafka::Topic::OFFSET_END);
    }
}

void ConsumerWorker::setPaused(bool paused)
{
    if (!m_consumer || paused == m_paused)
        return;
    m_paused = paused;
    if (!applyPause()) {
        m_paused = !paused;
        return;
    }
    emit notice(paused ? tr("Paused: the consumer stops fetching but stays in its group.")
                       : tr("Resumed fetching."));
    publishOffsets();
}

bool ConsumerWorker::applyPause()
{
    if (!m_consumer)
        return true;
    QSet<qint32> wanted;
    if (m_paused || holding()) {
        for (qint32 p : assignedPartitions())
            wanted.insert(p);
    }
    // Only what this worker paused is resumed: librdkafka 2.0 restarts fetching a partition
    // that was not paused from an older position when asked to resume it. Partitions paused
    // and since revoked are resumed too, so they do not stay paused when they come back.
    QList<qint32> toPause = (wanted - m_pausedPartitions).values();
    QList<qint32> toResume = (m_pausedPartitions - wanted).values();
    std::sort(toPause.begin(), toPause.end());
    std::sort(toResume.begin(), toResume.end());
    const std::string topic = m_config.topic.toStdString();
    for (const bool pause : {true, false}) {
        const QList<qint32> &partitions = pause ? toPause : toResume;
        if (partitions.isEmpty())
            continue;
        PartitionList list(topic, partitions, RdKafka::Topic::OFFSET_INVALID);
        const RdKafka::ErrorCode err =
            pause ? m_consumer->pause(list.get()) : m_consumer->resume(list.get());
        if (err != RdKafka::ERR_NO_ERROR) {
            emit errorOccurred(KafkaErrors::describe(err));
            return false;
        }
        for (const RdKafka::TopicPartition *tp : list.get()) {
            if (pause)
                m_pausedPartitions.insert(tp->partition());
            else
                m_pausedPartitions.remove(tp->partition());
        }
    }
    return true;
}

void ConsumerWorker::setStepMode(bool on)
{
    if (on == m_stepMode)
        return;
    m_stepMode = on;
    m_stepCredit = 0;
    if (m_consumer) {
        // What was polled already goes now; what librdkafka fetched ahead is dropped by the
        // pause and fetched again when Next resumes the partitions.
        flushBatch();
        applyPause();
        emit notice(on ? tr("Step mode: the consumer fetches one message each time you press "
                            "Next, and waits in between.")
                       : tr("Step mode off: messages are fetched as they arrive again."));
        publishOffsets();
    }
    emit stepStateChanged(m_stepMode, m_stepCredit);
}

void ConsumerWorker::grantStep()
{
    if (!m_consumer || !m_stepMode)
        return;
    const bool wasHolding = holding();
    // Still paused: the brokers' watermarks now, to tell whether anything is there to fetch.
    if (wasHolding)
        publishOffsets();
    m_stepCredit = std::min(m_stepCredit + 1, MaxStepCredit);
    applyPause();
    if (wasHolding && !m_paused && nothingToFetch())
        emit notice(tr("Next: nothing new to fetch yet; the consumer waits and shows the next "
                       "message that arrives."));
    emit stepStateChanged(true, m_stepCredit);
}

bool ConsumerWorker::nothingToFetch() const
{
    if (m_lastOffsets.isEmpty())
        return false;
    for (const PartitionOffsets &o : m_lastOffsets) {
        if (o.highWatermark < 0)
            return false;
        // Nothing consumed yet since the assignment: the committed offset says where it starts.
        const qint64 next = o.position >= 0 ? o.position : o.committed;
        const bool empty = o.logStart >= 0 && o.logStart == o.highWatermark;
        if (!empty && (next < 0 || next < o.highWatermark))
            return false;
    }
    return true;
}

int ConsumerWorker::groupGeneration() const
{
    // librdkafka 2.0 has no getter for the generation; its serialised group metadata carries
    // it right after a versioned magic string. Anything unexpected reads as unknown (-1).
    static constexpr char Magic[] = "CGMDv2:";
    rd_kafka_consumer_group_metadata_t *metadata =
        rd_kafka_consumer_group_metadata(m_consumer->c_ptr());
    if (!metadata)
        return -1;
    void *buffer = nullptr;
    size_t size = 0;
    int generation = -1;
    if (rd_kafka_error_t *error = rd_kafka_consumer_group_metadata_write(metadata, &buffer, &size))
        rd_kafka_error_destroy(error);
    else if (size >= sizeof Magic - 1 + sizeof(int32_t) &&
             std::memcmp(buffer, Magic, sizeof Magic - 1) == 0)
        std::memcpy(&generation, static_cast<const char *>(buffer) + sizeof Magic - 1,
                    sizeof(int32_t));
    if (buffer)
        rd_kafka_mem_free(nullptr, buffer);
    rd_kafka_consumer_group_metadata_destroy(metadata);
    return generation;
}
