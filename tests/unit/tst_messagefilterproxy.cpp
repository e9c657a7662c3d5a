// The message table's filter and sort (MessageFilterProxy, FilterCriteria) under
// QAbstractItemModelTester: results checked per field (key, value, header values), for plain
// text with and without case, for regular expressions, partitions, offsets, times and states;
// rows arriving after the filter was set are filtered as they come, the cap's removals at the
// front pass through (also while a filter is being applied), rows that change state come and
// go, columns the table adds later pass through, sorting by a column and back to the arrival
// order, and every shown row maps back to its row in the table (acks go by the table's rows).
// A sort of many rows is prepared asynchronously: its order by number and by text (ties in
// arrival order), rows arriving, leaving with the cap and changing state meanwhile placed
// right, a new sort or a filter change meanwhile; sorted by state, a row whose state changes
// moves to its place.
#include "filtercriteria.h"
#include "messagefilterproxy.h"
#include "messagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {
KafkaMessage makeMessage(qint32 partition, qint64 offset, const QByteArray &key,
                         const QByteArray &value, QList<KafkaHeader> headers = {})
{
    KafkaMessage m;
    m.topic = QStringLiteral("t");
    m.partition = partition;
    m.offset = offset;
    m.timestampMs = 1700000000000 + offset * 1000;
    m.key = key;
    m.keyIsNull = key.isNull();
    m.value = value;
    m.valueIsNull = value.isNull();
    m.headers = std::move(headers);
    return m;
}

KafkaMessageBatch makeBatch(int first, int count, qint32 partition)
{
    KafkaMessageBatch batch;
    for (int i = first; i < first + count; ++i)
        batch.append(makeMessage(partition, i, "k" + QByteArray::number(i),
                                 "value " + QByteArray::number(i)));
    return batch;
}

// The (partition, offset) of every row shown, in the proxy's order.
QList<std::pair<qint32, qint64>> shown(const MessageFilterProxy &proxy)
{
    QList<std::pair<qint32, qint64>> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        rows.append({index.data(MessageTableModel::PartitionRole).toInt(),
                     index.data(MessageTableModel::OffsetRole).toLongLong()});
    }
    return rows;
}

QList<qint64> shownOffsets(const MessageFilterProxy &proxy)
{
    QList<qint64> offsets;
    for (const auto &[partition, offset] : shown(proxy))
        offsets.append(offset);
    return offsets;
}

// The table rows the proxy should show for criteria, in the order of a sort by column (by the
// bytes' first 64 characters case folded for the key and value, else SortRole), ties in
// arrival order; computed plainly, row by row.
QList<int> expectedRows(const MessageTableModel &messages, const FilterCriteria &criteria,
                        int column, Qt::SortOrder order)
{
    struct Entry
    {
        int row;
        bool isNumber;
        double number;
        QString text;
    };
    const FilterCriteria::Matcher matcher(criteria);
    QList<Entry> entries;
    for (int row = 0; row < messages.rowCount(); ++row) {
        if (!matcher.matchesContent(messages, row) || !matcher.matchesState(messages.state(row)))
            continue;
        Entry e{row, false, 0, {}};
        if (column == MessageTableModel::KeyColumn || column == MessageTableModel::ValueColumn) {
            const QByteArrayView bytes = column == MessageTableModel::KeyColumn
                                             ? messages.keyAt(row)
                                             : messages.valueAt(row);
            e.text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 64)))
                         .toCaseFolded();
        } else {
            const QVariant v = messages.index(row, column).data(MessageTableModel::SortRole);
            e.isNumber = v.typeId() != QMetaType::QString;
            e.number = v.toDouble();
            e.text = v.toString().toCaseFolded();
        }
        entries.append(e);
    }
    std::stable_sort(entries.begin(), entries.end(), [order](const Entry &a, const Entry &b) {
        int c = 0;
        if (a.isNumber != b.isNumber)
            c = a.isNumber ? -1 : 1;
        else if (a.isNumber)
            c = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
        else
            c = a.text < b.text ? -1 : (b.text < a.text ? 1 : 0);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<int> rows;
    for (const Entry &e : entries)
        rows.append(e.row);
    return rows;
}

QList<int> shownSourceRows(const MessageFilterProxy &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

// Rows whose keys sort with many ties, in mixed case: "Key-3", "key-03", ...
KafkaMessageBatch tiedBatch(int first, int count)
{
    KafkaMessageBatch batch;
    for (int i = first; i < first + count; ++i) {
        const QByteArray key = (i % 2 ? "Key-" : "key-") + QByteArray::number(i % 97);
        batch.append(makeMessage(i % 3, i, key, "value " + QByteArray::number(i)));
    }
    return batch;
}

void ack(MessageTableModel &messages, int row)
{
    AckTracker::AckOutcome outcome;
    outcome.message = {messages.partitionAt(row), messages.offsetAt(row)};
    outcome.accepted = true;
    messages.applyAcks({outcome});
}

// Sets criteria and waits until they apply.
bool apply(MessageFilterProxy &proxy, const FilterCriteria &criteria)
{
    if (proxy.criteria() == criteria && !proxy.isFiltering())
        return true;
    QSignalSpy finished(&proxy, &MessageFilterProxy::filterFinished);
    proxy.setCriteria(criteria);
    return !finished.isEmpty() || finished.wait(10000);
}

FilterCriteria text(const QString &t, quint8 fields = FilterCriteria::AllFields)
{
    FilterCriteria c;
    c.text = t;
    c.fields = fields;
    return c;
}
} // namespace

class TestMessageFilterProxy final : public QObject
{
    Q_OBJECT
private slots:
    void matchesPerField_data();
    void matchesPerField();
    void invalidRegularExpressionIsReported();
    void requiredLiteral_data();
    void requiredLiteral();
    void rowsArrivingLaterAreFiltered();
    void capRemovalsPassThrough();
    void staleRowsLeaveAndNewRowsCome();
    void manyRowsFilterInSlices();
    void sortsByColumnAndBack();
    void everyShownRowMapsBack();
    void jsonColumnsPassThroughAndSort();
    void asyncSortOrder_data();
    void asyncSortOrder();
    void asyncSortFollowsChanges_data();
    void asyncSortFollowsChanges();
    void newSortOrFilterDuringSort();
    void stateSortFollowsStateChanges();

private:
    // The table of matchesPerField: keys, values and headers of several kinds.
    static void fillSample(MessageTableModel &messages);
};

void TestMessageFilterProxy::fillSample(MessageTableModel &messages)
{
    KafkaMessageBatch batch;
    batch.append(makeMessage(0, 0, "order-17", R"({"status":"failed","id":17})"));
    batch.append(makeMessage(0, 1, "ORDER-18", R"({"status":"ok","id":18})",
                             {{"trace", "abc-FAILED", false}, {"empty", {}, true}}));
    batch.append(makeMessage(1, 2, QByteArray(), QByteArray())); // null key and value
    batch.append(makeMessage(1, 3, QByteArray(""), QByteArray("\x00\xff\xfe failed", 10)));
    batch.append(makeMessage(2, 4, "Ünïcode-ключ", "naïve café ÉCLAIR"));
    batch.append(makeMessage(2, 5, "k", "plain", {{"failed", "header name only", false}}));
    messages.appendBatch(batch);
}

void TestMessageFilterProxy::matchesPerField_data()
{
    QTest::addColumn<FilterCriteria>("criteria");
    QTest::addColumn<QList<qint64>>("offsets");

    QTest::newRow("empty criteria: every row")
        << FilterCriteria() << QList<qint64>{0, 1, 2, 3, 4, 5};
    QTest::newRow("text anywhere, any case") << text("failed") << QList<qint64>{0, 1, 3};
    QTest::newRow("value only") << text("failed", FilterCriteria::ValueField)
                                << QList<qint64>{0, 3};
    QTest::newRow("header values only (not names)")
        << text("failed", FilterCriteria::HeadersField) << QList<qint64>{1};
    QTest::newRow("key only, any case")
        << text("order-", FilterCriteria::KeyField) << QList<qint64>{0, 1};
    FilterCriteria matchCase = text("order-", FilterCriteria::KeyField);
    matchCase.caseSensitive = true;
    QTest::newRow("key only, match case") << matchCase << QList<qint64>{0};
    QTest::newRow("non-ASCII text, any case") << text("ÜNÏCODE") << QList<qint64>{4};
    QTest::newRow("non-ASCII in a value, any case") << text("éclair") << QList<qint64>{4};
    QTest::newRow("no field chosen: every row")
        << text("failed", 0) << QList<qint64>{0, 1, 2, 3, 4, 5};
    FilterCriteria regex = text(R"("id":1[78]\})", FilterCriteria::ValueField);
    regex.regularExpression = true;
    QTest::newRow("regular expression") << regex << QList<qint64>{0, 1};
    FilterCriteria anchored = text("^order-\\d+$", FilterCriteria::KeyField);
    anchored.regularExpression = true;
    QTest::newRow("anchored regex, any case") << anchored << QList<qint64>{0, 1};
    anchored.caseSensitive = true;
    QTest::newRow("anchored regex, match case") << anchored << QList<qint64>{0};
    FilterCriteria emptyKey = text("^$", FilterCriteria::KeyField);
    emptyKey.regularExpression = true;
    QTest::newRow("regex for empty and null keys") << emptyKey << QList<qint64>{2, 3};
    FilterCriteria partitions;
    partitions.partitions = {0, 2};
    QTest::newRow("partitions") << partitions << QList<qint64>{0, 1, 4, 5};
    FilterCriteria offsets;
    offsets.offsetFrom = 2;
    offsets.offsetTo = 4;
    QTest::newRow("offset range") << offsets << QList<qint64>{2, 3, 4};
    FilterCriteria from;
    from.offsetFrom = 4;
    QTest::newRow("offsets from") << from << QList<qint64>{4, 5};
    FilterCriteria times;
    times.timeFrom = 1700000001000;
    times.timeTo = 1700000002000;
    QTest::newRow("time range") << times << QList<qint64>{1, 2};
    FilterCriteria combined = text("failed");
    combined.partitions = {1};
    QTest::newRow("text and partition") << combined << QList<qint64>{3};
}

void TestMessageFilterProxy::matchesPerField()
{
    QFETCH(FilterCriteria, criteria);
    QFETCH(QList<qint64>, offsets);
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillSample(messages);
    QVERIFY(criteria.error().isEmpty());
    QVERIFY(apply(proxy, criteria));
    QCOMPARE(shownOffsets(proxy), offsets);
    QVERIFY(!proxy.isFiltering());
}

void TestMessageFilterProxy::invalidRegularExpressionIsReported()
{
    FilterCriteria criteria = text("order-(\\d+");
    criteria.regularExpression = true;
    QVERIFY(criteria.error().contains(QStringLiteral("not valid")));
    criteria.regularExpression = false; // as plain text it is fine
    QVERIFY(criteria.error().isEmpty());
    FilterCriteria backwards;
    backwards.offsetFrom = 10;
    backwards.offsetTo = 2;
    QVERIFY(!backwards.error().isEmpty());
}

void TestMessageFilterProxy::requiredLiteral_data()
{
    // A regular expression's first test on the bytes: never a text a match could lack.
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QStringList>("matching"); // texts the expression matches
    QTest::newRow("plain") << "failed" << true << QByteArray("failed") << QStringList{"a failed b"};
    QTest::newRow("digits after") << R"("customer":"c-12\d)" << true
                                  << QByteArray(R"("customer":"c-12)")
                                  << QStringList{R"({"customer":"c-123"})"};
    QTest::newRow("optional last letter")
        << "colou?r" << true << QByteArray("colo") << QStringList{"color", "colour"};
    QTest::newRow("counted repeat")
        << "ab{0,2}cdef" << true << QByteArray("cdef") << QStringList{"acdef", "abbcdef"};
    QTest::newRow("alternation: none")
        << "apple|pear" << true << QByteArray() << QStringList{"pear"};
    QTest::newRow("inline option: none")
        << "(?i)APPLE" << true << QByteArray() << QStringList{"apple"};
    QTest::newRow("group skipped")
        << "(ab)?cdef" << true << QByteArray("cdef") << QStringList{"cdef", "abcdef"};
    QTest::newRow("class skipped")
        << "id[0-9]+xyz" << true << QByteArray("xyz") << QStringList{"id42xyz"};
    QTest::newRow("escaped dot") << "a\\.bc" << true << QByteArray("a.bc") << QStringList{"a.bc"};
    QTest::newRow("without case: no k or s")
        << "kelvins" << false << QByteArray("elvin") << QStringList{"\u212Aelvin\u017F"};
}

void TestMessageFilterProxy::requiredLiteral()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArray, literal);
    QFETCH(QStringList, matching);
    QCOMPARE(FilterCriteria::Matcher::requiredLiteral(pattern, caseSensitive), literal);
    // And the rows holding those texts are found through it.
    MessageTableModel messages;
    KafkaMessageBatch batch;
    for (qsizetype i = 0; i < matching.size(); ++i)
        batch.append(makeMessage(0, i, QByteArray(), matching.at(i).toUtf8()));
    messages.appendBatch(batch);
    FilterCriteria criteria = text(pattern, FilterCriteria::ValueField);
    criteria.regularExpression = true;
    criteria.caseSensitive = caseSensitive;
    const FilterCriteria::Matcher matcher(criteria);
    for (int row = 0; row < messages.rowCount(); ++row)
        QVERIFY2(matcher.matchesContent(messages, row), qPrintable(matching.at(row)));
}

void TestMessageFilterProxy::rowsArrivingLaterAreFiltered()
{
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 20, 0));
    FilterCriteria criteria = text("value 1\\d$", FilterCriteria::ValueField);
    criteria.regularExpression = true;
    QVERIFY(apply(proxy, criteria));
    QCOMPARE(proxy.rowCount(), 10);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    messages.appendBatch(makeBatch(20, 100, 0)); // no match: value 20..119 has no 1x at the end
    QCOMPARE(proxy.rowCount(), 10);
    QCOMPARE(inserted.size(), 0);
    messages.appendBatch(makeBatch(210, 5, 1)); // value 210..214: no
    messages.appendBatch(makeBatch(10, 3, 1));  // value 10, 11, 12: yes
    QCOMPARE(proxy.rowCount(), 13);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(shown(proxy).last(), std::make_pair(qint32(1), qint64(12)));
}

void TestMessageFilterProxy::capRemovalsPassThrough()
{
    MessageTableModel messages;
    messages.setCap(50);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 50, 0));
    QVERIFY(apply(proxy, text("5", FilterCriteria::ValueField)));
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{5, 15, 25, 35, 45}));
    messages.appendBatch(makeBatch(50, 10, 0)); // 0..9 leave, 50..59 come
    QCOMPARE(shownOffsets(proxy),
             (QList<qint64>{15, 25, 35, 45, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59}));
    messages.setCap(5); // 55..59 stay
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{55, 56, 57, 58, 59}));
    messages.clear();
    QCOMPARE(proxy.rowCount(), 0);
    messages.appendBatch(makeBatch(100, 10, 0));
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{105}));
}

void TestMessageFilterProxy::staleRowsLeaveAndNewRowsCome()
{
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 3, 0));
    messages.appendBatch(makeBatch(0, 2, 1));
    FilterCriteria hideStale;
    hideStale.states &= quint8(~FilterCriteria::stateBit(MessageTableModel::State::Stale));
    proxy.setCriteria(hideStale); // a state alone applies at once
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 5);

    // Partition 0 revoked: its three rows turn stale and leave.
    messages.revokePartitions({0});
    QCOMPARE(messages.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int source = proxy.mapToSource(proxy.index(row, 0)).row();
        QCOMPARE(messages.state(source), MessageTableModel::State::Received);
        QCOMPARE(proxy.index(row, 0).data(MessageTableModel::PartitionRole).toInt(), 1);
    }
    // The partition's messages come again: shown.
    messages.appendBatch(makeBatch(0, 3, 0));
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.mapToSource(proxy.index(4, 0)).row(), 7);

    // Only the acked rows: an ack brings a row in.
    FilterCriteria acked;
    acked.states = FilterCriteria::stateBit(MessageTableModel::State::Acked);
    proxy.setCriteria(acked);
    QCOMPARE(proxy.rowCount(), 0);
    const KafkaMessage m = messages.message(6);
    AckTracker::AckOutcome outcome;
    outcome.message = {m.partition, m.offset};
    outcome.accepted = true;
    messages.applyAcks({outcome});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 6);

    // The cap drops the oldest rows, stale or not; what is left still maps right.
    proxy.setCriteria(hideStale);
    messages.setCap(4);
    QCOMPARE(messages.rowCount(), 4);
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.index(0, 0).data(MessageTableModel::OffsetRole).toLongLong(), 1);
}

void TestMessageFilterProxy::manyRowsFilterInSlices()
{
    // Enough rows for several slices: the old rows stay shown until the new filter is applied,
    // rows arriving and leaving meanwhile are taken into account.
    MessageTableModel messages;
    messages.setCap(400000);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 300000, 0));
    FilterCriteria criteria = text("7$", FilterCriteria::ValueField);
    criteria.regularExpression = true;
    QSignalSpy finished(&proxy, &MessageFilterProxy::filterFinished);
    proxy.setCriteria(criteria);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 300000);                 // still the previous (empty) filter's rows
    messages.appendBatch(makeBatch(300000, 200000, 0)); // 100,000 leave at the front
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(proxy.rowCount(), 40000);
    QCOMPARE(proxy.index(0, 0).data(MessageTableModel::OffsetRole).toLongLong(), 100007);
    QCOMPARE(proxy.index(39999, 0).data(MessageTableModel::OffsetRole).toLongLong(), 499997);

    // Changed while being applied: only the last criteria count.
    proxy.setCriteria(text("x"));
    proxy.setCriteria(text("99999"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{199999, 299999, 399999, 499999}));
}

void TestMessageFilterProxy::sortsByColumnAndBack()
{
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KafkaMessageBatch batch;
    batch.append(makeMessage(2, 10, "b", "v"));
    batch.append(makeMessage(0, 11, "c", "v"));
    batch.append(makeMessage(1, 12, "a", "v"));
    messages.appendBatch(batch);
    proxy.sort(MessageTableModel::PartitionColumn, Qt::AscendingOrder);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{11, 12, 10}));
    proxy.sort(MessageTableModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{11, 10, 12}));
    // New rows go to their place; a filter keeps the order.
    KafkaMessageBatch more;
    more.append(makeMessage(0, 13, "bb", "w"));
    messages.appendBatch(more);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{11, 13, 10, 12}));
    QVERIFY(apply(proxy, text("v", FilterCriteria::ValueField)));
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{11, 10, 12}));
    // Rows leaving and coming with their state keep the sort.
    FilterCriteria freshOnly = text("v", FilterCriteria::ValueField);
    freshOnly.states = FilterCriteria::stateBit(MessageTableModel::State::Received);
    proxy.setCriteria(freshOnly);
    messages.revokePartitions({2});
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{11, 12}));
    KafkaMessageBatch again;
    again.append(makeMessage(2, 10, "b", "v"));
    again.append(makeMessage(2, 14, "z", "v"));
    messages.appendBatch(again);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{14, 11, 10, 12}));
    proxy.setCriteria(text("v", FilterCriteria::ValueField));
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{14, 11, 10, 10, 12}));
    // The cap's removals while sorted.
    messages.setCap(3); // 13 (no match), 10 again and 14 stay
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{14, 10}));
    proxy.sort(-1);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{10, 14}));
}

void TestMessageFilterProxy::everyShownRowMapsBack()
{
    MessageTableModel messages;
    messages.setCap(1000);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 30; ++i)
        messages.appendBatch(makeBatch(i * 100, 100, i % 3));
    QVERIFY(apply(proxy, text("3", FilterCriteria::ValueField)));
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, MessageTableModel::ValueColumn);
        const QModelIndex source = proxy.mapToSource(index);
        QCOMPARE(source.column(), MessageTableModel::ValueColumn);
        QVERIFY(messages.valueAt(source.row()).contains('3'));
        QCOMPARE(proxy.mapFromSource(source), index);
        QCOMPARE(index.data(), source.data());
    }
    // A row the filter hides has no index in the proxy.
    const int hidden = messages.rowOf(2, 2000);
    QVERIFY(hidden >= 0);
    QVERIFY(!proxy.mapFromSource(messages.index(hidden, 0)).isValid());
    QCOMPARE(proxy.columnCount(), messages.columnCount());
    QCOMPARE(proxy.headerData(MessageTableModel::KeyColumn, Qt::Horizontal),
             messages.headerData(MessageTableModel::KeyColumn, Qt::Horizontal));
}

void TestMessageFilterProxy::jsonColumnsPassThroughAndSort()
{
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KafkaMessageBatch batch;
    batch.append(makeMessage(0, 0, "a", R"({"order":{"total":30}})"));
    batch.append(makeMessage(0, 1, "b", R"({"order":{"total":4}})"));
    batch.append(makeMessage(0, 2, "c", R"({"order":{"total":100}})"));
    batch.append(makeMessage(0, 3, "d", "not json"));
    messages.appendBatch(batch);
    QVERIFY(apply(proxy, text("order", FilterCriteria::ValueField)));
    QCOMPARE(proxy.rowCount(), 3);
    // A column the table adds later is the proxy's too, with the same cells.
    const auto path = JsonPath::parse(QStringLiteral("$.order.total"));
    QVERIFY(path);
    const int column = messages.addJsonColumn(*path);
    QCOMPARE(proxy.columnCount(), messages.columnCount());
    QCOMPARE(proxy.headerData(column, Qt::Horizontal), messages.headerData(column, Qt::Horizontal));
    QCOMPARE(proxy.index(1, column).data(), messages.index(1, column).data());
    // Sorted by it as numbers (SortRole), not as text: 4 < 30 < 100.
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{1, 0, 2}));
    // The column goes: so does the sort, back to the arrival order.
    messages.removeJsonColumn(column);
    QCOMPARE(proxy.columnCount(), messages.columnCount());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{0, 1, 2}));
}

void TestMessageFilterProxy::asyncSortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("partition (numbers, ties)")
        << int(MessageTableModel::PartitionColumn) << Qt::AscendingOrder;
    QTest::newRow("partition descending: ties still in arrival order")
        << int(MessageTableModel::PartitionColumn) << Qt::DescendingOrder;
    QTest::newRow("offset descending")
        << int(MessageTableModel::OffsetColumn) << Qt::DescendingOrder;
    QTest::newRow("key (text, any case, ties)")
        << int(MessageTableModel::KeyColumn) << Qt::AscendingOrder;
    QTest::newRow("key descending") << int(MessageTableModel::KeyColumn) << Qt::DescendingOrder;
}

void TestMessageFilterProxy::asyncSortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    MessageTableModel messages;
    messages.setCap(100000);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(tiedBatch(0, 30000));
    QVERIFY(messages.rowCount() > MessageFilterProxy::SyncSortRows);
    // The selected row stays selected (a persistent index) through the sort.
    const QPersistentModelIndex current = proxy.index(1234, MessageTableModel::KeyColumn);
    QSignalSpy finished(&proxy, &MessageFilterProxy::sortFinished);
    proxy.sort(column, order);
    QVERIFY(proxy.isSorting());
    QCOMPARE(proxy.sortColumn(), column);
    QCOMPARE(proxy.sourceRow(0), 0); // the arrival order until the sorted rows are ready
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!proxy.isSorting());
    QCOMPARE(shownSourceRows(proxy), expectedRows(messages, {}, column, order));
    QVERIFY(current.isValid());
    QCOMPARE(proxy.mapToSource(current).row(), 1234);
}

void TestMessageFilterProxy::asyncSortFollowsChanges_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("by key") << int(MessageTableModel::KeyColumn);
    QTest::newRow("by offset") << int(MessageTableModel::OffsetColumn);
    QTest::newRow("by state") << int(MessageTableModel::StateColumn);
}

void TestMessageFilterProxy::asyncSortFollowsChanges()
{
    // While the sort is prepared (keys being read, then sorted on another thread) rows keep
    // arriving, the oldest leave with the cap, rows are acked and a partition's rows turn
    // stale and are hidden: the sorted rows are then exactly the rows to show, in order.
    QFETCH(int, column);
    MessageTableModel messages;
    // Enough rows for the keys to be read in several slices, few enough for a sanitizer build.
    constexpr int Rows = 50000;
    messages.setCap(Rows);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(tiedBatch(0, Rows));
    FilterCriteria hideStale;
    hideStale.states &= quint8(~FilterCriteria::stateBit(MessageTableModel::State::Stale));
    proxy.setCriteria(hideStale);
    QSignalSpy finished(&proxy, &MessageFilterProxy::sortFinished);
    int next = Rows;
    int ticks = 0;
    constexpr int MaxTicks = 300;
    QTimer changes;
    changes.setInterval(0);
    connect(&changes, &QTimer::timeout, this, [&] {
        // Changes on the first turns of the event loop only: a slow (sanitized, loaded) build
        // must still get to the end of the sort, as a live table's batches every 100 ms do.
        if (!proxy.isSorting() || ticks >= MaxTicks)
            return;
        ++ticks;
        messages.appendBatch(tiedBatch(next, 37)); // 37 come, the 37 oldest go
        next += 37;
        ack(messages, messages.rowCount() - 1 - ticks % 500);
        ack(messages, ticks % 500);
        if (ticks == 1)
            messages.revokePartitions({1}); // a third of the rows turn stale: hidden
    });
    proxy.sort(column, Qt::AscendingOrder);
    QVERIFY(proxy.isSorting());
    // While the keys are read (the first slice is read, the rest to come)...
    messages.appendBatch(tiedBatch(next, 1000));
    next += 1000;
    ack(messages, 5);
    // ... and later, each turn of the event loop (the model tester makes those slow enough for
    // the other thread's sort to finish during one).
    changes.start();
    QVERIFY(finished.wait(60000));
    changes.stop();
    QVERIFY(ticks >= 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(messages.rowCount(), Rows);
    QCOMPARE(shownSourceRows(proxy), expectedRows(messages, hideStale, column, Qt::AscendingOrder));
    // And afterwards as well, sorted as they come.
    messages.appendBatch(tiedBatch(next, 500));
    ack(messages, 100);
    QCOMPARE(shownSourceRows(proxy), expectedRows(messages, hideStale, column, Qt::AscendingOrder));
}

void TestMessageFilterProxy::newSortOrFilterDuringSort()
{
    MessageTableModel messages;
    messages.setCap(100000);
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(tiedBatch(0, 60000));
    QSignalSpy sorted(&proxy, &MessageFilterProxy::sortFinished);
    QSignalSpy filtered(&proxy, &MessageFilterProxy::filterFinished);
    // A second header click supersedes the first: only its order is shown.
    proxy.sort(MessageTableModel::KeyColumn, Qt::AscendingOrder);
    proxy.sort(MessageTableModel::OffsetColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.sortColumn(), int(MessageTableModel::OffsetColumn));
    QVERIFY(sorted.wait(20000));
    QCOMPARE(sorted.size(), 1);
    QCOMPARE(shownSourceRows(proxy),
             expectedRows(messages, {}, MessageTableModel::OffsetColumn, Qt::DescendingOrder));
    // Superseded while its keys are sorted on the other thread (a few event loop turns in).
    proxy.sort(MessageTableModel::KeyColumn, Qt::AscendingOrder);
    QTRY_VERIFY(proxy.rowCount() > 0 && proxy.isSorting());
    proxy.sort(MessageTableModel::PartitionColumn, Qt::DescendingOrder);
    QTRY_COMPARE(sorted.size(), 2);
    QTest::qWait(0); // a result of the superseded sort would come in now
    QCOMPARE(sorted.size(), 2);
    QCOMPARE(shownSourceRows(proxy),
             expectedRows(messages, {}, MessageTableModel::PartitionColumn, Qt::DescendingOrder));

    // A filter applied while sorting: both apply, whichever finishes first.
    const FilterCriteria criteria = text("7", FilterCriteria::ValueField);
    proxy.sort(MessageTableModel::KeyColumn, Qt::DescendingOrder);
    proxy.setCriteria(criteria);
    QTRY_VERIFY(sorted.size() == 3 && filtered.size() == 1);
    QVERIFY(!proxy.isSorting() && !proxy.isFiltering());
    QCOMPARE(shownSourceRows(proxy),
             expectedRows(messages, criteria, MessageTableModel::KeyColumn, Qt::DescendingOrder));
    // Back to the arrival order at once, a sort being prepared dropped.
    proxy.sort(MessageTableModel::OffsetColumn);
    proxy.sort(-1);
    QVERIFY(!proxy.isSorting());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(shownSourceRows(proxy),
             expectedRows(messages, criteria, MessageTableModel::OffsetColumn, Qt::AscendingOrder));
}

void TestMessageFilterProxy::stateSortFollowsStateChanges()
{
    MessageTableModel messages;
    MessageFilterProxy proxy(&messages);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    messages.appendBatch(makeBatch(0, 5, 0));
    messages.appendBatch(makeBatch(5, 2, 1));
    proxy.sort(MessageTableModel::StateColumn, Qt::AscendingOrder); // Received before Acked
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{0, 1, 2, 3, 4, 5, 6}));
    const QPersistentModelIndex selected = proxy.index(1, 0);
    ack(messages, 1); // acked: after the received rows
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{0, 2, 3, 4, 5, 6, 1}));
    QCOMPARE(selected.row(), 6);
    ack(messages, 3);
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{0, 2, 4, 5, 6, 1, 3}));
    messages.revokePartitions({1}); // partition 1's rows turn stale: last
    QCOMPARE(shownOffsets(proxy), (QList<qint64>{0, 2, 4, 1, 3, 5, 6}));
    QCOMPARE(shownSourceRows(proxy),
             expectedRows(messages, {}, MessageTableModel::StateColumn, Qt::AscendingOrder));
}

QTEST_MAIN(TestMessageFilterProxy)
#include "tst_messagefilterproxy.moc"
