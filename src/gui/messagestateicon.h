// MessageStateIcon: the icon engine behind MessageStateStyle::icon(). It draws a message state's
// symbol whenever the icon is painted, in the look of that moment (MessageStateStyle's shape,
// colour and symbol size), so an icon handed out before presenter mode was switched on or off
// (a menu's, a table's) follows the switch.
#pragma once

#include "messagetablemodel.h"

#include <QIconEngine>

class MessageStateIcon final : public QIconEngine
{
public:
    explicit MessageStateIcon(MessageTableModel::State state);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    // The symbol in a square of side size with its top left at origin.
    void draw(QPainter &painter, const QPointF &origin, qreal size) const;

    MessageTableModel::State m_state;
};
