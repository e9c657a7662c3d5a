// The offset bars in the window, against each real broker: after scripted sends and acks out of
// order, the numbers the bars show (log start, committed offset, the un-acked offset holding
// the commit back and the acked offsets behind it, position, high watermark, lag) equal what
// the broker says to a separate client (its own consumer, outside the group: OffsetFetch for
// the committed offset, ListOffsets for the watermarks), and follow when the gap is acked.
#include "kafkaconf.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "offsetbarswidget.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafkacpp.h>

#include <memory>

using Segment = OffsetBarsWidget::Segment;

namespace {
constexpr int WaitMs = 30000;
constexpr int BrokerTimeoutMs = 10000;

// What the broker says about one partition, asked by a client of its own that never joins the
// group.
struct BrokerOffsets
{
    qint64 logStart = -1;
    qint64 highWatermark = -1;
    qint64 committed = -1;
    QString error;
};

BrokerOffsets askBroker(const ConnectionConfig &config, const QString &group, qint32 partition)
{
    BrokerOffsets answer;
    ConnectionConfig own = config;
    own.groupId = group; // committed() asks for this group's offsets; subscribe is never called
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(own, KafkaConf::Role::Consumer, &answer.error);
    if (!conf)
        return answer;
    std::string reason;
    std::unique_ptr<RdKafka::KafkaConsumer> consumer(
        RdKafka::KafkaConsumer::create(conf.get(), reason));
    if (!consumer) {
        answer.error = QString::fromStdString(reason);
        return answer;
    }
    const std::string topic = config.topic.toStdString();
    int64_t low = -1;
    int64_t high = -1;
    RdKafka::ErrorCode err =
        consumer->query_watermark_offsets(topic, partition, &low, &high, BrokerTimeoutMs);
    if (err != RdKafka::ERR_NO_ERROR)
        answer.error = QString::fromStdString(RdKafka::err2str(err));
    answer.logStart = low;
    answer.highWatermark = high;
    std::vector<RdKafka::TopicPartition *> list{RdKafka::TopicPartition::create(topic, partition)};
    err = consumer->committed(list, BrokerTimeoutMs);
    if (err != RdKafka::ERR_NO_ERROR)
        answer.error = QString::fromStdString(RdKafka::err2str(err));
    else if (list.front()->err() == RdKafka::ERR_NO_ERROR && list.front()->offset() >= 0)
        answer.committed = list.front()->offset();
    RdKafka::TopicPartition::destroy(list);
    consumer->close();
    return answer;
}

OffsetBarsWidget *shownBars(MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("offsetsDock"));
    auto *bars = window.findChild<OffsetBarsWidget *>(QStringLiteral("offsetBarsWidget"));
    if (!dock || !bars)
        return nullptr;
    dock->show();
    dock->raise();
    return bars;
}
} // namespace

class TestOffsetBarsGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void barsShowTheBrokersNumbersAfterOutOfOrderAcks();

private:
    QTemporaryDir m_settings;
};

void TestOffsetBarsGui::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    qInfo("against Kafka %s", qPrintable(TestCluster::kafkaVersion()));
}

void TestOffsetBarsGui::barsShowTheBrokersNumbersAfterOutOfOrderAcks()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("gui-bars"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OffsetBarsWidget *bars = shownBars(window);
    QVERIFY(bars);
    QVERIFY(bars->isVisible());
    window.connectToCluster();
    KafkaSession *session = window.session();
    QVERIFY(QTest::qWaitFor(
        [session] {
            return session->state() == KafkaSession::State::Connected && session->isConsuming();
        },
        WaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(bars->shownOffsets().size(), 1, WaitMs);

    // Five messages from another client, all fetched.
    const QList<DeliveryReport> reports = TestCluster::produce(config, 5, 0);
    QCOMPARE(reports.size(), 5);
    for (const DeliveryReport &r : reports)
        QVERIFY2(r.delivered(), qPrintable(r.error));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(bars->shownOffsets().first().position, 5, WaitMs);

    // Ack 0, 1 and 3: 0 and 1 are committed, 2 holds 3 back.
    QList<int> rows;
    for (qint64 offset : {3, 0, 1}) {
        const int row = model->rowOf(0, offset);
        QVERIFY(row >= 0);
        rows.append(row);
    }
    QSignalSpy confirmed(session, &KafkaSession::commitsConfirmed);
    window.ackRows(rows);
    QTRY_VERIFY_WITH_TIMEOUT(bars->shownOffsets().first().committed == 2, WaitMs);
    PartitionOffsets shown = bars->shownOffsets().first();
    BrokerOffsets broker = askBroker(config, session->effectiveConfig().groupId, 0);
    QVERIFY2(broker.error.isEmpty(), qPrintable(broker.error));
    QCOMPARE(broker.committed, 2);
    QCOMPARE(shown.committed, broker.committed);
    QCOMPARE(shown.highWatermark, broker.highWatermark);
    QCOMPARE(shown.highWatermark, 5);
    QCOMPARE(shown.logStart, broker.logStart);
    QCOMPARE(shown.position, 5);
    QCOMPARE(shown.committable, 2);
    QCOMPARE(shown.highestAcked, 3);
    QCOMPARE(shown.openCount, 2);
    QCOMPARE(shown.lag(), broker.highWatermark - broker.committed);
    QCOMPARE(OffsetBarsWidget::lagText(shown), QStringLiteral("lag 3"));

    // The bar as drawn: committed up to the broker's offset, the gap at 2, 3 held back, 4
    // fetched and not acked, ending at the broker's high watermark.
    OffsetBarsWidget::BarLayout bar = bars->barAt(0);
    QVERIFY(bar.known);
    QCOMPARE(bar.start, broker.logStart);
    QCOMPARE(bar.end, broker.highWatermark);
    QVERIFY(bar.find(Segment::Committed));
    QCOMPARE(bar.find(Segment::Committed)->to, broker.committed);
    const OffsetBarsWidget::Span *blocker = bar.find(Segment::Blocker);
    QVERIFY(blocker);
    QCOMPARE(blocker->from, 2);
    QCOMPARE(blocker->to, 3);
    QVERIFY(blocker->right - blocker->left >= OffsetBarsWidget::MinGapPixels);
    QVERIFY(bar.find(Segment::HeldBack));
    QCOMPARE(bar.find(Segment::HeldBack)->to, 4);
    QVERIFY(bar.find(Segment::NotAcked));
    QCOMPARE(bar.find(Segment::NotAcked)->to, 5);
    QVERIFY(!bar.find(Segment::NotFetched));
    QVERIFY(!bar.find(Segment::CommitOnItsWay));

    // Ack 2: the gap closes, the commit moves to 4, on the bars as at the broker.
    window.ackRows({model->rowOf(0, 2)});
    QTRY_VERIFY_WITH_TIMEOUT(bars->shownOffsets().first().committed == 4, WaitMs);
    shown = bars->shownOffsets().first();
    broker = askBroker(config, session->effectiveConfig().groupId, 0);
    QVERIFY2(broker.error.isEmpty(), qPrintable(broker.error));
    QCOMPARE(broker.committed, 4);
    QCOMPARE(shown.committed, broker.committed);
    QCOMPARE(shown.heldBack(), 0);
    QCOMPARE(shown.openCount, 1);
    QCOMPARE(shown.lag(), broker.highWatermark - broker.committed);
    bar = bars->barAt(0);
    QVERIFY(!bar.find(Segment::Blocker));
    QVERIFY(!bar.find(Segment::HeldBack));
    QCOMPARE(bar.find(Segment::Committed)->to, 4);

    // Three more from another client: the high watermark moves, on the bars as at the broker.
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(bars->shownOffsets().first().highWatermark == 8, WaitMs);
    broker = askBroker(config, session->effectiveConfig().groupId, 0);
    QCOMPARE(bars->shownOffsets().first().highWatermark, broker.highWatermark);
    QCOMPARE(bars->barAt(0).end, broker.highWatermark);
    QVERIFY(!confirmed.isEmpty());
}

QTEST_MAIN(TestOffsetBarsGui)
#include "tst_offsetbarsgui.moc"
