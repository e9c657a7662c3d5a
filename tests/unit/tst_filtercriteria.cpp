// FilterCriteria's JSON columns: text, a regular expression or the case rule matched against
// the text at a JSON path of each row's value (as the column shows it), rows whose value is not
// JSON or lacks the path never matching, numbers as written and escaped characters as they
// read; the cheap test on the value's bytes before parsing never loses a match.
#include "filtercriteria.h"
#include "messagetablemodel.h"

#include <QTest>

namespace {
// The values of the rows, in order: what each JSON column case is tested against.
const QList<QByteArray> &values()
{
    static const QList<QByteArray> list = {
        R"({"order": {"id": "A-17"}, "id": 1001, "name": "Widget"})", // 0
        R"({"order":{"id":"b-18"},"id":1002,"name":"widget pro"})",   // 1
        "Widget 1001 order A-17",                                     // 2: not JSON
        R"({"other":1})",                                             // 3: no path
        R"({"name":"caf\u00e9","id":7})",                             // 4
        R"({"name":"say \"hi\"","id":1e3})",                          // 5
        QByteArray("\xff\xfe{\"name\":\"Widget\"}\x00", 20),          // 6: binary
        R"({"name":"\u0057idget","id":-2.50})",                       // 7: escaped W
        R"({"order":{"id":"A-17 x"},"name":"gadget"})",               // 8
        R"([{"id":5}])",                                              // 9
        QByteArray(),                                                 // 10: null value
        R"({"name":"Widget", "id": 1001)",                            // 11: broken JSON
    };
    return list;
}

void fill(MessageTableModel *model)
{
    KafkaMessageBatch batch;
    for (qsizetype i = 0; i < values().size(); ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.offset = i;
        m.timestampMs = 1700000000000;
        m.key = i == 8 ? QByteArray("Widget") : QByteArray("k");
        m.keyIsNull = false;
        m.value = values().at(i);
        m.valueIsNull = m.value.isNull();
        batch.append(m);
    }
    model->appendBatch(batch);
}

QList<JsonPath> paths(const QStringList &texts)
{
    QList<JsonPath> list;
    for (const QString &text : texts) {
        const std::optional<JsonPath> path = JsonPath::parse(text);
        if (!path)
            qFatal("not a path: %s", qPrintable(text));
        list.append(*path);
    }
    return list;
}

QList<int> matchingRows(const FilterCriteria &criteria, const MessageTableModel &model)
{
    const FilterCriteria::Matcher matcher(criteria);
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (matcher.matchesContent(model, row))
            rows.append(row);
    }
    return rows;
}
} // namespace

class TestFilterCriteria final : public QObject
{
    Q_OBJECT
private slots:
    void jsonColumn_data();
    void jsonColumn();
    void jsonPathsCompareAndCount();
    void precheckKeepsEveryMatch();
    void hugeValue();
};

void TestFilterCriteria::jsonColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("fields");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QList<int>>("rows");

    const QStringList name{QStringLiteral("$.name")};
    const QStringList id{QStringLiteral("$.id")};
    const QStringList orderId{QStringLiteral("$.order.id")};
    // Rows 2 (not JSON), 6 (binary), 11 (broken) and 8's key hold "Widget" too: never found.
    QTest::newRow("text, any case")
        << "widget" << false << false << 0 << name << QList<int>{0, 1, 7};
    QTest::newRow("text, match case") << "Widget" << false << true << 0 << name << QList<int>{0, 7};
    QTest::newRow("regex, any case")
        << "^widget$" << true << false << 0 << name << QList<int>{0, 7};
    QTest::newRow("regex, match case") << "^w" << true << true << 0 << name << QList<int>{1};
    QTest::newRow("regex with a literal")
        << R"(^A-\d+$)" << true << false << 0 << orderId << QList<int>{0};
    QTest::newRow("text in a nested path")
        << "a-17" << false << false << 0 << orderId << QList<int>{0, 8};
    QTest::newRow("number as written") << "1001" << false << false << 0 << id << QList<int>{0};
    QTest::newRow("number, part") << "100" << false << false << 0 << id << QList<int>{0, 1, 5};
    QTest::newRow("exponent shown whole") << "1000" << false << false << 0 << id << QList<int>{5};
    QTest::newRow("decimal as shown") << "-2.5" << false << false << 0 << id << QList<int>{7};
    QTest::newRow("escaped character") << "café" << false << true << 0 << name << QList<int>{4};
    QTest::newRow("escaped character, any case")
        << "CAFÉ" << false << false << 0 << name << QList<int>{4};
    QTest::newRow("escaped character, regex")
        << "^caf.$" << true << false << 0 << name << QList<int>{4};
    QTest::newRow("escaped quote") << R"(say "hi")" << false << false << 0 << name << QList<int>{5};
    QTest::newRow("escaped letter") << "Widg" << false << true << 0 << name << QList<int>{0, 7};
    QTest::newRow("object as compact JSON")
        << R"({"id":"A-17"})" << false << true << 0 << QStringList{QStringLiteral("$.order")}
        << QList<int>{0};
    QTest::newRow("array element")
        << "5" << false << false << 0 << QStringList{QStringLiteral("$[0].id")} << QList<int>{9};
    QTest::newRow("two paths") << "x" << false << false << 0 << (name + orderId) << QList<int>{8};
    QTest::newRow("key field, found by the path")
        << "gadget" << false << false << int(FilterCriteria::KeyField) << name << QList<int>{8};
    QTest::newRow("key and a path") << "widget" << false << false << int(FilterCriteria::KeyField)
                                    << name << QList<int>{0, 1, 7, 8};
    QTest::newRow("nothing there") << "zzz" << false << false << 0 << name << QList<int>{};
    QTest::newRow("missing path") << "1" << false << false << 0
                                  << QStringList{QStringLiteral("$.nope")} << QList<int>{};
}

void TestFilterCriteria::jsonColumn()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(int, fields);
    QFETCH(QStringList, paths);
    QFETCH(QList<int>, rows);

    MessageTableModel model;
    fill(&model);
    FilterCriteria criteria;
    criteria.text = text;
    criteria.regularExpression = regex;
    criteria.caseSensitive = caseSensitive;
    criteria.fields = quint8(fields);
    criteria.jsonPaths = ::paths(paths);
    QVERIFY(criteria.error().isEmpty());
    QVERIFY(!criteria.matchesAnyContent());
    QCOMPARE(matchingRows(criteria, model), rows);
}

void TestFilterCriteria::jsonPathsCompareAndCount()
{
    FilterCriteria a;
    a.text = QStringLiteral("x");
    a.fields = 0;
    QVERIFY(a.matchesAnyContent()); // nowhere to look: every row passes
    a.jsonPaths = paths({QStringLiteral("$.a.b")});
    QVERIFY(!a.matchesAnyContent());
    FilterCriteria b = a;
    QCOMPARE(b, a);
    b.jsonPaths = paths({QStringLiteral("$['a'].b")}); // the same path, written otherwise
    QCOMPARE(b, a);
    b.jsonPaths = paths({QStringLiteral("$.a.c")});
    QVERIFY(!(b == a));
    b.jsonPaths = paths({QStringLiteral("$.a.b"), QStringLiteral("$.a.c")});
    QVERIFY(!(b == a));
    b.jsonPaths.clear();
    QVERIFY(!(b == a));
}

void TestFilterCriteria::precheckKeepsEveryMatch()
{
    // Every needle against every value, compared with parsing each value and searching the
    // text at the path (what the column shows), so that the first test on the bytes is seen
    // to reject only rows that cannot match.
    const QList<QByteArray> jsons = {
        R"({"v":"plain text"})",  R"({"v":"Plain\u0020Text"})",
        R"({"v":1e3})",           R"({"v":12345678901234567890})",
        R"({"v":0.1})",           R"({"v":1.50})",
        R"({"v":-0.0})",          R"({"v":true})",
        R"({"v":null})",          R"({"v":{"b": 1, "a": [1, 2]}})",
        R"({"v":[ "x" , "y" ]})", R"({"v":"a\/b"})",
        R"({"v":"tab\there"})",   R"({"v":"\u00e9t\u00e9"})",
        R"({"v":1E+2})",          R"({"v":123.456e-2})",
        R"({"w":"plain"})",       R"({"v":"sKy"})",
    };
    const QStringList needles = {
        QStringLiteral("plain"),   QStringLiteral("TEXT"),   QStringLiteral("1000"),
        QStringLiteral("e+19"),    QStringLiteral("1.2345"), QStringLiteral("0.1"),
        QStringLiteral("1.5"),     QStringLiteral("0"),      QStringLiteral("true"),
        QStringLiteral("null"),    QStringLiteral("1,2"),    QStringLiteral("\"a\":[1,2]"),
        QStringLiteral("x\",\"y"), QStringLiteral("a/b"),    QStringLiteral("tab\there"),
        QStringLiteral("été"),     QStringLiteral("100"),    QStringLiteral("1.23456"),
        QStringLiteral("sky"),     QStringLiteral("b\":1"),  QStringLiteral(" "),
    };
    MessageTableModel model;
    KafkaMessageBatch batch;
    for (qsizetype i = 0; i < jsons.size(); ++i) {
        KafkaMessage m;
        m.topic = QStringLiteral("t");
        m.offset = i;
        m.value = jsons.at(i);
        m.valueIsNull = false;
        batch.append(m);
    }
    model.appendBatch(batch);
    const JsonPath path = paths({QStringLiteral("$.v")}).constFirst();
    int matches = 0;
    for (const QString &needle : needles) {
        for (const bool caseSensitive : {false, true}) {
            FilterCriteria criteria;
            criteria.text = needle;
            criteria.caseSensitive = caseSensitive;
            criteria.fields = 0;
            criteria.jsonPaths = {path};
            const FilterCriteria::Matcher matcher(criteria);
            for (int row = 0; row < model.rowCount(); ++row) {
                const std::optional<QJsonValue> found = path.find(jsons.at(row));
                const bool expected =
                    found && JsonPath::toText(*found).contains(
                                 needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
                matches += expected ? 1 : 0;
                if (matcher.matchesContent(model, row) != expected)
                    QFAIL(qPrintable(QStringLiteral("\"%1\" in %2 (%3): expected %4")
                                         .arg(needle, QString::fromUtf8(jsons.at(row)),
                                              caseSensitive ? QStringLiteral("match case")
                                                            : QStringLiteral("any case"))
                                         .arg(expected)));
            }
        }
    }
    QVERIFY(matches > 30); // the comparison covers matches, not only rows rejected
}

void TestFilterCriteria::hugeValue()
{
    // A 4 MB value: the path found at its end, and not found when the bytes lack the text.
    QByteArray json = R"({"pad":")" + QByteArray(4 << 20, 'a') + R"(","id":"needle-42"})";
    MessageTableModel model;
    KafkaMessage m;
    m.topic = QStringLiteral("t");
    m.value = json;
    m.valueIsNull = false;
    KafkaMessageBatch batch;
    batch.append(m);
    model.appendBatch(batch);
    FilterCriteria criteria;
    criteria.fields = 0;
    criteria.jsonPaths = paths({QStringLiteral("$.id")});
    criteria.text = QStringLiteral("needle-42");
    QCOMPARE(matchingRows(criteria, model), QList<int>{0});
    criteria.text = QStringLiteral("needle-43");
    QCOMPARE(matchingRows(criteria, model), QList<int>{});
    criteria.text = QStringLiteral("aaa");
    QCOMPARE(matchingRows(criteria, model), QList<int>{});
}

QTEST_GUILESS_MAIN(TestFilterCriteria)
#include "tst_filtercriteria.moc"
