#include "messagetableview.h"

#include "ackbuttondelegate.h"
#include "messagecelldelegate.h"
#include "messagestatestyle.h"
#include "messagetablemodel.h"
#include "statuscolours.h"

#include <QAbstractProxyModel>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {
// Room around a cell's text: the delegate's margins and the grid line.
constexpr int CellPadding = 16;
// The row height over one line of text: room for the painted Ack button's frame.
constexpr int RowPadding = 8;
// The focus frame's width: visible from a distance, thin enough not to hide a cell.
constexpr int FocusFrameWidth = 2;
// The widest a new JSON column starts, in characters (the user may widen it).
constexpr int JsonColumnChars = 24;

// A path as typed, with the leading $ a person may leave out: "order.id" and ".order.id" are
// $.order.id, "[0]" is $[0].
QString typedPath(const QString &text)
{
    const QString path = text.trimmed();
    if (path.isEmpty() || path.startsWith(QLatin1Char('$')))
        return path;
    if (path.startsWith(QLatin1Char('.')) || path.startsWith(QLatin1Char('[')))
        return QLatin1Char('$') + path;
    return QStringLiteral("$.") + path;
}

// Asks for a JSON path, saying as it is typed why a path does not parse; std::nullopt if
// cancelled.
std::optional<JsonPath> askJsonPath(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("jsonColumnDialog"));
    dialog.setWindowTitle(MessageTableView::tr("Add column from JSON path"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(
        MessageTableView::tr("The column shows this part of each message's value, where the "
                             "value is JSON. For example $.order.id, $.items[0].sku or "
                             "$['odd key']."),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("jsonPathEdit"));
    edit->setPlaceholderText(QStringLiteral("$.order.id"));
    edit->setMaxLength(int(JsonPath::MaxLength));
    layout->addWidget(edit);
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("jsonPathProblem"));
    problem->setWordWrap(true);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(MessageTableView::tr("Add column"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto check = [edit, problem, buttons] {
        QString error;
        const bool ok = JsonPath::parse(typedPath(edit->text()), &error).has_value();
        // Nothing typed yet is no mistake to point out.
        const bool empty = edit->text().trimmed().isEmpty();
        problem->setText(ok || empty ? QString()
                                     : StatusColours::html(StatusColours::Role::Error, error));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, check);
    check();
    dialog.resize(dialog.sizeHint().expandedTo(QSize(440, 0)));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return JsonPath::parse(typedPath(edit->text()));
}
} // namespace

MessageTableView::MessageTableView(QWidget *parent)
    : QTableView(parent)
    , m_ackDelegate(new AckButtonDelegate(MessageTableModel::AckableRole, this))
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab leaves the table for the next control; arrows move within it.
    setTabKeyNavigation(false);
    // Wrapping makes every cell's text go through line breaking on every repaint.
    setWordWrap(false);
    setMouseTracking(true); // hover highlight on the painted Ack buttons
    setItemDelegate(new MessageCellDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + RowPadding);
    connect(m_ackDelegate, &AckButtonDelegate::ackRequested, this, &MessageTableView::ackRequested);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &MessageTableView::showHeaderMenu);
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { updateFollowing(value >= bar->maximum()); });
}

void MessageTableView::setMessageModel(QAbstractItemModel *model)
{
    const bool keepWidths = this->model() && this->model()->columnCount() == model->columnCount();
    QByteArray widths;
    if (keepWidths)
        widths = horizontalHeader()->saveState();
    disconnect(m_followConnection);
    setModel(model);
    setItemDelegateForColumn(MessageTableModel::AckColumn, m_ackDelegate);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MessageTableModel::ValueColumn, QHeaderView::Stretch);
    if (keepWidths)
        header->restoreState(widths);
    else
        resetColumnWidths();
    // Follow the newest row in the same event-loop turn as the insertion, so a batch costs
    // one repaint, not one for the new rows and another for the scroll.
    m_followConnection = connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            scrollToBottom();
    });
}

void MessageTableView::resetColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + CellPadding;
    };
    QHeaderView *header = horizontalHeader();
    const auto fit = [&](int column, const QString &sample) {
        const QString title =
            model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
        header->resizeSection(column, std::max(width(sample), width(title)));
    };
    // The state column holds a small dot and the state's name; "Redelivered" is the longest.
    fit(MessageTableModel::StateColumn,
        QStringLiteral("MM ") + MessageStateStyle::name(MessageTableModel::State::Redelivered));
    fit(MessageTableModel::PartitionColumn, QStringLiteral("000"));
    fit(MessageTableModel::OffsetColumn, QStringLiteral("00000000"));
    fit(MessageTableModel::TimestampColumn, QStringLiteral("0000-00-00 00:00:00.000"));
    fit(MessageTableModel::KeyColumn, QStringLiteral("order-0000"));
    fit(MessageTableModel::HeadersColumn, QStringLiteral("trace=00"));
    fit(MessageTableModel::AckColumn, QStringLiteral("Ack"));
    // The value is what people read: it takes the slack, but never less than this.
    header->setMinimumSectionSize(width(QStringLiteral("000")));
}

MessageTableModel *MessageTableView::messageTableModel() const
{
    QAbstractItemModel *current = model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(current))
        current = proxy->sourceModel();
    return qobject_cast<MessageTableModel *>(current);
}

bool MessageTableView::addJsonColumn()
{
    MessageTableModel *messages = messageTableModel();
    if (!messages)
        return false;
    const std::optional<JsonPath> path = askJsonPath(this);
    if (!path)
        return false;
    const int column = messages->addJsonColumn(*path);
    placeJsonColumn(column);
    scrollTo(model()->index(std::max(0, currentIndex().row()), column));
    return true;
}

void MessageTableView::addRowMenuAction(QAction *action)
{
    m_rowMenuActions.append(action);
    addAction(action); // its shortcut works while the table has the focus
}

void MessageTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    connect(selectionModel, &QItemSelectionModel::selectionChanged, this,
            &MessageTableView::rowSelectionChanged);
    emit rowSelectionChanged();
}

void MessageTableView::placeJsonColumn(int column)
{
    // The proxies pass the columns through in the same order. The column shows just before
    // the value, beside the key and the earlier ones, at the width of its title or ten digits
    // (at most JsonColumnChars characters): the value keeps the room that is left.
    const MessageTableModel *messages = messageTableModel();
    QHeaderView *header = horizontalHeader();
    header->moveSection(header->visualIndex(column),
                        header->visualIndex(MessageTableModel::ValueColumn));
    const QFontMetrics metrics = fontMetrics();
    const QString title =
        messages->jsonColumns().at(column - MessageTableModel::ColumnCount).text();
    header->resizeSection(
        column, std::min(std::max(metrics.horizontalAdvance(title),
                                  metrics.horizontalAdvance(QStringLiteral("0000000000"))),
                         metrics.averageCharWidth() * JsonColumnChars) +
                    CellPadding);
}

QStringList MessageTableView::jsonColumnPaths() const
{
    QStringList paths;
    if (const MessageTableModel *messages = messageTableModel()) {
        for (const JsonPath &path : messages->jsonColumns())
            paths << path.text();
    }
    return paths;
}

void MessageTableView::setJsonColumnPaths(const QStringList &paths)
{
    MessageTableModel *messages = messageTableModel();
    if (!messages)
        return;
    QList<JsonPath> parsed;
    for (const QString &text : paths) {
        if (const auto path = JsonPath::parse(text))
            parsed << *path;
    }
    messages->setJsonColumns(parsed);
    for (int column = MessageTableModel::ColumnCount; column < messages->columnCount(); ++column)
        placeJsonColumn(column);
}

void MessageTableView::showHeaderMenu(const QPoint &pos)
{
    MessageTableModel *messages = messageTableModel();
    if (!messages)
        return;
    const int column = horizontalHeader()->logicalIndexAt(pos);
    QMenu menu(this);
    menu.addAction(tr("Add column from &JSON path…"), this, &MessageTableView::addJsonColumn)
        ->setObjectName(QStringLiteral("addJsonColumnAction"));
    if (messages->isJsonColumn(column)) {
        menu.addAction(
                tr("&Remove column %1")
                    .arg(
                        messages->jsonColumns().at(column - MessageTableModel::ColumnCount).text()),
                this, [messages, column] { messages->removeJsonColumn(column); })
            ->setObjectName(QStringLiteral("removeJsonColumnAction"));
    }
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void MessageTableView::setFollowingNewest(bool follow)
{
    updateFollowing(follow);
    if (follow)
        scrollToBottom();
}

void MessageTableView::updateFollowing(bool follow)
{
    if (follow == m_followNewest)
        return;
    m_followNewest = follow;
    emit followingNewestChanged(follow);
}

void MessageTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), FocusFrameWidth));
    painter.setBrush(Qt::NoBrush);
    const int inset = FocusFrameWidth / 2;
    painter.drawRect(viewport()->rect().adjusted(inset, inset, -inset, -inset));
}

void MessageTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
}

void MessageTableView::focusOutEvent(QFocusEvent *event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

void MessageTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    // Scrolling moves the painted pixels, the focus frame with them: paint it anew.
    if (hasFocus())
        viewport()->update();
}
