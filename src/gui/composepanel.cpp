#include "composepanel.h"
#include "ui_composepanel.h"

#include "actionbutton.h"
#include "historymodel.h"
#include "kafkasession.h"
#include "messagefilereader.h"
#include "messagetemplate.h"
#include "statuscolours.h"
#include "valueedit.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace {
// The progress bar counts per mille of the total delivered: fine enough for a million
// messages, and within int.
constexpr int ProgressSteps = 1000;
// The history's row height: one line of text plus room for the selection frame.
constexpr int RowPadding = 6;
// The rendered message the JSON hint checks: the first one a bulk send makes.
constexpr qint64 CheckedMessage = 0;

int dataOf(const QComboBox *combo)
{
    return combo->currentData().toInt();
}
} // namespace

ComposePanel::ComposePanel(KafkaSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposePanel>())
    , m_session(session)
    , m_history(new HistoryModel(this))
    , m_sendAction(new QAction(tr("&Send"), this))
    , m_sendAgainAction(new QAction(tr("Send &again"), this))
    , m_sendFileAction(new QAction(tr("Send a &file…"), this))
    , m_bulkSendAction(new QAction(tr("Send &many"), this))
    , m_cancelBulkAction(new QAction(tr("&Cancel bulk send"), this))
    , m_saveTemplateAction(new QAction(tr("Save as &template…"), this))
    , m_useTemplateAction(new QAction(tr("&Use template"), this))
    , m_deleteTemplateAction(new QAction(tr("&Delete template"), this))
{
    m_ui->setupUi(this);
    m_bulk.setParent(this);
    m_bulk.setObjectName(QStringLiteral("bulkSender"));

    setUpActions();
    setUpCompose();
    setUpOptions();
    setUpBulk();
    setUpHistory();

    connect(m_session, &KafkaSession::stateChanged, this, &ComposePanel::onStateChanged);
    connect(m_session, &KafkaSession::watchedTopicChanged, this,
            &ComposePanel::onWatchedTopicChanged);
    connect(m_session, &KafkaSession::topicsChanged, this, &ComposePanel::updatePartitionChoices);
    connect(m_session, &KafkaSession::delivered, this, &ComposePanel::onDelivered);
    onWatchedTopicChanged(m_session->watchedTopic());
}

ComposePanel::~ComposePanel()
{
    // No report or progress reaches a half-destroyed panel.
    disconnect(&m_bulk, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

void ComposePanel::setUpActions()
{
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendAction->setToolTip(tr("Send the message to the watched topic"));
    m_sendAction->setStatusTip(
        tr("Send the key, value and headers to the watched topic and show the delivery report"));
    connect(m_sendAction, &QAction::triggered, this, &ComposePanel::send);

    m_sendAgainAction->setObjectName(QStringLiteral("sendAgainAction"));
    m_sendAgainAction->setToolTip(tr("Send the selected history row again"));
    m_sendAgainAction->setStatusTip(
        tr("Send the message of the selected history row again, to the topic it went to"));
    connect(m_sendAgainAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_ui->historyView->currentIndex();
        if (index.isValid() && m_sendAgainAction->isEnabled())
            sendRequest(m_history->request(index.row()));
    });

    m_sendFileAction->setObjectName(QStringLiteral("sendFileAction"));
    m_sendFileAction->setToolTip(tr("One value per line, or JSON Lines: {\"key\": …, \"value\": "
                                    "…, \"headers\": {…}, \"partition\": n}"));
    m_sendFileAction->setStatusTip(tr("Send every record of a file to the watched topic"));
    connect(m_sendFileAction, &QAction::triggered, this, &ComposePanel::startFileSend);

    m_bulkSendAction->setObjectName(QStringLiteral("bulkSendAction"));
    m_bulkSendAction->setToolTip(
        tr("Send the message many times, with its placeholders filled in"));
    m_bulkSendAction->setStatusTip(tr("Send the Message tab's key and value the Bulk tab's "
                                      "number of times, with {{i}}, {{uuid}} and {{now}} filled "
                                      "in"));
    connect(m_bulkSendAction, &QAction::triggered, this, &ComposePanel::startBulk);

    m_cancelBulkAction->setObjectName(QStringLiteral("cancelBulkAction"));
    m_cancelBulkAction->setToolTip(tr("Stop the running bulk or file send"));
    m_cancelBulkAction->setStatusTip(tr("Stop the running bulk or file send; the messages "
                                        "already on their way are still counted"));
    connect(m_cancelBulkAction, &QAction::triggered, &m_bulk, &BulkSender::cancel);

    m_saveTemplateAction->setObjectName(QStringLiteral("saveTemplateAction"));
    m_saveTemplateAction->setToolTip(
        tr("Save the selected history row, or the composed message, as a template"));
    m_saveTemplateAction->setStatusTip(m_saveTemplateAction->toolTip());
    connect(m_saveTemplateAction, &QAction::triggered, this, &ComposePanel::saveTemplate);
    m_useTemplateAction->setObjectName(QStringLiteral("useTemplateAction"));
    m_useTemplateAction->setToolTip(tr("Put the template into the Message and Headers tabs"));
    m_useTemplateAction->setStatusTip(m_useTemplateAction->toolTip());
    connect(m_useTemplateAction, &QAction::triggered, this, &ComposePanel::useTemplate);
    m_deleteTemplateAction->setObjectName(QStringLiteral("deleteTemplateAction"));
    m_deleteTemplateAction->setToolTip(tr("Delete the chosen template"));
    m_deleteTemplateAction->setStatusTip(m_deleteTemplateAction->toolTip());
    connect(m_deleteTemplateAction, &QAction::triggered, this, &ComposePanel::deleteTemplate);

    ActionButton::bind(m_ui->sendButton, m_sendAction);
    ActionButton::bind(m_ui->resendButton, m_sendAgainAction);
    ActionButton::bind(m_ui->fileSendButton, m_sendFileAction);
    ActionButton::bind(m_ui->bulkSendButton, m_bulkSendAction);
    ActionButton::bind(m_ui->bulkCancelButton, m_cancelBulkAction);
    ActionButton::bind(m_ui->saveTemplateButton, m_saveTemplateAction);
    ActionButton::bind(m_ui->loadTemplateButton, m_useTemplateAction);
    ActionButton::bind(m_ui->deleteTemplateButton, m_deleteTemplateAction);
    addActions({m_sendAction, m_sendAgainAction, m_sendFileAction, m_bulkSendAction,
                m_cancelBulkAction, m_saveTemplateAction, m_useTemplateAction,
                m_deleteTemplateAction});
}

void ComposePanel::setUpCompose()
{
    m_ui->keyEdit->setEnabled(false);
    connect(m_ui->nullKeyCheck, &QCheckBox::toggled, this, [this](bool null) {
        m_ui->keyEdit->setEnabled(!null);
        if (!null)
            m_ui->keyEdit->setFocus();
    });
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this, &ComposePanel::updateJsonHint);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->headersTable->rowCount();
        m_ui->headersTable->insertRow(row);
        m_ui->headersTable->setCurrentCell(row, 0);
        m_ui->headersTable->edit(m_ui->headersTable->model()->index(row, 0));
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this, [this] {
        if (m_ui->headersTable->currentRow() >= 0)
            m_ui->headersTable->removeRow(m_ui->headersTable->currentRow());
    });
}

void ComposePanel::setUpOptions()
{
    // Each choice carries its setting as item data: the order of the items is only display.
    using Acks = ProducerSettings::Acks;
    using Partitioner = ProducerSettings::Partitioner;
    using Compression = ProducerSettings::Compression;
    m_ui->acksCombo->addItem(tr("all (every in-sync replica)"), int(Acks::All));
    m_ui->acksCombo->addItem(tr("1 (the leader)"), int(Acks::Leader));
    m_ui->acksCombo->addItem(tr("0 (no answer)"), int(Acks::None));
    m_ui->partitionerCombo->addItem(tr("default (by key, else random)"), int(Partitioner::Default));
    m_ui->partitionerCombo->addItem(tr("murmur2 (as the Java client)"), int(Partitioner::Murmur2));
    m_ui->partitionerCombo->addItem(tr("round-robin"), int(Partitioner::RoundRobin));
    // Codec names are not translated: they are what Kafka calls them.
    m_ui->compressionCombo->addItem(tr("none"), int(Compression::None));
    m_ui->compressionCombo->addItem(QStringLiteral("gzip"), int(Compression::Gzip));
    m_ui->compressionCombo->addItem(QStringLiteral("snappy"), int(Compression::Snappy));
    m_ui->compressionCombo->addItem(QStringLiteral("lz4"), int(Compression::Lz4));
    m_ui->compressionCombo->addItem(QStringLiteral("zstd"), int(Compression::Zstd));

    // Show what the session uses (a panel created on a session already set up).
    const ProducerSettings &current = m_session->producerSettings();
    m_ui->acksCombo->setCurrentIndex(m_ui->acksCombo->findData(int(current.acks)));
    m_ui->partitionerCombo->setCurrentIndex(
        m_ui->partitionerCombo->findData(int(current.partitioner)));
    m_ui->compressionCombo->setCurrentIndex(
        m_ui->compressionCombo->findData(int(current.compression)));

    // Short entries, each shown whole: the tooltips and the acks help say the rest.
    for (QComboBox *combo :
         {m_ui->partitionCombo, m_ui->acksCombo, m_ui->partitionerCombo, m_ui->compressionCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *combo : {m_ui->acksCombo, m_ui->partitionerCombo, m_ui->compressionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ComposePanel::onProducerOptionsChanged);
    onProducerOptionsChanged();
    updatePartitionChoices();
}

void ComposePanel::onProducerOptionsChanged()
{
    ProducerSettings settings;
    settings.acks = ProducerSettings::Acks(dataOf(m_ui->acksCombo));
    settings.partitioner = ProducerSettings::Partitioner(dataOf(m_ui->partitionerCombo));
    settings.compression = ProducerSettings::Compression(dataOf(m_ui->compressionCombo));
    switch (settings.acks) {
    case ProducerSettings::Acks::All:
        m_ui->acksHelpLabel->setText(
            tr("The answer waits until every in-sync replica has the message."));
        break;
    case ProducerSettings::Acks::Leader:
        m_ui->acksHelpLabel->setText(
            tr("The answer comes once the partition's leader has written it; "
               "it is lost if the leader fails before the replicas copy it."));
        break;
    case ProducerSettings::Acks::None:
        m_ui->acksHelpLabel->setText(
            tr("No answer at all: fastest, but the offset stays unknown and a "
               "lost message goes unnoticed."));
        break;
    }
    if (!(settings == m_session->producerSettings()))
        m_session->setProducerSettings(settings);
}

void ComposePanel::updateJsonHint()
{
    QByteArray text = composedValue();
    // A bulk send fills in the placeholders: judge the first message it makes, not the text
    // with "{{i}}" in it. (A held value is too large to be a template the user typed.)
    bool rendered = false;
    if (!m_ui->valueEdit->isHoldingValue()) {
        const QByteArray first = MessageTemplate(QString::fromUtf8(text)).render(CheckedMessage);
        rendered = first != text;
        text = first;
    }
    text = text.trimmed();
    if (!text.startsWith('{') && !text.startsWith('[')) {
        m_ui->jsonHintLabel->clear();
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QString hint;
    if (error.error == QJsonParseError::NoError) {
        hint = rendered ? tr("Valid JSON once the placeholders are filled in (checked with {{i}} = "
                             "0), as Send many does; Send sends the text as it is.")
                        : tr("Valid JSON.");
        m_ui->jsonHintLabel->setText(StatusColours::html(StatusColours::Role::Success, hint));
        return;
    }
    hint = rendered ? tr("This looks like JSON but does not parse, even with the placeholders "
                         "filled in ({{i}} = 0): %1 (at character %2). It will be sent as it is.")
                    : tr("This looks like JSON but does not parse: %1 (at character %2). It will "
                         "be sent as it is.");
    m_ui->jsonHintLabel->setText(StatusColours::html(
        StatusColours::Role::Warning, hint.arg(error.errorString()).arg(error.offset)));
}

void ComposePanel::updatePartitionChoices()
{
    int partitions = 0;
    for (const TopicInfo &topic : m_session->topics()) {
        if (topic.name == m_session->watchedTopic())
            partitions = topic.partitionCount;
    }
    QComboBox *combo = m_ui->partitionCombo;
    const int previous = combo->count() > 0 ? dataOf(combo) : -1;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("automatic"), -1);
    for (int p = 0; p < partitions; ++p)
        combo->addItem(tr("partition %1").arg(p), p);
    combo->setCurrentIndex(std::max(0, combo->findData(previous)));
}

void ComposePanel::onStateChanged()
{
    // A new connection starts without the previous one's report.
    if (m_session->state() == KafkaSession::State::Connecting)
        clearDelivery();
    updateControls();
}

void ComposePanel::onWatchedTopicChanged(const QString &topic)
{
    m_ui->composeTopicLabel->setText(topic.isEmpty()
                                         ? tr("(none selected)")
                                         : QStringLiteral("<b>%1</b>").arg(topic.toHtmlEscaped()));
    // The report of a send to the previous topic is no news about this one.
    if (topic != m_topic)
        clearDelivery();
    m_topic = topic;
    updatePartitionChoices();
    updateControls();
}

void ComposePanel::clearDelivery()
{
    m_pendingSend = 0;
    m_ui->deliveryLabel->clear();
}

void ComposePanel::updateControls()
{
    const bool connected = m_session->state() == KafkaSession::State::Connected;
    const bool watching = connected && !m_session->watchedTopic().isEmpty();
    const bool bulk = m_bulk.isRunning();
    m_sendAction->setEnabled(watching);
    m_bulkSendAction->setEnabled(watching && !bulk);
    m_sendFileAction->setEnabled(watching && !bulk);
    m_cancelBulkAction->setEnabled(bulk);
    m_sendAgainAction->setEnabled(connected && m_ui->historyView->currentIndex().isValid());
    m_useTemplateAction->setEnabled(m_ui->templateCombo->count() > 0);
    m_deleteTemplateAction->setEnabled(m_ui->templateCombo->count() > 0);
}

void ComposePanel::send()
{
    if (m_sendAction->isEnabled())
        sendRequest(composedRequest());
}

ProduceRequest ComposePanel::composedRequest() const
{
    ProduceRequest request{.topic = m_session->watchedTopic()};
    if (!m_ui->nullKeyCheck->isChecked())
        request.key = composedKey();
    request.value = composedValue();
    for (int row = 0; row < m_ui->headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui->headersTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(row, 1);
        if (name && !name->text().isEmpty())
            request.headers.append(
                {name->text().toUtf8(), value ? value->text().toUtf8() : QByteArray(), false});
    }
    request.partition = dataOf(m_ui->partitionCombo); // -1: automatic
    return request;
}

QByteArray ComposePanel::composedValue() const
{
    if (m_ui->valueEdit->isHoldingValue())
        return m_ui->valueEdit->heldValue();
    const QString text = m_ui->valueEdit->toPlainText();
    return !m_loadedValueText.isNull() && text == m_loadedValueText ? m_loadedValue : text.toUtf8();
}

std::optional<QByteArray> ComposePanel::composedKey() const
{
    const QString text = m_ui->keyEdit->text();
    return !m_loadedKeyText.isNull() && text == m_loadedKeyText ? m_loadedKey : text.toUtf8();
}

void ComposePanel::sendRequest(const ProduceRequest &request)
{
    QString error;
    const quint64 id = m_session->send(request, &error);
    if (id == 0) {
        // The size helps with "too large", and says what was refused in any case.
        error = tr("Not sent (%Ln byte(s)): %1", nullptr,
                   int(std::min<qsizetype>(request.value.size() +
                                               (request.key ? request.key->size() : 0),
                                           std::numeric_limits<int>::max())))
                    .arg(error);
        m_pendingSend = 0;
        m_ui->deliveryLabel->setText(StatusColours::html(StatusColours::Role::Error, error));
        showError(error);
        return;
    }
    m_pendingSend = id;
    m_history->addSend(id, request);
    m_ui->deliveryLabel->setText(tr("Sending to \"%1\"…").arg(request.topic).toHtmlEscaped());
}

void ComposePanel::onDelivered(const DeliveryReport &report)
{
    m_history->setReport(report);
    QString line;
    if (report.delivered()) {
        const QString latency = QString::number(report.latencyUs / 1000.0, 'f', 1);
        if (report.offset < 0)
            line = tr("Sent to %1, partition %2 in %3 ms; the offset is unknown: with acks=0 "
                      "the broker does not answer.")
                       .arg(report.topic)
                       .arg(report.partition)
                       .arg(latency);
        else if (report.timestampMs < 0)
            line = tr("Delivered to %1, partition %2 at offset %3 in %4 ms.")
                       .arg(report.topic)
                       .arg(report.partition)
                       .arg(report.offset)
                       .arg(latency);
        else
            line = tr("Delivered to %1, partition %2 at offset %3 (%4) in %5 ms.")
                       .arg(report.topic)
                       .arg(report.partition)
                       .arg(report.offset)
                       .arg(QDateTime::fromMSecsSinceEpoch(report.timestampMs)
                                .toString(QStringLiteral("HH:mm:ss.zzz")),
                            latency);
        emit logLine(line);
        // A send got through: an earlier failed send or file error is no longer the news.
        emit errorCleared();
    } else {
        line = tr("Not delivered to %1: %2").arg(report.topic, report.error);
        showError(line);
    }
    if (report.requestId == m_pendingSend)
        m_ui->deliveryLabel->setText(report.delivered()
                                         ? line.toHtmlEscaped()
                                         : StatusColours::html(StatusColours::Role::Error, line));
}

void ComposePanel::showError(const QString &message)
{
    if (!message.isEmpty())
        emit errorOccurred(message);
}

void ComposePanel::setUpBulk()
{
    m_ui->bulkProgress->setRange(0, ProgressSteps);
    m_ui->bulkProgress->setFormat(tr("%p% delivered"));
    connect(&m_bulk, &BulkSender::progressed, this, &ComposePanel::onBulkProgress);
    connect(&m_bulk, &BulkSender::finished, this, &ComposePanel::onBulkFinished);
}

void ComposePanel::startBulk()
{
    if (!m_bulkSendAction->isEnabled())
        return;
    const ProduceRequest base = composedRequest();
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
    updateControls();
}

void ComposePanel::startFileSend()
{
    if (!m_sendFileAction->isEnabled())
        return;
    // Window-modal and without a nested event loop: the window keeps receiving while it is open.
    auto *dialog =
        new QFileDialog(this, tr("Send a file"), {},
                        tr("Text or JSON Lines (*.txt *.jsonl *.json *.log);;All files (*)"));
    dialog->setObjectName(QStringLiteral("sendFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ComposePanel::sendFile);
    dialog->open();
}

void ComposePanel::sendFile(const QString &path)
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
            QString error;
            if (!m_bulk.start(
                    m_session->effectiveConfig(), m_session->producerSettings(),
                    result->requests.size(), [result](qint64 i) { return result->requests.at(i); },
                    &error)) {
                showError(error);
                return;
            }
            emit logLine(
                tr("Sending %n message(s) from %1 (%2)…", nullptr, int(result->requests.size()))
                    .arg(path, result->jsonLines ? tr("JSON Lines") : tr("one value per line")));
            updateControls();
        });
    watcher->setFuture(QtConcurrent::run(&MessageFileReader::read, path, topic));
}

void ComposePanel::onBulkProgress(const BulkSender::Progress &progress)
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

void ComposePanel::onBulkFinished(const BulkSender::Progress &progress, bool cancelled)
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
            QLatin1Char(' ') + tr("%n of the failed message(s) sent but not confirmed: it or they "
                                  "may be in the topic all the same.",
                                  nullptr, int(progress.maybeStored));
    m_ui->bulkStatusLabel->setText(line);
    emit logLine(line);
    if (!cancelled && progress.failed == 0 && progress.delivered > 0)
        emit errorCleared();
    updateControls();
}

QString ComposePanel::bulkSummary(const BulkSender::Progress &progress, bool running)
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

void ComposePanel::showBulkStatus(const QString &line)
{
    m_ui->bulkStatusLabel->setText(line);
}

void ComposePanel::setUpHistory()
{
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(
        m_ui->historyView->fontMetrics().height() + RowPadding);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComposePanel::updateControls);
    connect(m_history, &QAbstractItemModel::rowsInserted, m_ui->historyView,
            &QTableView::scrollToBottom);
    connect(m_ui->historyView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRequest(m_history->request(index.row())); });

    // Long enough for names such as "order-totals-v2", and growing with the tab.
    m_ui->templateCombo->setMinimumContentsLength(TemplateNameChars);
    m_ui->templateCombo->addItems(m_templates.names());
}

void ComposePanel::saveTemplate()
{
    const QModelIndex index = m_ui->historyView->currentIndex();
    const ProduceRequest request =
        index.isValid() ? m_history->request(index.row()) : composedRequest();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_templates.save(name, request);
    if (m_ui->templateCombo->findText(name) < 0)
        m_ui->templateCombo->addItem(name);
    m_ui->templateCombo->setCurrentText(name);
    emit logLine(tr("Template \"%1\" saved.").arg(name));
    updateControls();
}

void ComposePanel::useTemplate()
{
    if (const std::optional<ProduceRequest> request =
            m_templates.load(m_ui->templateCombo->currentText()))
        showRequest(*request);
}

void ComposePanel::deleteTemplate()
{
    const QString name = m_ui->templateCombo->currentText();
    if (name.isEmpty())
        return;
    m_templates.remove(name);
    m_ui->templateCombo->removeItem(m_ui->templateCombo->currentIndex());
    updateControls();
}

void ComposePanel::showRequest(const ProduceRequest &request)
{
    m_ui->nullKeyCheck->setChecked(!request.key.has_value());
    m_ui->keyEdit->setText(request.key ? QString::fromUtf8(*request.key) : QString());
    m_ui->valueEdit->releaseValue();
    if (request.value.size() > ValueEdit::EditableChars)
        m_ui->valueEdit->holdValue(request.value);
    else
        m_ui->valueEdit->setPlainText(QString::fromUtf8(request.value));
    // Text widgets turn bytes that are not UTF-8 (and NUL) into other characters: keep the
    // bytes, and send them as long as what the widgets show for them is not edited.
    m_loadedKey = request.key.value_or(QByteArray());
    m_loadedKeyText = m_ui->keyEdit->text();
    m_loadedValue = request.value;
    m_loadedValueText = m_ui->valueEdit->toPlainText();
    // The hint ran while the text was set, before the loaded bytes were known.
    updateJsonHint();
    m_ui->headersTable->setRowCount(int(request.headers.size()));
    for (int row = 0; row < request.headers.size(); ++row) {
        m_ui->headersTable->setItem(
            row, 0, new QTableWidgetItem(QString::fromUtf8(request.headers.at(row).name)));
        m_ui->headersTable->setItem(
            row, 1, new QTableWidgetItem(QString::fromUtf8(request.headers.at(row).value)));
    }
    m_ui->composeTabs->setCurrentWidget(m_ui->messageTab);
}
