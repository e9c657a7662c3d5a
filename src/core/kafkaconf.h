// KafkaConf: builds librdkafka configurations from a ConnectionConfig, one place for the
// properties every TopicDesk client shares and the ones only producers or consumers need.
#pragma once

#include <QCoreApplication>

#include "connectionconfig.h"

#include <librdkafka/rdkafkacpp.h>

#include <memory>

class KafkaConf final
{
    Q_DECLARE_TR_FUNCTIONS(KafkaConf)

public:
    enum class Role { Producer, Consumer, Metadata };

    // Every client logs through TopicDesk (see LogSink), not to standard error. Returns
    // nullptr and sets *error (plain words, librdkafka's reason included) when a
    // property is refused.
    static std::unique_ptr<RdKafka::Conf> create(const ConnectionConfig &config, Role role,
                                                 QString *error);

    // Writes a librdkafka log or error event to TopicDesk's librdkafka logging category;
    // for clients that install an event callback of their own.
    static void logEvent(RdKafka::Event &event);

    // Sets one property; false with *error set when librdkafka refuses it.
    static bool set(RdKafka::Conf &conf, const std::string &name, const std::string &value,
                    QString *error);
};
