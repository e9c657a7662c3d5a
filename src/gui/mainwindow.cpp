#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "messagetablemodel.h"
#include "topiclistmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>

MainWindow::MainWindow(const ConnectionConfig &initial, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_messages(new MessageTableModel(this))
    , m_topics(new TopicListModel(this))
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

    m_ui->messageView->setModel(m_messages);
    QHeaderView *header = m_ui->messageView->horizontalHeader();
    header->resizeSection(MessageTableModel::PartitionColumn, 80);
    header->resizeSection(MessageTableModel::OffsetColumn, 90);
    header->resizeSection(MessageTableModel::TimestampColumn, 190);
    header->resizeSection(MessageTableModel::KeyColumn, 140);
    m_ui->messageView->verticalHeader()->setDefaultSectionSize(
        m_ui->messageView->fontMetrics().height() + 6);
    QScrollBar *scrollBar = m_ui->messageView->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_followNewest = value >= scrollBar->maximum(); });
    m_scrollTimer.setInterval(100);
    connect(&m_scrollTimer, &QTimer::timeout, this, [this, scrollBar] {
        m_scrollTimer.stop();
        if (m_followNewest)
            scrollBar->setValue(scrollBar->maximum());
    });

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
    connect(&m_session, &KafkaSession::delivered, this, &MainWindow::onDelivered);
    connect(&m_session, &KafkaSession::errorOccurred, this, &MainWindow::showError);

    const QList<int> sideSizes{300, 880};
    m_ui->mainSplitter->setSizes(sideSizes);
    m_ui->workSplitter->setSizes({200, 420, 110});
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
    updateComposeEnabled();
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
    updateComposeEnabled();
}

void MainWindow::onTopicSelected()
{
    const QString topic =
        m_topics->topicAt(m_ui->topicView->selectionModel()->currentIndex().row());
    if (topic.isEmpty() || topic == m_session.watchedTopic())
        return;
    m_messages->clear();
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

void MainWindow::updateComposeEnabled()
{
    const bool ready =
        m_session.state() == KafkaSession::State::Connected && !m_session.watchedTopic().isEmpty();
    m_ui->sendButton->setEnabled(ready);
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
    const quint64 id = m_session.send(topic, key, value, -1, &error);
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
