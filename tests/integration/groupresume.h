// GroupResume: what a consumer group must hold after safe-mode acknowledgements, and the check
// that a new member of the group starts exactly there. The committed position of a partition
// is its lowest offset not acknowledged (or one past its last message when all are).
#pragma once

#include "connectionconfig.h"
#include "kafkamessage.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

class GroupResume final
{
public:
    using Acked = QSet<QPair<qint32, qint64>>; // (partition, offset)

    // The position each partition of `delivered` may commit when `acked` are acknowledged.
    static QHash<qint32, qint64> safePositions(const QList<KafkaMessage> &delivered,
                                               const Acked &acked);
    // Compares the committed positions of config.groupId, read by a separate client as other
    // tools see them, with `positions`: empty string when equal, else the differences.
    static QString checkCommitted(const ConnectionConfig &config,
                                  const QHash<qint32, qint64> &positions);
    // Starts a new consumer in config.groupId and checks that it receives exactly the messages
    // of `delivered` at or after `positions`: nothing below a committed position comes back,
    // nothing at or above it (every message not acknowledged among them) is missing.
    static QString checkResume(const ConnectionConfig &config, const QList<KafkaMessage> &delivered,
                               const QHash<qint32, qint64> &positions);
};
