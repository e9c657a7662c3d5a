// The live message table's model under QAbstractItemModelTester: batch inserts (one insert
// per batch), the row cap (oldest rows leave first), and what each cell shows.
#include "messagetablemodel.h"

#include "filtercriteria.h"
#include "messagefilterproxy.h"
#include "messagestatestyle.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

namespace {
KafkaMessageBatch makeBatch(int first, int count, qint32 partition = 0)
{
    KafkaMessageBatch batch;
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
    void rowsKeepTheirBytesAsOldBatchesShrink();
    void cells();
    void ackStates();
    void kafkaNativeCommitCoversUnackedRows();
    void committedUnackedLooksDifferent();
    void autoCommitRowsAreCommitted();
    void ackedNotCommittedCount();
    void failedCommitShowsOnAckedRowsUntilConfirmed();
    void revokedRowsTurnStaleAndRefuseAcks();
    void ackDisabledSaysWhy();
    void rowLookupSurvivesTheCap();
    void hundredThousandRowsUnderTheTester();
    void jsonColumnsWhileRowsArrive();
    void sortRoleOfEveryColumn();
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

void TestMessageTableModel::rowsKeepTheirBytesAsOldBatchesShrink()
{
    // Rows share their batch's bytes; when most of an old batch has left the table, what is
    // left of it is moved into a smaller array. Every row must still read its own key and
    // value, null and empty ones included.
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto key = [](int i) { return QByteArray::number(i); };
    const auto value = [](int i) { return QByteArray::number(i).repeated(40 + i % 13); };
    const auto batchOf = [&](int first, int count) {
        KafkaMessageBatch batch(QStringLiteral("t"));
        for (int i = first; i < first + count; ++i) {
            KafkaMessage m;
            m.partition = i % 2;
            m.offset = i;
            m.keyIsNull = i % 7 == 0;
            m.key = m.keyIsNull ? QByteArray() : key(i);
            m.valueIsNull = i % 11 == 0;
            m.value = m.valueIsNull || i % 5 == 0 ? QByteArray() : value(i);
            batch.append(m);
        }
        return batch;
    };
    model.setCap(3000);
    int next = 0;
    for (int round = 0; round < 8; ++round) {
        const int count = 1700 + round * 100; // batches straddle the cap's edge
        model.appendBatch(batchOf(next, count));
        next += count;
        QCOMPARE(model.rowCount(), std::min(next, 3000));
        for (int row = 0; row < model.rowCount(); ++row) {
            const KafkaMessage m = model.message(row);
            const int i = int(m.offset);
            QCOMPARE(m.keyIsNull, i % 7 == 0);
            QCOMPARE(m.key, m.keyIsNull ? QByteArray() : key(i));
            QCOMPARE(m.valueIsNull, i % 11 == 0);
            QCOMPARE(m.value, m.valueIsNull || i % 5 == 0 ? QByteArray() : value(i));
        }
    }
    QCOMPARE(model.message(model.rowCount() - 1).offset, next - 1);
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

namespace {
AckTracker::AckOutcome accepted(qint32 partition, qint64 offset, qint64 lowestOpen)
{
    AckTracker::AckOutcome outcome;
    outcome.message = {partition, offset};
    outcome.accepted = true;
    outcome.lowestOpen = lowestOpen;
    return outcome;
}
} // namespace

void TestMessageTableModel::ackStates()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    using State = MessageTableModel::State;
    QCOMPARE(model.state(5), State::Received);
    QVERIFY(model.isAckable(5));
    QCOMPARE(model.index(5, MessageTableModel::AckColumn).data().toString(), QStringLiteral("Ack"));

    // Acks of 5, 6, 7 while 0..4 are open: Acked, waiting for offsets 0..4.
    model.applyAcks({accepted(0, 5, 0), accepted(0, 6, 0), accepted(0, 7, 0)});
    QCOMPARE(changed.size(), 1); // one dataChanged for the batch of acks
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 7);
    QCOMPARE(model.state(5), State::Acked);
    QCOMPARE(model.state(7), State::Acked);
    QVERIFY(!model.isAckable(5));
    const QString waiting =
        model.index(7, MessageTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(waiting.contains(QLatin1String("offsets 0..4 of partition 0")), qPrintable(waiting));
    QCOMPARE(model.index(7, MessageTableModel::StateColumn).data().toString(),
             QStringLiteral("Acked"));

    // Acked is not committed: only the broker's confirmation makes it so.
    model.applyAcks({accepted(0, 0, 1), accepted(0, 1, 2), accepted(0, 2, 3), accepted(0, 3, 4),
                     accepted(0, 4, 8)});
    QCOMPARE(model.state(0), State::Acked);
    model.confirmCommits({{0, 8}});
    for (int row = 0; row < 8; ++row)
        QCOMPARE(model.state(row), State::Committed);
    QCOMPARE(model.state(8), State::Received);
    QCOMPARE(model.index(8, MessageTableModel::StateColumn)
                 .data(MessageTableModel::StateRole)
                 .value<State>(),
             State::Received);
    QVERIFY(model.index(3, MessageTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("confirmed the group's committed offset 8")));
}

void TestMessageTableModel::kafkaNativeCommitCoversUnackedRows()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 10));
    // Immediate mode: the ack of offset 5 commits 6, covering 0..4 nobody acked.
    model.applyAcks({accepted(0, 5, 6)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.confirmCommits({{0, 6}});
    QCOMPARE(changed.size(), 1);
    using State = MessageTableModel::State;
    for (int row = 0; row < 5; ++row)
        QCOMPARE(model.state(row), State::CommittedUnacked);
    QCOMPARE(model.state(5), State::Committed); // acked, then committed
    QCOMPARE(model.state(6), State::Received);
    QCOMPARE(model.index(2, MessageTableModel::StateColumn).data().toString(),
             QStringLiteral("Skipped"));
    QCOMPARE(model.index(5, MessageTableModel::StateColumn).data().toString(),
             QStringLiteral("Committed"));
    QCOMPARE(model.index(2, MessageTableModel::StateColumn)
                 .data(MessageTableModel::StateRole)
                 .value<State>(),
             State::CommittedUnacked);
    const QString tip =
        model.index(2, MessageTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("without an ack")) &&
                 tip.contains(QLatin1String("committed offset 6")),
             qPrintable(tip));
    QVERIFY(!model.index(5, MessageTableModel::StateColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("without an ack")));
    // Committed either way: neither can be acked again, and a later commit changes neither.
    QVERIFY(!model.isAckable(2));
    QCOMPARE(model.ackRefusal(2), QStringLiteral("Already committed."));
    model.applyAcks({accepted(0, 7, 8)});
    model.confirmCommits({{0, 8}});
    QCOMPARE(model.state(2), State::CommittedUnacked);
    QCOMPARE(model.state(5), State::Committed);
    QCOMPARE(model.state(6), State::CommittedUnacked);
    QCOMPARE(model.state(7), State::Committed);
    // A revocation leaves committed rows alone, acked or not.
    model.revokePartitions({0});
    QCOMPARE(model.state(2), State::CommittedUnacked);
    QCOMPARE(model.state(8), State::Stale);
}

void TestMessageTableModel::committedUnackedLooksDifferent()
{
    using State = MessageTableModel::State;
    // Its own name, colour and dot, and a choice of its own in the state filter.
    QVERIFY(MessageStateStyle::name(State::CommittedUnacked) !=
            MessageStateStyle::name(State::Committed));
    for (State other :
         {State::Received, State::Redelivered, State::Acked, State::Committed, State::Stale}) {
        QVERIFY(MessageStateStyle::colour(State::CommittedUnacked) !=
                MessageStateStyle::colour(other));
    }
    const QImage unacked = MessageStateStyle::icon(State::CommittedUnacked)
                               .pixmap(MessageStateStyle::IconSize)
                               .toImage();
    const QImage committed =
        MessageStateStyle::icon(State::Committed).pixmap(MessageStateStyle::IconSize).toImage();
    QVERIFY(unacked != committed);
    // Shape, not only colour: the ring's middle is empty where the dot's is filled.
    const int middle = MessageStateStyle::IconSize / 2;
    QVERIFY(qAlpha(committed.pixel(middle, middle)) > 200);
    QCOMPARE(qAlpha(unacked.pixel(middle, middle)), 0);

    MessageTableModel model;
    MessageFilterProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 6));
    model.applyAcks({accepted(0, 3, 4)});
    model.confirmCommits({{0, 4}}); // 0..2 committed without an ack, 3 acked
    FilterCriteria onlyUnacked;
    onlyUnacked.states = FilterCriteria::stateBit(State::CommittedUnacked);
    proxy.setCriteria(onlyUnacked);
    QCOMPARE(proxy.rowCount(), 3);
    FilterCriteria onlyCommitted;
    onlyCommitted.states = FilterCriteria::stateBit(State::Committed);
    proxy.setCriteria(onlyCommitted);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 3);
    QVERIFY(FilterCriteria().isEmpty()); // every state shown by default, the new one included
    QVERIFY(FilterCriteria::AllStates & FilterCriteria::stateBit(State::CommittedUnacked));
    QVERIFY(FilterCriteria::AllStates & FilterCriteria::stateBit(State::Stale));
}

void TestMessageTableModel::autoCommitRowsAreCommitted()
{
    // With auto-commit nobody acks: the rows are plainly Committed, "processed or not".
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 3));
    model.setAckPolicy(false, QStringLiteral("Auto-commit is on"));
    model.confirmCommits({{0, 2}});
    QCOMPARE(model.state(0), MessageTableModel::State::Committed);
    QCOMPARE(model.state(1), MessageTableModel::State::Committed);
    QVERIFY(model.index(0, MessageTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("auto-commit")));
}

void TestMessageTableModel::ackedNotCommittedCount()
{
    MessageTableModel model;
    model.appendBatch(makeBatch(0, 4, 0));
    model.appendBatch(makeBatch(0, 2, 1));
    QCOMPARE(model.ackedNotCommittedCount(), 0);
    model.applyAcks({accepted(0, 0, 1), accepted(0, 1, 2), accepted(1, 0, 1)});
    QCOMPARE(model.ackedNotCommittedCount(), 3);
    model.confirmCommits({{0, 2}});
    QCOMPARE(model.ackedNotCommittedCount(), 1);
    // Revoked before its commit was confirmed: still not committed.
    model.revokePartitions({1});
    QCOMPARE(model.state(4), MessageTableModel::State::Stale);
    QCOMPARE(model.ackedNotCommittedCount(), 1);
    model.confirmCommits({{1, 1}});
    QCOMPARE(model.ackedNotCommittedCount(), 0);
}

void TestMessageTableModel::failedCommitShowsOnAckedRowsUntilConfirmed()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 10));
    model.appendBatch(makeBatch(0, 4, 1));
    using State = MessageTableModel::State;
    const auto stateText = [&](int row) {
        return model.index(row, MessageTableModel::StateColumn).data().toString();
    };
    model.applyAcks({accepted(0, 0, 1), accepted(0, 1, 2), accepted(0, 2, 3), accepted(1, 0, 1)});
    model.confirmCommits({{0, 1}}); // offset 0 is safe before the trouble starts

    // The commit of position 3 on partition 0 fails: offsets 1 and 2 say so, offset 0 stays
    // Committed, unacked rows and the other partition's acked row are untouched.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.failCommits({{0, 3}}, QStringLiteral("Broker: Not coordinator"), 2000);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.state(0), State::Committed);
    QCOMPARE(stateText(1), QStringLiteral("Acked, commit failed, retrying"));
    QCOMPARE(stateText(2), QStringLiteral("Acked, commit failed, retrying"));
    QCOMPARE(model.state(2), State::Acked); // still acked: the retry will commit it
    QCOMPARE(stateText(3), QStringLiteral("Received"));
    QCOMPARE(stateText(10), QStringLiteral("Acked"));
    const QString tip =
        model.index(2, MessageTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Not coordinator")) && tip.contains(QLatin1String("2.0 s")),
             qPrintable(tip));

    // An older confirmation arriving late does not end the trouble of the newer position.
    model.confirmCommits({{0, 2}});
    QCOMPARE(model.state(1), State::Committed);
    QCOMPARE(stateText(2), QStringLiteral("Acked, commit failed, retrying"));
    // A failure of a position already confirmed (a late report) changes nothing.
    model.failCommits({{0, 2}}, QStringLiteral("late"), 1000);
    QVERIFY(model.index(2, MessageTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Not coordinator")));

    // The retry (carrying the newest acked position) is confirmed: the rows are Committed.
    model.applyAcks({accepted(0, 3, 4)});
    model.confirmCommits({{0, 4}});
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model.state(row), State::Committed);
    model.applyAcks({accepted(0, 4, 5)});
    QCOMPARE(stateText(4), QStringLiteral("Acked"));
}

void TestMessageTableModel::revokedRowsTurnStaleAndRefuseAcks()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 3, 0));
    model.appendBatch(makeBatch(0, 3, 1));
    model.applyAcks({accepted(1, 0, 1), accepted(1, 1, 2)});
    model.confirmCommits({{1, 1}});
    model.revokePartitions({1});
    using State = MessageTableModel::State;
    QCOMPARE(model.state(0), State::Received); // partition 0 is still ours
    QCOMPARE(model.state(3), State::Committed);
    QCOMPARE(model.state(4), State::Stale);
    QCOMPARE(model.state(5), State::Stale);
    QVERIFY(!model.isAckable(4));
    QVERIFY(model.ackRefusal(4).contains(QLatin1String("revoked")));
    QVERIFY(model.index(4, MessageTableModel::AckColumn).data().toString().isEmpty());
    QCOMPARE(model.index(4, MessageTableModel::StateColumn).data().toString(),
             QStringLiteral("Revoked"));
    // The commit of the acked offset 1, made while the partition was being revoked, still
    // arrives: it wins.
    model.confirmCommits({{1, 2}});
    QCOMPARE(model.state(4), State::Committed);
    QCOMPARE(model.state(5), State::Stale);
    // Delivered again later (the partition came back): a new, redelivered row.
    KafkaMessageBatch again = makeBatch(2, 1, 1);
    again.record(0).redelivered = true;
    model.appendBatch(again);
    QCOMPARE(model.state(6), State::Redelivered);
    QVERIFY(model.isAckable(6));
    QCOMPARE(model.rowOf(1, 2), 6);
}

void TestMessageTableModel::ackDisabledSaysWhy()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 2));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAckPolicy(false, QStringLiteral("Auto-commit is on"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.isAckable(0));
    QCOMPARE(model.index(0, MessageTableModel::AckColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Auto-commit is on"));
    model.setAckPolicy(true, {});
    QVERIFY(model.isAckable(0));
}

void TestMessageTableModel::rowLookupSurvivesTheCap()
{
    MessageTableModel model;
    model.setCap(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 4));
    model.appendBatch(makeBatch(4, 4));
    QCOMPARE(model.rowOf(0, 2), -1); // left the table
    QCOMPARE(model.rowOf(0, 3), 0);
    QCOMPARE(model.rowOf(0, 7), 4);
    model.applyAcks({accepted(0, 1, 3), accepted(0, 6, 3)}); // 1 is gone: ignored
    QCOMPARE(model.state(3), MessageTableModel::State::Acked);
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

namespace {
KafkaMessageBatch jsonBatch(int first, int count)
{
    KafkaMessageBatch batch;
    for (int i = first; i < first + count; ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.offset = i;
        m.keyIsNull = true;
        m.valueIsNull = false;
        // Every third value is not JSON; every fifth has no items.
        if (i % 3 == 2)
            m.value = "plain " + QByteArray::number(i);
        else if (i % 5 == 4)
            m.value = R"({"order":{"id":)" + QByteArray::number(i) + "}}";
        else
            m.value = R"({"order":{"id":)" + QByteArray::number(i) + R"(,"note":"n)" +
                      QByteArray::number(i) + R"("},"items":[{"sku":"S)" + QByteArray::number(i) +
                      R"("}],"odd key":[1,{"x":null}]})";
        batch.append(m);
    }
    return batch;
}
} // namespace

void TestMessageTableModel::jsonColumnsWhileRowsArrive()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(50);
    model.appendBatch(jsonBatch(0, 30));
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    const int id = model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.order.id")));
    QCOMPARE(id, int(MessageTableModel::ColumnCount));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), id);
    // The fixed columns keep their places; the Ack column stays where it was.
    QCOMPARE(model.headerData(MessageTableModel::AckColumn, Qt::Horizontal).toString(),
             QStringLiteral("Ack"));
    QCOMPARE(model.headerData(id, Qt::Horizontal).toString(), QStringLiteral("$.order.id"));
    QCOMPARE(model.index(0, id).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(2, id).data().toString(), QString()); // not JSON
    QCOMPARE(model.index(2, id).data(MessageTableModel::SortRole), QVariant());

    const int sku = model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.items[0].sku")));
    const int odd = model.addJsonColumn(*JsonPath::parse(QStringLiteral("$['odd key']")));
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount) + 3);
    QCOMPARE(model.index(3, sku).data().toString(), QStringLiteral("S3"));
    QCOMPARE(model.index(4, sku).data().toString(), QString()); // no items
    QCOMPARE(model.index(0, odd).data().toString(), QStringLiteral(R"([1,{"x":null}])"));

    // Rows arrive and the oldest leave: the cells are the new rows' own.
    model.appendBatch(jsonBatch(30, 40));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0, id).data().toString(), QString()); // offset 20: not JSON
    QCOMPARE(model.index(1, id).data().toString(), QStringLiteral("21"));
    QCOMPARE(model.index(49, id).data().toString(), QStringLiteral("69"));
    QCOMPARE(model.index(49, id).data(MessageTableModel::SortRole).typeId(), QMetaType::LongLong);
    QCOMPARE(model.index(1, sku).data().toString(), QStringLiteral("S21"));

    // Removing the middle column moves the last one down.
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    model.removeJsonColumn(sku);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount) + 2);
    QCOMPARE(model.headerData(sku, Qt::Horizontal).toString(), QStringLiteral("$['odd key']"));
    QCOMPARE(model.index(1, sku).data().toString(), QStringLiteral(R"([1,{"x":null}])"));
    // A fixed column is not removable.
    model.removeJsonColumn(MessageTableModel::AckColumn);
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount) + 2);

    // A path to a large part of a large value shows (and keeps) a preview only.
    KafkaMessageBatch large;
    KafkaMessage big;
    big.topic = QStringLiteral("t");
    big.offset = 1000;
    big.valueIsNull = false;
    big.value = R"({"order":{"id":")" + QByteArray(1024 * 1024, 'x') + R"("}})";
    large.append(big);
    model.appendBatch(large);
    const QString preview = model.index(model.rowCount() - 1, id).data().toString();
    QCOMPARE(preview.size(), MessageTableModel::PreviewBytes + 1);
    QVERIFY(preview.endsWith(QChar(0x2026)));

    model.clear();
    model.appendBatch(jsonBatch(100, 5));
    QCOMPARE(model.index(0, id).data().toString(), QStringLiteral("100"));
    model.setJsonColumns({});
    QCOMPARE(model.columnCount(), int(MessageTableModel::ColumnCount));
    model.appendBatch(jsonBatch(105, 5));
}

void TestMessageTableModel::sortRoleOfEveryColumn()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(0, 3, 2));
    const int id = model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.n")));
    QCOMPARE(model.index(1, MessageTableModel::PartitionColumn)
                 .data(MessageTableModel::SortRole)
                 .toInt(),
             2);
    QCOMPARE(model.index(1, MessageTableModel::OffsetColumn).data(MessageTableModel::SortRole),
             QVariant(qint64(1)));
    QCOMPARE(model.index(1, MessageTableModel::TimestampColumn).data(MessageTableModel::SortRole),
             QVariant(qint64(1700000000001)));
    QCOMPARE(model.index(1, MessageTableModel::KeyColumn).data(MessageTableModel::SortRole),
             QVariant(QStringLiteral("1")));
    QCOMPARE(model.index(1, MessageTableModel::ValueColumn).data(MessageTableModel::SortRole),
             QVariant(QStringLiteral("value 1")));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY2(column == id || model.index(0, column).data(MessageTableModel::SortRole).isValid(),
                 qPrintable(QString::number(column)));

    // Numbers in JSON sort as numbers: 10 after 9, and 2.5 between.
    KafkaMessageBatch batch;
    for (const QByteArray &value :
         {QByteArray(R"({"n":10})"), QByteArray(R"({"n":9})"), QByteArray(R"({"n":2.5})")}) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.offset = 10 + batch.size();
        m.value = value;
        m.valueIsNull = false;
        batch.append(m);
    }
    model.appendBatch(batch);
    const QVariant ten = model.index(3, id).data(MessageTableModel::SortRole);
    const QVariant nine = model.index(4, id).data(MessageTableModel::SortRole);
    const QVariant half = model.index(5, id).data(MessageTableModel::SortRole);
    QCOMPARE(ten.typeId(), QMetaType::LongLong);
    QCOMPARE(half.typeId(), QMetaType::Double);
    QCOMPARE(QVariant::compare(ten, nine), QPartialOrdering::Greater);
    QCOMPARE(QVariant::compare(half, nine), QPartialOrdering::Less);
}

QTEST_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
