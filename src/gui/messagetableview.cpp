#include "messagetableview.h"

#include "ackbuttondelegate.h"
#include "messagecelldelegate.h"
#include "messagetablemodel.h"

#include <QHeaderView>
#include <QScrollBar>

MessageTableView::MessageTableView(QWidget *parent)
    : QTableView(parent)
    , m_ackDelegate(new AckButtonDelegate(MessageTableModel::AckableRole, this))
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Wrapping makes every cell's text go through line breaking on every repaint.
    setWordWrap(false);
    setMouseTracking(true); // hover highlight on the painted Ack buttons
    setItemDelegate(new MessageCellDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_ackDelegate, &AckButtonDelegate::ackRequested, this, &MessageTableView::ackRequested);
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followNewest = value >= bar->maximum(); });
}

void MessageTableView::setMessageModel(MessageTableModel *model)
{
    setModel(model);
    setItemDelegateForColumn(MessageTableModel::AckColumn, m_ackDelegate);
    QHeaderView *header = horizontalHeader();
    header->resizeSection(MessageTableModel::StateColumn, 110);
    header->resizeSection(MessageTableModel::PartitionColumn, 70);
    header->resizeSection(MessageTableModel::OffsetColumn, 70);
    header->resizeSection(MessageTableModel::TimestampColumn, 175);
    header->resizeSection(MessageTableModel::KeyColumn, 100);
    header->resizeSection(MessageTableModel::ValueColumn, 260);
    header->resizeSection(MessageTableModel::HeadersColumn, 90);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageTableModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(MessageTableModel::AckColumn, 60);
    // Follow the newest row in the same event-loop turn as the insertion, so a batch costs
    // one repaint, not one for the new rows and another for the scroll.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            scrollToBottom();
    });
}
