// GroupPanel: the consumer group inside the window, for showing a rebalance on purpose. "Add a
// consumer" starts another member of the window consumer's group on the same topic (up to
// KafkaSession::MaxGroupMembers in all); the list shows every consumer of this window, the
// window's own first, with its colour, name, partitions and the group generation it last
// heard, updated as rebalances happen; each extra member has a tab with its own message table
// (Ack works there as in the messages panel). A member can leave cleanly or crash. One panel
// rather than a dock per member: the whole group is in one place, and a tab per member keeps
// the window's layout fixed however many members come and go.
#pragma once

#include <QWidget>

class GroupMember;
class JourneyTracker;
class KafkaSession;
class MessageTableView;
class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;

class GroupPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GroupPanel(KafkaSession *session, QWidget *parent = nullptr);
    ~GroupPanel() override;

    QAction *addConsumerAction() const { return m_addAction; }
    QAction *leaveAction() const { return m_leaveAction; }
    QAction *crashAction() const { return m_crashAction; }
    // The extra members shown, running or ended, in tab order.
    QList<GroupMember *> members() const;
    // The member whose tab is current, or nullptr.
    GroupMember *currentMember() const;
    // The session.timeout.ms the members run with (librdkafka's default unless set).
    int sessionTimeoutMs() const;
    // Members added from now on record their messages' journeys there (GroupMember::feedJourneys).
    void setJourneys(JourneyTracker *journeys) { m_journeys = journeys; }

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    // A row of a member's table became the current one (the journey panel shows its journey).
    void messageChosen(const QString &topic, qint32 partition, qint64 offset);

protected:
    // A language switched live: every text, the member pages' included, is set again.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // A member page's texts (its title and Ack command).
    void retranslatePage(QWidget *page, const GroupMember *member);
    void addConsumer();
    void updateView();
    void updateActions();
    // A page for member: a coloured title and its message table.
    QWidget *createPage(GroupMember *member);
    void removeMember(int tab);
    // A consumer of the window heard of generation (see GroupMember::groupMovedOn()).
    void noteGeneration(int generation);

    KafkaSession *m_session;
    QAction *m_addAction;
    QAction *m_leaveAction;
    QAction *m_crashAction;
    QLabel *m_summary;
    QTreeWidget *m_view;
    QTabWidget *m_tabs;
    JourneyTracker *m_journeys = nullptr;
    // The window's own consumer, as the session reports it.
    QList<qint32> m_mainPartitions;
    int m_mainGeneration = -1;
};
