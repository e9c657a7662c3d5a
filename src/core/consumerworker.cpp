#include "consumerworker.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QTimer>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>

namespace {
// How long one consume() call may wait when nothing is pending. It bounds how late a queued
// request (stop, later ack and seek) is served.
constexpr int IdleWaitMs = 100;

KafkaMessage copyMessage(const RdKafka::Message &message)
{
    KafkaMessage copy;
    copy.topic = QString::fromStdString(message.topic_name());
    copy.partition = message.partition();
    copy.offset = message.offset();
    const RdKafka::MessageTimestamp ts = message.timestamp();
    copy.timestampMs =
        ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_NOT_AVAILABLE ? -1 : ts.timestamp;
    if (const void *key = message.key_pointer()) {
        copy.key = QByteArray(static_cast<const char *>(key), qsizetype(message.key_len()));
        copy.keyIsNull = false;
    }
    if (const void *payload = message.payload()) {
        copy.value = QByteArray(static_cast<const char *>(payload), qsizetype(message.len()));
        copy.valueIsNull = false;
    }
    return copy;
}
} // namespace

// librdkafka's error events arrive inside consume() on the worker thread; the relay turns
// them into plain words and passes them on as a signal of the worker.
class ConsumerWorker::EventRelay final : public RdKafka::EventCb
{
public:
    explicit EventRelay(ConsumerWorker *worker)
        : m_worker(worker)
    {}

    void event_cb(RdKafka::Event &event) override
    {
        if (event.type() != RdKafka::Event::EVENT_ERROR)
            return;
        report(KafkaErrors::describe(event.err()));
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

ConsumerWorker::ConsumerWorker(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_events(std::make_unique<EventRelay>(this))
{}

ConsumerWorker::~ConsumerWorker()
{
    if (m_consumer)
        m_consumer->close();
}

void ConsumerWorker::start()
{
    if (m_consumer)
        return;
    QString error;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(m_config, KafkaConf::Role::Consumer, &error);
    std::string reason;
    if (conf && conf->set("event_cb", static_cast<RdKafka::EventCb *>(m_events.get()), reason) !=
                    RdKafka::Conf::CONF_OK)
        error = QString::fromStdString(reason);
    if (conf && error.isEmpty()) {
        m_consumer.reset(RdKafka::KafkaConsumer::create(conf.get(), reason));
        if (!m_consumer)
            error = tr("The consumer could not be created: %1").arg(QString::fromStdString(reason));
    }
    if (m_consumer) {
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
    m_pollTimer = new QTimer(this);
    // A zero-interval timer runs one poll per event-loop turn, so queued requests from the
    // GUI are served between polls.
    m_pollTimer->setInterval(0);
    connect(m_pollTimer, &QTimer::timeout, this, &ConsumerWorker::pollOnce);
    m_pollTimer->start();
    emit started();
}

void ConsumerWorker::stop()
{
    if (m_pollTimer)
        m_pollTimer->stop();
    flushBatch();
    if (m_consumer) {
        m_consumer->close(); // leaves the group now rather than after session.timeout.ms
        m_consumer.reset();
    }
    emit stopped();
}

void ConsumerWorker::pollOnce()
{
    if (!m_consumer)
        return;
    while (m_batch.size() < MaxBatch) {
        int waitMs = IdleWaitMs;
        if (!m_batch.isEmpty())
            waitMs = std::max<int>(0, FlushIntervalMs - int(m_batchAge.elapsed()));
        std::unique_ptr<RdKafka::Message> message(m_consumer->consume(waitMs));
        const RdKafka::ErrorCode err = message->err();
        if (err == RdKafka::ERR__TIMED_OUT)
            break;
        if (err != RdKafka::ERR_NO_ERROR) {
            if (err != RdKafka::ERR__PARTITION_EOF)
                m_events->report(KafkaErrors::describe(
                    err, QString::fromStdString(message->topic_name()), message->partition()));
            break;
        }
        if (m_batch.isEmpty())
            m_batchAge.start();
        m_batch.append(copyMessage(*message));
        m_events->clear();
        if (m_batchAge.elapsed() >= FlushIntervalMs)
            break;
    }
    if (!m_batch.isEmpty() &&
        (m_batch.size() >= MaxBatch || m_batchAge.elapsed() >= FlushIntervalMs))
        flushBatch();
}

void ConsumerWorker::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    KafkaMessageBatch batch;
    batch.swap(m_batch);
    emit messagesReceived(batch);
}
