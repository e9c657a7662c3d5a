// Standard input as lines, as it arrives: through a pipe in pieces cut anywhere (inside a line,
// between "\r" and "\n"), from a regular file, with a line longer than the limit (only its
// size kept), the last line without a newline, and pause/resume holding lines back.
#include "linereader.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <unistd.h>

Q_DECLARE_METATYPE(QList<LineReader::Line>)

namespace {
struct Collected
{
    QList<LineReader::Line> lines;
    bool finished = false;
    QString error;
};

void collect(LineReader &reader, Collected &into)
{
    QObject::connect(&reader, &LineReader::linesRead, &reader,
                     [&into](const QList<LineReader::Line> &lines) { into.lines += lines; });
    QObject::connect(&reader, &LineReader::finished, &reader, [&into](const QString &error) {
        into.finished = true;
        into.error = error;
    });
}
} // namespace

class TestLineReader final : public QObject
{
    Q_OBJECT
private slots:
    void pipeInPieces_data();
    void pipeInPieces();
    void regularFile();
    void pauseHoldsLinesBack();
};

void TestLineReader::pipeInPieces_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<QList<QByteArray>>("lines"); // "!N": too long, N bytes
    using L = QList<QByteArray>;
    QTest::newRow("whole lines") << L{"a\nbb\n"} << L{"a", "bb"};
    QTest::newRow("cut inside a line") << L{"hel", "lo\nwor", "ld\n"} << L{"hello", "world"};
    QTest::newRow("CRLF cut between CR and LF") << L{"one\r", "\ntwo\r\n"} << L{"one", "two"};
    QTest::newRow("last line without a newline") << L{"a\nb"} << L{"a", "b"};
    QTest::newRow("empty lines") << L{"\n\nx\n"} << L{"", "", "x"};
    QTest::newRow("a CR inside a line stays") << L{"a\rb\n"} << L{"a\rb"};
    QTest::newRow("NUL bytes") << L{QByteArray("a\0b\n", 4)} << L{QByteArray("a\0b", 3)};
    QTest::newRow("exactly the limit (16)")
        << L{QByteArray(16, 'x') + "\r\n"} << L{QByteArray(16, 'x')};
    QTest::newRow("one past the limit") << L{QByteArray(17, 'x') + "\nok\n"} << L{"!17", "ok"};
    QTest::newRow("far past the limit, in pieces")
        << L{"before\n" + QByteArray(10, 'y'), QByteArray(100, 'y'), QByteArray(100, 'y') + "\r",
             "\nafter"}
        << L{"before", "!210", "after"};
    QTest::newRow("nothing") << L{} << L{};
}

void TestLineReader::pipeInPieces()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(QList<QByteArray>, lines);
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    LineReader reader(fds[0], 16);
    Collected got;
    collect(reader, got);
    reader.start();
    for (const QByteArray &piece : pieces) {
        QCOMPARE(::write(fds[1], piece.constData(), size_t(piece.size())), ssize_t(piece.size()));
        const qsizetype before = got.lines.size();
        // Each piece is taken when it arrives, not at the end of the input.
        if (piece.contains('\n'))
            QTRY_VERIFY(got.lines.size() > before);
    }
    ::close(fds[1]);
    QTRY_VERIFY(got.finished);
    ::close(fds[0]);
    QVERIFY(got.error.isEmpty());
    QCOMPARE(got.lines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineReader::Line &line = got.lines.at(i);
        QCOMPARE(line.number, i + 1);
        if (lines.at(i).startsWith('!')) {
            QVERIFY(line.tooLong);
            QVERIFY(line.bytes.isEmpty());
            QCOMPARE(line.size, lines.at(i).mid(1).toLongLong());
        } else {
            QVERIFY(!line.tooLong);
            QCOMPARE(line.bytes, lines.at(i));
            QCOMPARE(line.size, lines.at(i).size());
        }
    }
    QCOMPARE(reader.lineCount(), lines.size());
}

void TestLineReader::regularFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; i < 50000; ++i)
        content += "line " + QByteArray::number(i) + '\n';
    QCOMPARE(file.write(content), content.size());
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));
    LineReader reader(int(file.handle()), 1000);
    Collected got;
    collect(reader, got);
    QSignalSpy chunks(&reader, &LineReader::linesRead);
    reader.start();
    QTRY_VERIFY(got.finished);
    QCOMPARE(got.lines.size(), 50000);
    QCOMPARE(got.lines.last().bytes, QByteArray("line 49999"));
    QVERIFY(chunks.size() > 1); // a chunk at a time, not all at once
}

void TestLineReader::pauseHoldsLinesBack()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    LineReader reader(fds[0], 100);
    Collected got;
    collect(reader, got);
    reader.start();
    QCOMPARE(::write(fds[1], "a\n", 2), ssize_t(2));
    QTRY_COMPARE(got.lines.size(), 1);
    reader.pause();
    QCOMPARE(::write(fds[1], "b\n", 2), ssize_t(2));
    ::close(fds[1]);
    // While paused nothing is read: turns of the event loop with data waiting prove it.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(got.lines.size(), 1);
    reader.resume();
    QTRY_VERIFY(got.finished);
    QCOMPARE(got.lines.size(), 2);
    QCOMPARE(got.lines.last().bytes, QByteArray("b"));
    ::close(fds[0]);
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
