// The offset bars' geometry and texts, without a broker: the spans follow the offsets in
// order and fill the bar; the un-acked gap stays visible among a million offsets; the lag is
// the model's; unknown numbers (-1) are drawn as unknown, never as offset 0; the tooltips
// explain each span with its offsets.
#include "offsetbarswidget.h"
#include "partitionoffsetsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Segment = OffsetBarsWidget::Segment;

namespace {
PartitionOffsets offsets(qint64 logStart, qint64 committed, qint64 committable, qint64 highestAcked,
                         int open, qint64 position, qint64 highWatermark)
{
    PartitionOffsets o;
    o.partition = 0;
    o.logStart = logStart;
    o.committed = committed;
    o.committable = committable;
    o.highestAcked = highestAcked;
    o.openCount = open;
    o.position = position;
    o.highWatermark = highWatermark;
    return o;
}

// Spans in offset order, touching, covering [start, end) and the whole width.
QString checkContiguous(const OffsetBarsWidget::BarLayout &bar, int width)
{
    if (bar.spans.isEmpty())
        return bar.start == bar.end ? QString() : QStringLiteral("no spans");
    if (bar.spans.first().from != bar.start || bar.spans.last().to != bar.end)
        return QStringLiteral("the spans do not cover start to end");
    if (bar.spans.first().left != 0 || bar.spans.last().right != width)
        return QStringLiteral("the spans do not fill the width");
    for (qsizetype i = 0; i < bar.spans.size(); ++i) {
        const auto &s = bar.spans.at(i);
        if (s.to <= s.from || s.right <= s.left)
            return QStringLiteral("span %1 is empty").arg(i);
        if (i > 0 && (s.from != bar.spans.at(i - 1).to || s.left != bar.spans.at(i - 1).right))
            return QStringLiteral("span %1 does not follow the one before").arg(i);
    }
    return {};
}
} // namespace

class TestOffsetBars final : public QObject
{
    Q_OBJECT
private slots:
    void outOfOrderAcksShowEverySpan();
    void gapStaysVisibleAmongAMillionOffsets();
    void unknownIsNotZero();
    void emptyPartitionAndNarrowBar();
    void offsetsBeforeTheStartAreSkipped();
    void widgetFollowsTheModel();
};

void TestOffsetBars::outOfOrderAcksShowEverySpan()
{
    // Offsets 0..4 fetched; 0, 1 and 3 acked and 0, 1 committed: 2 is open and holds 3 back.
    const PartitionOffsets o = offsets(0, 2, 2, 3, 2, 5, 8);
    QCOMPARE(o.heldBack(), 2);
    QCOMPARE(o.lag(), 6);
    const int width = 800;
    const auto bar = OffsetBarsWidget::layoutBar(o, width);
    QVERIFY(bar.known);
    QCOMPARE(bar.start, 0);
    QCOMPARE(bar.end, 8);
    const QString why = checkContiguous(bar, width);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QList<Segment> kinds;
    for (const auto &s : bar.spans)
        kinds.append(s.segment);
    QCOMPARE(kinds, (QList<Segment>{Segment::Committed, Segment::Blocker, Segment::HeldBack,
                                    Segment::NotAcked, Segment::NotFetched}));
    QCOMPARE(bar.find(Segment::Committed)->to, 2);
    QCOMPARE(bar.find(Segment::Blocker)->from, 2);
    QCOMPARE(bar.find(Segment::Blocker)->to, 3);
    QCOMPARE(bar.find(Segment::HeldBack)->to, 4);
    QCOMPARE(bar.find(Segment::NotAcked)->to, 5);
    QVERIFY(!bar.find(Segment::CommitOnItsWay));
    // Proportional where no minimum applies: 3 not-fetched offsets take 3/8 of the width,
    // within the pixels the minimums borrow.
    const auto *notFetched = bar.find(Segment::NotFetched);
    QVERIFY(std::abs((notFetched->right - notFetched->left) - width * 3 / 8) <= 12);

    // Acks allow 4, the broker confirmed 2: the commit on its way is shown apart.
    const auto onItsWay = OffsetBarsWidget::layoutBar(offsets(0, 2, 4, 3, 1, 5, 8), width);
    QVERIFY(onItsWay.find(Segment::CommitOnItsWay));
    QCOMPARE(onItsWay.find(Segment::CommitOnItsWay)->from, 2);
    QCOMPARE(onItsWay.find(Segment::CommitOnItsWay)->to, 4);
    QVERIFY(!onItsWay.find(Segment::Blocker));

    // Tooltips name the offsets and say what they mean.
    const QString blocker = OffsetBarsWidget::explain(*bar.find(Segment::Blocker), o);
    QVERIFY2(blocker.contains(QLatin1String("Offset 2")), qPrintable(blocker));
    QVERIFY(blocker.contains(QLatin1String("not acked")));
    const QString held = OffsetBarsWidget::explain(*bar.find(Segment::HeldBack), o);
    QVERIFY2(held.contains(QLatin1String("Offset 3")) && held.contains(QLatin1String("delivered "
                                                                                     "again")),
             qPrintable(held));
    QVERIFY(OffsetBarsWidget::explain(*bar.find(Segment::NotFetched), o)
                .contains(QLatin1String("Offsets 5 to 7")));
    QCOMPARE(OffsetBarsWidget::lagText(o), QStringLiteral("lag 6"));
}

void TestOffsetBars::gapStaysVisibleAmongAMillionOffsets()
{
    // One open offset in the middle of 1,000,000 held back by a single acked one after it.
    const PartitionOffsets o = offsets(0, 500000, 500000, 500001, 499999, 1000000, 1000000);
    for (int width : {120, 400, 1600}) {
        const auto bar = OffsetBarsWidget::layoutBar(o, width);
        const QString why = checkContiguous(bar, width);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto *blocker = bar.find(Segment::Blocker);
        const auto *held = bar.find(Segment::HeldBack);
        QVERIFY(blocker && held);
        QVERIFY2(blocker->right - blocker->left >= OffsetBarsWidget::MinGapPixels,
                 qPrintable(QString::number(blocker->right - blocker->left)));
        QVERIFY(held->right - held->left >= OffsetBarsWidget::MinGapPixels);
        // Still in the middle: the committed half takes about half the bar.
        const auto *committed = bar.find(Segment::Committed);
        QVERIFY(std::abs(committed->right - width / 2) <= OffsetBarsWidget::MinGapPixels * 2);
    }
    QCOMPARE(OffsetBarsWidget::lagText(o),
             QStringLiteral("lag %1").arg(QLocale().toString(500000)));
}

void TestOffsetBars::unknownIsNotZero()
{
    // Nothing known: not a bar from 0.
    const auto nothing = OffsetBarsWidget::layoutBar(PartitionOffsets{}, 400);
    QVERIFY(!nothing.known);
    QVERIFY(nothing.spans.isEmpty());
    QCOMPARE(OffsetBarsWidget::lagText(PartitionOffsets{}), QStringLiteral("lag ?"));

    // The log starts at 1000 (retention deleted the rest): nothing is drawn below it, and
    // nothing committed is not "committed 0".
    const PartitionOffsets o = offsets(1000, -1, -1, -1, 0, -1, 1010);
    const auto bar = OffsetBarsWidget::layoutBar(o, 400);
    QVERIFY(bar.known);
    QCOMPARE(bar.start, 1000);
    QCOMPARE(bar.end, 1010);
    QVERIFY(!bar.find(Segment::Committed));
    QCOMPARE(bar.spans.size(), 1);
    QCOMPARE(bar.spans.first().segment, Segment::NotFetched);
    QCOMPARE(o.lag(), 10);

    // No watermark yet, a position known: the bar ends at the position, the lag is unknown.
    const PartitionOffsets noWatermark = offsets(-1, 5, -1, -1, 0, 7, -1);
    const auto partial = OffsetBarsWidget::layoutBar(noWatermark, 400);
    QVERIFY(partial.known);
    QCOMPARE(partial.start, 5);
    QCOMPARE(partial.end, 7);
    QCOMPARE(OffsetBarsWidget::lagText(noWatermark), QStringLiteral("lag ?"));
}

void TestOffsetBars::emptyPartitionAndNarrowBar()
{
    const auto empty = OffsetBarsWidget::layoutBar(offsets(0, -1, -1, -1, 0, 0, 0), 300);
    QVERIFY(empty.known);
    QVERIFY(empty.spans.isEmpty());
    // Narrower than the minimums: every span still gets a pixel, in order, within the width.
    const PartitionOffsets o = offsets(0, 2, 2, 3, 2, 5, 8);
    const auto narrow = OffsetBarsWidget::layoutBar(o, 12);
    const QString why = checkContiguous(narrow, 12);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // Hostile numbers: values out of order or past the watermark are kept within the log.
    const auto odd = OffsetBarsWidget::layoutBar(offsets(10, 50, 3, 99, 1, 4, 20), 300);
    QVERIFY(odd.known);
    QCOMPARE(odd.end, 20);
    for (const auto &s : odd.spans)
        QVERIFY(s.from >= 10 && s.to <= 20);
}

void TestOffsetBars::offsetsBeforeTheStartAreSkipped()
{
    auto kinds = [](const OffsetBarsWidget::BarLayout &bar) {
        QList<Segment> list;
        for (const auto &s : bar.spans)
            list.append(s.segment);
        return list;
    };
    // Nothing committed (browsing, or a new group starting at the latest offset): what lies
    // before the first offset delivered is neither committed nor on its way.
    const auto browsing = OffsetBarsWidget::layoutBar(offsets(0, -1, 100, -1, 5, 105, 110), 400);
    QCOMPARE(kinds(browsing),
             (QList<Segment>{Segment::Skipped, Segment::NotAcked, Segment::NotFetched}));
    QCOMPARE(browsing.find(Segment::Skipped)->to, 100);
    QVERIFY(OffsetBarsWidget::explain(*browsing.find(Segment::Skipped), {})
                .contains(QLatin1String("Offsets 0 to 99")));
    // Committed 5, then read again from offset 10: 5 to 9 were skipped, not acked.
    const auto seeked = OffsetBarsWidget::layoutBar(offsets(0, 5, 10, -1, 3, 13, 20), 400);
    QCOMPARE(kinds(seeked), (QList<Segment>{Segment::Committed, Segment::Skipped, Segment::NotAcked,
                                            Segment::NotFetched}));
    // Acked 10 after that: the commit of 11 on its way covers 5 to 9 too, as the consumer
    // commits one position per partition.
    const auto acked = OffsetBarsWidget::layoutBar(offsets(0, 5, 11, 10, 2, 13, 20), 400);
    QCOMPARE(kinds(acked), (QList<Segment>{Segment::Committed, Segment::CommitOnItsWay,
                                           Segment::NotAcked, Segment::NotFetched}));
    QCOMPARE(acked.find(Segment::CommitOnItsWay)->from, 5);
    QCOMPARE(acked.find(Segment::CommitOnItsWay)->to, 11);
}

void TestOffsetBars::widgetFollowsTheModel()
{
    PartitionOffsetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OffsetBarsWidget widget(&model);
    widget.resize(700, widget.heightForWidth(700));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(widget.shownOffsets().isEmpty());
    const int emptyHeight = widget.heightForWidth(700);

    PartitionOffsets p0 = offsets(0, 2, 2, 3, 2, 5, 8);
    PartitionOffsets p1 = offsets(0, -1, -1, -1, 0, -1, -1);
    p1.partition = 1;
    model.setOffsets({p0, p1});
    QCOMPARE(widget.shownOffsets().size(), 2);
    QVERIFY(widget.heightForWidth(700) > emptyHeight);
    widget.resize(700, widget.heightForWidth(700));
    const auto bar = widget.barAt(0);
    QVERIFY(bar.find(Segment::Blocker));
    QVERIFY(!widget.barAt(1).known);
    QVERIFY(!widget.barAt(2).known);
    widget.grab(); // paints every kind of span, an unknown bar and the legend

    // The tooltips over the bars: the blocker's, and the unknown partition's.
    QString tip;
    for (int y = 0; y < widget.height() && tip.isEmpty(); y += 2) {
        for (int x = 0; x < widget.width(); x += 2) {
            const QString t = widget.toolTipAt({x, y});
            if (t.contains(QLatin1String("Offset 2:"))) {
                tip = t;
                break;
            }
        }
    }
    QVERIFY2(tip.contains(QLatin1String("Partition 0")), qPrintable(tip));

    // Live: the acks move on, and the bar follows.
    p0 = offsets(0, 5, 5, 4, 0, 5, 8);
    model.setOffsets({p0, p1});
    QVERIFY(!widget.barAt(0).find(Segment::Blocker));
    QCOMPARE(widget.barAt(0).find(Segment::Committed)->to, 5);
}

QTEST_MAIN(TestOffsetBars)
#include "tst_offsetbars.moc"
