// MessagePosition: a partition and an offset in the topic being watched: which message, or
// (for commits) the position "everything before this offset is done".
#pragma once

#include <QList>
#include <QMetaType>

struct MessagePosition
{
    qint32 partition = -1;
    qint64 offset = -1;

    friend bool operator==(const MessagePosition &, const MessagePosition &) = default;
};

using MessagePositions = QList<MessagePosition>;

Q_DECLARE_METATYPE(MessagePosition)
