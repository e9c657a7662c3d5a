// The partition offsets panel's model under QAbstractItemModelTester: numbers update in place,
// the rows change only with the assignment, and lag is high watermark minus committed (minus
// the log start while nothing is committed).
#include "partitionoffsetsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPartitionOffsetsModel final : public QObject
{
    Q_OBJECT
private slots:
    void updatesInPlaceAndResetsOnNewAssignment();
    void ackNumbersUpdateInPlace();
};

void TestPartitionOffsetsModel::updatesInPlaceAndResetsOnNewAssignment()
{
    PartitionOffsetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOffsets({{0, 0, -1, 3, 10}, {1, 2, 5, 7, 9}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, PartitionOffsetsModel::CommittedColumn), QStringLiteral("–"));
    // Nothing committed: every message from the log start is lag, and the tooltip says why.
    QCOMPARE(cell(0, PartitionOffsetsModel::LagColumn), QStringLiteral("10"));
    QVERIFY(model.index(0, PartitionOffsetsModel::LagColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("log start")));
    QCOMPARE(cell(1, PartitionOffsetsModel::LogStartColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, PartitionOffsetsModel::LagColumn), QStringLiteral("4"));

    model.setOffsets({{0, 0, 8, 10, 10}, {1, 2, 5, 9, 9, true}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(0, PartitionOffsetsModel::LagColumn), QStringLiteral("2"));
    QVERIFY(cell(1, PartitionOffsetsModel::PartitionColumn).contains(QLatin1String("paused")));

    model.setOffsets({{1, 2, 5, 9, 9}});
    QCOMPARE(resets.size(), 2);
    // Unknown until the high watermark and a place to count from are known.
    model.setOffsets({{1, -1, -1, -1, 9}, {2, 0, -1, -1, -1}});
    QCOMPARE(cell(0, PartitionOffsetsModel::LagColumn), QStringLiteral("–"));
    QCOMPARE(cell(1, PartitionOffsetsModel::LagColumn), QStringLiteral("–"));
    model.setOffsets({{1, 2, 5, 9, 9}});
    QCOMPARE(model.partitionAt(0), 1);
    QCOMPARE(model.partitionAt(1), -1);
}

void TestPartitionOffsetsModel::ackNumbersUpdateInPlace()
{
    PartitionOffsetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PartitionOffsets o{0, 0, 2, 5, 8};
    model.setOffsets({o});
    QCOMPARE(o.heldBack(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // 0, 1 and 3 acked, 2 open: the un-acked offset 2 holds 3 back.
    o.committable = 2;
    o.highestAcked = 3;
    o.openCount = 2;
    QCOMPARE(o.heldBack(), 2);
    model.setOffsets({o});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.offsets().first().committable, 2);
    QCOMPARE(model.offsets().first().highestAcked, 3);
    QCOMPARE(model.offsets().first().openCount, 2);
    // Acked in order: nothing held back.
    o.highestAcked = 1;
    QCOMPARE(o.heldBack(), 0);
    o.committable = -1;
    o.highestAcked = 3;
    QCOMPARE(o.heldBack(), 0); // nothing delivered: unknown, not held back
}

QTEST_MAIN(TestPartitionOffsetsModel)
#include "tst_partitionoffsetsmodel.moc"
