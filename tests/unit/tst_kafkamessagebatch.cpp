// KafkaMessageBatch packs a batch's keys and values into one byte array. What a consumer of
// the batch relies on: every record reads back exactly as it was appended (null and empty
// keys and values kept apart, binary bytes, headers on the right record), and squeezing or
// copying the batch changes none of it.
#include "kafkamessagebatch.h"

#include <QTest>

namespace {
KafkaMessage message(qint32 partition, qint64 offset, const QByteArray &key, bool keyIsNull,
                     const QByteArray &value, bool valueIsNull)
{
    KafkaMessage m;
    m.topic = QStringLiteral("orders");
    m.partition = partition;
    m.offset = offset;
    m.timestampMs = 1700000000000 + offset;
    m.key = key;
    m.keyIsNull = keyIsNull;
    m.value = value;
    m.valueIsNull = valueIsNull;
    return m;
}

void compareMessages(const KafkaMessage &actual, const KafkaMessage &expected)
{
    QCOMPARE(actual.topic, expected.topic);
    QCOMPARE(actual.partition, expected.partition);
    QCOMPARE(actual.offset, expected.offset);
    QCOMPARE(actual.timestampMs, expected.timestampMs);
    QCOMPARE(actual.keyIsNull, expected.keyIsNull);
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.valueIsNull, expected.valueIsNull);
    QCOMPARE(actual.value, expected.value);
    QCOMPARE(actual.redelivered, expected.redelivered);
    QCOMPARE(actual.headers.size(), expected.headers.size());
    for (qsizetype i = 0; i < expected.headers.size(); ++i) {
        QCOMPARE(actual.headers.at(i).name, expected.headers.at(i).name);
        QCOMPARE(actual.headers.at(i).value, expected.headers.at(i).value);
        QCOMPARE(actual.headers.at(i).valueIsNull, expected.headers.at(i).valueIsNull);
    }
}
} // namespace

class TestKafkaMessageBatch final : public QObject
{
    Q_OBJECT
private slots:
    void recordsReadBackAsAppended();
    void rawAppendAndViews();
    void growsPastItsReservation();
};

void TestKafkaMessageBatch::recordsReadBackAsAppended()
{
    QList<KafkaMessage> expected = {
        message(0, 0, "k0", false, "first value", false),
        message(1, 7, {}, true, "no key", false),
        message(1, 8, "", false, "empty key", false),
        message(2, 3, "tomb", false, {}, true),
        message(2, 4, "empty", false, "", false),
        message(0, 1, QByteArray("\x00\xff\x01", 3), false, QByteArray("\xfe\x00", 2), false),
    };
    expected[1].redelivered = true;
    expected[5].headers = {{"trace", "abc", false}, {"trace", {}, true}, {"bin", "\x01", false}};

    KafkaMessageBatch batch;
    for (const KafkaMessage &m : expected)
        batch.append(m);
    QCOMPARE(batch.size(), expected.size());
    QCOMPARE(batch.topic(), QStringLiteral("orders"));
    // Keys and values share one array: exactly their bytes, nothing per record.
    QCOMPARE(batch.bytes().size(), 2 + 11 + 6 + 9 + 4 + 5 + 3 + 2);

    const KafkaMessageBatch copy = batch; // as a queued signal carries it
    batch.squeeze();
    for (const KafkaMessageBatch *b : {static_cast<const KafkaMessageBatch *>(&batch), &copy}) {
        for (qsizetype i = 0; i < expected.size(); ++i)
            compareMessages(b->at(i), expected.at(i));
        const QList<KafkaMessage> list = b->toList();
        QCOMPARE(list.size(), expected.size());
        qsizetype i = 0;
        for (const KafkaMessage &m : *b)
            compareMessages(m, expected.at(i++));
        QCOMPARE(i, expected.size());
    }
    QVERIFY(!batch.record(0).hasHeaders);
    QVERIFY(batch.record(5).hasHeaders);
}

void TestKafkaMessageBatch::rawAppendAndViews()
{
    KafkaMessageBatch batch(QStringLiteral("t"));
    const char key[] = "key";
    const char value[] = "value";
    batch.append(3, 42, -1, key, 3, value, 5);
    batch.append(3, 43, 5, nullptr, 0, nullptr, 0);
    QCOMPARE(batch.key(0), QByteArrayView("key"));
    QCOMPARE(batch.value(0), QByteArrayView("value"));
    QVERIFY(batch.key(1).isNull());
    QVERIFY(batch.value(1).isNull());
    QCOMPARE(batch.record(1).keySize, -1);
    QCOMPARE(batch.record(1).valueSize, -1);
    QCOMPARE(batch.record(0).timestampMs, -1);
    QCOMPARE(batch.at(1).timestampMs, 5);
    QVERIFY(batch.at(1).keyIsNull);
    QVERIFY(batch.at(1).valueIsNull);
}

void TestKafkaMessageBatch::growsPastItsReservation()
{
    KafkaMessageBatch batch(QStringLiteral("t"));
    batch.reserve(2, 8);
    QByteArray expected;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray value = QByteArray::number(i).repeated(i % 7 + 1);
        batch.append(0, i, i, nullptr, 0, value.constData(), value.size());
        expected += value;
    }
    QCOMPARE(batch.bytes(), expected);
    QCOMPARE(batch.value(999), QByteArrayView(QByteArray::number(999).repeated(999 % 7 + 1)));
}

QTEST_GUILESS_MAIN(TestKafkaMessageBatch)
#include "tst_kafkamessagebatch.moc"
