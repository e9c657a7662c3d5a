#include "slowproxy.h"

#include <QTcpSocket>

SlowProxy::SlowProxy(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &SlowProxy::accept);
    // Held bytes are released by a short tick rather than one timer per chunk, so that the
    // chunks of a direction always leave in the order they came.
    m_tick.setInterval(5);
    connect(&m_tick, &QTimer::timeout, this, &SlowProxy::release);
    m_tick.start();
}

SlowProxy::~SlowProxy()
{
    for (Link *link : std::as_const(m_links)) {
        link->up.from->disconnect(this);
        link->down.from->disconnect(this);
        delete link->up.from;
        delete link->down.from;
        delete link;
    }
}

bool SlowProxy::listen(const QHostAddress &address, quint16 port,
                       const QHostAddress &upstreamAddress, quint16 upstreamPort)
{
    m_upstreamAddress = upstreamAddress;
    m_upstreamPort = upstreamPort;
    return m_server.listen(address, port);
}

void SlowProxy::pause(int ms)
{
    m_pausedUntilMs = m_clock.elapsed() + ms;
}

void SlowProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        ++m_connections;
        auto *link = new Link;
        auto *upstream = new QTcpSocket;
        link->up.from = client;
        link->up.to = upstream;
        link->down.from = upstream;
        link->down.to = client;
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { read(link->up); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, link] { read(link->down); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, link] { close(link); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, link] { close(link); });
        // Bytes the client sends before the upstream connection is up wait in the queue.
        upstream->connectToHost(m_upstreamAddress, m_upstreamPort);
    }
}

void SlowProxy::read(Direction &direction)
{
    const QByteArray bytes = direction.from->readAll();
    if (!bytes.isEmpty())
        direction.queue.push_back({m_clock.elapsed() + m_delayMs, bytes});
}

void SlowProxy::release()
{
    const qint64 now = m_clock.elapsed();
    if (now < m_pausedUntilMs)
        return;
    for (Link *link : std::as_const(m_links)) {
        for (Direction *direction : {&link->up, &link->down}) {
            if (direction->to->state() != QAbstractSocket::ConnectedState)
                continue;
            while (!direction->queue.empty() && direction->queue.front().dueMs <= now) {
                direction->to->write(direction->queue.front().bytes);
                m_bytesForwarded += direction->queue.front().bytes.size();
                direction->queue.pop_front();
            }
        }
    }
}

void SlowProxy::close(Link *link)
{
    if (link->closing)
        return;
    link->closing = true;
    // One side went away: the other goes too, as it would with a real broker. Deleted later:
    // this runs inside one of the two sockets' signals.
    m_links.removeOne(link);
    link->up.from->disconnect(this);
    link->down.from->disconnect(this);
    link->up.from->abort();
    link->down.from->abort();
    link->up.from->deleteLater();
    link->down.from->deleteLater();
    delete link;
}
