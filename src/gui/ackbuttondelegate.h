// AckButtonDelegate: paints the Ack column's button without a widget per row (the table must
// stay fast at 100,000 rows) and turns a click on it into ackRequested().
#pragma once

#include <QStyledItemDelegate>

class AckButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // ackableRole: the model role that says whether the row can be acked now.
    explicit AckButtonDelegate(int ackableRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void ackRequested(const QModelIndex &index);

private:
    QRect buttonRect(const QStyleOptionViewItem &option) const;

    int m_ackableRole;
    QPersistentModelIndex m_pressed;
};
