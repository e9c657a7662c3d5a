// SandboxCommand: `topicdesk sandbox`: runs the embedded sandbox broker in the foreground and
// prints its bootstrap address, so producers and consumers in other terminals can use it.
#pragma once

#include "headlessarguments.h"
#include "portforwarder.h"
#include "sandboxbroker.h"

#include <QObject>
#include <QTextStream>

class SandboxCommand final : public QObject
{
    Q_OBJECT
public:
    SandboxCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                   QObject *parent = nullptr);

    // False (after printing why) when the broker cannot start.
    bool start();

private:
    HeadlessArguments m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    SandboxBroker m_broker;
    PortForwarder m_forwarder;
};
