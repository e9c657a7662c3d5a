// View → Language switches the language live: after the menu entry is triggered, every text the
// window shows (its title, the menu bar and every menu, the docks' titles, every visible label,
// button, group box, tab, placeholder, combo box entry, tooltip and column header) is what a
// window started in that language shows, and switching back gives the English texts again. The
// window started in the language is the oracle: a text that did not change is a widget that was
// not retranslated, whether or not the string has its Vietnamese translation yet (that is
// tst_translations' test). The compiled .qm files come from the build directory.
#include "languageswitcher.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "topiclistmodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <memory>

namespace {
using Texts = QMap<QString, QString>; // where → text

// A name for w that is the same in two windows built alike: object names where there are,
// else the class and the place among its siblings of that class.
QString pathOf(const QObject *o, const QObject *root)
{
    QStringList parts;
    for (; o && o != root; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            const QString cls = QString::fromLatin1(o->metaObject()->className());
            int index = 0;
            if (o->parent()) {
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (QString::fromLatin1(sibling->metaObject()->className()) == cls)
                        ++index;
                }
            }
            part = QStringLiteral("%1#%2").arg(cls).arg(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

void addText(Texts *texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts->insert(where, text);
}

void collectAction(Texts *texts, const QAction *action, const QString &where)
{
    addText(texts, where + QStringLiteral(" text"), action->text());
    addText(texts, where + QStringLiteral(" tooltip"), action->toolTip());
    addText(texts, where + QStringLiteral(" statusTip"), action->statusTip());
    addText(texts, where + QStringLiteral(" whatsThis"), action->whatsThis());
}

void collectMenu(Texts *texts, const QMenu *menu, const QString &where)
{
    addText(texts, where + QStringLiteral(" title"), menu->title());
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *a = actions.at(i);
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString at = where + QStringLiteral(" > ") +
                           (a->objectName().isEmpty() ? QString::number(i) : a->objectName());
        if (a->menu())
            collectMenu(texts, a->menu(), at);
        else
            collectAction(texts, a, at);
    }
}

// Every text of window a user can see now, and every entry of its menus.
Texts visibleTexts(QMainWindow *window)
{
    Texts texts;
    addText(&texts, QStringLiteral("window title"), window->windowTitle());
    const QList<QAction *> bar = window->menuBar()->actions();
    for (const QAction *a : bar)
        if (a->menu())
            collectMenu(&texts, a->menu(), a->menu()->objectName());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || qobject_cast<QMenu *>(w))
            continue;
        const QString at = pathOf(w, window);
        addText(&texts, at + QStringLiteral(" tooltip"), w->toolTip());
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            addText(&texts, at + QStringLiteral(" title"), dock->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            addText(&texts, at, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            addText(&texts, at, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            addText(&texts, at, box->title());
        // Rendered texts (the journey): not the log or a message's bytes, which are not texts
        // of the application.
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            addText(&texts, at, browser->toPlainText());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            addText(&texts, at + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                addText(&texts, at + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
                addText(&texts, at + QStringLiteral(" tab %1 tooltip").arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                addText(&texts, at + QStringLiteral(" item %1").arg(i), combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
                const QString header = at + QStringLiteral(" header %1").arg(c);
                addText(&texts, header, model->headerData(c, Qt::Horizontal).toString());
                addText(&texts, header + QStringLiteral(" tooltip"),
                        model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        const QList<QAction *> actions = w->actions();
        for (int i = 0; i < actions.size(); ++i) {
            const QAction *a = actions.at(i);
            if (!a->isSeparator() && a->isVisible())
                collectAction(
                    &texts, a,
                    at + QStringLiteral(" action ") +
                        (a->objectName().isEmpty() ? QString::number(i) : a->objectName()));
        }
    }
    return texts;
}

// The texts of every panel: those tabbed behind another are brought to the front in turn.
Texts allTexts(QMainWindow *window)
{
    Texts texts;
    for (const char *name : {"detailDock", "journeyDock", "composeDock"}) {
        if (auto *dock = window->findChild<QDockWidget *>(QLatin1String(name)))
            dock->raise();
        QCoreApplication::sendPostedEvents();
        texts.insert(visibleTexts(window));
    }
    return texts;
}

// Where shown differs from expected, one line each: "where: shown ≠ expected".
QStringList differences(const Texts &shown, const Texts &expected)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString now = shown.value(it.key());
        if (!shown.contains(it.key()))
            out << QStringLiteral("%1: missing, expected \"%2\"").arg(it.key(), it.value());
        else if (now != it.value())
            out << QStringLiteral("%1: \"%2\", expected \"%3\"").arg(it.key(), now, it.value());
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        if (!expected.contains(it.key()))
            out << QStringLiteral("%1: \"%2\" shown, not expected").arg(it.key(), it.value());
    return out;
}

QAction *languageAction(QMainWindow *window, const QString &code)
{
    return window->findChild<QAction *>(code + QStringLiteral("LanguageAction"));
}

void report(const QStringList &problems)
{
    // QTest cuts long messages short: each on a line of its own.
    for (const QString &problem : problems)
        qWarning("%s", qPrintable(problem));
}
} // namespace

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void switchingRetranslatesEveryText();
    void modelsAnnounceTheirNewTexts();
    void connectionStateFollows();

private:
    // A window in the language installed now, shown.
    std::unique_ptr<MainWindow> startWindow();

    QTemporaryDir m_settings;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    LanguageSwitcher::forApplication()->setDirectory(QStringLiteral(TOPICDESK_QM_DIR));
}

void TestLanguageSwitch::cleanup()
{
    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("en"))));
}

std::unique_ptr<MainWindow> TestLanguageSwitch::startWindow()
{
    auto window = std::make_unique<MainWindow>(ConnectionConfig{});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    // The panels hidden at first are shown too: the group, the filter bar with all its fields.
    for (const char *name : {"groupViewAction", "filterAction"}) {
        QAction *show = window->findChild<QAction *>(QLatin1String(name));
        if (!show)
            return nullptr;
        show->trigger();
    }
    if (auto *more = window->findChild<QAbstractButton *>(QStringLiteral("filterMoreButton")))
        more->setChecked(true);
    QCoreApplication::sendPostedEvents();
    return window;
}

void TestLanguageSwitch::switchingRetranslatesEveryText()
{
    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("en"))));
    // What a window started in Vietnamese shows: the oracle for the switched one.
    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("vi"))));
    Texts vietnamese;
    {
        const std::unique_ptr<MainWindow> started = startWindow();
        QVERIFY(started);
        vietnamese = allTexts(started.get());
    }
    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("en"))));
    const std::unique_ptr<MainWindow> window = startWindow();
    QVERIFY(window);
    const Texts english = allTexts(window.get());
    // Not a vacuous comparison: the window has many texts, and the two languages differ.
    QVERIFY2(english.size() > 150, qPrintable(QString::number(english.size())));
    int translated = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        translated += vietnamese.value(it.key()) != it.value() ? 1 : 0;
    QVERIFY2(translated > 100, qPrintable(QStringLiteral("only %1 texts differ").arg(translated)));

    // A line in the log before the switch: the log is history, it stays as it was written.
    auto *log = window->findChild<LogPanel *>(QStringLiteral("logPanel"));
    QVERIFY(log);
    const QString line = QCoreApplication::translate("MainWindow", "Not connected.");
    log->appendLine(line);

    // Through the real menu entry: no restart, no message box, the choice is kept.
    QAction *vi = languageAction(window.get(), QStringLiteral("vi"));
    QVERIFY(vi);
    vi->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("vi"));
    QVERIFY(vi->isChecked());
    // The widgets get their LanguageChange posted: wait until they have had it.
    QStringList problems;
    if (!QTest::qWaitFor([&] { return differences(allTexts(window.get()), vietnamese).isEmpty(); }))
        problems = differences(allTexts(window.get()), vietnamese);
    report(problems);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 text(s) not as in Vietnamese, listed above").arg(problems.size())));

    auto *logView = log->findChild<QPlainTextEdit *>();
    QVERIFY(logView);
    QVERIFY2(logView->toPlainText().endsWith(QStringLiteral("  ") + line),
             qPrintable(logView->toPlainText()));

    QAction *en = languageAction(window.get(), QStringLiteral("en"));
    QVERIFY(en);
    en->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    if (!QTest::qWaitFor([&] { return differences(allTexts(window.get()), english).isEmpty(); }))
        problems = differences(allTexts(window.get()), english);
    report(problems);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 text(s) not back in English, listed above").arg(problems.size())));
}

// Models are not widgets: each announces, once per switch, that its header and the texts of
// all its cells changed (under QAbstractItemModelTester, which checks the announcement).
void TestLanguageSwitch::modelsAnnounceTheirNewTexts()
{
    TopicListModel topics;
    QAbstractItemModelTester tester(&topics,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    TopicInfo orders;
    orders.name = QStringLiteral("orders");
    orders.partitionCount = 3;
    TopicInfo empty;
    empty.name = QStringLiteral("empty");
    empty.partitionCount = 1;
    topics.setTopics({orders, empty});
    // (Vietnamese keeps "Topic" in English; the partition count's header is translated.)
    const QString englishHeader = topics.headerData(1, Qt::Horizontal).toString();
    QSignalSpy headers(&topics, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&topics, &QAbstractItemModel::dataChanged);

    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("vi"))));
    QVERIFY(headers.wait());
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), topics.columnCount() - 1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().at(0).toModelIndex(), topics.index(0, 0));
    QCOMPARE(cells.first().at(1).toModelIndex(), topics.index(1, topics.columnCount() - 1));
    QVERIFY(cells.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    // What the views ask for next is in Vietnamese.
    QCOMPARE(topics.headerData(1, Qt::Horizontal).toString(),
             QCoreApplication::translate("TopicListModel", "Partitions"));
    QVERIFY(topics.headerData(1, Qt::Horizontal).toString() != englishHeader);
    // A model without rows announces its header only.
    topics.setTopics({});
    headers.clear();
    cells.clear();
    QVERIFY(LanguageSwitcher::forApplication()->use(QLocale(QStringLiteral("en"))));
    QVERIFY(headers.wait());
    QCOMPARE(cells.size(), 0);
    QCOMPARE(topics.headerData(1, Qt::Horizontal).toString(), englishHeader);
}

// The connection line is said by the session when it connects; a switch says it again, in the
// new language, with the broker count it found.
void TestLanguageSwitch::connectionStateFollows()
{
    const std::unique_ptr<MainWindow> window = startWindow();
    QVERIFY(window);
    auto *state = window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QAction *connect = window->findChild<QAction *>(QStringLiteral("connectAction"));
    QVERIFY(state && connect);
    if (window->session()->state() != KafkaSession::State::Connected)
        connect->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), KafkaSession::State::Connected, 20000);
    const auto said = [&](const char *language) {
        QTranslator translator;
        if (!translator.load(QStringLiteral(TOPICDESK_QM_DIR "/topicdesk_") +
                             QLatin1String(language)))
            return QString();
        // QTranslator gives the plural form as written; tr() puts the number in for %n.
        return translator.translate("KafkaSession", "Connected to %1 (%n broker(s)).", nullptr, 1)
            .replace(QStringLiteral("%n"), QStringLiteral("1"))
            .arg(window->session()->clusterLabel());
    };
    const QString english = said("en");
    const QString vietnamese = said("vi");
    QVERIFY(!english.isEmpty() && !vietnamese.isEmpty() && english != vietnamese);
    QTRY_VERIFY2(state->text().endsWith(english.toHtmlEscaped()), qPrintable(state->text()));
    QAction *vi = languageAction(window.get(), QStringLiteral("vi"));
    QVERIFY(vi);
    vi->trigger();
    QTRY_VERIFY2(state->text().endsWith(vietnamese.toHtmlEscaped()), qPrintable(state->text()));
    QCOMPARE(window->session()->stateMessage(), vietnamese);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
