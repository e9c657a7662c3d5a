#include "messagecelldelegate.h"

#include <QApplication>
#include <QPainter>

void MessageCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if ((opt.features & QStyleOptionViewItem::HasDecoration) && !opt.icon.isNull()) {
        const QSize size = opt.decorationSize;
        const QRect iconRect(rect.left(), rect.top() + (rect.height() - size.height()) / 2,
                             size.width(), size.height());
        opt.icon.paint(painter, iconRect, Qt::AlignCenter,
                       selected ? QIcon::Selected : QIcon::Normal);
        rect.setLeft(iconRect.right() + 1 + margin);
    }
    if (!opt.text.isEmpty() && rect.width() > 0) {
        QString text = opt.text;
        const QFontMetrics &metrics = opt.fontMetrics;
        // Only a text that may be too wide is measured (and elided); and as nothing past
        // about twice the characters of the average width can show, a long one is cut first.
        if (text.size() * metrics.maxWidth() > rect.width()) {
            const qsizetype shown = 2 * rect.width() / std::max(1, metrics.averageCharWidth()) + 8;
            if (text.size() > shown)
                text.truncate(shown);
            text = metrics.elidedText(text, opt.textElideMode, rect.width());
        }
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(rect, int(opt.displayAlignment) | Qt::TextSingleLine, text);
        painter->restore();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
