// The send history's model under QAbstractItemModelTester: one row per send, filled in by its
// delivery report, capped with the oldest leaving first.
#include "historymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestHistoryModel final : public QObject
{
    Q_OBJECT
private slots:
    void sendsAndReports();
    void capped();
};

void TestHistoryModel::sendsAndReports()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSend(1, {.topic = QStringLiteral("t"), .key = QByteArray("k"), .value = "v"});
    model.addSend(2, {.topic = QStringLiteral("t"), .value = "w"});
    auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, HistoryModel::OffsetColumn), QStringLiteral("sending…"));
    QCOMPARE(cell(1, HistoryModel::KeyColumn), QStringLiteral("(null)"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    DeliveryReport ok;
    ok.requestId = 1;
    ok.topic = QStringLiteral("t");
    ok.partition = 2;
    ok.offset = 40;
    ok.latencyUs = 1500;
    QVERIFY(model.setReport(ok));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(0, HistoryModel::PartitionColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, HistoryModel::OffsetColumn), QStringLiteral("40"));
    QCOMPARE(cell(0, HistoryModel::LatencyColumn), QStringLiteral("1.5 ms"));

    DeliveryReport unknown = ok;
    unknown.requestId = 2;
    unknown.offset = -1; // acks=0
    QVERIFY(model.setReport(unknown));
    QCOMPARE(cell(1, HistoryModel::OffsetColumn), QStringLiteral("unknown"));
    DeliveryReport failed;
    failed.requestId = 3;
    QVERIFY(!model.setReport(failed)); // not in the history
    QCOMPARE(model.request(0).value, QByteArray("v"));
}

void TestHistoryModel::capped()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < HistoryModel::Cap + 5; ++i)
        model.addSend(quint64(i + 1),
                      {.topic = QStringLiteral("t"), .value = QByteArray::number(i)});
    QCOMPARE(model.rowCount(), HistoryModel::Cap);
    QCOMPARE(model.request(0).value, QByteArray("5"));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
