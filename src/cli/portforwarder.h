// PortForwarder: listens on a fixed port on 127.0.0.1 and relays each connection to another
// address. The sandbox broker picks its own port; this gives it the one the user asked for.
// Only the bootstrap connection goes through it: Kafka clients then connect to the address the
// broker advertises, which is also on loopback.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class PortForwarder final : public QObject
{
    Q_OBJECT
public:
    explicit PortForwarder(QObject *parent = nullptr);

    // False with *error set when the port cannot be opened.
    bool listen(quint16 port, const QHostAddress &targetHost, quint16 targetPort, QString *error);

private:
    void relay();

    QTcpServer m_server;
    QHostAddress m_targetHost;
    quint16 m_targetPort = 0;
};
