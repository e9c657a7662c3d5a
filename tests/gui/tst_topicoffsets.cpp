// TopicOffsets and its dialog (Topics > Partition offsets…) against the real broker, with the
// same assertions on every librdkafka: after N messages to each partition, each partition's
// oldest and next offsets and message count; an unknown topic (not created by asking), names
// Kafka refuses and an unreachable cluster said in words; the dialog's table and Refresh, and
// the line that says why the newest messages are not shown when the library cannot ask
// (librdkafka before 2.3). tst_topicoffsetsnew checks what only ListOffsets gives.
#include "clustermetadata.h"
#include "libraryfeatures.h"
#include "sandboxbroker.h"
#include "testcluster.h"
#include "topicoffsets.h"
#include "topicoffsetsdialog.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
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
    void unknownTopicIsNotCreated();
    void sandbox();
    void refusedNames_data();
    void refusedNames();
    void unreachable();
    void dialog();
    void dialogError();

private:
    static QString cell(const TopicOffsetsDialog &dialog, int row, int column)
    {
        return dialog.model()->index(row, column).data().toString();
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
}

QTEST_MAIN(TestTopicOffsets)
#include "tst_topicoffsets.moc"
