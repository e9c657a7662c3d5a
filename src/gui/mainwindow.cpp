#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "ackbuttondelegate.h"
#include "messagetablemodel.h"
#include "partitionoffsetsmodel.h"
#include "topiclistmodel.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>

MainWindow::MainWindow(const ConnectionConfig &initial, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_messages(new MessageTableModel(this))
    , m_offsets(new PartitionOffsetsModel(this))
    , m_topics(new TopicListModel(this))
    , m_ackDelegate(new AckButtonDelegate(MessageTableModel::AckableRole, this))
    , m_clusterLabel(new QLabel(this))
    , m_initial(initial)
{
    m_ui->setupUi(this);
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

    m_ui->topicView->setModel(m_topics);
    m_ui->topicView->header()->setSectionResizeMode(TopicListModel::NameColumn,
                                                    QHeaderView::Stretch);
    m_ui->topicView->header()->setStretchLastSection(false);
    connect(m_ui->topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onTopicSelected);
    connect(m_ui->refreshTopicsButton, &QPushButton::clicked, &m_session,
            &KafkaSession::refreshTopics);

    setUpMessageTable();
    setUpConsumerControls();

    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &MainWindow::send);

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
    m_ui->workSplitter->setSizes({210, 440, 110});
    m_ui->topSplitter->setSizes({490, 490});
    onStateChanged(KafkaSession::State::Disconnected, tr("Not connected."));
}

MainWindow::~MainWindow() = default;

ConnectionConfig MainWindow::configFromPanel() const
{
    ConnectionConfig config = m_initial;
    config.bootstrapServers =
        m_ui->brokersRadio->isChecked() ? m_ui->brokersEdit->text().trimmed() : QString();
    config.groupId = m_ui->groupEdit->text().trimmed();
    return config;
}

void MainWindow::connectToCluster()
{
    const ConnectionConfig config = configFromPanel();
    if (m_ui->brokersRadio->isChecked() && config.bootstrapServers.isEmpty()) {
        showError(ConnectionConfig::checkBootstrapServers(config.bootstrapServers));
        m_ui->brokersEdit->setFocus();
        return;
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
    m_ui->refreshTopicsButton->setEnabled(state == KafkaSession::State::Connected);
    if (state != KafkaSession::State::Failed)
        log(message);
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
    const int row = m_topics->rowOf(topic);
    QItemSelectionModel *selection = m_ui->topicView->selectionModel();
    if (row >= 0 && selection->currentIndex().row() != row) {
        const QSignalBlocker blocker(selection);
        selection->setCurrentIndex(m_topics->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateControls();
}

void MainWindow::onTopicSelected()
{
    const QString topic =
        m_topics->topicAt(m_ui->topicView->selectionModel()->currentIndex().row());
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
    if (m_followNewest && !m_scrollTimer.isActive())
        m_scrollTimer.start();
}

void MainWindow::updateMessageCount()
{
    const int rows = m_messages->rowCount();
    m_ui->messageCountLabel->setText(
        rows == m_messages->cap()
            ? tr("Showing the newest %n message(s); older ones were removed from the table.",
                 nullptr, rows)
            : tr("%n message(s).", nullptr, rows));
}

void MainWindow::updateControls()
{
    const bool connected = m_session.state() == KafkaSession::State::Connected;
    const bool watching = connected && !m_session.watchedTopic().isEmpty();
    m_ui->sendButton->setEnabled(watching);
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
    if (!m_ui->sendButton->isEnabled())
        return;
    const QString topic = m_session.watchedTopic();
    const QString keyText = m_ui->keyEdit->text();
    std::optional<QByteArray> key;
    if (!keyText.isEmpty())
        key = keyText.toUtf8();
    const QByteArray value = m_ui->valueEdit->toPlainText().toUtf8();
    QString error;
    const quint64 id = m_session.send({.topic = topic, .key = key, .value = value}, &error);
    if (id == 0) {
        m_ui->deliveryLabel->setText(
            QStringLiteral("<span style=\"color:firebrick\">%1</span>").arg(error.toHtmlEscaped()));
        showError(error);
        return;
    }
    m_pendingSend = id;
    m_ui->deliveryLabel->setText(tr("Sending to \"%1\"…").arg(topic));
}

void MainWindow::onDelivered(const DeliveryReport &report)
{
    QString line;
    if (report.delivered()) {
        line = report.offset >= 0
                   ? tr("Delivered to %1, partition %2 at offset %3 in %4 ms.")
                         .arg(report.topic)
                         .arg(report.partition)
                         .arg(report.offset)
                         .arg(report.latencyUs / 1000.0, 0, 'f', 1)
                   : tr("Sent to %1, partition %2; the broker did not report an offset.")
                         .arg(report.topic)
                         .arg(report.partition);
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
    QTableView *view = m_ui->messageView;
    view->setModel(m_messages);
    view->setItemDelegateForColumn(MessageTableModel::AckColumn, m_ackDelegate);
    view->setMouseTracking(true); // hover highlight on the painted Ack buttons
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(MessageTableModel::StateColumn, 110);
    header->resizeSection(MessageTableModel::PartitionColumn, 70);
    header->resizeSection(MessageTableModel::OffsetColumn, 70);
    header->resizeSection(MessageTableModel::TimestampColumn, 175);
    header->resizeSection(MessageTableModel::KeyColumn, 100);
    header->resizeSection(MessageTableModel::ValueColumn, 260);
    header->resizeSection(MessageTableModel::HeadersColumn, 90);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageTableModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(MessageTableModel::AckColumn, 60);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    connect(m_ackDelegate, &AckButtonDelegate::ackRequested, this,
            [this](const QModelIndex &index) { ackRows({index.row()}); });
    auto *space =
        new QShortcut(QKeySequence(Qt::Key_Space), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &MainWindow::ackSelected);
    connect(m_ui->ackSelectedButton, &QPushButton::clicked, this, &MainWindow::ackSelected);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showMessageMenu);

    QScrollBar *scrollBar = view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_followNewest = value >= scrollBar->maximum(); });
    m_scrollTimer.setInterval(100);
    connect(&m_scrollTimer, &QTimer::timeout, this, [this, scrollBar] {
        m_scrollTimer.stop();
        if (m_followNewest)
            scrollBar->setValue(scrollBar->maximum());
    });
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
    log(tr("The broker confirmed the commit (everything before each position is done): %1.")
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
