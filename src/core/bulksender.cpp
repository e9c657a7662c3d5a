#include "bulksender.h"

namespace {
// One slice may queue for this long before the event loop gets its turn back.
constexpr int SliceMs = 8;
constexpr int ProgressIntervalMs = 100;
} // namespace

BulkSender::BulkSender(QObject *parent)
    : QObject(parent)
{
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &BulkSender::sendSlice);
    m_report.setInterval(ProgressIntervalMs);
    connect(&m_report, &QTimer::timeout, this, [this] {
        m_progress.messagesPerSecond =
            m_progress.delivered / std::max(1e-3, m_clock.elapsed() / 1000.0);
        emit progressed(m_progress);
    });
    connect(&m_producer, &Producer::delivered, this, &BulkSender::onDelivered);
}

BulkSender::~BulkSender()
{
    // Members go in reverse order of declaration, the producer last: were it closed then, its
    // purged reports would reach onDelivered() and the timers already destroyed.
    disconnect(&m_producer, nullptr, this, nullptr);
    m_slice.stop();
    m_report.stop();
    m_producer.close();
}

bool BulkSender::start(const ConnectionConfig &config, const ProducerSettings &settings,
                       qint64 count, std::function<ProduceRequest(qint64)> make, QString *error)
{
    if (m_running)
        return false;
    if (!m_producer.open(config, settings, error))
        return false;
    m_make = std::move(make);
    m_progress = Progress{};
    m_progress.total = count;
    m_running = true;
    m_cancelled = false;
    m_clock.start();
    m_slice.start();
    m_report.start();
    emit progressed(m_progress);
    // Even an empty send finishes from the event loop, never inside start().
    QMetaObject::invokeMethod(this, &BulkSender::finishIfDone, Qt::QueuedConnection);
    return true;
}

void BulkSender::sendSlice()
{
    QElapsedTimer slice;
    slice.start();
    QString error;
    bool queueFull = false;
    // The clock is read every 64 sends: reading it costs about as much as a send.
    while (m_progress.queued < m_progress.total &&
           (m_progress.queued % 64 != 0 || slice.elapsed() < SliceMs)) {
        // A full queue waits (a little) for delivery reports to make room.
        if (m_producer.send(m_make(m_progress.queued), &error, SliceMs, &queueFull) == 0) {
            if (queueFull)
                break; // still full: try again next slice
            ++m_progress.failed;
            if (m_progress.firstError.isEmpty())
                m_progress.firstError = error;
        }
        ++m_progress.queued;
    }
    if (m_progress.queued >= m_progress.total)
        m_slice.stop();
    finishIfDone();
}

void BulkSender::onDelivered(const DeliveryReport &report)
{
    if (report.delivered()) {
        ++m_progress.delivered;
    } else if (m_cancelled) {
        ++m_progress.dropped;
    } else {
        ++m_progress.failed;
        if (report.maybeStored)
            ++m_progress.maybeStored;
        if (m_progress.firstError.isEmpty())
            m_progress.firstError = report.error;
    }
    finishIfDone();
}

void BulkSender::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_slice.stop();
    m_producer.dropQueued();
    finishIfDone();
}

void BulkSender::finishIfDone()
{
    const bool allQueued = m_cancelled || m_progress.queued >= m_progress.total;
    const qint64 answered = m_progress.delivered + m_progress.failed + m_progress.dropped;
    if (m_running && allQueued && answered >= m_progress.queued)
        finish();
}

void BulkSender::finish()
{
    m_running = false;
    m_slice.stop();
    m_report.stop();
    m_progress.messagesPerSecond =
        m_progress.delivered / std::max(1e-3, m_clock.elapsed() / 1000.0);
    m_producer.close();
    emit progressed(m_progress);
    emit finished(m_progress, m_cancelled);
}

std::function<ProduceRequest(qint64)> BulkSender::fromTemplate(const ProduceRequest &base,
                                                               const QString &keyTemplate,
                                                               bool nullKey,
                                                               const QString &valueTemplate)
{
    return [base, key = MessageTemplate(keyTemplate), nullKey,
            value = MessageTemplate(valueTemplate)](qint64 i) {
        ProduceRequest request = base;
        if (!nullKey)
            request.key = key.render(i);
        request.value = value.render(i);
        return request;
    };
}
