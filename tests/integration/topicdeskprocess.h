// TopicDeskProcess: the topicdesk executable run as a separate process, as scripts and the
// two-terminal walk-through run it, for the tests of its headless commands.
#pragma once

#include "connectionconfig.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace TopicDeskProcess {
struct Result
{
    int exitCode = -1; // -1: it crashed, or did not finish in time (then it was killed)
    QByteArray out;
    QByteArray err;
};

// Runs program with arguments in environment to completion, input written to its standard
// input (then closed); kills it after timeoutMs.
Result run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
           int timeoutMs = 60000,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
// --brokers and --topic for config.
QStringList brokerArgs(const ConnectionConfig &config);
} // namespace TopicDeskProcess
