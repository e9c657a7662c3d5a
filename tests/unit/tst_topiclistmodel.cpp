// The topic list's model under QAbstractItemModelTester: names with partition counts, Kafka's
// internal topics left out.
#include "topiclistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestTopicListModel final : public QObject
{
    Q_OBJECT
private slots:
    void listsTopicsWithoutInternalOnes();
};

void TestTopicListModel::listsTopicsWithoutInternalOnes()
{
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopics({{QStringLiteral("__consumer_offsets"), 50},
                     {QStringLiteral("orders"), 3},
                     {QStringLiteral("test-topic"), 2}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, TopicListModel::NameColumn).data().toString(),
             QStringLiteral("orders"));
    QCOMPARE(model.index(0, TopicListModel::PartitionsColumn).data().toInt(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("test-topic")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("__consumer_offsets")), -1);
    QCOMPARE(model.topicAt(1), QStringLiteral("test-topic"));
    QCOMPARE(model.topicAt(2), QString());
    model.setTopics({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTopicListModel)
#include "tst_topiclistmodel.moc"
