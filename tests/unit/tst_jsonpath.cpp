// JsonPath: the paths a JSON column of the message table takes (parsed, refused with a reason),
// and what they find in values: nested members, array elements, odd names, absent parts,
// values that are not JSON, and each kind of JSON value as a cell shows it and sorts by it.
#include "jsonpath.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonPath final : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void finds_data();
    void finds();
    void sortKeys();
    void hostileValues();
};

void TestJsonPath::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("steps"); // "#n" for an index
    QTest::newRow("root") << "$" << QStringList{};
    QTest::newRow("member") << "$.order" << QStringList{"order"};
    QTest::newRow("nested") << "$.order.id" << QStringList{"order", "id"};
    QTest::newRow("index") << "$.items[0].sku" << QStringList{"items", "#0", "sku"};
    QTest::newRow("quoted") << "$['odd key']" << QStringList{"odd key"};
    QTest::newRow("double quoted dots") << "$[\"a.b\"].c" << QStringList{"a.b", "c"};
    QTest::newRow("escaped quote") << "$['it\\'s']" << QStringList{"it's"};
    QTest::newRow("unicode name") << "$.größe" << QStringList{"größe"};
    QTest::newRow("spaces around") << "  $.a  " << QStringList{"a"};
    QTest::newRow("root array") << "$[2][10]" << QStringList{"#2", "#10"};
}

void TestJsonPath::parses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, steps);
    QString error;
    const auto path = JsonPath::parse(text, &error);
    QVERIFY2(path, qPrintable(error));
    QStringList got;
    for (const JsonPath::Step &step : path->steps())
        got << (step.index >= 0 ? QStringLiteral("#%1").arg(step.index) : step.name);
    QCOMPARE(got, steps);
    QCOMPARE(path->text(), text.trimmed());
}

void TestJsonPath::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << ""
                           << "Type a JSON path";
    QTest::newRow("no dollar") << "order.id"
                               << "starts with $";
    QTest::newRow("trailing dot") << "$.order."
                                  << "name is missing after the dot at character 8";
    QTest::newRow("double dot") << "$..a"
                                << "name is missing";
    QTest::newRow("unclosed bracket") << "$.items[0"
                                      << "array index";
    QTest::newRow("negative index") << "$.items[-1]"
                                    << "array index";
    QTest::newRow("huge index") << "$.items[99999999999999999999]"
                                << "too large";
    QTest::newRow("unclosed quote") << "$['abc"
                                    << "no closing quote";
    QTest::newRow("no ] after quote") << "$['abc'x"
                                      << "] is missing";
    QTest::newRow("junk") << "$ order"
                          << "Unexpected";
    QTest::newRow("wildcard") << "$.items[*]"
                              << "array index";
    QTest::newRow("too long") << "$." + QString(2000, QLatin1Char('a')) << "longer than";
}

void TestJsonPath::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!JsonPath::parse(text, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestJsonPath::finds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("text");
    const QByteArray order = R"({"order":{"id":4711,"total":12.5,"note":"fast","gift":false,
        "coupon":null,"tags":["a","b"],"ship":{"to":"Hà Nội"}},"items":[{"sku":"X-1"},
        {"sku":"Y-2"}],"odd key":"odd","a.b":1})";
    QTest::newRow("integer") << "$.order.id" << order << true << "4711";
    QTest::newRow("double") << "$.order.total" << order << true << "12.5";
    QTest::newRow("string unquoted") << "$.order.note" << order << true << "fast";
    QTest::newRow("false") << "$.order.gift" << order << true << "false";
    QTest::newRow("null") << "$.order.coupon" << order << true << "null";
    QTest::newRow("array compact") << "$.order.tags" << order << true << R"(["a","b"])";
    QTest::newRow("object compact") << "$.order.ship" << order << true << R"({"to":"Hà Nội"})";
    QTest::newRow("element") << "$.items[1].sku" << order << true << "Y-2";
    QTest::newRow("odd key") << "$['odd key']" << order << true << "odd";
    QTest::newRow("dotted key") << "$['a.b']" << order << true << "1";
    QTest::newRow("absent member") << "$.order.missing" << order << false << "";
    QTest::newRow("index past the end") << "$.items[2].sku" << order << false << "";
    QTest::newRow("index on an object") << "$.order[0]" << order << false << "";
    QTest::newRow("member of a string") << "$.order.note.x" << order << false << "";
    QTest::newRow("top-level array") << "$[0]" << QByteArray("[7,8]") << true << "7";
    QTest::newRow("not JSON") << "$.a" << QByteArray("hello") << false << "";
    QTest::newRow("not quite JSON") << "$.a" << QByteArray(R"({"a":1,)") << false << "";
    QTest::newRow("scalar JSON") << "$.a" << QByteArray("42") << false << "";
    QTest::newRow("empty") << "$.a" << QByteArray() << false << "";
    QTest::newRow("binary") << "$.a" << QByteArray("\x00\xff{\"a\":1}", 9) << false << "";
    QTest::newRow("leading spaces") << "$.a" << QByteArray(" \n {\"a\":\"x\"}") << true << "x";
}

void TestJsonPath::finds()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QString, text);
    const auto parsed = JsonPath::parse(path);
    QVERIFY(parsed);
    const auto value = parsed->find(QByteArrayView(json));
    QCOMPARE(value.has_value(), found);
    if (found)
        QCOMPARE(JsonPath::toText(*value), text);
}

void TestJsonPath::sortKeys()
{
    QCOMPARE(JsonPath::toSortKey(QJsonValue(qint64(9007199254740993))).typeId(),
             QMetaType::LongLong);
    QCOMPARE(JsonPath::toSortKey(QJsonValue(qint64(9007199254740993))).toLongLong(),
             qint64(9007199254740993));
    QCOMPARE(JsonPath::toSortKey(QJsonValue(2.5)).typeId(), QMetaType::Double);
    QCOMPARE(JsonPath::toSortKey(QJsonValue(QStringLiteral("b"))).toString(), QStringLiteral("b"));
    QCOMPARE(JsonPath::toSortKey(QJsonValue(true)).toString(), QStringLiteral("true"));
    // 10 sorts after 9 as a number, not as text.
    QVERIFY(JsonPath::toSortKey(QJsonValue(10)).toLongLong() >
            JsonPath::toSortKey(QJsonValue(9)).toLongLong());
}

void TestJsonPath::hostileValues()
{
    const auto path = JsonPath::parse(QStringLiteral("$.a"));
    QVERIFY(path);
    // Nested far deeper than the parser allows: not JSON, no crash.
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    QVERIFY(!path->find(QByteArrayView(deep)));
    const auto first = JsonPath::parse(QStringLiteral("$[0][0][0]"));
    QVERIFY(first);
    QVERIFY(!first->find(QByteArrayView(deep)));
    // A 10 MB value: found at the end.
    QByteArray big = "{\"pad\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\",\"a\":\"end\"}";
    const auto value = path->find(QByteArrayView(big));
    QVERIFY(value);
    QCOMPARE(JsonPath::toText(*value), QStringLiteral("end"));
    // A NUL inside a string is JSON's \u0000, kept in the text.
    const auto nul = path->find(QByteArrayView(QByteArray(R"({"a":"x\u0000y"})")));
    QVERIFY(nul);
    QCOMPARE(JsonPath::toText(*nul), QString::fromUtf16(u"x\0y", 3));
}

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
