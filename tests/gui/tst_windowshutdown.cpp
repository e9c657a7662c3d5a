// Closing the window while it works, as a user does it: during a bulk send of 100,000 (the
// question, the exact counts, what the topic really holds), with a broker that stopped
// answering (quitting stays within a bound and says what it waits for), and changing acks
// while sends are in flight (the window keeps turning and every report arrives). The bulk
// progress bar shows what the broker confirmed, not what was queued.
//
// The bulk cases run against the real broker of the CTest fixture. A broker that dies or
// answers slowly on cue cannot be made from the shared fixture broker (other tests use it at
// the same time), so those cases use librdkafka's mock cluster, started by the test itself and
// reached like any broker, by its address.
#include "bulksender.h"
#include "kafkaconf.h"
#include "mainwindow.h"
#include "sandboxbroker.h"
#include "testcluster.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <librdkafka/rdkafkacpp.h>

#include <functional>
#include <memory>

namespace {

// Answers whatever modal dialog is open, every 20 ms, while the test waits: a modal dialog's
// exec() runs its own event loop, in which this timer still fires.
class ModalAnswerer final : public QObject
{
public:
    // answer returns true when it handled the dialog.
    explicit ModalAnswerer(std::function<bool(QWidget *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != m_last) {
                // Answered once it is gone; one still open is answered again on the next tick.
                if (m_answer(modal) && !modal->isVisible())
                    m_last = modal;
            }
        });
        m_timer.start();
    }

private:
    std::function<bool(QWidget *)> m_answer;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

// librdkafka's mock cluster, owned by the test: a broker that can be stopped or slowed on cue.
class MockCluster final
{
public:
    MockCluster()
    {
        char error[256];
        m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), error, sizeof error);
        if (m_handle)
            m_cluster = rd_kafka_mock_cluster_new(m_handle, 1);
    }
    ~MockCluster()
    {
        if (m_cluster)
            rd_kafka_mock_cluster_destroy(m_cluster);
        if (m_handle)
            rd_kafka_destroy(m_handle);
    }
    MockCluster(const MockCluster &) = delete;
    MockCluster &operator=(const MockCluster &) = delete;

    bool isValid() const { return m_cluster != nullptr; }
    QString bootstrap() const
    {
        return QString::fromLatin1(rd_kafka_mock_cluster_bootstraps(m_cluster));
    }
    bool createTopic(const QString &name, int partitions)
    {
        return rd_kafka_mock_topic_create(m_cluster, name.toUtf8().constData(), partitions, 1) ==
               RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    // Its broker closes every connection and refuses new ones.
    void stopBroker() { rd_kafka_mock_broker_set_down(m_cluster, 1); }
    void setRoundTrip(int ms) { rd_kafka_mock_broker_set_rtt(m_cluster, 1, ms); }

private:
    rd_kafka_t *m_handle = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

// The number of records in the topic's log (the sum of its partitions' high watermarks), as
// the broker says; -1 on error.
qint64 recordsInTopic(const ConnectionConfig &config, int partitions)
{
    QString error;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Producer, &error);
    if (!conf)
        return -1;
    std::string reason;
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client)
        return -1;
    qint64 total = 0;
    for (int p = 0; p < partitions; ++p) {
        int64_t low = -1;
        int64_t high = -1;
        if (client->query_watermark_offsets(config.topic.toStdString(), p, &low, &high, 10000) !=
            RdKafka::ERR_NO_ERROR)
            return -1;
        total += high;
    }
    return total;
}

} // namespace

class TestWindowShutdown final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void closeDuringBulkSend_data();
    void closeDuringBulkSend();
    void progressBarShowsDeliveredNotQueued();
    void quittingWithADeadBrokerIsBounded();
    void changingAcksNeverBlocksNorLosesAReport_data();
    void changingAcksNeverBlocksNorLosesAReport();

private:
    // Connects the window (to what its configuration names) and waits until it watches
    // config.topic with Send enabled.
    static bool connectAndWatch(MainWindow &window, const QString &topic);

    QTemporaryDir m_settings;
};

void TestWindowShutdown::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    // The window's profiles and templates go to a throwaway settings file.
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    qInfo("against Kafka %s", qPrintable(TestCluster::kafkaVersion()));
}

bool TestWindowShutdown::connectAndWatch(MainWindow &window, const QString &topic)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.connectToCluster();
    auto *sendButton = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        if (window.session()->watchedTopic() == topic && sendButton->isEnabled())
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestWindowShutdown::closeDuringBulkSend_data()
{
    // When to close: after a time from the click, or once so many were delivered (the first
    // deliveries come only after the producer learned the topic's leaders).
    QTest::addColumn<int>("closeAfterMs");
    QTest::addColumn<int>("closeAfterDelivered");
    QTest::addColumn<bool>("keepSendingFirst");
    QTest::newRow("closed after 0.2 s") << 200 << 0 << false;
    QTest::newRow("closed after 0.35 s") << 350 << 0 << false;
    QTest::newRow("closed after 0.5 s") << 500 << 0 << false;
    QTest::newRow("closed after 1,000 delivered") << 0 << 1000 << false;
    QTest::newRow("closed after 30,000 delivered") << 0 << 30000 << false;
    QTest::newRow("kept sending once, then stopped") << 0 << 1000 << true;
}

void TestWindowShutdown::closeDuringBulkSend()
{
    QFETCH(int, closeAfterMs);
    QFETCH(int, closeAfterDelivered);
    QFETCH(bool, keepSendingFirst);
    QString error;
    const int partitions = 3;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("closebulk"), partitions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config.topic));
    auto *bulk = window.findChild<BulkSender *>(QStringLiteral("bulkSender"));
    QVERIFY(bulk);
    const qint64 total = 100000;
    window.findChild<QSpinBox *>(QStringLiteral("bulkCountSpin"))->setValue(int(total));
    // 1 KB values: 100 MB in all, so the send lasts long enough to be closed midway at every
    // moment below, even on a fast machine.
    window.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral("message {{i}} ") + QString(1000, QLatin1Char('x')));
    QSignalSpy finished(bulk, &BulkSender::finished);

    int questions = 0;
    QString summary;
    ModalAnswerer answerer([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        if (box->objectName() == QLatin1String("stopBulkQuestion")) {
            ++questions;
            const bool keep = keepSendingFirst && questions == 1;
            box->findChild<QPushButton *>(keep ? QStringLiteral("keepSendingButton")
                                               : QStringLiteral("stopAndQuitButton"))
                ->click();
            return true;
        }
        if (box->objectName() == QLatin1String("bulkStoppedSummary")) {
            summary = box->text();
            box->button(QMessageBox::Ok)->click();
            return true;
        }
        return false;
    });

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bulkSendButton")),
                      Qt::LeftButton);
    QVERIFY(bulk->isRunning());
    bool runningWhenClosed = false;
    const auto closeNow = [&] {
        runningWhenClosed = bulk->isRunning();
        window.close();
    };
    if (closeAfterDelivered > 0) {
        auto *trigger = new QObject(&window);
        connect(bulk, &BulkSender::progressed, trigger,
                [&, trigger](const BulkSender::Progress &p) {
                    if (p.delivered >= closeAfterDelivered) {
                        trigger->deleteLater();
                        disconnect(bulk, nullptr, trigger, nullptr);
                        // Queued: not from inside the sender's own signal.
                        QTimer::singleShot(0, &window, closeNow);
                    }
                });
    } else {
        QTimer::singleShot(closeAfterMs, &window, closeNow);
    }
    if (keepSendingFirst) {
        // "Keep sending": the window stays and the send goes on; the second close stops it.
        QTRY_COMPARE_WITH_TIMEOUT(questions, 1, 30000);
        QVERIFY(window.isVisible());
        QVERIFY(bulk->isRunning());
        QTimer::singleShot(300, &window, &QWidget::close);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 60000);
    QVERIFY2(runningWhenClosed, "the send ended before the window was closed: nothing tested");
    QCOMPARE(questions, keepSendingFirst ? 2 : 1);

    // Exactly accounted for: everything handed to the producer was delivered, failed or
    // dropped; the rest was never queued.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), true);
    const auto p = finished.first().at(0).value<BulkSender::Progress>();
    qInfo("%lld queued, %lld delivered, %lld failed, %lld dropped", p.queued, p.delivered, p.failed,
          p.dropped);
    QCOMPARE(p.total, total);
    QVERIFY(p.delivered < total); // it did stop
    QVERIFY(p.delivered >= closeAfterDelivered);
    QCOMPARE(p.delivered + p.failed + p.dropped, p.queued);
    QCOMPARE(p.failed, 0);

    // What the user is told is what happened, and the broker agrees.
    const QLocale locale;
    QVERIFY2(summary.contains(QStringLiteral("%1 of %2 messages delivered")
                                  .arg(locale.toString(p.delivered), locale.toString(total))),
             qPrintable(summary));
    QVERIFY2(
        summary.contains(
            QStringLiteral("%1 never sent").arg(locale.toString(total - p.delivered - p.failed))),
        qPrintable(summary));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("bulkStatusLabel"))->text(), summary);
    QCOMPARE(recordsInTopic(config, partitions), p.delivered);
}

void TestWindowShutdown::progressBarShowsDeliveredNotQueued()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("progress"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A JSON Lines file in which three records of four name a partition the topic does not
    // have: they fail at once, while the fourth waits for the broker. Queued and answered run
    // far ahead of delivered.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    const int lines = 2000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < lines; ++i)
            file.write(i % 4 == 0 ? QStringLiteral("{\"value\": \"ok %1\"}\n").arg(i).toUtf8()
                                  : QStringLiteral("{\"value\": \"no such partition %1\", "
                                                   "\"partition\": 7}\n")
                                        .arg(i)
                                        .toUtf8());
    }

    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config.topic));
    auto *bulk = window.findChild<BulkSender *>(QStringLiteral("bulkSender"));
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("bulkProgress"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("bulkStatusLabel"));
    QVERIFY(bulk && bar && label);
    // The button opens the file dialog without a nested event loop (the window goes on
    // receiving); choosing the file there is what sendFile does.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("fileSendButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QFileDialog *>(QStringLiteral("sendFileDialog")));
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("sendFileDialog"));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
    QVERIFY2(dialog->nameFilters().join(QLatin1Char(';')).contains(QLatin1String("*.jsonl")),
             qPrintable(dialog->nameFilters().join(QLatin1Char(';'))));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<QFileDialog *>(QStringLiteral("sendFileDialog")));

    // Checked after the window's own slot (connected first) has updated the bar.
    int checks = 0;
    QStringList mismatches;
    connect(bulk, &BulkSender::progressed, this, [&](const BulkSender::Progress &p) {
        ++checks;
        const double shown =
            double(bar->value() - bar->minimum()) / (bar->maximum() - bar->minimum());
        const double delivered = p.total > 0 ? double(p.delivered) / p.total : 1.0;
        if (std::abs(shown - delivered) > 0.001)
            mismatches << QStringLiteral("bar %1 for %2 delivered, %3 failed, %4 queued")
                              .arg(shown)
                              .arg(p.delivered)
                              .arg(p.failed)
                              .arg(p.queued);
    });
    QSignalSpy finished(bulk, &BulkSender::finished);
    window.sendFile(path);
    QVERIFY(finished.wait(60000));
    QVERIFY(checks >= 2);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    const auto last = finished.first().at(0).value<BulkSender::Progress>();
    QCOMPARE(last.delivered, lines / 4);
    QCOMPARE(last.failed, lines - lines / 4);
    // A quarter delivered shows as a quarter, not as 100 %.
    QCOMPARE(bar->text(), QStringLiteral("25% delivered"));
    const QLocale locale;
    QVERIFY2(label->text().contains(QStringLiteral("%1 of %2 messages delivered")
                                        .arg(locale.toString(lines / 4), locale.toString(lines))),
             qPrintable(label->text()));
    QVERIFY2(
        label->text().contains(QStringLiteral("%1 failed").arg(locale.toString(lines - lines / 4))),
        qPrintable(label->text()));
}

void TestWindowShutdown::quittingWithADeadBrokerIsBounded()
{
    MockCluster mock;
    QVERIFY(mock.isValid());
    ConnectionConfig config;
    config.bootstrapServers = mock.bootstrap();
    config.topic = QStringLiteral("dead-broker");
    config.groupId = TestCluster::uniqueName(QStringLiteral("dead"));
    SandboxBroker::tuneConsumer(config); // the mock's group rejoin waits session.timeout.ms
    QVERIFY(mock.createTopic(config.topic, 4));

    auto window = std::make_unique<MainWindow>(config);
    QVERIFY(connectAndWatch(*window, config.topic));
    KafkaSession *session = window->session();
    QSignalSpy assigned(session, &KafkaSession::partitionsAssigned);
    QSignalSpy delivered(session, &KafkaSession::delivered);
    auto *sendButton = window->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QVERIFY(delivered.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!assigned.isEmpty(), 30000);
    // Received and acked: the consumer has a commit to make when it closes.
    QTRY_VERIFY_WITH_TIMEOUT(
        window->findChild<QAbstractItemView *>(QStringLiteral("messageView"))->model()->rowCount() >
            0,
        30000);
    window->ackRows({0});

    mock.stopBroker();
    // Sends the broker will never answer.
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(sendButton, Qt::LeftButton);
    QVERIFY(session->pendingDeliveries() >= 3);

    QStringList statusMessages;
    connect(window->statusBar(), &QStatusBar::messageChanged, this,
            [&](const QString &message) { statusMessages << message; });
    QElapsedTimer clock;
    clock.start();
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 20000);
    const qint64 closeMs = clock.elapsed();
    window.reset();
    const qint64 goneMs = clock.elapsed();
    qInfo("dead broker: the window closed after %lld ms and was gone after %lld ms", closeMs,
          goneMs);
    QVERIFY2(goneMs < 5000, qPrintable(QStringLiteral("quitting took %1 ms").arg(goneMs)));
    // It said what it waited for.
    const QString waiting = statusMessages.filter(QStringLiteral("Quitting: waiting for")).value(0);
    QVERIFY2(waiting.contains(QStringLiteral("3 deliveries")),
             qPrintable(statusMessages.join('\n')));
}

void TestWindowShutdown::changingAcksNeverBlocksNorLosesAReport_data()
{
    QTest::addColumn<bool>("slowBroker");
    QTest::newRow("real broker") << false;
    QTest::newRow("broker answering after 1 s (mock)") << true;
}

void TestWindowShutdown::changingAcksNeverBlocksNorLosesAReport()
{
    QFETCH(bool, slowBroker);
    MockCluster mock;
    ConnectionConfig config;
    if (slowBroker) {
        QVERIFY(mock.isValid());
        config.bootstrapServers = mock.bootstrap();
        config.topic = QStringLiteral("slow-broker");
        config.groupId = TestCluster::uniqueName(QStringLiteral("slow"));
        SandboxBroker::tuneConsumer(config);
        QVERIFY(mock.createTopic(config.topic, 2));
    } else {
        QString error;
        config = TestCluster::newTopic(QStringLiteral("acks"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config.topic));
    if (slowBroker)
        mock.setRoundTrip(1000);
    KafkaSession *session = window.session();
    QSet<quint64> sent;
    QList<quint64> reported;
    int failed = 0;
    connect(session, &KafkaSession::delivered, this, [&](const DeliveryReport &report) {
        reported << report.requestId;
        failed += report.delivered() ? 0 : 1;
    });
    const auto sendSome = [&](int count) {
        for (int i = 0; i < count; ++i) {
            QString error;
            const quint64 id = session->send({.topic = config.topic, .value = "acks"}, &error);
            QVERIFY2(id != 0, qPrintable(error));
            sent.insert(id);
        }
    };
    sendSome(200);

    // The longest gap between ticks of a 10 ms timer while acks change twice.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    auto *acks = window.findChild<QComboBox *>(QStringLiteral("acksCombo"));
    auto *compression = window.findChild<QComboBox *>(QStringLiteral("compressionCombo"));
    QElapsedTimer changing;
    changing.start();
    acks->setCurrentIndex(1); // acks=1
    const qint64 changeMs = changing.elapsed();
    sinceTick.start();
    ticker.start();
    sendSome(200);
    QTimer::singleShot(100, this, [&] { compression->setCurrentIndex(1); });
    QTimer::singleShot(200, this, [&] { sendSome(200); });
    QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 600, 60000);
    ticker.stop();
    qInfo("changing acks took %lld ms; the longest event-loop gap was %lld ms", changeMs,
          longestGapMs);
    QVERIFY2(changeMs < 250,
             qPrintable(QStringLiteral("changing acks blocked %1 ms").arg(changeMs)));
    QVERIFY2(longestGapMs < 500,
             qPrintable(QStringLiteral("the window froze for %1 ms").arg(longestGapMs)));
    QCOMPARE(failed, 0);
    // Every send answered exactly once, under the id it was given.
    QCOMPARE(QSet<quint64>(reported.cbegin(), reported.cend()), sent);
    QCOMPARE(sent.size(), 600);
    QCOMPARE(session->pendingDeliveries(), 0);
}

QTEST_MAIN(TestWindowShutdown)
#include "tst_windowshutdown.moc"
