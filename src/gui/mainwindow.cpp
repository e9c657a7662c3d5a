#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "createtopicdialog.h"
#include "historymodel.h"
#include "messagefilereader.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "partitionoffsetsmodel.h"
#include "passwordvault.h"
#include "securitydialog.h"
#include "topiclistmodel.h"
#include "valueedit.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

MainWindow::MainWindow(const ConnectionConfig &initial, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_vault(new PasswordVault(this))
    , m_history(new HistoryModel(this))
    , m_topicFilter(new QSortFilterProxyModel(this))
    , m_messages(new MessageTableModel(this))
    , m_offsets(new PartitionOffsetsModel(this))
    , m_topics(new TopicListModel(this))
    , m_clusterLabel(new QLabel(this))
    , m_connection(initial)
{
    m_ui->setupUi(this);
    // A parent so that tests and tools find it; it is still a member, destroyed with the window.
    m_bulk.setParent(this);
    m_bulk.setObjectName(QStringLiteral("bulkSender"));
    m_shutdownTicker.setInterval(50);
    connect(&m_shutdownTicker, &QTimer::timeout, this, &MainWindow::continueShutdown);
    statusBar()->addPermanentWidget(m_clusterLabel);

    m_ui->sandboxRadio->setChecked(initial.usesSandbox());
    m_ui->brokersRadio->setChecked(!initial.usesSandbox());
    m_ui->brokersEdit->setText(initial.bootstrapServers);
    m_ui->brokersEdit->setEnabled(!initial.usesSandbox());
    m_ui->groupEdit->setText(initial.groupId.isEmpty() ? ConnectionConfig::defaultGroupId()
                                                       : initial.groupId);
    connect(m_ui->brokersRadio, &QRadioButton::toggled, m_ui->brokersEdit, &QWidget::setEnabled);
    connect(m_ui->brokersEdit, &QLineEdit::returnPressed, this, &MainWindow::connectToCluster);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &MainWindow::toggleConnection);

    setUpProfiles();
    setUpTopics();
    setUpMessageTable();
    setUpConsumerControls();
    setUpCompose();
    setUpBulk();
    setUpHistory();

    connect(&m_session, &KafkaSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_session, &KafkaSession::topicsChanged, this, &MainWindow::onTopicsChanged);
    connect(&m_session, &KafkaSession::watchedTopicChanged, this,
            &MainWindow::onWatchedTopicChanged);
    connect(&m_session, &KafkaSession::consumerStarted, this, [this](const QString &topic) {
        log(tr("Consumer started on \"%1\" in group \"%2\"; it pulls from the committed "
               "offsets, or from the earliest message for a new group.")
                .arg(topic, m_session.effectiveConfig().groupId));
    });
    connect(&m_session, &KafkaSession::messagesReceived, this, &MainWindow::onMessages);
    connect(&m_session, &KafkaSession::acksApplied, this, &MainWindow::onAcksApplied);
    connect(&m_session, &KafkaSession::commitsConfirmed, this, &MainWindow::onCommitsConfirmed);
    connect(&m_session, &KafkaSession::commitFailed, m_messages, &MessageTableModel::failCommits);
    connect(&m_session, &KafkaSession::partitionsAssigned, this, &MainWindow::onAssigned);
    connect(&m_session, &KafkaSession::partitionsRevoked, this, &MainWindow::onRevoked);
    connect(&m_session, &KafkaSession::offsetsUpdated, m_offsets,
            &PartitionOffsetsModel::setOffsets);
    connect(&m_session, &KafkaSession::notice, this, &MainWindow::log);
    connect(&m_session, &KafkaSession::consumerStopped, this, &MainWindow::updateControls);
    connect(&m_session, &KafkaSession::consumerStarted, this, &MainWindow::updateControls);
    connect(&m_session, &KafkaSession::delivered, this, &MainWindow::onDelivered);
    connect(&m_session, &KafkaSession::errorOccurred, this, &MainWindow::showError);

    m_ui->mainSplitter->setSizes({300, 980});
    m_ui->workSplitter->setSizes({250, 400, 110});
    m_ui->topSplitter->setSizes({560, 420});
    onStateChanged(KafkaSession::State::Disconnected, tr("Not connected."));
}

MainWindow::~MainWindow()
{
    // Work stops before the members go: no report or progress reaches a half-destroyed window.
    // (The session still waits for its consumer to close and commit; closing the window first
    // bounds that wait.)
    m_shutdownTicker.stop();
    disconnect(&m_bulk, nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing == Closing::Done) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_closing == Closing::WindingDown)
        return; // already on its way out
    if (m_bulk.isRunning()) {
        if (!askToStopBulk())
            return;
        // It may have finished while the question was open: then its own line says so.
        if (m_bulk.isRunning()) {
            m_bulkStoppedToQuit = true;
            // finished() comes once the records already on their way are answered.
            m_bulk.cancel();
        }
    }
    m_closing = Closing::WindingDown;
    m_session.beginShutdown();
    m_shutdownClock.start();
    m_shutdownTicker.start();
    continueShutdown();
}

bool MainWindow::askToStopBulk()
{
    const QLocale locale;
    const BulkSender::Progress &progress = m_bulk.progress();
    QMessageBox box(QMessageBox::Question, tr("Stop the bulk send?"),
                    tr("A bulk send is running: %1 of %2 messages delivered so far.")
                        .arg(locale.toString(progress.delivered), locale.toString(progress.total)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopBulkQuestion"));
    box.setInformativeText(tr("Stopping drops the messages not sent yet; those already on their "
                              "way are still counted. You will see how many were delivered."));
    QPushButton *stop = box.addButton(tr("Stop and quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep sending"), QMessageBox::RejectRole);
    stop->setObjectName(QStringLiteral("stopAndQuitButton"));
    keep->setObjectName(QStringLiteral("keepSendingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    // The send may have finished while the question was open: quitting is then simply fine.
    return box.clickedButton() == stop;
}

void MainWindow::continueShutdown()
{
    const QLocale locale;
    QStringList waiting;
    if (m_bulk.isRunning()) {
        const BulkSender::Progress &p = m_bulk.progress();
        const qint64 unanswered = p.queued - p.delivered - p.failed - p.dropped;
        waiting << tr("%1 bulk deliveries").arg(locale.toString(std::max<qint64>(unanswered, 0)));
    }
    if (const int deliveries = m_session.pendingDeliveries(); deliveries > 0)
        waiting << tr("%n deliveries", nullptr, deliveries);
    if (m_session.closingConsumers() > 0)
        waiting << tr("the consumer to commit and close");
    if (waiting.isEmpty() || m_shutdownClock.elapsed() >= ShutdownBoundMs) {
        finishShutdown();
        return;
    }
    statusBar()->showMessage(tr("Quitting: waiting for %1…").arg(waiting.join(tr(" and "))));
}

void MainWindow::finishShutdown()
{
    m_shutdownTicker.stop();
    if (m_bulkStoppedToQuit) {
        const QString summary = bulkSummary(m_bulk.progress(), m_bulk.isRunning());
        m_ui->bulkStatusLabel->setText(summary);
        statusBar()->showMessage(summary);
        log(summary);
        QMessageBox box(QMessageBox::Information, tr("Bulk send stopped"), summary, QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("bulkStoppedSummary"));
        box.exec();
    }
    // Whatever is left (sends with no answer, a consumer stuck on a broker that does not
    // answer) is given up: the window never waits longer than ShutdownBoundMs plus the summary.
    disconnect(&m_bulk, nullptr, this, nullptr);
    m_session.abandonShutdown();
    m_closing = Closing::Done;
    close();
}

QString MainWindow::bulkSummary(const BulkSender::Progress &progress, bool running)
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

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the frame is on screen once this paint has been flushed.
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
    }
    return handled;
}

ConnectionConfig MainWindow::configFromPanel() const
{
    ConnectionConfig config = m_connection;
    config.bootstrapServers =
        m_ui->brokersRadio->isChecked() ? m_ui->brokersEdit->text().trimmed() : QString();
    config.groupId = m_ui->groupEdit->text().trimmed();
    return config;
}

void MainWindow::connectToCluster()
{
    const ConnectionConfig config = configFromPanel();
    // A profile's extra properties may name the brokers (bootstrap.servers wins there).
    if (m_ui->brokersRadio->isChecked() && config.effectiveBootstrapServers().isEmpty()) {
        showError(ConnectionConfig::checkBootstrapServers(config.bootstrapServers));
        m_ui->brokersEdit->setFocus();
        return;
    }
    if (!config.usesSasl() || !config.password.isEmpty()) {
        connectWith(config);
        return;
    }
    // The password is never saved with the profile: the keychain may have it, or ask.
    const QString profile =
        m_ui->profileCombo->currentIndex() > 0 ? m_ui->profileCombo->currentText() : QString();
    if (profile.isEmpty()) {
        connectWith(config);
        return;
    }
    auto *context = new QObject(this);
    connect(
        m_vault, &PasswordVault::fetched, context,
        [this, context, config, profile](const QString &name, const QString &password, bool ok) {
            if (name != profile)
                return;
            context->deleteLater();
            ConnectionConfig withPassword = config;
            if (ok)
                withPassword.password = password;
            connectWith(withPassword);
        });
    m_vault->fetch(profile);
}

void MainWindow::connectWith(const ConnectionConfig &given)
{
    ConnectionConfig config = given;
    if (config.usesSasl() && config.password.isEmpty()) {
        bool ok = false;
        config.password =
            QInputDialog::getText(this, tr("Password"),
                                  tr("Password of %1 on %2 (kept for this session only):")
                                      .arg(config.username, config.effectiveBootstrapServers()),
                                  QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        m_connection.password = config.password;
    }
    m_messages->clear();
    m_offsets->setOffsets({});
    onConsumerOptionsChanged();
    m_session.connectToCluster(config);
}

void MainWindow::toggleConnection()
{
    const KafkaSession::State state = m_session.state();
    if (state == KafkaSession::State::Connected || state == KafkaSession::State::Connecting)
        m_session.disconnectFromCluster();
    else
        connectToCluster();
}

void MainWindow::onStateChanged(KafkaSession::State state, const QString &message)
{
    QString colour;
    switch (state) {
    case KafkaSession::State::Disconnected:
        colour = QStringLiteral("gray");
        m_clusterLabel->setText(tr("Not connected."));
        break;
    case KafkaSession::State::Connecting:
        colour = QStringLiteral("darkorange");
        m_clusterLabel->setText(message);
        break;
    case KafkaSession::State::Connected:
        colour = QStringLiteral("green");
        m_clusterLabel->setText(m_session.clusterLabel());
        break;
    case KafkaSession::State::Failed:
        colour = QStringLiteral("firebrick");
        m_clusterLabel->setText(tr("Not connected."));
        showError(message);
        break;
    }
    m_ui->stateLabel->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                                  .arg(colour, message.toHtmlEscaped()));
    const bool active =
        state == KafkaSession::State::Connected || state == KafkaSession::State::Connecting;
    m_ui->connectButton->setText(active ? tr("&Disconnect") : tr("&Connect"));
    m_ui->sandboxRadio->setEnabled(!active);
    m_ui->brokersRadio->setEnabled(!active);
    m_ui->brokersEdit->setEnabled(!active && m_ui->brokersRadio->isChecked());
    m_ui->groupEdit->setEnabled(!active);
    m_ui->profileCombo->setEnabled(!active);
    m_ui->securityButton->setEnabled(!active);
    m_ui->refreshTopicsButton->setEnabled(state == KafkaSession::State::Connected);
    m_ui->createTopicButton->setEnabled(state == KafkaSession::State::Connected);
    if (state != KafkaSession::State::Failed)
        log(message);
    if (!active)
        m_messages->setAckPolicy(false, tr("Not connected: the consumer left its group, so these "
                                           "messages can no longer be acked here. What was not "
                                           "committed is delivered again after reconnecting."));
    updateControls();
}

void MainWindow::onTopicsChanged(const QList<TopicInfo> &topics)
{
    m_topics->setTopics(topics);
    onWatchedTopicChanged(m_session.watchedTopic());
}

void MainWindow::onWatchedTopicChanged(const QString &topic)
{
    m_ui->composeTopicLabel->setText(topic.isEmpty()
                                         ? tr("(none selected)")
                                         : QStringLiteral("<b>%1</b>").arg(topic.toHtmlEscaped()));
    const QModelIndex index =
        m_topicFilter->mapFromSource(m_topics->index(m_topics->rowOf(topic), 0));
    QItemSelectionModel *selection = m_ui->topicView->selectionModel();
    if (index.isValid() && selection->currentIndex() != index) {
        const QSignalBlocker blocker(selection);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->topicView->scrollTo(index);
    }
    updatePartitionChoices();
    updateControls();
}

void MainWindow::onTopicSelected()
{
    const QString topic = m_topics->topicAt(
        m_topicFilter->mapToSource(m_ui->topicView->selectionModel()->currentIndex()).row());
    if (topic.isEmpty() || topic == m_session.watchedTopic())
        return;
    m_messages->clear();
    m_offsets->setOffsets({});
    m_session.watchTopic(topic);
}

void MainWindow::onMessages(const KafkaMessageBatch &batch)
{
    m_messages->appendBatch(batch);
    updateMessageCount();
}

void MainWindow::updateMessageCount()
{
    const int rows = m_messages->rowCount();
    m_ui->messageCountLabel->setText(
        rows == m_messages->cap()
            ? tr("Showing the newest %n message(s); older ones were removed from the table.",
                 nullptr, rows)
            : tr("%Ln message(s).", nullptr, rows));
}

void MainWindow::updateControls()
{
    const bool connected = m_session.state() == KafkaSession::State::Connected;
    const bool watching = connected && !m_session.watchedTopic().isEmpty();
    m_ui->sendButton->setEnabled(watching);
    m_ui->bulkSendButton->setEnabled(watching && !m_bulk.isRunning());
    m_ui->fileSendButton->setEnabled(watching && !m_bulk.isRunning());
    m_ui->resendButton->setEnabled(connected && m_ui->historyView->currentIndex().isValid());
    m_ui->consumeButton->setEnabled(watching);
    m_ui->consumeButton->setText(m_session.isConsuming() ? tr("Sto&p consumer")
                                                         : tr("Star&t consumer"));
    m_ui->pauseButton->setEnabled(m_session.isConsuming());
    if (!m_session.isConsuming()) {
        const QSignalBlocker blocker(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(false);
        m_ui->pauseButton->setText(tr("&Pause"));
        m_offsets->setOffsets({});
    }
    m_ui->ackSelectedButton->setEnabled(
        m_session.isConsuming() &&
        m_session.consumerOptions().mode == ConsumerOptions::Mode::Group &&
        m_session.consumerOptions().commitMode != AckTracker::Mode::AutoCommit);
}

void MainWindow::send()
{
    if (m_ui->sendButton->isEnabled())
        sendRequest(composedRequest());
}

ProduceRequest MainWindow::composedRequest() const
{
    ProduceRequest request{.topic = m_session.watchedTopic()};
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
    request.partition = m_ui->partitionCombo->currentIndex() - 1; // 0: automatic
    return request;
}

QByteArray MainWindow::composedValue() const
{
    if (m_ui->valueEdit->isHoldingValue())
        return m_ui->valueEdit->heldValue();
    const QString text = m_ui->valueEdit->toPlainText();
    return !m_loadedValueText.isNull() && text == m_loadedValueText ? m_loadedValue : text.toUtf8();
}

std::optional<QByteArray> MainWindow::composedKey() const
{
    const QString text = m_ui->keyEdit->text();
    return !m_loadedKeyText.isNull() && text == m_loadedKeyText ? m_loadedKey : text.toUtf8();
}

void MainWindow::sendRequest(const ProduceRequest &request)
{
    QString error;
    const quint64 id = m_session.send(request, &error);
    if (id == 0) {
        // The size helps with "too large", and says what was refused in any case.
        error = tr("Not sent (%Ln byte(s)): %1", nullptr,
                   int(std::min<qsizetype>(request.value.size() +
                                               (request.key ? request.key->size() : 0),
                                           std::numeric_limits<int>::max())))
                    .arg(error);
        m_ui->deliveryLabel->setText(
            QStringLiteral("<span style=\"color:firebrick\">%1</span>").arg(error.toHtmlEscaped()));
        showError(error);
        return;
    }
    m_pendingSend = id;
    m_history->addSend(id, request);
    m_ui->deliveryLabel->setText(tr("Sending to \"%1\"…").arg(request.topic));
}

void MainWindow::onDelivered(const DeliveryReport &report)
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
    } else {
        line = tr("Not delivered to %1: %2").arg(report.topic, report.error);
        showError(line);
    }
    if (report.requestId == m_pendingSend) {
        m_ui->deliveryLabel->setText(
            report.delivered() ? line.toHtmlEscaped()
                               : QStringLiteral("<span style=\"color:firebrick\">%1</span>")
                                     .arg(line.toHtmlEscaped()));
    }
    log(line);
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    statusBar()->showMessage(message, 15000);
    log(message);
}

void MainWindow::log(const QString &line)
{
    m_ui->logView->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
}

void MainWindow::setUpMessageTable()
{
    MessageTableView *view = m_ui->messageView;
    view->setMessageModel(m_messages);
    connect(view, &MessageTableView::ackRequested, this,
            [this](const QModelIndex &index) { ackRows({index.row()}); });
    auto *space =
        new QShortcut(QKeySequence(Qt::Key_Space), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &MainWindow::ackSelected);
    connect(m_ui->ackSelectedButton, &QPushButton::clicked, this, &MainWindow::ackSelected);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showMessageMenu);
    connect(m_ui->capSpin, &QSpinBox::valueChanged, this, [this](int cap) {
        m_messages->setCap(cap);
        updateMessageCount();
    });
    m_ui->capSpin->setValue(m_messages->cap());
}

void MainWindow::setUpConsumerControls()
{
    m_ui->offsetsView->setModel(m_offsets);
    // Narrow columns sized to their headers, the lag taking the rest: no scrolling.
    QHeaderView *offsetsHeader = m_ui->offsetsView->horizontalHeader();
    offsetsHeader->setMinimumSectionSize(30);
    offsetsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    offsetsHeader->setSectionResizeMode(PartitionOffsetsModel::LagColumn, QHeaderView::Stretch);
    m_ui->offsetsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->offsetsView->verticalHeader()->setDefaultSectionSize(
        m_ui->offsetsView->fontMetrics().height() + 6);
    connect(m_ui->offsetsView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showOffsetsMenu);
    for (QComboBox *combo : {m_ui->modeCombo, m_ui->startCombo, m_ui->commitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &MainWindow::onConsumerOptionsChanged);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        m_session.setPaused(paused);
    });
    connect(m_ui->consumeButton, &QPushButton::clicked, this, [this] {
        if (m_session.isConsuming()) {
            m_session.stopConsuming();
            log(tr(
                "Consumer stopped: acknowledged messages were committed, and it left the group."));
        } else {
            m_session.startConsuming();
        }
        updateControls();
    });
}

ConsumerOptions MainWindow::consumerOptionsFromPanel() const
{
    ConsumerOptions options;
    options.mode = m_ui->modeCombo->currentIndex() == 1 ? ConsumerOptions::Mode::Browse
                                                        : ConsumerOptions::Mode::Group;
    options.startFrom = m_ui->startCombo->currentIndex() == 1
                            ? ConsumerOptions::StartFrom::Latest
                            : ConsumerOptions::StartFrom::Earliest;
    switch (m_ui->commitCombo->currentIndex()) {
    case 1:
        options.commitMode = AckTracker::Mode::KafkaNative;
        break;
    case 2:
        options.commitMode = AckTracker::Mode::AutoCommit;
        break;
    default:
        options.commitMode = AckTracker::Mode::Safe;
    }
    return options;
}

void MainWindow::onConsumerOptionsChanged()
{
    const ConsumerOptions options = consumerOptionsFromPanel();
    const bool browse = options.mode == ConsumerOptions::Mode::Browse;
    m_ui->commitCombo->setEnabled(!browse);
    m_ui->groupEdit->setEnabled(!browse && m_session.state() != KafkaSession::State::Connected);
    if (browse)
        m_messages->setAckPolicy(false, tr("Browsing without a consumer group: nothing is "
                                           "committed, so there is nothing to acknowledge."));
    else if (options.commitMode == AckTracker::Mode::AutoCommit)
        m_messages->setAckPolicy(false, tr("Auto-commit is on: the consumer commits by itself "
                                           "every few seconds, so Ack is off."));
    else
        m_messages->setAckPolicy(true, {});
    if (m_session.isConsuming()) {
        m_messages->clear();
        m_offsets->setOffsets({});
    }
    m_session.setConsumerOptions(options);
    updateControls();
}

void MainWindow::ackSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->messageView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    ackRows(rows);
}

void MainWindow::ackRows(const QList<int> &rows)
{
    MessagePositions positions;
    QString refusal;
    for (int row : rows) {
        if (m_messages->isAckable(row)) {
            const KafkaMessage &m = m_messages->message(row);
            positions.append({m.partition, m.offset});
        } else if (refusal.isEmpty() && m_messages->state(row) != MessageTableModel::State::Acked &&
                   m_messages->state(row) != MessageTableModel::State::Committed) {
            refusal = m_messages->ackRefusal(row);
        }
    }
    if (!refusal.isEmpty())
        showError(refusal);
    m_session.ack(positions);
}

void MainWindow::showMessageMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->messageView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const int row = index.row();
    menu.addAction(tr("&Ack"), this, [this, row] { ackRows({row}); })
        ->setEnabled(m_messages->isAckable(row));
    menu.addAction(tr("Ack all &up to this row"), this, [this, row] {
        QList<int> rows;
        for (int r = 0; r <= row; ++r)
            rows.append(r);
        ackRows(rows);
    });
    menu.addSeparator();
    menu.addAction(tr("&Copy value"), this, [this, row] {
        QGuiApplication::clipboard()->setText(
            m_messages->index(row, MessageTableModel::ValueColumn).data().toString());
    });
    menu.exec(m_ui->messageView->viewport()->mapToGlobal(pos));
}

void MainWindow::showOffsetsMenu(const QPoint &pos)
{
    const qint32 partition = m_offsets->partitionAt(m_ui->offsetsView->indexAt(pos).row());
    if (partition < 0)
        return;
    QMenu menu(this);
    menu.addAction(
        tr("Read partition %1 again from &offset…").arg(partition), this, [this, partition] {
            bool ok = false;
            const QString text =
                QInputDialog::getText(this, tr("Read from offset"),
                                      tr("Offset to read partition %1 from:").arg(partition),
                                      QLineEdit::Normal, QStringLiteral("0"), &ok);
            const qint64 offset = text.trimmed().toLongLong(&ok);
            if (ok && offset >= 0)
                m_session.seekToOffset(partition, offset);
            else if (!text.isNull())
                showError(
                    tr("\"%1\" is not an offset: enter a whole number, 0 or more.").arg(text));
        });
    menu.addAction(tr("Read every partition from a &time…"), this, [this] {
        bool ok = false;
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        const QString text = QInputDialog::getText(
            this, tr("Read from a time"), tr("Read every partition from (%1):").arg(format),
            QLineEdit::Normal, QDateTime::currentDateTime().addSecs(-300).toString(format), &ok);
        if (!ok)
            return;
        const QDateTime time = QDateTime::fromString(text.trimmed(), format);
        if (!time.isValid()) {
            showError(tr("\"%1\" is not a time like %2.").arg(text, format));
            return;
        }
        m_session.seekToTimestamp(-1, time.toMSecsSinceEpoch());
    });
    menu.exec(m_ui->offsetsView->viewport()->mapToGlobal(pos));
}

void MainWindow::onAcksApplied(const QList<AckTracker::AckOutcome> &outcomes)
{
    m_messages->applyAcks(outcomes);
    for (const AckTracker::AckOutcome &outcome : outcomes) {
        if (!outcome.accepted) {
            showError(outcome.refusal);
            break;
        }
    }
}

void MainWindow::onCommitsConfirmed(const MessagePositions &positions)
{
    m_messages->confirmCommits(positions);
    QStringList parts;
    for (const MessagePosition &p : positions)
        parts << tr("partition %1 at position %2").arg(p.partition).arg(p.offset);
    log(tr("The broker confirmed the commit (every offset before each position counts as "
           "processed): %1.")
            .arg(parts.join(QStringLiteral(", "))));
}

void MainWindow::onAssigned(const QList<qint32> &partitions, int generation)
{
    QStringList names;
    for (qint32 p : partitions)
        names << QString::number(p);
    if (generation < 0 && m_session.consumerOptions().mode == ConsumerOptions::Mode::Browse)
        log(tr("Browsing partition(s) %1 without a consumer group.")
                .arg(names.join(QStringLiteral(", "))));
    else
        log(tr("Group \"%1\", generation %2: this consumer was assigned partition(s) %3.")
                .arg(m_session.effectiveConfig().groupId)
                .arg(generation)
                .arg(names.join(QStringLiteral(", "))));
}

void MainWindow::onRevoked(const QList<qint32> &partitions, int generation)
{
    m_messages->revokePartitions(partitions);
    QStringList names;
    for (qint32 p : partitions)
        names << QString::number(p);
    log(tr("Group \"%1\", generation %2: partition(s) %3 revoked from this consumer; "
           "messages it had not committed there are now stale.")
            .arg(m_session.effectiveConfig().groupId)
            .arg(generation)
            .arg(names.join(QStringLiteral(", "))));
}

void MainWindow::setUpProfiles()
{
    m_ui->profileCombo->addItem(tr("(not saved)"));
    m_ui->profileCombo->addItems(m_profiles.names());
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyProfile(m_ui->profileCombo->itemText(index));
    });
    connect(m_ui->saveProfileButton, &QToolButton::clicked, this, &MainWindow::saveProfile);
    connect(m_ui->deleteProfileButton, &QToolButton::clicked, this, [this] {
        const int index = m_ui->profileCombo->currentIndex();
        if (index <= 0)
            return;
        const QString name = m_ui->profileCombo->itemText(index);
        m_profiles.remove(name);
        m_vault->remove(name);
        m_ui->profileCombo->removeItem(index);
        log(tr("Profile \"%1\" deleted.").arg(name));
    });
    connect(m_ui->securityButton, &QPushButton::clicked, this, &MainWindow::editSecurity);
    connect(m_vault, &PasswordVault::failed, this,
            [this](const QString &profile, const QString &message) {
                log(tr("The system keychain could not keep the password of \"%1\" (%2): it will be "
                       "asked "
                       "for when connecting.")
                        .arg(profile, message));
            });
}

void MainWindow::applyProfile(const QString &name)
{
    QStringList warnings;
    const std::optional<ConnectionConfig> profile = m_profiles.load(name, &warnings);
    for (const QString &warning : std::as_const(warnings))
        showError(warning);
    if (!profile) {
        showError(tr("Profile \"%1\" could not be read.").arg(name));
        return;
    }
    m_connection = *profile;
    m_ui->brokersRadio->setChecked(!profile->usesSandbox());
    m_ui->sandboxRadio->setChecked(profile->usesSandbox());
    m_ui->brokersEdit->setText(profile->bootstrapServers);
    m_ui->groupEdit->setText(profile->groupId.isEmpty() ? ConnectionConfig::defaultGroupId()
                                                        : profile->groupId);
    log(tr("Profile \"%1\" loaded.").arg(name));
}

void MainWindow::saveProfile()
{
    bool ok = false;
    const QString current =
        m_ui->profileCombo->currentIndex() > 0 ? m_ui->profileCombo->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Profile name:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const ConnectionConfig config = configFromPanel();
    m_profiles.save(name, config);
    if (!config.password.isEmpty())
        m_vault->store(name, config.password);
    if (m_ui->profileCombo->findText(name) < 0)
        m_ui->profileCombo->addItem(name);
    m_ui->profileCombo->setCurrentText(name);
    log(tr("Profile \"%1\" saved (the password only in the system keychain, if there is one).")
            .arg(name));
}

void MainWindow::editSecurity()
{
    SecurityDialog dialog(configFromPanel(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionConfig config = dialog.config();
    // The dialog owns everything but the panel's own fields.
    const QString brokers = m_ui->brokersEdit->text();
    m_connection = config;
    m_ui->brokersEdit->setText(brokers);
}

void MainWindow::setUpTopics()
{
    m_topicFilter->setSourceModel(m_topics);
    m_topicFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_topicFilter->setFilterKeyColumn(TopicListModel::NameColumn);
    m_ui->topicView->setModel(m_topicFilter);
    m_ui->topicView->header()->setSectionResizeMode(TopicListModel::NameColumn,
                                                    QHeaderView::Stretch);
    m_ui->topicView->header()->setStretchLastSection(false);
    connect(m_ui->topicFilterEdit, &QLineEdit::textChanged, m_topicFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onTopicSelected);
    connect(m_ui->refreshTopicsButton, &QPushButton::clicked, &m_session,
            &KafkaSession::refreshTopics);
    connect(m_ui->createTopicButton, &QPushButton::clicked, this, &MainWindow::createTopic);
    connect(&m_session, &KafkaSession::topicCreated, this, &MainWindow::onTopicCreated);
}

void MainWindow::createTopic()
{
    CreateTopicDialog dialog(m_session.isSandbox(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Creating topic \"%1\" with %n partition(s)…", nullptr, dialog.partitions())
            .arg(dialog.name()));
    m_session.createTopic(dialog.name(), dialog.partitions(), dialog.replicationFactor());
}

void MainWindow::onTopicCreated(const QString &name, const QString &error)
{
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    log(tr("Topic \"%1\" created.").arg(name));
    m_session.watchTopic(name);
}

void MainWindow::setUpCompose()
{
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &MainWindow::send);
    m_ui->keyEdit->setEnabled(false);
    connect(m_ui->nullKeyCheck, &QCheckBox::toggled, this, [this](bool null) {
        m_ui->keyEdit->setEnabled(!null);
        if (!null)
            m_ui->keyEdit->setFocus();
    });
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this, &MainWindow::updateJsonHint);
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
    for (QComboBox *combo : {m_ui->acksCombo, m_ui->partitionerCombo, m_ui->compressionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &MainWindow::onProducerOptionsChanged);
    onProducerOptionsChanged();
    updatePartitionChoices();
}

void MainWindow::onProducerOptionsChanged()
{
    ProducerSettings settings;
    static const ProducerSettings::Acks acks[] = {
        ProducerSettings::Acks::All, ProducerSettings::Acks::Leader, ProducerSettings::Acks::None};
    settings.acks = acks[std::max(0, m_ui->acksCombo->currentIndex())];
    settings.partitioner =
        ProducerSettings::Partitioner(std::max(0, m_ui->partitionerCombo->currentIndex()));
    settings.compression =
        ProducerSettings::Compression(std::max(0, m_ui->compressionCombo->currentIndex()));
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
    m_session.setProducerSettings(settings);
}

void MainWindow::updateJsonHint()
{
    const QByteArray text = composedValue().trimmed();
    if (!text.startsWith('{') && !text.startsWith('[')) {
        m_ui->jsonHintLabel->clear();
        return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        m_ui->jsonHintLabel->setText(QStringLiteral("<span style=\"color:#2e8b57\">%1</span>")
                                         .arg(tr("Valid JSON.").toHtmlEscaped()));
    } else {
        m_ui->jsonHintLabel->setText(QStringLiteral("<span style=\"color:#b8860b\">%1</span>")
                                         .arg(tr("This looks like JSON but does not parse: %1 (at "
                                                 "character %2). It will be sent as it is.")
                                                  .arg(error.errorString())
                                                  .arg(error.offset)
                                                  .toHtmlEscaped()));
    }
}

void MainWindow::updatePartitionChoices()
{
    int partitions = 0;
    for (const TopicInfo &topic : m_session.topics()) {
        if (topic.name == m_session.watchedTopic())
            partitions = topic.partitionCount;
    }
    const int previous = m_ui->partitionCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->partitionCombo);
    m_ui->partitionCombo->clear();
    m_ui->partitionCombo->addItem(tr("automatic (the partitioner chooses)"));
    for (int p = 0; p < partitions; ++p)
        m_ui->partitionCombo->addItem(tr("partition %1").arg(p));
    m_ui->partitionCombo->setCurrentIndex(previous > 0 && previous <= partitions ? previous : 0);
}

void MainWindow::setUpBulk()
{
    // Per mille of the total delivered: fine enough for a million messages, and within int.
    m_ui->bulkProgress->setRange(0, 1000);
    m_ui->bulkProgress->setFormat(tr("%p% delivered"));
    connect(m_ui->bulkSendButton, &QPushButton::clicked, this, &MainWindow::startBulk);
    connect(m_ui->fileSendButton, &QPushButton::clicked, this, &MainWindow::startFileSend);
    connect(m_ui->bulkCancelButton, &QPushButton::clicked, &m_bulk, &BulkSender::cancel);
    connect(&m_bulk, &BulkSender::progressed, this, &MainWindow::onBulkProgress);
    connect(&m_bulk, &BulkSender::finished, this, &MainWindow::onBulkFinished);
}

void MainWindow::startBulk()
{
    const ProduceRequest base = composedRequest();
    QString error;
    if (!m_bulk.start(
            m_session.effectiveConfig(), m_session.producerSettings(), m_ui->bulkCountSpin->value(),
            BulkSender::fromTemplate(base, m_ui->keyEdit->text(), m_ui->nullKeyCheck->isChecked(),
                                     m_ui->valueEdit->toPlainText()),
            &error)) {
        showError(error);
        return;
    }
    log(tr("Sending %n message(s) to \"%1\"…", nullptr, m_ui->bulkCountSpin->value())
            .arg(base.topic));
    m_ui->bulkCancelButton->setEnabled(true);
    updateControls();
}

void MainWindow::startFileSend()
{
    // Window-modal and without a nested event loop: the window keeps receiving while it is open.
    auto *dialog =
        new QFileDialog(this, tr("Send a file"), {},
                        tr("Text or JSON Lines (*.txt *.jsonl *.json *.log);;All files (*)"));
    dialog->setObjectName(QStringLiteral("sendFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::sendFile);
    dialog->open();
}

void MainWindow::sendFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString topic = m_session.watchedTopic();
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
                showError(result->error);
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
                    m_session.effectiveConfig(), m_session.producerSettings(),
                    result->requests.size(), [result](qint64 i) { return result->requests.at(i); },
                    &error)) {
                showError(error);
                return;
            }
            log(tr("Sending %n message(s) from %1 (%2)…", nullptr, int(result->requests.size()))
                    .arg(path, result->jsonLines ? tr("JSON Lines") : tr("one value per line")));
            m_ui->bulkCancelButton->setEnabled(true);
            updateControls();
        });
    watcher->setFuture(QtConcurrent::run(&MessageFileReader::read, path, topic));
}

void MainWindow::onBulkProgress(const BulkSender::Progress &progress)
{
    const QLocale locale;
    // The bar shows what the broker confirmed, never what was merely queued: queueing runs far
    // ahead of delivery (and failed records are not progress).
    m_ui->bulkProgress->setValue(
        progress.total > 0 ? int(1000 * progress.delivered / progress.total) : 1000);
    m_ui->bulkStatusLabel->setText(
        tr("%1 of %2 delivered (%3 queued), %4 failed, %5 messages/s")
            .arg(locale.toString(progress.delivered), locale.toString(progress.total),
                 locale.toString(progress.queued), locale.toString(progress.failed),
                 locale.toString(qRound64(progress.messagesPerSecond))));
}

void MainWindow::onBulkFinished(const BulkSender::Progress &progress, bool cancelled)
{
    const QLocale locale;
    m_ui->bulkCancelButton->setEnabled(false);
    QString line;
    if (m_bulkStoppedToQuit)
        return; // finishShutdown() says how it ended
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
    log(line);
    updateControls();
}

void MainWindow::setUpHistory()
{
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->setDefaultSectionSize(
        m_ui->historyView->fontMetrics().height() + 6);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateControls);
    connect(m_history, &QAbstractItemModel::rowsInserted, m_ui->historyView,
            &QTableView::scrollToBottom);
    connect(m_ui->resendButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_ui->historyView->currentIndex();
        if (index.isValid())
            sendRequest(m_history->request(index.row()));
    });
    connect(m_ui->historyView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRequest(m_history->request(index.row())); });
    connect(m_ui->saveTemplateButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_ui->historyView->currentIndex();
        const ProduceRequest request =
            index.isValid() ? m_history->request(index.row()) : composedRequest();
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as template"),
                                                   tr("Template name:"), QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        m_templates.save(name, request);
        if (m_ui->templateCombo->findText(name) < 0)
            m_ui->templateCombo->addItem(name);
        m_ui->templateCombo->setCurrentText(name);
        log(tr("Template \"%1\" saved.").arg(name));
    });
    m_ui->templateCombo->addItems(m_templates.names());
    connect(m_ui->loadTemplateButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<ProduceRequest> request =
                m_templates.load(m_ui->templateCombo->currentText()))
            showRequest(*request);
    });
    connect(m_ui->deleteTemplateButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->templateCombo->currentText();
        if (name.isEmpty())
            return;
        m_templates.remove(name);
        m_ui->templateCombo->removeItem(m_ui->templateCombo->currentIndex());
    });
}

void MainWindow::showRequest(const ProduceRequest &request)
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
    m_ui->headersTable->setRowCount(int(request.headers.size()));
    for (int row = 0; row < request.headers.size(); ++row) {
        m_ui->headersTable->setItem(
            row, 0, new QTableWidgetItem(QString::fromUtf8(request.headers.at(row).name)));
        m_ui->headersTable->setItem(
            row, 1, new QTableWidgetItem(QString::fromUtf8(request.headers.at(row).value)));
    }
    m_ui->composeTabs->setCurrentWidget(m_ui->messageTab);
}
