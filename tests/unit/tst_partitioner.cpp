// The partition of a key, as the Java client (murmur2) and librdkafka (consistent_random, CRC32)
// compute it: reference vectors from Kafka's UtilsTest, librdkafka's rdmurmur2.c unit test and
// its 0048-partitioner test; null and empty keys; binary keys; partition counts range-checked.
#include "partitioner.h"

#include <QTest>

Q_DECLARE_METATYPE(std::optional<QByteArray>)

class TestPartitioner final : public QObject
{
    Q_OBJECT
private slots:
    void murmur2_data();
    void murmur2();
    void crc32_data();
    void crc32();
    void partition_data();
    void partition();
    void sameKeySamePartition();
    void partitionCountRange_data();
    void partitionCountRange();
    void names();
};

void TestPartitioner::murmur2_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<qint32>("expected"); // as Java's int

    // clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java, testMurmur2.
    QTest::newRow("java 21") << QByteArray("21") << qint32(-973932308);
    QTest::newRow("java foobar") << QByteArray("foobar") << qint32(-790332482);
    QTest::newRow("java a-little-bit-long-string")
        << QByteArray("a-little-bit-long-string") << qint32(-985981536);
    QTest::newRow("java a-little-bit-longer-string")
        << QByteArray("a-little-bit-longer-string") << qint32(-1486304829);
    QTest::newRow("java long") << QByteArray("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8")
                               << qint32(-58897971);
    QTest::newRow("java abc bytes") << QByteArray("abc") << qint32(479470107);
    // librdkafka src/rdmurmur2.c, unittest_murmur2 (checked there against Java).
    QTest::newRow("rd kafka") << QByteArray("kafka") << qint32(0xd067cf64);
    QTest::newRow("rd giberish") << QByteArray("giberish123456789") << qint32(0x8f552b0c);
    QTest::newRow("rd 1234") << QByteArray("1234") << qint32(0x9fc97b14);
    QTest::newRow("rd 234") << QByteArray("234") << qint32(0xe7c009ca);
    QTest::newRow("rd 34") << QByteArray("34") << qint32(0x873930da);
    QTest::newRow("rd 4") << QByteArray("4") << qint32(0x5a4b5ca1);
    QTest::newRow("rd preamble") << QByteArray("PreAmbleWillBeRemoved,ThePrePartThatIs")
                                 << qint32(0x78424f1c);
    QTest::newRow("rd preamble+1")
        << QByteArray("reAmbleWillBeRemoved,ThePrePartThatIs") << qint32(0x4a62b377);
    QTest::newRow("rd preamble+2")
        << QByteArray("eAmbleWillBeRemoved,ThePrePartThatIs") << qint32(0xe0e4e09e);
    QTest::newRow("rd preamble+3")
        << QByteArray("AmbleWillBeRemoved,ThePrePartThatIs") << qint32(0x62b8b43f);
    QTest::newRow("rd empty") << QByteArray("") << qint32(0x106e08d9);
}

void TestPartitioner::murmur2()
{
    QFETCH(QByteArray, key);
    QFETCH(qint32, expected);
    QCOMPARE(qint32(Partitioner::murmur2(key)), expected);
    // The same bytes at an odd address hash the same (no alignment shortcut).
    const QByteArray shifted = QByteArray("x") + key;
    QCOMPARE(qint32(Partitioner::murmur2(QByteArrayView(shifted).sliced(1))), expected);
}

void TestPartitioner::crc32_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<quint32>("expected");
    // librdkafka tests/0048-partitioner.c ("acquired using the 'crc32' command on OSX").
    QTest::newRow("0048 empty") << QByteArray("") << quint32(0);
    QTest::newRow("0048 23456") << QByteArray("23456") << quint32(0xb1b451d7);
    QTest::newRow("0048 long") << QByteArray(
                                      "this is another string with more length to it perhaps")
                               << quint32(0xb0150df7);
    QTest::newRow("0048 hejsan") << QByteArray("hejsan") << quint32(0xd077037e);
    // The CRC-32 check value, and binary keys (zlib.crc32).
    QTest::newRow("check 123456789") << QByteArray("123456789") << quint32(0xcbf43926);
    QTest::newRow("binary with NUL and high bytes")
        << QByteArray("\x00\xff\x80key\x00", 7) << quint32(0x94887f56);
    QTest::newRow("all 0xff") << QByteArray(7, '\xff') << quint32(0xff41d9ed);
}

void TestPartitioner::crc32()
{
    QFETCH(QByteArray, key);
    QFETCH(quint32, expected);
    QCOMPARE(Partitioner::crc32(key), expected);
}

void TestPartitioner::partition_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<std::optional<QByteArray>>("key");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("expected"); // -1: none (an error says why)

    const int murmur = int(Partitioner::Kind::Murmur2);
    const int crc = int(Partitioner::Kind::ConsistentRandom);
    const std::optional<QByteArray> none;
    // tests/0048-partitioner.c with 17 and 7 partitions ("quick" mode), expected partitions as
    // written there (-1 where the partitioner picks at random); its murmur2 constants are the
    // hashes with the sign bit cleared (from its tests/java/Murmur2Cli).
    for (int n : {17, 7}) {
        const QByteArray suffix = " of " + QByteArray::number(n);
        QTest::newRow("murmur2 null" + suffix) << murmur << none << n << -1;
        QTest::newRow("murmur2 empty" + suffix)
            << murmur << std::optional<QByteArray>("") << n << int(0x106e08d9 % n);
        QTest::newRow("murmur2 23456" + suffix)
            << murmur << std::optional<QByteArray>("23456") << n << int(0x058d780f % n);
        QTest::newRow("murmur2 hejsan" + suffix)
            << murmur << std::optional<QByteArray>("hejsan") << n << int(0x5ec19395 % n);
        QTest::newRow("consistent_random null" + suffix) << crc << none << n << -1;
        QTest::newRow("consistent_random empty" + suffix)
            << crc << std::optional<QByteArray>("") << n << -1;
        QTest::newRow("consistent_random 23456" + suffix)
            << crc << std::optional<QByteArray>("23456") << n << int(0xb1b451d7u % quint32(n));
        QTest::newRow("consistent_random long" + suffix)
            << crc
            << std::optional<QByteArray>("this is another string with more length to it perhaps")
            << n << int(0xb0150df7u % quint32(n));
        QTest::newRow("consistent_random hejsan" + suffix)
            << crc << std::optional<QByteArray>("hejsan") << n << int(0xd077037eu % quint32(n));
    }
    // A hash with the sign bit set: Java's toPositive clears the bit (not Math.abs).
    // murmur2("21") = -973932308 = 0xc5f2f8ec; & 0x7fffffff = 1173551340 (Math.abs would give
    // 973932308, partition 2 of 6 instead of 0).
    QTest::newRow("murmur2 negative hash")
        << murmur << std::optional<QByteArray>("21") << 6 << int(1173551340 % 6);
    QTest::newRow("murmur2 one partition")
        << murmur << std::optional<QByteArray>("anything") << 1 << 0;
    QTest::newRow("crc binary") << crc
                                << std::optional<QByteArray>(QByteArray("\x00\xff\x80key\x00", 7))
                                << 6 << int(0x94887f56u % 6);
    QTest::newRow("max partitions")
        << crc << std::optional<QByteArray>("123456789") << Partitioner::MaxPartitions
        << int(0xcbf43926u % quint32(Partitioner::MaxPartitions));
}

void TestPartitioner::partition()
{
    QFETCH(int, kind);
    QFETCH(std::optional<QByteArray>, key);
    QFETCH(int, partitions);
    QFETCH(int, expected);
    const Partitioner::Result result =
        Partitioner::partitionFor(Partitioner::Kind(kind), key, partitions);
    QCOMPARE(result.partition, expected);
    QCOMPARE(result.error.isEmpty(), expected >= 0);
    if (expected < 0)
        QVERIFY(result.error.contains(QLatin1String("key")));
}

void TestPartitioner::sameKeySamePartition()
{
    // A huge binary key: every byte value, many times; computed once and again, same answer,
    // in range for every count.
    QByteArray key;
    for (int i = 0; i < 4 * 1024 * 1024; ++i)
        key.append(char(i * 7));
    for (Partitioner::Kind kind :
         {Partitioner::Kind::Murmur2, Partitioner::Kind::ConsistentRandom}) {
        for (int n : {1, 2, 3, 6, 100, 99991, Partitioner::MaxPartitions}) {
            const Partitioner::Result first = Partitioner::partitionFor(kind, key, n);
            QVERIFY(first.error.isEmpty());
            QVERIFY(first.partition >= 0 && first.partition < n);
            QCOMPARE(Partitioner::partitionFor(kind, key, n).partition, first.partition);
        }
    }
}

void TestPartitioner::partitionCountRange_data()
{
    QTest::addColumn<int>("partitions");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("int min") << std::numeric_limits<int>::min();
    QTest::newRow("one past the maximum") << Partitioner::MaxPartitions + 1;
    QTest::newRow("int max") << std::numeric_limits<int>::max();
}

void TestPartitioner::partitionCountRange()
{
    QFETCH(int, partitions);
    for (Partitioner::Kind kind :
         {Partitioner::Kind::Murmur2, Partitioner::Kind::ConsistentRandom}) {
        const Partitioner::Result result =
            Partitioner::partitionFor(kind, QByteArray("key"), partitions);
        QCOMPARE(result.partition, -1);
        QVERIFY(result.error.contains(partitions == 0 ? QLatin1String("no partitions")
                                                      : QLatin1String("partition count")));
    }
}

void TestPartitioner::names()
{
    QCOMPARE(Partitioner::fromName(QStringLiteral("murmur2")), Partitioner::Kind::Murmur2);
    QCOMPARE(Partitioner::fromName(QStringLiteral("consistent_random")),
             Partitioner::Kind::ConsistentRandom);
    QCOMPARE(Partitioner::name(Partitioner::Kind::ConsistentRandom),
             QStringLiteral("consistent_random"));
    for (const char *bad : {"", "Murmur2", "murmur2_random", "crc32", "consistent", " murmur2"})
        QVERIFY2(!Partitioner::fromName(QString::fromLatin1(bad)), bad);
}

QTEST_APPLESS_MAIN(TestPartitioner)
#include "tst_partitioner.moc"
