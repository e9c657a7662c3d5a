#include "messagespanel.h"
#include "ui_messagespanel.h"

#include "actionbutton.h"
#include "filterbar.h"
#include "messagefilterproxy.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "payloadformat.h"
#include "sessioncontroller.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>

namespace {
// A key or value as one field of a copied line: text as it is (tabs and line breaks escaped so
// that a line stays a row), other bytes as hex.
QString field(const QByteArray &bytes, bool isNull)
{
    if (isNull)
        return QStringLiteral("(null)");
    if (!PayloadFormat::isText(bytes))
        return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return text;
}
} // namespace

MessagesPanel::MessagesPanel(SessionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessagesPanel>())
    , m_controller(controller)
    , m_messages(controller->messages())
    , m_consumeAction(new QAction(this))
    , m_pauseAction(new QAction(this))
    , m_ackSelectedAction(new QAction(this))
    , m_ackUpToAction(new QAction(this))
    , m_copyAction(new QAction(this))
    , m_selectAllAction(new QAction(this))
    , m_followNewestAction(new QAction(this))
    , m_clearTableAction(new QAction(this))
    , m_hideStaleAction(new QAction(this))
    , m_filterAction(new QAction(this))
    , m_stepModeAction(new QAction(this))
    , m_nextMessageAction(new QAction(this))
{
    m_ui->setupUi(this);
    MessageTableView *view = m_ui->messageView;
    view->setMessageModel(m_messages);
    m_filterBar = new FilterBar(this);
    m_filterBar->setMessageModel(m_messages);
    m_filterBar->hide();
    m_ui->messagesLayout->insertWidget(m_ui->messagesLayout->indexOf(view), m_filterBar);
    m_proxy = new MessageFilterProxy(m_messages, this);
    m_proxy->setObjectName(QStringLiteral("messageFilterProxy"));

    m_consumeAction->setObjectName(QStringLiteral("consumeAction"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_ackSelectedAction->setObjectName(QStringLiteral("ackSelectedAction"));
    m_ackSelectedAction->setShortcut(QKeySequence(Qt::Key_Space));
    // Space acks only while the table has the focus: elsewhere it types a space or presses
    // the focused button.
    m_ackSelectedAction->setShortcutContext(Qt::WidgetShortcut);
    m_ackUpToAction->setObjectName(QStringLiteral("ackUpToAction"));
    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllRowsAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    m_followNewestAction->setObjectName(QStringLiteral("followNewestAction"));
    m_followNewestAction->setCheckable(true);
    m_followNewestAction->setChecked(view->isFollowingNewest());
    m_followNewestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    m_clearTableAction->setObjectName(QStringLiteral("clearTableAction"));
    m_hideStaleAction->setObjectName(QStringLiteral("hideStaleAction"));
    m_hideStaleAction->setCheckable(true);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence::Find);
    addAction(m_filterAction);
    // On the view: these shortcuts act where the table has the focus.
    view->addAction(m_ackSelectedAction);
    view->addAction(m_copyAction);
    view->addAction(m_selectAllAction);

    ActionButton::bind(m_ui->ackSelectedButton, m_ackSelectedAction);
    ActionButton::bind(m_ui->pauseButton, m_pauseAction);
    ActionButton::bind(m_ui->consumeButton, m_consumeAction);

    m_stepModeAction->setObjectName(QStringLiteral("stepModeAction"));
    m_stepModeAction->setCheckable(true);
    m_nextMessageAction->setObjectName(QStringLiteral("nextMessageAction"));
    m_nextMessageAction->setShortcut(QKeySequence(Qt::Key_F10));
    addAction(m_nextMessageAction);
    auto *nextButton = new QPushButton(this);
    nextButton->setObjectName(QStringLiteral("nextMessageButton"));
    // A click leaves the focus on the table, where Space acks the row Next brought.
    nextButton->setFocusPolicy(Qt::NoFocus);
    ActionButton::bind(nextButton, m_nextMessageAction);
    const int stepAt = m_ui->messagesToolbar->indexOf(m_ui->consumeButton) + 1;
    m_ui->messagesToolbar->insertWidget(stepAt, nextButton);

    KafkaSession *session = m_controller->session();
    connect(m_consumeAction, &QAction::triggered, this, [this, session] {
        // The log says how it went once the consumer has closed (SessionController).
        if (session->isConsuming()) {
            session->stopConsuming();
        } else {
            session->startConsuming();
        }
        updateActions();
    });
    connect(m_pauseAction, &QAction::toggled, this, [this, session](bool paused) {
        updatePauseText();
        session->setPaused(paused);
    });
    connect(m_pauseAction, &QAction::toggled, this, &MessagesPanel::updateActions);
    connect(m_stepModeAction, &QAction::toggled, this, [this, session](bool on) {
        session->setStepMode(on);
        updateActions();
    });
    connect(m_nextMessageAction, &QAction::triggered, session, &KafkaSession::nextMessage);
    connect(session, &KafkaSession::stepStateChanged, this, [this](bool on) {
        m_stepModeAction->setChecked(on);
        updateActions();
    });
    // In step mode the row Next brought becomes the current one: the journey follows it.
    connect(m_messages, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                if (!m_stepModeAction->isChecked())
                    return;
                const QModelIndex index = viewIndex(last, MessageTableModel::ValueColumn);
                if (index.isValid())
                    m_ui->messageView->setCurrentIndex(index);
            });
    connect(m_ackSelectedAction, &QAction::triggered, this,
            [this] { m_controller->ackRows(selectedRows()); });
    connect(m_ackUpToAction, &QAction::triggered, this, [this] {
        const int row = sourceRow(m_ui->messageView->currentIndex());
        if (row >= 0)
            m_controller->ackUpTo(row);
    });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QString text = selectedRowsText();
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    connect(m_selectAllAction, &QAction::triggered, view, &QAbstractItemView::selectAll);
    connect(m_followNewestAction, &QAction::toggled, view, &MessageTableView::setFollowingNewest);
    connect(view, &MessageTableView::followingNewestChanged, m_followNewestAction,
            &QAction::setChecked);
    connect(m_clearTableAction, &QAction::triggered, m_controller, &SessionController::clearTable);
    connect(m_hideStaleAction, &QAction::toggled, this, &MessagesPanel::applyFilter);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterBar->show();
        m_filterBar->focusText();
    });
    connect(m_filterBar, &FilterBar::criteriaChanged, this, &MessagesPanel::applyFilter);
    connect(m_filterBar, &FilterBar::closeRequested, this, &MessagesPanel::closeFilter);
    connect(m_proxy, &MessageFilterProxy::shownCountChanged, this,
            &MessagesPanel::updateMessageCount);
    connect(m_proxy, &MessageFilterProxy::filterFinished, this, [this] {
        updateMessageCount();
        MessageTableView *view = m_ui->messageView;
        if (view->isFollowingNewest() && m_proxy->sortColumn() < 0)
            view->scrollToBottom();
        else if (view->currentIndex().isValid())
            view->scrollTo(view->currentIndex());
    });
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, &MessagesPanel::sortBy);
    connect(view, &MessageTableView::ackRequested, this,
            [this](const QModelIndex &index) { m_controller->ackRows({sourceRow(index)}); });
    connect(view, &QWidget::customContextMenuRequested, this, &MessagesPanel::showMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesPanel::updateActions);
    connect(m_ui->capSpin, &QSpinBox::valueChanged, this, [this](int cap) {
        m_messages->setCap(cap);
        updateMessageCount();
    });
    m_ui->capSpin->setValue(m_messages->cap());

    connect(m_controller, &SessionController::messageCountChanged, this,
            &MessagesPanel::updateMessageCount);
    connect(m_controller, &SessionController::ackAvailabilityChanged, this,
            &MessagesPanel::updateActions);
    connect(session, &KafkaSession::stateChanged, this, &MessagesPanel::updateActions);
    connect(session, &KafkaSession::watchedTopicChanged, this, &MessagesPanel::updateActions);
    connect(session, &KafkaSession::consumerStarted, this, &MessagesPanel::updateActions);
    connect(session, &KafkaSession::consumerStopped, this, &MessagesPanel::updateActions);
    retranslate();
}

MessagesPanel::~MessagesPanel() = default;

void MessagesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void MessagesPanel::retranslate()
{
    m_consumeAction->setToolTip(tr("Leave the group (committing what was acknowledged) or join "
                                   "it again: what was not committed comes back"));
    m_pauseAction->setToolTip(
        tr("Stop fetching while staying in the group; messages wait on the broker"));
    m_ackSelectedAction->setText(tr("&Ack selected"));
    m_ackSelectedAction->setToolTip(tr("Acknowledge the selected messages"));
    m_ackUpToAction->setText(tr("Ack all &up to this row"));
    m_ackUpToAction->setToolTip(
        tr("Acknowledge every message from the first one held down to the current row, in "
           "arrival order: with a filter or a sort on, also the rows they hide"));
    m_copyAction->setText(tr("&Copy rows"));
    m_copyAction->setToolTip(tr("Copy the selected rows: partition, offset, timestamp, key and "
                                "the whole value, separated by tabs"));
    m_selectAllAction->setText(tr("Select &all rows"));
    m_followNewestAction->setText(tr("&Follow newest messages"));
    m_followNewestAction->setToolTip(
        tr("Keep the newest message in sight (scrolling up stops it)"));
    m_clearTableAction->setText(tr("C&lear table"));
    m_clearTableAction->setToolTip(
        tr("Remove every row from the table; nothing changes on the broker"));
    m_hideStaleAction->setText(tr("&Hide revoked rows"));
    m_hideStaleAction->setToolTip(tr("Hide the Revoked rows, of partitions this consumer lost. "
                                     "If a partition comes back, what was not committed there "
                                     "arrives again as Redelivered rows."));
    m_filterAction->setText(tr("&Filter rows…"));
    m_filterAction->setToolTip(tr("Show only the rows whose key, value or headers contain a "
                                  "text, or of some partitions, offsets, times or states"));
    m_stepModeAction->setText(tr("Step &mode"));
    m_stepModeAction->setToolTip(tr("Fetch one message each time you press Next, to show pull, "
                                    "ack and commit slowly; the Journey panel says what comes "
                                    "next"));
    m_nextMessageAction->setText(tr("&Next message"));
    m_nextMessageAction->setToolTip(tr("Let the consumer fetch exactly one more message, in "
                                       "step mode (Consumer menu)"));
    updatePauseText();
    updateActions(); // Start or Stop consumer
    updateMessageCount();
}

void MessagesPanel::updatePauseText()
{
    m_pauseAction->setText(m_pauseAction->isChecked() ? tr("&Resume") : tr("&Pause"));
}

void MessagesPanel::addConsumerCommand(QAction *action)
{
    m_consumerCommands.append(action);
}

MessageTableView *MessagesPanel::view() const
{
    return m_ui->messageView;
}

int MessagesPanel::sourceRow(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return -1;
    if (viewIndex.model() == m_proxy)
        return m_proxy->mapToSource(viewIndex).row();
    return viewIndex.row();
}

QModelIndex MessagesPanel::viewIndex(int sourceRow, int column) const
{
    const QModelIndex index = m_messages->index(sourceRow, column);
    return m_ui->messageView->model() == m_proxy ? m_proxy->mapFromSource(index) : index;
}

QList<int> MessagesPanel::selectedRows() const
{
    QList<int> rows;
    const QItemSelectionModel *selection = m_ui->messageView->selectionModel();
    for (const QModelIndex &index : selection->selectedRows())
        rows.append(sourceRow(index));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString MessagesPanel::selectedRowsText() const
{
    QStringList lines;
    for (int row : selectedRows()) {
        const KafkaMessage m = m_messages->message(row);
        const QString time = m.timestampMs < 0
                                 ? QString()
                                 : QDateTime::fromMSecsSinceEpoch(m.timestampMs)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        lines << QStringList{QString::number(m.partition), QString::number(m.offset), time,
                             field(m.key, m.keyIsNull), field(m.value, m.valueIsNull)}
                     .join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MessagesPanel::updateActions()
{
    KafkaSession *session = m_controller->session();
    const bool connected = session->state() == KafkaSession::State::Connected;
    const bool consuming = session->isConsuming();
    m_consumeAction->setEnabled(connected && !session->watchedTopic().isEmpty());
    // One letter for both, so Alt+O, S starts and stops.
    m_consumeAction->setText(consuming ? tr("&Stop consumer") : tr("&Start consumer"));
    m_pauseAction->setEnabled(consuming);
    if (!consuming && m_pauseAction->isChecked())
        m_pauseAction->setChecked(false);
    const bool canAck = m_controller->canAck();
    const bool selected = m_ui->messageView->selectionModel()->hasSelection();
    m_ackSelectedAction->setEnabled(canAck && selected);
    m_ackUpToAction->setEnabled(canAck && m_ui->messageView->currentIndex().isValid());
    m_copyAction->setEnabled(selected);
    m_nextMessageAction->setEnabled(consuming && m_stepModeAction->isChecked() &&
                                    !m_pauseAction->isChecked());
}

void MessagesPanel::updateMessageCount()
{
    const int rows = m_messages->rowCount();
    QString text;
    if (rows == 0)
        text = tr("No messages yet.");
    else if (rows == m_messages->cap())
        text = tr("Showing the newest %Ln message(s); older ones were removed from the table.",
                  nullptr, rows);
    else
        text = tr("%Ln message(s).", nullptr, rows);
    if (m_ui->messageView->model() == m_proxy) {
        const QLocale locale;
        text +=
            QLatin1Char(' ') +
            tr("%1 of %2 shown.").arg(locale.toString(m_proxy->rowCount()), locale.toString(rows));
    }
    m_ui->messageCountLabel->setText(text);
    m_filterBar->setCounts(m_proxy->rowCount(), rows, m_proxy->isFiltering());
}

void MessagesPanel::applyFilter()
{
    QString error;
    FilterCriteria criteria = m_filterBar->criteria(&error);
    if (!error.isEmpty())
        return; // the bar says what is wrong; the rows shown stay as they are
    if (m_hideStaleAction->isChecked())
        criteria.states &= quint8(~FilterCriteria::stateBit(MessageTableModel::State::Stale));
    m_proxy->setCriteria(criteria);
    const bool needed = !criteria.isEmpty() || m_proxy->sortColumn() >= 0;
    setViewModel(needed ? static_cast<QAbstractItemModel *>(m_proxy) : m_messages);
    updateMessageCount();
}

void MessagesPanel::closeFilter()
{
    m_filterBar->clear();
    m_filterBar->hide();
    m_ui->messageView->setFocus(Qt::ShortcutFocusReason);
}

void MessagesPanel::sortBy(int column)
{
    QHeaderView *header = m_ui->messageView->horizontalHeader();
    // A click sorts ascending, a second descending, a third goes back to the arrival order.
    int sortColumn = column;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (column == MessageTableModel::AckColumn) {
        sortColumn = m_proxy->sortColumn();
        order = m_proxy->sortOrder();
    } else if (column == m_proxy->sortColumn()) {
        if (m_proxy->sortOrder() == Qt::AscendingOrder)
            order = Qt::DescendingOrder;
        else
            sortColumn = -1;
    }
    m_proxy->sort(sortColumn, order);
    header->setSortIndicatorShown(sortColumn >= 0);
    if (sortColumn >= 0)
        header->setSortIndicator(sortColumn, order);
    applyFilter();
    // Sorted, the first rows are what was asked for (and the newest are anywhere): from the top.
    if (sortColumn >= 0)
        m_ui->messageView->scrollToTop();
}

void MessagesPanel::setViewModel(QAbstractItemModel *model)
{
    MessageTableView *view = m_ui->messageView;
    if (view->model() == model)
        return;
    // The current row and the selection stay (a selection of many rows only partly: the
    // first rows of it).
    constexpr int MaxKeptSelection = 10000;
    const int current = sourceRow(view->currentIndex());
    QList<int> selected = selectedRows();
    if (selected.size() > MaxKeptSelection)
        selected.resize(MaxKeptSelection);
    view->setMessageModel(model);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesPanel::updateActions, Qt::UniqueConnection);
    QItemSelection selection;
    for (int row : std::as_const(selected)) {
        const QModelIndex index = viewIndex(row);
        if (index.isValid())
            selection.select(index, index);
    }
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (const QModelIndex index = viewIndex(current); index.isValid()) {
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (!view->isFollowingNewest())
            view->scrollTo(index);
    }
    if (view->isFollowingNewest())
        view->scrollToBottom();
    updateActions();
}

void MessagesPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->messageView->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = sourceRow(index);
    QMenu menu(this);
    menu.addAction(tr("&Ack"), this, [this, row] { m_controller->ackRows({row}); })
        ->setEnabled(m_messages->isAckable(row));
    menu.addAction(m_ackUpToAction);
    menu.addActions(m_consumerCommands);
    menu.addSeparator();
    menu.addAction(m_filterAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(tr("Copy &value"), this, [this, row] {
        const KafkaMessage m = m_messages->message(row);
        // The whole value, never the table's preview of it.
        QGuiApplication::clipboard()->setText(PayloadFormat::isText(m.value)
                                                  ? QString::fromUtf8(m.value)
                                                  : QString::fromLatin1(m.value.toHex(' ')));
    });
    menu.addSeparator();
    menu.addActions(m_ui->messageView->rowMenuActions()); // send again, export
    menu.exec(m_ui->messageView->viewport()->mapToGlobal(pos));
}
