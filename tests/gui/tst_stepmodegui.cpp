// Step mode in the window (issue 12, point 5), against the Sandbox and each real broker: the
// Consumer menu's Step mode and Next message, enabled only when they apply; each Next adds
// exactly one row, which becomes the current row; the Journey panel says what comes next
// (press Next, your Ack, the commit's confirmation); the log gets a line per Next; turning step
// mode off lets the rest arrive.
#include "journeypanel.h"
#include "kafkasession.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int WaitMs = 30000;

ConnectionConfig freshConfig(const QString &prefix)
{
    if (TestCluster::brokers().isEmpty()) {
        ConnectionConfig config;
        config.groupId = TestCluster::uniqueName(prefix);
        return config; // the Sandbox's test-topic
    }
    QString error;
    ConnectionConfig config = TestCluster::newTopic(prefix, 2, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return config;
}

QString labelText(const JourneyPanel *panel)
{
    const auto *label = panel->findChild<QLabel *>(QStringLiteral("journeyStepLabel"));
    return label && label->isVisible() ? label->text() : QString();
}
} // namespace

class TestStepModeGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void nextAddsOneRowAndTheJourneyWaits();

private:
    QTemporaryDir m_settings;
};

void TestStepModeGui::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    qInfo("against %s", TestCluster::brokers().isEmpty()
                            ? "the sandbox"
                            : qPrintable(QStringLiteral("Kafka ") + TestCluster::kafkaVersion()));
}

void TestStepModeGui::init()
{
    QSettings().clear();
}

void TestStepModeGui::nextAddsOneRowAndTheJourneyWaits()
{
    MainWindow window(freshConfig(QStringLiteral("gui-step")));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
    auto *step = window.findChild<QAction *>(QStringLiteral("stepModeAction"));
    auto *next = window.findChild<QAction *>(QStringLiteral("nextMessageAction"));
    auto *nextButton = window.findChild<QPushButton *>(QStringLiteral("nextMessageButton"));
    auto *pause = window.findChild<QAction *>(QStringLiteral("pauseAction"));
    auto *consumerMenu = window.findChild<QMenu *>(QStringLiteral("consumerMenu"));
    auto *journeyDock = window.findChild<QDockWidget *>(QStringLiteral("journeyDock"));
    auto *panel = window.findChild<JourneyPanel *>(QStringLiteral("journeyPanel"));
    QVERIFY(view && step && next && nextButton && pause && consumerMenu && journeyDock && panel);
    QVERIFY(consumerMenu->actions().contains(step));
    QVERIFY(consumerMenu->actions().contains(next));
    QVERIFY(step->isCheckable());
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F10));
    journeyDock->show();
    journeyDock->raise();

    // Not connected: step mode can be chosen, Next cannot be pressed.
    QVERIFY(step->isEnabled());
    QVERIFY(!next->isEnabled());
    QVERIFY(!nextButton->isEnabled());
    QVERIFY(labelText(panel).isEmpty());
    step->trigger();
    QVERIFY(step->isChecked());
    QVERIFY(!next->isEnabled()); // not consuming yet
    QVERIFY(!nextButton->isEnabled());
    QTRY_VERIFY(labelText(panel).contains(QStringLiteral("press Next to fetch one message")));

    KafkaSession *session = window.session();
    QVERIFY(session->isStepMode());
    window.connectToCluster();
    QVERIFY(QTest::qWaitFor(
        [session] {
            return session->state() == KafkaSession::State::Connected && session->isConsuming();
        },
        WaitMs));
    QTRY_VERIFY(next->isEnabled());
    QVERIFY(nextButton->isEnabled());

    // Three messages wait on the broker; none is shown before Next.
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (int i = 0; i < 3; ++i)
        QVERIFY(session->send({.topic = session->watchedTopic(),
                               .key = QByteArray("k"),
                               .value = QByteArray("step ") + QByteArray::number(i)}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, WaitMs);
    const int before = model->rowCount();
    QCOMPARE(before, 0);

    QSignalSpy steps(session, &KafkaSession::stepStateChanged);
    QSignalSpy logged(session, &KafkaSession::notice);
    const auto nextAndWait = [&](int rows) {
        steps.clear();
        QTest::keyClick(&window, Qt::Key_F10);
        // Granted (credit 1), then handed over (credit 0): the row is in the table by then.
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 2 && steps.last().at(1).toInt() == 0, WaitMs);
        QCOMPARE(model->rowCount(), rows);
    };
    nextAndWait(1);
    // The new row is the current one, and the journey waits for the user's ack.
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(panel->hasOffset());
    QTRY_VERIFY(labelText(panel).contains(QStringLiteral("Waiting for your Ack")));
    const qint32 partition = model->partitionAt(0);
    const qint64 offset = model->offsetAt(0);
    bool loggedNext = false;
    for (const QList<QVariant> &line : std::as_const(logged))
        loggedNext =
            loggedNext || line.at(0).toString().contains(
                              QStringLiteral("partition %1, offset %2").arg(partition).arg(offset));
    QVERIFY(loggedNext);

    // Ack: the journey waits for the broker, then says the commit is confirmed.
    window.ackRows({0});
    QTRY_VERIFY_WITH_TIMEOUT(labelText(panel).contains(QStringLiteral("Done: the broker "
                                                                      "confirmed the commit")),
                             WaitMs);
    QCOMPARE(model->state(0), MessageTableModel::State::Committed);
    QCOMPARE(model->rowCount(), 1);

    // Paused, Next waits; resumed, each Next adds one row.
    pause->trigger();
    QVERIFY(!next->isEnabled());
    pause->trigger();
    QVERIFY(next->isEnabled());
    nextAndWait(2);
    QCOMPARE(view->currentIndex().row(), 1);
    QTRY_VERIFY(labelText(panel).contains(QStringLiteral("Waiting for your Ack")));

    // Step mode off: the third message arrives without Next, and Next is off.
    step->trigger();
    QVERIFY(!step->isChecked());
    QVERIFY(!next->isEnabled());
    QVERIFY(!nextButton->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, WaitMs);
    QVERIFY(labelText(panel).isEmpty());
    QCOMPARE(session->stepCredit(), 0);
    // Each partition's rows in offset order, none skipped.
    QHash<qint32, qint64> last;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint32 p = model->partitionAt(row);
        if (last.contains(p))
            QCOMPARE(model->offsetAt(row), last.value(p) + 1);
        last[p] = model->offsetAt(row);
    }

    // Step mode again with a Next waiting for a message that never comes: the window closes
    // cleanly (the consumer commits what was acked and leaves), with nothing more shown.
    steps.clear();
    step->trigger();
    QTRY_VERIFY(next->isEnabled());
    next->trigger();
    QTRY_COMPARE(session->stepCredit(), 1);
    QTRY_VERIFY(labelText(panel).contains(QStringLiteral("Waiting for a message")));
    window.close(); // winds down first: the consumer closes on its thread
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), WaitMs);
    QCOMPARE(session->closingConsumers(), 0);
    QCOMPARE(model->rowCount(), 3);
}

QTEST_MAIN(TestStepModeGui)
#include "tst_stepmodegui.moc"
