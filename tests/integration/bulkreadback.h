// BulkReadBack: reads back a topic filled by a BulkSender with key "k<i>" and value "record <i>"
// and checks that what it holds is exactly what the sender reported delivered: no record twice,
// none that does not belong, and as many as were delivered.
#pragma once

#include "connectionconfig.h"

#include <QString>

class BulkReadBack final
{
public:
    // The template of the records check() expects.
    static QString keyTemplate() { return QStringLiteral("k{{i}}"); }
    static QString valueTemplate() { return QStringLiteral("record {{i}}"); }

    // Empty when config.topic holds `delivered` records, plus at most `maybeStored` more (sends
    // whose delivery is unknown), each i in [0, total) at most once with the value that belongs
    // to its key; else the first problem found. total: how many records (the first ones) could
    // have reached a broker.
    static QString check(const ConnectionConfig &config, int partitions, qint64 total,
                         qint64 delivered, qint64 maybeStored = 0);
};
