// TopicAdmin: blocking topic administration through Kafka's admin API, for use off the GUI
// thread. The sandbox has no admin API: use SandboxBroker::createTopic there.
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"

class TopicAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(TopicAdmin)

public:
    // Creates a topic; returns an empty string on success, else why not in plain words.
    static QString createTopic(const ConnectionConfig &config, const QString &name, int partitions,
                               int replicationFactor, int timeoutMs);
};
