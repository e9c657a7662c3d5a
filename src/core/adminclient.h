// AdminClient: blocking requests through Kafka's admin API (topics, group offsets), for use
// off the GUI thread. The sandbox has no admin API: never send these to it (its topics are
// created with SandboxBroker::createTopic).
#pragma once

#include "connectionconfig.h"

#include <QCoreApplication>
#include <QHash>

class AdminClient final
{
    Q_DECLARE_TR_FUNCTIONS(AdminClient)

public:
    struct GroupOffsets
    {
        QHash<qint32, qint64> committed; // partition -> committed position (only those with one)
        QString error;                   // empty on success
    };

    // Creates a topic; returns an empty string on success, else why not in plain words.
    static QString createTopic(const ConnectionConfig &config, const QString &name, int partitions,
                               int replicationFactor, int timeoutMs);
    // The committed positions of a consumer group for one topic, as the group coordinator
    // stores them in __consumer_offsets.
    static GroupOffsets committedOffsets(const ConnectionConfig &config, const QString &group,
                                         const QString &topic, int timeoutMs);
    // The ids of the consumer groups the cluster knows; *error is set on failure.
    static QStringList listGroups(const ConnectionConfig &config, int timeoutMs, QString *error);
};
