// The window's commands as a user reaches them, on the offscreen platform, against each real
// broker (and the Sandbox when no broker is given): the Message menu's Send and Ctrl+Return
// give the same row; Space and the Consumer menu ack the selected rows; choosing another
// topic leaves no row of the old one; browsing never shows a row as Stale or Redelivered.
#include "consumeroptions.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "testcluster.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWindowActions final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void menuSendAndCtrlReturnGiveTheSameRow();
    void spaceAndTheConsumerMenuAckTheSelectedRows();
    void anotherTopicLeavesNoRowOfTheOldOne();
    void browsingNeverShowsStaleOrRedelivered();
    void ctrlCCopiesTheSelectedRowsAndTabLeavesTheTable();

private:
    static QAction *menuAction(const MainWindow &window, const QString &menu, const QString &name);
    static MessageTableModel *messages(const MainWindow &window);
    // Waits until the window is connected and consuming its topic.
    static bool waitConsuming(MainWindow &window);
    static QList<DeliveryReport> sendValues(KafkaSession *session, const QList<QByteArray> &values);

    QTemporaryDir m_settings;
};

void TestWindowActions::initTestCase()
{
    QVERIFY(WindowTestSetup::useSettingsIn(m_settings));
}

void TestWindowActions::init()
{
    QSettings().clear();
}

QAction *TestWindowActions::menuAction(const MainWindow &window, const QString &menu,
                                       const QString &name)
{
    const auto *found = window.menuBar()->findChild<QMenu *>(menu);
    if (!found)
        return nullptr;
    for (QAction *action : found->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

MessageTableModel *TestWindowActions::messages(const MainWindow &window)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    return table ? qobject_cast<MessageTableModel *>(table->model()) : nullptr;
}

bool TestWindowActions::waitConsuming(MainWindow &window)
{
    window.connectToCluster();
    return WindowTestSetup::waitConsuming(window.session());
}

QList<DeliveryReport> TestWindowActions::sendValues(KafkaSession *session,
                                                    const QList<QByteArray> &values)
{
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (const QByteArray &value : values)
        session->send({.topic = session->watchedTopic(), .key = QByteArray("k"), .value = value});
    QList<DeliveryReport> reports;
    if (!QTest::qWaitFor([&] { return delivered.size() == values.size(); }, 30000))
        return reports;
    for (const QList<QVariant> &args : std::as_const(delivered))
        reports.append(args.at(0).value<DeliveryReport>());
    return reports;
}

void TestWindowActions::menuSendAndCtrlReturnGiveTheSameRow()
{
    const ConnectionConfig config =
        WindowTestSetup::freshConfig(QStringLiteral("gui-menu-send"), 1);
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    QAction *send = menuAction(window, QStringLiteral("messageMenu"), QStringLiteral("sendAction"));
    QVERIFY(send);
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(send->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *value = window.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    const QString text = TestCluster::uniqueName(QStringLiteral("same row "));
    value->setPlainText(text);
    QSignalSpy delivered(session, &KafkaSession::delivered);
    send->trigger();
    QVERIFY(delivered.wait(30000));
    value->setFocus();
    QTest::keyClick(value, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 30000);
    // The text typed stays, and no line break went into it.
    QCOMPARE(value->toPlainText(), text);

    MessageTableModel *model = messages(window);
    QVERIFY(model);
    QList<int> rows;
    for (const QList<QVariant> &args : std::as_const(delivered)) {
        const auto report = args.at(0).value<DeliveryReport>();
        QVERIFY2(report.delivered(), qPrintable(report.error));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(report.partition, report.offset) >= 0, 30000);
        rows.append(model->rowOf(report.partition, report.offset));
    }
    for (int column : {MessageTableModel::KeyColumn, MessageTableModel::ValueColumn,
                       MessageTableModel::HeadersColumn, MessageTableModel::StateColumn})
        QCOMPARE(model->index(rows.at(0), column).data().toString(),
                 model->index(rows.at(1), column).data().toString());
    QCOMPARE(model->index(rows.at(0), MessageTableModel::ValueColumn).data().toString(), text);
}

void TestWindowActions::spaceAndTheConsumerMenuAckTheSelectedRows()
{
    const ConnectionConfig config =
        WindowTestSetup::freshConfig(QStringLiteral("gui-space-ack"), 1);
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    const QList<DeliveryReport> reports =
        sendValues(session, {"space 0", "space 1", "space 2", "space 3"});
    QCOMPARE(reports.size(), 4);
    MessageTableModel *model = messages(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    const DeliveryReport &last = reports.last();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(last.partition, last.offset) >= 0, 30000);
    const auto rowOf = [&](int i) {
        return model->rowOf(reports.at(i).partition, reports.at(i).offset);
    };
    const auto select = [&](QList<int> indexes) {
        table->clearSelection();
        for (int i : indexes)
            table->selectionModel()->select(
                model->index(rowOf(i), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    const auto acked = [&](int i) {
        const MessageTableModel::State state = model->state(rowOf(i));
        return state == MessageTableModel::State::Acked ||
               state == MessageTableModel::State::Committed;
    };

    // Space on the table acks the two rows selected, and only those.
    select({0, 1});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_VERIFY(acked(0) && acked(1));
    QVERIFY(!acked(2) && !acked(3));

    // The Consumer menu's entry acks the selection too.
    QAction *ack =
        menuAction(window, QStringLiteral("consumerMenu"), QStringLiteral("ackSelectedAction"));
    QVERIFY(ack);
    select({3});
    QVERIFY(ack->isEnabled());
    ack->trigger();
    QTRY_VERIFY(acked(3));
    QVERIFY(!acked(2));
    // Nothing is committed past the row still open (safe mode): the first two are.
    QTRY_COMPARE_WITH_TIMEOUT(model->state(rowOf(1)), MessageTableModel::State::Committed, 30000);
    QCOMPARE(model->state(rowOf(3)), MessageTableModel::State::Acked);
}

void TestWindowActions::anotherTopicLeavesNoRowOfTheOldOne()
{
    ConnectionConfig config = WindowTestSetup::freshConfig(QStringLiteral("gui-switch-a"), 2);
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    const QString first = session->watchedTopic();
    QVERIFY(!first.isEmpty());
    QCOMPARE(sendValues(session, {"old 0", "old 1", "old 2", "old 3", "old 4"}).size(), 5);
    MessageTableModel *model = messages(window);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 5, 30000);

    // Another topic, made through the window's own command path (the session).
    const QString second = TestCluster::uniqueName(QStringLiteral("gui-switch-b"));
    QSignalSpy created(session, &KafkaSession::topicCreated);
    session->createTopic(second, 1, 1);
    // The Sandbox answers at once, a broker later.
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
    QCOMPARE(created.first().at(1).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(session->watchedTopic(), second, 30000);
    QCOMPARE(model->rowCount(), 0);
    auto *count = window.findChild<QLabel *>(QStringLiteral("messageCountLabel"));
    QVERIFY(!count->text().contains(QLatin1Char('5')));

    QTRY_VERIFY_WITH_TIMEOUT(session->isConsuming(), 30000);
    const QList<DeliveryReport> fresh = sendValues(session, {"new 0"});
    QCOMPARE(fresh.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 30000);
    QCOMPARE(model->index(0, MessageTableModel::ValueColumn).data().toString(),
             QStringLiteral("new 0"));
    // Every row can be acked: none belongs to a consumer that is gone.
    QVERIFY(model->isAckable(0));
    QCOMPARE(sendValues(session, {"new 1"}).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, MessageTableModel::ValueColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("new")));
}

void TestWindowActions::browsingNeverShowsStaleOrRedelivered()
{
    const ConnectionConfig config = WindowTestSetup::freshConfig(QStringLiteral("gui-browse"), 2);
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    QCOMPARE(session->consumerOptions().mode, ConsumerOptions::Mode::Group);
    const QList<DeliveryReport> reports = sendValues(session, {"b 0", "b 1", "b 2", "b 3"});
    QCOMPARE(reports.size(), 4);
    MessageTableModel *model = messages(window);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reports.last().partition, reports.last().offset) >= 0,
                             30000);

    const auto shownStates = [&] {
        QSet<MessageTableModel::State> states;
        for (int row = 0; row < model->rowCount(); ++row)
            states.insert(model->state(row));
        return states;
    };
    const auto everyReportShown = [&] {
        for (const DeliveryReport &r : reports) {
            if (model->rowOf(r.partition, r.offset) < 0)
                return false;
        }
        return true;
    };
    // Read mode: browse, chosen in the connection panel as a user does.
    auto *mode = window.findChild<QComboBox *>(QStringLiteral("modeCombo"));
    QVERIFY(mode);
    const int browse = mode->findData(int(ConsumerOptions::Mode::Browse));
    QVERIFY(browse >= 0);
    QSignalSpy revoked(session, &KafkaSession::partitionsRevoked);
    mode->setCurrentIndex(browse);
    QTRY_COMPARE(session->consumerOptions().mode, ConsumerOptions::Mode::Browse);
    QTRY_VERIFY_WITH_TIMEOUT(everyReportShown(), 30000);
    // The group consumer's revocation may come late; it must not touch the new rows.
    for (const MessageTableModel::State state : shownStates())
        QCOMPARE(state, MessageTableModel::State::Received);

    // Stop and start again: the same messages come back, as plain rows (nothing was
    // committed, so nothing is redelivered).
    QAction *consume =
        menuAction(window, QStringLiteral("consumerMenu"), QStringLiteral("consumeAction"));
    QVERIFY(consume);
    consume->trigger();
    QTRY_VERIFY(!session->isConsuming());
    consume->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(session->isConsuming(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2 * reports.size(), 30000);
    for (const MessageTableModel::State state : shownStates())
        QCOMPARE(state, MessageTableModel::State::Received);
}

void TestWindowActions::ctrlCCopiesTheSelectedRowsAndTabLeavesTheTable()
{
    const ConnectionConfig config = WindowTestSetup::freshConfig(QStringLiteral("gui-copy"), 1);
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitConsuming(window));
    KafkaSession *session = window.session();
    // A value longer than the table's preview, with a tab and a line break in it.
    const QByteArray longValue = QByteArray("{\"text\": \"") + QByteArray(4000, 'x') + "\"}";
    const QList<DeliveryReport> reports =
        sendValues(session, {longValue, QByteArray("a\tb\nc"), QByteArray("not copied")});
    QCOMPARE(reports.size(), 3);
    MessageTableModel *model = messages(window);
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reports.last().partition, reports.last().offset) >= 0,
                             30000);
    table->clearSelection();
    for (int i : {0, 1})
        table->selectionModel()->select(
            model->index(model->rowOf(reports.at(i).partition, reports.at(i).offset), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.at(0), QString::number(reports.at(0).partition));
    QCOMPARE(first.at(1), QString::number(reports.at(0).offset));
    QCOMPARE(first.at(3), QStringLiteral("k"));
    // The whole value, not the table's preview of it.
    QCOMPARE(first.at(4), QString::fromUtf8(longValue));
    QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(4), QStringLiteral("a\\tb\\nc"));

    // Tab leaves the table for the next control instead of walking its cells.
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
}

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"
