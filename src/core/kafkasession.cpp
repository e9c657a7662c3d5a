#include "kafkasession.h"

#include "adminclient.h"
#include "clustermetadata.h"
#include "consumerthread.h"
#include "sandboxbroker.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>
#include <utility>

KafkaSession::KafkaSession(QObject *parent)
    : QObject(parent)
{}

KafkaSession::~KafkaSession()
{
    retireConsumer();
    // ~Producer purges without reporting: nothing reaches a receiver being torn down.
    m_producer = nullptr;
    qDeleteAll(findChildren<Producer *>(Qt::FindDirectChildrenOnly));
    // Consumers still closing are children: ConsumerThread's destructor quits and waits, and
    // each worker is deleted (closing its consumer) on its own thread as that thread ends.
    qDeleteAll(findChildren<ConsumerThread *>(Qt::FindDirectChildrenOnly));
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
        // A sandbox of another size is a new one: the old one's messages go with it.
        if (m_sandbox && m_sandbox->brokerCount() != config.sandboxBrokers)
            m_sandbox.reset();
        if (!m_sandbox)
            m_sandbox = std::make_unique<SandboxBroker>();
        QString error;
        if (!m_sandbox->start(&error, SandboxBroker::DefaultPartitions, config.sandboxBrokers)) {
            m_sandbox.reset();
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
    setState(State::Connecting, progressMessage(State::Connecting));
    fetchTopics();
}

void KafkaSession::disconnectFromCluster()
{
    ++m_generation;
    retireConsumer();
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
    endKeySearch(); // the next connection may be to another cluster
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
    if (m_usingSandbox) {
        // Topics a producer created on its own get known leaders too.
        for (const TopicInfo &topic : std::as_const(m_topics))
            m_sandbox->adoptTopic(topic.name, topic.partitionCount);
        emit sandboxBrokersChanged();
    }
    emit topicsChanged(m_topics);
    if (m_state == State::Connecting) {
        m_brokerCount = listing.brokerCount;
        setState(State::Connected, progressMessage(State::Connected));
        watchTopic(initialTopic());
    }
}

QString KafkaSession::stateMessage() const
{
    // Connecting and connected are said afresh, so a language switch changes them too; an
    // error stays in the words it was reported in.
    const QString fresh = progressMessage(m_state);
    return fresh.isEmpty() ? m_stateMessage : fresh;
}

QString KafkaSession::progressMessage(State state) const
{
    switch (state) {
    case State::Connecting:
        return tr("Connecting to %1…").arg(clusterLabel());
    case State::Connected:
        return tr("Connected to %1 (%n broker(s)).", nullptr, m_brokerCount).arg(clusterLabel());
    case State::Disconnected:
    case State::Failed:
        break;
    }
    return {};
}

QString KafkaSession::initialTopic() const
{
    if (!m_config.topic.isEmpty())
        return m_config.topic;
    // The sandbox is there to be tried at once: its demo topic. A real cluster's topics belong
    // to someone; none is read (nor a group joined on it) until the user chooses one.
    if (m_usingSandbox)
        return SandboxBroker::defaultTopic();
    return {};
}

void KafkaSession::watchTopic(const QString &topic)
{
    if (m_state != State::Connected)
        return;
    if (topic == m_watchedTopic && m_consuming)
        return;
    retireConsumer();
    if (topic != m_watchedTopic) {
        m_seen.clear();
        endKeySearch(); // its partition is the old topic's
    }
    m_watchedTopic = topic;
    emit watchedTopicChanged(topic);
    if (!topic.isEmpty())
        startConsumer(topic);
}

void KafkaSession::setConsumerOptions(const ConsumerOptions &options)
{
    endKeySearch();
    m_options = options;
    if (m_consuming)
        startConsumer(m_watchedTopic);
}

void KafkaSession::findKey(qint32 partition, const QByteArray &key, qint64 startTimestampMs)
{
    if (!isFindingKey())
        m_optionsBeforeSearch = m_options;
    ConsumerOptions search;
    search.mode = ConsumerOptions::Mode::Browse;
    search.startFrom = ConsumerOptions::StartFrom::Earliest;
    search.commitMode = m_optionsBeforeSearch.commitMode;
    search.startTimestampMs = startTimestampMs < 0 ? -1 : startTimestampMs;
    search.onlyPartitions = {partition};
    search.onlyKey = key;
    m_options = search;
    emit keySearchChanged(true);
    if (m_state == State::Connected && !m_watchedTopic.isEmpty())
        startConsumer(m_watchedTopic);
}

void KafkaSession::stopFindingKey()
{
    if (!isFindingKey())
        return;
    endKeySearch();
    if (m_consuming)
        startConsumer(m_watchedTopic);
}

void KafkaSession::endKeySearch()
{
    if (!isFindingKey())
        return;
    m_options = m_optionsBeforeSearch;
    m_optionsBeforeSearch = {};
    emit keySearchChanged(false);
}

void KafkaSession::stopConsuming()
{
    stopConsumer();
}

void KafkaSession::startConsuming()
{
    if (m_state == State::Connected && !m_consuming && !m_watchedTopic.isEmpty())
        startConsumer(m_watchedTopic);
}

template <typename... Args>
void KafkaSession::relay(ConsumerThread *consumer, void (ConsumerThread::*signal)(Args...),
                         void (KafkaSession::*target)(Args...))
{
    connect(consumer, signal, this,
            [this, generation = consumer->generation(), target](Args... args) {
                if (generation == m_consumerGeneration)
                    emit(this->*target)(args...);
            });
}

void KafkaSession::startConsumer(const QString &topic)
{
    retireConsumer();
    ConnectionConfig config = m_config;
    config.topic = topic;
    if (m_usingSandbox) {
        SandboxBroker::tuneConsumer(config);
        if (m_options.mode == ConsumerOptions::Mode::Group)
            m_sandbox->placeGroup(config.groupId.isEmpty() ? ConnectionConfig::defaultGroupId()
                                                           : config.groupId);
    }

    ConsumerOptions options = m_options;
    // Browsing commits nothing, so nothing read again is a redelivery.
    if (options.mode == ConsumerOptions::Mode::Group)
        options.previouslySeen = m_seen;
    options.stepMode = m_stepMode;
    m_stepCredit = 0;
    const quint64 generation = ++m_consumerGeneration;
    auto *consumer = new ConsumerThread(config, options, generation, this);
    connect(consumer, &ConsumerThread::finished, consumer, &QObject::deleteLater);
    // A key search skips the other keys' messages: what it shows says nothing of what the
    // session has seen of its partition.
    const bool keySearch = options.onlyKey.has_value();
    const bool group = options.mode == ConsumerOptions::Mode::Group;
    connect(consumer, &ConsumerThread::messagesReceived, this,
            [this, generation, keySearch, group](const KafkaMessageBatch &batch) {
                if (generation != m_consumerGeneration)
                    return;
                if (group && !keySearch) {
                    emit messagesReceived(markSeen(batch));
                    return;
                }
                for (qsizetype i = 0; i < batch.size() && !keySearch; ++i) {
                    const KafkaMessageBatch::Record &m = batch.record(i);
                    const auto seen = m_seen.constFind(m.partition);
                    if (seen == m_seen.cend() || *seen < m.offset)
                        m_seen.insert(m.partition, m.offset);
                }
                emit messagesReceived(batch);
            });
    relay(consumer, &ConsumerThread::errorOccurred, &KafkaSession::errorOccurred);
    relay(consumer, &ConsumerThread::notice, &KafkaSession::notice);
    relay(consumer, &ConsumerThread::partitionsAssigned, &KafkaSession::partitionsAssigned);
    relay(consumer, &ConsumerThread::partitionsRevoked, &KafkaSession::partitionsRevoked);
    relay(consumer, &ConsumerThread::acksApplied, &KafkaSession::acksApplied);
    relay(consumer, &ConsumerThread::commitsConfirmed, &KafkaSession::commitsConfirmed);
    relay(consumer, &ConsumerThread::commitFailed, &KafkaSession::commitFailed);
    relay(consumer, &ConsumerThread::offsetsUpdated, &KafkaSession::offsetsUpdated);
    connect(consumer, &ConsumerThread::stepStateChanged, this,
            [this, generation](bool stepMode, int credit) {
                if (generation != m_consumerGeneration || !m_consuming || stepMode != m_stepMode)
                    return; // an older consumer's, or a report overtaken by a new choice
                m_stepCredit = credit;
                emit stepStateChanged(stepMode, credit);
            });
    connect(consumer, &ConsumerThread::started, this, [this, generation, topic] {
        if (generation == m_consumerGeneration)
            emit consumerStarted(topic);
    });
    // Every consumer's end is told (closingConsumers() counts the ones still closing).
    connect(consumer, &ConsumerThread::stopped, this, [this, generation] {
        if (generation == m_consumerGeneration)
            m_consuming = false; // stopped by itself: it could not start
        emit consumerStopped();
    });
    m_consumer = consumer;
    m_consuming = true;
    consumer->start();
}

void KafkaSession::stopConsumer()
{
    if (m_consuming && m_consumer)
        m_consumer->stop();
    m_consuming = false;
    // What Next granted and did not arrive is not carried over to another consumer.
    if (std::exchange(m_stepCredit, 0) != 0)
        emit stepStateChanged(m_stepMode, 0);
    // The extra members belong to the window's consumer: they leave with it.
    const QList<QPointer<ConsumerThread>> members = std::exchange(m_members, {});
    for (const QPointer<ConsumerThread> &member : members) {
        if (member)
            member->stop();
    }
}

ConnectionConfig KafkaSession::memberConfig() const
{
    ConnectionConfig config = m_config;
    config.topic = m_watchedTopic;
    if (m_usingSandbox)
        SandboxBroker::tuneConsumer(config);
    return config;
}

ConsumerThread *KafkaSession::addGroupMember(QString *error)
{
    QString problem;
    if (m_state != State::Connected)
        problem = tr("Not connected: connect first, then add a consumer to the group.");
    else if (m_options.mode != ConsumerOptions::Mode::Group || m_options.onlyKey)
        problem = tr("The window's consumer reads without a consumer group (browsing or "
                     "finding a key): choose Group in the read options first. Only the members "
                     "of a group share partitions.");
    else if (m_watchedTopic.isEmpty())
        problem = tr("No topic is read: choose a topic first. A new member reads the same topic "
                     "as the window's consumer.");
    else if (!m_consuming)
        problem = tr("The window's consumer is stopped: start it first. A new member joins its "
                     "group.");
    else if (groupMembers().size() + 1 >= MaxGroupMembers)
        problem = tr("This window runs at most %1 consumers of the group, its own and %2 more: "
                     "a topic for teaching has two or three partitions, so another member "
                     "would get none.")
                      .arg(MaxGroupMembers)
                      .arg(MaxGroupMembers - 1);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    ConsumerOptions options = m_options;
    // A member reads where the group committed: an explicit start is the window consumer's.
    options.startOffset = -1;
    options.startTimestampMs = -1;
    options.previouslySeen = m_seen;
    options.stepMode = false; // step mode is the window consumer's
    auto *member = new ConsumerThread(memberConfig(), options, 0, this);
    connect(member, &ConsumerThread::finished, member, &QObject::deleteLater);
    connect(member, &ConsumerThread::messagesReceived, this,
            [this, member](const KafkaMessageBatch &batch) {
                emit memberMessagesReceived(member, markSeen(batch));
            });
    connect(member, &ConsumerThread::stopped, this,
            [this, member] { m_members.removeAll(member); });
    m_members.append(member);
    return member;
}

QList<ConsumerThread *> KafkaSession::groupMembers() const
{
    QList<ConsumerThread *> members;
    for (const QPointer<ConsumerThread> &member : m_members) {
        if (member)
            members.append(member);
    }
    return members;
}

KafkaMessageBatch KafkaSession::markSeen(const KafkaMessageBatch &batch)
{
    KafkaMessageBatch marked = batch; // shares the batch's data until a record changes
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const KafkaMessageBatch::Record &m = batch.record(i);
        const auto seen = m_seen.find(m.partition);
        if (seen == m_seen.end())
            m_seen.insert(m.partition, m.offset);
        else if (m.offset <= *seen && !m.redelivered)
            marked.record(i).redelivered = true;
        else
            *seen = std::max(*seen, m.offset);
    }
    return marked;
}

void KafkaSession::retireConsumer()
{
    stopConsumer();
    if (m_consumer) {
        m_consumer = nullptr;
        ++m_consumerGeneration;
    }
}

void KafkaSession::ack(const MessagePositions &messages)
{
    if (m_consuming && m_consumer && !messages.isEmpty())
        m_consumer->ack(messages);
}

void KafkaSession::seekToOffset(qint32 partition, qint64 offset)
{
    if (m_consuming && m_consumer)
        m_consumer->seekToOffset(partition, offset);
}

void KafkaSession::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    if (m_consuming && m_consumer)
        m_consumer->seekToTimestamp(partition, timestampMs);
}

void KafkaSession::setPaused(bool paused)
{
    if (m_consuming && m_consumer)
        m_consumer->setPaused(paused);
}

void KafkaSession::setStepMode(bool on)
{
    if (on == m_stepMode)
        return;
    m_stepMode = on;
    m_stepCredit = 0;
    if (m_consuming && m_consumer)
        m_consumer->setStepMode(on);
    emit stepStateChanged(on, 0);
}

void KafkaSession::nextMessage()
{
    if (!m_stepMode || !m_consuming || !m_consumer)
        return;
    m_consumer->grantStep();
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
    const qint64 calledAtMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 id = m_producer->send(request, error);
    if (id == 0)
        return 0;
    ++m_inFlight[m_producer];
    m_lastRequestId = m_producerIdBase + id;
    emit sendCalled(m_lastRequestId, request.topic, calledAtMs);
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
    for (const ConsumerThread *consumer :
         findChildren<ConsumerThread *>(Qt::FindDirectChildrenOnly))
        running += consumer->isRunning() ? 1 : 0;
    return running;
}

void KafkaSession::abandonShutdown()
{
    closeProducers();
    // A consumer still closing (its commit or a 5 s offset query waiting on a broker that
    // does not answer) finishes on its own thread; the thread deletes itself when it ends
    // (or goes with the process). Its signals reach nothing here any more.
    for (ConsumerThread *consumer : findChildren<ConsumerThread *>(Qt::FindDirectChildrenOnly)) {
        if (consumer->isRunning())
            consumer->setParent(nullptr);
    }
}

QString KafkaSession::clusterLabel() const
{
    if (m_usingSandbox && m_sandbox && m_sandbox->brokerCount() > 1)
        return tr("Sandbox (%1, …)").arg(m_config.bootstrapServers.section(QLatin1Char(','), 0, 0));
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
        if (m_sandbox->createTopic(name, partitions, &problem, replicationFactor) &&
            m_sandbox->brokerCount() > 1)
            emit notice(tr("Topic \"%1\": each of its partitions has a replica on all %2 "
                           "sandbox brokers (the sandbox has no other replication factor).")
                            .arg(name)
                            .arg(m_sandbox->brokerCount()));
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

bool KafkaSession::stopSandboxBroker(int brokerId, QString *error)
{
    QString problem;
    QList<SandboxBroker::LeaderMove> moves;
    if (!sandbox())
        problem = tr("Broker %1 cannot be stopped: this window is not connected to the sandbox.")
                      .arg(brokerId);
    else
        m_sandbox->stopBroker(brokerId, &moves, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        emit errorOccurred(problem);
        return false;
    }
    emit notice(tr("Sandbox broker %1 stopped: its connections are closed and it takes no new "
                   "ones. Until it runs again, clients that try it report a broker they cannot "
                   "reach; the running brokers serve every partition.")
                    .arg(brokerId));
    for (const SandboxBroker::LeaderMove &move : std::as_const(moves))
        emit notice(tr("Partition %1 of %2 has a new leader, broker %3 (broker %4 led it). "
                       "Clients learn this from fresh metadata and send there.")
                        .arg(move.partition)
                        .arg(move.topic)
                        .arg(move.to)
                        .arg(move.from));
    emit sandboxBrokersChanged();
    return true;
}

bool KafkaSession::startSandboxBroker(int brokerId, QString *error)
{
    QString problem;
    if (!sandbox())
        problem = tr("Broker %1 cannot be started: this window is not connected to the sandbox.")
                      .arg(brokerId);
    else
        m_sandbox->startBroker(brokerId, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        emit errorOccurred(problem);
        return false;
    }
    emit notice(tr("Sandbox broker %1 runs again, on the same port. It leads no partition yet: "
                   "leadership stays where it moved (Kafka moves it back later, with its "
                   "preferred-leader election).")
                    .arg(brokerId));
    emit sandboxBrokersChanged();
    return true;
}
