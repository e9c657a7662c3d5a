// The group inside the window as a user drives it, on the offscreen platform, against each real
// broker: Consumer → Add a consumer is refused in plain words without a group; with one, the
// new member gets a tab and a partition, the group view lists both consumers in one
// generation, Space in the member's table acks its row (and its journey shows the member's
// ack, commit sent and commit confirmed, in order), Crash hands its other messages to the
// window's consumer as Redelivered after the session timeout (a second journey of each offset,
// the first fetched by member 2), and closing the window with members running stops every one
// of them.
#include "consumerthread.h"
#include "groupmember.h"
#include "grouppanel.h"
#include "journeychecks.h"
#include "journeypanel.h"
#include "journeytracker.h"
#include "kafkasession.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "testcluster.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestGroupGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void addingAConsumerWithoutAGroupSaysWhy();
    void aMemberSplitsTheTopicAndItsCrashHandsItsMessagesOver();
    void closingTheWindowStopsEveryMember();

private:
    static QAction *consumerAction(const MainWindow &window, const QString &name);
    // A 2-partition topic of its own, with the shortest session timeout the brokers allow.
    static ConnectionConfig groupConfig(const QString &prefix);
    static bool waitConsuming(MainWindow &window);
    QTemporaryDir m_settings;
};

namespace {
constexpr int SessionTimeoutMs = 6000;
constexpr int RebalanceWaitMs = 30000;

QStringList column(const QTreeWidget *view, int col)
{
    QStringList texts;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        texts << view->topLevelItem(i)->text(col);
    return texts;
}
} // namespace

void TestGroupGui::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    if (TestCluster::brokers().isEmpty())
        QSKIP("needs a real broker: run through ctest");
}

void TestGroupGui::init()
{
    QSettings().clear();
}

QAction *TestGroupGui::consumerAction(const MainWindow &window, const QString &name)
{
    const auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("consumerMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

ConnectionConfig TestGroupGui::groupConfig(const QString &prefix)
{
    QString error;
    ConnectionConfig config = TestCluster::newTopic(prefix, 2, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    config.properties.append(
        {QStringLiteral("session.timeout.ms"), QString::number(SessionTimeoutMs)});
    config.properties.append({QStringLiteral("heartbeat.interval.ms"), QStringLiteral("500")});
    return config;
}

bool TestGroupGui::waitConsuming(MainWindow &window)
{
    window.connectToCluster();
    return WindowTestSetup::waitConsuming(window.session());
}

void TestGroupGui::addingAConsumerWithoutAGroupSaysWhy()
{
    MainWindow window(groupConfig(QStringLiteral("guirefuse")));
    window.show();
    auto *panel = window.findChild<GroupPanel *>(QStringLiteral("groupPanel"));
    QVERIFY(panel);
    QAction *add = consumerAction(window, QStringLiteral("addConsumerAction"));
    QVERIFY(add);
    QSignalSpy errors(panel, &GroupPanel::errorOccurred);
    add->trigger(); // not connected yet
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("Not connected")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(panel->members().isEmpty());
    QVERIFY(!consumerAction(window, QStringLiteral("crashMemberAction"))->isEnabled());
    QVERIFY(!consumerAction(window, QStringLiteral("leaveMemberAction"))->isEnabled());
}

void TestGroupGui::aMemberSplitsTheTopicAndItsCrashHandsItsMessagesOver()
{
    const ConnectionConfig config = groupConfig(QStringLiteral("guicrash"));
    MainWindow window(config);
    window.show();
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    auto *panel = window.findChild<GroupPanel *>(QStringLiteral("groupPanel"));
    auto *view = window.findChild<QTreeWidget *>(QStringLiteral("groupMembersView"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("groupMemberTabs"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    QVERIFY(panel && view && tabs && table);
    auto *messages = qobject_cast<MessageTableModel *>(table->model());
    QVERIFY(messages);
    QTRY_COMPARE_WITH_TIMEOUT(column(view, 1), QStringList{QStringLiteral("0, 1")},
                              RebalanceWaitMs);

    consumerAction(window, QStringLiteral("addConsumerAction"))->trigger();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Member 2"));
    QCOMPARE(column(view, 0),
             (QStringList{QStringLiteral("Member 1"), QStringLiteral("Member 2")}));
    // One partition each, in one generation.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList partitions = column(view, 1);
            const QStringList generations = column(view, 2);
            return partitions.size() == 2 && partitions.at(0).size() == 1 &&
                   partitions.at(1).size() == 1 && partitions.at(0) != partitions.at(1) &&
                   generations.at(0) == generations.at(1);
        }(),
        RebalanceWaitMs);
    const qint32 mine = column(view, 1).at(1).toInt();

    constexpr int Count = 4;
    QCOMPARE(TestCluster::produce(config, Count, mine).size(), Count);
    auto *memberTable = tabs->widget(0)->findChild<QTableView *>(QStringLiteral("groupMemberView"));
    QVERIFY(memberTable);
    MessageTableModel *memberMessages = panel->members().constFirst()->messages();
    QTRY_COMPARE_WITH_TIMEOUT(memberMessages->rowCount(), Count, 20000);
    QCOMPARE(messages->rowCount(), 0); // the window's consumer holds the other partition
    // Space acks the selected row of the member's own table; the broker confirms its commit.
    memberTable->setFocus();
    memberTable->selectRow(0);
    QTest::keyClick(memberTable, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(memberMessages->state(0), MessageTableModel::State::Committed, 20000);
    // The member's steps are in the window's journeys, tagged with it: fetched, shown, acked,
    // commit sent and commit confirmed, in that order, none before the step before.
    const auto *tracker = window.findChild<JourneyTracker *>();
    QVERIFY(tracker);
    const QString topic = session->watchedTopic();
    const qint64 acked = memberMessages->offsetAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->journeys(topic, mine, acked)
                                 .value(0)
                                 .reached(JourneyTracker::Step::CommitConfirmed),
                             20000);
    const QList<JourneyTracker::Journey> ackedJourneys = tracker->journeys(topic, mine, acked);
    QCOMPARE(ackedJourneys.size(), 1);
    const JourneyTracker::Journey &journey = ackedJourneys.constFirst();
    QCOMPARE(journey.consumer, panel->members().constFirst()->number());
    QCOMPARE(journey.consumer, 2);
    QCOMPARE(journey.delivery, 1);
    QCOMPARE(journey.commitPosition, acked + 1);
    using Step = JourneyTracker::Step;
    for (Step step :
         {Step::Fetched, Step::Shown, Step::Acked, Step::CommitSent, Step::CommitConfirmed})
        QVERIFY2(journey.at(step) >= 0, qPrintable(JourneyPanel::stepName(step, journey)));
    QVERIFY(journey.at(Step::Acked) <= journey.at(Step::CommitSent));
    QVERIFY(journey.at(Step::CommitSent) <= journey.at(Step::CommitConfirmed));
    QString why;
    QVERIFY2(JourneyChecks::inOrder(journey, &why), qPrintable(why));
    const QList<Step> listed = journey.steps();
    QVERIFY(listed.indexOf(Step::Acked) < listed.indexOf(Step::CommitSent));
    QVERIFY(listed.indexOf(Step::CommitSent) < listed.indexOf(Step::CommitConfirmed));
    // Its row made current in the member's table, the journey panel shows that journey.
    auto *journeyDock = window.findChild<QDockWidget *>(QStringLiteral("journeyDock"));
    auto *journeyPanel = window.findChild<JourneyPanel *>(QStringLiteral("journeyPanel"));
    QVERIFY(journeyDock && journeyPanel);
    journeyDock->show();
    journeyDock->raise();
    memberTable->setCurrentIndex(memberTable->model()->index(1, MessageTableModel::ValueColumn));
    memberTable->setCurrentIndex(memberTable->model()->index(0, MessageTableModel::ValueColumn));
    QTRY_COMPARE(journeyPanel->shownJourneys().size(), 1);
    QCOMPARE(journeyPanel->shownJourneys().constFirst().offset, acked);
    QCOMPARE(journeyPanel->shownJourneys().constFirst().consumer, 2);
    const QString shown = journeyPanel->plainText();
    qsizetype at = shown.indexOf(QStringLiteral("Fetched by member 2"));
    QVERIFY2(at >= 0, qPrintable(shown));
    for (Step step : {Step::Acked, Step::CommitSent, Step::CommitConfirmed}) {
        const qsizetype found = shown.indexOf(JourneyPanel::stepName(step, journey), at);
        QVERIFY2(found > at, qPrintable(JourneyPanel::stepName(step, journey)));
        at = found;
    }
    QVERIFY(!shown.contains(QStringLiteral("waiting")));
    // The others were fetched and shown by the member, and wait for its ack.
    for (int row = 1; row < Count; ++row) {
        const JourneyTracker::Journey waiting =
            tracker->journeys(topic, mine, memberMessages->offsetAt(row)).value(0);
        QCOMPARE(waiting.consumer, 2);
        QVERIFY(waiting.reached(Step::Shown));
        QVERIFY(!waiting.reached(Step::Acked));
    }

    QAction *crash = consumerAction(window, QStringLiteral("crashMemberAction"));
    QVERIFY(crash->isEnabled());
    QVERIFY2(crash->toolTip().contains(QStringLiteral("6 s")), qPrintable(crash->toolTip()));
    crash->trigger();
    QVERIFY(!crash->isEnabled());
    QCOMPARE(column(view, 3).at(1), QStringLiteral("Crashed, still a member"));
    // After the session timeout the window's consumer reads the three messages not acked, as
    // redelivered: this window saw them before.
    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), Count - 1, SessionTimeoutMs + RebalanceWaitMs);
    for (int row = 0; row < messages->rowCount(); ++row) {
        QCOMPARE(messages->partitionAt(row), mine);
        QVERIFY(messages->offsetAt(row) >= 1);
        QCOMPARE(messages->state(row), MessageTableModel::State::Redelivered);
    }
    // Each came back as a second journey of its offset, the first one the member's; the acked
    // one did not come back. The journey panel lists both for the window's row.
    QCOMPARE(tracker->journeys(topic, mine, acked).size(), 1);
    for (int row = 0; row < messages->rowCount(); ++row) {
        const QList<JourneyTracker::Journey> again =
            tracker->journeys(topic, mine, messages->offsetAt(row));
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].consumer, 2);
        QVERIFY(again[0].superseded);
        QVERIFY(!again[0].reached(Step::Acked));
        QCOMPARE(again[1].consumer, JourneyTracker::MainConsumer);
        QCOMPARE(again[1].delivery, 2);
        QVERIFY(again[1].at(Step::Fetched) >= again[0].at(Step::Shown));
        QVERIFY2(JourneyChecks::inOrder(again[1], &why), qPrintable(why));
    }
    table->setCurrentIndex(table->model()->index(0, MessageTableModel::ValueColumn));
    QTRY_COMPARE(journeyPanel->shownJourneys().size(), 2);
    const QString text = journeyPanel->plainText();
    const qsizetype byMember = text.indexOf(QStringLiteral("Fetched by member 2"));
    QVERIFY2(byMember >= 0, qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Fetched by the consumer"), byMember) > byMember);
    QTRY_COMPARE(column(view, 3).at(1), QStringLiteral("Crashed, removed"));
    QVERIFY(session->groupMembers().isEmpty());
}

void TestGroupGui::closingTheWindowStopsEveryMember()
{
    auto window = std::make_unique<MainWindow>(groupConfig(QStringLiteral("guiclose")));
    window->show();
    QVERIFY(waitConsuming(*window));
    KafkaSession *session = window->session();
    QAction *add = consumerAction(*window, QStringLiteral("addConsumerAction"));
    add->trigger();
    add->trigger();
    const QList<ConsumerThread *> members = session->groupMembers();
    QCOMPARE(members.size(), 2);
    // A third extra consumer is refused, in plain words.
    auto *panel = window->findChild<GroupPanel *>(QStringLiteral("groupPanel"));
    QSignalSpy errors(panel, &GroupPanel::errorOccurred);
    add->trigger();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(panel->members().size(), 2);
    QSignalSpy firstStopped(members.at(0), &ConsumerThread::stopped);
    QSignalSpy secondStopped(members.at(1), &ConsumerThread::stopped);
    QTRY_VERIFY_WITH_TIMEOUT(session->closingConsumers() == 3, 10000);

    window->close();
    // The window waits for every consumer to commit and close, then goes.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 20000);
    QCOMPARE(session->closingConsumers(), 0);
    QTRY_COMPARE(firstStopped.size(), 1);
    QTRY_COMPARE(secondStopped.size(), 1);
}

QTEST_MAIN(TestGroupGui)
#include "tst_groupgui.moc"
