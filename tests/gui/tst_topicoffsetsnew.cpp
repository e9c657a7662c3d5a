// What only librdkafka 2.3's admin calls give TopicOffsets and its dialog: with ListOffsets each
// partition's newest message by timestamp (KIP-734, not the last one written when producers
// set older times), and all offsets in one request per kind; with DescribeTopics and
// DescribeCluster the topic's id and the cluster's id, equal to what Kafka's own tools say
// (kafka-topics.sh --describe, kafka-cluster.sh cluster-id); the Sandbox, which cannot answer
// them, answered at once from the metadata. Built with an older librdkafka (Debian 12 has 2.0.2)
// every function is skipped as "Not applicable: ", which ctest reports as skipped
// (SKIP_REGULAR_EXPRESSION). tst_topicoffsets checks what every build does (and that the dialog
// says why the topic id is not shown).
#include "kafkatool.h"
#include "libraryfeatures.h"
#include "sandboxbroker.h"
#include "testcluster.h"
#include "topicoffsets.h"
#include "topicoffsetsdialog.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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
    void describedIds();
    void dialogShowsIds();
    void sandboxFallsBack();

private:
    // A topic of two partitions with three messages in partition 0 whose timestamps are
    // base+10, base+30 and base+20 ms (the newest is offset 1); partition 1 stays empty.
    bool prepare(ConnectionConfig *config, qint64 *base);
};

void TestTopicOffsetsNew::init()
{
    const QByteArray function = QTest::currentTestFunction();
    if (function == "newestByTimestamp" || function == "dialogShowsNewest") {
        if (!LibraryFeatures::listOffsetsAvailable())
            QSKIP(qPrintable(QStringLiteral("Not applicable: the newest message of each "
                                            "partition is asked with ListOffsets, which %1")
                                 .arg(LibraryFeatures::listOffsetsUnavailableReason())));
    } else if (!LibraryFeatures::describeAvailable()) {
        QSKIP(qPrintable(QStringLiteral("Not applicable: the topic and cluster ids are asked "
                                        "with DescribeTopics and DescribeCluster, which %1")
                             .arg(LibraryFeatures::describeUnavailableReason())));
    }
    if (function == "sandboxFallsBack")
        return;
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

void TestTopicOffsetsNew::describedIds()
{
    // Four topics: Kafka prints topic ids in URL-safe Base64 ('-' and '_') and librdkafka in the
    // standard alphabet ('+' and '/'); one of 22 characters is one of those in about half the ids.
    QStringList names;
    QList<TopicOffsetsListing> listings;
    for (int i = 0; i < 4; ++i) {
        QString error;
        const ConnectionConfig config =
            TestCluster::newTopic(QStringLiteral("offsets-ids"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A message to each partition: asked at once after the topic is made, a partition's
        // leader may not be ready yet ("Not leader for partition").
        for (int p = 0; p < 2; ++p)
            QCOMPARE(TestCluster::produce(config, 1, p).size(), 1);
        names << config.topic;
        listings << TopicOffsets::fetch(config, config.topic, 10000);
    }
    QString error;
    const QMap<QString, QString> kafkaIds = KafkaTool::topicIds(names, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString clusterId = KafkaTool::clusterId(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!clusterId.isEmpty());
    QSet<QString> seen;
    for (const TopicOffsetsListing &listing : std::as_const(listings)) {
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QVERIFY(listing.usedDescribeTopics);
        QVERIFY(listing.usedDescribeCluster);
        QVERIFY(listing.topicIdUnavailable.isEmpty());
        QVERIFY(kafkaIds.contains(listing.topic));
        QCOMPARE(kafkaIds.value(listing.topic).size(), 22);
        QCOMPARE(listing.topicId, kafkaIds.value(listing.topic));
        QCOMPARE(listing.clusterId, clusterId);
        seen.insert(listing.topicId);
        QCOMPARE(listing.partitions.size(), 2);
        for (const PartitionEnds &ends : listing.partitions) {
            QVERIFY(ends.leader >= 0);
            QVERIFY(ends.replicas.contains(ends.leader));
            QCOMPARE(ends.inSync, ends.replicas);
        }
    }
    QCOMPARE(seen.size(), 4);
}

void TestTopicOffsetsNew::dialogShowsIds()
{
    QString error;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("offsets-ids-dlg"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TestCluster::produce(config, 1, 0).size(), 1);
    TopicOffsetsDialog dialog(config, config.topic);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    const QMap<QString, QString> kafkaIds = KafkaTool::topicIds({config.topic}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString clusterId = KafkaTool::clusterId(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!kafkaIds.value(config.topic).isEmpty() && !clusterId.isEmpty());
    auto *cluster = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsClusterLabel"));
    auto *topicId = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsTopicIdLabel"));
    QVERIFY(cluster && topicId);
    QVERIFY(cluster->isVisible() && topicId->isVisible());
    QVERIFY2(cluster->text().startsWith(QStringLiteral("Cluster id: ") + clusterId),
             qPrintable(cluster->text()));
    QCOMPARE(topicId->text(), QStringLiteral("Topic id: ") + kafkaIds.value(config.topic));
}

void TestTopicOffsetsNew::sandboxFallsBack()
{
    // librdkafka sends DescribeTopics and DescribeCluster to the controller, and its mock
    // cluster names broker 0, which is none of its brokers: the calls would wait until they
    // time out. TopicOffsets does not ask them there: the metadata's answer, at once, and no
    // complaint about the topic id.
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString topic = QStringLiteral("sandbox-ids");
    QVERIFY2(sandbox.createTopic(topic, 2, &error), qPrintable(error));
    ConnectionConfig config;
    config.bootstrapServers = sandbox.bootstrapServers();
    config.topic = topic;
    QElapsedTimer timer;
    timer.start();
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, topic, 10000);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QVERIFY(listing.usedListOffsets);
    QVERIFY(!listing.usedDescribeTopics);
    QVERIFY(!listing.usedDescribeCluster);
    QVERIFY(listing.topicId.isEmpty());
    QVERIFY(listing.topicIdUnavailable.isEmpty());
    QCOMPARE(listing.controllerId, -1);
    QVERIFY2(listing.clusterId.startsWith(QStringLiteral("mockCluster")),
             qPrintable(listing.clusterId));
    QCOMPARE(listing.partitions.size(), 2);
    for (const PartitionEnds &ends : listing.partitions) {
        QVERIFY(sandbox.runningBrokers().contains(ends.leader));
        QVERIFY(!ends.replicas.isEmpty());
        QCOMPARE(ends.inSync, ends.replicas);
    }

    TopicOffsetsDialog dialog(config, topic);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsTopicIdLabel"))->isHidden());
    auto *cluster = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsClusterLabel"));
    QVERIFY(cluster && cluster->isVisible());
    QCOMPARE(cluster->text(), QStringLiteral("Cluster id: ") + listing.clusterId);
}

QTEST_MAIN(TestTopicOffsetsNew)
#include "tst_topicoffsetsnew.moc"
