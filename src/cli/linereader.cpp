#include "linereader.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

LineReader::LineReader(int fd, qint64 maxLineBytes, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_maxLineBytes(maxLineBytes)
{}

void LineReader::start()
{
    struct stat info = {};
    if (fstat(m_fd, &info) == 0 && S_ISREG(info.st_mode)) {
        // poll() says a regular file is always readable: read it from a zero timer, one chunk
        // per turn of the event loop.
        m_timer = new QTimer(this);
        m_timer->setInterval(0);
        connect(m_timer, &QTimer::timeout, this, &LineReader::readChunk);
    } else {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::readChunk);
    }
    setActive(true);
}

void LineReader::setActive(bool active)
{
    active = active && !m_done && !m_paused;
    if (m_notifier)
        m_notifier->setEnabled(active);
    if (m_timer) {
        if (active)
            m_timer->start();
        else
            m_timer->stop();
    }
}

void LineReader::pause()
{
    m_paused = true;
    setActive(false);
}

void LineReader::resume()
{
    m_paused = false;
    setActive(true);
}

void LineReader::stop()
{
    m_done = true;
    setActive(false);
}

void LineReader::readChunk()
{
    if (m_done || m_paused)
        return;
    char buffer[ChunkBytes];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    QList<Line> lines;
    if (n > 0)
        take(buffer, n, &lines);
    else if (m_lineSize > 0)
        endLine(&lines); // the last line, with no newline
    if (!lines.isEmpty())
        emit linesRead(lines);
    if (n <= 0 && !m_done) {
        m_done = true;
        setActive(false);
        emit finished(n < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString());
    }
}

void LineReader::take(const char *data, qsizetype size, QList<Line> *lines)
{
    qsizetype start = 0;
    while (start < size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = found ? static_cast<const char *>(found) - data : size;
        const qsizetype length = end - start;
        // Keep one byte more than the limit: a "\r" ending a line of exactly the limit.
        if (m_lineSize + length <= m_maxLineBytes + 1)
            m_line.append(data + start, length);
        else
            m_line.clear();
        m_lineSize += length;
        if (length > 0)
            m_lastByte = data[end - 1];
        if (!found)
            break;
        endLine(lines);
        start = end + 1;
    }
}

void LineReader::endLine(QList<Line> *lines)
{
    Line line;
    line.number = ++m_lineNumber;
    line.size = m_lineSize;
    if (line.size > 0 && m_lastByte == '\r') {
        m_line.chop(1); // empty already when the line was too long
        --line.size;
    }
    line.tooLong = line.size > m_maxLineBytes;
    if (!line.tooLong)
        line.bytes = m_line;
    lines->append(line);
    m_line.clear();
    m_lineSize = 0;
    m_lastByte = 0;
}
