// The message table without its stale rows (View → Hide stale rows), under
// QAbstractItemModelTester: rows of a revoked partition leave the view as they turn stale, new
// rows come in as they arrive, the cap's removals pass through, and every visible row maps
// back to its row in the table (acks go by the table's rows).
#include "messagetablemodel.h"
#include "stalerowfilter.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
KafkaMessageBatch makeBatch(int first, int count, qint32 partition)
{
    KafkaMessageBatch batch;
    for (int i = first; i < first + count; ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.partition = partition;
        m.offset = i;
        m.value = "value " + QByteArray::number(i);
        m.valueIsNull = false;
        batch.append(m);
    }
    return batch;
}
} // namespace

class TestStaleRowFilter final : public QObject
{
    Q_OBJECT
private slots:
    void staleRowsLeaveAndNewRowsCome();
};

void TestStaleRowFilter::staleRowsLeaveAndNewRowsCome()
{
    MessageTableModel messages;
    StaleRowFilter filter(&messages);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 3, 0));
    messages.appendBatch(makeBatch(0, 2, 1));
    QCOMPARE(filter.rowCount(), 5);

    // Partition 0 revoked: its three rows turn stale and leave the view.
    messages.revokePartitions({0});
    QCOMPARE(messages.rowCount(), 5);
    QCOMPARE(filter.rowCount(), 2);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int source = filter.mapToSource(filter.index(row, 0)).row();
        QCOMPARE(messages.state(source), MessageTableModel::State::Received);
        QCOMPARE(filter.index(row, 0).data(MessageTableModel::PartitionRole).toInt(), 1);
    }

    // The partition's messages come again (redelivered after the rebalance): shown.
    messages.appendBatch(makeBatch(0, 3, 0));
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(filter.mapToSource(filter.index(4, 0)).row(), 7);

    // The cap drops the oldest rows, stale or not; what is left still maps right.
    messages.setCap(4);
    QCOMPARE(messages.rowCount(), 4);
    QCOMPARE(filter.rowCount(), 4);
    QCOMPARE(filter.index(0, 0).data(MessageTableModel::OffsetRole).toLongLong(), 1);
}

QTEST_MAIN(TestStaleRowFilter)
#include "tst_stalerowfilter.moc"
