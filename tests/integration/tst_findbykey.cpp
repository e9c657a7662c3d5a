// Finding a key's messages against a real broker: records produced by librdkafka with the
// partitioner set to murmur2_random (placed as Java clients place keys) and to
// consistent_random (librdkafka's default) land where Partitioner computes; reading that one
// partition with the key filter returns exactly the key's messages, all of them, in offset
// order, and nothing of the other partitions; from a time, only the later ones; through the
// window's session and through `topicdesk consume --key` as well, whose mistakes (an unknown
// partitioner, an empty key with consistent_random, --manual) get one plain line.
#include "consumerharness.h"
#include "kafkasession.h"
#include "partitioner.h"
#include "testcluster.h"

#include <QDateTime>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <librdkafka/rdkafka.h>

Q_DECLARE_METATYPE(std::optional<QByteArray>)

namespace {
constexpr int Partitions = 6;
constexpr int Rounds = 15;
// The records' timestamps start this long ago: recent, or the broker's time-based retention
// (the test brokers keep one hour) could delete them in the middle of the test.
constexpr qint64 TimestampsFromMs = 5 * 60 * 1000;

struct Record
{
    std::optional<QByteArray> key; // std::nullopt: a null key
    QByteArray value;
    qint64 timestampMs = -1;
    qint32 partition = -1; // where the broker stored it (from the delivery report)
    qint64 offset = -1;
};

void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *)
{
    auto *record = static_cast<Record *>(message->_private);
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        record->partition = message->partition;
        record->offset = message->offset;
    }
}

// Produces the records with librdkafka's own partitioner (the property "partitioner"), and
// fills in where each was stored. Empty string on success.
QString produce(const QString &brokers, const QString &topic, const char *partitioner,
                QList<Record> &records)
{
    char reason[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", brokers.toUtf8().constData(), reason,
                          sizeof reason) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "partitioner", partitioner, reason, sizeof reason) !=
            RD_KAFKA_CONF_OK ||
        // Retries keep each partition in send order (and the timestamps rising with offsets).
        rd_kafka_conf_set(conf, "enable.idempotence", "true", reason, sizeof reason) !=
            RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        return QString::fromUtf8(reason);
    }
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    if (!producer) {
        rd_kafka_conf_destroy(conf);
        return QString::fromUtf8(reason);
    }
    QString error;
    const QByteArray name = topic.toUtf8();
    for (Record &r : records) {
        const void *key = r.key ? static_cast<const void *>(r.key->constData()) : nullptr;
        const size_t keySize = r.key ? size_t(r.key->size()) : 0;
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            producer, RD_KAFKA_V_TOPIC(name.constData()), RD_KAFKA_V_KEY(key, keySize),
            RD_KAFKA_V_VALUE(r.value.data(), size_t(r.value.size())),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_TIMESTAMP(r.timestampMs),
            RD_KAFKA_V_OPAQUE(&r), RD_KAFKA_V_END);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            error = QString::fromUtf8(rd_kafka_err2str(err));
            break;
        }
        rd_kafka_poll(producer, 0);
    }
    if (rd_kafka_flush(producer, 30000) != RD_KAFKA_RESP_ERR_NO_ERROR && error.isEmpty())
        error = QStringLiteral("not every record was delivered within 30 s");
    rd_kafka_destroy(producer);
    return error;
}

QList<QByteArray> testKeys(bool withEmpty)
{
    QList<QByteArray> keys;
    for (int i = 0; i < 12; ++i)
        keys << QByteArray("order-") + QByteArray::number(i);
    keys << QByteArray("\x00\xff\x80 binary\n", 11) << QStringLiteral("khóa-ключ-鍵").toUtf8()
         << QByteArray(300, 'k');
    if (withEmpty)
        keys << QByteArray("");
    return keys;
}

// The records with the key at or after offset from, in offset order (a key's records share one
// partition, so their offsets differ). Ordered by a map rather than sorted in place: GCC 12 at
// -O1 warns that moving a Record's optional key may read it uninitialized.
QList<Record> withKey(const QList<Record> &records, const QByteArray &key, qint64 from = 0)
{
    QMap<qint64, Record> found;
    for (const Record &r : records) {
        if (r.key == key && r.offset >= from)
            found.insert(r.offset, r);
    }
    return found.values();
}

QString partitionerName(Partitioner::Kind kind)
{
    return kind == Partitioner::Kind::Murmur2 ? QStringLiteral("murmur2_random")
                                              : QStringLiteral("consistent_random");
}

// "Read partition P up to offset O: N message(s) with the key shown, S with other keys skipped."
struct Report
{
    qint32 partition = -1;
    qint64 endOffset = -1;
    qint64 shown = -1;
    qint64 skipped = -1;
};

Report lastReport(const QStringList &notices)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(Read partition (\d+) up to offset (\d+): (\d+) message\(?s?\)? with the key shown, (\d+) with other keys skipped)"));
    Report report;
    for (const QString &n : notices) {
        const QRegularExpressionMatch m = pattern.match(n);
        if (m.hasMatch())
            report = {m.captured(1).toInt(), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
                      m.captured(4).toLongLong()};
    }
    return report;
}
} // namespace

class TestFindByKey final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyPlacementMatchesTheProducer_data();
    void keyPlacementMatchesTheProducer();
    void commandLineMistakesAreSaidPlainly_data();
    void commandLineMistakesAreSaidPlainly();

private:
    // The records, each key in many rounds among records of other keys and of null keys.
    QList<Record> makeRecords(bool withEmpty) const;
    // Reads partition of the topic with the key filter; the messages and the final report.
    // startOffset: where reading starts (0, or the first record at or after the time).
    void findWithHarness(const ConnectionConfig &config, const QByteArray &key, qint32 partition,
                         qint64 startTimestampMs, qint64 startOffset, const QList<Record> &expected,
                         qint64 partitionSize);
    void findWithSession(const ConnectionConfig &config, const QByteArray &key, qint32 partition,
                         const QList<Record> &expected);
    void findWithCommand(const ConnectionConfig &config, Partitioner::Kind kind,
                         const QByteArray &key, qint32 partition, const QList<Record> &expected);

    ConnectionConfig m_cliConfig; // a topic for the command-line mistakes, made once
};

void TestFindByKey::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    qRegisterMetaType<KafkaMessageBatch>();
}

QList<Record> TestFindByKey::makeRecords(bool withEmpty) const
{
    QList<Record> records;
    const QList<QByteArray> keys = testKeys(withEmpty);
    qint64 timestamp = QDateTime::currentMSecsSinceEpoch() - TimestampsFromMs;
    for (int round = 0; round < Rounds; ++round) {
        for (const QByteArray &key : keys) {
            Record r;
            r.key = key;
            r.value = "round " + QByteArray::number(round) + " of " + key.toHex();
            r.timestampMs = timestamp;
            timestamp += 10;
            records << r;
        }
        // Records without a key go anywhere: they must never match.
        Record noKey;
        noKey.value = "no key, round " + QByteArray::number(round);
        noKey.timestampMs = timestamp;
        timestamp += 10;
        records << noKey;
    }
    return records;
}

void TestFindByKey::keyPlacementMatchesTheProducer_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("murmur2 (Java clients)") << int(Partitioner::Kind::Murmur2);
    QTest::newRow("consistent_random (librdkafka)") << int(Partitioner::Kind::ConsistentRandom);
}

void TestFindByKey::keyPlacementMatchesTheProducer()
{
    QFETCH(int, kind);
    const auto partitioner = Partitioner::Kind(kind);
    QString error;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("findbykey"), Partitions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // consistent_random sends an empty key to a random partition: it cannot be found.
    QList<Record> records = makeRecords(partitioner == Partitioner::Kind::Murmur2);
    error = produce(config.bootstrapServers, config.topic,
                    partitionerName(partitioner).toUtf8().constData(), records);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Every keyed record is where Partitioner says; the keys use more than one partition.
    QHash<qint32, qint64> partitionSizes;
    QSet<qint32> used;
    for (const Record &r : std::as_const(records)) {
        QVERIFY2(r.partition >= 0 && r.offset >= 0, "a record was not delivered");
        ++partitionSizes[r.partition];
        if (!r.key)
            continue;
        const Partitioner::Result computed =
            Partitioner::partitionFor(partitioner, r.key, Partitions);
        QVERIFY2(computed.error.isEmpty(), qPrintable(computed.error));
        QVERIFY2(computed.partition == r.partition,
                 qPrintable(QStringLiteral("key %1: computed partition %2, stored in %3")
                                .arg(QString::fromLatin1(r.key->toHex()))
                                .arg(computed.partition)
                                .arg(r.partition)));
        used.insert(r.partition);
    }
    QVERIFY2(used.size() >= 3, "the test keys should spread over several partitions");
    QVERIFY(Partitioner::partitionFor(partitioner, std::nullopt, Partitions).partition < 0);

    // Find by key for a text key, the binary key, a UTF-8 key and (murmur2) the empty key.
    const QList<QByteArray> keys = testKeys(partitioner == Partitioner::Kind::Murmur2);
    QList<QByteArray> searched = {keys.at(0), keys.at(5), keys.at(12), keys.at(13)};
    if (partitioner == Partitioner::Kind::Murmur2)
        searched << keys.last();
    for (const QByteArray &key : std::as_const(searched)) {
        const qint32 partition = Partitioner::partitionFor(partitioner, key, Partitions).partition;
        const QList<Record> expected = withKey(records, key);
        QCOMPARE(expected.size(), Rounds);
        findWithHarness(config, key, partition, -1, 0, expected, partitionSizes.value(partition));
        if (QTest::currentTestFailed())
            return;
    }
    // From a time (that of the key's fifth last record): reading starts at the partition's
    // first record at or after it, whatever its key, and shows the key's records from there.
    {
        const QByteArray key = keys.at(0);
        const qint32 partition = Partitioner::partitionFor(partitioner, key, Partitions).partition;
        qint64 time = -1;
        int seen = 0;
        for (const Record &r : std::as_const(records)) {
            if (r.key == key && ++seen == Rounds - 4)
                time = r.timestampMs;
        }
        qint64 start = std::numeric_limits<qint64>::max();
        for (const Record &r : std::as_const(records)) {
            if (r.partition == partition && r.timestampMs >= time)
                start = std::min(start, r.offset);
        }
        const QList<Record> later = withKey(records, key, start);
        QVERIFY(later.size() >= 5 && later.size() < Rounds);
        findWithHarness(config, key, partition, time, start, later,
                        partitionSizes.value(partition));
        if (QTest::currentTestFailed())
            return;
    }
    // The window's way: the session's consumer restarts on the key's partition and back.
    {
        const QByteArray key = keys.at(3);
        findWithSession(config, key,
                        Partitioner::partitionFor(partitioner, key, Partitions).partition,
                        withKey(records, key));
        if (QTest::currentTestFailed())
            return;
    }
    // The command line.
    {
        const QByteArray key = keys.at(7);
        findWithCommand(config, partitioner, key,
                        Partitioner::partitionFor(partitioner, key, Partitions).partition,
                        withKey(records, key));
    }
}

void TestFindByKey::findWithHarness(const ConnectionConfig &config, const QByteArray &key,
                                    qint32 partition, qint64 startTimestampMs, qint64 startOffset,
                                    const QList<Record> &expected, qint64 partitionSize)
{
    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    options.onlyPartitions = {partition};
    options.onlyKey = key;
    options.startTimestampMs = startTimestampMs;
    ConsumerHarness consumer(config, options);
    consumer.start();
    // The end of the partition is reported once everything before it was delivered.
    QTRY_VERIFY_WITH_TIMEOUT(lastReport(consumer.notices).endOffset == partitionSize, 60000);
    const Report report = lastReport(consumer.notices);
    QVERIFY2(consumer.errors.isEmpty(), qPrintable(consumer.errors.join(QLatin1Char('\n'))));
    QCOMPARE(consumer.assignments, QList<QList<qint32>>{{partition}});
    QCOMPARE(report.partition, partition);
    QCOMPARE(report.shown, qint64(expected.size()));
    QCOMPARE(report.shown + report.skipped, partitionSize - startOffset);
    QCOMPARE(consumer.messages.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const KafkaMessage &m = consumer.messages.at(i);
        QCOMPARE(m.partition, partition);
        QCOMPARE(m.offset, expected.at(i).offset);
        QVERIFY(!m.keyIsNull);
        QCOMPARE(m.key, key);
        QCOMPARE(m.value, expected.at(i).value);
        QCOMPARE(m.timestampMs, expected.at(i).timestampMs);
    }
    QVERIFY(consumer.stop());
}

void TestFindByKey::findWithSession(const ConnectionConfig &config, const QByteArray &key,
                                    qint32 partition, const QList<Record> &expected)
{
    KafkaSession session;
    QList<KafkaMessage> messages;
    QList<QList<qint32>> assignments;
    QStringList notices;
    connect(&session, &KafkaSession::messagesReceived, this,
            [&messages](const KafkaMessageBatch &batch) {
                for (const KafkaMessage &m : batch)
                    messages << m;
            });
    connect(&session, &KafkaSession::partitionsAssigned, this,
            [&assignments](const QList<qint32> &partitions) { assignments << partitions; });
    connect(&session, &KafkaSession::notice, this,
            [&notices](const QString &notice) { notices << notice; });
    QSignalSpy searches(&session, &KafkaSession::keySearchChanged);
    QSignalSpy started(&session, &KafkaSession::consumerStarted);
    ConsumerOptions browse;
    browse.mode = ConsumerOptions::Mode::Browse;
    session.setConsumerOptions(browse);
    ConnectionConfig c = config;
    c.topic.clear();
    session.connectToCluster(c);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), KafkaSession::State::Connected, 30000);
    session.watchTopic(config.topic);
    QTRY_VERIFY_WITH_TIMEOUT(!assignments.isEmpty(), 30000);
    QCOMPARE(assignments.constLast().size(), Partitions);

    // Find: the consumer restarts on the one partition, delivering the key's messages only.
    session.findKey(partition, key, -1);
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.at(0).at(0).toBool(), true);
    QVERIFY(session.isFindingKey());
    QCOMPARE(session.consumerOptions().mode, ConsumerOptions::Mode::Browse);
    messages.clear(); // the new consumer's are all that count now
    assignments.clear();
    QTRY_VERIFY_WITH_TIMEOUT(lastReport(notices).partition == partition &&
                                 lastReport(notices).shown == expected.size(),
                             60000);
    QCOMPARE(assignments, QList<QList<qint32>>{{partition}});
    QCOMPARE(messages.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(messages.at(i).key, key);
        QCOMPARE(messages.at(i).offset, expected.at(i).offset);
    }

    // Stop finding: every partition again, every message of the topic.
    const qsizetype startsBefore = started.size();
    session.stopFindingKey();
    QVERIFY(!session.isFindingKey());
    QCOMPARE(searches.size(), 2);
    QCOMPARE(searches.at(1).at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() > startsBefore, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!assignments.isEmpty() && assignments.constLast().size() == Partitions,
                             30000);
    session.disconnectFromCluster();
}

void TestFindByKey::findWithCommand(const ConnectionConfig &config, Partitioner::Kind kind,
                                    const QByteArray &key, qint32 partition,
                                    const QList<Record> &expected)
{
    QProcess process;
    process.start(QStringLiteral(TOPICDESK_BINARY),
                  {QStringLiteral("consume"), QStringLiteral("--brokers"), config.bootstrapServers,
                   QStringLiteral("--topic"), config.topic, QStringLiteral("--key"),
                   QString::fromUtf8(key), QStringLiteral("--partitioner"), Partitioner::name(kind),
                   QStringLiteral("--count"), QString::number(expected.size())});
    process.closeWriteChannel();
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(
        err.contains(QStringLiteral("is in partition %1 of %2").arg(partition).arg(Partitions)),
        qPrintable(err));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString prefix = QStringLiteral("partition=%1 offset=%2 key=%3 ")
                                   .arg(partition)
                                   .arg(expected.at(i).offset)
                                   .arg(QString::fromUtf8(key));
        QVERIFY2(lines.at(i).startsWith(prefix), qPrintable(lines.at(i)));
    }

    // A partitioner nobody knows: refused in plain words, nothing read.
    QProcess wrong;
    wrong.start(QStringLiteral(TOPICDESK_BINARY),
                {QStringLiteral("consume"), QStringLiteral("--brokers"), config.bootstrapServers,
                 QStringLiteral("--topic"), config.topic, QStringLiteral("--key"),
                 QString::fromUtf8(key), QStringLiteral("--partitioner"), QStringLiteral("fnv1a")});
    QVERIFY2(wrong.waitForStarted(), qPrintable(wrong.errorString()));
    QVERIFY(wrong.waitForFinished(30000));
    QVERIFY(wrong.exitCode() != 0);
    QVERIFY(wrong.readAllStandardOutput().isEmpty());
    QVERIFY(wrong.readAllStandardError().contains("Unknown partitioner \"fnv1a\""));
}

void TestFindByKey::commandLineMistakesAreSaidPlainly_data()
{
    QTest::addColumn<QStringList>("arguments"); // after consume --brokers B --topic T
    QTest::addColumn<bool>("existingTopic");
    QTest::addColumn<QString>("said"); // on standard error (or output, for --help)
    const QString key = QStringLiteral("--key");
    const QString partitioner = QStringLiteral("--partitioner");
    QTest::newRow("partitioner without key") << QStringList{partitioner, QStringLiteral("murmur2")}
                                             << true << QStringLiteral("--partitioner needs --key");
    QTest::newRow("unknown partitioner")
        << QStringList{key, QStringLiteral("k"), partitioner, QStringLiteral("murmur2_random")}
        << true << QStringLiteral("Unknown partitioner \"murmur2_random\"");
    QTest::newRow("empty partitioner name")
        << QStringList{key, QStringLiteral("k"), partitioner, QString()} << true
        << QStringLiteral("Unknown partitioner \"\"");
    QTest::newRow("key with manual acks")
        << QStringList{key, QStringLiteral("k"), QStringLiteral("--manual")} << true
        << QStringLiteral("leave out --manual");
    QTest::newRow("empty key with consistent_random")
        << QStringList{key, QString(), partitioner, QStringLiteral("consistent_random")} << true
        << QStringLiteral("empty key has no partition");
    QTest::newRow("topic that does not exist")
        << QStringList{key, QStringLiteral("k")} << false << QStringLiteral("does not exist");
    QTest::newRow("help names the default")
        << QStringList{QStringLiteral("--help")} << true
        << QStringLiteral("murmur2 (default, as Java clients do)");
}

void TestFindByKey::commandLineMistakesAreSaidPlainly()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, existingTopic);
    QFETCH(QString, said);
    if (m_cliConfig.topic.isEmpty()) {
        QString error;
        m_cliConfig = TestCluster::newTopic(QStringLiteral("findbykey-cli"), Partitions, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const ConnectionConfig &config = m_cliConfig;
    const QString topic =
        existingTopic ? config.topic : TestCluster::uniqueName(QStringLiteral("no-such-topic"));
    QProcess process;
    process.start(QStringLiteral(TOPICDESK_BINARY),
                  QStringList{QStringLiteral("consume"), QStringLiteral("--brokers"),
                              config.bootstrapServers, QStringLiteral("--topic"), topic} +
                      arguments);
    process.closeWriteChannel();
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (arguments.contains(QStringLiteral("--help"))) {
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.simplified().contains(said), qPrintable(out));
        return;
    }
    QVERIFY(process.exitCode() != 0);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(err.contains(said), qPrintable(err));
    // One clear line, not a cascade.
    QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
}

QTEST_GUILESS_MAIN(TestFindByKey)
#include "tst_findbykey.moc"
