// TopicsPanel: the cluster's topics with their partition counts, a filter, and the commands
// that refresh the list and create a topic. Choosing a topic watches it (the consumer reads it
// and the compose box sends to it). The last topic chosen on a cluster is remembered: when the
// same cluster is connected again and nothing is watched, it is watched again once listed.
#pragma once

#include <QWidget>

#include <memory>

class KafkaSession;
class QAction;
class QSortFilterProxyModel;
class SandboxBrokersView;
class TopicListModel;
namespace Ui {
class TopicsPanel;
}

class TopicsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TopicsPanel(KafkaSession *session, QWidget *parent = nullptr);
    ~TopicsPanel() override;

    // "&Refresh topics" (F5): asks the cluster for its topics again; enabled when connected.
    QAction *refreshAction() const { return m_refreshAction; }
    // "&Create topic…": asks for a name (not one that exists), partitions and replicas, creates
    // the topic and watches it; enabled when connected.
    QAction *createTopicAction() const { return m_createTopicAction; }
    // "Partition &offsets…": the watched topic's partitions with their oldest and next
    // offsets and newest messages (TopicOffsetsDialog); enabled when connected and watching.
    QAction *topicOffsetsAction() const { return m_topicOffsetsAction; }
    // The three-broker Sandbox's brokers under the topic list, with their Stop/Start commands.
    SandboxBrokersView *sandboxBrokers() const { return m_sandboxBrokers; }

    // The QSettings key under which the last topic chosen on a cluster is kept: cluster is
    // "sandbox" or its bootstrap servers.
    static QString lastTopicKey(const QString &cluster);
    // The cluster the session is connected to, as lastTopicKey() takes it.
    QString currentCluster() const;

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    void errorCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The actions' texts and the hint line, at the start and again after a language change.
    void retranslate();
    void createTopic();
    void showTopicOffsets();
    void onTopicCreated(const QString &name, const QString &error);
    void applyFilter(const QString &text);
    void onTopicsChanged();
    void onWatchedTopicChanged(const QString &topic);
    void onTopicSelected();
    void onStateChanged();
    void rememberTopic(const QString &topic);
    // Watches the topic remembered for this cluster, once connected, listed and nothing else
    // is watched. Runs queued: never inside the session's own signals.
    void restoreTopic();
    void updateActions();

    std::unique_ptr<Ui::TopicsPanel> m_ui;
    KafkaSession *m_session;
    TopicListModel *m_topics;
    QSortFilterProxyModel *m_filter;
    QAction *m_refreshAction;
    QAction *m_createTopicAction;
    QAction *m_topicOffsetsAction;
    SandboxBrokersView *m_sandboxBrokers;
    // Set for each new connection, until the remembered topic is watched, another is chosen,
    // or the connection ends.
    bool m_restorePending = false;
};
