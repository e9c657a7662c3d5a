#include "offsetspanel.h"
#include "ui_offsetspanel.h"

#include "findbykeydialog.h"
#include "kafkasession.h"
#include "offsetbarswidget.h"
#include "partitionoffsetsmodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>

namespace {
// The row height: one line of text plus room for the selection frame.
constexpr int RowPadding = 6;
// How far back the read-from-time dialog proposes to start: recent enough to be useful.
constexpr int ProposedSecondsBack = 300;
} // namespace

OffsetsPanel::OffsetsPanel(KafkaSession *session, PartitionOffsetsModel *offsets, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OffsetsPanel>())
    , m_session(session)
    , m_offsets(offsets)
    , m_readFromOffsetAction(new QAction(this))
    , m_readFromTimeAction(new QAction(this))
    , m_findByKeyAction(new QAction(this))
    , m_stopFindingAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->offsetsView->setModel(m_offsets);
    // The offset bars above the table, in a splitter: the bars read from the back of a room,
    // the table keeps the exact numbers and the context menu, and both stay in sight while a
    // teacher acks rows; dragging the handle gives either more room.
    auto *barsArea = new QScrollArea(this);
    barsArea->setObjectName(QStringLiteral("offsetBarsArea"));
    barsArea->setFrameShape(QFrame::NoFrame);
    barsArea->setWidgetResizable(true);
    barsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *bars = new OffsetBarsWidget(m_offsets, barsArea);
    barsArea->setWidget(bars);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("offsetsSplitter"));
    delete m_ui->offsetsLayout->replaceWidget(m_ui->offsetsView, splitter);
    splitter->addWidget(barsArea);
    splitter->addWidget(m_ui->offsetsView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(1, false);
    // Where the bars with their labels do not fit, a line each: at the default window size the
    // bars of three partitions show whole above the table's header and first row.
    bars->fitTo(barsArea);
    // Columns sized to their headers and numbers; the panel's minimum width shows them all.
    QHeaderView *header = m_ui->offsetsView->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PartitionOffsetsModel::LagColumn, QHeaderView::Stretch);
    m_ui->offsetsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + RowPadding);
    // The table at its least shows its header and one row; the bars take the rest.
    const int tableHeight = header->sizeHint().height() +
                            m_ui->offsetsView->verticalHeader()->defaultSectionSize() +
                            2 * m_ui->offsetsView->frameWidth();
    m_ui->offsetsView->setMinimumHeight(tableHeight);
    splitter->setSizes({barsArea->widget()->sizeHint().height(), tableHeight});
    connect(m_ui->offsetsView, &QWidget::customContextMenuRequested, this, &OffsetsPanel::showMenu);

    m_readFromOffsetAction->setObjectName(QStringLiteral("readFromOffsetAction"));
    m_readFromTimeAction->setObjectName(QStringLiteral("readFromTimeAction"));
    connect(m_readFromOffsetAction, &QAction::triggered, this, &OffsetsPanel::readFromOffset);
    connect(m_readFromTimeAction, &QAction::triggered, this, &OffsetsPanel::readFromTime);
    addAction(m_readFromOffsetAction);
    addAction(m_readFromTimeAction);
    m_findByKeyAction->setObjectName(QStringLiteral("findByKeyAction"));
    m_findByKeyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_stopFindingAction->setObjectName(QStringLiteral("stopFindingKeyAction"));
    connect(m_findByKeyAction, &QAction::triggered, this, &OffsetsPanel::findByKey);
    connect(m_stopFindingAction, &QAction::triggered, m_session, &KafkaSession::stopFindingKey);
    addAction(m_findByKeyAction);
    addAction(m_stopFindingAction);
    connect(m_session, &KafkaSession::keySearchChanged, this, [this](bool finding) {
        if (!finding && m_findingPartition >= 0)
            emit logLine(
                tr("Stopped finding key \"%1\": reading the topic as before.").arg(m_findingKey));
        if (!finding)
            m_findingPartition = -1;
        updateActions();
    });
    connect(m_session, &KafkaSession::stateChanged, this, &OffsetsPanel::updateActions);

    connect(m_offsets, &QAbstractItemModel::modelReset, this, &OffsetsPanel::updateActions);
    connect(m_session, &KafkaSession::consumerStarted, this, &OffsetsPanel::updateActions);
    connect(m_session, &KafkaSession::consumerStopped, this, &OffsetsPanel::updateActions);
    connect(m_session, &KafkaSession::watchedTopicChanged, this, &OffsetsPanel::updateActions);
    retranslate();
}

OffsetsPanel::~OffsetsPanel() = default;

void OffsetsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void OffsetsPanel::retranslate()
{
    m_readFromOffsetAction->setText(tr("Read again from &offset…"));
    m_readFromOffsetAction->setToolTip(
        tr("Read the selected partition again from an offset (the group's commits stay as they "
           "are until you ack)"));
    m_readFromTimeAction->setText(tr("Read again from a &time…"));
    m_readFromTimeAction->setToolTip(
        tr("Read every partition again from the first message at or after a time"));
    m_findByKeyAction->setText(tr("Find by &key…"));
    m_findByKeyAction->setToolTip(
        tr("Show only one key's messages: read just the partition the key is in, without a "
           "consumer group"));
    m_stopFindingAction->setText(tr("Stop &finding by key"));
    m_stopFindingAction->setToolTip(tr("Read the topic as before finding by key"));
    updateActions(); // the hint line
}

void OffsetsPanel::updateActions()
{
    const bool partitions = m_session->isConsuming() && m_offsets->rowCount() > 0;
    m_readFromOffsetAction->setEnabled(partitions);
    m_readFromTimeAction->setEnabled(partitions);
    m_findByKeyAction->setEnabled(m_session->state() == KafkaSession::State::Connected &&
                                  !m_session->watchedTopic().isEmpty());
    m_stopFindingAction->setEnabled(m_session->isFindingKey());
    QString hint;
    if (m_session->isFindingKey() && m_findingPartition >= 0)
        hint = tr("Finding key \"%1\": only partition %2 is read, and only this key's messages "
                  "are shown. Stop finding by key to read the topic as before.")
                   .arg(m_findingKey)
                   .arg(m_findingPartition);
    else if (m_session->watchedTopic().isEmpty())
        hint = tr("Nothing is read yet: choose a topic.");
    else if (!m_session->isConsuming())
        hint = tr("The consumer is stopped.");
    else if (m_offsets->rowCount() == 0)
        hint = tr("Waiting for partitions…");
    m_ui->offsetsHintLabel->setText(hint);
    m_ui->offsetsHintLabel->setVisible(!hint.isEmpty());
}

qint32 OffsetsPanel::chosenPartition() const
{
    const QModelIndex current = m_ui->offsetsView->currentIndex();
    return m_offsets->partitionAt(current.isValid() ? current.row() : 0);
}

void OffsetsPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->offsetsView->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->offsetsView->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_readFromOffsetAction);
    menu.addAction(m_readFromTimeAction);
    menu.addSeparator();
    menu.addAction(m_findByKeyAction);
    menu.addAction(m_stopFindingAction);
    menu.exec(m_ui->offsetsView->viewport()->mapToGlobal(pos));
}

void OffsetsPanel::readFromOffset()
{
    const qint32 partition = chosenPartition();
    if (partition < 0)
        return;
    qint64 low = 0;
    qint64 high = -1;
    for (const PartitionOffsets &o : m_offsets->offsets()) {
        if (o.partition == partition) {
            low = std::max<qint64>(o.logStart, 0);
            high = o.highWatermark;
        }
    }
    const QLocale locale;
    // The high watermark itself is a valid place to wait for the next message.
    const QString range = high >= 0
                              ? tr("from %1 to %2").arg(locale.toString(low), locale.toString(high))
                              : tr("0 or more");
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Read from offset"),
        tr("Offset to read partition %1 from (%2):").arg(partition).arg(range), QLineEdit::Normal,
        QString::number(low), &ok);
    if (!ok)
        return;
    const QString trimmed = text.trimmed();
    const qint64 offset = trimmed.toLongLong(&ok);
    if (!ok || offset < 0 || (high >= 0 && (offset < low || offset > high))) {
        emit errorOccurred(tr("\"%1\" is not an offset of partition %2: enter a whole number %3.")
                               .arg(trimmed)
                               .arg(partition)
                               .arg(range));
        return;
    }
    emit errorCleared();
    emit logLine(tr("Reading partition %1 again from offset %2.").arg(partition).arg(offset));
    m_session->seekToOffset(partition, offset);
}

void OffsetsPanel::readFromTime()
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Read from a time"), tr("Read every partition from (%1, local time):").arg(format),
        QLineEdit::Normal,
        QDateTime::currentDateTime().addSecs(-ProposedSecondsBack).toString(format), &ok);
    if (!ok)
        return;
    const QDateTime time = QDateTime::fromString(text.trimmed(), format);
    if (!time.isValid()) {
        emit errorOccurred(tr("\"%1\" is not a time like %2.").arg(text.trimmed(), format));
        return;
    }
    emit errorCleared();
    emit logLine(tr("Reading every partition again from %1.").arg(time.toString(format)));
    m_session->seekToTimestamp(-1, time.toMSecsSinceEpoch());
}

void OffsetsPanel::findByKey()
{
    const QString topic = m_session->watchedTopic();
    if (topic.isEmpty())
        return;
    int partitionCount = 0;
    for (const TopicInfo &t : m_session->topics()) {
        if (t.name == topic)
            partitionCount = t.partitionCount;
    }
    auto *dialog = new FindByKeyDialog(topic, partitionCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, topic] {
        // The topic may have changed while the dialog was open: its partition is this one's.
        if (m_session->watchedTopic() != topic || dialog->partition() < 0)
            return;
        startFinding(dialog->partition(), dialog->key(), dialog->keyDisplay(),
                     Partitioner::name(dialog->partitioner()), dialog->startTimestampMs());
    });
    dialog->open();
}

void OffsetsPanel::startFinding(qint32 partition, const QByteArray &key, const QString &keyDisplay,
                                const QString &partitioner, qint64 startTimestampMs)
{
    emit errorCleared();
    m_findingKey = keyDisplay;
    m_findingPartition = partition;
    const QString from =
        startTimestampMs < 0
            ? tr("from the beginning")
            : tr("from %1").arg(QDateTime::fromMSecsSinceEpoch(startTimestampMs)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    emit logLine(tr("Finding key \"%1\" (%2): reading only partition %3 of \"%4\" %5, without "
                    "a consumer group; messages with other keys are skipped.")
                     .arg(keyDisplay, partitioner)
                     .arg(partition)
                     .arg(m_session->watchedTopic(), from));
    m_session->findKey(partition, key, startTimestampMs);
    updateActions();
}
