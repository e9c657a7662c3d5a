// MessageExporter: 100,000 messages exported as JSON Lines read back by MessageJson::fromJson
// equal to what was exported (binary, null, empty, repeated headers); CSV has a line per record;
// a cancel midway leaves no file and no temporary file (and keeps a file it would have
// replaced); a folder that does not exist or a path that is a folder is refused in plain words.
#include "messagecsv.h"
#include "messageexporter.h"
#include "messagejson.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QList<KafkaMessage> makeMessages(int count)
{
    QList<KafkaMessage> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("orders");
        m.partition = i % 3;
        m.offset = i;
        m.timestampMs = 1733300000000 + i;
        m.timestampType = i % 2 ? TimestampType::CreateTime : TimestampType::LogAppendTime;
        switch (i % 4) {
        case 0:
            m.keyIsNull = false;
            m.key = "key-" + QByteArray::number(i);
            m.valueIsNull = false;
            m.value = R"({"order":{"id":)" + QByteArray::number(i) + "}}";
            break;
        case 1: // binary key and value, NUL inside
            m.keyIsNull = false;
            m.key = QByteArray("\x00\xff", 2) + QByteArray::number(i);
            m.valueIsNull = false;
            m.value = QByteArray("\x89PNG\x00\xfe", 6) + QByteArray::number(i);
            break;
        case 2: // null key, empty value, repeated and null headers
            m.valueIsNull = false;
            m.headers = {{"trace", QByteArray::number(i), false},
                         {"trace", QByteArray("\xff", 1), false},
                         {"n", QByteArray(), true}};
            break;
        case 3: // empty key, tombstone
            m.keyIsNull = false;
            break;
        }
        messages.append(m);
    }
    return messages;
}

bool same(const KafkaMessage &a, const KafkaMessage &b)
{
    if (a.headers.size() != b.headers.size())
        return false;
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        const KafkaHeader &x = a.headers.at(i);
        const KafkaHeader &y = b.headers.at(i);
        if (x.name != y.name || x.valueIsNull != y.valueIsNull || x.value != y.value)
            return false;
    }
    return a.topic == b.topic && a.partition == b.partition && a.offset == b.offset &&
           a.timestampMs == b.timestampMs && a.timestampType == b.timestampType &&
           a.keyIsNull == b.keyIsNull && a.key == b.key && a.valueIsNull == b.valueIsNull &&
           a.value == b.value;
}
} // namespace

class TestMessageExporter final : public QObject
{
    Q_OBJECT
private slots:
    void jsonLinesReadBackEqual();
    void csvHasALinePerRecord();
    void cancelMidwayLeavesNoFile();
    void refusesWhereItCannotWrite();
};

void TestMessageExporter::jsonLinesReadBackEqual()
{
    QTemporaryDir dir;
    const QList<KafkaMessage> messages = makeMessages(100000);
    const QString path = dir.filePath(QStringLiteral("out.jsonl"));
    MessageExporter exporter;
    QSignalSpy progressed(&exporter, &MessageExporter::progressed);
    QSignalSpy finished(&exporter, &MessageExporter::finished);
    QVERIFY(exporter.start(messages, path, MessageExporter::Format::JsonLines));
    QVERIFY(exporter.isRunning());
    QVERIFY(!exporter.start(messages, path, MessageExporter::Format::JsonLines));
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.written, qint64(messages.size()));
    QVERIFY(!exporter.isRunning());
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().at(0).toLongLong(), qint64(messages.size()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qsizetype i = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        QVERIFY(line.endsWith('\n'));
        line.chop(1);
        const MessageJson::Parsed parsed = MessageJson::fromJson(line);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY2(i < messages.size() && same(parsed.message, messages.at(i)),
                 qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(QString::fromUtf8(line))));
        ++i;
    }
    QCOMPARE(i, messages.size());
    // Only the file: no temporary file stays beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.jsonl")});
}

void TestMessageExporter::csvHasALinePerRecord()
{
    QTemporaryDir dir;
    const QList<KafkaMessage> messages = makeMessages(1000);
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    std::atomic<bool> cancelled = false;
    const auto result =
        MessageExporter::write(messages, path, MessageExporter::Format::Csv, cancelled);
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected = MessageCsv::headerLine();
    for (const KafkaMessage &m : messages)
        expected += MessageCsv::toLine(m);
    QCOMPARE(file.readAll(), expected);
}

void TestMessageExporter::cancelMidwayLeavesNoFile()
{
    QTemporaryDir dir;
    const QList<KafkaMessage> messages = makeMessages(100000);
    const QString path = dir.filePath(QStringLiteral("cancelled.jsonl"));
    MessageExporter exporter;
    QSignalSpy finished(&exporter, &MessageExporter::finished);
    // Cancel at the first progress report: a few thousand of the 100,000 are written.
    connect(&exporter, &MessageExporter::progressed, &exporter, &MessageExporter::cancel);
    QVERIFY(exporter.start(messages, path, MessageExporter::Format::JsonLines));
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<MessageExporter::Result>();
    QVERIFY(result.cancelled);
    QVERIFY(result.written > 0);
    QVERIFY2(result.written < messages.size(), qPrintable(QString::number(result.written)));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // A file the export would have replaced stays as it was.
    const QString existing = dir.filePath(QStringLiteral("keep.jsonl"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old\n");
    }
    std::atomic<bool> cancelled = false;
    const auto partly =
        MessageExporter::write(messages, existing, MessageExporter::Format::JsonLines, cancelled,
                               [&](qint64) { cancelled = true; });
    QVERIFY(partly.cancelled);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old\n"));

    // Destroying a running exporter cancels it and leaves nothing behind.
    const QString abandoned = dir.filePath(QStringLiteral("abandoned.jsonl"));
    {
        MessageExporter running;
        QVERIFY(running.start(makeMessages(200000), abandoned, MessageExporter::Format::JsonLines));
    }
    QVERIFY(!QFile::exists(abandoned));
}

void TestMessageExporter::refusesWhereItCannotWrite()
{
    QTemporaryDir dir;
    const QList<KafkaMessage> messages = makeMessages(10);
    std::atomic<bool> cancelled = false;
    const auto missing =
        MessageExporter::write(messages, dir.filePath(QStringLiteral("no/such/folder/out.jsonl")),
                               MessageExporter::Format::JsonLines, cancelled);
    QVERIFY(!missing.succeeded());
    QVERIFY2(missing.error.contains(QLatin1String("the folder does not exist")),
             qPrintable(missing.error));
    const auto folder =
        MessageExporter::write(messages, dir.path(), MessageExporter::Format::JsonLines, cancelled);
    QVERIFY(!folder.succeeded());
    QVERIFY2(folder.error.startsWith(QLatin1String("Cannot export to")), qPrintable(folder.error));
}

QTEST_GUILESS_MAIN(TestMessageExporter)
#include "tst_messageexporter.moc"
