// The main window driven as a user drives it, on the offscreen platform: connect, type a
// message, press Send (and Ctrl+Return), and find the row in the live table at the partition
// and offset the delivery report gave. Runs against the sandbox when no test broker is set,
// and against each real broker through the CTest fixture.
#include "adminclient.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "partitionoffsetsmodel.h"
#include "testcluster.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sentMessageAppearsWithItsPartitionAndOffset();
    void ackButtonCommitsOnlyAfterTheBrokerConfirms();
    void unreachableBrokerNeitherFreezesNorHidesTheError();

private:
    // Finds the row holding (partition, offset) in the window's table, or -1.
    static int rowOf(const QAbstractItemModel *model, qint32 partition, qint64 offset);

    ConnectionConfig m_config;
};

void TestMainWindow::initTestCase()
{
    if (TestCluster::brokers().isEmpty()) {
        m_config.groupId = TestCluster::uniqueName(QStringLiteral("gui"));
        qInfo("against the sandbox");
        return;
    }
    QString error;
    m_config = TestCluster::newTopic(QStringLiteral("gui"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("against Kafka %s", qPrintable(TestCluster::kafkaVersion()));
}

int TestMainWindow::rowOf(const QAbstractItemModel *model, qint32 partition, qint64 offset)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(MessageTableModel::PartitionRole).toInt() == partition &&
            index.data(MessageTableModel::OffsetRole).toLongLong() == offset)
            return row;
    }
    return -1;
}

void TestMainWindow::sentMessageAppearsWithItsPartitionAndOffset()
{
    MainWindow window(m_config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), KafkaSession::State::Connected, 30000);
    QCOMPARE(session->isSandbox(), m_config.usesSandbox());
    if (m_config.usesSandbox())
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("stateLabel"))
                    ->text()
                    .contains(QLatin1String("Sandbox")));
    QTRY_VERIFY(!session->watchedTopic().isEmpty());

    auto *keyEdit = window.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *valueEdit = window.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    auto *sendButton = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    auto *deliveryLabel = window.findChild<QLabel *>(QStringLiteral("deliveryLabel"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    QVERIFY(keyEdit && valueEdit && sendButton && deliveryLabel && table);
    QTRY_VERIFY(sendButton->isEnabled());

    auto *nullKey = window.findChild<QCheckBox *>(QStringLiteral("nullKeyCheck"));
    QVERIFY(nullKey && nullKey->isChecked() && !keyEdit->isEnabled());
    QSignalSpy delivered(session, &KafkaSession::delivered);
    QTest::mouseClick(nullKey, Qt::LeftButton, {}, QPoint(8, nullKey->height() / 2));
    QVERIFY(keyEdit->isEnabled());
    QTest::keyClicks(keyEdit, QStringLiteral("gui-key"));
    QTest::keyClicks(valueEdit, QStringLiteral("hello from the GUI test"));
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QVERIFY(delivered.wait(30000));
    const auto first = delivered.takeFirst().at(0).value<DeliveryReport>();
    QVERIFY2(first.delivered(), qPrintable(first.error));
    QVERIFY(first.offset >= 0);
    QTRY_VERIFY(deliveryLabel->text().contains(
        QStringLiteral("partition %1 at offset %2").arg(first.partition).arg(first.offset)));

    // The consumer may still be joining its group: the row comes when the fetch does.
    const QAbstractItemModel *model = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, first.partition, first.offset) >= 0, 30000);
    int row = rowOf(model, first.partition, first.offset);
    QCOMPARE(model->index(row, MessageTableModel::KeyColumn).data().toString(),
             QStringLiteral("gui-key"));
    QCOMPARE(model->index(row, MessageTableModel::ValueColumn).data().toString(),
             QStringLiteral("hello from the GUI test"));

    // Ctrl+Return sends too; with no key the partitioner picks the partition.
    QTest::mouseClick(nullKey, Qt::LeftButton, {}, QPoint(8, nullKey->height() / 2));
    QVERIFY(!keyEdit->isEnabled());
    valueEdit->setFocus();
    valueEdit->selectAll();
    QTest::keyClicks(valueEdit, QStringLiteral("second, by keyboard"));
    QTest::keyClick(valueEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(delivered.wait(30000));
    const auto second = delivered.takeFirst().at(0).value<DeliveryReport>();
    QVERIFY2(second.delivered(), qPrintable(second.error));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, second.partition, second.offset) >= 0, 30000);
    row = rowOf(model, second.partition, second.offset);
    QCOMPARE(model->index(row, MessageTableModel::ValueColumn).data().toString(),
             QStringLiteral("second, by keyboard"));
    QCOMPARE(model->index(row, MessageTableModel::KeyColumn).data().toString(),
             QStringLiteral("(null)"));
}

void TestMainWindow::ackButtonCommitsOnlyAfterTheBrokerConfirms()
{
    // A topic and group of its own, so no earlier message waits for an ack.
    ConnectionConfig config = m_config;
    config.groupId = TestCluster::uniqueName(QStringLiteral("gui-ack"));
    if (!config.usesSandbox()) {
        QString error;
        config = TestCluster::newTopic(QStringLiteral("gui-ack"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MainWindow window(config);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    KafkaSession *session = window.session();
    QSignalSpy assigned(session, &KafkaSession::partitionsAssigned);
    window.connectToCluster();
    QVERIFY(assigned.wait(30000));

    // Three messages with one key: one partition, consecutive offsets.
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (int i = 0; i < 3; ++i)
        QVERIFY(session->send({.topic = session->watchedTopic(),
                               .key = QByteArray("ack-key"),
                               .value = QByteArray("to ack ") + QByteArray::number(i)}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 30000);
    QList<DeliveryReport> reports;
    for (const QList<QVariant> &args : std::as_const(delivered))
        reports.append(args.at(0).value<DeliveryReport>());
    std::sort(reports.begin(), reports.end(),
              [](const DeliveryReport &a, const DeliveryReport &b) { return a.offset < b.offset; });
    const qint32 partition = reports.first().partition;
    QCOMPARE(reports.last().partition, partition);

    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    auto *model = qobject_cast<MessageTableModel *>(table->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(partition, reports.last().offset) >= 0, 30000);
    auto clickAck = [&](qint64 offset) {
        const QModelIndex index =
            model->index(model->rowOf(partition, offset), MessageTableModel::AckColumn);
        table->scrollTo(index);
        QVERIFY(index.data(MessageTableModel::AckableRole).toBool());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(index).center());
    };
    auto stateOf = [&](qint64 offset) { return model->state(model->rowOf(partition, offset)); };

    // What the rows say the moment the consumer accepted each ack, before any commit answer.
    QList<MessageTableModel::State> statesOnAck;
    QSignalSpy confirmed(session, &KafkaSession::commitsConfirmed);
    connect(session, &KafkaSession::acksApplied, this,
            [&](const QList<AckTracker::AckOutcome> &outcomes) {
                for (const AckTracker::AckOutcome &outcome : outcomes)
                    statesOnAck.append(stateOf(outcome.message.offset));
            });

    // Ack the middle message: it waits for the first one.
    clickAck(reports.at(1).offset);
    QTRY_COMPARE(statesOnAck.size(), 1);
    QCOMPARE(statesOnAck.at(0), MessageTableModel::State::Acked);
    QCOMPARE(stateOf(reports.at(0).offset), MessageTableModel::State::Received);
    const QString waiting = model->index(model->rowOf(partition, reports.at(1).offset), 0)
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(waiting.contains(QStringLiteral("waiting for offset %1").arg(reports.at(0).offset)),
             qPrintable(waiting));

    // Ack the first: the position moves to the third, once the broker confirms.
    clickAck(reports.at(0).offset);
    QTRY_COMPARE(statesOnAck.size(), 2);
    QCOMPARE(statesOnAck.at(1), MessageTableModel::State::Acked);
    const qint64 position = reports.at(2).offset;
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(confirmed.cbegin(), confirmed.cend(),
                    [&](const QList<QVariant> &args) {
                        for (const MessagePosition &p : args.at(0).value<MessagePositions>())
                            if (p.partition == partition && p.offset == position)
                                return true;
                        return false;
                    }),
        30000);
    QTRY_COMPARE(stateOf(reports.at(0).offset), MessageTableModel::State::Committed);
    QCOMPARE(stateOf(reports.at(1).offset), MessageTableModel::State::Committed);
    QCOMPARE(stateOf(reports.at(2).offset), MessageTableModel::State::Received);

    // The offsets panel shows the new committed position.
    auto *offsetsView = window.findChild<QTableView *>(QStringLiteral("offsetsView"));
    const QAbstractItemModel *offsets = offsetsView->model();
    auto committedShown = [&] {
        for (int row = 0; row < offsets->rowCount(); ++row) {
            if (offsets->index(row, PartitionOffsetsModel::PartitionColumn).data().toString() ==
                QString::number(partition))
                return offsets->index(row, PartitionOffsetsModel::CommittedColumn)
                    .data()
                    .toLongLong();
        }
        return qint64(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(committedShown(), position, 10000);
    if (!config.usesSandbox()) {
        // And Kafka itself says so, asked by a separate admin client.
        const AdminClient::GroupOffsets stored =
            AdminClient::committedOffsets(config, config.groupId, config.topic, 10000);
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        QCOMPARE(stored.committed.value(partition), position);
    }
}

void TestMainWindow::unreachableBrokerNeitherFreezesNorHidesTheError()
{
    MainWindow window(m_config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QRadioButton *>(QStringLiteral("brokersRadio"))->setChecked(true);
    auto *brokersEdit = window.findChild<QLineEdit *>(QStringLiteral("brokersEdit"));
    brokersEdit->clear();
    // Port 1 on loopback: nothing listens there, connections are refused at once.
    QTest::keyClicks(brokersEdit, QStringLiteral("127.0.0.1:1"));

    // The event loop must keep turning while the connection is tried: measure the longest
    // gap between ticks of a 10 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    sinceTick.start();
    ticker.start();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QCOMPARE(window.session()->state(), KafkaSession::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), KafkaSession::State::Failed, 30000);
    ticker.stop();
    QVERIFY2(longestGapMs < 1000,
             qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestGapMs)));

    const QString state = window.findChild<QLabel *>(QStringLiteral("stateLabel"))->text();
    QVERIFY2(state.contains(QLatin1String("127.0.0.1:1")), qPrintable(state));
    QVERIFY2(state.contains(QLatin1String("reach")), qPrintable(state));
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("connectButton"))->text(),
             QStringLiteral("Connect"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
