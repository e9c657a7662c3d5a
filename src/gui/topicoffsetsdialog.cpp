#include "topicoffsetsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace {
constexpr int RequestTimeoutMs = 10000;
}

TopicOffsetsDialog::TopicOffsetsDialog(const ConnectionConfig &config, const QString &topic,
                                       QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_topic(topic)
    , m_statusLabel(new QLabel(this))
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
    layout->addWidget(m_view, 1);
    layout->addWidget(m_newestLabel);
    layout->addWidget(m_buttons);
    resize(720, 360);
    retranslate();
    refresh();
}

void TopicOffsetsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TopicOffsetsDialog::retranslate()
{
    setWindowTitle(tr("Partition offsets of %1").arg(m_topic));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Ask the cluster for the offsets again"));
    m_model->setHorizontalHeaderLabels({tr("Partition"), tr("Oldest offset"), tr("Next offset"),
                                        tr("Messages"), tr("Newest message"),
                                        tr("Newest message time")});
    m_model->horizontalHeaderItem(NewestOffsetColumn)
        ->setToolTip(tr("The offset of the message with the largest timestamp"));
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
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
}
