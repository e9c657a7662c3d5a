// LineReader: the lines of a file descriptor (standard input) as they arrive, read a chunk at a
// time from the event loop, so that the program sends the first lines while the rest are still
// being written, and signals (Ctrl+C) are served between chunks. Memory stays bounded: a line
// longer than maxLineBytes is not kept, only its size; pause() stops reading until resume()
// (the sender's back-pressure). A line ends at "\n"; a "\r" before it is dropped too. The last
// line needs no "\n".
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QSocketNotifier;
class QTimer;

class LineReader final : public QObject
{
    Q_OBJECT
public:
    struct Line
    {
        qint64 number = 0; // 1 for the first line
        QByteArray bytes;  // empty when tooLong
        qint64 size = 0;   // the line's length in bytes, without its end
        bool tooLong = false;
    };

    LineReader(int fd, qint64 maxLineBytes, QObject *parent = nullptr);

    void start();
    void pause();
    void resume();
    // Stops reading for good (finished() is not emitted).
    void stop();
    qint64 lineCount() const { return m_lineNumber; }

    static constexpr qsizetype ChunkBytes = 64 * 1024;

signals:
    void linesRead(const QList<LineReader::Line> &lines);
    // The end of the input; error is empty unless reading failed.
    void finished(const QString &error);

private:
    void readChunk();
    void take(const char *data, qsizetype size, QList<Line> *lines);
    void endLine(QList<Line> *lines);
    void setActive(bool active);

    int m_fd;
    qint64 m_maxLineBytes;
    QSocketNotifier *m_notifier = nullptr; // pipes, terminals, sockets
    QTimer *m_timer = nullptr;             // regular files: always readable
    QByteArray m_line;                     // the line being read
    qint64 m_lineSize = 0;
    char m_lastByte = 0; // of the line being read
    qint64 m_lineNumber = 0;
    bool m_paused = false;
    bool m_done = false;
};
