// SendCommand: `topicdesk send`: sends the message (or each line of standard input) and prints
// where each one landed; a failure is a plain line on standard error and a non-zero exit.
#pragma once

#include "headlessarguments.h"
#include "producer.h"

#include <QHash>
#include <QObject>
#include <QTextStream>

class SendCommand final : public QObject
{
    Q_OBJECT
public:
    SendCommand(const HeadlessArguments &arguments, QTextStream &out, QTextStream &err,
                QObject *parent = nullptr);

    // Starts sending; finished() follows with the process's exit status.
    void start();

signals:
    void finished(int exitCode);

private:
    void onDelivered(const DeliveryReport &report);
    void fail(const QString &message);

    HeadlessArguments m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    Producer m_producer;
    QList<quint64> m_order;
    QHash<quint64, DeliveryReport> m_reports;
    qint64 m_printed = 0;
    bool m_anyFailed = false;
};
