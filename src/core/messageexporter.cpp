#include "messageexporter.h"

#include "messagecsv.h"
#include "messagejson.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSaveFile>

namespace {
// What went wrong with the file, in words a user can act on.
QString fileError(const QSaveFile &file, const QString &path, bool opening)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (opening) {
        if (!info.absoluteDir().exists())
            return MessageExporter::tr("Cannot export to %1: the folder does not exist.")
                .arg(shown);
        if (file.error() == QFileDevice::PermissionsError ||
            !QFileInfo(info.absolutePath()).isWritable())
            return MessageExporter::tr(
                       "Cannot export to %1: you may not write in that folder (%2).")
                .arg(shown, file.errorString());
        return MessageExporter::tr("Cannot export to %1: %2").arg(shown, file.errorString());
    }
    return MessageExporter::tr(
               "Writing %1 failed, perhaps the disk is full: %2. Nothing was exported.")
        .arg(shown, file.errorString());
}
} // namespace

MessageExporter::MessageExporter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MessageExporter::Result>();
}

MessageExporter::~MessageExporter()
{
    cancel();
    join();
}

void MessageExporter::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool MessageExporter::start(QList<KafkaMessage> messages, const QString &path, Format format)
{
    if (m_running)
        return false;
    join(); // the previous export's thread has ended (it reported): reap it
    m_running = true;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const QPointer<MessageExporter> self(this);
    m_thread =
        std::thread([self, cancelled = m_cancelled, messages = std::move(messages), path, format] {
            const qint64 total = messages.size();
            // Progress goes to the exporter's thread queued; the exporter joins this thread
            // before it is destroyed, so self is alive while it runs.
            const Result result = write(messages, path, format, *cancelled, [&](qint64 written) {
                QMetaObject::invokeMethod(
                    self.data(), [self, written, total] { emit self->progressed(written, total); },
                    Qt::QueuedConnection);
            });
            QMetaObject::invokeMethod(
                self.data(),
                [self, result] {
                    self->m_running = false;
                    emit self->finished(result);
                },
                Qt::QueuedConnection);
        });
    return true;
}

void MessageExporter::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

MessageExporter::Result MessageExporter::write(const QList<KafkaMessage> &messages,
                                               const QString &path, Format format,
                                               const std::atomic<bool> &cancelled,
                                               const std::function<void(qint64)> &progress)
{
    Result result;
    result.path = path;
    result.total = messages.size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = fileError(file, path, true);
        return result;
    }
    QByteArray buffer;
    constexpr qsizetype FlushBytes = 1 << 20;
    const auto flush = [&] {
        if (buffer.isEmpty())
            return true;
        const bool ok = file.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    if (format == Format::Csv)
        buffer += MessageCsv::headerLine();
    for (qint64 i = 0; i < messages.size(); ++i) {
        if (i % ProgressEvery == 0) {
            if (cancelled.load()) {
                result.cancelled = true;
                file.cancelWriting();
                return result;
            }
            if (i > 0 && progress)
                progress(i);
        }
        const KafkaMessage &m = messages.at(i);
        if (format == Format::Csv) {
            buffer += MessageCsv::toLine(m);
        } else {
            buffer += MessageJson::toJson(m);
            buffer += '\n';
        }
        if (buffer.size() >= FlushBytes && !flush()) {
            result.error = fileError(file, path, false);
            file.cancelWriting();
            return result;
        }
        result.written = i + 1;
    }
    if (!flush()) {
        result.error = fileError(file, path, false);
        file.cancelWriting();
        return result;
    }
    if (cancelled.load()) {
        result.cancelled = true;
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = fileError(file, path, false);
        return result;
    }
    if (progress)
        progress(result.written);
    return result;
}
