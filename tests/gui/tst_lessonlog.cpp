// What the window tells a class about starting and stopping a consumer and about commits that
// cover unacked messages (issue 12, point 7), against the Sandbox and each real broker: the
// start line names where a group without a commit begins (TopicDesk's default or Kafka's); the
// stop line comes only once the consumer has closed, says whether every ack was committed, and
// claims no commit when browsing; with the immediate commit choice an ack of a later offset
// turns the unacked rows before it Skipped, unlike the acked one.
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "sessioncontroller.h"
#include "testcluster.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

class TestLessonLog final : public QObject
{
    Q_OBJECT
private slots:
    void groupStopIsLoggedOnceCommitted();
    void browsingClaimsNoCommit();
    void immediateCommitSkipsUnackedRows();

private:
    // A topic and group of the case's own (the sandbox's test-topic and a new group without a
    // broker).
    static ConnectionConfig freshConfig(const QString &name);
    static void choose(MainWindow &window, const char *combo, int value);
    static QString log(const MainWindow &window);
    // Sends count messages with one key (one partition) and waits until the table has them;
    // returns their offsets, ascending, and their partition.
    static QList<qint64> sendOneKey(MainWindow &window, int count, qint32 *partition);
};

ConnectionConfig TestLessonLog::freshConfig(const QString &name)
{
    ConnectionConfig config;
    if (!TestCluster::brokers().isEmpty()) {
        QString error;
        config = TestCluster::newTopic(name, 2, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    config.groupId = TestCluster::uniqueName(name);
    return config;
}

void TestLessonLog::choose(MainWindow &window, const char *combo, int value)
{
    auto *box = window.findChild<QComboBox *>(QLatin1String(combo));
    QVERIFY2(box, combo);
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

QString TestLessonLog::log(const MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText();
}

QList<qint64> TestLessonLog::sendOneKey(MainWindow &window, int count, qint32 *partition)
{
    KafkaSession *session = window.session();
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (int i = 0; i < count; ++i)
        session->send({.topic = session->watchedTopic(),
                       .key = QByteArray("lesson"),
                       .value = QByteArray("lesson ") + QByteArray::number(i)});
    QList<qint64> offsets;
    if (!QTest::qWaitFor([&] { return delivered.size() == count; }, 30000))
        return offsets;
    for (const QList<QVariant> &args : std::as_const(delivered)) {
        const auto report = args.at(0).value<DeliveryReport>();
        offsets.append(report.offset);
        *partition = report.partition;
    }
    std::sort(offsets.begin(), offsets.end());
    auto *model = window.findChild<MessageTableModel *>();
    if (!QTest::qWaitFor([&] { return model->rowOf(*partition, offsets.last()) >= 0; }, 30000))
        offsets.clear();
    return offsets;
}

void TestLessonLog::groupStopIsLoggedOnceCommitted()
{
    MainWindow window(freshConfig(QStringLiteral("lesson-stop")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    choose(window, "startCombo", int(ConsumerOptions::StartFrom::Earliest));
    KafkaSession *session = window.session();
    QSignalSpy assigned(session, &KafkaSession::partitionsAssigned);
    window.connectToCluster();
    QVERIFY(assigned.wait(30000));
    QVERIFY2(log(window).contains(QLatin1String("from the earliest message where nothing is "
                                                "committed (TopicDesk's default; Kafka's own is "
                                                "new messages only)")),
             qPrintable(log(window)));

    qint32 partition = -1;
    const QList<qint64> offsets = sendOneKey(window, 2, &partition);
    QCOMPARE(offsets.size(), 2);
    auto *model = window.findChild<MessageTableModel *>();
    auto *controller = window.findChild<SessionController *>();
    QVERIFY(model && controller);
    QSignalSpy confirmed(session, &KafkaSession::commitsConfirmed);
    controller->ackRows({model->rowOf(partition, offsets.at(0))});
    QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty(), 30000);
    QTRY_COMPARE(model->state(model->rowOf(partition, offsets.at(0))),
                 MessageTableModel::State::Committed);
    // The second is acked just before the stop: its commit goes out while the consumer closes.
    controller->ackRows({model->rowOf(partition, offsets.at(1))});

    QSignalSpy stopped(session, &KafkaSession::consumerStopped);
    auto *consume = window.findChild<QAction *>(QStringLiteral("consumeAction"));
    QVERIFY(consume);
    consume->trigger();
    // Nothing is claimed on the click: the consumer has not closed yet.
    QVERIFY(!log(window).contains(QLatin1String("Consumer stopped")));
    QVERIFY(stopped.wait(30000));
    const QString text = log(window);
    QVERIFY2(text.contains(QStringLiteral("Consumer stopped and left group \"%1\". Everything "
                                          "acknowledged in this table is committed.")
                               .arg(session->effectiveConfig().groupId)),
             qPrintable(text));
    QCOMPARE(model->state(model->rowOf(partition, offsets.at(1))),
             MessageTableModel::State::Committed);
    QCOMPARE(model->ackedNotCommittedCount(), 0);
    // Said once, after the commit's confirmation.
    QCOMPARE(text.count(QLatin1String("Consumer stopped")), 1);
    QVERIFY(text.lastIndexOf(QLatin1String("The broker confirmed the commit")) <
            text.indexOf(QLatin1String("Consumer stopped")));
}

void TestLessonLog::browsingClaimsNoCommit()
{
    MainWindow window(freshConfig(QStringLiteral("lesson-browse")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    choose(window, "modeCombo", int(ConsumerOptions::Mode::Browse));
    KafkaSession *session = window.session();
    QSignalSpy assigned(session, &KafkaSession::partitionsAssigned);
    window.connectToCluster();
    QVERIFY(assigned.wait(30000));
    QString text = log(window);
    QVERIFY2(text.contains(QLatin1String("without a consumer group")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("nothing is committed")));
    QVERIFY(!text.contains(QLatin1String("in group")));

    QSignalSpy stopped(session, &KafkaSession::consumerStopped);
    window.findChild<QAction *>(QStringLiteral("consumeAction"))->trigger();
    QVERIFY(stopped.wait(30000));
    text = log(window);
    QVERIFY2(text.contains(QLatin1String("Consumer stopped. It was browsing: there was nothing "
                                         "to commit.")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("committed.")));
    QVERIFY(!text.contains(QLatin1String("left group")));
}

void TestLessonLog::immediateCommitSkipsUnackedRows()
{
    MainWindow window(freshConfig(QStringLiteral("lesson-skip")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    choose(window, "commitCombo", int(AckTracker::Mode::KafkaNative));
    // A topic (or Sandbox) of its own read from the start: only this case's messages.
    choose(window, "startCombo", int(ConsumerOptions::StartFrom::Earliest));
    KafkaSession *session = window.session();
    QSignalSpy assigned(session, &KafkaSession::partitionsAssigned);
    window.connectToCluster();
    QVERIFY(assigned.wait(30000));

    qint32 partition = -1;
    const QList<qint64> offsets = sendOneKey(window, 3, &partition);
    QCOMPARE(offsets.size(), 3);
    auto *model = window.findChild<MessageTableModel *>();
    auto *controller = window.findChild<SessionController *>();
    const auto stateOf = [&](int i) {
        return model->state(model->rowOf(partition, offsets.at(i)));
    };
    // Ack the last: its commit covers the two before it, which nobody acked.
    controller->ackRows({model->rowOf(partition, offsets.at(2))});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(2), MessageTableModel::State::Committed, 30000);
    QCOMPARE(stateOf(0), MessageTableModel::State::CommittedUnacked);
    QCOMPARE(stateOf(1), MessageTableModel::State::CommittedUnacked);
    const QModelIndex skipped =
        model->index(model->rowOf(partition, offsets.at(0)), MessageTableModel::StateColumn);
    QCOMPARE(skipped.data().toString(), QStringLiteral("Skipped"));
    QVERIFY(skipped.data(Qt::ToolTipRole).toString().contains(QLatin1String("without an ack")));
    QVERIFY(skipped.data(Qt::ForegroundRole) !=
            model->index(model->rowOf(partition, offsets.at(2)), MessageTableModel::StateColumn)
                .data(Qt::ForegroundRole));
}

QTEST_MAIN(TestLessonLog)
#include "tst_lessonlog.moc"
