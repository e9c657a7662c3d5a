#include "producer.h"

#include "handlereaper.h"
#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QElapsedTimer>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>

#include <atomic>
#include <utility>
#include <vector>

// Runs inside poll() on the producer's thread: copies each report for pollReports() to emit.
class Producer::ReportCollector final : public RdKafka::DeliveryReportCb
{
public:
    void dr_cb(RdKafka::Message &message) override
    {
        DeliveryReport report;
        report.requestId = reinterpret_cast<quintptr>(message.msg_opaque());
        // Reports come for one topic at a time, usually: convert its name once.
        const rd_kafka_message_t *raw = message.c_ptr();
        const char *name = raw->rkt ? rd_kafka_topic_name(raw->rkt) : "";
        if (m_topicName != name) {
            m_topicName = name;
            m_topic = QString::fromUtf8(name);
        }
        report.topic = m_topic;
        report.latencyUs = message.latency();
        if (message.err() == RdKafka::ERR_NO_ERROR) {
            report.partition = message.partition();
            // With acks=0 the broker never answers, and librdkafka reports offset -1.
            report.offset = message.offset() >= 0 ? message.offset() : -1;
            const RdKafka::MessageTimestamp ts = message.timestamp();
            // librdkafka's mock cluster answers with a made-up log-append time (1234 ms after
            // 1970). A broker appends now, never before 2001: such a time reads as unknown.
            // (A create time is the producer's own and is kept, however old.)
            constexpr qint64 Year2001Ms = 978307200000;
            const bool madeUp =
                ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_LOG_APPEND_TIME &&
                ts.timestamp < Year2001Ms;
            report.timestampMs =
                ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_NOT_AVAILABLE || madeUp
                    ? -1
                    : ts.timestamp;
        } else {
            report.partition = message.partition();
            report.errorCode = int(message.err());
            const bool possiblyPersisted =
                rd_kafka_message_status(raw) == RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED;
            report.neverSent = message.err() == RdKafka::ERR__PURGE_QUEUE && !possiblyPersisted;
            // Delivery unknown: a request the broker may have written before it went silent,
            // and every timeout. librdkafka 2.0.2 can call a timed-out record not persisted
            // when the broker wrote it: a broker stopped during a bulk send (tst_brokerfaults)
            // held all 5,000 records handed over before the stop, while 346 of them, in flight
            // when it stopped, timed out as not persisted.
            report.maybeStored = possiblyPersisted ||
                                 message.err() == RdKafka::ERR__MSG_TIMED_OUT ||
                                 message.err() == RdKafka::ERR__PURGE_INFLIGHT;
            report.error = possiblyPersisted ? KafkaErrors::describeUnconfirmed()
                                             : KafkaErrors::describe(message.err(), report.topic,
                                                                     report.partition);
        }
        reports.push_back(std::move(report));
    }

    std::vector<DeliveryReport> reports;

private:
    std::string m_topicName;
    QString m_topic;
};

// Round-robin partitioning, which librdkafka 2.0 does not offer. It is installed as a C
// partitioner on the default topic configuration: the C++ PartitionerCb only reaches topics
// created as RdKafka::Topic objects, and the produce() that takes headers takes a topic name.
// librdkafka may call it from its own threads (when a topic's metadata arrives after the
// send), hence the atomic.
class Producer::RoundRobin final
{
public:
    static int32_t partition(const rd_kafka_topic_t *, const void *, size_t, int32_t partitionCount,
                             void *self, void *)
    {
        auto *roundRobin = static_cast<RoundRobin *>(self);
        return int32_t(roundRobin->m_next.fetch_add(1, std::memory_order_relaxed) %
                       uint32_t(partitionCount));
    }

private:
    std::atomic<uint32_t> m_next{0};
};

Producer::Producer(QObject *parent)
    : QObject(parent)
    , m_collector(std::make_unique<ReportCollector>())
    , m_roundRobin(std::make_unique<RoundRobin>())
{
    // 10 ms keeps the delivery report on screen promptly without busy polling.
    m_pollTimer.setInterval(10);
    connect(&m_pollTimer, &QTimer::timeout, this, &Producer::pollReports);
}

Producer::~Producer()
{
    // An owner's members declared after this producer are already gone: reports purged now
    // must not reach it. Owners that account for every send close() first, in their own
    // destructor.
    blockSignals(true);
    close();
}

bool Producer::open(const ConnectionConfig &config, const ProducerSettings &settings,
                    QString *error)
{
    close();
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Producer, error);
    if (!conf)
        return false;
    std::string reason;
    if (settings.partitioner == ProducerSettings::Partitioner::RoundRobin) {
        // Set first: a default topic configuration replaces any topic-level property (acks)
        // set on the global one before it. Without a key librdkafka sticks to one partition
        // for a while (sticky partitioning) before asking the partitioner: switched off, every
        // record asks.
        std::unique_ptr<RdKafka::Conf> topicConf(RdKafka::Conf::create(RdKafka::Conf::CONF_TOPIC));
        rd_kafka_topic_conf_set_partitioner_cb(topicConf->c_ptr_topic(), &RoundRobin::partition);
        rd_kafka_topic_conf_set_opaque(topicConf->c_ptr_topic(), m_roundRobin.get());
        if (conf->set("sticky.partitioning.linger.ms", "0", reason) != RdKafka::Conf::CONF_OK ||
            conf->set("default_topic_conf", topicConf.get(), reason) != RdKafka::Conf::CONF_OK) {
            if (error)
                *error = QString::fromStdString(reason);
            return false;
        }
    }
    static const char *const compression[] = {"none", "gzip", "snappy", "lz4", "zstd"};
    // With acks=all, a retry after a lost answer (a broker restart, a leader change) must not
    // write the record twice: the idempotent producer numbers its batches. It needs acks=all.
    const bool idempotent = settings.acks == ProducerSettings::Acks::All;
    if (!KafkaConf::set(*conf, "acks", std::to_string(int(settings.acks)), error) ||
        !KafkaConf::set(*conf, "enable.idempotence", idempotent ? "true" : "false", error) ||
        !KafkaConf::set(*conf, "compression.codec", compression[int(settings.compression)], error))
        return false;
    if (settings.partitioner == ProducerSettings::Partitioner::Murmur2 &&
        !KafkaConf::set(*conf, "partitioner", "murmur2_random", error))
        return false;
    if (conf->set("dr_cb", m_collector.get(), reason) != RdKafka::Conf::CONF_OK) {
        if (error)
            *error = QString::fromStdString(reason);
        return false;
    }
    std::string maxBytes;
    if (conf->get("message.max.bytes", maxBytes) == RdKafka::Conf::CONF_OK)
        m_maxMessageBytes = QByteArray::fromStdString(maxBytes).toLongLong();
    m_producer.reset(RdKafka::Producer::create(conf.get(), reason));
    if (!m_producer) {
        if (error)
            *error =
                tr("The producer could not be created: %1").arg(QString::fromStdString(reason));
        return false;
    }
    return true;
}

void Producer::close()
{
    if (!m_producer)
        return;
    // Purged sends get their (failed) delivery report from the poll below, so every send
    // the user made is answered.
    m_producer->purge(RdKafka::Producer::PURGE_QUEUE | RdKafka::Producer::PURGE_INFLIGHT |
                      RdKafka::Producer::PURGE_NON_BLOCKING);
    pollReports();
    m_pollTimer.stop();
    // Nothing is left to report (the purge's reports were polled above): the handle ends on a
    // reaper thread, then what it calls back, and the caller (the GUI thread when a changed
    // setting retires a producer) goes on. The next open() gets a new collector and partitioner.
    HandleReaper::destroyLater(
        [producer = m_producer.release(),
         collector = std::exchange(m_collector, std::make_unique<ReportCollector>()).release(),
         roundRobin = std::exchange(m_roundRobin, std::make_unique<RoundRobin>()).release()] {
            delete producer;
            delete collector;
            delete roundRobin;
        });
}

quint64 Producer::send(const ProduceRequest &request, QString *error, int queueWaitMs,
                       bool *queueFull)
{
    if (queueFull)
        *queueFull = false;
    if (!m_producer) {
        if (error)
            *error = tr("Not connected.");
        return 0;
    }
    const quint64 requestId = m_nextRequestId++;
    // A bulk send names the same topic a million times: convert it once.
    if (request.topic != m_topic) {
        m_topic = request.topic;
        m_topicName = request.topic.toStdString();
    }
    RdKafka::Headers *headers = nullptr;
    if (!request.headers.isEmpty()) {
        headers = RdKafka::Headers::create();
        for (const KafkaHeader &h : request.headers)
            headers->add(h.name.toStdString(), h.valueIsNull ? nullptr : h.value.constData(),
                         h.valueIsNull ? 0 : size_t(h.value.size()));
    }
    // An empty QByteArray may have no data pointer; librdkafka reads a null pointer as a null
    // key or value, so an empty one must point somewhere.
    static const char empty = 0;
    const char *key =
        request.key ? (request.key->isEmpty() ? &empty : request.key->constData()) : nullptr;
    const char *value = request.valueIsNull
                            ? nullptr
                            : (request.value.isEmpty() ? &empty : request.value.constData());
    QElapsedTimer waited;
    RdKafka::ErrorCode err = RdKafka::ERR_NO_ERROR;
    for (;;) {
        err = m_producer->produce(
            m_topicName, request.partition < 0 ? RdKafka::Topic::PARTITION_UA : request.partition,
            RdKafka::Producer::RK_MSG_COPY, const_cast<char *>(value),
            value ? size_t(request.value.size()) : 0, key, key ? size_t(request.key->size()) : 0, 0,
            headers, reinterpret_cast<void *>(quintptr(requestId)));
        if (err != RdKafka::ERR__QUEUE_FULL || queueWaitMs <= 0)
            break;
        if (!waited.isValid())
            waited.start();
        if (waited.elapsed() >= queueWaitMs)
            break;
        // Room comes back as delivery reports are served.
        m_producer->poll(10);
    }
    if (err != RdKafka::ERR_NO_ERROR) {
        if (queueFull)
            *queueFull = err == RdKafka::ERR__QUEUE_FULL;
        delete headers; // ownership passes to librdkafka only on success
        if (error)
            *error = KafkaErrors::describe(err, request.topic, request.partition);
        return 0;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    return requestId;
}

void Producer::dropQueued()
{
    if (!m_producer)
        return;
    m_producer->purge(RdKafka::Producer::PURGE_QUEUE | RdKafka::Producer::PURGE_NON_BLOCKING);
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

bool Producer::flush(int timeoutMs)
{
    if (!m_producer)
        return true;
    m_producer->flush(timeoutMs);
    pollReports();
    return m_producer->outq_len() == 0;
}

void Producer::pollReports()
{
    if (!m_producer)
        return;
    m_producer->poll(0);
    std::vector<DeliveryReport> reports;
    reports.swap(m_collector->reports);
    for (const DeliveryReport &report : reports)
        emit delivered(report);
    // A receiver may have closed this producer (a bulk send that just finished).
    if (!m_producer || m_producer->outq_len() == 0)
        m_pollTimer.stop();
}
