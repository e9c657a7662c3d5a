#include "ackbuttondelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

AckButtonDelegate::AckButtonDelegate(int ackableRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_ackableRole(ackableRole)
{}

QRect AckButtonDelegate::buttonRect(const QStyleOptionViewItem &option) const
{
    return option.rect.adjusted(3, 2, -3, -2);
}

void AckButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (!index.data(m_ackableRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = index.data().toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize AckButtonDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        std::max(size.width(), option.fontMetrics.horizontalAdvance(index.data().toString()) + 24));
    return size;
}

bool AckButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!index.data(m_ackableRole).toBool())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
            buttonRect(option).contains(static_cast<QMouseEvent *>(event)->position().toPoint())) {
            m_pressed = index;
            return true;
        }
        break;
    case QEvent::MouseButtonRelease: {
        const bool clicked =
            m_pressed == index &&
            buttonRect(option).contains(static_cast<QMouseEvent *>(event)->position().toPoint());
        m_pressed = QPersistentModelIndex();
        if (clicked) {
            emit ackRequested(index);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
