#include "messagestatestyle.h"

#include "statuscolours.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

namespace {
bool shapesDistinct = false;
int symbolSize = MessageStateStyle::IconSize;
} // namespace

QString MessageStateStyle::name(State state)
{
    switch (state) {
    case State::Received:
        return MessageTableModel::tr("Received");
    case State::Redelivered:
        return MessageTableModel::tr("Redelivered");
    case State::Acked:
        return MessageTableModel::tr("Acked");
    case State::Committed:
        return MessageTableModel::tr("Committed");
    case State::CommittedUnacked:
        return MessageTableModel::tr("Skipped", "committed without an ack: a commit skipped it");
    case State::Stale:
        return MessageTableModel::tr("Revoked", "a row whose partition a rebalance took away");
    }
    return {};
}

QColor MessageStateStyle::colour(State state)
{
    using Role = StatusColours::Role;
    switch (state) {
    case State::Received:
        return StatusColours::colour(Role::Waiting); // waiting for you
    case State::Redelivered:
        return StatusColours::colour(Role::Redelivered); // seen before
    case State::Acked:
        return StatusColours::colour(Role::Pending); // waiting for the commit
    case State::Committed:
        return StatusColours::colour(Role::Success); // safe on the broker
    case State::CommittedUnacked:
        return StatusColours::colour(Role::Unprocessed); // committed, but nobody acked it
    case State::Stale:
        return StatusColours::colour(Role::Muted); // no longer ours
    }
    return {};
}

MessageStateStyle::Shape MessageStateStyle::shape(State state)
{
    if (state == State::CommittedUnacked)
        return Shape::Ring; // committed like the dots, but empty, as nobody acked it
    if (!shapesDistinct)
        return Shape::Dot;
    switch (state) {
    case State::Received:
        return Shape::Dot;
    case State::Redelivered:
        return Shape::Diamond;
    case State::Acked:
        return Shape::Tick;
    case State::Committed:
        return Shape::Square;
    case State::CommittedUnacked:
        return Shape::Ring;
    case State::Stale:
        return Shape::Cross;
    }
    return Shape::Dot;
}

bool MessageStateStyle::distinctShapes()
{
    return shapesDistinct;
}

void MessageStateStyle::setDistinctShapes(bool distinct)
{
    shapesDistinct = distinct;
}

int MessageStateStyle::iconSize()
{
    return symbolSize;
}

void MessageStateStyle::setIconSize(int pixels)
{
    symbolSize = std::clamp(pixels, IconSize, IconSize * 8);
}

QIcon MessageStateStyle::icon(State state)
{
    // One icon per look: the state's shape, colour and size at the screen's pixel ratio.
    static QHash<QString, QIcon> icons;
    const QColor fill = colour(state);
    const Shape form = shape(state);
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(int(state))
                            .arg(int(form))
                            .arg(fill.rgba())
                            .arg(symbolSize)
                            .arg(ratio);
    auto it = icons.find(key);
    if (it == icons.end()) {
        QPixmap pixmap(QSize(symbolSize, symbolSize) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal size = symbolSize;
        const qreal line = std::max(2.5, size / 5.0);
        const QRectF box(line / 2, line / 2, size - line, size - line);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(fill, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        switch (form) {
        case Shape::Dot:
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
            break;
        case Shape::Ring:
            painter.drawEllipse(box.adjusted(1, 1, -1, -1));
            break;
        case Shape::Diamond:
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(QPolygonF({QPointF(size / 2, 0), QPointF(size, size / 2),
                                           QPointF(size / 2, size), QPointF(0, size / 2)}));
            break;
        case Shape::Tick:
            painter.drawPolyline(QPolygonF({QPointF(box.left(), box.center().y()),
                                            QPointF(box.left() + box.width() * 0.38, box.bottom()),
                                            QPointF(box.right(), box.top())}));
            break;
        case Shape::Square:
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(QRectF(1, 1, size - 2, size - 2));
            break;
        case Shape::Cross:
            painter.drawLine(box.topLeft(), box.bottomRight());
            painter.drawLine(box.topRight(), box.bottomLeft());
            break;
        }
        painter.end();
        it = icons.insert(key, QIcon(pixmap));
    }
    return *it;
}
