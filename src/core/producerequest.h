// ProduceRequest: one record to send, as the compose box, a template or a file describes it.
#pragma once

#include "kafkamessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct ProduceRequest
{
    QString topic = {};
    std::optional<QByteArray> key = {}; // std::nullopt: a null key (not the same as an empty one)
    QByteArray value = {};
    bool valueIsNull = false;        // a tombstone
    QList<KafkaHeader> headers = {}; // names may repeat
    int partition = -1;              // -1: the partitioner chooses
};
