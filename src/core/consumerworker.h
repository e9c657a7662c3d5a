// ConsumerWorker: the one object that calls the Kafka consumer. It is moved onto its own
// thread, polls librdkafka there, and hands messages to the GUI thread in batches (every
// ~50 ms or MaxBatch messages, whichever comes first). Requests reach it as queued slots,
// which its event loop runs between polls.
#pragma once

#include "connectionconfig.h"
#include "kafkamessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;
namespace RdKafka {
class KafkaConsumer;
}

class ConsumerWorker final : public QObject
{
    Q_OBJECT
public:
    // config.topic is the topic to subscribe to; config.groupId the consumer group.
    explicit ConsumerWorker(const ConnectionConfig &config, QObject *parent = nullptr);
    ~ConsumerWorker() override;

    static constexpr int MaxBatch = 5000;
    static constexpr int FlushIntervalMs = 50;

public slots:
    // Creates the consumer on the calling (worker) thread, subscribes and starts polling.
    void start();
    // Leaves the group, destroys the consumer and emits stopped().
    void stop();

signals:
    void started();
    void messagesReceived(const KafkaMessageBatch &batch);
    // A problem the user should see, in plain words.
    void errorOccurred(const QString &message);
    void stopped();

private:
    class EventRelay;
    void pollOnce();
    void flushBatch();

    ConnectionConfig m_config;
    std::unique_ptr<EventRelay> m_events;
    std::unique_ptr<RdKafka::KafkaConsumer> m_consumer;
    QTimer *m_pollTimer = nullptr;
    KafkaMessageBatch m_batch;
    QElapsedTimer m_batchAge;
};
