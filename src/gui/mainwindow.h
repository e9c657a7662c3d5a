// MainWindow: the connection panel, topic list, compose box, partition offsets, live message
// table and log, bound to one KafkaSession. It only presents: the session does the Kafka work.
#pragma once

#include "connectionconfig.h"
#include "consumeroptions.h"
#include "deliveryreport.h"
#include "kafkasession.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class AckButtonDelegate;
class MessageTableModel;
class PartitionOffsetsModel;
class TopicListModel;
namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConnectionConfig &initial, QWidget *parent = nullptr);
    ~MainWindow() override;

    KafkaSession *session() { return &m_session; }

public slots:
    // Connects with what the connection panel says (the sandbox, or the brokers typed in).
    void connectToCluster();
    void send();
    // Acknowledges the given rows of the message table (those that can be acked).
    void ackRows(const QList<int> &rows);

private:
    void setUpMessageTable();
    void setUpConsumerControls();
    void toggleConnection();
    void onStateChanged(KafkaSession::State state, const QString &message);
    void onTopicsChanged(const QList<TopicInfo> &topics);
    void onWatchedTopicChanged(const QString &topic);
    void onTopicSelected();
    void onMessages(const KafkaMessageBatch &batch);
    void onDelivered(const DeliveryReport &report);
    void onAcksApplied(const QList<AckTracker::AckOutcome> &outcomes);
    void onAssigned(const QList<qint32> &partitions, int generation);
    void onRevoked(const QList<qint32> &partitions, int generation);
    void onCommitsConfirmed(const MessagePositions &positions);
    void onConsumerOptionsChanged();
    void showMessageMenu(const QPoint &pos);
    void showOffsetsMenu(const QPoint &pos);
    void ackSelected();
    void showError(const QString &message);
    void log(const QString &line);
    void updateMessageCount();
    void updateControls();
    ConnectionConfig configFromPanel() const;
    ConsumerOptions consumerOptionsFromPanel() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    KafkaSession m_session;
    MessageTableModel *m_messages;
    PartitionOffsetsModel *m_offsets;
    TopicListModel *m_topics;
    AckButtonDelegate *m_ackDelegate;
    QLabel *m_clusterLabel;
    ConnectionConfig m_initial;
    quint64 m_pendingSend = 0;
    // Auto-scroll follows the newest row until the user scrolls up; it runs on a timer, not
    // per batch, so a flood of messages costs one scroll per tick.
    QTimer m_scrollTimer;
    bool m_followNewest = true;
};
