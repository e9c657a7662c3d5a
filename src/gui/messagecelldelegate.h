// MessageCellDelegate: paints the message table's cells (all but Ack) the way the style does
// (panel, selection, icon, elided text, focus), but with one text shaping per cell where the
// style's item painting lays each text out three times (to size it, to elide it, to draw it).
// The table repaints after every batch of a busy topic, so this is most of the window's
// painting.
#pragma once

#include <QStyledItemDelegate>

class MessageCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
