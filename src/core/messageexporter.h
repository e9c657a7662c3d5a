// MessageExporter: writes a snapshot of messages to a file, as JSON Lines (MessageJson) or CSV
// (MessageCsv), on a worker thread of its own, reporting progress; Cancel stops it. The file is
// written under a temporary name and renamed at the end, so a cancelled or failed export leaves
// no partial file (and a file it would replace stays as it was); a write error (no permission,
// disk full, a missing folder) is reported in plain words.
#pragma once

#include "kafkamessage.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class MessageExporter final : public QObject
{
    Q_OBJECT
public:
    enum class Format { JsonLines, Csv };
    Q_ENUM(Format)

    struct Result
    {
        QString path;
        qint64 total = 0;
        qint64 written = 0; // records written (all of them when it succeeded)
        bool cancelled = false;
        QString error; // plain words; empty when it succeeded or was cancelled
        bool succeeded() const { return !cancelled && error.isEmpty(); }
    };

    explicit MessageExporter(QObject *parent = nullptr);
    // Cancels a running export and waits for its thread (the file is not left behind).
    ~MessageExporter() override;

    // Starts writing messages to path; progressed() follows, then finished(). False when an
    // export is running already.
    bool start(QList<KafkaMessage> messages, const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }

    // The export itself, on the calling thread: progress(written) is called every
    // ProgressEvery records; cancelled is checked as often.
    static Result write(const QList<KafkaMessage> &messages, const QString &path, Format format,
                        const std::atomic<bool> &cancelled,
                        const std::function<void(qint64)> &progress = {});

    static constexpr qint64 ProgressEvery = 1000;

signals:
    void progressed(qint64 written, qint64 total);
    void finished(const MessageExporter::Result &result);

private:
    void join();

    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::thread m_thread;
    bool m_running = false;
};

Q_DECLARE_METATYPE(MessageExporter::Result)
