// MainWindow: the connection panel, topic list, compose box, partition offsets, live message
// table and log, bound to one KafkaSession. It only presents: the session does the Kafka work.
#pragma once

#include "bulksender.h"
#include "connectionconfig.h"
#include "consumeroptions.h"
#include "deliveryreport.h"
#include "kafkasession.h"
#include "profilestore.h"
#include "templatestore.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class HistoryModel;
class PasswordVault;
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

signals:
    // Once, right after the window's first frame was painted (start-up time measurements).
    void firstPainted();

public slots:
    // Connects with what the connection panel says (the sandbox, or the brokers typed in).
    void connectToCluster();
    void send();
    // Acknowledges the given rows of the message table (those that can be acked).
    void ackRows(const QList<int> &rows);

protected:
    bool event(QEvent *event) override;

private:
    void setUpMessageTable();
    void setUpConsumerControls();
    void setUpProfiles();
    void setUpTopics();
    void setUpCompose();
    void setUpBulk();
    void setUpHistory();
    // Connects with config once its password is known (keychain, or asked).
    void connectWith(const ConnectionConfig &config);
    void applyProfile(const QString &name);
    void saveProfile();
    void editSecurity();
    void createTopic();
    void onTopicCreated(const QString &name, const QString &error);
    void onProducerOptionsChanged();
    void updateJsonHint();
    void updatePartitionChoices();
    void startBulk();
    void startFileSend();
    void onBulkProgress(const BulkSender::Progress &progress);
    void onBulkFinished(const BulkSender::Progress &progress, bool cancelled);
    void sendRequest(const ProduceRequest &request);
    void showRequest(const ProduceRequest &request);
    // The compose box's record, for the watched topic.
    ProduceRequest composedRequest() const;
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
    BulkSender m_bulk;
    ProfileStore m_profiles;
    TemplateStore m_templates;
    PasswordVault *m_vault;
    HistoryModel *m_history;
    QSortFilterProxyModel *m_topicFilter;
    MessageTableModel *m_messages;
    PartitionOffsetsModel *m_offsets;
    TopicListModel *m_topics;
    QLabel *m_clusterLabel;
    // Everything about the connection the panel does not show (security, properties, and the
    // password, held in memory only).
    ConnectionConfig m_connection;
    quint64 m_pendingSend = 0;
    bool m_painted = false;
};
