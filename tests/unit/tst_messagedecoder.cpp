// MessageDecoder without a schema registry to answer: a decoder with no registry calls nothing
// framed and gives no reason; with one, values that are not in the registry's format say why
// without asking the registry anything, and a framed value whose registry cannot be reached is
// Pending, then Failed with the schema id and the reason. (Decoding against a real registry is
// in tests/integration/tst_schemaregistry.cpp.)
#include "closedregistry.h"
#include "messagedecoder.h"
#include "schemaregistry.h"
#include "wireformat.h"

#include <QSignalSpy>
#include <QTest>

class TestMessageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void withoutRegistry();
    void notFramed_data();
    void notFramed();
    void unreachableRegistry();
};

void TestMessageDecoder::withoutRegistry()
{
    const MessageDecoder decoder(nullptr);
    QVERIFY(!decoder.registry());
    const QList<QByteArray> values{QByteArray(), QByteArray(1, '\0'), QByteArray("hello"),
                                   WireFormat::frame(1, "x"), QByteArray(1 << 20, '\0')};
    for (const QByteArray &value : values) {
        const auto result = decoder.decode(value, QStringLiteral("orders"));
        QCOMPARE(result.status, MessageDecoder::Result::Status::NotFramed);
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.schemaId, -1);
        QVERIFY(result.json.isEmpty());
    }
}

void TestMessageDecoder::notFramed_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<WireFormat::Error>("error");
    QTest::newRow("empty") << QByteArray() << WireFormat::Error::Empty;
    QTest::newRow("json") << QByteArray(R"({"id":1})") << WireFormat::Error::NoMagicByte;
    QTest::newRow("binary") << QByteArray("\x01\x00\x00\x00\x01", 5)
                            << WireFormat::Error::NoMagicByte;
    QTest::newRow("huge") << QByteArray(8 << 20, 'x') << WireFormat::Error::NoMagicByte;
    for (int size = 1; size < WireFormat::HeaderSize; ++size) {
        QTest::addRow("magic byte and %d", size - 1)
            << QByteArray(size, '\0') << WireFormat::Error::Truncated;
    }
}

void TestMessageDecoder::notFramed()
{
    QFETCH(QByteArray, value);
    QFETCH(WireFormat::Error, error);
    const auto registry = ClosedRegistry::make();
    const MessageDecoder decoder(registry);
    const auto result = decoder.decode(value);
    QCOMPARE(result.status, MessageDecoder::Result::Status::NotFramed);
    QCOMPARE(result.reason, WireFormat::errorText(error));
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(result.schemaId, -1);
    QCOMPARE(registry->requestsSent(), 0u);
}

void TestMessageDecoder::unreachableRegistry()
{
    const auto registry = ClosedRegistry::make();
    const MessageDecoder decoder(registry);
    QCOMPARE(decoder.registry(), registry);
    QSignalSpy arrived(registry.get(), &SchemaRegistry::schemaArrived);

    // Schema id 7, then the payload; and the largest id there is (0xffffffff reads as -1).
    for (const QByteArray &value :
         {WireFormat::frame(7, "\x02\x04hi"), QByteArray("\x00\xff\xff\xff\xff", 5)}) {
        int id = 0;
        QCOMPARE(WireFormat::parseHeader(value, &id), WireFormat::Error::None);
        auto result = decoder.decode(value);
        QCOMPARE(result.status, MessageDecoder::Result::Status::Pending);
        QCOMPARE(result.schemaId, id);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.contains(QVariantList{id}), 10000);

        result = decoder.decode(value);
        QCOMPARE(result.status, MessageDecoder::Result::Status::Failed);
        QCOMPARE(result.schemaId, id);
        QVERIFY2(result.reason.contains(QStringLiteral("Schema id %1").arg(id)) &&
                     result.reason.contains(QLatin1String("connection was refused")),
                 qPrintable(result.reason));
        QCOMPARE(result.errorOffset, -1);
        QVERIFY(result.json.isEmpty());
    }
    // One request per id, however often a row asks.
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(decoder.decode(WireFormat::frame(7, "")).status,
                 MessageDecoder::Result::Status::Failed);
    QCOMPARE(registry->requestsSent(), 2u);

    // Many ids at once (a topic of random bytes): each asked once, all answered.
    for (int id = 1000; id < 1200; ++id)
        QCOMPARE(decoder.decode(WireFormat::frame(id, "")).status,
                 MessageDecoder::Result::Status::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(registry->requestsSent(), 202u, 20000);
    QCOMPARE(registry->waitFor(1199, 20000).state, SchemaRegistry::State::Failed);
    for (int id = 1000; id < 1200; ++id)
        QCOMPARE(decoder.decode(WireFormat::frame(id, "")).status,
                 MessageDecoder::Result::Status::Failed);
    QCOMPARE(registry->requestsSent(), 202u);
}

QTEST_GUILESS_MAIN(TestMessageDecoder)
#include "tst_messagedecoder.moc"
