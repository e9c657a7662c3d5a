// The connection panel alone, on the offscreen platform, against the Sandbox (no broker
// needed): Connect and Disconnect follow the connection; changed settings while connected
// offer Reconnect with a hint instead of needing Disconnect first; a profile chosen never
// connects by itself; the last profile and read options come back after a restart; the read
// mode follows the group rule (browse on a real cluster with no group given); a group mode
// with no group and a cancelled password prompt are refused in words; and nothing is clipped
// in a dock about 300 px wide. Settings live in a temporary folder.
#include "connectionpanel.h"
#include "profilestore.h"
#include "statuscolours.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestConnectionPanel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void actionsFollowTheConnection();
    void changedSettingsOfferReconnect();
    void readOptionsApplyAtOnceButANewGroupWaits();
    void choosingAProfileNeverConnects();
    void lastProfileAndReadOptionsSurviveARestart();
    void readModeFollowsTheGroupRule_data();
    void readModeFollowsTheGroupRule();
    void switchingToBrokersDropsTheDemoGroup();
    void groupModeWithoutAGroupIsRefused();
    void cancelledPasswordPromptSaysSo();
    void fitsANarrowDock();

private:
    static bool waitForState(const KafkaSession &session, KafkaSession::State state);
    template <typename T>
    static T *child(const QWidget &panel, const char *name);
    static void choose(QComboBox *combo, int value);
    static ConnectionConfig realCluster(const QString &group = {});

    QTemporaryDir m_settings;
};

void TestConnectionPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionpanel"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestConnectionPanel::init()
{
    QSettings().clear();
}

bool TestConnectionPanel::waitForState(const KafkaSession &session, KafkaSession::State state)
{
    return QTest::qWaitFor([&] { return session.state() == state; }, 15000);
}

template <typename T>
T *TestConnectionPanel::child(const QWidget &panel, const char *name)
{
    T *widget = panel.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void TestConnectionPanel::choose(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

ConnectionConfig TestConnectionPanel::realCluster(const QString &group)
{
    // Nothing listens there: these cases never connect to it.
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("127.0.0.1:9");
    config.groupId = group;
    return config;
}

void TestConnectionPanel::actionsFollowTheConnection()
{
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QSignalSpy options(&panel, &ConnectionPanel::consumerOptionsChanged);
    QSignalSpy cleared(&panel, &ConnectionPanel::errorCleared);
    QVERIFY(panel.connectAction()->isEnabled());
    QVERIFY(!panel.disconnectAction()->isEnabled());
    QCOMPARE(panel.connectAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(!panel.deleteProfileAction()->isEnabled()); // no profile chosen
    // The button shows the command without its accelerator, which the menu entry keeps.
    QCOMPARE(panel.connectAction()->text(), QStringLiteral("&Connect"));
    QCOMPARE(child<QPushButton>(panel, "connectButton")->text(), QStringLiteral("Connect"));

    panel.connectAction()->trigger();
    // The read options go out right before the connect.
    QCOMPARE(options.size(), 1);
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!panel.connectAction()->isEnabled()); // the same settings: nothing to do
    QVERIFY(panel.disconnectAction()->isEnabled());
    QVERIFY(child<QLabel>(panel, "reconnectHintLabel")->isHidden());
    // The state's colour comes from StatusColours.
    QVERIFY(child<QLabel>(panel, "stateLabel")
                ->text()
                .contains(StatusColours::colour(StatusColours::Role::Success).name()));

    child<QPushButton>(panel, "disconnectButton")->click();
    QVERIFY(waitForState(session, KafkaSession::State::Disconnected));
    QVERIFY(panel.connectAction()->isEnabled());
    QVERIFY(!panel.disconnectAction()->isEnabled());
    QVERIFY(child<QLabel>(panel, "stateLabel")
                ->text()
                .contains(StatusColours::colour(StatusColours::Role::Muted).name()));
}

void TestConnectionPanel::changedSettingsOfferReconnect()
{
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    panel.connectToCluster();
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    const QString connectText = panel.connectAction()->text();
    auto *hint = child<QLabel>(panel, "reconnectHintLabel");
    auto *brokersRadio = child<QRadioButton>(panel, "brokersRadio");
    auto *brokersEdit = child<QLineEdit>(panel, "brokersEdit");
    auto *groupEdit = child<QLineEdit>(panel, "groupEdit");

    // The fields stay editable while connected; a change offers Reconnect and says why.
    QVERIFY(brokersRadio->isEnabled());
    brokersRadio->setChecked(true);
    QVERIFY(brokersEdit->isEnabled());
    brokersEdit->setText(QStringLiteral("127.0.0.1:9"));
    QVERIFY(panel.hasChangedSettings());
    QVERIFY(panel.connectAction()->isEnabled());
    QVERIFY(panel.connectAction()->text() != connectText);
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(session.clusterLabel()));
    QCOMPARE(session.state(), KafkaSession::State::Connected); // nothing happened by itself

    // Back to the Sandbox: the same settings as the connection again.
    child<QRadioButton>(panel, "sandboxRadio")->setChecked(true);
    QVERIFY(!panel.hasChangedSettings());
    QVERIFY(!panel.connectAction()->isEnabled());
    QCOMPARE(panel.connectAction()->text(), connectText);
    QVERIFY(hint->isHidden());

    // Another group: Reconnect uses it.
    QVERIFY(groupEdit->isEnabled());
    groupEdit->setText(QStringLiteral("another-group"));
    QVERIFY(panel.connectAction()->isEnabled());
    QVERIFY(!hint->isHidden());
    panel.connectAction()->trigger();
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    QCOMPARE(session.effectiveConfig().groupId, QStringLiteral("another-group"));
    QVERIFY(!panel.connectAction()->isEnabled());
    QVERIFY(hint->isHidden());
}

void TestConnectionPanel::readOptionsApplyAtOnceButANewGroupWaits()
{
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QSignalSpy options(&panel, &ConnectionPanel::consumerOptionsChanged);
    auto *mode = child<QComboBox>(panel, "modeCombo");
    auto *start = child<QComboBox>(panel, "startCombo");
    auto *commit = child<QComboBox>(panel, "commitCombo");
    panel.connectToCluster();
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    options.clear();

    // Through item data, never the index.
    choose(commit, int(AckTracker::Mode::KafkaNative));
    QCOMPARE(options.size(), 1);
    QCOMPARE(options.at(0).at(0).value<ConsumerOptions>().commitMode,
             AckTracker::Mode::KafkaNative);
    choose(start, int(ConsumerOptions::StartFrom::Latest));
    QCOMPARE(panel.consumerOptions().startFrom, ConsumerOptions::StartFrom::Latest);
    choose(mode, int(ConsumerOptions::Mode::Browse));
    QCOMPARE(options.size(), 3);
    QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Browse);
    QVERIFY(!commit->isEnabled());
    QVERIFY(!panel.hasChangedSettings());

    // Joining a group other than the connection's waits for Reconnect: no consumer joins a
    // group on a cluster nobody chose it for.
    child<QLineEdit>(panel, "groupEdit")->setText(QStringLiteral("elsewhere"));
    choose(mode, int(ConsumerOptions::Mode::Group));
    QCOMPARE(options.size(), 3);
    QVERIFY(panel.hasChangedSettings());
    QVERIFY(!child<QLabel>(panel, "reconnectHintLabel")->isHidden());
}

void TestConnectionPanel::choosingAProfileNeverConnects()
{
    ConnectionConfig saved = realCluster(QStringLiteral("team"));
    ProfileStore().save(QStringLiteral("R&D"), saved);
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QMenu menu;
    panel.fillProfilesMenu(&menu);
    QCOMPARE(menu.actions().size(), 1);
    QAction *entry = menu.actions().constFirst();
    QVERIFY(entry->isCheckable());
    QVERIFY(!entry->isChecked());
    QCOMPARE(entry->text(), QStringLiteral("R&&D"));

    entry->trigger();
    QCOMPARE(panel.currentProfile(), QStringLiteral("R&D"));
    QCOMPARE(session.state(), KafkaSession::State::Disconnected);
    QVERIFY(child<QRadioButton>(panel, "brokersRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(panel, "brokersEdit")->text(), saved.bootstrapServers);
    QCOMPARE(child<QLineEdit>(panel, "groupEdit")->text(), QStringLiteral("team"));
    QVERIFY(panel.deleteProfileAction()->isEnabled());
    panel.fillProfilesMenu(&menu);
    QVERIFY(menu.actions().constFirst()->isChecked());

    // While connected: the profile fills the panel for a Reconnect; the connection and its
    // consumer stay as they are.
    child<QComboBox>(panel, "profileCombo")->setCurrentIndex(0);
    child<QRadioButton>(panel, "sandboxRadio")->setChecked(true);
    child<QLineEdit>(panel, "groupEdit")->setText(ConnectionConfig::defaultGroupId());
    panel.connectToCluster();
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    QSignalSpy options(&panel, &ConnectionPanel::consumerOptionsChanged);
    QSignalSpy states(&session, &KafkaSession::stateChanged);
    panel.applyProfile(QStringLiteral("R&D"));
    QCOMPARE(options.size(), 0);
    QCOMPARE(states.size(), 0);
    QVERIFY(panel.hasChangedSettings());
    QVERIFY(!child<QLabel>(panel, "reconnectHintLabel")->isHidden());
}

void TestConnectionPanel::lastProfileAndReadOptionsSurviveARestart()
{
    ConnectionConfig sandbox;
    sandbox.groupId = QStringLiteral("demo-team");
    ProfileStore().save(QStringLiteral("demo"), sandbox);
    ProfileStore().save(QStringLiteral("other"), realCluster(QStringLiteral("x")));
    {
        KafkaSession session;
        ConnectionPanel panel(&session, ConnectionConfig());
        QCOMPARE(panel.currentProfile(), QString());
        panel.applyProfile(QStringLiteral("demo"));
        choose(child<QComboBox>(panel, "commitCombo"), int(AckTracker::Mode::AutoCommit));
        choose(child<QComboBox>(panel, "startCombo"), int(ConsumerOptions::StartFrom::Latest));
        panel.connectToCluster();
        QVERIFY(waitForState(session, KafkaSession::State::Connected));
        QCOMPARE(session.effectiveConfig().groupId, QStringLiteral("demo-team"));
    }
    {
        // A start that asks for nothing else: the last profile, and how it read.
        KafkaSession session;
        ConnectionPanel panel(&session, ConnectionConfig());
        QCOMPARE(panel.currentProfile(), QStringLiteral("demo"));
        QCOMPARE(child<QLineEdit>(panel, "groupEdit")->text(), QStringLiteral("demo-team"));
        QCOMPARE(panel.consumerOptions().commitMode, AckTracker::Mode::AutoCommit);
        QCOMPARE(panel.consumerOptions().startFrom, ConsumerOptions::StartFrom::Latest);
        QCOMPARE(session.state(), KafkaSession::State::Disconnected);
        // Browsing is remembered too.
        choose(child<QComboBox>(panel, "modeCombo"), int(ConsumerOptions::Mode::Browse));
    }
    {
        KafkaSession session;
        ConnectionPanel panel(&session, ConnectionConfig());
        QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Browse);
    }
    {
        // Brokers from flags or the environment win over the remembered profile.
        KafkaSession session;
        ConnectionPanel panel(&session, realCluster());
        QCOMPARE(panel.currentProfile(), QString());
        QCOMPARE(child<QLineEdit>(panel, "brokersEdit")->text(), realCluster().bootstrapServers);
    }
}

void TestConnectionPanel::readModeFollowsTheGroupRule_data()
{
    QTest::addColumn<QString>("brokers");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("shownGroup");
    const int group = int(ConsumerOptions::Mode::Group);
    const int browse = int(ConsumerOptions::Mode::Browse);
    QTest::newRow("sandbox keeps its demo group")
        << QString() << QString() << group << ConnectionConfig::defaultGroupId();
    QTest::newRow("sandbox with a group") << QString() << "mine" << group << "mine";
    QTest::newRow("real cluster, no group: browse")
        << "127.0.0.1:9" << QString() << browse << QString();
    QTest::newRow("real cluster, KAFKA_GROUP or --group") << "127.0.0.1:9"
                                                          << "orders" << group << "orders";
}

void TestConnectionPanel::readModeFollowsTheGroupRule()
{
    QFETCH(QString, brokers);
    QFETCH(QString, group);
    QFETCH(int, mode);
    QFETCH(QString, shownGroup);
    ConnectionConfig initial;
    initial.bootstrapServers = brokers;
    initial.groupId = group;
    KafkaSession session;
    ConnectionPanel panel(&session, initial);
    QCOMPARE(int(panel.consumerOptions().mode), mode);
    QCOMPARE(child<QLineEdit>(panel, "groupEdit")->text(), shownGroup);
    // The configuration handed to the session always passes its checks.
    QVERIFY2(panel.config().validate().isEmpty(),
             qPrintable(panel.config().validate().join(QLatin1Char(' '))));
}

void TestConnectionPanel::switchingToBrokersDropsTheDemoGroup()
{
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QSignalSpy options(&panel, &ConnectionPanel::consumerOptionsChanged);
    QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Group);
    child<QRadioButton>(panel, "brokersRadio")->setChecked(true);
    QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Browse);
    QVERIFY(child<QLineEdit>(panel, "groupEdit")->text().isEmpty());
    child<QRadioButton>(panel, "sandboxRadio")->setChecked(true);
    QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Group);
    QCOMPARE(child<QLineEdit>(panel, "groupEdit")->text(), ConnectionConfig::defaultGroupId());
    // A group the user typed is theirs: it stays.
    QTest::keyClicks(child<QLineEdit>(panel, "groupEdit"), QStringLiteral("-typed"));
    child<QRadioButton>(panel, "brokersRadio")->setChecked(true);
    QCOMPARE(panel.consumerOptions().mode, ConsumerOptions::Mode::Group);
    QCOMPARE(child<QLineEdit>(panel, "groupEdit")->text(), QStringLiteral("topicdesk-typed"));
    QCOMPARE(options.size(), 0); // only settings for the next connect
}

void TestConnectionPanel::groupModeWithoutAGroupIsRefused()
{
    KafkaSession session;
    ConnectionPanel panel(&session, realCluster());
    QSignalSpy errors(&panel, &ConnectionPanel::errorOccurred);
    choose(child<QComboBox>(panel, "modeCombo"), int(ConsumerOptions::Mode::Group));
    QVERIFY(child<QLineEdit>(panel, "groupEdit")->text().isEmpty());
    panel.connectAction()->trigger();
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(session.state(), KafkaSession::State::Disconnected);
}

void TestConnectionPanel::cancelledPasswordPromptSaysSo()
{
    ConnectionConfig config = realCluster(QStringLiteral("g"));
    config.security = ConnectionConfig::Security::SaslPlaintext;
    config.username = QStringLiteral("alice");
    KafkaSession session;
    ConnectionPanel panel(&session, config);
    panel.show();
    QSignalSpy errors(&panel, &ConnectionPanel::errorOccurred);
    panel.connectAction()->trigger();
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = panel.findChild<QInputDialog *>(QStringLiteral("passwordDialog"))));
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    prompt->reject();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("alice")));
    QCOMPARE(session.state(), KafkaSession::State::Disconnected);

    // The Sandbox has no login: choosing it needs no security undone by hand.
    child<QRadioButton>(panel, "sandboxRadio")->setChecked(true);
    QVERIFY2(panel.config().validate().isEmpty(),
             qPrintable(panel.config().validate().join(QLatin1Char(' '))));
    child<QRadioButton>(panel, "brokersRadio")->setChecked(true);
    QCOMPARE(panel.config().security, ConnectionConfig::Security::SaslPlaintext);
}

void TestConnectionPanel::fitsANarrowDock()
{
    // A dock about 300 px wide, above another one, in a 1024×640 window.
    static constexpr int DockWidth = 300;
    KafkaSession session;
    QMainWindow window;
    auto *panel = new ConnectionPanel(&session, ConnectionConfig());
    auto *dock = new QDockWidget(QStringLiteral("Connection"));
    dock->setWidget(panel);
    auto *below = new QDockWidget(QStringLiteral("Below"));
    below->setWidget(new QTreeView);
    window.setCentralWidget(new QWidget);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.addDockWidget(Qt::LeftDockWidgetArea, below);
    window.resize(1024, 640);
    window.resizeDocks({dock}, {DockWidth}, Qt::Horizontal);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(panel->minimumSizeHint().width() <= DockWidth,
             qPrintable(QString::number(panel->minimumSizeHint().width())));
    // Every help text a user reads, at its longest.
    choose(child<QComboBox>(*panel, "commitCombo"), int(AckTracker::Mode::KafkaNative));
    panel->connectToCluster();
    QVERIFY(waitForState(session, KafkaSession::State::Connected));
    child<QLineEdit>(*panel, "groupEdit")->setText(QStringLiteral("changed"));
    QVERIFY(!child<QLabel>(*panel, "reconnectHintLabel")->isHidden());
    QTRY_VERIFY(std::abs(panel->width() - DockWidth) < DockWidth / 10);
    QCoreApplication::processEvents();

    for (QWidget *widget : panel->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->parentWidget() != panel)
            continue;
        const QRect inPanel(widget->mapTo(panel, QPoint(0, 0)), widget->size());
        QVERIFY2(panel->rect().contains(inPanel),
                 qPrintable(widget->objectName() + QStringLiteral(" sticks out")));
        // Fields keep their height; buttons and one-line labels get the width their text
        // needs; long labels wrap.
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(),
                 qPrintable(widget->objectName() + QStringLiteral(" is squeezed")));
        const auto *label = qobject_cast<QLabel *>(widget);
        if (qobject_cast<QAbstractButton *>(widget) || (label && !label->wordWrap()))
            QVERIFY2(widget->width() >= widget->sizeHint().width(),
                     qPrintable(widget->objectName() + QStringLiteral(" is clipped")));
        if (label && label->wordWrap())
            QVERIFY2(widget->height() >= label->heightForWidth(widget->width()),
                     qPrintable(widget->objectName() + QStringLiteral(" is cut off")));
    }
    QVERIFY(child<QLabel>(*panel, "commitHelpLabel")->wordWrap());
}

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
