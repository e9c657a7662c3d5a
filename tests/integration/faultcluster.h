// FaultCluster: the restartable Kafka nodes of the fault tests (tests/broker/cluster.sh), as
// their CTest fixture announces them (TOPICDESK_FAULT_CLUSTER, set by 'cluster.sh env'): stop a
// node, start it again on its ports and data, pause and resume it, and ask which node leads a
// partition. Never the shared fixture brokers that other tests use at the same time.
#pragma once

#include "connectionconfig.h"

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class FaultCluster final
{
public:
    enum class Stop {
        Terminate, // SIGTERM: a controlled shutdown, the node hands its partitions over first
        Kill,      // SIGKILL: a crash, the others notice it is gone
    };

    FaultCluster();
    ~FaultCluster();

    // Why the cluster cannot be used (the test was not started through its fixture), or empty.
    QString unavailableReason() const;

    // Each waits until cluster.sh is done: an empty string on success, else what it printed.
    // stopNode: returns once the process is gone (its data stays).
    QString stopNode(int node, Stop how = Stop::Terminate);
    // Starts the node again on the same ports and data; returns once it serves clients.
    QString startNode(int node);
    // SIGSTOP and SIGCONT: a node that is there but does not answer.
    QString pauseNode(int node);
    QString resumeNode(int node);
    // Resumes paused nodes and starts stopped ones again, so the next test finds every node.
    QString restore();

    // The same commands without waiting, so the caller's event loop (and the test's producer
    // and consumer) keep running meanwhile. One at a time.
    void stopNodeInBackground(int node, Stop how = Stop::Terminate);
    void startNodeInBackground(int node);
    bool backgroundRunning() const;
    // Waits (running the event loop) until the background command is done; its result as above.
    QString waitForBackground(int timeoutMs);

    // The node id (1..3) that leads the partition according to the cluster's metadata, or -1
    // with *error set.
    static int leaderOf(const ConnectionConfig &config, const QString &topic, qint32 partition,
                        QString *error);
    // How many records each partition of the topic holds (high minus low watermark).
    static QHash<qint32, qint64> recordCounts(const ConnectionConfig &config, const QString &topic,
                                              int partitions, QString *error);

private:
    static QString stopCommand(Stop how);
    QString run(const QStringList &arguments, int timeoutMs);
    static QString outcome(QProcess &process, const QStringList &arguments);

    QString m_script;
    QString m_workdir;
    std::unique_ptr<QProcess> m_background;
    QStringList m_backgroundArguments;
};
