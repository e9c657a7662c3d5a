// The group protocol choice in the connection panel, on both systems: beside the group field,
// classic by default; where librdkafka has Kafka 4's consumer protocol (2.4 or later) it can be
// chosen, goes into the configuration, comes back with a profile and asks for Reconnect while
// connected; where it does not (Debian 12's 2.0.2) the choice is disabled and its tooltip and
// What's This say why, naming both versions. Browsing, which uses no group, disables it too.
#include "connectionpanel.h"
#include "kafkasession.h"
#include "libraryfeatures.h"
#include "mainwindow.h"
#include "profilestore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Protocol = ConnectionConfig::GroupProtocol;

QComboBox *combo(const QWidget &panel, const char *name)
{
    auto *widget = panel.findChild<QComboBox *>(QLatin1String(name));
    if (!widget)
        qFatal("no combo box %s", name);
    return widget;
}

void choose(QComboBox *box, int value)
{
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}
} // namespace

class TestGroupProtocolGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void choiceBesideTheGroup();
    void chosenProtocolIsConnectedWith();
    void profileBringsItBack();
    void logTellsHowPartitionsCame_data();
    void logTellsHowPartitionsCame();

private:
    QTemporaryDir m_settings;
};

void TestGroupProtocolGui::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_groupprotocolgui"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestGroupProtocolGui::choiceBesideTheGroup()
{
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    panel.resize(320, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QComboBox *protocol = combo(panel, "groupProtocolCombo");
    const auto *group = panel.findChild<QLineEdit *>(QStringLiteral("groupEdit"));
    QVERIFY(group);
    // In the group's row, to its right, and fully inside the panel.
    QCOMPARE(protocol->currentData().toInt(), int(Protocol::Classic));
    QVERIFY(protocol->isVisible());
    const QRect groupRect(group->mapTo(&panel, QPoint(0, 0)), group->size());
    const QRect protocolRect(protocol->mapTo(&panel, QPoint(0, 0)), protocol->size());
    QVERIFY(protocolRect.left() >= groupRect.right());
    QVERIFY(protocolRect.top() < groupRect.bottom() && protocolRect.bottom() > groupRect.top());
    QVERIFY(panel.rect().contains(protocolRect));
    QCOMPARE(protocol->count(), 2);
    QVERIFY(!protocol->itemText(0).isEmpty() && !protocol->itemText(1).isEmpty());

    if (LibraryFeatures::groupProtocolAvailable()) {
        QVERIFY(protocol->isEnabled());
        QVERIFY2(protocol->toolTip().contains(QLatin1String("KIP-848")),
                 qPrintable(protocol->toolTip()));
    } else {
        QVERIFY(!protocol->isEnabled());
        for (const QString &text : {protocol->toolTip(), protocol->whatsThis()})
            QVERIFY2(text.contains(QLatin1String("librdkafka 2.4 or later")) &&
                         text.contains(LibraryFeatures::librdkafkaVersion()),
                     qPrintable(text));
    }
    // Browsing uses no group: no protocol to choose either.
    choose(combo(panel, "modeCombo"), int(ConsumerOptions::Mode::Browse));
    QVERIFY(!protocol->isEnabled());
    choose(combo(panel, "modeCombo"), int(ConsumerOptions::Mode::Group));
    QCOMPARE(protocol->isEnabled(), LibraryFeatures::groupProtocolAvailable());
}

void TestGroupProtocolGui::chosenProtocolIsConnectedWith()
{
    if (!LibraryFeatures::groupProtocolAvailable())
        QSKIP(qPrintable(QStringLiteral("Not applicable: the consumer group protocol %1.")
                             .arg(LibraryFeatures::groupProtocolUnavailableReason())));
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QComboBox *protocol = combo(panel, "groupProtocolCombo");
    choose(protocol, int(Protocol::Consumer));
    QCOMPARE(panel.config().groupProtocol, Protocol::Consumer);
    // The Sandbox (librdkafka's mock cluster) serves the consumer protocol: connect with it.
    panel.connectToCluster();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), KafkaSession::State::Connected, 15000);
    QCOMPARE(session.effectiveConfig().groupProtocol, Protocol::Consumer);
    QVERIFY(!panel.connectAction()->isEnabled());
    // Another protocol takes a reconnect.
    choose(protocol, int(Protocol::Classic));
    QVERIFY(panel.connectAction()->isEnabled());
    choose(protocol, int(Protocol::Consumer));
    QVERIFY(!panel.connectAction()->isEnabled());
    session.disconnectFromCluster();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), KafkaSession::State::Disconnected, 15000);
}

void TestGroupProtocolGui::profileBringsItBack()
{
    ConnectionConfig saved;
    saved.bootstrapServers = QStringLiteral("127.0.0.1:9");
    saved.groupId = QStringLiteral("team");
    saved.groupProtocol = Protocol::Consumer;
    {
        ProfileStore store;
        store.save(QStringLiteral("kafka4"), saved);
        store.sync();
    }
    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QComboBox *profiles = combo(panel, "profileCombo");
    const int index = profiles->findText(QStringLiteral("kafka4"));
    QVERIFY(index >= 0);
    profiles->setCurrentIndex(index);
    emit profiles->activated(index); // as a user's choice
    QComboBox *protocol = combo(panel, "groupProtocolCombo");
    // Where the library lacks it, the profile loads as classic (ProfileStore warns).
    const Protocol expected =
        LibraryFeatures::groupProtocolAvailable() ? Protocol::Consumer : Protocol::Classic;
    QTRY_COMPARE(protocol->currentData().toInt(), int(expected));
    QCOMPARE(panel.config().groupProtocol, expected);
}

void TestGroupProtocolGui::logTellsHowPartitionsCame_data()
{
    QTest::addColumn<int>("protocolValue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("classic") << int(Protocol::Classic)
                             << QStringLiteral("generation %1: this consumer was assigned");
    QTest::newRow("consumer") << int(Protocol::Consumer)
                              << QStringLiteral("member epoch %1: the broker gave this consumer");
}

void TestGroupProtocolGui::logTellsHowPartitionsCame()
{
    QFETCH(int, protocolValue);
    QFETCH(QString, expected);
    const auto protocol = Protocol(protocolValue);
    if (protocol == Protocol::Consumer && !LibraryFeatures::groupProtocolAvailable())
        QSKIP(qPrintable(QStringLiteral("Not applicable: the consumer group protocol %1.")
                             .arg(LibraryFeatures::groupProtocolUnavailableReason())));
    // The window's log says what a teacher would: a generation of the group with the classic
    // protocol, the member's epoch and the broker's gift with Kafka 4's.
    ConnectionConfig config; // the Sandbox
    config.groupId = QStringLiteral("protocol-log");
    config.groupProtocol = protocol;
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(combo(window, "groupProtocolCombo")->currentData().toInt(), int(protocol));
    QSignalSpy assigned(window.session(), &KafkaSession::partitionsAssigned);
    window.connectToCluster();
    QVERIFY(assigned.wait(30000));
    const int generation = assigned.first().at(1).toInt();
    const auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
    QVERIFY(log);
    QTRY_VERIFY2(log->toPlainText().contains(expected.arg(generation)),
                 qPrintable(log->toPlainText()));
    window.session()->disconnectFromCluster();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), KafkaSession::State::Disconnected, 15000);
}

QTEST_MAIN(TestGroupProtocolGui)
#include "tst_groupprotocolgui.moc"
