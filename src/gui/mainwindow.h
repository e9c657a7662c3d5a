// MainWindow: the connection panel, topic list, compose box, live message table and log,
// bound to one KafkaSession. It only presents: the session does the Kafka work.
#pragma once

#include "connectionconfig.h"
#include "deliveryreport.h"
#include "kafkasession.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class MessageTableModel;
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

private:
    void toggleConnection();
    void onStateChanged(KafkaSession::State state, const QString &message);
    void onTopicsChanged(const QList<TopicInfo> &topics);
    void onWatchedTopicChanged(const QString &topic);
    void onTopicSelected();
    void onMessages(const KafkaMessageBatch &batch);
    void onDelivered(const DeliveryReport &report);
    void showError(const QString &message);
    void log(const QString &line);
    void updateMessageCount();
    void updateComposeEnabled();
    ConnectionConfig configFromPanel() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    KafkaSession m_session;
    MessageTableModel *m_messages;
    TopicListModel *m_topics;
    QLabel *m_clusterLabel;
    ConnectionConfig m_initial;
    quint64 m_pendingSend = 0;
    // Auto-scroll follows the newest row until the user scrolls up; it runs on a timer, not
    // per batch, so a flood of messages costs one scroll per tick.
    QTimer m_scrollTimer;
    bool m_followNewest = true;
};
