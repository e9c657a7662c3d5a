// The live message table's model under QAbstractItemModelTester: batch inserts (one insert
// per batch), the row cap (oldest rows leave first), and what each cell shows.
#include "messagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
KafkaMessageBatch makeBatch(int first, int count, qint32 partition = 0)
{
    KafkaMessageBatch batch;
    batch.reserve(count);
    for (int i = first; i < first + count; ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.partition = partition;
        m.offset = i;
        m.timestampMs = 1700000000000 + i;
        m.key = QByteArray::number(i);
        m.keyIsNull = false;
        m.value = "value " + QByteArray::number(i);
        m.valueIsNull = false;
        batch.append(m);
    }
    return batch;
}
} // namespace

class TestMessageTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void batchIsOneInsert();
    void cap_data();
    void cap();
    void lowerCapDropsOldest();
    void cells();
    void hundredThousandRowsUnderTheTester();
};

void TestMessageTableModel::batchIsOneInsert()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch(makeBatch(0, 500));
    model.appendBatch(makeBatch(500, 1));
    model.appendBatch({});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 499);
    QCOMPARE(inserted.at(1).at(1).toInt(), 500);
    QCOMPARE(inserted.at(1).at(2).toInt(), 500);
    QCOMPARE(model.rowCount(), 501);
}

void TestMessageTableModel::cap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("batchSizes");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<int>("expectedFirstOffset");
    QTest::addColumn<int>("expectedRemoves");

    QTest::newRow("under the cap") << 10 << QList<int>{3, 4} << 7 << 0 << 0;
    QTest::newRow("exactly the cap") << 10 << QList<int>{5, 5} << 10 << 0 << 0;
    QTest::newRow("one over") << 10 << QList<int>{10, 1} << 10 << 1 << 1;
    QTest::newRow("batch larger than the cap") << 10 << QList<int>{3, 25} << 10 << 18 << 1;
    QTest::newRow("many small batches") << 4 << QList<int>{1, 1, 1, 1, 1, 1} << 4 << 2 << 2;
    QTest::newRow("cap of one") << 1 << QList<int>{2, 2} << 1 << 3 << 1;
}

void TestMessageTableModel::cap()
{
    QFETCH(int, cap);
    QFETCH(QList<int>, batchSizes);
    QFETCH(int, expectedRows);
    QFETCH(int, expectedFirstOffset);
    QFETCH(int, expectedRemoves);

    MessageTableModel model;
    model.setCap(cap);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    int next = 0;
    for (int size : batchSizes) {
        model.appendBatch(makeBatch(next, size));
        next += size;
        QVERIFY(model.rowCount() <= cap);
    }
    QCOMPARE(model.rowCount(), expectedRows);
    QCOMPARE(model.message(0).offset, expectedFirstOffset);
    QCOMPARE(model.message(model.rowCount() - 1).offset, next - 1);
    QCOMPARE(removed.size(), expectedRemoves);
    for (const QList<QVariant> &signal : std::as_const(removed))
        QCOMPARE(signal.at(1).toInt(), 0); // always the oldest rows
}

void TestMessageTableModel::lowerCapDropsOldest()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 50));
    model.setCap(20);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.message(0).offset, 30);
}

void TestMessageTableModel::cells()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KafkaMessageBatch batch = makeBatch(41, 1, 3);
    KafkaMessage nullKey;
    nullKey.partition = 1;
    nullKey.offset = 7;
    nullKey.timestampMs = -1;
    nullKey.value = QByteArray("\x00\xff", 2);
    nullKey.valueIsNull = false;
    batch.append(nullKey);
    model.appendBatch(batch);

    auto cell = [&model](int row, int column) { return model.index(row, column).data(); };
    QCOMPARE(cell(0, MessageTableModel::PartitionColumn).toInt(), 3);
    QCOMPARE(cell(0, MessageTableModel::OffsetColumn).toLongLong(), 41);
    QCOMPARE(cell(0, MessageTableModel::KeyColumn).toString(), QStringLiteral("41"));
    QCOMPARE(cell(0, MessageTableModel::ValueColumn).toString(), QStringLiteral("value 41"));
    QVERIFY(cell(0, MessageTableModel::TimestampColumn).toString().contains(QLatin1Char(':')));
    QCOMPARE(cell(1, MessageTableModel::KeyColumn).toString(), QStringLiteral("(null)"));
    QCOMPARE(cell(1, MessageTableModel::ValueColumn).toString(), QStringLiteral("hex: 00 ff"));
    QCOMPARE(cell(1, MessageTableModel::TimestampColumn).toString(), QStringLiteral("none"));
    QCOMPARE(model.index(1, 0).data(MessageTableModel::OffsetRole).toLongLong(), 7);
    QCOMPARE(model.headerData(MessageTableModel::OffsetColumn, Qt::Horizontal).toString(),
             QStringLiteral("Offset"));
}

void TestMessageTableModel::hundredThousandRowsUnderTheTester()
{
    MessageTableModel model;
    QCOMPARE(model.cap(), 100000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int first = 0; first < 120000; first += 5000)
        model.appendBatch(makeBatch(first, 5000));
    QCOMPARE(inserted.size(), 24);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.message(0).offset, 20000);
    QCOMPARE(model.message(99999).offset, 119999);
}

QTEST_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
