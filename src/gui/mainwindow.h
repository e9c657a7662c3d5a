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

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

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

    // How long closing the window may wait for deliveries and the consumer's last commit
    // before it quits anyway (saying what it gave up on).
    static constexpr int ShutdownBoundMs = 2500;

signals:
    // Once, right after the window's first frame was painted (start-up time measurements).
    void firstPainted();

public slots:
    // Connects with what the connection panel says (the sandbox, or the brokers typed in).
    void connectToCluster();
    void send();
    // Acknowledges the given rows of the message table (those that can be acked).
    void ackRows(const QList<int> &rows);
    // Sends every record of a file (one value per line, or JSON Lines) to the watched topic, as
    // "Send a file…" does once a file is chosen.
    void sendFile(const QString &path);

protected:
    bool event(QEvent *event) override;
    // Closing asks first when a bulk send is running, then winds the session down without
    // blocking: the window closes once nothing is left or ShutdownBoundMs have passed.
    void closeEvent(QCloseEvent *event) override;

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
    // True when the user chose to stop the running bulk send and quit.
    bool askToStopBulk();
    void continueShutdown();
    void finishShutdown();
    // "Stopped: 41,200 of 100,000 delivered, 0 failed, 58,800 never sent." (and what had no
    // answer yet, when shutdown gave up waiting).
    static QString bulkSummary(const BulkSender::Progress &progress, bool running);
    // The compose box's value as bytes: the bytes a template or history row brought in, as long
    // as the text shown for them was not edited (a binary value shown as text is not its bytes).
    QByteArray composedValue() const;
    std::optional<QByteArray> composedKey() const;
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
    enum class Closing { No, WindingDown, Done };
    Closing m_closing = Closing::No;
    bool m_bulkStoppedToQuit = false;
    QTimer m_shutdownTicker;
    QElapsedTimer m_shutdownClock;
    // The bytes of a loaded value or key and the text shown for them (see composedValue()).
    QByteArray m_loadedValue;
    QString m_loadedValueText;
    QByteArray m_loadedKey;
    QString m_loadedKeyText;
};
