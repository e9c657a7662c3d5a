// The window's display of messages in the schema registry's format, against a real registry
// (Apicurio, TOPICDESK_TEST_REGISTRY) with rows put straight into a MessageTableModel (no broker
// needed). An Avro and a Protobuf schema are registered; the table first says it is fetching a
// row's schema, then shows the decoded JSON with the schema in the tooltip; a row without the
// magic byte, a row whose bytes do not match its schema and a row with an unknown schema id say
// why; filters and JSON columns read the decoded JSON; the details pane shows the schema's line
// and the pretty JSON, or the reason over the hex dump with the byte where reading stopped
// marked. Also measured (printed, not asserted): appending 1M framed rows with a decoder set and
// no view costs what it costs without one. Screenshots go to $TOPICDESK_SHOTS when it is set.
#include "decodedtext.h"
#include "detailpanel.h"
#include "filtercriteria.h"
#include "kafkamessagebatch.h"
#include "messagecelldelegate.h"
#include "messagedecoder.h"
#include "messagefilterproxy.h"
#include "messagetablemodel.h"
#include "payloadpane.h"
#include "schemabadgeicon.h"
#include "schemaregistry.h"
#include "statuscolours.h"
#include "testregistry.h"
#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <limits>

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

KafkaMessage message(qint64 offset, const QByteArray &key, const QByteArray &value)
{
    KafkaMessage m;
    m.topic = QStringLiteral("orders");
    m.partition = 0;
    m.offset = offset;
    m.timestampMs = 1700000000000 + offset;
    m.key = key;
    m.keyIsNull = false;
    m.value = value;
    m.valueIsNull = false;
    return m;
}

QString shotsDir()
{
    return env("TOPICDESK_SHOTS");
}
} // namespace

class TestSchemaGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableShowsFetchingThenDecoded();
    void undecodableRowsSayWhy();
    void filtersAndJsonColumnsReadTheDecodedJson();
    void filterAppliedWhileFetchingMatchesOnceDecoded();
    void sortAppliedWhileFetchingFollowsTheDecodedJson();
    void detailsShowSchemaAndJson();
    void detailsShowReasonOverHex();
    void detailsUpdateWhenTheSchemaArrives();
    void screenshots();
    void millionFramedRowsCostNothingUnshown();

private:
    // A model with the test rows, a decoder over a registry of its own (nothing known yet).
    struct Table
    {
        std::shared_ptr<SchemaRegistry> registry =
            std::make_shared<SchemaRegistry>(TestRegistry::openSettings());
        std::shared_ptr<MessageDecoder> decoder = std::make_shared<MessageDecoder>(registry);
        MessageTableModel model;
        QAbstractItemModelTester tester{&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
    };
    void fill(Table &table) const;
    // Waits until the row's value cell no longer says it is fetching.
    static bool waitDecoded(const Table &table, int row);
    QVariant cell(const Table &table, int row, int column, int role = Qt::DisplayRole) const
    {
        return table.model.data(table.model.index(row, column), role);
    }

    QString run_;
    QString avroSubject_;
    QString protoSubject_;
    int avroId_ = -1;
    int protoId_ = -1;
    QByteArray avroValue_;   // {"id":7,"note":{"string":"hello"}} framed
    QByteArray protoValue_;  // {"customer":"ada","visits":3} framed
    QByteArray badMagic_;    // 01 + id + payload
    QByteArray wrongBytes_;  // framed Avro whose union branch does not exist
    QByteArray unknownId_;   // framed with an id the registry does not have
    qsizetype wrongAt_ = -1; // where reading wrongBytes_ stops
};

enum Rows { AvroRow, ProtoRow, BadMagicRow, WrongBytesRow, UnknownIdRow, TextRow, RowCount };

void TestSchemaGui::initTestCase()
{
    QVERIFY2(!TestRegistry::url().isEmpty(),
             "TOPICDESK_TEST_REGISTRY is not set: run this test through ctest (the registry "
             "fixture) or tests/registry/registry.sh env");
    run_ = QStringLiteral("h6x%1x%2")
               .arg(QDateTime::currentMSecsSinceEpoch())
               .arg(QRandomGenerator::global()->bounded(1000000));
    SchemaRegistry registry(TestRegistry::openSettings());
    avroSubject_ = QStringLiteral("%1-orders-value").arg(run_);
    const RegisteredSchema avro = TestRegistry::schema(
        SchemaType::Avro,
        QStringLiteral(R"({"type":"record","name":"Order","namespace":"td.%1","fields":[)"
                       R"({"name":"id","type":"long"},)"
                       R"({"name":"note","type":["null","string"],"default":null}]})")
            .arg(run_));
    avroId_ = TestRegistry::registerSchema(registry, avroSubject_, avro);
    QVERIFY(avroId_ >= 0);
    protoSubject_ = QStringLiteral("%1-customers-value").arg(run_);
    const RegisteredSchema proto = TestRegistry::schema(
        SchemaType::Protobuf, QStringLiteral("syntax = \"proto3\";\npackage td.%1;\n"
                                             "message Customer {\n  string customer = 1;\n"
                                             "  int32 visits = 2;\n}\n")
                                  .arg(run_));
    protoId_ = TestRegistry::registerSchema(registry, protoSubject_, proto);
    QVERIFY(protoId_ >= 0);

    QString error;
    const auto avroCodec = SchemaCodec::create(avro, &error);
    QVERIFY2(avroCodec, qPrintable(error));
    const auto avroEncoded = avroCodec->encode(R"({"id":7,"note":{"string":"hello"}})");
    QVERIFY2(avroEncoded.ok(), qPrintable(avroEncoded.error));
    avroValue_ = WireFormat::frame(avroId_, avroEncoded.payload);
    const auto protoCodec = SchemaCodec::create(proto, &error);
    QVERIFY2(protoCodec, qPrintable(error));
    const auto protoEncoded = protoCodec->encode(R"({"customer":"ada","visits":3})");
    QVERIFY2(protoEncoded.ok(), qPrintable(protoEncoded.error));
    protoValue_ =
        WireFormat::frameProtobuf(protoId_, protoEncoded.messageIndexes, protoEncoded.payload);

    badMagic_ = avroValue_;
    badMagic_[0] = '\x01';
    // id 7 (zigzag 0x0e), then union branch 4 (zigzag 0x08): the union has two.
    wrongBytes_ = WireFormat::frame(avroId_, QByteArray("\x0e\x08", 2));
    wrongAt_ = WireFormat::HeaderSize + 1;
    unknownId_ = WireFormat::frame(2000000000 + QRandomGenerator::global()->bounded(100000000),
                                   avroEncoded.payload);
}

void TestSchemaGui::fill(Table &table) const
{
    KafkaMessageBatch batch;
    batch.append(message(0, "k0", avroValue_));
    batch.append(message(1, "k1", protoValue_));
    batch.append(message(2, "k2", badMagic_));
    batch.append(message(3, "k3", wrongBytes_));
    batch.append(message(4, "k4", unknownId_));
    batch.append(message(5, "k5", "plain text"));
    table.model.appendBatch(batch);
    table.model.setDecoder(table.decoder);
}

bool TestSchemaGui::waitDecoded(const Table &table, int row)
{
    const auto status = [&] {
        return MessageDecoder::Result::Status(table.model.index(row, MessageTableModel::ValueColumn)
                                                  .data(MessageTableModel::DecodeStatusRole)
                                                  .toInt());
    };
    return QTest::qWaitFor([&] { return status() != MessageDecoder::Result::Status::Pending; },
                           20000);
}

void TestSchemaGui::tableShowsFetchingThenDecoded()
{
    Table table;
    fill(table);
    QSignalSpy changed(&table.model, &QAbstractItemModel::dataChanged);
    // The first look asks for the schema: the cell says so, in muted italics.
    QCOMPARE(cell(table, AvroRow, MessageTableModel::ValueColumn).toString(),
             QStringLiteral("Fetching schema %1…").arg(avroId_));
    QVERIFY(
        cell(table, AvroRow, MessageTableModel::ValueColumn, Qt::FontRole).value<QFont>().italic());
    QCOMPARE(
        cell(table, AvroRow, MessageTableModel::ValueColumn, MessageTableModel::DecodeStatusRole)
            .toInt(),
        int(MessageDecoder::Result::Status::Pending));
    // Then the schema arrives and the row is shown again, decoded.
    QVERIFY(changed.wait(20000));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(changed.first().at(0).toModelIndex().column() <= MessageTableModel::ValueColumn);
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, AvroRow, MessageTableModel::ValueColumn).toString(),
                              QStringLiteral(R"({"id":7,"note":{"string":"hello"}})"), 20000);
    const QString tip =
        cell(table, AvroRow, MessageTableModel::ValueColumn, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Avro")) &&
                 tip.contains(QStringLiteral("schema %1").arg(avroId_)) &&
                 tip.contains(avroSubject_ + QStringLiteral(" v1")) &&
                 tip.contains(QStringLiteral("td.%1.Order").arg(run_)),
             qPrintable(tip));
    QCOMPARE(cell(table, AvroRow, MessageTableModel::ValueColumn, MessageTableModel::SchemaRole)
                 .toString(),
             QStringLiteral("Avro · schema %1 · %2 v1 · td.%3.Order")
                 .arg(avroId_)
                 .arg(avroSubject_, run_));
    QVERIFY(!cell(table, AvroRow, MessageTableModel::ValueColumn, Qt::FontRole).isValid());
    // A badge tells a decoded record from JSON text: A for Avro, P for Protobuf.
    const QIcon badge =
        cell(table, AvroRow, MessageTableModel::ValueColumn, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!badge.isNull());
    QVERIFY(badge.pixmap(16, 16).toImage() !=
            SchemaBadgeIcon::icon(SchemaType::Protobuf).pixmap(16, 16).toImage());
    QVERIFY(!cell(table, TextRow, MessageTableModel::ValueColumn, Qt::DecorationRole).isValid());
    // The key is plain text: shown as it is.
    QCOMPARE(cell(table, AvroRow, MessageTableModel::KeyColumn).toString(), QStringLiteral("k0"));

    // Protobuf: every field, with the .proto names.
    QTRY_COMPARE_WITH_TIMEOUT(cell(table, ProtoRow, MessageTableModel::ValueColumn).toString(),
                              QStringLiteral(R"({"customer":"ada","visits":3})"), 20000);
    QVERIFY(cell(table, ProtoRow, MessageTableModel::ValueColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Protobuf · schema %1").arg(protoId_)));
    QCOMPARE(table.model.decodedValueAt(ProtoRow), QByteArray(R"({"customer":"ada","visits":3})"));
    // Plain text stays plain text; its decoded value is its bytes.
    QCOMPARE(cell(table, TextRow, MessageTableModel::ValueColumn).toString(),
             QStringLiteral("plain text"));
    QCOMPARE(table.model.decodedValueAt(TextRow), QByteArray("plain text"));
}

void TestSchemaGui::undecodableRowsSayWhy()
{
    Table table;
    fill(table);
    for (int row = 0; row < RowCount; ++row)
        cell(table, row, MessageTableModel::ValueColumn); // asks for every schema
    QVERIFY(waitDecoded(table, WrongBytesRow));
    QVERIFY(waitDecoded(table, UnknownIdRow));
    const QColor warning = StatusColours::colour(StatusColours::Role::Warning);

    // No magic byte: the hex preview as without a registry; the tooltip says why.
    QVERIFY(cell(table, BadMagicRow, MessageTableModel::ValueColumn)
                .toString()
                .startsWith(QStringLiteral("hex: 01")));
    QVERIFY(cell(table, BadMagicRow, MessageTableModel::ValueColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("does not start with the byte 00")));
    QCOMPARE(cell(table, BadMagicRow, MessageTableModel::ValueColumn,
                  MessageTableModel::DecodeStatusRole)
                 .toInt(),
             int(MessageDecoder::Result::Status::NotFramed));

    // Bytes that do not match the schema: hex, marked in italics and the warning colour, the
    // tooltip names the schema and where reading stopped.
    QVERIFY(cell(table, WrongBytesRow, MessageTableModel::ValueColumn)
                .toString()
                .startsWith(QStringLiteral("hex: 00")));
    QVERIFY(cell(table, WrongBytesRow, MessageTableModel::ValueColumn, Qt::FontRole)
                .value<QFont>()
                .italic());
    QCOMPARE(cell(table, WrongBytesRow, MessageTableModel::ValueColumn, Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
             warning);
    const QString wrongTip =
        cell(table, WrongBytesRow, MessageTableModel::ValueColumn, Qt::ToolTipRole).toString();
    // The byte number counts from the value's first byte, as the hex preview does.
    QVERIFY2(wrongTip.contains(
                 QStringLiteral("type number 4 at byte %1 does not exist").arg(wrongAt_)) &&
                 wrongTip.contains(QStringLiteral("schema %1").arg(avroId_)) &&
                 !wrongTip.contains(QLatin1String("hex dump")),
             qPrintable(wrongTip));

    // An id the registry does not have: the registry's answer.
    const QString unknownTip =
        cell(table, UnknownIdRow, MessageTableModel::ValueColumn, Qt::ToolTipRole).toString();
    QVERIFY2(unknownTip.startsWith(QStringLiteral("Not decoded: Schema id ")),
             qPrintable(unknownTip));
    QCOMPARE(cell(table, UnknownIdRow, MessageTableModel::ValueColumn, Qt::ForegroundRole)
                 .value<QBrush>()
                 .color(),
             warning);
    qInfo("unknown id: %s", qPrintable(unknownTip));
    qInfo("wrong bytes: %s", qPrintable(wrongTip));
}

void TestSchemaGui::filtersAndJsonColumnsReadTheDecodedJson()
{
    Table table;
    fill(table);
    for (int row = 0; row < RowCount; ++row)
        cell(table, row, MessageTableModel::ValueColumn);
    QVERIFY(waitDecoded(table, AvroRow));
    QVERIFY(waitDecoded(table, ProtoRow));

    MessageFilterProxy proxy(&table.model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Text of the decoded JSON (not in the Avro bytes: "id":7 is 0x0e there).
    FilterCriteria text;
    text.text = QStringLiteral(R"("id":7)");
    text.fields = FilterCriteria::ValueField;
    QSignalSpy finished(&proxy, &MessageFilterProxy::filterFinished);
    proxy.setCriteria(text);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRow(0), int(AvroRow));

    // A JSON path into the decoded Protobuf record.
    FilterCriteria path;
    path.text = QStringLiteral("ada");
    path.fields = 0;
    path.jsonPaths = {*JsonPath::parse(QStringLiteral("$.customer"))};
    proxy.setCriteria(path);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.sourceRow(0), int(ProtoRow));

    // JSON columns over decoded fields.
    const int idColumn = table.model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.id")));
    const int visitsColumn =
        table.model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.visits")));
    QCOMPARE(cell(table, AvroRow, idColumn).toString(), QStringLiteral("7"));
    QCOMPARE(cell(table, AvroRow, idColumn, MessageTableModel::SortRole).toLongLong(), 7);
    QCOMPARE(cell(table, ProtoRow, visitsColumn).toString(), QStringLiteral("3"));
    QCOMPARE(cell(table, WrongBytesRow, idColumn).toString(), QString());

    // Sorting the value column by the decoded text: {"customer"... before {"id"....
    proxy.setCriteria({});
    QTRY_VERIFY(!proxy.isFiltering());
    proxy.sort(MessageTableModel::ValueColumn);
    QTRY_VERIFY(!proxy.isSorting());
    QList<int> order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.sourceRow(row);
    QVERIFY2(order.indexOf(ProtoRow) < order.indexOf(AvroRow),
             qPrintable(QString::number(order.indexOf(ProtoRow))));
}

void TestSchemaGui::filterAppliedWhileFetchingMatchesOnceDecoded()
{
    Table table;
    fill(table);
    MessageFilterProxy proxy(&table.model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    FilterCriteria text;
    text.text = QStringLiteral(R"("customer":"ada")");
    text.fields = FilterCriteria::ValueField;
    proxy.setCriteria(text);
    QTRY_VERIFY(!proxy.isFiltering());
    // The schemas were not here when the rows were matched: nothing matched then...
    QCOMPARE(proxy.rowCount(), 0);
    // ...and the row comes once its schema is here.
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 1, 20000);
    QCOMPARE(proxy.sourceRow(0), int(ProtoRow));
}

void TestSchemaGui::sortAppliedWhileFetchingFollowsTheDecodedJson()
{
    Table table;
    fill(table);
    MessageFilterProxy proxy(&table.model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Sorted by the value while the schemas are on their way: by the bytes ("\0..." first)...
    proxy.sort(MessageTableModel::ValueColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!proxy.isSorting());
    QCOMPARE(proxy.sourceRow(0), int(TextRow));
    // ...then by the decoded JSON: descending, {"id"... before {"customer"... before "plain".
    QTRY_COMPARE_WITH_TIMEOUT(proxy.sourceRow(0), int(AvroRow), 20000);
    QCOMPARE(proxy.sourceRow(1), int(ProtoRow));
    QCOMPARE(proxy.sourceRow(2), int(TextRow));
    QCOMPARE(proxy.sortColumn(), int(MessageTableModel::ValueColumn));
    QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
}

void TestSchemaGui::detailsShowSchemaAndJson()
{
    Table table;
    fill(table);
    table.registry->waitFor(avroId_, 20000);
    table.registry->waitFor(protoId_, 20000);
    DetailPanel panel;
    panel.resize(900, 500);
    panel.setDecoder(table.decoder);
    panel.setMessage(table.model.message(AvroRow));
    PayloadPane *value = panel.valuePane();
    QVERIFY(value->showsDecoded());
    auto *note = panel.findChild<QLabel *>(QStringLiteral("valueNote"));
    auto *text = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueText"));
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("valueModeCombo"));
    QVERIFY(note && text && combo);
    QCOMPARE(note->text(),
             QStringLiteral("Avro · schema id %1 · subject %2, version 1 · td.%3.Order")
                 .arg(avroId_)
                 .arg(avroSubject_, run_));
    QVERIFY(!note->isHidden());
    QCOMPARE(text->toPlainText(), QStringLiteral("{\n    \"id\": 7,\n    \"note\": {\n        "
                                                 "\"string\": \"hello\"\n    }\n}"));
    QCOMPARE(combo->currentData().toInt(), PayloadPane::DecodedItem);
    QCOMPARE(combo->currentText(), QStringLiteral("Decoded"));
    // The raw views are still there.
    combo->setCurrentIndex(combo->findData(int(PayloadView::Mode::Hex)));
    emit combo->activated(combo->currentIndex());
    QVERIFY(!value->showsDecoded());
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("00000000  00 ")));
    combo->setCurrentIndex(combo->findData(PayloadPane::DecodedItem));
    emit combo->activated(combo->currentIndex());
    QVERIFY(value->showsDecoded());
    QVERIFY(text->toPlainText().contains(QStringLiteral("\"hello\"")));
    // The key is plain text: not in the registry's format, so not shown decoded; its Decoded
    // view says why.
    QVERIFY(!panel.keyPane()->showsDecoded());
    QVERIFY(panel.keyPane()->decodedHeader().contains(QStringLiteral("does not start with")));

    panel.setMessage(table.model.message(ProtoRow));
    QVERIFY(value->showsDecoded());
    QCOMPARE(note->text(),
             QStringLiteral("Protobuf · schema id %1 · subject %2, version 1 · td.%3.Customer")
                 .arg(protoId_)
                 .arg(protoSubject_, run_));
    QVERIFY(text->toPlainText().contains(QStringLiteral("\"customer\": \"ada\"")));
}

void TestSchemaGui::detailsShowReasonOverHex()
{
    Table table;
    fill(table);
    table.registry->waitFor(avroId_, 20000);
    DetailPanel panel;
    panel.resize(900, 500);
    panel.setDecoder(table.decoder);
    panel.setMessage(table.model.message(WrongBytesRow));
    PayloadPane *value = panel.valuePane();
    auto *note = panel.findChild<QLabel *>(QStringLiteral("valueNote"));
    auto *text = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueText"));
    QVERIFY(value->showsDecoded());
    QVERIFY2(
        note->text().startsWith(QStringLiteral("Not decoded with Avro · schema %1").arg(avroId_)) &&
            note->text().endsWith(
                QStringLiteral("type number 4 at byte %1 does not exist: the union has 2 types. "
                               "Byte %1, where reading stopped, is marked in the hex dump.")
                    .arg(wrongAt_)),
        qPrintable(note->text()));
    QCOMPARE(text->toPlainText(), PayloadView::hexDump(wrongBytes_));
    // The byte where reading stopped is marked: its two hex digits and its character.
    const QList<QTextEdit::ExtraSelection> marks = text->extraSelections();
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("08"));
    QCOMPARE(marks.last().cursor.selectedText(), QStringLiteral("."));
    // The marked digits are those of byte wrongAt_, the number the note gives.
    QCOMPARE(marks.first().cursor.selectionStart() - marks.first().cursor.block().position(),
             10 + 3 * wrongAt_);

    // Reading that stops at the value's end (the union's type number is missing): the reason
    // says where, and no byte is said to be marked, as none is.
    const QByteArray cut = WireFormat::frame(avroId_, QByteArray("\x0e", 1));
    panel.setMessage(message(9, "k9", cut));
    QVERIFY(value->showsDecoded());
    QVERIFY2(note->text().endsWith(QStringLiteral("the value ends at byte %1, inside the number "
                                                  "that starts at byte %1.")
                                       .arg(cut.size())),
             qPrintable(note->text()));
    QCOMPARE(text->toPlainText(), PayloadView::hexDump(cut));
    QVERIFY(text->extraSelections().isEmpty());

    // No magic byte: not decoded by default (the bytes' own view), the Decoded view says why.
    panel.setMessage(table.model.message(BadMagicRow));
    QVERIFY(!value->showsDecoded());
    value->showDecoded();
    QVERIFY(note->text().contains(QStringLiteral("does not start with the byte 00")));
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("00000000  01 ")));
    QVERIFY(text->extraSelections().isEmpty());
}

void TestSchemaGui::detailsUpdateWhenTheSchemaArrives()
{
    Table table;
    fill(table);
    DetailPanel panel;
    // Without a decoder of its own: the followed table's.
    QTableView view;
    view.setModel(&table.model);
    panel.follow(&view, &table.model);
    view.setCurrentIndex(table.model.index(ProtoRow, MessageTableModel::ValueColumn));
    auto *note = panel.findChild<QLabel *>(QStringLiteral("valueNote"));
    auto *text = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueText"));
    QCOMPARE(note->text(), QStringLiteral("Fetching schema %1 from the registry…").arg(protoId_));
    QVERIFY(panel.valuePane()->showsDecoded());
    QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(QStringLiteral("Protobuf")), 20000);
    QVERIFY(text->toPlainText().contains(QStringLiteral("\"visits\": 3")));
}

void TestSchemaGui::screenshots()
{
    // The table and the pane drawn as a person sees them, each a picture of its own size; kept in
    // TOPICDESK_SHOTS when it is set (to look at), else in a folder removed afterwards.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString dir = shotsDir().isEmpty() ? scratch.path() : shotsDir();
    QVERIFY(QDir().mkpath(dir));
    Table table;
    fill(table);
    for (int row = 0; row < RowCount; ++row)
        cell(table, row, MessageTableModel::ValueColumn);
    QVERIFY(waitDecoded(table, AvroRow));
    QVERIFY(waitDecoded(table, ProtoRow));
    QVERIFY(waitDecoded(table, WrongBytesRow));
    QVERIFY(waitDecoded(table, UnknownIdRow));
    table.model.addJsonColumn(*JsonPath::parse(QStringLiteral("$.id")));
    QTableView view;
    view.setItemDelegate(new MessageCellDelegate(&view));
    view.setModel(&table.model);
    view.resize(1100, 260);
    view.horizontalHeader()->resizeSection(MessageTableModel::ValueColumn, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(dir + QStringLiteral("/h6-table.png")));

    DetailPanel panel;
    panel.setDecoder(table.decoder);
    panel.resize(1000, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setMessage(table.model.message(AvroRow));
    QCoreApplication::sendPostedEvents(); // the layout follows the note's new height
    QVERIFY(panel.grab().save(dir + QStringLiteral("/h6-detail-avro.png")));
    panel.setMessage(table.model.message(WrongBytesRow));
    QCoreApplication::sendPostedEvents(); // the layout follows the note's new height
    QVERIFY(panel.grab().save(dir + QStringLiteral("/h6-detail-wrong.png")));
    panel.setMessage(table.model.message(UnknownIdRow));
    QCoreApplication::sendPostedEvents(); // the layout follows the note's new height
    QVERIFY(panel.grab().save(dir + QStringLiteral("/h6-detail-unknown.png")));
}

void TestSchemaGui::millionFramedRowsCostNothingUnshown()
{
    constexpr int Rows = 1000000;
    constexpr int PerBatch = 10000;
    const auto append = [&](MessageTableModel &model) {
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < Rows; first += PerBatch) {
            KafkaMessageBatch batch;
            for (int i = first; i < first + PerBatch; ++i)
                batch.append(message(i, QByteArray::number(i), avroValue_));
            model.appendBatch(batch);
        }
        return timer.elapsed();
    };
    // The batches are built in both runs alike; the difference is the model's. One model at a
    // time, each way twice in turn, the faster run of each way kept.
    const auto registry = std::make_shared<SchemaRegistry>(TestRegistry::openSettings());
    qint64 without = std::numeric_limits<qint64>::max();
    qint64 with = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 2; ++round) {
        {
            MessageTableModel plain;
            plain.setCap(Rows);
            without = std::min(without, append(plain));
        }
        MessageTableModel decoded;
        decoded.setCap(Rows);
        decoded.setDecoder(std::make_shared<MessageDecoder>(registry));
        with = std::min(with, append(decoded));
        QCOMPARE(decoded.rowCount(), Rows);
    }
    // Nothing was decoded, so nothing was asked of the registry.
    QCOMPARE(registry->requestsSent(), 0u);
    qInfo("1M Avro-framed rows appended: %lld ms without a decoder, %lld ms with one (never "
          "shown; the faster of two runs each)",
          without, with);
}

QTEST_MAIN(TestSchemaGui)
#include "tst_schemagui.moc"
