// Producer: sends records through librdkafka and reports each delivery as a signal. It lives
// on the thread that created it; delivery reports are collected by polling that thread's
// event loop while sends are in flight, so nothing ever blocks on the network.
#pragma once

#include "connectionconfig.h"
#include "deliveryreport.h"
#include "producerequest.h"
#include "producersettings.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>
#include <string>

namespace RdKafka {
class Producer;
}

class Producer final : public QObject
{
    Q_OBJECT
public:
    explicit Producer(QObject *parent = nullptr);
    // Drops what is in flight without reporting it: call close() first to have it reported.
    ~Producer() override;

    // Creates the librdkafka producer. Does not touch the network: connection problems show
    // up as failed delivery reports.
    bool open(const ConnectionConfig &config, const ProducerSettings &settings, QString *error);
    // Drops the client without waiting: sends still in flight are reported as not delivered.
    // Call flush() first to give them time.
    void close();
    bool isOpen() const { return m_producer != nullptr; }
    // The largest record librdkafka sends (message.max.bytes, as configured).
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

    // Queues one record. Returns a request id (> 0) that the matching delivered() report
    // carries, or 0 with *error set when the record was not queued. When librdkafka's queue
    // is full it waits for room up to queueWaitMs, serving delivery reports meanwhile.
    // *queueFull says whether it failed only for lack of room.
    quint64 send(const ProduceRequest &request, QString *error = nullptr, int queueWaitMs = 0,
                 bool *queueFull = nullptr);
    // Drops the records not yet sent to a broker (they are reported as not delivered); those
    // already on their way still get their real report.
    void dropQueued();

    // Blocks until every report arrived or the timeout passed; true when none is left.
    bool flush(int timeoutMs);

signals:
    void delivered(const DeliveryReport &report);

private:
    class ReportCollector;
    class RoundRobin;
    void pollReports();

    std::unique_ptr<ReportCollector> m_collector;
    std::unique_ptr<RoundRobin> m_roundRobin;
    std::unique_ptr<RdKafka::Producer> m_producer;
    QTimer m_pollTimer;
    quint64 m_nextRequestId = 1;
    qint64 m_maxMessageBytes = 1000000;
    QString m_topic; // the last topic sent to, and its name for librdkafka
    std::string m_topicName;
};
