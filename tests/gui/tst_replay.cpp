// Replay from the table as a user does it: Send selected again… on a row with a binary key and
// value and repeated and null headers fills the compose box (the row's topic chosen, a note that
// the bytes are not text), Send produces it, and the message consumed back is byte-identical; Send
// selected to topic… re-produces several rows in table order, each byte-identical, and counts
// them delivered; Export messages… writes the selected rows as JSON Lines that Send a file sends
// back byte-identical; the JSON columns come back with the window. Against the Sandbox, and each
// real broker. An export of 200,000 held rows keeps the window responsive (a 1 ms timer measures
// the longest stall), Cancel while the rows are being taken leaves no file, and rows that leave
// the table during an export (cleared, or dropped by the cap) are left out and counted, never
// replaced by other rows.
#include "composepanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "messagejson.h"
#include "messagereplay.h"
#include "messagespanel.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "sendtotopicdialog.h"
#include "testcluster.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
QAction *menuAction(MainWindow &window, const QString &menu, const QString &name)
{
    for (QAction *a : window.menuBar()->findChild<QMenu *>(menu)->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

// The rows holding value, in table order.
QList<int> rowsWithValue(const MessageTableModel *model, const QByteArray &value)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->valueAt(row) == value)
            rows << row;
    }
    return rows;
}

// Headers as (name, value or "<null>") pairs, to compare and print.
QList<std::pair<QByteArray, QByteArray>> headersOf(const QList<KafkaHeader> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const KafkaHeader &h : headers)
        pairs.append({h.name, h.valueIsNull ? QByteArray("<null>") : h.value + "|"});
    return pairs;
}

bool sameBytes(const KafkaMessage &a, const KafkaMessage &b)
{
    return a.keyIsNull == b.keyIsNull && a.key == b.key && a.valueIsNull == b.valueIsNull &&
           a.value == b.value && headersOf(a.headers) == headersOf(b.headers);
}

// The value of the row at offset: about 100 bytes, as a small JSON record is.
QByteArray valueOf(qint64 offset)
{
    return "{\"id\":" + QByteArray::number(offset) + ",\"payload\":\"" + QByteArray(80, 'x') +
           "\"}";
}

// Appends count rows to model: offsets first.., partition offset % 3, key "k<offset>", value
// valueOf(offset), in batches as the consumer brings them.
void appendRows(MessageTableModel *model, qint64 first, qint64 count)
{
    constexpr qint64 BatchSize = 10000;
    for (qint64 start = first; start < first + count; start += BatchSize) {
        KafkaMessageBatch batch(QStringLiteral("many"));
        for (qint64 offset = start; offset < std::min(first + count, start + BatchSize); ++offset) {
            const QByteArray key = "k" + QByteArray::number(offset);
            const QByteArray value = valueOf(offset);
            batch.append(qint32(offset % 3), offset, 1733300000000 + offset, key.constData(),
                         key.size(), value.constData(), value.size());
        }
        model->appendBatch(batch);
    }
}

// Measures the longest gap between the ticks of a 1 ms timer: how long the GUI thread stalled.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs()
    {
        m_longest = std::max(m_longest, m_clock.elapsed());
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Runs Export messages… on every held row to path as JSON Lines, as far as the dialog's OK.
void startExportOfAll(MainWindow &window, const QString &path)
{
    QAction *exportAction =
        menuAction(window, QStringLiteral("fileMenu"), QStringLiteral("exportAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    exportAction->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) && dialog->isVisible());
    dialog->findChild<QRadioButton *>(QStringLiteral("exportAllRadio"))->setChecked(true);
    QCOMPARE(dialog->format(), MessageExporter::Format::JsonLines);
    dialog->findChild<QLineEdit *>(QStringLiteral("exportFileEdit"))->setText(path);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"))
        ->button(QDialogButtonBox::Ok)
        ->click();
}

// The offsets of an exported JSON Lines file, each line checked against the row it came from.
QList<qint64> exportedOffsets(const QString &path)
{
    QList<qint64> offsets;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return offsets;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const MessageJson::Parsed parsed = MessageJson::fromJson(line);
        const qint64 offset = parsed.message.offset;
        if (!parsed.error.isEmpty() || parsed.message.partition != offset % 3 ||
            parsed.message.key != "k" + QByteArray::number(offset) ||
            parsed.message.value != valueOf(offset))
            return {-1};
        offsets << offset;
    }
    return offsets;
}

void select(MessageTableView *view, const QList<int> &rows)
{
    view->clearSelection();
    view->selectionModel()->setCurrentIndex(view->model()->index(rows.first(), 0),
                                            QItemSelectionModel::NoUpdate);
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sendAgainAndSendSelectedAreByteIdentical();
    void exportSelectedAndSendTheFileBack();
    void jsonColumnsComeBackWithTheWindow();
    void exportOfManyRowsKeepsTheWindowResponsive();
    void exportCancelledWhileCopyingLeavesNoFile();
    void exportWhenTheTableIsCleared();
    void exportWhenTheCapDropsTheOldestRows();

private:
    QTemporaryDir m_settings;
};

void TestReplay::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

void TestReplay::sendAgainAndSendSelectedAreByteIdentical()
{
    ConnectionConfig config;
    if (TestCluster::brokers().isEmpty()) {
        config.groupId = TestCluster::uniqueName(QStringLiteral("gui-replay"));
    } else {
        QString error;
        config = TestCluster::newTopic(QStringLiteral("gui-replay"), 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MainWindow window(config);
    window.show();
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_VERIFY_WITH_TIMEOUT(
        session->state() == KafkaSession::State::Connected && session->isConsuming(), 30000);
    auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
    QVERIFY(view);
    MessageTableModel *model = view->messageTableModel();
    QVERIFY(model);
    const QString topic = session->watchedTopic();

    // A binary key and value (NUL, bytes that are not UTF-8), headers repeated, binary, null.
    const QByteArray marker = TestCluster::uniqueName(QStringLiteral("m")).toLatin1();
    ProduceRequest original{.topic = topic,
                            .key = QByteArray("\x00\xff\x80k", 4),
                            .value = QByteArray("\x89PNG\r\n\x1a\n\x00\x00\xfe\xff", 12) + marker};
    original.headers = {{"trace", QByteArray("\xff\x00\x01", 3), false},
                        {"n", QByteArray(), true},
                        {"trace", "2", false},
                        {QByteArray("\xc3\x28", 2), "bad name", false}};
    QSignalSpy delivered(session, &KafkaSession::delivered);
    QVERIFY(session->send(original) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithValue(model, original.value).size(), 1, 30000);
    const int row = rowsWithValue(model, original.value).first();
    const KafkaMessage read = model->message(row);
    QCOMPARE(read.key, *original.key);
    QCOMPARE(headersOf(read.headers), headersOf(original.headers));

    // Send selected again… from the Message menu: the compose box holds the row for its topic.
    QAction *again =
        menuAction(window, QStringLiteral("messageMenu"), QStringLiteral("sendRowAgainAction"));
    QAction *selected = menuAction(window, QStringLiteral("messageMenu"),
                                   QStringLiteral("sendSelectedToTopicAction"));
    QVERIFY(again && selected);
    view->clearSelection();
    QVERIFY(!again->isEnabled());
    select(view, {row});
    QVERIFY(again->isEnabled());
    QVERIFY(view->rowMenuActions().contains(again));
    again->trigger();
    auto *compose = window.findChild<ComposePanel *>();
    auto *topicCombo = compose->findChild<QComboBox *>(QStringLiteral("sendTopicCombo"));
    QVERIFY(topicCombo && !topicCombo->isHidden());
    QCOMPARE(topicCombo->currentText(), topic);
    QCOMPARE(compose->targetTopic(), topic);
    const QString hint = compose->findChild<QLabel *>(QStringLiteral("jsonHintLabel"))->text();
    QVERIFY2(hint.contains(QLatin1String("Not text")) && hint.contains(QLatin1String("key")) &&
                 hint.contains(QLatin1String("value")),
             qPrintable(hint));

    const int deliveredBefore = int(delivered.size());
    compose->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithValue(model, original.value).size(), 2, 30000);
    QCOMPARE(delivered.size(), deliveredBefore + 1);
    const QList<int> both = rowsWithValue(model, original.value);
    const KafkaMessage again1 = model->message(both.at(1));
    QVERIFY(sameBytes(again1, read));
    QVERIFY(model->offsetAt(both.at(1)) != model->offsetAt(both.at(0)) ||
            model->partitionAt(both.at(1)) != model->partitionAt(both.at(0)));

    // Send selected to topic…: three rows (a text one between), in table order, partitions kept.
    QVERIFY(session->send({.topic = topic, .key = QByteArray("text"), .value = "plain " + marker}));
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithValue(model, "plain " + marker).size(), 1, 30000);
    QList<int> rows = {both.at(0), rowsWithValue(model, "plain " + marker).first(), both.at(1)};
    std::sort(rows.begin(), rows.end());
    QList<KafkaMessage> expected;
    for (int r : rows)
        expected << model->message(r);
    select(view, rows);
    QTRY_VERIFY(selected->isEnabled());
    QCOMPARE(window.findChild<MessagesPanel *>()->selectedRows(), rows);
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy finished(replay->sender(), &BulkSender::finished);
    selected->trigger();
    SendToTopicDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SendToTopicDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->topic(), topic);
    dialog->findChild<QCheckBox *>(QStringLiteral("keepPartitionsCheck"))->setChecked(true);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("sendToTopicButtons"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto progress = finished.at(0).at(0).value<BulkSender::Progress>();
    QCOMPARE(progress.delivered, qint64(3));
    QCOMPARE(progress.failed, qint64(0));
    QCOMPARE(finished.at(0).at(1).toBool(), false);

    // The copies arrive after the rows they copy, each byte-identical and in its partition.
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithValue(model, original.value).size(), 4, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWithValue(model, "plain " + marker).size(), 2, 30000);
    QList<KafkaMessage> copies;
    for (int r = rows.last() + 1; r < model->rowCount(); ++r) {
        const KafkaMessage m = model->message(r);
        if (m.value.endsWith(marker))
            copies << m;
    }
    QCOMPARE(copies.size(), 3);
    // Each partition's copies are its originals, byte-identical and in the table's order (the
    // consumer interleaves partitions as it reads them, so only a partition's order is kept).
    for (qint32 partition :
         {expected.at(0).partition, expected.at(1).partition, expected.at(2).partition}) {
        QList<KafkaMessage> want;
        QList<KafkaMessage> got;
        for (const KafkaMessage &m : expected) {
            if (m.partition == partition)
                want << m;
        }
        for (const KafkaMessage &m : copies) {
            if (m.partition == partition)
                got << m;
        }
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < want.size(); ++i)
            QVERIFY2(sameBytes(got.at(i), want.at(i)),
                     qPrintable(QStringLiteral("partition %1, #%2").arg(partition).arg(i)));
    }
}

void TestReplay::exportSelectedAndSendTheFileBack()
{
    ConnectionConfig config;
    if (TestCluster::brokers().isEmpty()) {
        config.groupId = TestCluster::uniqueName(QStringLiteral("gui-export"));
    } else {
        QString error;
        config = TestCluster::newTopic(QStringLiteral("gui-export"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MainWindow window(config);
    window.show();
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_VERIFY_WITH_TIMEOUT(
        session->state() == KafkaSession::State::Connected && session->isConsuming(), 30000);
    auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
    MessageTableModel *model = view->messageTableModel();
    const QString topic = session->watchedTopic();
    const QByteArray marker = TestCluster::uniqueName(QStringLiteral("x")).toLatin1();
    QList<ProduceRequest> requests = {
        {.topic = topic, .key = QByteArray("a"), .value = "{\"n\":1}" + marker},
        {.topic = topic, .key = QByteArray("\x00\xff", 2), .value = "\xfe\x00" + marker},
        {.topic = topic, .key = QByteArray(""), .value = "" + marker},
        {.topic = topic, .value = "multi\nline\r\n" + marker}};
    requests[0].headers = {{"h", "1", false}, {"h", QByteArray("\xff", 1), false}};
    requests[3].headers = {{"null", QByteArray(), true}};
    for (const ProduceRequest &request : requests)
        QVERIFY(session->send(request) != 0);
    const auto markedRows = [&] {
        QList<int> rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->valueAt(row).endsWith(marker))
                rows << row;
        }
        return rows;
    };
    QTRY_COMPARE_WITH_TIMEOUT(markedRows().size(), 4, 30000);
    const QList<int> rows = markedRows();
    QList<KafkaMessage> expected;
    for (int row : rows)
        expected << model->message(row);

    // Export messages… (File menu): the selected rows, JSON Lines.
    select(view, rows);
    QAction *exportAction =
        menuAction(window, QStringLiteral("fileMenu"), QStringLiteral("exportAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    QVERIFY(view->rowMenuActions().contains(exportAction));
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy exported(replay->exporter(), &MessageExporter::finished);
    exportAction->trigger();
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportSelectedRadio"))->isChecked());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("exportSelectedRadio"))
                ->text()
                .contains(QLatin1String("(4)")));
    QCOMPARE(dialog->format(), MessageExporter::Format::JsonLines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("captured.jsonl"));
    dialog->findChild<QLineEdit *>(QStringLiteral("exportFileEdit"))->setText(path);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("exportButtons"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    const auto result = exported.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), expected.size() + 1); // the last line ends with a line end
    for (int i = 0; i < expected.size(); ++i) {
        const MessageJson::Parsed parsed = MessageJson::fromJson(lines.at(i));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY2(sameBytes(parsed.message, expected.at(i)), lines.at(i).constData());
        QCOMPARE(parsed.message.partition, expected.at(i).partition);
        QCOMPARE(parsed.message.offset, expected.at(i).offset);
        QCOMPARE(parsed.message.timestampMs, expected.at(i).timestampMs);
    }

    // The compose box's Send a file reads it back: the copies arrive byte-identical, in order.
    auto *compose = window.findChild<ComposePanel *>();
    QSignalSpy sent(compose->bulkSender(), &BulkSender::finished);
    compose->sendFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
    QCOMPARE(sent.at(0).at(0).value<BulkSender::Progress>().delivered, qint64(4));
    QTRY_COMPARE_WITH_TIMEOUT(markedRows().size(), 8, 30000);
    const QList<int> all = markedRows();
    QList<KafkaMessage> copies;
    for (int row : all) {
        if (row > rows.last())
            copies << model->message(row);
    }
    QCOMPARE(copies.size(), 4);
    // Each has its byte-identical copy (the partitioner spreads them over the partitions by
    // key, so the table interleaves partitions in its own order).
    for (const KafkaMessage &m : expected) {
        QVERIFY(std::any_of(copies.cbegin(), copies.cend(),
                            [&m](const KafkaMessage &c) { return sameBytes(c, m); }));
    }
}

void TestReplay::jsonColumnsComeBackWithTheWindow()
{
    const QStringList paths = {QStringLiteral("$.order.id"), QStringLiteral("$['odd key']")};
    int valueAt = -1;
    {
        MainWindow window(ConnectionConfig{});
        window.show();
        auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
        view->setJsonColumnPaths(paths);
        valueAt = view->horizontalHeader()->visualIndex(MessageTableModel::ValueColumn);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    }
    MainWindow again(ConnectionConfig{});
    auto *view = again.findChild<MessageTableView *>(QStringLiteral("messageView"));
    QCOMPARE(view->jsonColumnPaths(), paths);
    QCOMPARE(
        view->model()->headerData(MessageTableModel::ColumnCount + 1, Qt::Horizontal).toString(),
        paths.at(1));
    // Where they were: before the value.
    QCOMPARE(view->horizontalHeader()->visualIndex(MessageTableModel::ValueColumn), valueAt);
}

void TestReplay::exportOfManyRowsKeepsTheWindowResponsive()
{
    constexpr qint64 Rows = 200000;
    MainWindow window(ConnectionConfig{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window)); // its first paint is not the export's
    auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
    MessageTableModel *model = view->messageTableModel();
    model->setCap(int(Rows));
    appendRows(model, 0, Rows);
    QCOMPARE(model->rowCount(), int(Rows));
    {
        // What taking every row at once cost before (the window froze this long).
        QElapsedTimer clock;
        clock.start();
        QList<KafkaMessage> all;
        all.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            all.append(model->message(row));
        qInfo("taking %lld rows at once: %lld ms", Rows, clock.elapsed());
    }
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy exported(replay->exporter(), &MessageExporter::finished);
    QSignalSpy copied(replay->exportCopier(), &RowCopier::finished);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.jsonl"));
    QElapsedTimer clock;
    clock.start();
    StallProbe probe;
    startExportOfAll(window, path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(replay->exportCopier()->isRunning()); // the OK click returned before the copy ended
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const qint64 longest = probe.longestMs();
    qInfo("export of %lld rows: %lld ms in all, the longest GUI stall %lld ms", Rows,
          clock.elapsed(), longest);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(1).toLongLong(), qint64(0)); // no row left the table
    const auto result = exported.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.written, Rows);
    const QList<qint64> offsets = exportedOffsets(path);
    QCOMPARE(offsets.size(), qsizetype(Rows));
    for (qint64 i = 0; i < Rows; ++i)
        QCOMPARE(offsets.at(i), i);
    QVERIFY2(longest < 200, qPrintable(QStringLiteral("stalled %1 ms").arg(longest)));
}

void TestReplay::exportCancelledWhileCopyingLeavesNoFile()
{
    constexpr qint64 Rows = 200000;
    MainWindow window(ConnectionConfig{});
    window.show();
    MessageTableModel *model =
        window.findChild<MessageTableView *>(QStringLiteral("messageView"))->messageTableModel();
    model->setCap(int(Rows));
    appendRows(model, 0, Rows);
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy logged(replay, &MessageReplay::logLine);
    QSignalSpy progressed(replay->exportCopier(), &RowCopier::progressed);
    QSignalSpy copied(replay->exportCopier(), &RowCopier::finished);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.jsonl"));
    startExportOfAll(window, path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(progressed.wait());
    QVERIFY(replay->exportCopier()->isRunning());
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(progress);
    progress->findChild<QPushButton *>()->click(); // Cancel
    QVERIFY(!replay->exportCopier()->isRunning());
    QVERIFY(!replay->exporter()->isRunning());
    QCOMPARE(copied.size(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty());
    QVERIFY(logged.last().at(0).toString().contains(QLatin1String("cancelled")));
    QTRY_VERIFY(menuAction(window, QStringLiteral("fileMenu"), QStringLiteral("exportAction"))
                    ->isEnabled());
}

void TestReplay::exportWhenTheTableIsCleared()
{
    constexpr qint64 Rows = 200000;
    MainWindow window(ConnectionConfig{});
    window.show();
    MessageTableModel *model =
        window.findChild<MessageTableView *>(QStringLiteral("messageView"))->messageTableModel();
    model->setCap(int(Rows));
    appendRows(model, 0, Rows);
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy logged(replay, &MessageReplay::logLine);
    QSignalSpy progressed(replay->exportCopier(), &RowCopier::progressed);
    QSignalSpy exported(replay->exporter(), &MessageExporter::finished);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cleared.jsonl"));
    startExportOfAll(window, path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(progressed.wait());
    QVERIFY(replay->exportCopier()->isRunning());
    model->clear();
    appendRows(model, Rows, 1000); // new rows after the clear are not the chosen ones
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const auto result = exported.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QVERIFY(result.written > 0 && result.written < Rows);
    const QList<qint64> offsets = exportedOffsets(path);
    QCOMPARE(offsets.size(), qsizetype(result.written));
    for (qint64 i = 0; i < result.written; ++i)
        QCOMPARE(offsets.at(i), i); // the rows taken before the clear, in order
    const QString line = logged.last().at(0).toString();
    QVERIFY2(line.contains(QLocale().toString(Rows - result.written)) &&
                 line.contains(QLatin1String("had left the table")),
             qPrintable(line));
}

void TestReplay::exportWhenTheCapDropsTheOldestRows()
{
    constexpr qint64 Rows = 200000;
    MainWindow window(ConnectionConfig{});
    window.show();
    MessageTableModel *model =
        window.findChild<MessageTableView *>(QStringLiteral("messageView"))->messageTableModel();
    model->setCap(int(Rows));
    appendRows(model, 0, Rows);
    auto *replay = window.findChild<MessageReplay *>();
    QSignalSpy logged(replay, &MessageReplay::logLine);
    QSignalSpy progressed(replay->exportCopier(), &RowCopier::progressed);
    QSignalSpy exported(replay->exporter(), &MessageExporter::finished);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.jsonl"));
    startExportOfAll(window, path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(progressed.wait());
    QVERIFY(replay->exportCopier()->isRunning());
    const qint64 taken = progressed.last().at(0).toLongLong();
    QVERIFY(taken < Rows);
    const qint64 dropped = taken + (Rows - taken) / 2; // some taken, some not
    // New rows arrive: the cap drops the oldest rows, some not taken yet.
    appendRows(model, Rows, dropped);
    QCOMPARE(model->rowCount(), int(Rows));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const auto result = exported.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    const QList<qint64> offsets = exportedOffsets(path);
    QCOMPARE(offsets.size(), qsizetype(result.written));
    // The rows taken before the drop, then the chosen rows still held; none of the new rows.
    QVERIFY(offsets.size() >= taken + (Rows - dropped));
    const qint64 before = offsets.size() - (Rows - dropped);
    for (qint64 i = 0; i < before; ++i)
        QCOMPARE(offsets.at(i), i);
    for (qint64 i = before; i < offsets.size(); ++i)
        QCOMPARE(offsets.at(i), dropped + (i - before));
    const QString line = logged.last().at(0).toString();
    QVERIFY2(line.contains(QLocale().toString(Rows - result.written)) &&
                 line.contains(QLatin1String("had left the table")),
             qPrintable(line));
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
