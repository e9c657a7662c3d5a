#include "portforwarder.h"

#include <QCoreApplication>
#include <QTcpSocket>

PortForwarder::PortForwarder(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PortForwarder::relay);
}

bool PortForwarder::listen(quint16 port, const QHostAddress &targetHost, quint16 targetPort,
                           QString *error)
{
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    if (m_server.listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = QCoreApplication::translate("PortForwarder",
                                             "Port %1 on 127.0.0.1 cannot be opened: %2")
                     .arg(port)
                     .arg(m_server.errorString());
    return false;
}

void PortForwarder::relay()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *target = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, target, [client, target] {
            if (target->state() == QAbstractSocket::ConnectedState)
                target->write(client->readAll());
        });
        connect(target, &QTcpSocket::readyRead, client,
                [client, target] { client->write(target->readAll()); });
        // Data from the client before the target connection is up is written once it is.
        connect(target, &QTcpSocket::connected, target,
                [client, target] { target->write(client->readAll()); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(target, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(target, &QTcpSocket::errorOccurred, client, &QTcpSocket::disconnectFromHost);
        target->connectToHost(m_targetHost, m_targetPort);
    }
}
