#include "messagereplay.h"

#include "composepanel.h"
#include "exportdialog.h"
#include "kafkasession.h"
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
    , m_sendRowAgainAction(new QAction(tr("Send &again…"), this))
    , m_sendSelectedAction(new QAction(tr("Send selected to &topic…"), this))
    , m_exportAction(new QAction(tr("&Export messages…"), this))
{
    m_exporter.setParent(this);
    m_exporter.setObjectName(QStringLiteral("messageExporter"));
    m_sender.setParent(this);
    m_sender.setObjectName(QStringLiteral("replaySender"));

    m_sendRowAgainAction->setObjectName(QStringLiteral("sendRowAgainAction"));
    m_sendRowAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_sendRowAgainAction->setToolTip(
        tr("Put the selected message's key, value and headers into the compose box, to send it "
           "again to a topic of your choice"));
    m_sendRowAgainAction->setStatusTip(m_sendRowAgainAction->toolTip());
    connect(m_sendRowAgainAction, &QAction::triggered, this, &MessageReplay::sendRowAgain);

    m_sendSelectedAction->setObjectName(QStringLiteral("sendSelectedToTopicAction"));
    m_sendSelectedAction->setToolTip(
        tr("Send the selected messages again, in the table's order, to a topic (for example "
           "dead letters back to where they came from)"));
    m_sendSelectedAction->setStatusTip(m_sendSelectedAction->toolTip());
    connect(m_sendSelectedAction, &QAction::triggered, this, &MessageReplay::sendSelected);

    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the selected, the shown or all the table's messages to "
                                  "a JSON Lines or CSV file"));
    m_exportAction->setStatusTip(m_exportAction->toolTip());
    connect(m_exportAction, &QAction::triggered, this, &MessageReplay::exportMessages);
    connect(&m_exporter, &MessageExporter::progressed, this, [this](qint64 written, qint64 total) {
        if (m_exportProgress && total > 0)
            m_exportProgress->setValue(int(ProgressSteps * written / total));
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
    updateActions();
}

MessageReplay::~MessageReplay()
{
    disconnect(&m_sender, nullptr, this, nullptr);
}

void MessageReplay::updateActions()
{
    const bool connected = m_session->state() == KafkaSession::State::Connected;
    const QItemSelectionModel *selection = m_messages->view()->selectionModel();
    const bool selected = selection && selection->hasSelection();
    m_sendRowAgainAction->setEnabled(connected && selected);
    m_sendSelectedAction->setEnabled(connected && selected && !m_sender.isRunning());
    const MessageTableModel *model = m_messages->view()->messageTableModel();
    m_exportAction->setEnabled(model && model->rowCount() > 0 && !m_exporter.isRunning());
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
    QList<KafkaMessage> messages;
    messages.reserve(rows.size());
    for (int row : rows)
        messages.append(model->message(row));
    QStringList topics;
    for (const TopicInfo &info : m_session->topics())
        topics << info.name;
    auto *dialog = new SendToTopicDialog(messages.size(), topics, messages.first().topic, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, messages] {
        QString error;
        if (!sendToTopic(messages, dialog->topic(), dialog->keepPartitions(), &error))
            emit errorOccurred(error);
    });
    dialog->open();
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
        if (!model || m_exporter.isRunning())
            return;
        // The rows are copied now: the table moves on while the file is written.
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
        QList<KafkaMessage> messages;
        messages.reserve(rows.size());
        for (int row : rows)
            messages.append(model->message(row));
        const QString path = dialog->path();
        m_exporter.start(std::move(messages), path, dialog->format());
        const QString count = QLocale().toString(rows.size());
        emit logLine(tr("Exporting %1 messages to %2…").arg(count, QDir::toNativeSeparators(path)));
        m_exportProgress = new QProgressDialog(
            tr("Exporting %1 messages to %2…").arg(count, QFileInfo(path).fileName()), tr("Cancel"),
            0, ProgressSteps, m_window);
        m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
        m_exportProgress->setWindowTitle(tr("Export messages"));
        m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
        m_exportProgress->setWindowModality(Qt::WindowModal);
        m_exportProgress->setAutoClose(false);
        m_exportProgress->setAutoReset(false);
        m_exportProgress->setMinimumDuration(500);
        connect(m_exportProgress, &QProgressDialog::canceled, &m_exporter,
                &MessageExporter::cancel);
        updateActions();
    });
    dialog->open();
}

void MessageReplay::onExported(const MessageExporter::Result &result)
{
    if (m_exportProgress) {
        disconnect(m_exportProgress, &QProgressDialog::canceled, &m_exporter,
                   &MessageExporter::cancel);
        m_exportProgress->close();
        m_exportProgress = nullptr;
    }
    const QLocale locale;
    const QString path = QDir::toNativeSeparators(result.path);
    if (result.succeeded())
        emit logLine(tr("Exported %1 messages to %2.").arg(locale.toString(result.written), path));
    else if (result.cancelled)
        emit logLine(tr("Export to %1 cancelled: no file was written.").arg(path));
    else
        emit errorOccurred(result.error);
    updateActions();
}
