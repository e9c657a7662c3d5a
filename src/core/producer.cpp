#include "producer.h"

#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <librdkafka/rdkafkacpp.h>

#include <vector>

// Runs inside poll() on the producer's thread: copies each report for pollReports() to emit.
class Producer::ReportCollector final : public RdKafka::DeliveryReportCb
{
public:
    void dr_cb(RdKafka::Message &message) override
    {
        DeliveryReport report;
        report.requestId = reinterpret_cast<quintptr>(message.msg_opaque());
        report.topic = QString::fromStdString(message.topic_name());
        report.latencyUs = message.latency();
        if (message.err() == RdKafka::ERR_NO_ERROR) {
            report.partition = message.partition();
            // With acks=0 the broker never answers, and librdkafka reports offset -1.
            report.offset = message.offset() >= 0 ? message.offset() : -1;
            const RdKafka::MessageTimestamp ts = message.timestamp();
            report.timestampMs = ts.type == RdKafka::MessageTimestamp::MSG_TIMESTAMP_NOT_AVAILABLE
                                     ? -1
                                     : ts.timestamp;
        } else {
            report.partition = message.partition();
            report.error = KafkaErrors::describe(message.err(), report.topic, report.partition);
        }
        reports.push_back(std::move(report));
    }

    std::vector<DeliveryReport> reports;
};

Producer::Producer(QObject *parent)
    : QObject(parent)
    , m_collector(std::make_unique<ReportCollector>())
{
    // 10 ms keeps the delivery report on screen promptly without busy polling.
    m_pollTimer.setInterval(10);
    connect(&m_pollTimer, &QTimer::timeout, this, &Producer::pollReports);
}

Producer::~Producer()
{
    close();
}

bool Producer::open(const ConnectionConfig &config, QString *error)
{
    close();
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Producer, error);
    if (!conf)
        return false;
    std::string reason;
    if (conf->set("dr_cb", m_collector.get(), reason) != RdKafka::Conf::CONF_OK) {
        if (error)
            *error = QString::fromStdString(reason);
        return false;
    }
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
    m_producer.reset();
}

quint64 Producer::send(const QString &topic, const std::optional<QByteArray> &key,
                       const QByteArray &value, int partition, QString *error)
{
    if (!m_producer) {
        if (error)
            *error = tr("Not connected.");
        return 0;
    }
    const quint64 requestId = m_nextRequestId++;
    const std::string topicName = topic.toStdString();
    const RdKafka::ErrorCode err =
        m_producer->produce(topicName, partition < 0 ? RdKafka::Topic::PARTITION_UA : partition,
                            RdKafka::Producer::RK_MSG_COPY, const_cast<char *>(value.constData()),
                            static_cast<size_t>(value.size()), key ? key->constData() : nullptr,
                            key ? static_cast<size_t>(key->size()) : 0, 0,
                            reinterpret_cast<void *>(static_cast<quintptr>(requestId)));
    if (err != RdKafka::ERR_NO_ERROR) {
        if (error)
            *error = KafkaErrors::describe(err, topic, partition);
        return 0;
    }
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    return requestId;
}

int Producer::inFlight() const
{
    return m_producer ? m_producer->outq_len() : 0;
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
    if (m_producer->outq_len() == 0)
        m_pollTimer.stop();
}
