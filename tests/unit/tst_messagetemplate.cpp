// Bulk-send templates: {{i}}, {{uuid}} and {{now}} replaced for each message, the rest kept.
#include "messagetemplate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

class TestMessageTemplate final : public QObject
{
    Q_OBJECT
private slots:
    void counter_data();
    void counter();
    void uuidAndNow();
};

void TestMessageTemplate::counter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("i");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain text") << "hello" << qint64(3) << QByteArray("hello");
    QTest::newRow("empty") << "" << qint64(3) << QByteArray("");
    QTest::newRow("counter alone") << "{{i}}" << qint64(42) << QByteArray("42");
    QTest::newRow("counter in json")
        << R"({"n": {{i}}, "m": "x{{ i }}"})" << qint64(7) << QByteArray(R"({"n": 7, "m": "x7"})");
    QTest::newRow("twice") << "{{i}}-{{i}}" << qint64(0) << QByteArray("0-0");
    QTest::newRow("unknown placeholder kept") << "{{nope}}" << qint64(1) << QByteArray("{{nope}}");
    QTest::newRow("utf-8") << QStringLiteral("tin nhắn {{i}}") << qint64(2)
                           << QStringLiteral("tin nhắn 2").toUtf8();
}

void TestMessageTemplate::counter()
{
    QFETCH(QString, text);
    QFETCH(qint64, i);
    QFETCH(QByteArray, expected);
    QCOMPARE(MessageTemplate(text).render(i), expected);
}

void TestMessageTemplate::uuidAndNow()
{
    const MessageTemplate t(QStringLiteral("{{uuid}} at {{now}}"));
    const QByteArray first = t.render(0);
    const QByteArray second = t.render(1);
    QVERIFY(first != second); // a new UUID every time
    const QList<QByteArray> parts = first.split(' ');
    QCOMPARE(parts.size(), 3);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(parts.at(0))).isNull());
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(parts.at(2)), Qt::ISODateWithMs);
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
