#include "grouppanel.h"

#include "actionbutton.h"
#include "consumerthread.h"
#include "groupmember.h"
#include "kafkaconf.h"
#include "kafkasession.h"
#include "messagetablemodel.h"
#include "messagetableview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <librdkafka/rdkafkacpp.h>

namespace {
// librdkafka's session.timeout.ms when the configuration does not set it.
constexpr int DefaultSessionTimeoutMs = 45000;
constexpr int MemberProperty = Qt::UserRole;

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// A member page's title: a bar and the name in the member's colour.
QString titleStyle(const QColor &colour)
{
    return QStringLiteral("QLabel { border-left: 8px solid %1; padding-left: 6px; "
                          "font-weight: bold; color: %1; }")
        .arg(colour.name());
}

QString partitionNames(const QList<qint32> &partitions)
{
    QStringList names;
    for (qint32 p : partitions)
        names << QString::number(p);
    return names.join(QStringLiteral(", "));
}
} // namespace

GroupPanel::GroupPanel(KafkaSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_addAction(new QAction(this))
    , m_leaveAction(new QAction(this))
    , m_crashAction(new QAction(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
{
    m_addAction->setObjectName(QStringLiteral("addConsumerAction"));
    m_leaveAction->setObjectName(QStringLiteral("leaveMemberAction"));
    m_crashAction->setObjectName(QStringLiteral("crashMemberAction"));
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("groupMembersView"));
    m_view->setRootIsDecorated(false);
    m_view->setColumnCount(4);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Room for the header and three consumers: the member tables below get the rest.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setSectionResizeMode(3, QHeaderView::Stretch); // the state, elided
    m_view->setFixedHeight(m_view->header()->sizeHint().height() +
                           KafkaSession::MaxGroupMembers * (fontMetrics().height() + 10) +
                           2 * m_view->frameWidth());
    m_tabs->setObjectName(QStringLiteral("groupMemberTabs"));
    m_tabs->setTabsClosable(true);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_addAction, m_leaveAction, m_crashAction}) {
        auto *button = new QPushButton(this);
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        ActionButton::bind(button, action);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 3);

    connect(m_addAction, &QAction::triggered, this, &GroupPanel::addConsumer);
    connect(m_leaveAction, &QAction::triggered, this, [this] {
        if (GroupMember *member = currentMember())
            member->leave();
    });
    connect(m_crashAction, &QAction::triggered, this, [this] {
        if (GroupMember *member = currentMember())
            member->crash(sessionTimeoutMs());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &GroupPanel::updateActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &GroupPanel::removeMember);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        auto *member = item ? item->data(0, MemberProperty).value<GroupMember *>() : nullptr;
        const int tab = members().indexOf(member);
        if (tab >= 0)
            m_tabs->setCurrentIndex(tab);
    });

    connect(session, &KafkaSession::partitionsAssigned, this,
            [this](const QList<qint32> &partitions, int generation) {
                for (qint32 p : partitions) {
                    if (!m_mainPartitions.contains(p))
                        m_mainPartitions.append(p);
                }
                std::sort(m_mainPartitions.begin(), m_mainPartitions.end());
                m_mainGeneration = generation;
                noteGeneration(generation);
                updateView();
            });
    connect(session, &KafkaSession::partitionsRevoked, this,
            [this](const QList<qint32> &partitions, int generation) {
                for (qint32 p : partitions)
                    m_mainPartitions.removeAll(p);
                m_mainGeneration = std::max(m_mainGeneration, generation);
                updateView();
            });
    const auto reset = [this] {
        m_mainPartitions.clear();
        updateView();
    };
    connect(session, &KafkaSession::consumerStarted, this, reset);
    connect(session, &KafkaSession::consumerStopped, this, reset);
    connect(session, &KafkaSession::stateChanged, this, reset);
    connect(session, &KafkaSession::watchedTopicChanged, this, reset);
    retranslate();
    updateView();
}

GroupPanel::~GroupPanel() = default;

QList<GroupMember *> GroupPanel::members() const
{
    QList<GroupMember *> list;
    for (int i = 0; i < m_tabs->count(); ++i)
        list.append(m_tabs->widget(i)->property("groupMember").value<GroupMember *>());
    return list;
}

GroupMember *GroupPanel::currentMember() const
{
    const int tab = m_tabs->currentIndex();
    return tab >= 0 ? members().value(tab) : nullptr;
}

int GroupPanel::sessionTimeoutMs() const
{
    QString error;
    const std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(m_session->memberConfig(), KafkaConf::Role::Consumer, &error);
    std::string value;
    if (!conf || conf->get("session.timeout.ms", value) != RdKafka::Conf::CONF_OK)
        return DefaultSessionTimeoutMs;
    bool ok = false;
    const int ms = QString::fromStdString(value).toInt(&ok);
    return ok && ms > 0 ? ms : DefaultSessionTimeoutMs;
}

void GroupPanel::addConsumer()
{
    // The first place (2, 3, ...) no running member holds; an ended member there gives way.
    const QList<GroupMember *> current = members();
    int number = 2;
    for (; number <= KafkaSession::MaxGroupMembers; ++number) {
        const bool taken = std::any_of(current.cbegin(), current.cend(), [number](auto *m) {
            return m->number() == number && m->isActive();
        });
        if (!taken)
            break;
    }
    QString error;
    ConsumerThread *thread =
        number <= KafkaSession::MaxGroupMembers ? m_session->addGroupMember(&error) : nullptr;
    if (!thread) {
        if (error.isEmpty())
            error = tr("This window runs at most %1 consumers of the group: let a member leave "
                       "first.")
                        .arg(KafkaSession::MaxGroupMembers);
        emit errorOccurred(error);
        return;
    }
    for (int i = 0; i < current.size(); ++i) {
        if (current.at(i)->number() == number) {
            removeMember(i);
            break;
        }
    }
    auto *member = new GroupMember(m_session, thread, number, this);
    member->feedJourneys(m_journeys);
    connect(member, &GroupMember::logLine, this, &GroupPanel::logLine);
    connect(member, &GroupMember::errorOccurred, this, &GroupPanel::errorOccurred);
    connect(member, &GroupMember::changed, this, [this, member] {
        noteGeneration(member->generation());
        updateView();
    });
    // Tabs stay in member order.
    const QList<GroupMember *> shown = members();
    const int at = int(std::count_if(shown.cbegin(), shown.cend(),
                                     [number](auto *m) { return m->number() < number; }));
    m_tabs->insertTab(at, createPage(member), swatch(GroupMember::colour(number, palette())),
                      member->name());
    m_tabs->setCurrentIndex(at);
    updateView();
}

QWidget *GroupPanel::createPage(GroupMember *member)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("groupMemberPage%1").arg(member->number()));
    page->setProperty("groupMember", QVariant::fromValue(member));
    auto *title = new QLabel(page);
    title->setObjectName(QStringLiteral("groupMemberTitle"));
    title->setStyleSheet(titleStyle(GroupMember::colour(member->number(), palette())));
    title->setWordWrap(true);
    auto *view = new MessageTableView(page);
    view->setObjectName(QStringLiteral("groupMemberView"));
    view->setMessageModel(member->messages());
    // The dock is narrow beside the messages: Ack next to the state, no time or headers.
    view->horizontalHeader()->moveSection(MessageTableModel::AckColumn, 1);
    view->hideColumn(MessageTableModel::TimestampColumn);
    view->hideColumn(MessageTableModel::HeadersColumn);
    auto *ack = new QAction(view);
    ack->setObjectName(QStringLiteral("groupMemberAckAction"));
    ack->setShortcut(QKeySequence(Qt::Key_Space));
    ack->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(ack);
    const auto selected = [view] {
        QList<int> rows;
        for (const QModelIndex &index : view->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    };
    connect(ack, &QAction::triggered, member, [member, selected] { member->ackRows(selected()); });
    connect(view, &MessageTableView::ackRequested, member,
            [member](const QModelIndex &index) { member->ackRows({index.row()}); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, member](const QModelIndex &current) {
                const MessageTableModel *messages = member->messages();
                const int row = current.row();
                if (current.isValid() && row < messages->rowCount())
                    emit messageChosen(m_session->watchedTopic(), messages->partitionAt(row),
                                       messages->offsetAt(row));
            });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    retranslatePage(page, member);
    return page;
}

void GroupPanel::retranslatePage(QWidget *page, const GroupMember *member)
{
    if (auto *title = page->findChild<QLabel *>(QStringLiteral("groupMemberTitle"))) {
        title->setText(
            tr("%1, in group \"%2\"").arg(member->name(), m_session->effectiveConfig().groupId));
        title->setToolTip(
            tr("Its own consumer, with its own table: Ack here commits for this member"));
    }
    if (auto *ack = page->findChild<QAction *>(QStringLiteral("groupMemberAckAction")))
        ack->setText(tr("&Ack selected"));
}

void GroupPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QList<GroupMember *> list = members();
        for (int i = 0; i < m_tabs->count() && i < list.size(); ++i) {
            m_tabs->setTabText(i, list.at(i)->name());
            retranslatePage(m_tabs->widget(i), list.at(i));
        }
        updateView();
    }
    if (event->type() == QEvent::PaletteChange) {
        // The members' colours follow the palette and the colour scheme (presenter mode).
        const QList<GroupMember *> list = members();
        for (int i = 0; i < m_tabs->count() && i < list.size(); ++i) {
            const QColor colour = GroupMember::colour(list.at(i)->number(), palette());
            m_tabs->setTabIcon(i, swatch(colour));
            if (auto *title =
                    m_tabs->widget(i)->findChild<QLabel *>(QStringLiteral("groupMemberTitle")))
                title->setStyleSheet(titleStyle(colour));
        }
        updateView();
    }
    QWidget::changeEvent(event);
}

void GroupPanel::retranslate()
{
    m_addAction->setText(tr("A&dd a consumer"));
    m_addAction->setToolTip(
        tr("Start another consumer in the same group, on the same topic, in this window: the "
           "group rebalances and the partitions are shared out again (at most %1 consumers)")
            .arg(KafkaSession::MaxGroupMembers));
    m_leaveAction->setText(tr("&Leave cleanly"));
    m_crashAction->setText(tr("Cras&h"));
    m_summary->setToolTip(tr("Each rebalance starts a new generation of the group. With the "
                             "classic protocol the group's leader member computes who gets "
                             "which partition, and the coordinator passes it on. With Kafka 4's "
                             "consumer protocol (KIP-848) the broker computes it and tells each "
                             "member its own changes in heartbeats, partition by partition: "
                             "nobody else stops, and the number shown is the member epoch."));
    m_view->setHeaderLabels({tr("Consumer"), tr("Partitions"), tr("Generation"), tr("State")});
    m_view->setToolTip(tr("Every consumer of this window in the group: the partitions it holds "
                          "and the generation (the group's rebalance count) it last heard"));
}

void GroupPanel::removeMember(int tab)
{
    GroupMember *member = members().value(tab);
    // A running member leaves first: its tab goes once it has.
    if (!member || member->isActive() || member->state() == GroupMember::State::Leaving)
        return;
    QWidget *page = m_tabs->widget(tab);
    m_tabs->removeTab(tab);
    page->deleteLater();
    member->deleteLater();
    updateView();
}

void GroupPanel::noteGeneration(int generation)
{
    for (GroupMember *member : members())
        member->groupMovedOn(generation);
}

void GroupPanel::updateView()
{
    const QString group = m_session->effectiveConfig().groupId;
    const bool grouped = m_session->isConsuming() &&
                         m_session->consumerOptions().mode == ConsumerOptions::Mode::Group &&
                         !m_session->isFindingKey();
    int generation = grouped ? m_mainGeneration : -1;
    const QList<GroupMember *> list = members();
    for (const GroupMember *member : list) {
        if (member->isActive())
            generation = std::max(generation, member->generation());
    }
    const bool consumerProtocol =
        m_session->effectiveConfig().groupProtocol == ConnectionConfig::GroupProtocol::Consumer;
    if (!grouped)
        m_summary->setText(tr("No consumer group runs in this window: connect, choose a topic and "
                              "read in Group mode, then add consumers to see a rebalance."));
    else if (consumerProtocol)
        m_summary->setText(
            tr("Group \"%1\" on \"%2\" with Kafka 4's consumer protocol, member epoch %3: the "
               "broker moves partitions one at a time and the other members keep consuming. "
               "Member 1 is the Messages panel's consumer.")
                .arg(group, m_session->watchedTopic(),
                     generation >= 0 ? QString::number(generation) : tr("(joining)")));
    else
        m_summary->setText(
            tr("Group \"%1\" on \"%2\", generation %3. Member 1 is the Messages panel's "
               "consumer.")
                .arg(group, m_session->watchedTopic(),
                     generation >= 0 ? QString::number(generation) : tr("(joining)")));

    m_view->clear();
    auto *main = new QTreeWidgetItem(m_view);
    main->setIcon(0, swatch(GroupMember::colour(1, palette())));
    main->setText(0, GroupMember::nameOf(1));
    main->setToolTip(0, tr("The window's own consumer: its messages are in the Messages panel"));
    main->setForeground(0, GroupMember::colour(1, palette()));
    main->setText(1, grouped ? partitionNames(m_mainPartitions) : QString());
    main->setText(2,
                  grouped && m_mainGeneration >= 0 ? QString::number(m_mainGeneration) : QString());
    main->setText(3, grouped ? tr("Running") : tr("Not in a group"));
    for (GroupMember *member : list) {
        auto *item = new QTreeWidgetItem(m_view);
        const QColor colour = GroupMember::colour(member->number(), palette());
        item->setIcon(0, swatch(colour));
        item->setText(0, member->name());
        item->setForeground(0, colour);
        item->setData(0, MemberProperty, QVariant::fromValue(member));
        item->setText(1, partitionNames(member->partitions()));
        item->setText(2, member->generation() >= 0 ? QString::number(member->generation())
                                                   : QString());
        item->setText(3, member->stateText());
        item->setToolTip(3, member->stateExplanation());
        if (member == currentMember())
            m_view->setCurrentItem(item);
    }
    updateActions();
}

void GroupPanel::updateActions()
{
    GroupMember *member = currentMember();
    const bool active = member && member->isActive();
    m_leaveAction->setEnabled(active);
    m_crashAction->setEnabled(active);
    const QString timeout = QLocale().toString(sessionTimeoutMs() / 1000.0, 'g', 3);
    if (m_session->effectiveConfig().groupProtocol == ConnectionConfig::GroupProtocol::Consumer) {
        // KIP-848: the broker decides the session and moves partitions one at a time.
        m_leaveAction->setToolTip(
            tr("The member in the current tab commits what it acknowledged and leaves the "
               "group: the broker hands its partitions to the other members one by one while "
               "they keep consuming theirs, and only its unacknowledged messages go to another "
               "member"));
        m_crashAction->setToolTip(
            tr("The member in the current tab stops as if its process crashed: nothing is "
               "committed and it does not leave the group. With the consumer protocol the broker "
               "moves its partitions after the broker's session timeout "
               "(group.consumer.session.timeout.ms, 45 s unless the broker sets another), one "
               "by one, and everything it had not committed goes to another member as "
               "Redelivered"));
    } else {
        m_leaveAction->setToolTip(
            tr("The member in the current tab commits what it acknowledged and leaves the group: "
               "the group rebalances within moments, and only its unacknowledged messages go to "
               "another member"));
        m_crashAction->setToolTip(
            tr("The member in the current tab stops as if its process crashed: nothing is "
               "committed and it does not leave the group. Its partitions move only after the "
               "session timeout (%1 s here), and everything it had not committed goes to another "
               "member as Redelivered")
                .arg(timeout));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const GroupMember *m = members().value(i);
        m_tabs->setTabToolTip(i, m ? m->stateExplanation() : QString());
    }
}
