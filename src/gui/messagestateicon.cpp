#include "messagestateicon.h"

#include "messagestatestyle.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

MessageStateIcon::MessageStateIcon(MessageTableModel::State state)
    : m_state(state)
{}

QSize MessageStateIcon::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = std::min({size.width(), size.height(), MessageStateStyle::iconSize()});
    return {side, side};
}

void MessageStateIcon::paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State)
{
    const qreal side = std::min({rect.width(), rect.height(), MessageStateStyle::iconSize()});
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    draw(*painter,
         QPointF(rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2),
         side);
    painter->restore();
}

QPixmap MessageStateIcon::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap MessageStateIcon::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                       qreal scale)
{
    const QSize actual = actualSize(size, mode, state);
    QPixmap pixmap(actual * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    if (actual.isEmpty())
        return pixmap;
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QPointF(0, 0), actual.width());
    return pixmap;
}

QIconEngine *MessageStateIcon::clone() const
{
    return new MessageStateIcon(m_state);
}

QString MessageStateIcon::key() const
{
    return QStringLiteral("MessageStateIcon");
}

void MessageStateIcon::draw(QPainter &painter, const QPointF &origin, qreal size) const
{
    using Shape = MessageStateStyle::Shape;
    const QColor fill = MessageStateStyle::colour(m_state);
    const qreal line = std::max(2.5, size / 5.0);
    const QRectF square(origin, QSizeF(size, size));
    const QRectF box = square.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(fill, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (MessageStateStyle::shape(m_state)) {
    case Shape::Dot:
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(square.adjusted(1, 1, -1, -1));
        break;
    case Shape::Ring:
        // Empty, as nobody acked it: the shape tells it apart where colours do not.
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case Shape::Diamond:
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(QPolygonF({QPointF(square.center().x(), square.top()),
                                       QPointF(square.right(), square.center().y()),
                                       QPointF(square.center().x(), square.bottom()),
                                       QPointF(square.left(), square.center().y())}));
        break;
    case Shape::Tick:
        painter.drawPolyline(QPolygonF({QPointF(box.left(), box.center().y()),
                                        QPointF(box.left() + box.width() * 0.38, box.bottom()),
                                        QPointF(box.right(), box.top())}));
        break;
    case Shape::Square:
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(square.adjusted(1, 1, -1, -1));
        break;
    case Shape::Cross:
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
        break;
    }
}
