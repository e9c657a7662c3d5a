// The detail pane's renderings of a key or value: which view the bytes get by themselves, the
// text, pretty JSON, hex dump and Base64 of ASCII, multi-byte UTF-8, invalid UTF-8, NUL bytes,
// empty and null values, JSON objects, arrays and scalars, JSON too deep for Qt's parser,
// not-quite-JSON and a 10 MB value; invalid UTF-8 is never shown as replacement characters.
#include "payloadview.h"

#include <QElapsedTimer>
#include <QTest>

using Mode = PayloadView::Mode;
Q_DECLARE_METATYPE(PayloadView::Mode)

class TestPayloadView final : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void hexDumpColumns();
    void deepJsonFallsBackToText();
    void tenMegabytes();
};

void TestPayloadView::render_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Mode>("shownAs");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("noteContains"); // empty: no note

    const QByteArray utf8 = QStringLiteral("Grüße, 東京 🚀").toUtf8();
    QTest::newRow("ascii, best") << QByteArray("hello world") << Mode::Auto << Mode::Text
                                 << "hello world"
                                 << "";
    QTest::newRow("multi-byte utf-8, best")
        << utf8 << Mode::Auto << Mode::Text << QStringLiteral("Grüße, 東京 🚀") << "";
    QTest::newRow("multi-byte utf-8, hex")
        << QStringLiteral("é").toUtf8() << Mode::Hex << Mode::Hex
        << "00000000  c3 a9" + QString(14 * 3 + 2, QLatin1Char(' ')) + " |..|\n"
        << "";
    QTest::newRow("invalid utf-8, best is hex")
        << QByteArray("ab\xff", 3) << Mode::Auto << Mode::Hex
        << "00000000  61 62 ff" + QString(13 * 3 + 2, QLatin1Char(' ')) + " |ab.|\n"
        << "first bad byte at 2): shown as hex";
    QTest::newRow("invalid utf-8 as text says where, shows nothing")
        << QByteArray("abc\xc3(", 5) << Mode::Text << Mode::Text << ""
        << "first bad byte at 3";
    QTest::newRow("invalid utf-8 as json says where")
        << QByteArray("{\"a\":\"\xff\"}", 9) << Mode::Json << Mode::Text << ""
        << "first bad byte at 6";
    QTest::newRow("nul bytes, best is hex")
        << QByteArray("a\0b", 3) << Mode::Auto << Mode::Hex
        << "00000000  61 00 62" + QString(13 * 3 + 2, QLatin1Char(' ')) + " |a.b|\n"
        << "control characters (such as NUL): shown as hex";
    QTest::newRow("nul bytes as text are symbols")
        << QByteArray("a\0b", 3) << Mode::Text << Mode::Text << QStringLiteral("a\u2400b")
        << "1 control character";
    QTest::newRow("empty") << QByteArray("") << Mode::Auto << Mode::Text << ""
                           << "";
    QTest::newRow("empty as json") << QByteArray("") << Mode::Json << Mode::Text << ""
                                   << "Not valid JSON (empty)";
    QTest::newRow("null") << QByteArray() << Mode::Auto << Mode::Text << ""
                          << "";
    QTest::newRow("null as hex") << QByteArray() << Mode::Hex << Mode::Hex << ""
                                 << "";
    QTest::newRow("json object keeps key order and numbers")
        << QByteArray(R"({"z":1,"a":{"b":[1,2.50,{}],"c":[]},"big":12345678901234567890})")
        << Mode::Auto << Mode::Json
        << "{\n    \"z\": 1,\n    \"a\": {\n        \"b\": [\n            1,\n            2.50,\n"
           "            {}\n        ],\n        \"c\": []\n    },\n"
           "    \"big\": 12345678901234567890\n}"
        << "";
    QTest::newRow("json array with strings holding syntax")
        << QByteArray(R"( [ "a,b", "{\"x\": [1]}" , "\\" ] )") << Mode::Auto << Mode::Json
        << "[\n    \"a,b\",\n    \"{\\\"x\\\": [1]}\",\n    \"\\\\\"\n]"
        << "";
    QTest::newRow("json scalar number") << QByteArray("42") << Mode::Auto << Mode::Json << "42"
                                        << "";
    QTest::newRow("json scalar string")
        << QByteArray("\"hi\"") << Mode::Auto << Mode::Json << "\"hi\""
        << "";
    QTest::newRow("json scalar true") << QByteArray(" true ") << Mode::Auto << Mode::Json << "true"
                                      << "";
    QTest::newRow("json unicode kept") << QByteArray(R"({"k":"东京"})") << Mode::Auto << Mode::Json
                                       << QStringLiteral("{\n    \"k\": \"东京\"\n}") << "";
    QTest::newRow("not-quite-json: trailing comma")
        << QByteArray(R"({"a":1,})") << Mode::Auto << Mode::Text << R"({"a":1,})"
        << "";
    QTest::newRow("not-quite-json as json says why")
        << QByteArray(R"({"a":1,})") << Mode::Json << Mode::Text << R"({"a":1,})"
        << "Not valid JSON";
    QTest::newRow("not-quite-json: single quotes")
        << QByteArray("{'a':1}") << Mode::Auto << Mode::Text << "{'a':1}"
        << "";
    QTest::newRow("not-quite-json: two values")
        << QByteArray("{} {}") << Mode::Json << Mode::Text << "{} {}"
        << "Not valid JSON";
    QTest::newRow("not-quite-json: a list without brackets")
        << QByteArray("1,2") << Mode::Json << Mode::Text << "1,2"
        << "more than one";
    QTest::newRow("not-quite-json: unquoted word")
        << QByteArray("hello") << Mode::Json << Mode::Text << "hello"
        << "Not valid JSON";
    QTest::newRow("base64 of binary")
        << QByteArray("\x00\xff\x10hi", 5) << Mode::Base64 << Mode::Base64 << "AP8QaGk="
        << "";
    QTest::newRow("base64 of empty") << QByteArray("") << Mode::Base64 << Mode::Base64 << ""
                                     << "";
    QTest::newRow("text keeps line breaks and tabs")
        << QByteArray("a\r\nb\tc") << Mode::Auto << Mode::Text << "a\r\nb\tc"
        << "";
}

void TestPayloadView::render()
{
    QFETCH(QByteArray, data);
    QFETCH(Mode, mode);
    QFETCH(Mode, shownAs);
    QFETCH(QString, text);
    QFETCH(QString, noteContains);

    const PayloadView::Rendering r = PayloadView::render(data, mode);
    QCOMPARE(r.mode, shownAs);
    QCOMPARE(r.text, text);
    QVERIFY(!r.text.contains(QChar::ReplacementCharacter));
    if (noteContains.isEmpty())
        QVERIFY2(r.note.isEmpty(), qPrintable(r.note));
    else
        QVERIFY2(r.note.contains(noteContains), qPrintable(r.note));
}

void TestPayloadView::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("at");
    QTest::newRow("ascii") << QByteArray("abc") << qsizetype(-1);
    QTest::newRow("4-byte emoji") << QByteArray("a\xf0\x9f\x9a\x80") << qsizetype(-1);
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << qsizetype(2);
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << qsizetype(0);
    QTest::newRow("overlong 3-byte") << QByteArray("x\xe0\x80\xaf") << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("xy\xed\xa0\x80") << qsizetype(2);
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("cut at the end") << QByteArray("abc\xe6\x9d") << qsizetype(3);
    QTest::newRow("nul is valid") << QByteArray("a\0b", 3) << qsizetype(-1);
}

void TestPayloadView::firstInvalidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, at);
    QCOMPARE(PayloadView::firstInvalidUtf8(data), at);
    // Agrees with Qt's own decoder on validity.
    QCOMPARE(at < 0, QString::fromUtf8(data).toUtf8() == data);
}

void TestPayloadView::hexDumpColumns()
{
    QByteArray data;
    for (int i = 0; i < 20; ++i)
        data.append(char(0x41 + i));
    data[3] = '\n';
    const QString dump = PayloadView::hexDump(data, 0x100);
    QCOMPARE(dump, QStringLiteral("00000100  41 42 43 0a 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  "
                                  "|ABC.EFGHIJKLMNOP|\n"
                                  "00000110  51 52 53 54%1 |QRST|\n")
                       .arg(QString(12 * 3 + 2, QLatin1Char(' '))));
    // Every line has its columns at the same places, the last one included.
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines[0].indexOf(QLatin1Char('|')), lines[1].indexOf(QLatin1Char('|')));
}

void TestPayloadView::deepJsonFallsBackToText()
{
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    QCOMPARE(PayloadView::bestMode(deep), Mode::Text);
    const PayloadView::Rendering r = PayloadView::render(deep, Mode::Json);
    QCOMPARE(r.mode, Mode::Text);
    QCOMPARE(r.text, QString::fromLatin1(deep));
    QVERIFY2(r.note.contains(QLatin1String("too deep")), qPrintable(r.note));

    const QByteArray objects = QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}');
    QCOMPARE(PayloadView::render(objects, Mode::Auto).mode, Mode::Text);

    // Within the limit it is JSON, indented per level.
    const QByteArray fine = QByteArray(100, '[') + QByteArray(100, ']');
    const PayloadView::Rendering ok = PayloadView::render(fine, Mode::Auto);
    QCOMPARE(ok.mode, Mode::Json);
    QVERIFY(ok.text.contains(QLatin1Char('\n') + QString(99 * 4, QLatin1Char(' ')) +
                             QLatin1String("[]")));
}

void TestPayloadView::tenMegabytes()
{
    // A 10 MB JSON array: pretty-printed whole, its last element at the end.
    QByteArray json("[");
    const QByteArray item(R"({"id":123456,"name":"a fairly ordinary name","tags":["x","y"]},)");
    while (json.size() < 10'000'000)
        json += item;
    json.chop(1);
    json += "]";
    QElapsedTimer clock;
    clock.start();
    const PayloadView::Rendering r = PayloadView::render(json, Mode::Auto);
    qInfo("10 MB JSON rendered in %lld ms", clock.elapsed());
    QCOMPARE(r.mode, Mode::Json);
    QVERIFY(r.text.startsWith(QLatin1String("[\n    {\n        \"id\": 123456,")));
    QVERIFY(r.text.endsWith(QLatin1String("            \"y\"\n        ]\n    }\n]")));
    QCOMPARE(r.text.count(QLatin1String("\"id\"")), json.count("\"id\""));

    // 10 MB of binary: every byte dumped, the last line's offset right.
    QByteArray binary(10 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7);
    const PayloadView::Rendering hex = PayloadView::render(binary, Mode::Auto);
    QCOMPARE(hex.mode, Mode::Hex);
    QCOMPARE(hex.text.count(QLatin1Char('\n')), binary.size() / 16);
    const qsizetype lastLine = hex.text.lastIndexOf(QLatin1Char('\n'), -2) + 1;
    QVERIFY(hex.text.sliced(lastLine).startsWith(QLatin1String("009ffff0  ")));
    const PayloadView::Rendering b64 = PayloadView::render(binary, Mode::Base64);
    QCOMPARE(QByteArray::fromBase64(b64.text.toLatin1()), binary);

    // 10 MB of text that goes bad at its very end: the note gives the exact offset.
    QByteArray text(10 * 1024 * 1024, 'a');
    text.back() = '\xfe';
    const PayloadView::Rendering bad = PayloadView::render(text, Mode::Text);
    QVERIFY(bad.text.isEmpty());
    QCOMPARE(bad.badUtf8At, text.size() - 1);
}

QTEST_GUILESS_MAIN(TestPayloadView)
#include "tst_payloadview.moc"
