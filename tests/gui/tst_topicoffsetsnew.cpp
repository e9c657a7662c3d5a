// What only librdkafka 2.3's admin call ListOffsets gives TopicOffsets and its dialog: each
// partition's newest message by timestamp (KIP-734, not the last one written when producers
// set older times), and all offsets in one request per kind. Built with an older librdkafka
// (Debian 12 has 2.0.2) every function is skipped as "Not applicable: ", which ctest reports as
// skipped (SKIP_REGULAR_EXPRESSION). tst_topicoffsets checks what every build does.
#include "libraryfeatures.h"
#include "testcluster.h"
#include "topicoffsets.h"
#include "topicoffsetsdialog.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <librdkafka/rdkafkacpp.h>

#include <memory>

class TestTopicOffsetsNew final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void newestByTimestamp();
    void dialogShowsNewest();

private:
    // A topic of two partitions with three messages in partition 0 whose timestamps are
    // base+10, base+30 and base+20 ms (the newest is offset 1); partition 1 stays empty.
    bool prepare(ConnectionConfig *config, qint64 *base);
};

void TestTopicOffsetsNew::init()
{
    if (!LibraryFeatures::listOffsetsAvailable())
        QSKIP(qPrintable(QStringLiteral("Not applicable: the newest message of each partition "
                                        "is asked with ListOffsets, which %1")
                             .arg(LibraryFeatures::listOffsetsUnavailableReason())));
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest or broker.sh env");
}

bool TestTopicOffsetsNew::prepare(ConnectionConfig *config, qint64 *base)
{
    QString error;
    *config = TestCluster::newTopic(QStringLiteral("offsets-new"), 2, &error);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    // Ten minutes ago: in the past, but well within the test broker's retention (one hour),
    // which would delete older messages at its next check.
    *base = QDateTime::currentMSecsSinceEpoch() - 600 * 1000;
    std::string reason;
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    conf->set("bootstrap.servers", TestCluster::brokers().toStdString(), reason);
    std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(conf.get(), reason));
    if (!producer) {
        qWarning("%s", reason.c_str());
        return false;
    }
    for (const int delta : {10, 30, 20}) {
        std::string value = "at +" + std::to_string(delta);
        const RdKafka::ErrorCode err =
            producer->produce(config->topic.toStdString(), 0, RdKafka::Producer::RK_MSG_COPY,
                              value.data(), value.size(), nullptr, 0, *base + delta, nullptr);
        if (err != RdKafka::ERR_NO_ERROR) {
            qWarning("produce: %s", RdKafka::err2str(err).c_str());
            return false;
        }
    }
    return producer->flush(20000) == RdKafka::ERR_NO_ERROR && producer->outq_len() == 0;
}

void TestTopicOffsetsNew::newestByTimestamp()
{
    ConnectionConfig config;
    qint64 base = 0;
    QVERIFY(prepare(&config, &base));
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, config.topic, 10000);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(listing.usedListOffsets);
    QVERIFY2(listing.newestKnown, qPrintable(listing.newestUnavailable));
    QVERIFY(listing.newestUnavailable.isEmpty());
    QCOMPARE(listing.partitions.size(), 2);
    const PartitionEnds &written = listing.partitions.at(0);
    QCOMPARE(written.earliest, 0);
    QCOMPARE(written.next, 3);
    QCOMPARE(written.newestOffset, 1); // base+30, not the last one written
    QCOMPARE(written.newestTimestampMs, base + 30);
    const PartitionEnds &empty = listing.partitions.at(1);
    QCOMPARE(empty.next, 0);
    QCOMPARE(empty.newestOffset, -1);
    QCOMPARE(empty.newestTimestampMs, -1);
}

void TestTopicOffsetsNew::dialogShowsNewest()
{
    ConnectionConfig config;
    qint64 base = 0;
    QVERIFY(prepare(&config, &base));
    TopicOffsetsDialog dialog(config, config.topic);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog.model()->rowCount(), 2);
    const auto cell = [&dialog](int row, int column) {
        return dialog.model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, TopicOffsetsDialog::NewestOffsetColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, TopicOffsetsDialog::NewestTimeColumn),
             QDateTime::fromMSecsSinceEpoch(base + 30).toString(
                 QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    QCOMPARE(cell(1, TopicOffsetsDialog::NewestOffsetColumn), QStringLiteral("empty"));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("topicOffsetsView"));
    QVERIFY(view);
    QVERIFY(!view->isColumnHidden(TopicOffsetsDialog::NewestOffsetColumn));
    QVERIFY(!view->isColumnHidden(TopicOffsetsDialog::NewestTimeColumn));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsNewestLabel"))->isHidden());
}

QTEST_MAIN(TestTopicOffsetsNew)
#include "tst_topicoffsetsnew.moc"
