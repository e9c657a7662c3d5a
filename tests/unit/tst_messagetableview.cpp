// The message table as the window shows it: it follows the newest row as batches arrive, stops
// following when the user scrolls up to read, and follows again once they scroll back down.
#include "messagetablemodel.h"
#include "messagetableview.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QTest>

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

QTEST_MAIN(TestMessageTableView)
#include "tst_messagetableview.moc"
