#include "topicoffsetsdialog.h"

#include "statuscolours.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace {
constexpr int RequestTimeoutMs = 10000;

// "1, 2, 3": broker ids as a list.
QString brokerList(const QList<qint32> &ids)
{
    QStringList texts;
    for (const qint32 id : ids)
        texts << QString::number(id);
    return texts.join(QStringLiteral(", "));
}
} // namespace

TopicOffsetsDialog::TopicOffsetsDialog(const ConnectionConfig &config, const QString &topic,
                                       QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_topic(topic)
    , m_statusLabel(new QLabel(this))
    , m_clusterLabel(new QLabel(this))
    , m_topicIdLabel(new QLabel(this))
    , m_newestLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_refreshButton(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("topicOffsetsDialog"));
    m_statusLabel->setObjectName(QStringLiteral("topicOffsetsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_clusterLabel, m_topicIdLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setVisible(false);
    }
    m_clusterLabel->setObjectName(QStringLiteral("topicOffsetsClusterLabel"));
    m_topicIdLabel->setObjectName(QStringLiteral("topicOffsetsTopicIdLabel"));
    m_newestLabel->setObjectName(QStringLiteral("topicOffsetsNewestLabel"));
    m_newestLabel->setWordWrap(true);
    m_newestLabel->setVisible(false);
    m_view->setObjectName(QStringLiteral("topicOffsetsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_refreshButton->setObjectName(QStringLiteral("topicOffsetsRefreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &TopicOffsetsDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<TopicOffsetsListing>::finished, this,
            &TopicOffsetsDialog::onFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_clusterLabel);
    layout->addWidget(m_topicIdLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_newestLabel);
    layout->addWidget(m_buttons);
    resize(880, 380);
    retranslate();
    refresh();
}

void TopicOffsetsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showListing(); // the in-sync marks in colours for the new palette
}

void TopicOffsetsDialog::retranslate()
{
    setWindowTitle(tr("Partition offsets of %1").arg(m_topic));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Ask the cluster for the offsets again"));
    m_model->setHorizontalHeaderLabels({tr("Partition"), tr("Oldest offset"), tr("Next offset"),
                                        tr("Messages"), tr("Newest message"),
                                        tr("Newest message time"), tr("Leader"), tr("Replicas"),
                                        tr("In sync")});
    m_model->horizontalHeaderItem(NewestOffsetColumn)
        ->setToolTip(tr("The offset of the message with the largest timestamp"));
    m_model->horizontalHeaderItem(LeaderColumn)
        ->setToolTip(tr("The broker that takes the writes and reads of this partition now"));
    m_model->horizontalHeaderItem(ReplicasColumn)
        ->setToolTip(tr("The brokers that keep a copy of this partition, the preferred leader "
                        "first"));
    m_model->horizontalHeaderItem(InSyncColumn)
        ->setToolTip(tr("The copies that are up to date with the leader. Marked when some "
                        "broker is behind or down: its copy is missing the newest messages"));
    showListing();
}

void TopicOffsetsDialog::refresh()
{
    if (m_asking)
        return;
    m_asking = true;
    m_refreshButton->setEnabled(false);
    showListing();
    m_watcher.setFuture(
        QtConcurrent::run(&TopicOffsets::fetch, m_config, m_topic, RequestTimeoutMs));
}

void TopicOffsetsDialog::onFinished()
{
    m_listing = m_watcher.result();
    m_asking = false;
    m_refreshButton->setEnabled(true);
    showListing();
    emit loaded();
}

void TopicOffsetsDialog::setListing(const TopicOffsetsListing &listing)
{
    m_listing = listing;
    showListing();
}

void TopicOffsetsDialog::showListing()
{
    if (m_asking)
        m_statusLabel->setText(tr("Asking the cluster about \"%1\"…").arg(m_topic));
    else if (!m_listing.error.isEmpty())
        m_statusLabel->setText(
            tr("The offsets of \"%1\" could not be read: %2").arg(m_topic, m_listing.error));
    else
        m_statusLabel->setText(
            tr("\"%1\" has %n partition(s).", nullptr, int(m_listing.partitions.size()))
                .arg(m_topic));
    const bool answered = !m_asking && m_listing.error.isEmpty();
    QStringList cluster;
    if (!m_listing.clusterId.isEmpty())
        cluster << tr("Cluster id: %1").arg(m_listing.clusterId);
    if (m_listing.controllerId >= 0)
        cluster << tr("controller: broker %1").arg(m_listing.controllerId);
    m_clusterLabel->setVisible(answered && !cluster.isEmpty());
    m_clusterLabel->setText(cluster.join(QStringLiteral(" · ")));
    if (!m_listing.topicId.isEmpty())
        m_topicIdLabel->setText(tr("Topic id: %1").arg(m_listing.topicId));
    else
        m_topicIdLabel->setText(
            tr("The topic id is not shown: %1.").arg(m_listing.topicIdUnavailable));
    m_topicIdLabel->setVisible(
        answered && (!m_listing.topicId.isEmpty() || !m_listing.topicIdUnavailable.isEmpty()));
    m_newestLabel->setVisible(answered && !m_listing.newestKnown);
    m_newestLabel->setText(tr("The newest message of each partition is not shown: %1.")
                               .arg(m_listing.newestUnavailable));
    m_view->setColumnHidden(NewestOffsetColumn, answered && !m_listing.newestKnown);
    m_view->setColumnHidden(NewestTimeColumn, answered && !m_listing.newestKnown);

    const auto number = [](qint64 value) {
        auto *item = new QStandardItem(value < 0 ? QString() : QString::number(value));
        item->setData(value, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    m_model->setRowCount(0);
    if (!m_listing.error.isEmpty())
        return;
    for (const PartitionEnds &ends : std::as_const(m_listing.partitions)) {
        QList<QStandardItem *> row;
        row << number(ends.partition) << number(ends.earliest) << number(ends.next)
            << number(ends.messageCount());
        if (m_listing.newestKnown && ends.newestOffset >= 0) {
            row << number(ends.newestOffset)
                << new QStandardItem(QDateTime::fromMSecsSinceEpoch(ends.newestTimestampMs)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        } else {
            const QString none = m_listing.newestKnown ? tr("empty") : QString();
            row << new QStandardItem(none) << new QStandardItem(none);
        }
        row << number(ends.leader) << new QStandardItem(brokerList(ends.replicas));
        if (ends.leader < 0) {
            row.at(LeaderColumn)->setText(tr("none"));
            row.at(LeaderColumn)
                ->setToolTip(tr("No broker leads this partition now: it can be neither written "
                                "nor read until one does"));
            row.at(LeaderColumn)
                ->setForeground(StatusColours::colour(StatusColours::Role::Error, palette()));
        }
        auto *inSync = new QStandardItem(brokerList(ends.inSync));
        inSync->setData(ends.underReplicated(), Qt::UserRole);
        if (ends.underReplicated()) {
            QList<qint32> missing;
            for (const qint32 id : ends.replicas)
                if (!ends.inSync.contains(id))
                    missing << id;
            inSync->setText(
                tr("%1 (not in sync: %2)").arg(brokerList(ends.inSync), brokerList(missing)));
            inSync->setToolTip(tr("Only %1 of the %2 copies are up to date with the leader. "
                                  "Behind or down (broker ids): %3")
                                   .arg(ends.inSync.size())
                                   .arg(ends.replicas.size())
                                   .arg(brokerList(missing)));
            inSync->setForeground(StatusColours::colour(StatusColours::Role::Warning, palette()));
            QFont bold = inSync->font();
            bold.setBold(true);
            inSync->setFont(bold);
        }
        row << inSync;
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
}
