#include "topicspanel.h"
#include "ui_topicspanel.h"

#include "actionbutton.h"
#include "createtopicdialog.h"
#include "kafkasession.h"
#include "sandboxbroker.h"
#include "sandboxbrokersview.h"
#include "topiclistmodel.h"
#include "topicoffsetsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QUrl>

TopicsPanel::TopicsPanel(KafkaSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TopicsPanel>())
    , m_session(session)
    , m_topics(new TopicListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_refreshAction(new QAction(this))
    , m_createTopicAction(new QAction(this))
    , m_topicOffsetsAction(new QAction(this))
    , m_sandboxBrokers(new SandboxBrokersView(session, this))
{
    m_ui->setupUi(this);
    m_ui->topicsLayout->addWidget(m_sandboxBrokers);
    m_filter->setSourceModel(m_topics);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(TopicListModel::NameColumn);
    m_ui->topicView->setModel(m_filter);
    // The name takes the width; the partition count keeps what its header needs.
    QHeaderView *header = m_ui->topicView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopicListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TopicListModel::PartitionsColumn, QHeaderView::ResizeToContents);
    connect(m_ui->topicFilterEdit, &QLineEdit::textChanged, this, &TopicsPanel::applyFilter);
    connect(m_ui->topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicsPanel::onTopicSelected);

    m_refreshAction->setObjectName(QStringLiteral("refreshTopicsAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, m_session, &KafkaSession::refreshTopics);
    m_createTopicAction->setObjectName(QStringLiteral("createTopicAction"));
    connect(m_createTopicAction, &QAction::triggered, this, &TopicsPanel::createTopic);
    ActionButton::bind(m_ui->refreshTopicsButton, m_refreshAction);
    ActionButton::bind(m_ui->createTopicButton, m_createTopicAction);
    m_topicOffsetsAction->setObjectName(QStringLiteral("topicOffsetsAction"));
    connect(m_topicOffsetsAction, &QAction::triggered, this, &TopicsPanel::showTopicOffsets);
    addActions({m_refreshAction, m_createTopicAction, m_topicOffsetsAction});

    connect(m_session, &KafkaSession::stateChanged, this, &TopicsPanel::onStateChanged);
    connect(m_session, &KafkaSession::topicsChanged, this, &TopicsPanel::onTopicsChanged);
    connect(m_session, &KafkaSession::watchedTopicChanged, this,
            &TopicsPanel::onWatchedTopicChanged);
    connect(m_session, &KafkaSession::topicCreated, this, &TopicsPanel::onTopicCreated);
    m_topics->setTopics(m_session->topics());
    onWatchedTopicChanged(m_session->watchedTopic());
    retranslate();
}

TopicsPanel::~TopicsPanel() = default;

void TopicsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void TopicsPanel::retranslate()
{
    m_refreshAction->setText(tr("&Refresh topics"));
    m_refreshAction->setToolTip(tr("Ask the cluster for its topics again"));
    m_refreshAction->setStatusTip(m_refreshAction->toolTip());
    m_createTopicAction->setText(tr("&Create topic…"));
    m_createTopicAction->setToolTip(tr("Create a topic and watch it"));
    m_createTopicAction->setStatusTip(
        tr("Create a topic with the partitions and replicas you choose, and watch it"));
    m_topicOffsetsAction->setText(tr("Partition &offsets…"));
    m_topicOffsetsAction->setToolTip(
        tr("The watched topic's partitions: oldest and next offsets, newest messages"));
    m_topicOffsetsAction->setStatusTip(m_topicOffsetsAction->toolTip());
    updateActions(); // the hint line
}

QString TopicsPanel::lastTopicKey(const QString &cluster)
{
    // "a:1, b:2" and "a:1,b:2" are one cluster; a '/' would open a settings group.
    QStringList servers = cluster.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &server : servers)
        server = server.trimmed();
    return QStringLiteral("topics/last/") +
           QString::fromLatin1(QUrl::toPercentEncoding(servers.join(QLatin1Char(',')), ":,"));
}

QString TopicsPanel::currentCluster() const
{
    return m_session->isSandbox() ? QStringLiteral("sandbox")
                                  : m_session->effectiveConfig().effectiveBootstrapServers();
}

void TopicsPanel::updateActions()
{
    const bool connected = m_session->state() == KafkaSession::State::Connected;
    m_refreshAction->setEnabled(connected);
    m_createTopicAction->setEnabled(connected);
    m_topicOffsetsAction->setEnabled(connected && !m_session->watchedTopic().isEmpty());
    QString hint;
    if (!connected)
        hint = tr("Connect to see the topics.");
    else if (m_session->watchedTopic().isEmpty())
        hint = tr("Choose a topic to read it and send to it.");
    m_ui->topicsHintLabel->setText(hint);
    m_ui->topicsHintLabel->setVisible(!hint.isEmpty());
}

void TopicsPanel::onStateChanged()
{
    switch (m_session->state()) {
    case KafkaSession::State::Connecting:
        m_restorePending = true;
        break;
    case KafkaSession::State::Connected:
        // The session watches its first topic right after saying it is connected.
        QMetaObject::invokeMethod(this, &TopicsPanel::restoreTopic, Qt::QueuedConnection);
        break;
    case KafkaSession::State::Disconnected:
    case KafkaSession::State::Failed:
        m_restorePending = false;
        break;
    }
    updateActions();
}

void TopicsPanel::applyFilter(const QString &text)
{
    {
        // Filtering the watched topic out of sight moves the current row: that is no choice.
        const QSignalBlocker blocker(m_ui->topicView->selectionModel());
        m_filter->setFilterFixedString(text);
    }
    onWatchedTopicChanged(m_session->watchedTopic());
}

void TopicsPanel::onTopicsChanged()
{
    {
        // A new list is no choice of the user's either.
        const QSignalBlocker blocker(m_ui->topicView->selectionModel());
        m_topics->setTopics(m_session->topics());
    }
    onWatchedTopicChanged(m_session->watchedTopic());
    if (m_restorePending)
        QMetaObject::invokeMethod(this, &TopicsPanel::restoreTopic, Qt::QueuedConnection);
}

void TopicsPanel::restoreTopic()
{
    if (!m_restorePending || m_session->state() != KafkaSession::State::Connected)
        return;
    if (!m_session->watchedTopic().isEmpty()) {
        m_restorePending = false; // one was given (flags, environment, the Sandbox's demo)
        return;
    }
    const QString topic = QSettings().value(lastTopicKey(currentCluster())).toString();
    if (topic.isEmpty()) {
        m_restorePending = false;
        return;
    }
    if (m_topics->rowOf(topic) < 0)
        return; // not listed (yet): a refresh may bring it
    m_restorePending = false;
    emit logLine(
        tr("Watching \"%1\" again: the topic chosen last time on this cluster.").arg(topic));
    m_session->watchTopic(topic);
}

void TopicsPanel::onWatchedTopicChanged(const QString &topic)
{
    const QModelIndex index = m_filter->mapFromSource(m_topics->index(m_topics->rowOf(topic), 0));
    QItemSelectionModel *selection = m_ui->topicView->selectionModel();
    if (index.isValid() && selection->currentIndex() != index) {
        // Showing the watched topic is not choosing it again.
        const QSignalBlocker blocker(selection);
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->topicView->scrollTo(index);
        m_ui->topicView->viewport()->update();
    } else if (!index.isValid()) {
        // Not listed, filtered out or none: no other row may look watched.
        const QSignalBlocker blocker(selection);
        selection->clear();
    }
    updateActions();
}

void TopicsPanel::onTopicSelected()
{
    const QString topic = m_topics->topicAt(
        m_filter->mapToSource(m_ui->topicView->selectionModel()->currentIndex()).row());
    if (topic.isEmpty() || topic == m_session->watchedTopic())
        return;
    m_restorePending = false;
    rememberTopic(topic);
    m_session->watchTopic(topic);
}

void TopicsPanel::rememberTopic(const QString &topic)
{
    if (m_session->state() == KafkaSession::State::Connected)
        QSettings().setValue(lastTopicKey(currentCluster()), topic);
}

void TopicsPanel::createTopic()
{
    if (!m_createTopicAction->isEnabled())
        return;
    // Window-modal without a nested event loop: topics and messages keep arriving meanwhile.
    auto *dialog =
        new CreateTopicDialog(m_session->sandbox() ? m_session->sandbox()->brokerCount() : 0, this);
    dialog->setObjectName(QStringLiteral("createTopicDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const TopicInfo &topic : m_session->topics())
        names << topic.name;
    dialog->setExistingTopics(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit logLine(
            tr("Creating topic \"%1\" with %n partition(s)…", nullptr, dialog->partitions())
                .arg(dialog->name()));
        m_session->createTopic(dialog->name(), dialog->partitions(), dialog->replicationFactor());
    });
    dialog->open();
}

void TopicsPanel::showTopicOffsets()
{
    if (!m_topicOffsetsAction->isEnabled())
        return;
    // Modeless: the offsets can be compared with the messages as they arrive.
    auto *dialog =
        new TopicOffsetsDialog(m_session->effectiveConfig(), m_session->watchedTopic(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TopicsPanel::onTopicCreated(const QString &name, const QString &error)
{
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return;
    }
    // A failed create before this one no longer matters.
    emit errorCleared();
    emit logLine(tr("Topic \"%1\" created.").arg(name));
    m_restorePending = false;
    rememberTopic(name);
    m_session->watchTopic(name);
}
