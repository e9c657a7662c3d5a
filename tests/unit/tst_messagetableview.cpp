// The message table as the window shows it: it follows the newest row as batches arrive, stops
// following when the user scrolls up to read, and follows again once they scroll back down. The
// header's menu adds a column from a JSON path (a bad path refused as it is typed), shown before
// the value, and removes it; the columns' paths come back as the window's settings keep them.
#include "messagetablemodel.h"
#include "messagetableview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {
KafkaMessageBatch batchOf(qint64 first, int count)
{
    KafkaMessageBatch batch(QStringLiteral("t"));
    for (qint64 offset = first; offset < first + count; ++offset) {
        const QByteArray value = "message " + QByteArray::number(offset);
        batch.append(0, offset, 1700000000000 + offset, nullptr, 0, value.constData(),
                     value.size());
    }
    return batch;
}

// The row shown at the bottom of the view, or -1.
int bottomRow(const MessageTableView &view)
{
    return view.rowAt(view.viewport()->height() - 2);
}
} // namespace

class TestMessageTableView final : public QObject
{
    Q_OBJECT
private slots:
    void followsTheNewestRowUntilTheUserScrollsUp();
    void headerMenuAddsAndRemovesJsonColumns();
};

void TestMessageTableView::followsTheNewestRowUntilTheUserScrollsUp()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageTableView view;
    view.setMessageModel(&model);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    model.appendBatch(batchOf(0, 1000));
    QVERIFY(view.isFollowingNewest());
    QCOMPARE(bottomRow(view), 999);
    model.appendBatch(batchOf(1000, 500));
    QCOMPARE(bottomRow(view), 1499);

    // The user scrolls up to read: new batches leave the view where it is.
    view.verticalScrollBar()->setValue(100);
    QVERIFY(!view.isFollowingNewest());
    const int top = view.rowAt(0);
    model.appendBatch(batchOf(1500, 500));
    QCOMPARE(view.rowAt(0), top);
    QVERIFY(bottomRow(view) < 1999);

    // Back at the bottom, it follows again.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QVERIFY(view.isFollowingNewest());
    model.appendBatch(batchOf(2000, 10));
    QCOMPARE(bottomRow(view), 2009);
}

namespace {
// Runs act on the top-level widget named name once it shows (a modal dialog or menu).
void whenShown(const QString &name, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && (w->objectName() == name || w->inherits(qPrintable(name)))) {
                timer->stop();
                timer->deleteLater();
                act(w);
                return;
            }
        }
    });
    timer->start();
}

KafkaMessageBatch jsonBatch()
{
    KafkaMessageBatch batch(QStringLiteral("t"));
    const QList<QByteArray> values = {R"({"order":{"id":7},"odd key":"x"})", "not json",
                                      R"({"order":{"id":12.5}})"};
    qint64 offset = 0;
    for (const QByteArray &value : values)
        batch.append(0, offset++, 1700000000000, nullptr, 0, value.constData(), value.size());
    return batch;
}
} // namespace

void TestMessageTableView::headerMenuAddsAndRemovesJsonColumns()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageTableView view;
    view.setMessageModel(&model);
    view.resize(1000, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.appendBatch(jsonBatch());
    QCOMPARE(view.messageTableModel(), &model);

    // The dialog refuses a bad path as it is typed, then takes a good one.
    bool checked = false;
    whenShown(QStringLiteral("jsonColumnDialog"), [&checked](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("jsonPathEdit"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("jsonPathProblem"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Nothing typed: nothing to add, and no mistake pointed out yet.
        const bool startsEmpty =
            edit->text().isEmpty() && !ok->isEnabled() && problem->text().isEmpty();
        edit->setText(QStringLiteral("$.order..id"));
        const bool refused = !ok->isEnabled() && problem->text().contains(QLatin1String("name"));
        // The leading $ may be left out.
        edit->setText(QStringLiteral("order.id"));
        checked = startsEmpty && refused && ok->isEnabled() && problem->text().isEmpty();
        ok->click();
    });
    QVERIFY(view.addJsonColumn());
    QVERIFY(checked);
    const int column = MessageTableModel::ColumnCount;
    QCOMPARE(model.columnCount(), column + 1);
    QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.index(1, column).data().toString(), QString());
    QCOMPARE(model.index(2, column).data().toString(), QStringLiteral("12.5"));
    // Shown just before the value.
    QCOMPARE(view.horizontalHeader()->visualIndex(column) + 1,
             view.horizontalHeader()->visualIndex(MessageTableModel::ValueColumn));

    // Cancel adds nothing.
    whenShown(QStringLiteral("jsonColumnDialog"),
              [](QWidget *dialog) { static_cast<QDialog *>(dialog)->reject(); });
    QVERIFY(!view.addJsonColumn());
    QCOMPARE(model.columnCount(), column + 1);

    // As the window keeps them, and back.
    QCOMPARE(view.jsonColumnPaths(), QStringList{QStringLiteral("$.order.id")});
    view.setJsonColumnPaths(
        {QStringLiteral("$['odd key']"), QStringLiteral("not a path"), QStringLiteral("$.order")});
    QCOMPARE(view.jsonColumnPaths(),
             (QStringList{QStringLiteral("$['odd key']"), QStringLiteral("$.order")}));
    QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("x"));
    QCOMPARE(model.index(0, column + 1).data().toString(), QStringLiteral(R"({"id":7})"));

    // The header's menu on a JSON column removes it.
    QHeaderView *header = view.horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + 4, header->height() / 2);
    bool removed = false;
    whenShown(QStringLiteral("QMenu"), [&removed](QWidget *menu) {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("removeJsonColumnAction")) {
                removed = action->text().contains(QLatin1String("odd key"));
                action->trigger();
            }
        }
        static_cast<QMenu *>(menu)->close();
    });
    emit header->customContextMenuRequested(at);
    QVERIFY(removed);
    QCOMPARE(view.jsonColumnPaths(), QStringList{QStringLiteral("$.order")});
}

QTEST_MAIN(TestMessageTableView)
#include "tst_messagetableview.moc"
