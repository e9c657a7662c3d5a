// The three-broker Sandbox as a user finds it: the choice of 1 or 3 brokers in the connection
// panel, the Sandbox brokers submenu of the Topics menu with Stop/Start broker N (enabled only
// when they apply), and the line per broker under the topic list that shows who runs and who
// leads what. Runs on the sandbox only: stopping brokers is what it is there for.
#include "mainwindow.h"
#include "sandboxbroker.h"
#include "sandboxbrokersview.h"
#include "testcluster.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

class TestSandboxBrokersGui final : public QObject
{
    Q_OBJECT
private slots:
    void oneBrokerShowsNoBrokerCommands();
    void stopAndStartBrokersFromTheTopicsMenu();

private:
    static ConnectionConfig sandboxConfig()
    {
        ConnectionConfig config;
        config.groupId = TestCluster::uniqueName(QStringLiteral("brokersgui"));
        return config;
    }
    // The entries of the Topics menu's Sandbox brokers submenu, where a user looks.
    static QMenu *brokersMenu(MainWindow &window)
    {
        auto *topics = window.findChild<QMenu *>(QStringLiteral("topicsMenu"));
        for (QAction *action : topics ? topics->actions() : QList<QAction *>()) {
            if (action->menu() &&
                action->menu()->objectName() == QLatin1String("sandboxBrokersMenu"))
                return action->menu();
        }
        return nullptr;
    }
    static QString lineOf(MainWindow &window, int broker)
    {
        auto *line = window.findChild<QLabel *>(QStringLiteral("sandboxBroker%1Line").arg(broker));
        return line ? line->text() : QString();
    }
};

void TestSandboxBrokersGui::oneBrokerShowsNoBrokerCommands()
{
    MainWindow window(sandboxConfig());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("sandboxBrokersCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), 1); // the default stays one broker
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemData(1).toInt(), 3);
    window.connectToCluster();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), KafkaSession::State::Connected, 30000);
    QCOMPARE(window.session()->sandbox()->brokerCount(), 1);

    QMenu *menu = brokersMenu(window);
    QVERIFY(menu);
    QVERIFY(!menu->menuAction()->isVisible());
    auto *view = window.findChild<SandboxBrokersView *>(QStringLiteral("sandboxBrokersView"));
    QVERIFY(view);
    QVERIFY(!view->isVisible());
    for (int id = 1; id <= SandboxBroker::MaxBrokers; ++id) {
        QVERIFY(!view->stopAction(id)->isEnabled());
        QVERIFY(!view->startAction(id)->isEnabled());
    }
    // Choosing brokers instead of the Sandbox greys the broker count out.
    auto *brokersRadio = window.findChild<QWidget *>(QStringLiteral("brokersRadio"));
    QTest::mouseClick(brokersRadio, Qt::LeftButton, {}, QPoint(5, brokersRadio->height() / 2));
    QVERIFY(!combo->isEnabled());
}

void TestSandboxBrokersGui::stopAndStartBrokersFromTheTopicsMenu()
{
    MainWindow window(sandboxConfig());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("sandboxBrokersCombo"));
    QVERIFY(combo && combo->isEnabled());
    combo->setCurrentIndex(combo->findData(3));
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), KafkaSession::State::Connected, 30000);
    QCOMPARE(session->sandbox()->brokerCount(), 3);
    // Named by its first broker: three addresses would not fit the status bar.
    QCOMPARE(session->clusterLabel(),
             QStringLiteral("Sandbox (%1, …)")
                 .arg(session->effectiveConfig().bootstrapServers.section(u',', 0, 0)));

    QMenu *menu = brokersMenu(window);
    QVERIFY(menu);
    QVERIFY(menu->menuAction()->isVisible());
    auto *view = window.findChild<SandboxBrokersView *>(QStringLiteral("sandboxBrokersView"));
    QTRY_VERIFY(view->isVisible());
    const QString topic = SandboxBroker::defaultTopic();
    for (int id = 1; id <= 3; ++id) {
        QAction *stop = window.findChild<QAction *>(QStringLiteral("stopBroker%1Action").arg(id));
        QAction *start = window.findChild<QAction *>(QStringLiteral("startBroker%1Action").arg(id));
        QVERIFY(stop && start);
        QVERIFY(menu->actions().contains(stop) && menu->actions().contains(start));
        QVERIFY(stop->isEnabled());
        QVERIFY(!start->isEnabled());
        QVERIFY2(lineOf(window, id).contains(QLatin1String("running")),
                 qPrintable(lineOf(window, id)));
    }
    const int leader = session->sandbox()->leaderOf(topic, 0);
    QVERIFY2(lineOf(window, leader).contains(topic + QLatin1String(" 0")),
             qPrintable(lineOf(window, leader)));

    // Stop partition 0's leader: its line says stopped and leads nothing, the partition's new
    // leader's line names it, and the log says so.
    QSignalSpy notices(session, &KafkaSession::notice);
    view->stopAction(leader)->trigger();
    QVERIFY(!session->sandbox()->isBrokerUp(leader));
    const int newLeader = session->sandbox()->leaderOf(topic, 0);
    QVERIFY(newLeader != leader);
    QVERIFY2(lineOf(window, leader).contains(QLatin1String("stopped")),
             qPrintable(lineOf(window, leader)));
    QVERIFY2(lineOf(window, leader).contains(QLatin1String("leads no partition")),
             qPrintable(lineOf(window, leader)));
    QVERIFY2(lineOf(window, newLeader).contains(topic + QLatin1String(" 0")),
             qPrintable(lineOf(window, newLeader)));
    QVERIFY(!view->stopAction(leader)->isEnabled());
    QVERIFY(view->startAction(leader)->isEnabled());
    QVERIFY(notices.size() >= 2);
    QVERIFY(notices.last().at(0).toString().contains(QLatin1String("new leader")));

    // Stop a second broker: the last running one cannot be stopped, so its command is off.
    const int second = leader == 1 ? 2 : 1;
    view->stopAction(second)->trigger();
    const QList<int> running = session->sandbox()->runningBrokers();
    QCOMPARE(running.size(), 1);
    QVERIFY(!view->stopAction(running.first())->isEnabled());
    QCOMPARE(session->sandbox()->partitionsLedBy(running.first()), 2);

    // Start one again: both stop commands of the running brokers come back.
    view->startAction(leader)->trigger();
    QVERIFY(session->sandbox()->isBrokerUp(leader));
    QVERIFY(view->stopAction(leader)->isEnabled());
    QVERIFY(view->stopAction(running.first())->isEnabled());
    QVERIFY(!view->startAction(leader)->isEnabled());
    QVERIFY(view->startAction(second)->isEnabled());

    // Back to one broker: a new, smaller sandbox, and the commands go away.
    combo->setCurrentIndex(combo->findData(1));
    window.connectToCluster();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), KafkaSession::State::Connected, 30000);
    QCOMPARE(session->sandbox()->brokerCount(), 1);
    QVERIFY(!menu->menuAction()->isVisible());
    QVERIFY(!view->isVisible());
}

QTEST_MAIN(TestSandboxBrokersGui)
#include "tst_sandboxbrokersgui.moc"
