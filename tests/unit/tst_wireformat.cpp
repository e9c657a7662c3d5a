// The schema registry's wire format against fixed golden bytes: the header (magic byte and
// big-endian schema id) and Protobuf's message indexes (zigzag varints, {0} as one 0 byte),
// and the hostile cases: empty, bad magic, truncated header, truncated or overlong varints,
// negative and huge counts and indexes.
#include "wireformat.h"

#include <QTest>

#include <limits>

class TestWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void frameGolden_data();
    void frameGolden();
    void parseHeaderErrors_data();
    void parseHeaderErrors();
    void frameProtobufGolden_data();
    void frameProtobufGolden();
    void messageIndexErrors_data();
    void messageIndexErrors();
    void messageIndexesAtOffset();
    void protobufRoundTrip();
    void errorTexts();
};

void TestWireFormat::frameGolden_data()
{
    QTest::addColumn<int>("schemaId");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << 0
                       << QByteArray::fromHex("0000000000"
                                              "6162");
    QTest::newRow("1") << 1
                       << QByteArray::fromHex("0000000001"
                                              "6162");
    QTest::newRow("256") << 256
                         << QByteArray::fromHex("0000000100"
                                                "6162");
    QTest::newRow("0x7fffffff") << 0x7fffffff
                                << QByteArray::fromHex("007fffffff"
                                                       "6162");
    QTest::newRow("-1") << -1
                        << QByteArray::fromHex("00ffffffff"
                                               "6162");
    QTest::newRow("int min") << std::numeric_limits<int>::min()
                             << QByteArray::fromHex("0080000000"
                                                    "6162");
}

void TestWireFormat::frameGolden()
{
    QFETCH(int, schemaId);
    QFETCH(QByteArray, expected);
    QCOMPARE(WireFormat::frame(schemaId, "ab").toHex(), expected.toHex());
    int parsed = 12345;
    QCOMPARE(WireFormat::parseHeader(expected, &parsed), WireFormat::Error::None);
    QCOMPARE(parsed, schemaId);
    // The header alone (an empty record) is still framed.
    QCOMPARE(WireFormat::parseHeader(expected.left(WireFormat::HeaderSize), &parsed),
             WireFormat::Error::None);
    QCOMPARE(parsed, schemaId);
}

void TestWireFormat::parseHeaderErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<WireFormat::Error>("error");
    QTest::newRow("empty") << QByteArray() << WireFormat::Error::Empty;
    QTest::newRow("magic only") << QByteArray::fromHex("00") << WireFormat::Error::Truncated;
    QTest::newRow("4 bytes") << QByteArray::fromHex("00000001") << WireFormat::Error::Truncated;
    QTest::newRow("bad magic 01") << QByteArray::fromHex("0100000001")
                                  << WireFormat::Error::NoMagicByte;
    QTest::newRow("bad magic ff") << QByteArray::fromHex("ff") << WireFormat::Error::NoMagicByte;
    QTest::newRow("text") << QByteArray("{\"a\":1}") << WireFormat::Error::NoMagicByte;
}

void TestWireFormat::parseHeaderErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(WireFormat::Error, error);
    int schemaId = 777;
    QCOMPARE(WireFormat::parseHeader(data, &schemaId), error);
    QCOMPARE(schemaId, 777); // untouched on error
    QVERIFY(!WireFormat::errorText(error).isEmpty());
}

void TestWireFormat::frameProtobufGolden_data()
{
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<QByteArray>("expectedIndexBytes");
    QTest::addColumn<QList<int>>("parsed");
    QTest::newRow("{}") << QList<int>{} << QByteArray::fromHex("00") << QList<int>{0};
    QTest::newRow("{0}") << QList<int>{0} << QByteArray::fromHex("00") << QList<int>{0};
    QTest::newRow("{1}") << QList<int>{1} << QByteArray::fromHex("0202") << QList<int>{1};
    QTest::newRow("{0,2}") << QList<int>{0, 2} << QByteArray::fromHex("040004") << QList<int>{0, 2};
    QTest::newRow("{1,0,3}") << QList<int>{1, 0, 3} << QByteArray::fromHex("06020006")
                             << QList<int>{1, 0, 3};
    // 300 -> zigzag 600 = 0x258 -> d8 04; 64 -> zigzag 128 -> 80 01.
    QTest::newRow("{300,64}") << QList<int>{300, 64} << QByteArray::fromHex("04d8048001")
                              << QList<int>{300, 64};
    // INT_MAX -> zigzag 0xfffffffe -> fe ff ff ff 0f.
    QTest::newRow("{INT_MAX}") << QList<int>{std::numeric_limits<int>::max()}
                               << QByteArray::fromHex("02feffffff0f")
                               << QList<int>{std::numeric_limits<int>::max()};
}

void TestWireFormat::frameProtobufGolden()
{
    QFETCH(QList<int>, indexes);
    QFETCH(QByteArray, expectedIndexBytes);
    QFETCH(QList<int>, parsed);
    const QByteArray framed = WireFormat::frameProtobuf(256, indexes, "\x08\x01");
    QCOMPARE(framed.toHex(),
             (QByteArray::fromHex("0000000100") + expectedIndexBytes + "\x08\x01").toHex());
    int schemaId = 0;
    QCOMPARE(WireFormat::parseHeader(framed, &schemaId), WireFormat::Error::None);
    QCOMPARE(schemaId, 256);
    QList<int> read{42};
    qsizetype consumed = -1;
    QCOMPARE(WireFormat::parseMessageIndexes(framed, WireFormat::HeaderSize, &read, &consumed),
             WireFormat::Error::None);
    QCOMPARE(read, parsed);
    QCOMPARE(consumed, expectedIndexBytes.size());
    QCOMPARE(framed.mid(WireFormat::HeaderSize + consumed), QByteArray("\x08\x01"));
}

void TestWireFormat::messageIndexErrors_data()
{
    QTest::addColumn<QByteArray>("indexBytes");
    QTest::addColumn<WireFormat::Error>("error");
    QTest::newRow("nothing") << QByteArray() << WireFormat::Error::Truncated;
    QTest::newRow("count varint cut") << QByteArray::fromHex("80") << WireFormat::Error::Truncated;
    QTest::newRow("count 2, one index")
        << QByteArray::fromHex("0402") << WireFormat::Error::Truncated;
    QTest::newRow("index varint cut")
        << QByteArray::fromHex("02ff") << WireFormat::Error::Truncated;
    QTest::newRow("count -1") << QByteArray::fromHex("01") << WireFormat::Error::BadMessageIndexes;
    QTest::newRow("count 101") << QByteArray::fromHex("ca01")
                               << WireFormat::Error::BadMessageIndexes;
    QTest::newRow("huge count") << QByteArray::fromHex("feffffff0f")
                                << WireFormat::Error::BadMessageIndexes;
    QTest::newRow("index -1") << QByteArray::fromHex("0201")
                              << WireFormat::Error::BadMessageIndexes;
    // 2^31 as a zigzag varint: 2^32 -> 80 80 80 80 10.
    QTest::newRow("index 2^31") << QByteArray::fromHex("028080808010")
                                << WireFormat::Error::BadMessageIndexes;
    QTest::newRow("overlong count")
        << QByteArray::fromHex("80808080808001") << WireFormat::Error::BadMessageIndexes;
    // Five bytes that all say "more follows" are too long however the data goes on.
    QTest::newRow("overlong at the end")
        << QByteArray::fromHex("8080808080") << WireFormat::Error::BadMessageIndexes;
    QTest::newRow("overlong index")
        << QByteArray::fromHex("02ffffffffff01") << WireFormat::Error::BadMessageIndexes;
}

void TestWireFormat::messageIndexErrors()
{
    QFETCH(QByteArray, indexBytes);
    QFETCH(WireFormat::Error, error);
    const QByteArray data = QByteArray::fromHex("0000000001") + indexBytes;
    QList<int> indexes;
    qsizetype consumed = -7;
    QCOMPARE(WireFormat::parseMessageIndexes(data, WireFormat::HeaderSize, &indexes, &consumed),
             error);
    QCOMPARE(consumed, -7);
}

void TestWireFormat::messageIndexesAtOffset()
{
    QList<int> indexes;
    qsizetype consumed = 0;
    // Offsets outside the data do not read outside it.
    QCOMPARE(WireFormat::parseMessageIndexes("\x02\x02", 2, &indexes, &consumed),
             WireFormat::Error::Truncated);
    QCOMPARE(WireFormat::parseMessageIndexes("\x02\x02", 50, &indexes, &consumed),
             WireFormat::Error::Truncated);
    QCOMPARE(WireFormat::parseMessageIndexes("\x02\x02", -1, &indexes, &consumed),
             WireFormat::Error::BadMessageIndexes);
    QCOMPARE(WireFormat::parseMessageIndexes(QByteArray::fromHex("ff0202"), 1, &indexes, &consumed),
             WireFormat::Error::None);
    QCOMPARE(indexes, QList<int>{1});
    QCOMPARE(consumed, 2);
}

void TestWireFormat::protobufRoundTrip()
{
    const QList<QList<int>> cases{{5},      {0, 0},       {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                                  {63, 64}, {8191, 8192}, {1000000}};
    for (const QList<int> &indexes : cases) {
        const QByteArray framed = WireFormat::frameProtobuf(7, indexes, "payload");
        QList<int> read;
        qsizetype consumed = 0;
        QCOMPARE(WireFormat::parseMessageIndexes(framed, WireFormat::HeaderSize, &read, &consumed),
                 WireFormat::Error::None);
        QCOMPARE(read, indexes);
        QCOMPARE(framed.mid(WireFormat::HeaderSize + consumed), QByteArray("payload"));
    }
    // 100 levels is the most believed.
    QList<int> deep(100, 1);
    const QByteArray framed = WireFormat::frameProtobuf(7, deep, {});
    QList<int> read;
    qsizetype consumed = 0;
    QCOMPARE(WireFormat::parseMessageIndexes(framed, WireFormat::HeaderSize, &read, &consumed),
             WireFormat::Error::None);
    QCOMPARE(read, deep);
}

void TestWireFormat::errorTexts()
{
    QVERIFY(WireFormat::errorText(WireFormat::Error::None).isEmpty());
    QVERIFY(WireFormat::errorText(WireFormat::Error::NoMagicByte).contains(QLatin1String("00")));
    QVERIFY(!WireFormat::errorText(WireFormat::Error::BadMessageIndexes).isEmpty());
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
