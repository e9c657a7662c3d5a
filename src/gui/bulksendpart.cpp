// BulkSendPart: the Bulk tab of the compose panel (see bulksendpart.h).
#include "bulksendpart.h"
#include "ui_composepanel.h"

#include "actionbutton.h"
#include "kafkasession.h"
#include "messagefilereader.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {
// The progress bar counts per mille of the total delivered: fine enough for a million
// messages, and within int.
constexpr int ProgressSteps = 1000;

// Encodes every request's value with encode (off the GUI thread): false with *error naming the
// first record (counted from 1) that does not match, so nothing is sent.
bool encodeAll(QList<ProduceRequest> *requests, const BulkSendPart::Encoder &encode, QString *error)
{
    for (qsizetype i = 0; i < requests->size(); ++i) {
        ProduceRequest &request = (*requests)[i];
        QString why;
        QByteArray framed = encode(request.value, &why);
        if (!why.isEmpty()) {
            *error = BulkSendPart::tr("Record %1 does not match the schema: %2 Nothing was sent.")
                         .arg(i + 1)
                         .arg(why);
            return false;
        }
        request.value = std::move(framed);
        request.valueIsNull = false;
    }
    return true;
}

struct Prepared
{
    QList<ProduceRequest> requests;
    QString error;
};
} // namespace

BulkSendPart::BulkSendPart(KafkaSession *session, QWidget *panel, Ui::ComposePanel *ui,
                           ComposedRequest composed, CurrentEncoder encoder)
    : m_session(session)
    , m_panel(panel)
    , m_ui(ui)
    , m_composed(std::move(composed))
    , m_encoder(std::move(encoder))
    , m_sendFileAction(new QAction(panel))
    , m_bulkSendAction(new QAction(panel))
    , m_cancelBulkAction(new QAction(panel))
{
    m_bulk.setParent(panel);
    m_bulk.setObjectName(QStringLiteral("bulkSender"));
    setUpActions();
    retranslate();

    m_ui->bulkProgress->setRange(0, ProgressSteps);
    // The panel is the receiver (the part has the panel's lifetime): the main window silences
    // the panel's bulk reports at shutdown by disconnecting the sender from the panel.
    connect(&m_bulk, &BulkSender::progressed, m_panel,
            [this](const BulkSender::Progress &progress) { onProgress(progress); });
    connect(&m_bulk, &BulkSender::finished, m_panel,
            [this](const BulkSender::Progress &progress, bool cancelled) {
                onFinished(progress, cancelled);
            });
}

BulkSendPart::~BulkSendPart()
{
    // No report or progress reaches a half-destroyed part.
    disconnect(&m_bulk, nullptr, m_panel, nullptr);
}

void BulkSendPart::retranslate()
{
    m_sendFileAction->setText(tr("Send a &file…"));
    m_sendFileAction->setToolTip(
        tr("A JSON Lines file (.jsonl), as Export messages… and topicdesk consume --format json "
           "write it: {\"key\": …, \"value\": …, \"headers\": [{\"name\": …, \"value\": "
           "…}]} per line; or plain text, one value per line"));
    m_sendFileAction->setStatusTip(tr("Send every record of a file to the watched topic"));
    m_bulkSendAction->setText(tr("Send &many"));
    m_bulkSendAction->setToolTip(
        tr("Send the message many times, with its placeholders filled in"));
    m_bulkSendAction->setStatusTip(tr("Send the Message tab's key and value the Bulk tab's "
                                      "number of times, with {{i}}, {{uuid}} and {{now}} filled "
                                      "in"));
    m_cancelBulkAction->setText(tr("&Cancel bulk send"));
    m_cancelBulkAction->setToolTip(tr("Stop the running bulk or file send"));
    m_cancelBulkAction->setStatusTip(tr("Stop the running bulk or file send; the messages "
                                        "already on their way are still counted"));
    m_ui->bulkProgress->setFormat(tr("%p% delivered"));
}

void BulkSendPart::setUpActions()
{
    m_sendFileAction->setObjectName(QStringLiteral("sendFileAction"));
    connect(m_sendFileAction, &QAction::triggered, this, &BulkSendPart::startFileSend);
    m_bulkSendAction->setObjectName(QStringLiteral("bulkSendAction"));
    connect(m_bulkSendAction, &QAction::triggered, this, &BulkSendPart::startBulk);
    m_cancelBulkAction->setObjectName(QStringLiteral("cancelBulkAction"));
    connect(m_cancelBulkAction, &QAction::triggered, &m_bulk, &BulkSender::cancel);

    ActionButton::bind(m_ui->fileSendButton, m_sendFileAction);
    ActionButton::bind(m_ui->bulkSendButton, m_bulkSendAction);
    ActionButton::bind(m_ui->bulkCancelButton, m_cancelBulkAction);
}

void BulkSendPart::updateActions(bool watching)
{
    const bool bulk = m_bulk.isRunning() || m_preparing;
    m_bulkSendAction->setEnabled(watching && !bulk);
    m_sendFileAction->setEnabled(watching && !bulk);
    m_cancelBulkAction->setEnabled(bulk);
}

void BulkSendPart::showError(const QString &message)
{
    if (!message.isEmpty())
        emit errorOccurred(message);
}

void BulkSendPart::startBulk()
{
    if (!m_bulkSendAction->isEnabled())
        return;
    const ProduceRequest base = m_composed();
    if (const Encoder encode = m_encoder()) {
        // Every value is filled in and encoded first, off the GUI thread: one that does not
        // match the schema stops the send before anything is sent.
        const qint64 count = m_ui->bulkCountSpin->value();
        auto make =
            BulkSender::fromTemplate(base, m_ui->keyEdit->text(), m_ui->nullKeyCheck->isChecked(),
                                     m_ui->valueEdit->toPlainText());
        auto *watcher = new QFutureWatcher<Prepared>(this);
        m_preparing = true;
        emit runningChanged();
        connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, base] {
            watcher->deleteLater();
            Prepared prepared = watcher->result();
            m_preparing = false;
            emit runningChanged();
            if (!prepared.error.isEmpty()) {
                m_ui->bulkStatusLabel->setText(prepared.error);
                showError(prepared.error);
                return;
            }
            startRequests(
                std::make_shared<const QList<ProduceRequest>>(std::move(prepared.requests)),
                tr("Sending %n message(s) to \"%1\", encoded with a schema…", nullptr,
                   m_ui->bulkCountSpin->value())
                    .arg(base.topic));
        });
        watcher->setFuture(QtConcurrent::run([make, encode, count] {
            Prepared prepared;
            prepared.requests.reserve(count);
            for (qint64 i = 0; i < count; ++i)
                prepared.requests.append(make(i));
            encodeAll(&prepared.requests, encode, &prepared.error);
            return prepared;
        }));
        return;
    }
    QString error;
    if (!m_bulk.start(m_session->effectiveConfig(), m_session->producerSettings(),
                      m_ui->bulkCountSpin->value(),
                      BulkSender::fromTemplate(base, m_ui->keyEdit->text(),
                                               m_ui->nullKeyCheck->isChecked(),
                                               m_ui->valueEdit->toPlainText()),
                      &error)) {
        showError(error);
        return;
    }
    emit logLine(tr("Sending %n message(s) to \"%1\"…", nullptr, m_ui->bulkCountSpin->value())
                     .arg(base.topic));
    emit runningChanged();
}

void BulkSendPart::startFileSend()
{
    if (!m_sendFileAction->isEnabled())
        return;
    // Window-modal and without a nested event loop: the window keeps receiving while it is open.
    auto *dialog =
        new QFileDialog(m_panel, tr("Send a file"), {},
                        tr("JSON Lines or text (*.jsonl *.json *.txt *.log);;JSON Lines, as "
                           "exported (*.jsonl);;All files (*)"));
    dialog->setObjectName(QStringLiteral("sendFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkSendPart::sendFile);
    dialog->open();
}

void BulkSendPart::sendFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString topic = m_session->watchedTopic();
    if (topic.isEmpty()) {
        showError(tr("Choose a topic before sending a file."));
        return;
    }
    auto *watcher = new QFutureWatcher<MessageFileReader::Result>(this);
    connect(
        watcher, &QFutureWatcher<MessageFileReader::Result>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            const auto result =
                std::make_shared<const MessageFileReader::Result>(watcher->result());
            if (!result->error.isEmpty()) {
                // One bad JSON Lines line rejects the whole file: say so, so nobody looks for
                // the lines before it in the topic. (The other errors say it already.)
                showError(result->jsonLines
                              ? tr("%1 Nothing from the file was sent.").arg(result->error)
                              : result->error);
                return;
            }
            if (m_bulk.isRunning()) {
                showError(tr("Another send is running: %1 was not sent. Send it again once "
                             "that one has finished.")
                              .arg(QDir::toNativeSeparators(path)));
                return;
            }
            startRequests(
                std::shared_ptr<const QList<ProduceRequest>>(result, &result->requests),
                tr("Sending %n message(s) from %1 (%2)…", nullptr, int(result->requests.size()))
                    .arg(path, result->jsonLines ? tr("JSON Lines") : tr("one value per line")));
        });
    // With a schema chosen, every record is encoded before anything is sent.
    watcher->setFuture(QtConcurrent::run([path, topic, encode = m_encoder()] {
        MessageFileReader::Result result = MessageFileReader::read(path, topic);
        if (result.error.isEmpty() && encode && !encodeAll(&result.requests, encode, &result.error))
            result.jsonLines = false; // the error says that nothing was sent
        return result;
    }));
}

void BulkSendPart::startRequests(const std::shared_ptr<const QList<ProduceRequest>> &requests,
                                 const QString &logText)
{
    QString error;
    if (!m_bulk.start(
            m_session->effectiveConfig(), m_session->producerSettings(), requests->size(),
            [requests](qint64 i) { return requests->at(i); }, &error)) {
        showError(error);
        return;
    }
    emit logLine(logText);
    emit runningChanged();
}

void BulkSendPart::onProgress(const BulkSender::Progress &progress)
{
    const QLocale locale;
    // The bar shows what the broker confirmed, never what was merely queued: queueing runs far
    // ahead of delivery (and failed records are not progress).
    m_ui->bulkProgress->setValue(progress.total > 0
                                     ? int(ProgressSteps * progress.delivered / progress.total)
                                     : ProgressSteps);
    m_ui->bulkStatusLabel->setText(
        tr("%1 of %2 delivered (%3 queued), %4 failed, %5 messages/s")
            .arg(locale.toString(progress.delivered), locale.toString(progress.total),
                 locale.toString(progress.queued), locale.toString(progress.failed),
                 locale.toString(qRound64(progress.messagesPerSecond))));
}

void BulkSendPart::onFinished(const BulkSender::Progress &progress, bool cancelled)
{
    const QLocale locale;
    QString line;
    if (cancelled)
        line = tr("Cancelled: %1 of %2 messages were delivered, %3 were not sent.")
                   .arg(locale.toString(progress.delivered), locale.toString(progress.total),
                        locale.toString(progress.total - progress.delivered - progress.failed));
    else
        line = tr("Done: %1 of %2 messages delivered (%3 messages/s).")
                   .arg(locale.toString(progress.delivered), locale.toString(progress.total),
                        locale.toString(qRound64(progress.messagesPerSecond)));
    if (progress.failed > 0)
        line += QLatin1Char(' ') +
                tr("%1 failed: %2").arg(locale.toString(progress.failed), progress.firstError);
    if (progress.maybeStored > 0)
        line +=
            QLatin1Char(' ') + tr("Delivery unknown for %n of them: no broker confirmed them, but "
                                  "they may be in the topic all the same.",
                                  nullptr, int(progress.maybeStored));
    m_ui->bulkStatusLabel->setText(line);
    emit logLine(line);
    if (!cancelled && progress.failed == 0 && progress.delivered > 0)
        emit errorCleared();
    emit runningChanged();
}

QString BulkSendPart::summary(const BulkSender::Progress &progress, bool running)
{
    const QLocale locale;
    const qint64 unanswered =
        running ? std::max<qint64>(
                      progress.queued - progress.delivered - progress.failed - progress.dropped, 0)
                : 0;
    const qint64 neverSent = progress.total - progress.delivered - progress.failed - unanswered;
    QString line = tr("Stopped: %1 of %2 messages delivered, %3 failed, %4 never sent.")
                       .arg(locale.toString(progress.delivered), locale.toString(progress.total),
                            locale.toString(progress.failed), locale.toString(neverSent));
    if (unanswered > 0)
        line += QLatin1Char(' ') +
                tr("%1 were on their way with no answer from the broker yet: they may or may "
                   "not have arrived.")
                    .arg(locale.toString(unanswered));
    if (progress.failed > 0 && !progress.firstError.isEmpty())
        line += QLatin1Char(' ') + tr("First failure: %1").arg(progress.firstError);
    return line;
}

void BulkSendPart::showStatus(const QString &line)
{
    m_ui->bulkStatusLabel->setText(line);
}
