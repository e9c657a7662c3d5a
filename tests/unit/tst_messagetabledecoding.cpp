// The live table's decoding against a registry shared with other panes (no server answers: the
// registry's port is closed, so every id fails soon after it is asked for). A schema id that
// other panes asked for costs the table nothing; one the table's rows wait on shows those rows
// anew and no others; the filter is not matched anew for other ids; a row that failed is not
// decoded again on every paint (which would make the registry ask again after its retry time).
#include "closedregistry.h"
#include "filtercriteria.h"
#include "messagedecoder.h"
#include "messagefilterproxy.h"
#include "messagetablemodel.h"
#include "schemaregistry.h"
#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
using Status = MessageDecoder::Result::Status;

KafkaMessage message(qint64 offset, const QByteArray &value)
{
    KafkaMessage m;
    m.topic = QStringLiteral("orders");
    m.offset = offset;
    m.timestampMs = 1700000000000 + offset;
    m.key = "k" + QByteArray::number(offset);
    m.keyIsNull = false;
    m.value = value;
    m.valueIsNull = false;
    return m;
}

Status status(const MessageTableModel &model, int row)
{
    return Status(model.index(row, MessageTableModel::ValueColumn)
                      .data(MessageTableModel::DecodeStatusRole)
                      .toInt());
}
} // namespace

class TestMessageTableDecoding : public QObject
{
    Q_OBJECT

private slots:
    void onlyRowsWaitingOnAnIdAreShownAnew();
    void filterIsMatchedAnewOnlyForWaitingRows();
    void failedRowsAreNotDecodedOnEveryPaint();

private:
    // Rows 0 and 2 framed with schema 7, row 1 with schema 8, row 3 plain text, row 4 with 7.
    static void fill(MessageTableModel &model);
};

void TestMessageTableDecoding::fill(MessageTableModel &model)
{
    KafkaMessageBatch batch;
    batch.append(message(0, WireFormat::frame(7, "\x02")));
    batch.append(message(1, WireFormat::frame(8, "\x02")));
    batch.append(message(2, WireFormat::frame(7, "\x04")));
    batch.append(message(3, "plain text"));
    batch.append(message(4, WireFormat::frame(7, "\x06")));
    model.appendBatch(batch);
}

void TestMessageTableDecoding::onlyRowsWaitingOnAnIdAreShownAnew()
{
    const auto registry = ClosedRegistry::make();
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDecoder(std::make_shared<MessageDecoder>(registry));
    // A new decoder: every row is read again.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    changed.clear();

    // Rows shown: the table asks for 7 and 8. The arrivals are seen after the table's own slot;
    // the rows each one showed anew are collected by id.
    QSet<int> rowsChanged;
    QHash<int, QSet<int>> rowsByArrival;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    rowsChanged.insert(row);
            });
    QSignalSpy arrived(registry.get(), &SchemaRegistry::schemaArrived);
    connect(registry.get(), &SchemaRegistry::schemaArrived, this, [&](int schemaId) {
        rowsByArrival[schemaId] = rowsChanged;
        rowsChanged.clear();
    });
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(status(model, row), row == 3 ? Status::NotFramed : Status::Pending);

    // Another pane asks for schema 99: nothing in the table waits on it.
    QCOMPARE(registry->lookup(99).state, SchemaRegistry::State::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(rowsByArrival.contains(99) && rowsByArrival.contains(7) &&
                                 rowsByArrival.contains(8),
                             20000);
    QCOMPARE(rowsByArrival.value(99), QSet<int>());
    QCOMPARE(rowsByArrival.value(7), (QSet<int>{0, 2, 4}));
    QCOMPARE(rowsByArrival.value(8), QSet<int>{1});
    // Rows 0, 2 and 4 are not adjacent: each has its own dataChanged (rows 1 and 3 are in none
    // of them), and row 1 has one for 8.
    QCOMPARE(changed.size(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(status(model, row), row == 3 ? Status::NotFramed : Status::Failed);
    const QString reason =
        model.index(0, MessageTableModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(reason.contains(QLatin1String("Schema id 7")), qPrintable(reason));

    // 99 again (its failure is over for the registry when asked again): still nothing here.
    changed.clear();
    registry->setRetryAfterMs(0);
    const int before = int(arrived.size());
    // (The failure is what lookup() says while it asks again.)
    QCOMPARE(registry->lookup(99).state, SchemaRegistry::State::Failed);
    QTRY_VERIFY_WITH_TIMEOUT(arrived.size() > before, 20000);
    QCOMPARE(arrived.last().at(0).toInt(), 99);
    QCOMPARE(changed.size(), 0);

    // 7 again (another pane asked once its failure was over): the failed rows of 7 anew.
    rowsByArrival.clear();
    QCOMPARE(registry->lookup(7).state, SchemaRegistry::State::Failed);
    QTRY_VERIFY_WITH_TIMEOUT(rowsByArrival.contains(7), 20000);
    QCOMPARE(rowsByArrival.value(7), (QSet<int>{0, 2, 4}));
}

void TestMessageTableDecoding::filterIsMatchedAnewOnlyForWaitingRows()
{
    const auto registry = ClosedRegistry::make();
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    model.setDecoder(std::make_shared<MessageDecoder>(registry));
    MessageFilterProxy proxy(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arrived(registry.get(), &SchemaRegistry::schemaArrived);
    FilterCriteria text;
    text.text = QStringLiteral("plain");
    text.fields = FilterCriteria::ValueField;
    QSignalSpy finished(&proxy, &MessageFilterProxy::filterFinished);
    proxy.setCriteria(text);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRow(0), 3);
    // The filter read every row: the table waits on 7 and 8.
    QTRY_VERIFY_WITH_TIMEOUT(arrived.contains(QVariantList{7}) && arrived.contains(QVariantList{8}),
                             20000);
    QCOMPARE(proxy.rowCount(), 1);
    finished.clear();

    // An id the table does not wait on: no new pass over the rows, no layout change.
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    const int before = int(arrived.size());
    QCOMPARE(registry->lookup(99).state, SchemaRegistry::State::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(arrived.size() > before, 20000);
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRow(0), 3);
}

void TestMessageTableDecoding::failedRowsAreNotDecodedOnEveryPaint()
{
    const auto registry = ClosedRegistry::make();
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model);
    model.setDecoder(std::make_shared<MessageDecoder>(registry));
    QSignalSpy arrived(registry.get(), &SchemaRegistry::schemaArrived);
    QCOMPARE(status(model, 0), Status::Pending);
    QCOMPARE(status(model, 1), Status::Pending);
    // Painting a Pending row again and again asks nothing more.
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(status(model, 0), Status::Pending);
        model.index(1, MessageTableModel::ValueColumn).data(Qt::DisplayRole);
    }
    QTRY_VERIFY_WITH_TIMEOUT(arrived.contains(QVariantList{7}) && arrived.contains(QVariantList{8}),
                             20000);
    QCOMPARE(status(model, 0), Status::Failed);
    QCOMPARE(status(model, 1), Status::Failed);
    const quint64 requests = registry->requestsSent();
    QCOMPARE(requests, 2u);

    // The registry would ask again for any lookup after 100 ms: rows painted for a second keep
    // their failure (the table's retry time is the registry's default one) and ask nothing.
    registry->setRetryAfterMs(100);
    const QDeadlineTimer paintFor(1000);
    while (!paintFor.hasExpired()) {
        QCOMPARE(status(model, 0), Status::Failed);
        model.index(1, MessageTableModel::ValueColumn).data(Qt::ToolTipRole);
        QCoreApplication::processEvents();
    }
    QCOMPARE(registry->requestsSent(), requests);
    QCOMPARE(arrived.size(), 2);

    // A registry changed (a new decoder): every row is decoded again.
    const auto other = ClosedRegistry::make();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDecoder(std::make_shared<MessageDecoder>(other));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(status(model, 0), Status::Pending);
}

QTEST_MAIN(TestMessageTableDecoding)
#include "tst_messagetabledecoding.moc"
