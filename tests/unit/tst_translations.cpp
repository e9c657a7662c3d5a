// Both languages stay complete: every Vietnamese message is translated with the same
// placeholders as its English source, and English plural forms exist for every %n message.
// The committed .ts files are first brought up to date with the sources by lupdate (in a
// temporary copy), so a new string without a translation fails here, not in front of a user.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current =
                TsMessage{context,
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    return xml.hasError() ? QList<TsMessage>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

// A copy of translations/NAME updated from the sources, or an empty string on failure.
QString updatedCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(TOPICDESK_TRANSLATIONS_DIR "/") + name, copy))
        return {};
    QProcess lupdate;
    lupdate.start(QStringLiteral(TOPICDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(TOPICDESK_SOURCE_DIR "/src"),
                   QStringLiteral(TOPICDESK_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0)
        return {};
    return copy;
}

class TestTranslations final : public QObject
{
    Q_OBJECT
private slots:
    void vietnameseIsComplete();
    void englishHasPluralForms();
};

void TestTranslations::vietnameseIsComplete()
{
    QTemporaryDir dir;
    const QString updated = updatedCopy(dir, QStringLiteral("topicdesk_vi.ts"));
    QVERIFY2(!updated.isEmpty(), "lupdate could not update a copy of topicdesk_vi.ts");
    const QList<TsMessage> messages = readTs(updated);
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        // lupdate files a tr() it cannot tie to a class (an alias's Alias::tr) under no
        // context, where the running application never looks: translated, yet never shown.
        if (m.context.isEmpty())
            problems << QStringLiteral("\"") + m.source +
                            QStringLiteral("\" has no context: call ClassName::tr() by its name");
        if (m.unfinished || m.forms.isEmpty() || m.forms.first().trimmed().isEmpty()) {
            problems << where + QStringLiteral(" is not translated");
            continue;
        }
        if (m.numerus && m.forms.size() != 1)
            problems << where + QStringLiteral(" needs exactly one plural form in Vietnamese");
        if (placeholders(m.forms.first()) != placeholders(m.source))
            problems << where + QStringLiteral(" lost or gained a placeholder");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishHasPluralForms()
{
    QTemporaryDir dir;
    const QString updated = updatedCopy(dir, QStringLiteral("topicdesk_en.ts"));
    QVERIFY2(!updated.isEmpty(), "lupdate could not update a copy of topicdesk_en.ts");
    const QList<TsMessage> messages = readTs(updated);
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString()))
            problems << m.context + QStringLiteral(": \"") + m.source +
                            QStringLiteral("\" needs a singular and a plural form");
        else if (m.forms.at(0).contains(QLatin1String("(s)")))
            problems << m.source + QStringLiteral(": the singular still says (s)");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
