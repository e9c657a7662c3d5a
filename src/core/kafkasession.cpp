#include "kafkasession.h"

#include "adminclient.h"
#include "clustermetadata.h"
#include "consumerworker.h"
#include "ownedthread.h"
#include "sandboxbroker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>
#include <utility>

KafkaSession::KafkaSession(QObject *parent)
    : QObject(parent)
{}

KafkaSession::~KafkaSession()
{
    stopConsumer();
    // ~Producer purges without reporting: nothing reaches a receiver being torn down.
    m_producer = nullptr;
    qDeleteAll(findChildren<Producer *>(Qt::FindDirectChildrenOnly));
    // Retired consumer threads are children: OwnedThread's destructor quits and waits, and
    // each worker is deleted (closing its consumer) on its own thread as that thread ends.
    qDeleteAll(findChildren<OwnedThread *>(Qt::FindDirectChildrenOnly));
}

void KafkaSession::connectToCluster(const ConnectionConfig &config)
{
    disconnectFromCluster();
    ++m_generation;
    if (const QStringList problems = config.validate(); !problems.isEmpty()) {
        setState(State::Failed, problems.join(QLatin1Char(' ')));
        return;
    }
    m_config = config;
    m_usingSandbox = config.usesSandbox();
    if (m_usingSandbox) {
        if (!m_sandbox)
            m_sandbox = std::make_unique<SandboxBroker>();
        QString error;
        if (!m_sandbox->start(&error)) {
            setState(State::Failed, error);
            return;
        }
        m_config.bootstrapServers = m_sandbox->bootstrapServers();
    }
    QString error;
    if (!replaceProducer(&error)) {
        setState(State::Failed, error);
        return;
    }
    setState(State::Connecting, tr("Connecting to %1…").arg(clusterLabel()));
    fetchTopics();
}

void KafkaSession::disconnectFromCluster()
{
    ++m_generation;
    stopConsumer();
    if (!m_watchedTopic.isEmpty()) {
        m_watchedTopic.clear();
        emit watchedTopicChanged(m_watchedTopic);
    }
    closeProducers();
    if (!m_topics.isEmpty()) {
        m_topics.clear();
        emit topicsChanged(m_topics);
    }
    if (m_state != State::Disconnected)
        setState(State::Disconnected, tr("Disconnected."));
}

void KafkaSession::refreshTopics()
{
    if (m_state == State::Connected)
        fetchTopics();
}

void KafkaSession::fetchTopics()
{
    auto *watcher = new QFutureWatcher<TopicListing>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<TopicListing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        applyTopicListing(watcher->result(), generation);
    });
    watcher->setFuture(
        QtConcurrent::run(&ClusterMetadata::fetchTopics, m_config, MetadataTimeoutMs));
}

void KafkaSession::applyTopicListing(const TopicListing &listing, quint64 generation)
{
    if (generation != m_generation)
        return; // an answer for a connection that is gone
    if (!listing.error.isEmpty()) {
        if (m_state == State::Connecting) {
            closeProducers();
            setState(State::Failed, listing.error);
        } else {
            emit errorOccurred(listing.error);
        }
        return;
    }
    m_topics = listing.topics;
    emit topicsChanged(m_topics);
    if (m_state == State::Connecting) {
        setState(State::Connected,
                 tr("Connected to %1 (%n broker(s)).", nullptr, listing.brokerCount)
                     .arg(clusterLabel()));
        watchTopic(initialTopic());
    }
}

QString KafkaSession::initialTopic() const
{
    if (!m_config.topic.isEmpty())
        return m_config.topic;
    if (m_usingSandbox)
        return SandboxBroker::defaultTopic();
    for (const TopicInfo &topic : m_topics) {
        if (!topic.isInternal())
            return topic.name;
    }
    return {};
}

void KafkaSession::watchTopic(const QString &topic)
{
    if (m_state != State::Connected)
        return;
    if (topic == m_watchedTopic && m_worker)
        return;
    stopConsumer();
    if (topic != m_watchedTopic)
        m_seen.clear();
    m_watchedTopic = topic;
    emit watchedTopicChanged(topic);
    if (!topic.isEmpty())
        startConsumer(topic);
}

void KafkaSession::setConsumerOptions(const ConsumerOptions &options)
{
    m_options = options;
    if (m_worker) {
        stopConsumer();
        startConsumer(m_watchedTopic);
    }
}

void KafkaSession::stopConsuming()
{
    stopConsumer();
}

void KafkaSession::startConsuming()
{
    if (m_state == State::Connected && !m_worker && !m_watchedTopic.isEmpty())
        startConsumer(m_watchedTopic);
}

template <typename... Args>
void KafkaSession::relay(ConsumerWorker *worker, void (ConsumerWorker::*signal)(Args...),
                         void (KafkaSession::*target)(Args...))
{
    // A retired worker may still send a last batch or event: only the current one is heard.
    connect(worker, signal, this, [this, worker, target](Args... args) {
        if (worker == m_worker)
            emit(this->*target)(args...);
    });
}

void KafkaSession::startConsumer(const QString &topic)
{
    ConnectionConfig config = m_config;
    config.topic = topic;
    if (m_usingSandbox)
        SandboxBroker::tuneConsumer(config);

    ConsumerOptions options = m_options;
    options.previouslySeen = m_seen;
    auto *thread = new OwnedThread(this);
    auto *worker = new ConsumerWorker(config, options);
    worker->moveToThread(thread);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(worker, &ConsumerWorker::stopped, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::started, worker, &ConsumerWorker::start);
    connect(worker, &ConsumerWorker::messagesReceived, this,
            [this, worker](const KafkaMessageBatch &batch) {
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    const KafkaMessageBatch::Record &m = batch.record(i);
                    const auto seen = m_seen.constFind(m.partition);
                    if (seen == m_seen.cend() || *seen < m.offset)
                        m_seen.insert(m.partition, m.offset);
                }
                if (worker == m_worker)
                    emit messagesReceived(batch);
            });
    relay(worker, &ConsumerWorker::errorOccurred, &KafkaSession::errorOccurred);
    relay(worker, &ConsumerWorker::notice, &KafkaSession::notice);
    relay(worker, &ConsumerWorker::partitionsAssigned, &KafkaSession::partitionsAssigned);
    relay(worker, &ConsumerWorker::acksApplied, &KafkaSession::acksApplied);
    relay(worker, &ConsumerWorker::offsetsUpdated, &KafkaSession::offsetsUpdated);
    relay(worker, &ConsumerWorker::commitFailed, &KafkaSession::commitFailed);
    // Revocations and commit confirmations still matter from a worker being stopped (its
    // close() revokes and commits what was acknowledged), as long as its topic is still the
    // one on screen.
    connect(worker, &ConsumerWorker::partitionsRevoked, this,
            [this, worker, topic](const QList<qint32> &partitions, int generation) {
                if (worker == m_worker || topic == m_watchedTopic)
                    emit partitionsRevoked(partitions, generation);
            });
    connect(worker, &ConsumerWorker::commitsConfirmed, this,
            [this, worker, topic](const MessagePositions &positions) {
                if (worker == m_worker || topic == m_watchedTopic)
                    emit commitsConfirmed(positions);
            });
    connect(worker, &ConsumerWorker::started, this, [this, worker, topic] {
        if (worker == m_worker)
            emit consumerStarted(topic);
    });
    connect(worker, &ConsumerWorker::stopped, this, [this, worker] {
        if (worker == m_worker) {
            // Stopped by itself (it could not start): forget it.
            m_worker = nullptr;
        }
        emit consumerStopped();
    });
    m_worker = worker;
    thread->setObjectName(QStringLiteral("consumer"));
    thread->start();
}

void KafkaSession::stopConsumer()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ConsumerWorker::stop, Qt::QueuedConnection);
    m_worker = nullptr;
}

void KafkaSession::ack(const MessagePositions &messages)
{
    if (m_worker && !messages.isEmpty())
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker.data(), messages] { worker->ack(messages); },
            Qt::QueuedConnection);
}

void KafkaSession::seekToOffset(qint32 partition, qint64 offset)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker.data(), partition, offset] {
                worker->seekToOffset(partition, offset);
            },
            Qt::QueuedConnection);
}

void KafkaSession::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker.data(), partition, timestampMs] {
                worker->seekToTimestamp(partition, timestampMs);
            },
            Qt::QueuedConnection);
}

void KafkaSession::setPaused(bool paused)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker.data(), paused] { worker->setPaused(paused); },
            Qt::QueuedConnection);
}

quint64 KafkaSession::send(const ProduceRequest &request, QString *error)
{
    if (m_state != State::Connected) {
        if (error)
            *error = tr("Not connected: connect to a cluster or the sandbox first.");
        return 0;
    }
    if (const QString problem = ConnectionConfig::checkTopicName(request.topic);
        !problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    if (!m_producer) {
        if (error)
            *error = tr("Not connected: connect to a cluster or the sandbox first.");
        return 0;
    }
    const quint64 id = m_producer->send(request, error);
    if (id == 0)
        return 0;
    ++m_inFlight[m_producer];
    m_lastRequestId = m_producerIdBase + id;
    return m_lastRequestId;
}

void KafkaSession::setProducerSettings(const ProducerSettings &settings)
{
    if (settings == m_producerSettings)
        return;
    m_producerSettings = settings;
    if (!m_producer)
        return;
    // No flush here: it would wait on the network on this (the GUI) thread. The old producer
    // keeps polling for its reports and goes once they are all in.
    QString error;
    if (!replaceProducer(&error))
        emit errorOccurred(error);
}

bool KafkaSession::replaceProducer(QString *error)
{
    retireProducer();
    auto *producer = new Producer(this);
    if (!producer->open(m_config, m_producerSettings, error)) {
        delete producer;
        return false;
    }
    const quint64 base = m_lastRequestId;
    connect(producer, &Producer::delivered, this, [this, producer, base](DeliveryReport report) {
        report.requestId += base;
        const auto inFlight = m_inFlight.find(producer);
        if (inFlight != m_inFlight.end() && --*inFlight <= 0) {
            m_inFlight.erase(inFlight);
            if (producer != m_producer)
                producer->deleteLater(); // retired, and nothing left to answer
        }
        emit delivered(report);
    });
    m_producer = producer;
    m_producerIdBase = base;
    return true;
}

void KafkaSession::retireProducer()
{
    Producer *old = std::exchange(m_producer, nullptr);
    if (old && !m_inFlight.contains(old))
        old->deleteLater();
}

void KafkaSession::closeProducers()
{
    m_producer = nullptr;
    const QList<Producer *> producers = findChildren<Producer *>(Qt::FindDirectChildrenOnly);
    for (Producer *producer : producers) {
        // Purged sends are reported as not delivered, so the history shows what happened.
        producer->close();
        m_inFlight.remove(producer);
        delete producer;
    }
}

void KafkaSession::beginShutdown()
{
    ++m_generation;
    stopConsumer();
    retireProducer();
}

int KafkaSession::pendingDeliveries() const
{
    qint64 pending = 0;
    for (qint64 n : m_inFlight)
        pending += n;
    return int(std::min<qint64>(pending, std::numeric_limits<int>::max()));
}

int KafkaSession::closingConsumers() const
{
    int running = 0;
    for (const OwnedThread *thread : findChildren<OwnedThread *>(Qt::FindDirectChildrenOnly))
        running += thread->isRunning() ? 1 : 0;
    return running;
}

void KafkaSession::abandonShutdown()
{
    closeProducers();
    // A consumer still closing (its commit or a 5 s offset query waiting on a broker that
    // does not answer) finishes on its own thread; the thread deletes itself when it ends
    // (or goes with the process). Its signals reach nothing here any more.
    for (OwnedThread *thread : findChildren<OwnedThread *>(Qt::FindDirectChildrenOnly)) {
        if (thread->isRunning())
            thread->setParent(nullptr);
    }
}

QString KafkaSession::clusterLabel() const
{
    if (m_usingSandbox)
        return tr("Sandbox (%1)").arg(m_config.bootstrapServers);
    return m_config.effectiveBootstrapServers();
}

void KafkaSession::createTopic(const QString &name, int partitions, int replicationFactor)
{
    QString problem;
    if (m_state != State::Connected)
        problem = tr("Not connected: connect to a cluster or the sandbox first.");
    else
        problem = ConnectionConfig::checkTopicName(name);
    if (!problem.isEmpty()) {
        emit topicCreated(name, problem);
        return;
    }
    if (m_usingSandbox) {
        // The mock cluster has no CreateTopics request (and must not be sent one).
        m_sandbox->createTopic(name, partitions, &problem);
        emit topicCreated(name, problem);
        refreshTopics();
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        emit topicCreated(name, watcher->result());
        refreshTopics();
    });
    watcher->setFuture(QtConcurrent::run(&AdminClient::createTopic, m_config, name, partitions,
                                         replicationFactor, MetadataTimeoutMs));
}

void KafkaSession::setState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}
