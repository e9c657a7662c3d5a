// A captured flow replayed, against a real broker: records with binary keys, values and headers,
// null and empty keys, a null value, repeated headers and a null header value are consumed with
// `topicdesk consume --format json`, the lines piped into `topicdesk send --format json
// --keep-partitions` to another topic, and consumed again: every key, value and header (in
// order), every partition and every null/empty distinction is byte-identical, and the timestamp
// type is reported. The compose box's Send a file (MessageFileReader) reads the same lines into
// the same records. A line that is not a record stops `send` there, saying how many went.
#include "clustermetadata.h"
#include "messagefilereader.h"
#include "messagejson.h"
#include "producer.h"
#include "testcluster.h"
#include "topicdeskprocess.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <algorithm>

namespace {
const QString Program = QStringLiteral(TOPICDESK_BINARY);

using Run = TopicDeskProcess::Result;

// Runs topicdesk to completion with the given standard input, keeping its output's bytes.
Run run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000)
{
    return TopicDeskProcess::run(Program, arguments, input, timeoutMs);
}

using TopicDeskProcess::brokerArgs;

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

// The records the test sends, each to the partition it names.
QList<ProduceRequest> hostileRecords(const QString &topic)
{
    QList<ProduceRequest> r;
    r.append({.topic = topic,
              .key = QByteArray("\x00\xff\xfe key", 7),
              .value = randomBytes(200 * 1024, 1),
              .headers = {{"\xff\x01name", QByteArray("\x00\x80", 2), false}},
              .partition = 0});
    r.append({.topic = topic,
              .key = std::nullopt,
              .value = "größe € 😀 \"quoted\"\n\ttab",
              .headers = {{"source", "billing", false},
                          {"n", "1", false},
                          {"source", "again", false},
                          {"trace", "", true}},
              .partition = 1});
    r.append({.topic = topic, .key = QByteArray(""), .valueIsNull = true, .partition = 2});
    r.append({.topic = topic,
              .key = QByteArray("k"),
              .value = QByteArray(""),
              .headers = {{"empty", "", false}, {"null", "", true}},
              .partition = 0});
    r.append({.topic = topic,
              .key = QByteArray("a\0b", 3),
              .value = QByteArray("nul \0 inside \xc3\x28 and not UTF-8", 30),
              .partition = 1});
    r.append({.topic = topic,
              .key = QByteArray("json"),
              .value = R"({"order": {"id": 7}, "items": [1, 2]})",
              .headers = {{"", "unnamed", false}},
              .partition = 2});
    r.append({.topic = topic, .key = std::nullopt, .valueIsNull = true, .partition = 0});
    return r;
}

// Sends the requests in order and waits for every report; the reports, in send order.
QList<DeliveryReport> produceAll(const ConnectionConfig &config,
                                 const QList<ProduceRequest> &requests)
{
    Producer producer;
    QString error;
    if (!producer.open(config, {}, &error)) {
        qWarning("producer: %s", qPrintable(error));
        return {};
    }
    QHash<quint64, DeliveryReport> reports;
    QObject::connect(&producer, &Producer::delivered, [&reports](const DeliveryReport &report) {
        reports.insert(report.requestId, report);
    });
    QList<quint64> ids;
    for (const ProduceRequest &request : requests) {
        const quint64 id = producer.send(request, &error, 10000);
        if (id == 0) {
            qWarning("send: %s", qPrintable(error));
            return {};
        }
        ids.append(id);
        // One at a time: the order within each partition is the order sent, retries or not.
        if (!QTest::qWaitFor([&] { return reports.contains(id); }, 60000))
            return {};
    }
    QList<DeliveryReport> ordered;
    for (quint64 id : std::as_const(ids))
        ordered.append(reports.value(id));
    return ordered;
}

// The consumed records of a topic, parsed, ordered by partition then offset.
QList<MessageJson::Parsed> parsedSorted(const QByteArray &output)
{
    QList<MessageJson::Parsed> records;
    for (const QByteArray &line : linesOf(output))
        records.append(MessageJson::fromJson(line));
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return std::pair(a.message.partition, a.message.offset) <
               std::pair(b.message.partition, b.message.offset);
    });
    return records;
}

// The sent requests ordered as parsedSorted orders what was consumed (by partition, then in
// send order, which is offset order within a partition).
QList<ProduceRequest> sortedByPartition(QList<ProduceRequest> requests)
{
    std::stable_sort(requests.begin(), requests.end(),
                     [](const auto &a, const auto &b) { return a.partition < b.partition; });
    return requests;
}

// How many records the topic's partitions hold (the sum of their high watermarks).
qint64 recordsIn(const ConnectionConfig &config, int partitions)
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const QByteArray servers = config.bootstrapServers.toUtf8();
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.constData(), errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk)
        return -1;
    const QByteArray topic = config.topic.toUtf8();
    qint64 total = 0;
    for (int p = 0; p < partitions && total >= 0; ++p) {
        int64_t low = 0;
        int64_t high = 0;
        if (rd_kafka_query_watermark_offsets(rk, topic.constData(), p, &low, &high, 10000))
            total = -1;
        else
            total += high;
    }
    rd_kafka_destroy(rk);
    return total;
}

// Creates a topic whose records carry the broker's append time, and waits for its metadata.
QString createLogAppendTimeTopic(const ConnectionConfig &config, const QString &name)
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const QByteArray servers = config.bootstrapServers.toUtf8();
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.constData(), errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk)
        return QString::fromUtf8(errstr);
    const QByteArray topicName = name.toUtf8();
    rd_kafka_NewTopic_t *topic =
        rd_kafka_NewTopic_new(topicName.constData(), 1, 1, errstr, sizeof errstr);
    rd_kafka_NewTopic_set_config(topic, "message.timestamp.type", "LogAppendTime");
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &topic, 1, nullptr, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000);
    QString error;
    if (!event) {
        error = QStringLiteral("no answer to CreateTopics");
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        if (rd_kafka_event_error(event))
            error = QString::fromUtf8(rd_kafka_event_error_string(event));
        else if (count != 1 || rd_kafka_topic_result_error(results[0]))
            error = QStringLiteral("CreateTopics failed");
        rd_kafka_event_destroy(event);
    }
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy(topic);
    rd_kafka_destroy(rk);
    if (!error.isEmpty())
        return error;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        const TopicListing listing = ClusterMetadata::fetchTopics(config, 5000);
        for (const TopicInfo &t : listing.topics) {
            if (t.name == name && t.partitionCount == 1)
                return {};
        }
    }
    return QStringLiteral("topic %1 did not appear in the metadata").arg(name);
}
} // namespace

class TestRoundTrip final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void consumeSendConsumeIsByteIdentical();
    void logAppendTimeIsReported();
    void aBadLineStopsSendAndSaysHowManyWent();
};

void TestRoundTrip::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY2(QFile::exists(Program), qPrintable(Program));
}

void TestRoundTrip::consumeSendConsumeIsByteIdentical()
{
    QString created;
    const ConnectionConfig source =
        TestCluster::newTopic(QStringLiteral("replay-src"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const ConnectionConfig target =
        TestCluster::newTopic(QStringLiteral("replay-dst"), 3, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));

    const QList<ProduceRequest> sent = hostileRecords(source.topic);
    const QList<DeliveryReport> reports = produceAll(source, sent);
    QCOMPARE(reports.size(), sent.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        QVERIFY2(reports.at(i).delivered(), qPrintable(reports.at(i).error));
        QCOMPARE(reports.at(i).partition, sent.at(i).partition);
    }
    const QString count = QString::number(sent.size());

    // Consumed as JSON Lines.
    const Run exported =
        run(QStringList{QStringLiteral("consume")} + brokerArgs(source)
            << QStringLiteral("--group") << source.groupId << QStringLiteral("--count") << count
            << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QList<QByteArray> lines = linesOf(exported.out);
    QCOMPARE(lines.size(), sent.size());
    // Binary bytes are Base64 and say so; text is text.
    QVERIFY(exported.out.contains(R"("keyEncoding":"base64")"));
    QVERIFY(exported.out.contains(R"("nameEncoding":"base64")"));
    QVERIFY(exported.out.contains(R"("value":"größe € 😀 \"quoted\"\n\ttab")"));

    const QList<ProduceRequest> expected = sortedByPartition(sent);
    const auto compare = [&](const QList<MessageJson::Parsed> &records, const QString &topic) {
        QCOMPARE(records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const MessageJson::Parsed &p = records.at(i);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            const KafkaMessage &m = p.message;
            const ProduceRequest &e = expected.at(i);
            QCOMPARE(m.topic, topic);
            QVERIFY(p.hasPartition);
            QCOMPARE(m.partition, e.partition);
            QVERIFY(m.offset >= 0);
            QVERIFY(m.timestampMs > 0);
            QCOMPARE(m.timestampType, TimestampType::CreateTime);
            QCOMPARE(m.keyIsNull, !e.key.has_value());
            QCOMPARE(m.key, e.key.value_or(QByteArray()));
            QCOMPARE(m.valueIsNull, e.valueIsNull);
            QVERIFY2(m.value == e.value, qPrintable(QStringLiteral("value of record %1").arg(i)));
            QCOMPARE(m.headers.size(), e.headers.size());
            for (qsizetype h = 0; h < e.headers.size(); ++h) {
                QCOMPARE(m.headers.at(h).name, e.headers.at(h).name);
                QCOMPARE(m.headers.at(h).value, e.headers.at(h).value);
                QCOMPARE(m.headers.at(h).valueIsNull, e.headers.at(h).valueIsNull);
            }
        }
    };
    compare(parsedSorted(exported.out), source.topic);
    if (QTest::currentTestFailed())
        return;

    // The compose box's Send a file reads the same records from the exported file.
    const MessageFileReader::Result file = MessageFileReader::parse(exported.out, target.topic);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(file.jsonLines);
    QCOMPARE(file.requests.size(), sent.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const MessageJson::Parsed p = MessageJson::fromJson(lines.at(i));
        const ProduceRequest &r = file.requests.at(i);
        QCOMPARE(r.topic, target.topic);
        QCOMPARE(r.partition, p.message.partition);
        QCOMPARE(r.key.has_value(), !p.message.keyIsNull);
        QCOMPARE(r.key.value_or(QByteArray()), p.message.key);
        QCOMPARE(r.valueIsNull, p.message.valueIsNull);
        QVERIFY(r.value == p.message.value);
        QCOMPARE(r.headers.size(), p.message.headers.size());
        for (qsizetype h = 0; h < r.headers.size(); ++h) {
            QCOMPARE(r.headers.at(h).name, p.message.headers.at(h).name);
            QCOMPARE(r.headers.at(h).value, p.message.headers.at(h).value);
            QCOMPARE(r.headers.at(h).valueIsNull, p.message.headers.at(h).valueIsNull);
        }
    }

    // Replayed into the other topic, keeping partitions, in the order consumed.
    const Run replayed = run(QStringList{QStringLiteral("send")} + brokerArgs(target)
                                 << QStringLiteral("--format") << QStringLiteral("json")
                                 << QStringLiteral("--keep-partitions") << QStringLiteral("-"),
                             exported.out);
    QVERIFY2(replayed.exitCode == 0, replayed.err.constData());
    QVERIFY2(replayed.err.isEmpty(), replayed.err.constData());
    const QList<QByteArray> replayReports = linesOf(replayed.out);
    QCOMPARE(replayReports.size(), sent.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray partition =
            "partition=" + QByteArray::number(MessageJson::fromJson(lines.at(i)).message.partition);
        QVERIFY2(replayReports.at(i).contains(" " + partition + " "),
                 replayReports.at(i).constData());
    }

    const Run copy = run(QStringList{QStringLiteral("consume")} + brokerArgs(target)
                         << QStringLiteral("--group") << target.groupId << QStringLiteral("--count")
                         << count << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    compare(parsedSorted(copy.out), target.topic);
}

void TestRoundTrip::logAppendTimeIsReported()
{
    ConnectionConfig config = TestCluster::config(QStringLiteral("replay-lat"));
    config.topic = TestCluster::uniqueName(QStringLiteral("replay-lat"));
    const QString created = createLogAppendTimeTopic(config, config.topic);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const Run sent = run(QStringList{QStringLiteral("send")} + brokerArgs(config)
                         << QStringLiteral("--format") << QStringLiteral("json")
                         << QStringLiteral(R"({"key":"k","value":"v","timestamp":5})"));
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const Run consumed =
        run(QStringList{QStringLiteral("consume")} + brokerArgs(config)
            << QStringLiteral("--group") << config.groupId << QStringLiteral("--count")
            << QStringLiteral("1") << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    const MessageJson::Parsed p = MessageJson::fromJson(consumed.out.trimmed());
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(consumed.out.contains(R"("timestampType":"LogAppendTime")"));
    QCOMPARE(p.message.timestampType, TimestampType::LogAppendTime);
    QVERIFY(p.message.timestampMs > 5); // the broker's time, not the one given
    QCOMPARE(p.message.key, QByteArray("k"));
    QCOMPARE(p.message.value, QByteArray("v"));
}

void TestRoundTrip::aBadLineStopsSendAndSaysHowManyWent()
{
    QString created;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("replay-bad"), 2, &created);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QByteArray input = R"({"key":"a","value":"1","partition":1})"
                             "\n\n"
                             R"({"key":"b","value":"2"})"
                             "\n"
                             R"({"key":"c","value":"3","partition":2})"
                             "\n"
                             R"({"key":"d","value":"4"})"
                             "\n";
    const Run sent = run(QStringList{QStringLiteral("send")} + brokerArgs(config)
                             << QStringLiteral("--format") << QStringLiteral("json")
                             << QStringLiteral("--keep-partitions") << QStringLiteral("-"),
                         input);
    QCOMPARE(sent.exitCode, 1);
    const QList<QByteArray> reports = linesOf(sent.out);
    QCOMPARE(reports.size(), 2); // the lines before the bad one, and nothing after it
    QVERIFY2(reports.at(0).contains(" partition=1 ") && reports.at(0).endsWith(" line=1"),
             reports.at(0).constData());
    QVERIFY2(reports.at(1).endsWith(" line=3"), reports.at(1).constData());
    QVERIFY2(sent.err.contains("line 4 was not sent") &&
                 sent.err.contains("partition 2 does not exist"),
             sent.err.constData());
    QVERIFY2(sent.err.contains("stopped at line 4") && sent.err.contains("2 delivered"),
             sent.err.constData());

    // Nothing after the bad line is in the topic: it holds lines 1 and 3 only.
    QCOMPARE(recordsIn(config, 2), 2);
    const Run consumed =
        run(QStringList{QStringLiteral("consume")} + brokerArgs(config)
            << QStringLiteral("--group") << config.groupId << QStringLiteral("--count")
            << QStringLiteral("2") << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    QStringList keys;
    for (const MessageJson::Parsed &p : parsedSorted(consumed.out))
        keys << QString::fromUtf8(p.message.key);
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

    // A bad record as the message argument: refused before anything is sent.
    const Run one = run(QStringList{QStringLiteral("send")} + brokerArgs(config)
                        << QStringLiteral("--format") << QStringLiteral("json")
                        << QStringLiteral(R"({"value":"v","valueEncoding":"base64"})"));
    QCOMPARE(one.exitCode, 1);
    QVERIFY(one.out.isEmpty());
    QVERIFY2(one.err.contains("\"value\" is not valid Base64"), one.err.constData());
    QCOMPARE(recordsIn(config, 2), 2);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
