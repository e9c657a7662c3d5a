// KafkaSession: one connection to a cluster (or the sandbox) as the window uses it: the
// producer, the consumer on its worker thread, the topic list, and a connection state. It
// never blocks the calling (GUI) thread on the network: metadata runs through Qt Concurrent
// and the consumer on its own thread.
#pragma once

#include "acktracker.h"
#include "connectionconfig.h"
#include "consumeroptions.h"
#include "deliveryreport.h"
#include "kafkamessagebatch.h"
#include "messageposition.h"
#include "partitionoffsets.h"
#include "producer.h"
#include "topicinfo.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ConsumerThread;
class SandboxBroker;

class KafkaSession final : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit KafkaSession(QObject *parent = nullptr);
    // Waits for consumer threads still closing, unless abandonShutdown() let them go.
    ~KafkaSession() override;

    // Validates config, starts the sandbox when it names no brokers, and connects in the
    // background; stateChanged() tells how it went. Once connected it watches config.topic;
    // with none, the sandbox's demo topic, and on a real cluster nothing until watchTopic().
    void connectToCluster(const ConnectionConfig &config);
    void disconnectFromCluster();
    void refreshTopics();
    // (Re)starts the consumer on topic; an empty topic stops consuming.
    void watchTopic(const QString &topic);
    // Takes effect at once: a running consumer is restarted with the new options.
    void setConsumerOptions(const ConsumerOptions &options);
    const ConsumerOptions &consumerOptions() const { return m_options; }
    // Stops the consumer (committing what was acknowledged, leaving the group) or starts it
    // again on the watched topic, where the group's committed offsets say.
    void stopConsuming();
    void startConsuming();
    bool isConsuming() const { return m_consuming; }
    // Finding a key's messages: the consumer (re)starts browsing, without a group, only the
    // given partition of the watched topic, from startTimestampMs (-1: the beginning), and
    // delivers only the records whose key is key. It lasts until stopFindingKey(), new read
    // options, another topic or a disconnect; keySearchChanged() comes before the restart.
    void findKey(qint32 partition, const QByteArray &key, qint64 startTimestampMs);
    // Back to the read options the search replaced, restarting the consumer if it runs.
    void stopFindingKey();
    bool isFindingKey() const { return m_options.onlyKey.has_value(); }

    // Requests to the consumer; the answers come back as signals.
    void ack(const MessagePositions &messages);
    void seekToOffset(qint32 partition, qint64 offset);
    void seekToTimestamp(qint32 partition, qint64 timestampMs);
    void setPaused(bool paused);
    // Step mode for the window's consumer (not the extra group members): it hands over one
    // message per nextMessage() and waits in between (see ConsumerWorker::setStepMode). The
    // choice lasts across consumer restarts until changed; stepStateChanged() follows.
    void setStepMode(bool on);
    bool isStepMode() const { return m_stepMode; }
    // Lets the consumer hand over exactly one more message, in step mode while consuming.
    void nextMessage();
    // Messages granted by nextMessage() that have not arrived yet (0 when not stepping).
    int stepCredit() const { return m_stepCredit; }

    // Sends a record; see Producer::send. The answer comes as delivered().
    quint64 send(const ProduceRequest &request, QString *error = nullptr);
    // Takes effect for the next send: a new producer takes over at once, and the old one stays
    // (without blocking this thread) until its sends in flight are answered.
    void setProducerSettings(const ProducerSettings &settings);
    const ProducerSettings &producerSettings() const { return m_producerSettings; }

    State state() const { return m_state; }
    // What stateChanged() last said, in the current language while connecting or connected.
    QString stateMessage() const;
    bool isSandbox() const { return m_usingSandbox; }
    // The sandbox's brokers while connected to it, else nullptr: which run, which lead what.
    const SandboxBroker *sandbox() const { return m_usingSandbox ? m_sandbox.get() : nullptr; }
    // Stops or starts a sandbox broker (see SandboxBroker::stopBroker), saying in notice() what
    // happened, leader moves included, and sandboxBrokersChanged(); a refusal is false with
    // *error, also given to errorOccurred().
    bool stopSandboxBroker(int brokerId, QString *error = nullptr);
    bool startSandboxBroker(int brokerId, QString *error = nullptr);
    // How the connection is shown to the user: "Sandbox (127.0.0.1:port)" or the brokers.
    QString clusterLabel() const;
    // The configuration in use, with the sandbox's address filled in.
    const ConnectionConfig &effectiveConfig() const { return m_config; }
    QList<TopicInfo> topics() const { return m_topics; }
    QString watchedTopic() const { return m_watchedTopic; }
    // Creates a topic through the admin API, or the mock API in the sandbox, off this thread;
    // topicCreated() tells how it went, and the topic list is refreshed.
    void createTopic(const QString &name, int partitions, int replicationFactor);

    static constexpr int MetadataTimeoutMs = 8000;

    // A group inside the window: extra members of the window consumer's group, on the watched
    // topic, with its commit mode, each a ConsumerThread (not yet started: connect to it, then
    // start() it). Refused (nullptr, *error in plain words) unless the window's consumer runs in
    // a group on a topic, and beyond MaxGroupMembers consumers in all: the teaching topics have
    // two or three partitions, so a fourth member would get none, and each member is a thread
    // and a connection to every broker. A member is a child of the session (closingConsumers()
    // counts it, the destructor waits for it); stopConsuming(), a restart, a disconnect and
    // beginShutdown() stop it cleanly. Its batches come through memberMessagesReceived().
    static constexpr int MaxGroupMembers = 3;
    ConsumerThread *addGroupMember(QString *error = nullptr);
    // The extra members not yet stopped, oldest first.
    QList<ConsumerThread *> groupMembers() const;
    // The configuration a member's consumer runs with (the sandbox's tuning included), for
    // reading its settings such as session.timeout.ms.
    ConnectionConfig memberConfig() const;

    // Quitting, in two steps so the window never blocks: beginShutdown() stops the consumer
    // (which commits what was acknowledged) and takes no more sends; sends in flight keep
    // their chance to be answered. pendingDeliveries() and closingConsumers() say what is
    // still under way; abandonShutdown() drops the rest (sends in flight are reported as not
    // delivered, a consumer still closing is left to finish on its own thread).
    void beginShutdown();
    int pendingDeliveries() const;
    int closingConsumers() const;
    void abandonShutdown();

signals:
    void stateChanged(KafkaSession::State state, const QString &message);
    void topicsChanged(const QList<TopicInfo> &topics);
    // error is empty when the topic was created.
    void topicCreated(const QString &name, const QString &error);
    void watchedTopicChanged(const QString &topic);
    // A key search began or ended (see findKey()); a consumer restart may follow at once.
    void keySearchChanged(bool finding);
    void consumerStarted(const QString &topic);
    void consumerStopped();
    void messagesReceived(const KafkaMessageBatch &batch);
    // A batch of an extra member (see addGroupMember()), marked redelivered like the window
    // consumer's: what any consumer of this window delivered before comes again as redelivered.
    void memberMessagesReceived(ConsumerThread *member, const KafkaMessageBatch &batch);
    void partitionsAssigned(const QList<qint32> &partitions, int generation);
    void partitionsRevoked(const QList<qint32> &partitions, int generation);
    void acksApplied(const QList<AckTracker::AckOutcome> &outcomes);
    void commitsConfirmed(const MessagePositions &positions);
    // Commits that failed; the consumer sends the newest acked positions again in retryInMs.
    void commitFailed(const MessagePositions &positions, const QString &reason, int retryInMs);
    void offsetsUpdated(const PartitionOffsetsList &offsets);
    // Events worth a line in the log.
    void notice(const QString &message);
    // Step mode changed, or a message granted by Next arrived or was granted (credit: how many
    // are still to come).
    void stepStateChanged(bool stepMode, int credit);
    // A sandbox broker stopped or started, or the sandbox's topics or leaders changed.
    void sandboxBrokersChanged();
    void delivered(const DeliveryReport &report);
    // send() handed a record to the producer: its request id, and the wall clock (ms since
    // the epoch) just before the call, for the journey of a message.
    void sendCalled(quint64 requestId, const QString &topic, qint64 calledAtMs);
    // Problems the user should see, in plain words (status bar, log).
    void errorOccurred(const QString &message);

private:
    void setState(State state, const QString &message);
    void fetchTopics();
    void applyTopicListing(const TopicListing &listing, quint64 generation);
    // Asks the current consumer to stop; it stays the current one (its revocations and the
    // commits it makes while closing are still heard) until another replaces it.
    void stopConsumer();
    // Stops the current consumer and stops listening to it: nothing it sends is relayed.
    void retireConsumer();
    // Retires the current consumer and starts a new one, of the next generation, on topic.
    void startConsumer(const QString &topic);
    // A new producer with the current settings becomes the one sends go to; the previous one
    // is retired. False with *error when it cannot be created.
    bool replaceProducer(QString *error);
    // Sends go nowhere until the next replaceProducer(); the old producer is deleted once its
    // sends in flight are answered.
    void retireProducer();
    // Drops every producer now; sends in flight are reported as not delivered.
    void closeProducers();
    QString initialTopic() const;
    // "Connecting to …" or "Connected to … (n brokers)." for state, else empty.
    QString progressMessage(State state) const;
    // A group-mode batch with the records at or below the highest offset this window's
    // consumers delivered of their partition marked redelivered; records it in m_seen.
    KafkaMessageBatch markSeen(const KafkaMessageBatch &batch);
    // Ends a key search without restarting: the options it replaced apply again.
    void endKeySearch();
    // Connects a consumer's signal to one of ours, heard only while it is the current one.
    template <typename... Args>
    void relay(ConsumerThread *consumer, void (ConsumerThread::*signal)(Args...),
               void (KafkaSession::*target)(Args...));

    std::unique_ptr<SandboxBroker> m_sandbox; // kept across reconnects so its data stays
    // Producers are children. Request ids are per producer: the session adds each producer's
    // base (the last id the session gave out before it) so ids stay unique across swaps.
    Producer *m_producer = nullptr;
    quint64 m_producerIdBase = 0;
    quint64 m_lastRequestId = 0;
    QHash<const Producer *, qint64> m_inFlight; // sends not yet answered, per producer
    ProducerSettings m_producerSettings;
    ConnectionConfig m_config;
    bool m_usingSandbox = false;
    State m_state = State::Disconnected;
    QString m_stateMessage;
    int m_brokerCount = 0; // as the last connect found it
    QList<TopicInfo> m_topics;
    QString m_watchedTopic;
    ConsumerOptions m_options;
    ConsumerOptions m_optionsBeforeSearch; // what a key search replaced, while it lasts
    // Highest offset per partition of the watched topic seen in this session.
    QHash<qint32, qint64> m_seen;
    // The current consumer (deleted when its thread ends) and its generation: every consumer
    // started gets the next number, and signals from any other generation are dropped, so a
    // consumer being replaced (its late revocation, commits or messages) never reaches the
    // window after the new one started, even on the same topic.
    QPointer<ConsumerThread> m_consumer;
    QList<QPointer<ConsumerThread>> m_members; // the extra members not yet stopped
    quint64 m_consumerGeneration = 0;
    bool m_consuming = false; // the current consumer runs and takes requests
    bool m_stepMode = false;
    int m_stepCredit = 0;     // as the current consumer last reported it
    quint64 m_generation = 0; // bumps on every connect, so late answers are ignored
};
