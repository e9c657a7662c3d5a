// SlowProxy: a TCP proxy in the test process that stands in for a slow or stalled broker. It
// forwards every connection it accepts to one upstream address, holding each chunk of bytes,
// in both directions, for a delay, and holding everything while it is paused (like a broker
// process stopped with SIGSTOP: connections are accepted, nothing answers).
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <deque>

class QTcpSocket;

class SlowProxy final : public QObject
{
    Q_OBJECT
public:
    explicit SlowProxy(QObject *parent = nullptr);
    ~SlowProxy() override;

    // Listens on address:port and forwards to upstreamAddress:upstreamPort.
    bool listen(const QHostAddress &address, quint16 port, const QHostAddress &upstreamAddress,
                quint16 upstreamPort);
    QString errorString() const { return m_server.errorString(); }

    // Every chunk read from either side waits this long before it is passed on.
    void setDelay(int ms) { m_delayMs = ms; }
    // Nothing is passed on for the next ms milliseconds (bytes that arrive meanwhile wait).
    void pause(int ms);

    int connections() const { return m_connections; }
    qint64 bytesForwarded() const { return m_bytesForwarded; }

private:
    struct Chunk
    {
        qint64 dueMs;
        QByteArray bytes;
    };
    struct Direction
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> queue;
    };
    struct Link
    {
        Direction up;   // client -> broker
        Direction down; // broker -> client
        bool closing = false;
    };

    void accept();
    void read(Direction &direction);
    void release();
    void close(Link *link);

    QTcpServer m_server;
    QHostAddress m_upstreamAddress;
    quint16 m_upstreamPort = 0;
    int m_delayMs = 0;
    qint64 m_pausedUntilMs = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QList<Link *> m_links;
    int m_connections = 0;
    qint64 m_bytesForwarded = 0;
};
