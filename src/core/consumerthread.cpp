#include "consumerthread.h"

#include "consumerworker.h"

#include <QDeadlineTimer>

ConsumerThread::ConsumerThread(const ConnectionConfig &config, const ConsumerOptions &options,
                               quint64 generation, QObject *parent)
    : QObject(parent)
    , m_generation(generation)
{
    auto *worker = new ConsumerWorker(config, options);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    m_thread.setObjectName(QStringLiteral("consumer"));
    connect(&m_thread, &QThread::started, worker, &ConsumerWorker::start);
    // Objects living on the thread are deleted as it finishes (Qt runs this deleteLater).
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, this, &ConsumerThread::finished, Qt::QueuedConnection);
    // The thread ends as soon as the worker has closed its consumer, on the worker's thread.
    connect(worker, &ConsumerWorker::stopped, &m_thread, &QThread::quit, Qt::DirectConnection);

    // Queued onto this object's thread, each in the order the worker sent it.
    connect(worker, &ConsumerWorker::started, this, &ConsumerThread::started);
    connect(worker, &ConsumerWorker::messagesReceived, this, &ConsumerThread::messagesReceived);
    connect(worker, &ConsumerWorker::partitionsAssigned, this, &ConsumerThread::partitionsAssigned);
    connect(worker, &ConsumerWorker::partitionsRevoked, this, &ConsumerThread::partitionsRevoked);
    connect(worker, &ConsumerWorker::acksApplied, this, &ConsumerThread::acksApplied);
    connect(worker, &ConsumerWorker::commitsConfirmed, this, &ConsumerThread::commitsConfirmed);
    connect(worker, &ConsumerWorker::commitFailed, this, &ConsumerThread::commitFailed);
    connect(worker, &ConsumerWorker::offsetsUpdated, this, &ConsumerThread::offsetsUpdated);
    connect(worker, &ConsumerWorker::notice, this, &ConsumerThread::notice);
    connect(worker, &ConsumerWorker::errorOccurred, this, &ConsumerThread::errorOccurred);
    connect(worker, &ConsumerWorker::stepStateChanged, this, &ConsumerThread::stepStateChanged);
    connect(worker, &ConsumerWorker::stopped, this, &ConsumerThread::stopped);
}

ConsumerThread::~ConsumerThread() = default; // m_thread (OwnedThread) quits and waits

void ConsumerThread::start()
{
    m_thread.start();
}

void ConsumerThread::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ConsumerWorker::stop, Qt::QueuedConnection);
}

void ConsumerThread::crash()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ConsumerWorker::crash, Qt::QueuedConnection);
}

bool ConsumerThread::isRunning() const
{
    return m_thread.isRunning();
}

bool ConsumerThread::wait(int timeoutMs)
{
    return m_thread.wait(QDeadlineTimer(timeoutMs));
}

template <typename Call>
void ConsumerThread::post(Call call)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker.data(), call] { call(worker); }, Qt::QueuedConnection);
}

void ConsumerThread::ack(const MessagePositions &messages)
{
    post([messages](ConsumerWorker *worker) { worker->ack(messages); });
}

void ConsumerThread::seekToOffset(qint32 partition, qint64 offset)
{
    post([partition, offset](ConsumerWorker *worker) { worker->seekToOffset(partition, offset); });
}

void ConsumerThread::seekToTimestamp(qint32 partition, qint64 timestampMs)
{
    post([partition, timestampMs](ConsumerWorker *worker) {
        worker->seekToTimestamp(partition, timestampMs);
    });
}

void ConsumerThread::setPaused(bool paused)
{
    post([paused](ConsumerWorker *worker) { worker->setPaused(paused); });
}

void ConsumerThread::setStepMode(bool on)
{
    post([on](ConsumerWorker *worker) { worker->setStepMode(on); });
}

void ConsumerThread::grantStep()
{
    post([](ConsumerWorker *worker) { worker->grantStep(); });
}
