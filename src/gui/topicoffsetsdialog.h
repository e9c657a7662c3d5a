// TopicOffsetsDialog: the partitions of one topic as the cluster has them now: the oldest
// offset, the next offset to be written, how many messages that makes, and (with librdkafka 2.3
// or later) the offset and time of each partition's newest message. Asked off the GUI thread
// (TopicOffsets::fetch); Refresh asks again. Built with an older librdkafka, a line says why
// the newest messages are not shown. Each partition's leader, replicas and in-sync replicas are
// columns too, the in-sync cell marked (warning colour, bold, the missing brokers named) when a
// replica is not in sync. Lines above the table give the cluster's id and controller and the
// topic's id (librdkafka 2.3 or later; built with an older one, the line says why not).
#pragma once

#include "connectionconfig.h"
#include "topicoffsets.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

class TopicOffsetsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        EarliestColumn,
        NextColumn,
        MessagesColumn,
        NewestOffsetColumn,
        NewestTimeColumn,
        LeaderColumn,
        ReplicasColumn,
        InSyncColumn,
        ColumnCount
    };

    // Asks at once; config is the session's effective configuration.
    TopicOffsetsDialog(const ConnectionConfig &config, const QString &topic,
                       QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    // Asks the cluster again (the Refresh button).
    void refresh();
    // The last answer (empty partitions and no error before the first).
    const TopicOffsetsListing &listing() const { return m_listing; }
    // Shows listing as if the cluster had answered it (no loaded() signal): how a state that a
    // test cluster cannot make (a replica out of sync) looks.
    void setListing(const TopicOffsetsListing &listing);

signals:
    // The answer arrived and is shown (or its error is).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished();
    void showListing();
    void retranslate();

    ConnectionConfig m_config;
    QString m_topic;
    TopicOffsetsListing m_listing;
    bool m_asking = false;
    QFutureWatcher<TopicOffsetsListing> m_watcher;
    QLabel *m_statusLabel;
    QLabel *m_clusterLabel;
    QLabel *m_topicIdLabel;
    QLabel *m_newestLabel;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QDialogButtonBox *m_buttons;
    QPushButton *m_refreshButton;
};
