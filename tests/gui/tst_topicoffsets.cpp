// TopicOffsets and its dialog (Topics > Partition offsets…) against the real broker, with the
// same assertions on every librdkafka: after N messages to each partition, each partition's
// oldest and next offsets and message count; an unknown topic (not created by asking), names
// Kafka refuses and an unreachable cluster said in words; the dialog's table and Refresh, and
// the line that says why the newest messages are not shown when the library cannot ask
// (librdkafka before 2.3). Each partition's leader, replicas and in-sync replicas, the cluster's
// id and its controller equal what Kafka's own tools say (kafka-topics.sh --describe and
// kafka-cluster.sh cluster-id, run from the broker's installation by tests/broker/broker.sh java),
// in the listing and in the dialog; a replica out of sync is marked; built with a librdkafka
// older than 2.3 the dialog says why the topic id is not shown. tst_topicoffsetsnew checks what
// only ListOffsets, DescribeTopics and DescribeCluster give.
#include "clustermetadata.h"
#include "kafkatool.h"
#include "libraryfeatures.h"
#include "sandboxbroker.h"
#include "statuscolours.h"
#include "testcluster.h"
#include "topicoffsets.h"
#include "topicoffsetsdialog.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QMap>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class TestTopicOffsets final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void watermarks();
    void replicasAsKafkaSays();
    void unknownTopicIsNotCreated();
    void sandbox();
    void refusedNames_data();
    void refusedNames();
    void unreachable();
    void dialog();
    void dialogError();
    void dialogMarksOutOfSync();

private:
    static QString cell(const TopicOffsetsDialog &dialog, int row, int column)
    {
        return dialog.model()->index(row, column).data().toString();
    }
    // "1, 2, 3", as the dialog lists broker ids.
    static QString joined(const QList<qint32> &ids)
    {
        QStringList texts;
        for (const qint32 id : ids)
            texts << QString::number(id);
        return texts.join(QStringLiteral(", "));
    }
};

void TestTopicOffsets::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest or broker.sh env");
}

void TestTopicOffsets::watermarks()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("offsets"), 3, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TestCluster::produce(config, 5, 0).size(), 5);
    QCOMPARE(TestCluster::produce(config, 2, 1).size(), 2);

    const TopicOffsetsListing listing = TopicOffsets::fetch(config, config.topic, 10000);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.topic, config.topic);
    QCOMPARE(listing.partitions.size(), 3);
    const qint64 expected[] = {5, 2, 0};
    for (int p = 0; p < 3; ++p) {
        const PartitionEnds &ends = listing.partitions.at(p);
        QCOMPARE(ends.partition, p);
        QCOMPARE(ends.earliest, 0);
        QCOMPARE(ends.next, expected[p]);
        QCOMPARE(ends.messageCount(), expected[p]);
    }
    // Which way it asked follows the library; either way the numbers above are the same.
    QCOMPARE(listing.usedListOffsets, LibraryFeatures::listOffsetsAvailable());
    QCOMPARE(listing.newestUnavailable.isEmpty(), listing.newestKnown);
}

void TestTopicOffsets::replicasAsKafkaSays()
{
    QString error;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("offsets-replicas"), 3, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A message to each partition: asked at once after the topic is made, a partition's leader
    // may not be ready yet ("Not leader for partition").
    for (int p = 0; p < 3; ++p)
        QCOMPARE(TestCluster::produce(config, 1, p).size(), 1);
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, config.topic, 10000);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));

    const KafkaTool::Topic kafka = KafkaTool::describeTopic(config.topic, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kafka.partitions.size(), 3);
    QCOMPARE(listing.partitions.size(), kafka.partitions.size());
    for (const PartitionEnds &ends : listing.partitions) {
        QVERIFY(kafka.partitions.contains(ends.partition));
        const KafkaTool::Partition expected = kafka.partitions.value(ends.partition);
        QCOMPARE(ends.leader, expected.leader);
        QCOMPARE(ends.replicas, expected.replicas);
        QCOMPARE(ends.inSync, expected.inSync);
        QVERIFY(!ends.replicas.isEmpty());
        QVERIFY(!ends.underReplicated());
    }

    const QString clusterId = KafkaTool::clusterId(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!clusterId.isEmpty());
    QCOMPARE(listing.clusterId, clusterId);
    // A KRaft cluster names one of its brokers as the controller to clients: the only one.
    QVERIFY(KafkaTool::nodeId() >= 0);
    QCOMPARE(listing.controllerId, KafkaTool::nodeId());

    // Which way it asked follows the library; the topic id only with DescribeTopics
    // (tst_topicoffsetsnew compares it with Kafka's).
    QCOMPARE(listing.usedDescribeTopics, LibraryFeatures::describeAvailable());
    QCOMPARE(listing.usedDescribeCluster, LibraryFeatures::describeAvailable());
    if (LibraryFeatures::describeAvailable()) {
        QVERIFY(listing.topicIdUnavailable.isEmpty());
        QVERIFY(!listing.topicId.isEmpty());
    } else {
        QVERIFY(listing.topicId.isEmpty());
        QCOMPARE(listing.topicIdUnavailable,
                 QStringLiteral("needs librdkafka 2.3 or later; this build uses ") +
                     LibraryFeatures::librdkafkaVersion());
    }
}

void TestTopicOffsets::unknownTopicIsNotCreated()
{
    const ConnectionConfig config = TestCluster::config(QStringLiteral("offsets"));
    const QString name = TestCluster::uniqueName(QStringLiteral("no-such-topic"));
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, name, 10000);
    QVERIFY(listing.partitions.isEmpty());
    QVERIFY2(listing.error.contains(name), qPrintable(listing.error));
    // Asking did not create it (the broker creates topics on first use by default).
    const TopicListing topics = ClusterMetadata::fetchTopics(config, 10000);
    QVERIFY2(topics.error.isEmpty(), qPrintable(topics.error));
    for (const TopicInfo &topic : topics.topics)
        QVERIFY(topic.name != name);
}

void TestTopicOffsets::sandbox()
{
    // The built-in Sandbox (librdkafka's mock cluster) answers the same way.
    SandboxBroker sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QString topic = QStringLiteral("sandbox-offsets");
    QVERIFY2(sandbox.createTopic(topic, 2, &error), qPrintable(error));
    ConnectionConfig config;
    config.bootstrapServers = sandbox.bootstrapServers();
    config.topic = topic;
    QCOMPARE(TestCluster::produce(config, 4, 1).size(), 4);
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, topic, 10000);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QCOMPARE(listing.partitions.size(), 2);
    QCOMPARE(listing.partitions.at(0).messageCount(), 0);
    QCOMPARE(listing.partitions.at(1).earliest, 0);
    QCOMPARE(listing.partitions.at(1).next, 4);
    // Known, or said why not.
    QCOMPARE(listing.newestUnavailable.isEmpty(), listing.newestKnown);
    // The mock cluster keeps every replica in sync, on its running brokers.
    for (const PartitionEnds &ends : listing.partitions) {
        QVERIFY2(sandbox.runningBrokers().contains(ends.leader),
                 qPrintable(QString::number(ends.leader)));
        QCOMPARE(ends.replicas.size(), sandbox.replicationFactor());
        QVERIFY(ends.replicas.contains(ends.leader));
        QCOMPARE(ends.inSync, ends.replicas);
    }
    // librdkafka's mock cluster names itself "mockCluster..." (rdkafka_mock.c).
    QVERIFY2(listing.clusterId.startsWith(QStringLiteral("mockCluster")),
             qPrintable(listing.clusterId));
    // Nothing to say about the topic id but the library's own reason, if any.
    QCOMPARE(listing.topicIdUnavailable, LibraryFeatures::describeUnavailableReason());
}

void TestTopicOffsets::refusedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("too long") << QString(250, QLatin1Char('x'));
    QTest::newRow("huge") << QString(1 << 20, QLatin1Char('x'));
    QTest::newRow("control") << QString::fromUtf8("a\x01\xff");
}

void TestTopicOffsets::refusedNames()
{
    QFETCH(QString, name);
    const ConnectionConfig config = TestCluster::config(QStringLiteral("offsets"));
    QElapsedTimer timer;
    timer.start();
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, name, 10000);
    QCOMPARE(listing.error, ConnectionConfig::checkTopicName(name));
    QVERIFY(!listing.error.isEmpty());
    QVERIFY(listing.partitions.isEmpty());
    QVERIFY2(timer.elapsed() < 1000, "a refused name is said without asking the cluster");
}

void TestTopicOffsets::unreachable()
{
    ConnectionConfig config = TestCluster::config(QStringLiteral("offsets"));
    config.bootstrapServers = QStringLiteral("127.0.0.1:1");
    QElapsedTimer timer;
    timer.start();
    const TopicOffsetsListing listing = TopicOffsets::fetch(config, QStringLiteral("t"), 2000);
    QVERIFY(!listing.error.isEmpty());
    QVERIFY(listing.partitions.isEmpty());
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestTopicOffsets::dialog()
{
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("offsets-dlg"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TestCluster::produce(config, 3, 0).size(), 3);

    TopicOffsetsDialog dialog(config, config.topic);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsStatusLabel"));
    auto *newest = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsNewestLabel"));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("topicOffsetsView"));
    auto *refresh = dialog.findChild<QPushButton *>(QStringLiteral("topicOffsetsRefreshButton"));
    QVERIFY(status && newest && view && refresh);
    QVERIFY2(status->text().contains(QStringLiteral("has 2 partition")),
             qPrintable(status->text()));
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::PartitionColumn), QStringLiteral("0"));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::EarliestColumn), QStringLiteral("0"));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::NextColumn), QStringLiteral("3"));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::MessagesColumn), QStringLiteral("3"));
    QCOMPARE(cell(dialog, 1, TopicOffsetsDialog::MessagesColumn), QStringLiteral("0"));

    // Each partition's leader, replicas and in-sync replicas as Kafka's own tool has them.
    const KafkaTool::Topic kafka = KafkaTool::describeTopic(config.topic, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kafka.partitions.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const KafkaTool::Partition expected = kafka.partitions.value(row);
        QVERIFY(expected.leader >= 0 && !expected.replicas.isEmpty());
        QCOMPARE(cell(dialog, row, TopicOffsetsDialog::LeaderColumn),
                 QString::number(expected.leader));
        QCOMPARE(cell(dialog, row, TopicOffsetsDialog::ReplicasColumn), joined(expected.replicas));
        QCOMPARE(cell(dialog, row, TopicOffsetsDialog::InSyncColumn), joined(expected.inSync));
        const QModelIndex inSync = dialog.model()->index(row, TopicOffsetsDialog::InSyncColumn);
        QCOMPARE(inSync.data(Qt::UserRole).toBool(), false);
        QVERIFY(!inSync.data(Qt::ForegroundRole).isValid());
    }
    for (const int column : {TopicOffsetsDialog::LeaderColumn, TopicOffsetsDialog::ReplicasColumn,
                             TopicOffsetsDialog::InSyncColumn}) {
        QVERIFY(!view->isColumnHidden(column));
        QVERIFY(!dialog.model()
                     ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    // The cluster's id and controller above the table; the topic id, or why not.
    auto *cluster = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsClusterLabel"));
    auto *topicId = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsTopicIdLabel"));
    QVERIFY(cluster && topicId);
    const QString clusterId = KafkaTool::clusterId(&error);
    QVERIFY2(error.isEmpty() && !clusterId.isEmpty(), qPrintable(error));
    QVERIFY(cluster->isVisible());
    QVERIFY2(cluster->text().contains(QStringLiteral("Cluster id: ") + clusterId),
             qPrintable(cluster->text()));
    QVERIFY2(
        cluster->text().contains(QStringLiteral("controller: broker %1").arg(KafkaTool::nodeId())),
        qPrintable(cluster->text()));
    QVERIFY(topicId->isVisible());
    if (LibraryFeatures::describeAvailable()) {
        QVERIFY2(topicId->text().startsWith(QStringLiteral("Topic id: ")),
                 qPrintable(topicId->text()));
    } else {
        QCOMPARE(topicId->text(),
                 QStringLiteral("The topic id is not shown: needs librdkafka 2.3 or later; this "
                                "build uses %1.")
                     .arg(LibraryFeatures::librdkafkaVersion()));
    }

    // What the window says about the newest messages follows the library it was built with.
    if (LibraryFeatures::listOffsetsAvailable()) {
        QVERIFY(newest->isHidden());
        QVERIFY(!view->isColumnHidden(TopicOffsetsDialog::NewestTimeColumn));
    } else {
        QVERIFY(newest->isVisible());
        QVERIFY2(newest->text().contains(QStringLiteral("needs librdkafka 2.3 or later; this "
                                                        "build uses ") +
                                         LibraryFeatures::librdkafkaVersion()),
                 qPrintable(newest->text()));
        QVERIFY(view->isColumnHidden(TopicOffsetsDialog::NewestOffsetColumn));
        QVERIFY(view->isColumnHidden(TopicOffsetsDialog::NewestTimeColumn));
    }

    // Refresh asks again: a message sent meanwhile is counted.
    QCOMPARE(TestCluster::produce(config, 1, 1).size(), 1);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!refresh->isEnabled());
    QVERIFY(loaded.wait(20000));
    QVERIFY(refresh->isEnabled());
    QCOMPARE(cell(dialog, 1, TopicOffsetsDialog::NextColumn), QStringLiteral("1"));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::NextColumn), QStringLiteral("3"));
}

void TestTopicOffsets::dialogError()
{
    const ConnectionConfig config = TestCluster::config(QStringLiteral("offsets"));
    const QString name = TestCluster::uniqueName(QStringLiteral("no-such-topic"));
    TopicOffsetsDialog dialog(config, name);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    QVERIFY(loaded.wait(20000));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsStatusLabel"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("could not be read")) &&
                 status->text().contains(name),
             qPrintable(status->text()));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsNewestLabel"))->isHidden());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsClusterLabel"))->isHidden());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("topicOffsetsTopicIdLabel"))->isHidden());
}

void TestTopicOffsets::dialogMarksOutOfSync()
{
    // A single test broker keeps every replica in sync: the dialog is shown a listing where
    // partition 0 has broker 2 out of sync and partition 1 no leader.
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("offsets-isr"), 2, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int p = 0; p < 2; ++p)
        QCOMPARE(TestCluster::produce(config, 1, p).size(), 1);
    TopicOffsetsDialog dialog(config, config.topic);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&dialog, &TopicOffsetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog.model()->rowCount(), 2);
    TopicOffsetsListing listing = dialog.listing();
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    listing.partitions[0].leader = 1;
    listing.partitions[0].replicas = {1, 2, 3};
    listing.partitions[0].inSync = {1, 3};
    listing.partitions[1].leader = -1;
    listing.partitions[1].replicas = {2};
    listing.partitions[1].inSync = {2};
    QVERIFY(listing.partitions[0].underReplicated());
    QVERIFY(!listing.partitions[1].underReplicated());
    dialog.setListing(listing);
    QCOMPARE(dialog.model()->rowCount(), 2);

    const QModelIndex marked = dialog.model()->index(0, TopicOffsetsDialog::InSyncColumn);
    QCOMPARE(marked.data().toString(), QStringLiteral("1, 3 (not in sync: 2)"));
    QCOMPARE(marked.data(Qt::UserRole).toBool(), true);
    QCOMPARE(marked.data(Qt::ForegroundRole).value<QBrush>().color(),
             StatusColours::colour(StatusColours::Role::Warning, dialog.palette()));
    QVERIFY(marked.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY2(marked.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral("Only 2 of the 3 copies are up to date")),
             qPrintable(marked.data(Qt::ToolTipRole).toString()));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::ReplicasColumn), QStringLiteral("1, 2, 3"));
    QCOMPARE(cell(dialog, 0, TopicOffsetsDialog::LeaderColumn), QStringLiteral("1"));

    const QModelIndex inSync = dialog.model()->index(1, TopicOffsetsDialog::InSyncColumn);
    QCOMPARE(inSync.data().toString(), QStringLiteral("2"));
    QCOMPARE(inSync.data(Qt::UserRole).toBool(), false);
    QVERIFY(!inSync.data(Qt::ForegroundRole).isValid());
    const QModelIndex leader = dialog.model()->index(1, TopicOffsetsDialog::LeaderColumn);
    QCOMPARE(leader.data().toString(), QStringLiteral("none"));
    QCOMPARE(leader.data(Qt::ForegroundRole).value<QBrush>().color(),
             StatusColours::colour(StatusColours::Role::Error, dialog.palette()));
    QVERIFY(!leader.data(Qt::ToolTipRole).toString().isEmpty());

    // Refresh shows the cluster's answer again: nothing out of sync.
    auto *refresh = dialog.findChild<QPushButton *>(QStringLiteral("topicOffsetsRefreshButton"));
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog.model()->index(0, TopicOffsetsDialog::InSyncColumn).data(Qt::UserRole).toBool(),
             false);
    QCOMPARE(cell(dialog, 1, TopicOffsetsDialog::LeaderColumn),
             QString::number(dialog.listing().partitions.at(1).leader));
}

QTEST_MAIN(TestTopicOffsets)
#include "tst_topicoffsets.moc"
