// OffsetBarsWidget: the offsets panel's picture of each assigned partition, one horizontal bar
// each, live from PartitionOffsetsModel: log start | committed | acked, commit on its way | the
// lowest un-acked offset and the acked offsets it holds back | fetched, not acked | not fetched
// yet | high watermark, with the lag as a number. Offsets are drawn in proportion, except that
// the held-back gap always keeps a few pixels, so one un-acked message among millions of
// offsets stays visible. Every kind of span has its own pattern as well as its colour, a legend
// names them, and a tooltip explains the span under the mouse. Compact, each bar is one line
// without its labels (the table beside it has the numbers), so several partitions fit a small
// panel.
#pragma once

#include "partitionoffsets.h"

#include <QWidget>

class PartitionOffsetsModel;
class QScrollArea;

class OffsetBarsWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Segment {
        Committed,      // from the log start up to the committed offset
        CommitOnItsWay, // acked and committable, the broker has not confirmed the commit yet
        Blocker,        // the lowest un-acked offset, holding the commit back
        HeldBack,       // after it, up to the highest acked offset: not committable yet
        NotAcked,       // fetched, not acked yet
        NotFetched,     // in the log, not fetched yet (up to the high watermark)
        Skipped,        // before where this consumer started reading, nothing committed there
    };

    // Offsets [from, to) of one kind, drawn from pixel left to right (exclusive).
    struct Span
    {
        Segment segment = Segment::NotFetched;
        qint64 from = 0;
        qint64 to = 0;
        int left = 0;
        int right = 0;
    };

    struct BarLayout
    {
        bool known = false; // false: too little is known to draw the partition
        qint64 start = -1;  // the log start as drawn
        qint64 end = -1;    // the high watermark as drawn
        QList<Span> spans;  // in offset order, only spans holding offsets
        // The span of the given kind, or nullptr.
        const Span *find(Segment segment) const;
    };

    // The narrowest the un-acked offset and the acked offsets it holds back are drawn, each.
    static constexpr int MinGapPixels = 14;

    // Where the spans of o go on a bar width pixels wide.
    static BarLayout layoutBar(const PartitionOffsets &o, int width);
    static QString segmentName(Segment segment);
    // What a span of the kind means, in plain words (the legend's tooltip).
    static QString meaning(Segment segment);
    // The span explained in plain words, with its offsets.
    static QString explain(const Span &span, const PartitionOffsets &o);
    // The lag as the bar shows it: a number, or "?" when unknown.
    static QString lagText(const PartitionOffsets &o);

    explicit OffsetBarsWidget(PartitionOffsetsModel *model, QWidget *parent = nullptr);

    // What the bars show, one per row: the model's offsets.
    const PartitionOffsetsList &shownOffsets() const;
    // The bar of row as drawn at the widget's current width.
    BarLayout barAt(int row) const;
    // The tooltip at pos (empty where there is nothing to explain).
    QString toolTipAt(const QPoint &pos) const;
    // Where the bar of row is drawn, in the widget's coordinates.
    QRect barRect(int row) const;

    // Compact: a bar per line, its offsets not labelled above and below it.
    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);
    // The height every bar needs at width, in the form compact says.
    int heightForWidth(int width, bool compact) const;
    // Compact whenever the bars with their labels would not fit area's viewport; area is kept
    // high enough for the legend and MinimumBarsShown compact bars.
    void fitTo(QScrollArea *area);
    static constexpr int MinimumBarsShown = 3;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    // A font, palette or language change: the labels and legend may need other room (a
    // language switched live draws them in it).
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QRect name;
        QRect bar;
        QRect lag;
        QRect above; // the labels above the bar
        QRect below; // the labels below the bar
    };
    struct LegendItem
    {
        Segment segment;
        QRect swatch;
        QRect text;
    };

    int barHeight() const;
    int rowHeight() const;
    int nameWidth() const;
    int lagWidth() const;
    QList<LegendItem> legend(int width, int *height) const;
    Row rowRect(int row, int legendHeight) const;
    void drawSpan(QPainter &painter, const Span &span, const QRect &bar) const;
    void drawBar(QPainter &painter, const PartitionOffsets &o, const Row &row) const;
    QBrush brush(Segment segment) const;

    PartitionOffsetsModel *m_model;
    void fit();

    bool m_compact = false;
    QScrollArea *m_fitArea = nullptr;
};
