#include "offsetbarswidget.h"

#include "partitionoffsetsmodel.h"
#include "statuscolours.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace {
using Segment = OffsetBarsWidget::Segment;

constexpr std::array AllSegments{Segment::Committed, Segment::CommitOnItsWay, Segment::Blocker,
                                 Segment::HeldBack,  Segment::NotAcked,       Segment::NotFetched,
                                 Segment::Skipped};
// The narrowest any other span holding offsets is drawn.
constexpr int MinSpanPixels = 3;
constexpr int Margin = 6;
constexpr int Spacing = 4;
constexpr int SwatchWidth = 22;
constexpr int MarkerSize = 7;

QString number(qint64 value)
{
    return value < 0 ? QStringLiteral("?") : QLocale().toString(value);
}

// "offset 7" or "offsets 3 to 9" for [from, to).
QString range(qint64 from, qint64 to)
{
    return to - from == 1
               ? OffsetBarsWidget::tr("Offset %1").arg(number(from))
               : OffsetBarsWidget::tr("Offsets %1 to %2").arg(number(from), number(to - 1));
}

// A label at x (its left end, its right end or its centre), kept inside the line and clear of
// the labels before it.
struct Label
{
    enum Anchor { Start, End, Centre };
    int x = 0;
    QString text;
    QColor colour;
    bool bold = false;
    Anchor anchor = Centre;
    QString shortText; // shown instead when the labels do not fit the line (empty: text)
};

void placeLabels(QPainter &painter, QList<Label> labels, const QRect &line)
{
    const QFontMetrics plain(painter.font());
    QFont boldFont = painter.font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    int needed = 0;
    for (const Label &l : std::as_const(labels))
        needed += (l.bold ? bold : plain).horizontalAdvance(l.text) + Spacing * 2;
    if (needed > line.width()) {
        for (Label &l : labels) {
            if (!l.shortText.isEmpty())
                l.text = l.shortText;
        }
    }
    auto wanted = [&](const Label &l) {
        const int w = (l.bold ? bold : plain).horizontalAdvance(l.text);
        return l.anchor == Label::Start ? l.x : l.anchor == Label::End ? l.x - w : l.x - w / 2;
    };
    std::sort(labels.begin(), labels.end(),
              [&](const Label &a, const Label &b) { return wanted(a) < wanted(b); });
    QList<QRect> rects;
    int next = line.left();
    for (const Label &l : std::as_const(labels)) {
        const int w = (l.bold ? bold : plain).horizontalAdvance(l.text);
        const int left = std::max({next, line.left(), std::min(wanted(l), line.right() - w)});
        rects.append(QRect(left, line.top(), w, line.height()));
        next = left + w + Spacing * 2;
    }
    // Pushed past the right edge: move back left as far as the labels before allow.
    int limit = line.right() + 1;
    for (qsizetype i = rects.size() - 1; i >= 0; --i) {
        if (rects[i].right() >= limit)
            rects[i].moveRight(limit - 1);
        if (rects[i].left() < line.left())
            rects[i].moveLeft(line.left()); // too many to fit: overlap rather than cut off
        limit = rects[i].left() - Spacing * 2;
    }
    for (qsizetype i = 0; i < rects.size(); ++i) {
        painter.setPen(labels[i].colour);
        QFont f = painter.font();
        f.setBold(labels[i].bold);
        painter.save();
        painter.setFont(f);
        painter.drawText(rects[i], Qt::AlignVCenter | Qt::AlignLeft, labels[i].text);
        painter.restore();
    }
}
} // namespace

const OffsetBarsWidget::Span *OffsetBarsWidget::BarLayout::find(Segment segment) const
{
    for (const Span &s : spans) {
        if (s.segment == segment)
            return &s;
    }
    return nullptr;
}

OffsetBarsWidget::BarLayout OffsetBarsWidget::layoutBar(const PartitionOffsets &o, int width)
{
    BarLayout bar;
    // The log start and high watermark when known, else the known offsets nearest to them.
    qint64 low = o.logStart;
    qint64 high = o.highWatermark;
    const qint64 acked = o.highestAcked >= 0 ? o.highestAcked + 1 : -1;
    for (qint64 v : {o.committed, o.committable, o.position, acked}) {
        if (v < 0)
            continue;
        if (o.logStart < 0)
            low = low < 0 ? v : std::min(low, v);
        if (o.highWatermark < 0)
            high = std::max(high, v);
    }
    if (low < 0 || high < 0)
        return bar; // nothing known: drawn as unknown, never as 0
    high = std::max(high, low);
    bar.known = true;
    bar.start = low;
    bar.end = high;

    // Each boundary at or after the one before, within the log.
    qint64 at = low;
    auto next = [&at, high](qint64 value) {
        at = std::clamp(value < 0 ? at : value, at, high);
        return at;
    };
    struct Piece
    {
        Segment segment;
        qint64 from;
        qint64 to;
    };
    QList<Piece> pieces;
    auto add = [&pieces](Segment segment, qint64 from, qint64 to) {
        if (to > from)
            pieces.append({segment, from, to});
    };
    const qint64 committed = next(o.committed);
    add(Segment::Committed, low, committed);
    // Only acked offsets can have a commit on its way; below the lowest offset delivered (where
    // this consumer started, or read again from) nothing was fetched or committed here.
    const qint64 onItsWay =
        o.committed < 0 ? at : next(std::min(o.committable, o.highestAcked + 1));
    add(Segment::CommitOnItsWay, committed, onItsWay);
    const qint64 committable = next(o.committable);
    add(Segment::Skipped, onItsWay, committable);
    if (o.heldBack() > 0 && o.openCount > 0) {
        const qint64 blocker = next(committable + 1);
        add(Segment::Blocker, committable, blocker);
        add(Segment::HeldBack, blocker, next(o.highestAcked + 1));
    }
    const qint64 ackedUpTo = at;
    const qint64 position = next(o.position);
    add(Segment::NotAcked, ackedUpTo, position);
    add(Segment::NotFetched, position, high);

    // Minimum widths first, the rest in proportion to the offsets each span holds.
    width = std::max(width, 1);
    QList<double> minimum;
    double minimumSum = 0;
    double offsets = 0;
    for (const Piece &p : std::as_const(pieces)) {
        const bool gap = p.segment == Segment::Blocker || p.segment == Segment::HeldBack;
        minimum.append(gap ? MinGapPixels : MinSpanPixels);
        minimumSum += minimum.last();
        offsets += double(p.to - p.from);
    }
    const double scale = minimumSum > width ? width / minimumSum : 1.0;
    const double spare = std::max(0.0, width - minimumSum * scale);
    double x = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces.at(i);
        const double w = minimum.at(i) * scale + spare * double(p.to - p.from) / offsets;
        Span span{p.segment, p.from, p.to, int(std::lround(x)), 0};
        x += w;
        span.right = i + 1 == pieces.size() ? width : int(std::lround(x));
        bar.spans.append(span);
    }
    return bar;
}

QString OffsetBarsWidget::segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Committed:
        return tr("Committed");
    case Segment::CommitOnItsWay:
        return tr("Commit on its way");
    case Segment::Blocker:
        return tr("Not acked: blocks");
    case Segment::HeldBack:
        return tr("Acked, held back");
    case Segment::NotAcked:
        return tr("Fetched, not acked");
    case Segment::NotFetched:
        return tr("Not fetched");
    case Segment::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString OffsetBarsWidget::meaning(Segment segment)
{
    switch (segment) {
    case Segment::Committed:
        return tr("Committed: a consumer of the group that starts again resumes after these and "
                  "does not get them again.");
    case Segment::CommitOnItsWay:
        return tr("Acked and committable: the commit is on its way, the broker has not "
                  "confirmed it yet.");
    case Segment::Blocker:
        return tr("Delivered but not acked. Kafka keeps one committed offset per partition, so "
                  "nothing after this message can be committed until it is acked.");
    case Segment::HeldBack:
        return tr("Acked, but not committable while an earlier message is not acked. If this "
                  "consumer stopped now, these offsets would be delivered again.");
    case Segment::NotAcked:
        return tr("Fetched and shown in the table, not acked yet.");
    case Segment::NotFetched:
        return tr("In the log, not fetched by this consumer yet.");
    case Segment::Skipped:
        return tr("Before the offset this consumer started reading from (where nothing was "
                  "committed, or read again from an offset): not fetched, and not committed by "
                  "this consumer.");
    }
    return {};
}

QString OffsetBarsWidget::explain(const Span &span, const PartitionOffsets &o)
{
    QString detail;
    switch (span.segment) {
    case Segment::Committed:
        detail = tr("The committed offset is %1.").arg(number(o.committed));
        break;
    case Segment::HeldBack:
        detail = tr("Acked up to offset %1; waiting for offset %2.")
                     .arg(number(o.highestAcked), number(o.committable));
        break;
    case Segment::NotFetched:
        detail = tr("The next fetch starts at offset %1; the high watermark is %2.")
                     .arg(number(o.position), number(o.highWatermark));
        break;
    case Segment::CommitOnItsWay:
    case Segment::Blocker:
    case Segment::NotAcked:
    case Segment::Skipped:
        break;
    }
    const QString text = tr("%1: %2").arg(range(span.from, span.to), meaning(span.segment));
    return detail.isEmpty() ? text : text + QLatin1Char(' ') + detail;
}

QString OffsetBarsWidget::lagText(const PartitionOffsets &o)
{
    return tr("lag %1").arg(number(o.lag()));
}

OffsetBarsWidget::OffsetBarsWidget(PartitionOffsetsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("offsetBarsWidget"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Partition offset bars"));
    auto changed = [this] {
        fit();
        updateGeometry();
        update();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
}

const PartitionOffsetsList &OffsetBarsWidget::shownOffsets() const
{
    return m_model->offsets();
}

int OffsetBarsWidget::barHeight() const
{
    if (m_compact)
        return std::max(12, fontMetrics().height() - 2);
    return std::max(24, fontMetrics().height() * 2);
}

int OffsetBarsWidget::rowHeight() const
{
    if (m_compact)
        return barHeight() + Spacing - 1;
    return fontMetrics().height() * 2 + barHeight() + Spacing * 3;
}

void OffsetBarsWidget::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    updateGeometry();
    update();
}

int OffsetBarsWidget::heightForWidth(int width, bool compact) const
{
    const bool was = m_compact;
    const_cast<OffsetBarsWidget *>(this)->m_compact = compact; // measured only, not drawn
    const int height = heightForWidth(width);
    const_cast<OffsetBarsWidget *>(this)->m_compact = was;
    return height;
}

void OffsetBarsWidget::fitTo(QScrollArea *area)
{
    m_fitArea = area;
    area->viewport()->installEventFilter(this);
    fit();
}

void OffsetBarsWidget::fit()
{
    if (!m_fitArea)
        return;
    const QWidget *viewport = m_fitArea->viewport();
    setCompact(heightForWidth(viewport->width(), false) > viewport->height());
    const bool was = m_compact;
    m_compact = true; // measured only
    int legendHeight = 0;
    legend(viewport->width(), &legendHeight);
    const int least = legendHeight + MinimumBarsShown * rowHeight() + 2 * m_fitArea->frameWidth();
    m_compact = was;
    if (m_fitArea->minimumHeight() != least)
        m_fitArea->setMinimumHeight(least);
}

bool OffsetBarsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (m_fitArea && watched == m_fitArea->viewport() && event->type() == QEvent::Resize)
        fit();
    return QWidget::eventFilter(watched, event);
}

QRect OffsetBarsWidget::barRect(int row) const
{
    int legendHeight = 0;
    legend(width(), &legendHeight);
    return rowRect(row, legendHeight).bar;
}

int OffsetBarsWidget::nameWidth() const
{
    QFont f = font();
    f.setBold(true);
    return QFontMetrics(f).horizontalAdvance(tr("P%1").arg(999)) + Spacing;
}

int OffsetBarsWidget::lagWidth() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    return QFontMetrics(f).horizontalAdvance(tr("lag %1").arg(QLocale().toString(9999999))) +
           Spacing;
}

QList<OffsetBarsWidget::LegendItem> OffsetBarsWidget::legend(int width, int *height) const
{
    QList<LegendItem> items;
    const QFontMetrics fm = fontMetrics();
    // Compact, the legend's lines close up as the bars do.
    const int gap = m_compact ? 1 : Spacing;
    const int lineHeight = fm.height() + gap;
    int x = Margin;
    int y = m_compact ? gap : Margin;
    // Skipped offsets are rare: named only while a bar shows some.
    bool skipped = false;
    for (const PartitionOffsets &o : m_model->offsets())
        skipped = skipped || layoutBar(o, width).find(Segment::Skipped);
    for (Segment segment : AllSegments) {
        if (segment == Segment::Skipped && !skipped)
            continue;
        const int w = SwatchWidth + Spacing + fm.horizontalAdvance(segmentName(segment));
        if (x > Margin && x + w > width - Margin) {
            x = Margin;
            y += lineHeight;
        }
        items.append({segment, QRect(x, y + 1, SwatchWidth, fm.height() - 2),
                      QRect(x + SwatchWidth + Spacing, y, w - SwatchWidth - Spacing, fm.height())});
        x += w + Spacing * 3;
    }
    *height = y + lineHeight + gap;
    return items;
}

int OffsetBarsWidget::heightForWidth(int width) const
{
    int legendHeight = 0;
    legend(width, &legendHeight);
    const int rows = std::max(1, m_model->rowCount());
    return legendHeight + rows * rowHeight() + (m_compact ? 0 : Margin);
}

QSize OffsetBarsWidget::sizeHint() const
{
    const int width = nameWidth() + lagWidth() + 360;
    return {width, heightForWidth(width)};
}

QSize OffsetBarsWidget::minimumSizeHint() const
{
    const int width = nameWidth() + lagWidth() + 120;
    int legendHeight = 0;
    legend(width, &legendHeight);
    return {width, legendHeight + rowHeight() + (m_compact ? 0 : Margin)};
}

OffsetBarsWidget::Row OffsetBarsWidget::rowRect(int row, int legendHeight) const
{
    const int line = fontMetrics().height();
    const int top = legendHeight + row * rowHeight();
    const int barLeft = Margin + nameWidth();
    const int barRight = width() - Margin - lagWidth();
    Row r;
    if (m_compact) {
        r.bar = QRect(barLeft, top, std::max(1, barRight - barLeft), barHeight());
        r.above = QRect(barLeft, top, barRight - barLeft, 0);
        r.below = QRect(barLeft, r.bar.bottom(), barRight - barLeft, 0);
        r.name = QRect(Margin, r.bar.top(), nameWidth(), r.bar.height());
        r.lag = QRect(barRight + Spacing, r.bar.top(), lagWidth(), r.bar.height());
        return r;
    }
    r.above = QRect(barLeft, top, barRight - barLeft, line);
    r.bar = QRect(barLeft, top + line + Spacing, std::max(1, barRight - barLeft), barHeight());
    r.below = QRect(barLeft, r.bar.bottom() + Spacing, barRight - barLeft, line);
    r.name = QRect(Margin, r.bar.top(), nameWidth(), r.bar.height());
    r.lag = QRect(barRight + Spacing, r.bar.top(), lagWidth(), r.bar.height());
    return r;
}

OffsetBarsWidget::BarLayout OffsetBarsWidget::barAt(int row) const
{
    if (row < 0 || row >= m_model->offsets().size())
        return {};
    int legendHeight = 0;
    legend(width(), &legendHeight);
    return layoutBar(m_model->offsets().at(row), rowRect(row, legendHeight).bar.width());
}

QBrush OffsetBarsWidget::brush(Segment segment) const
{
    const QPalette &p = palette();
    switch (segment) {
    case Segment::Committed:
        return StatusColours::colour(StatusColours::Role::Success, p);
    case Segment::CommitOnItsWay:
        return {StatusColours::colour(StatusColours::Role::Success, p), Qt::Dense4Pattern};
    case Segment::Blocker:
        return StatusColours::colour(StatusColours::Role::Error, p);
    case Segment::HeldBack:
        return {StatusColours::colour(StatusColours::Role::Pending, p), Qt::BDiagPattern};
    case Segment::NotAcked:
        return {StatusColours::colour(StatusColours::Role::Waiting, p), Qt::HorPattern};
    case Segment::NotFetched:
        return Qt::NoBrush;
    case Segment::Skipped:
        return {StatusColours::colour(StatusColours::Role::Muted, p), Qt::Dense6Pattern};
    }
    return Qt::NoBrush;
}

void OffsetBarsWidget::drawSpan(QPainter &painter, const Span &span, const QRect &bar) const
{
    const QRect r(bar.left() + span.left, bar.top(), std::max(1, span.right - span.left),
                  bar.height());
    const QColor text = palette().color(QPalette::WindowText);
    painter.save();
    if (span.segment == Segment::HeldBack) {
        // Hatching over a pale fill of the same hue: reads as "acked, but waiting".
        QColor pale = StatusColours::colour(StatusColours::Role::Pending, palette());
        pale.setAlpha(70);
        painter.fillRect(r, pale);
    }
    QBrush fill = brush(span.segment);
    // Patterns grow with a large font (presenter mode), so they still read as patterns, not as
    // tints, from the back of a room.
    const int patternScale = std::max(1, fontMetrics().height() / 12);
    fill.setTransform(QTransform::fromScale(patternScale, patternScale));
    painter.fillRect(r, fill);
    if (span.segment == Segment::Blocker) {
        // The message everything waits for: a thick frame in the text colour and a "!".
        painter.setPen(QPen(text, 3));
        painter.drawRect(r.adjusted(1, 1, -2, -2));
        QFont f = painter.font();
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(palette().color(QPalette::Base));
        if (r.width() >= painter.fontMetrics().horizontalAdvance(QLatin1Char('!')) + 4)
            painter.drawText(r, Qt::AlignCenter, QStringLiteral("!"));
    } else if (span.segment == Segment::NotFetched) {
        painter.setPen(
            QPen(StatusColours::colour(StatusColours::Role::Muted, palette()), 1, Qt::DashLine));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
    painter.restore();
}

void OffsetBarsWidget::drawBar(QPainter &painter, const PartitionOffsets &o, const Row &row) const
{
    const QColor text = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(row.name, Qt::AlignVCenter | Qt::AlignLeft, tr("P%1").arg(o.partition));

    QFont big = bold;
    if (!m_compact)
        big.setPointSizeF(big.pointSizeF() * 1.3);
    painter.setFont(big);
    const bool lagging = o.lag() > 0;
    painter.setPen(lagging ? StatusColours::colour(StatusColours::Role::Warning, palette()) : text);
    painter.drawText(row.lag, Qt::AlignVCenter | Qt::AlignLeft, lagText(o));
    painter.setFont(font());

    const BarLayout bar = layoutBar(o, row.bar.width());
    if (!bar.known) {
        painter.fillRect(row.bar,
                         QBrush(StatusColours::colour(StatusColours::Role::Muted, palette()),
                                Qt::Dense6Pattern));
        painter.setPen(text);
        painter.drawText(row.bar, Qt::AlignCenter, tr("offsets not known yet"));
        return;
    }
    if (bar.spans.isEmpty()) {
        painter.setPen(
            QPen(StatusColours::colour(StatusColours::Role::Muted, palette()), 1, Qt::DashLine));
        painter.drawRect(row.bar.adjusted(0, 0, -1, -1));
        painter.setPen(text);
        painter.drawText(row.bar, Qt::AlignCenter, tr("empty: no offsets in the log"));
    }
    for (const Span &span : bar.spans)
        drawSpan(painter, span, row.bar);
    painter.setPen(QPen(text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(row.bar.adjusted(0, 0, -1, -1));

    // Where an offset falls on the bar: the left edge of the span that starts at it.
    auto xOf = [&bar, &row](qint64 offset) {
        for (const Span &s : bar.spans) {
            if (offset <= s.from)
                return row.bar.left() + s.left;
            if (offset < s.to)
                return row.bar.left() + s.left +
                       int(double(offset - s.from) * (s.right - s.left) / double(s.to - s.from));
        }
        return row.bar.left() + row.bar.width();
    };
    const QColor muted = StatusColours::colour(StatusColours::Role::Muted, palette());
    painter.setRenderHint(QPainter::Antialiasing);
    // The committed offset: a triangle pointing down onto the bar, its number above.
    QList<Label> above;
    if (o.committed >= 0) {
        const int x = xOf(o.committed);
        QPainterPath triangle;
        triangle.moveTo(x - MarkerSize, row.bar.top() - MarkerSize);
        triangle.lineTo(x + MarkerSize, row.bar.top() - MarkerSize);
        triangle.lineTo(x, row.bar.top() + 1);
        triangle.closeSubpath();
        if (!m_compact) // no room above a compact bar: the thick line alone marks it
            painter.fillPath(triangle, text);
        painter.setPen(QPen(text, 3));
        painter.drawLine(x, row.bar.top(), x, row.bar.bottom());
        above.append({x - MarkerSize - Spacing,
                      tr("committed %1").arg(number(o.committed)),
                      text,
                      true,
                      Label::End,
                      {}});
    } else {
        above.append({row.bar.left(), tr("nothing committed yet"), muted, false, Label::Start, {}});
    }
    if (const Span *blocker = bar.find(Segment::Blocker)) {
        above.append({row.bar.left() + blocker->left,
                      tr("offset %1 not acked: holds back %2")
                          .arg(number(blocker->from), number(o.heldBack() - 1)),
                      StatusColours::colour(StatusColours::Role::Error, palette()), true,
                      Label::Start, tr("%1 not acked").arg(number(blocker->from))});
    }
    if (!m_compact)
        placeLabels(painter, above, row.above);

    // The consumer's position: a triangle pointing up from below; log start and end at the ends.
    QList<Label> below;
    below.append(
        {row.bar.left(), tr("start %1").arg(number(bar.start)), muted, false, Label::Start, {}});
    if (o.position >= 0) {
        const int x = xOf(o.position);
        QPainterPath triangle;
        triangle.moveTo(x - MarkerSize, row.bar.bottom() + MarkerSize);
        triangle.lineTo(x + MarkerSize, row.bar.bottom() + MarkerSize);
        triangle.lineTo(x, row.bar.bottom() - 1);
        triangle.closeSubpath();
        if (!m_compact)
            painter.fillPath(triangle,
                             StatusColours::colour(StatusColours::Role::Waiting, palette()));
        below.append({x, tr("next fetch %1").arg(number(o.position)),
                      StatusColours::colour(StatusColours::Role::Waiting, palette()), false,
                      Label::Centre, tr("fetch %1").arg(number(o.position))});
    }
    below.append({row.bar.right() + 1,
                  tr("end %1").arg(number(o.highWatermark)),
                  text,
                  false,
                  Label::End,
                  {}});
    if (!m_compact)
        placeLabels(painter, below, row.below);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void OffsetBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    int legendHeight = 0;
    const QList<LegendItem> items = legend(width(), &legendHeight);
    for (const LegendItem &item : items) {
        drawSpan(painter, {item.segment, 0, 1, 0, item.swatch.width()}, item.swatch);
        painter.setPen(text);
        painter.drawRect(item.swatch.adjusted(0, 0, -1, -1));
        painter.drawText(item.text, Qt::AlignVCenter | Qt::AlignLeft, segmentName(item.segment));
    }
    const PartitionOffsetsList &offsets = m_model->offsets();
    if (offsets.isEmpty()) {
        painter.setPen(StatusColours::colour(StatusColours::Role::Muted, palette()));
        painter.drawText(rect().adjusted(Margin, legendHeight, -Margin, 0),
                         Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                         tr("No partition is assigned to this consumer yet."));
        return;
    }
    for (int i = 0; i < offsets.size(); ++i)
        drawBar(painter, offsets.at(i), rowRect(i, legendHeight));
}

QString OffsetBarsWidget::toolTipAt(const QPoint &pos) const
{
    int legendHeight = 0;
    const QList<LegendItem> items = legend(width(), &legendHeight);
    for (const LegendItem &item : items) {
        if (item.swatch.united(item.text).contains(pos))
            return meaning(item.segment);
    }
    const PartitionOffsetsList &offsets = m_model->offsets();
    for (int i = 0; i < offsets.size(); ++i) {
        const Row row = rowRect(i, legendHeight);
        const PartitionOffsets &o = offsets.at(i);
        if (row.lag.contains(pos)) {
            if (o.lag() < 0)
                return tr("Lag not known yet: the high watermark or the committed offset is "
                          "still unknown.");
            return tr("Lag %1: offsets not committed yet (high watermark %2 minus %3 %4). It "
                      "counts offsets, not messages.")
                .arg(number(o.lag()), number(o.highWatermark),
                     o.committed >= 0 ? tr("committed offset") : tr("log start"),
                     number(o.committed >= 0 ? o.committed : o.logStart));
        }
        if (!row.bar.adjusted(0, -row.above.height(), 0, row.below.height()).contains(pos))
            continue;
        const BarLayout bar = layoutBar(o, row.bar.width());
        if (!bar.known)
            return tr("Partition %1: its offsets are not known yet (nothing fetched or measured).")
                .arg(o.partition);
        const int x = pos.x() - row.bar.left();
        for (const Span &span : bar.spans) {
            if (x >= span.left && x < span.right)
                return tr("Partition %1. %2").arg(o.partition).arg(explain(span, o));
        }
        return tr("Partition %1: log start %2, high watermark %3.")
            .arg(o.partition)
            .arg(number(o.logStart), number(o.highWatermark));
    }
    return {};
}

bool OffsetBarsWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<p>%1</p>").arg(tip.toHtmlEscaped()), this); // wraps
        return true;
    }
    return QWidget::event(event);
}

void OffsetBarsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Partition offset bars"));
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::LanguageChange) {
        fit();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}
