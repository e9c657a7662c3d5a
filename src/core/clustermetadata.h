// ClusterMetadata: blocking metadata requests for use off the GUI thread (Qt Concurrent).
// Each call uses its own short-lived client, so it shares no state with the caller.
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"
#include "topicinfo.h"

class ClusterMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMetadata)

public:
    // Lists the cluster's topics with their partition counts. On failure the listing's error
    // says why in plain words.
    static TopicListing fetchTopics(const ConnectionConfig &config, int timeoutMs);
};
