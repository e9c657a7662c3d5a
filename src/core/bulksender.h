// BulkSender: sends many records (from a template or a file) through a producer of its own,
// in short slices on the calling thread's event loop so the window stays responsive, and
// reports progress, the rate, and how it ended. Its reports never reach the send history.
#pragma once

#include "connectionconfig.h"
#include "messagetemplate.h"
#include "producer.h"
#include "producerequest.h"
#include "producersettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class BulkSender final : public QObject
{
    Q_OBJECT
public:
    struct Progress
    {
        qint64 total = 0;
        qint64 queued = 0;    // handed to the producer
        qint64 delivered = 0; // confirmed by the broker (or sent, with acks=0)
        qint64 failed = 0;
        qint64 maybeStored = 0;       // of the failed: delivery unknown (may be stored)
        qint64 dropped = 0;           // queued but never sent, because of a cancel
        double messagesPerSecond = 0; // delivered per second so far
        QString firstError;
    };

    explicit BulkSender(QObject *parent = nullptr);
    // Stops at once without reporting: the producer is closed before any member goes, so no
    // late delivery report reaches a destroyed timer. Owners that want the counts cancel()
    // and wait for finished() first.
    ~BulkSender() override;

    // Sends `count` records built by `make(i)`. False with *error when the producer cannot be
    // created; otherwise progressed() follows and finished() ends it.
    bool start(const ConnectionConfig &config, const ProducerSettings &settings, qint64 count,
               std::function<ProduceRequest(qint64)> make, QString *error);
    // Stops queueing and drops what is still waiting to be sent; finished() follows once the
    // records already on their way are answered, so the count of delivered ones is exact.
    void cancel();
    bool isRunning() const { return m_running; }
    const Progress &progress() const { return m_progress; }

    // The records of a template: key and value rendered for each i.
    static std::function<ProduceRequest(qint64)> fromTemplate(const ProduceRequest &base,
                                                              const QString &keyTemplate,
                                                              bool nullKey,
                                                              const QString &valueTemplate);

signals:
    void progressed(const BulkSender::Progress &progress);
    // cancelled: the user stopped it; progress says how many were delivered.
    void finished(const BulkSender::Progress &progress, bool cancelled);

private:
    void sendSlice();
    void onDelivered(const DeliveryReport &report);
    void finishIfDone();
    void finish();

    Producer m_producer;
    std::function<ProduceRequest(qint64)> m_make;
    Progress m_progress;
    QTimer m_slice;
    QTimer m_report;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};
