#include "messagereplay.h"

#include "composepanel.h"
#include "exportdialog.h"
#include "kafkasession.h"
#include "languagechangewatcher.h"
#include "messagespanel.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "sendtotopicdialog.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

#include <memory>

namespace {
// The progress dialog counts per mille of the messages answered.
constexpr int ProgressSteps = 1000;
} // namespace

MessageReplay::MessageReplay(KafkaSession *session, MessagesPanel *messages, ComposePanel *compose,
                             QWidget *window)
    : QObject(messages)
    , m_session(session)
    , m_messages(messages)
    , m_compose(compose)
    , m_window(window)
    , m_sendRowAgainAction(new QAction(this))
    , m_sendSelectedAction(new QAction(this))
    , m_exportAction(new QAction(this))
{
    m_exporter.setParent(this);
    m_exporter.setObjectName(QStringLiteral("messageExporter"));
    m_exportCopier.setParent(this);
    m_exportCopier.setObjectName(QStringLiteral("exportCopier"));
    m_sendCopier.setParent(this);
    m_sendCopier.setObjectName(QStringLiteral("sendCopier"));
    m_sender.setParent(this);
    m_sender.setObjectName(QStringLiteral("replaySender"));

    m_sendRowAgainAction->setObjectName(QStringLiteral("sendRowAgainAction"));
    m_sendRowAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_sendRowAgainAction, &QAction::triggered, this, &MessageReplay::sendRowAgain);

    m_sendSelectedAction->setObjectName(QStringLiteral("sendSelectedToTopicAction"));
    connect(m_sendSelectedAction, &QAction::triggered, this, &MessageReplay::sendSelected);

    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    retranslate();
    // Not a widget: told of a language change by the application.
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &MessageReplay::retranslate);
    connect(m_exportAction, &QAction::triggered, this, &MessageReplay::exportMessages);
    // The export's progress: the first half copying the rows, the second writing them.
    connect(&m_exportCopier, &RowCopier::progressed, this, [this](qint64 done, qint64 total) {
        if (m_exportProgress && total > 0)
            m_exportProgress->setValue(int(ProgressSteps / 2 * done / total));
    });
    connect(&m_exportCopier, &RowCopier::finished, this, &MessageReplay::onExportCopied);
    connect(&m_exporter, &MessageExporter::progressed, this, [this](qint64 written, qint64 total) {
        if (m_exportProgress && total > 0)
            m_exportProgress->setValue(ProgressSteps / 2 +
                                       int(ProgressSteps / 2 * written / total));
    });
    connect(&m_exporter, &MessageExporter::finished, this, &MessageReplay::onExported);

    MessageTableView *view = m_messages->view();
    view->addRowMenuAction(m_sendRowAgainAction);
    view->addRowMenuAction(m_sendSelectedAction);
    view->addRowMenuAction(m_exportAction);
    if (const MessageTableModel *model = view->messageTableModel()) {
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &MessageReplay::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, &MessageReplay::updateActions);
    }
    connect(view, &MessageTableView::rowSelectionChanged, this, &MessageReplay::updateActions);
    connect(m_session, &KafkaSession::stateChanged, this, &MessageReplay::updateActions);
    connect(&m_sender, &BulkSender::progressed, this, [this](const BulkSender::Progress &p) {
        if (m_progress && p.total > 0) {
            m_progress->setValue(
                int(ProgressSteps * (p.delivered + p.failed) / std::max<qint64>(p.total, 1)));
            const QLocale locale;
            m_progress->setLabelText(tr("Sending to \"%1\": %2 of %3 delivered, %4 failed.")
                                         .arg(m_target, locale.toString(p.delivered),
                                              locale.toString(p.total), locale.toString(p.failed)));
        }
    });
    connect(&m_sender, &BulkSender::finished, this, &MessageReplay::onFinished);
    connect(&m_sendCopier, &RowCopier::progressed, this, [this](qint64 done, qint64 total) {
        if (m_sendCopyProgress && total > 0)
            m_sendCopyProgress->setValue(int(ProgressSteps * done / total));
    });
    connect(&m_sendCopier, &RowCopier::finished, this, &MessageReplay::onSendCopied);
    updateActions();
}

MessageReplay::~MessageReplay()
{
    disconnect(&m_sender, nullptr, this, nullptr);
}

void MessageReplay::retranslate()
{
    m_sendRowAgainAction->setText(tr("Send selected a&gain…"));
    m_sendRowAgainAction->setToolTip(
        tr("Put the selected message's key, value and headers into the compose box, to send it "
           "again to a topic of your choice"));
    m_sendRowAgainAction->setStatusTip(m_sendRowAgainAction->toolTip());
    m_sendSelectedAction->setText(tr("Send selected to &topic…"));
    m_sendSelectedAction->setToolTip(
        tr("Send the selected messages again, in the table's order, to a topic (for example "
           "dead letters back to where they came from)"));
    m_sendSelectedAction->setStatusTip(m_sendSelectedAction->toolTip());
    m_exportAction->setText(tr("&Export messages…"));
    m_exportAction->setToolTip(tr("Write the selected, the shown or all the table's messages to "
                                  "a JSON Lines or CSV file"));
    m_exportAction->setStatusTip(m_exportAction->toolTip());
}

void MessageReplay::updateActions()
{
    const bool connected = m_session->state() == KafkaSession::State::Connected;
    const QItemSelectionModel *selection = m_messages->view()->selectionModel();
    const bool selected = selection && selection->hasSelection();
    m_sendRowAgainAction->setEnabled(connected && selected);
    m_sendSelectedAction->setEnabled(connected && selected && !m_sender.isRunning() &&
                                     !m_sendCopier.isRunning() && !m_sendChosen);
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    m_exportAction->setEnabled(model && model->rowCount() > 0 && !m_exporter.isRunning() &&
                               !m_exportCopier.isRunning());
}

void MessageReplay::sendRowAgain()
{
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    const QList<int> rows = m_messages->selectedRows();
    if (!m_sendRowAgainAction->isEnabled() || !model || rows.isEmpty())
        return;
    // The current row when it is selected, else the first selected one.
    const int current = m_messages->sourceRow(m_messages->view()->currentIndex());
    const int row = rows.contains(current) ? current : rows.first();
    m_compose->composeAgain(model->message(row));
    emit composeFilled();
}

void MessageReplay::sendSelected()
{
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    const QList<int> rows = m_messages->selectedRows();
    if (!m_sendSelectedAction->isEnabled() || !model || rows.isEmpty())
        return;
    const QString rowTopic = model->message(rows.first()).topic;
    // The rows are copied while the user chooses the topic, a slice at a time: they are the
    // rows selected now, wherever the table moves them meanwhile.
    m_sendMessages.clear();
    m_sendLeft = 0;
    m_sendCopyDone = false;
    m_sendChosen = false;
    m_sendCopier.start(model, rows);
    QStringList topics;
    for (const TopicInfo &info : m_session->topics())
        topics << info.name;
    auto *dialog = new SendToTopicDialog(rows.size(), topics, rowTopic, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_sendChosen = true;
        m_sendTopic = dialog->topic();
        m_sendKeepPartitions = dialog->keepPartitions();
        if (m_sendCopyDone) {
            sendCopied();
            return;
        }
        m_sendCopyProgress = newProgress(
            QStringLiteral("sendCopyProgress"), tr("Send selected to topic"),
            tr("Taking %1 messages from the table…").arg(QLocale().toString(m_sendCopier.total())));
        connect(m_sendCopyProgress, &QProgressDialog::canceled, this, [this] {
            m_sendCopier.cancel();
            m_sendChosen = false;
            m_sendMessages.clear();
            closeProgress(m_sendCopyProgress);
            emit logLine(tr("Sending to \"%1\" cancelled: no message was sent.").arg(m_sendTopic));
            updateActions();
        });
        updateActions();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_sendCopier.cancel();
        m_sendMessages.clear();
        updateActions();
    });
    updateActions();
    dialog->open();
}

void MessageReplay::onSendCopied(const QList<KafkaMessage> &messages, qint64 left)
{
    m_sendMessages = messages;
    m_sendLeft = left;
    m_sendCopyDone = true;
    closeProgress(m_sendCopyProgress);
    if (m_sendChosen)
        sendCopied();
    updateActions();
}

void MessageReplay::sendCopied()
{
    const QList<KafkaMessage> messages = std::move(m_sendMessages);
    m_sendMessages = {};
    m_sendChosen = false;
    m_sendCopyDone = false;
    if (m_sendLeft > 0)
        emit logLine(leftNote(m_sendLeft));
    QString error;
    if (messages.isEmpty())
        error = tr("None of the selected messages is still in the table: nothing was sent.");
    else if (!sendToTopic(messages, m_sendTopic, m_sendKeepPartitions, &error))
        error = error.isEmpty() ? tr("The messages could not be sent.") : error;
    else
        return;
    emit errorOccurred(error);
    updateActions();
}

bool MessageReplay::sendToTopic(const QList<KafkaMessage> &messages, const QString &topic,
                                bool keepPartitions, QString *error)
{
    if (m_sender.isRunning()) {
        *error =
            tr("Messages are still being sent to \"%1\": wait for that send to end.").arg(m_target);
        return false;
    }
    if (messages.isEmpty()) {
        *error = tr("No messages are selected.");
        return false;
    }
    const auto shared = std::make_shared<const QList<KafkaMessage>>(messages);
    const auto make = [shared, topic, keepPartitions](qint64 i) {
        const KafkaMessage &m = shared->at(i);
        ProduceRequest request{.topic = topic};
        if (!m.keyIsNull)
            request.key = m.key;
        request.value = m.value;
        request.valueIsNull = m.valueIsNull;
        request.headers = m.headers;
        request.partition = keepPartitions ? m.partition : -1;
        return request;
    };
    if (!m_sender.start(m_session->effectiveConfig(), m_session->producerSettings(),
                        messages.size(), make, error))
        return false;
    m_target = topic;
    emit logLine(tr("Sending %n message(s) again to \"%1\"%2…", nullptr, int(messages.size()))
                     .arg(topic, keepPartitions ? tr(", each to its partition") : QString()));
    m_progress = new QProgressDialog(tr("Sending to \"%1\"…").arg(topic), tr("Cancel"), 0,
                                     ProgressSteps, m_window);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setWindowTitle(tr("Send selected to topic"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(500);
    connect(m_progress, &QProgressDialog::canceled, &m_sender, &BulkSender::cancel);
    updateActions();
    return true;
}

void MessageReplay::onFinished(const BulkSender::Progress &progress, bool cancelled)
{
    if (m_progress) {
        disconnect(m_progress, &QProgressDialog::canceled, &m_sender, &BulkSender::cancel);
        m_progress->close();
        m_progress = nullptr;
    }
    const QLocale locale;
    QString line =
        cancelled
            ? tr("Sending to \"%1\" cancelled: %2 of %3 messages delivered, %4 failed, %5 not "
                 "sent.")
                  .arg(m_target, locale.toString(progress.delivered),
                       locale.toString(progress.total), locale.toString(progress.failed),
                       locale.toString(progress.total - progress.delivered - progress.failed))
            : tr("Sent again to \"%1\": %2 of %3 messages delivered, %4 failed.")
                  .arg(m_target, locale.toString(progress.delivered),
                       locale.toString(progress.total), locale.toString(progress.failed));
    if (progress.failed > 0)
        line += QLatin1Char(' ') + tr("First failure: %1").arg(progress.firstError);
    emit logLine(line);
    if (progress.failed > 0)
        emit errorOccurred(line);
    updateActions();
}

QList<int> MessageReplay::shownRows() const
{
    const QAbstractItemModel *shown = m_messages->view()->model();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
    QList<int> rows;
    rows.reserve(shown->rowCount());
    for (int row = 0; row < shown->rowCount(); ++row)
        rows.append(proxy ? proxy->mapToSource(proxy->index(row, 0)).row() : row);
    return rows;
}

void MessageReplay::exportMessages()
{
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    if (!m_exportAction->isEnabled() || !model)
        return;
    const QList<int> selected = m_messages->selectedRows();
    const int shown = m_messages->view()->model()->rowCount();
    const QString topic = model->rowCount() > 0 ? model->message(0).topic : QString();
    const QString name = QDir(QDir::homePath())
                             .filePath((topic.isEmpty() ? QStringLiteral("messages") : topic) +
                                       QStringLiteral(".jsonl"));
    auto *dialog = new ExportDialog(selected.size(), shown, model->rowCount(), name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const MessageTableModel *model = m_messages->view()->messageTableModel();
        if (!model || m_exporter.isRunning() || m_exportCopier.isRunning())
            return;
        QList<int> rows;
        switch (dialog->rows()) {
        case ExportDialog::Rows::Selected:
            rows = m_messages->selectedRows();
            break;
        case ExportDialog::Rows::Shown:
            rows = shownRows();
            break;
        case ExportDialog::Rows::All:
            rows.reserve(model->rowCount());
            for (int row = 0; row < model->rowCount(); ++row)
                rows.append(row);
            break;
        }
        // The rows are copied out of the table a slice at a time, then written by the
        // exporter's thread, both behind one progress dialog.
        m_exportPath = dialog->path();
        m_exportFormat = dialog->format();
        m_exportLeft = 0;
        const QString count = QLocale().toString(rows.size());
        emit logLine(
            tr("Exporting %1 messages to %2…").arg(count, QDir::toNativeSeparators(m_exportPath)));
        m_exportProgress = newProgress(
            QStringLiteral("exportProgress"), tr("Export messages"),
            tr("Exporting %1 messages to %2…").arg(count, QFileInfo(m_exportPath).fileName()));
        connect(m_exportProgress, &QProgressDialog::canceled, this, &MessageReplay::cancelExport);
        m_exportCopier.start(model, std::move(rows));
        updateActions();
    });
    dialog->open();
}

QProgressDialog *MessageReplay::newProgress(const QString &objectName, const QString &title,
                                            const QString &label)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, ProgressSteps, m_window);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(500);
    return progress;
}

void MessageReplay::closeProgress(QProgressDialog *&progress)
{
    if (!progress)
        return;
    // Closing a progress dialog emits canceled(): what it cancels has ended already.
    disconnect(progress, &QProgressDialog::canceled, this, nullptr);
    progress->close();
    progress = nullptr;
}

QString MessageReplay::leftNote(qint64 left) const
{
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    return tr("%1 of the chosen messages had left the table before they could be taken (it was "
              "cleared, or it holds at most %2 messages and dropped the oldest); they were left "
              "out.")
        .arg(QLocale().toString(left), QLocale().toString(model ? model->cap() : 0));
}

void MessageReplay::cancelExport()
{
    if (!m_exportCopier.isRunning()) {
        m_exporter.cancel();
        return;
    }
    m_exportCopier.cancel();
    closeProgress(m_exportProgress);
    emit logLine(tr("Export to %1 cancelled: no file was written.")
                     .arg(QDir::toNativeSeparators(m_exportPath)));
    updateActions();
}

void MessageReplay::onExportCopied(const QList<KafkaMessage> &messages, qint64 left)
{
    m_exportLeft = left;
    if (messages.isEmpty()) {
        closeProgress(m_exportProgress);
        emit errorOccurred(
            tr("None of the chosen messages is still in the table: nothing was exported to %1.")
                .arg(QDir::toNativeSeparators(m_exportPath)));
        updateActions();
        return;
    }
    m_exporter.start(messages, m_exportPath, m_exportFormat);
    updateActions();
}

void MessageReplay::onExported(const MessageExporter::Result &result)
{
    closeProgress(m_exportProgress);
    const QLocale locale;
    const QString path = QDir::toNativeSeparators(result.path);
    if (result.succeeded()) {
        QString line = tr("Exported %1 messages to %2.").arg(locale.toString(result.written), path);
        if (m_exportLeft > 0)
            line += QLatin1Char(' ') + leftNote(m_exportLeft);
        emit logLine(line);
    } else if (result.cancelled) {
        emit logLine(tr("Export to %1 cancelled: no file was written.").arg(path));
    } else {
        emit errorOccurred(result.error);
    }
    updateActions();
}
