// Keyboard accelerators (the underlined letters, Alt+letter) never clash, in English and in
// Vietnamese: within the main window (its menu bar and every panel's buttons, labels, check
// boxes, group boxes and tabs, as all panels can be shown together), within each menu and
// submenu, and within each dialog. A clash makes Alt+letter pick one of two controls at random,
// or cycle between them, which nobody expects. Each language is loaded from the compiled .qm
// files the application embeds.
#include "createtopicdialog.h"
#include "exportdialog.h"
#include "findbykeydialog.h"
#include "glossarydialog.h"
#include "mainwindow.h"
#include "registrydialog.h"
#include "securitydialog.h"
#include "sendtotopicdialog.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
// The letter Alt+ would press for text ("" when it has none); "&&" is a literal ampersand.
QString mnemonic(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

// The controls of root (not of its menus or other windows) whose text carries an accelerator.
QList<std::pair<QString, QString>> controls(QWidget *root)
{
    QList<std::pair<QString, QString>> found; // (text, where)
    const auto describe = [](const QObject *o) {
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()),
                                           o->objectName());
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->window() != root || qobject_cast<QMenu *>(w))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            found.append({button->text(), describe(w)});
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            found.append({label->text(), describe(w)});
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            found.append({box->title(), describe(w)});
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                found.append({tabs->tabText(i), describe(w)});
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                found.append({a->text(), QStringLiteral("menu bar")});
    }
    return found;
}

// "Alt+X: "&Xa" (where), "E&x" (where)" for every letter used more than once, and every
// accelerator that is not a plain letter or digit: Alt+Đ or Alt+Ư cannot be typed on the
// keyboards Vietnamese users have (they type accents through the plain letters).
QStringList clashes(const QList<std::pair<QString, QString>> &texts)
{
    QMap<QString, QStringList> byKey;
    QStringList out;
    for (const auto &[text, where] : texts) {
        const QString key = mnemonic(text);
        if (key.isEmpty())
            continue;
        byKey[key].append(QStringLiteral("\"%1\" (%2)").arg(text, where));
        const QChar letter = key.back();
        if (letter.unicode() > 0x7f || !letter.isLetterOrNumber())
            out.append(
                QStringLiteral("%1 is not a plain letter: \"%2\" (%3)").arg(key, text, where));
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            out.append(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    return out;
}

// A menu entry that only tells something ("No saved profiles"): disabled, and no command with
// a name stands behind it. It needs no accelerator, as nothing can be chosen.
bool isNote(const QAction *action)
{
    return !action->isEnabled() && action->objectName().isEmpty();
}

// Every menu reachable from the menu bar, its submenus included, with a path for messages.
void collectMenus(QMenu *menu, const QString &path, QList<std::pair<QMenu *, QString>> *out)
{
    out->append({menu, path});
    for (QAction *a : menu->actions())
        if (a->menu())
            collectMenus(a->menu(), path + QStringLiteral(" > ") + a->text(), out);
}
} // namespace

class TestAccelerators final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void noClash_data();
    void noClash();
    void everyMenuEntryHasAnAccelerator_data();
    void everyMenuEntryHasAnAccelerator();

    void dialogsFollowALiveSwitch();

private:
    // One of each dialog the application opens, over window.
    std::vector<std::unique_ptr<QDialog>> makeDialogs(MainWindow *window) const;
    // Installs the translations of language ("en" or "vi"), as main.cpp does.
    bool useLanguage(const QString &language);

    QTemporaryDir m_settings;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

void TestAccelerators::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestAccelerators::cleanup()
{
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();
}

bool TestAccelerators::useLanguage(const QString &language)
{
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(TOPICDESK_QM_DIR "/topicdesk_") + language))
        return false;
    QCoreApplication::installTranslator(own.get());
    m_translators.push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    return true;
}

void TestAccelerators::noClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Vietnamese") << QStringLiteral("vi");
}

void TestAccelerators::noClash()
{
    QFETCH(QString, language);
    QVERIFY2(useLanguage(language), "the compiled translation is missing");

    QStringList problems;
    MainWindow window{ConnectionConfig{}};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &clash : clashes(controls(&window)))
        problems.append(QStringLiteral("main window: ") + clash);

    QList<std::pair<QMenu *, QString>> menus;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu())
            collectMenus(a->menu(), a->text(), &menus);
    QVERIFY(menus.size() >= 7);
    for (const auto &[menu, path] : menus) {
        QList<std::pair<QString, QString>> entries;
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && a->isVisible())
                entries.append({a->text(), a->objectName()});
        for (const QString &clash : clashes(entries))
            problems.append(path + QStringLiteral(": ") + clash);
    }

    for (const auto &dialog : makeDialogs(&window))
        for (const QString &clash : clashes(controls(dialog.get())))
            problems.append(QString::fromLatin1(dialog->metaObject()->className()) +
                            QStringLiteral(": ") + clash);

    // QTest cuts long messages short: each clash gets a line of its own.
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 clash(es), listed above").arg(problems.size())));
}

void TestAccelerators::everyMenuEntryHasAnAccelerator_data()
{
    noClash_data();
}

// A menu entry without an underlined letter cannot be reached from the keyboard once its menu
// is open (short of the arrow keys): every entry of the menu bar's menus has one.
void TestAccelerators::everyMenuEntryHasAnAccelerator()
{
    QFETCH(QString, language);
    QVERIFY2(useLanguage(language), "the compiled translation is missing");
    MainWindow window{ConnectionConfig{}};
    QStringList missing;
    QList<std::pair<QMenu *, QString>> menus;
    for (QAction *a : window.menuBar()->actions()) {
        if (mnemonic(a->text()).isEmpty())
            missing.append(QStringLiteral("menu bar: ") + a->text());
        if (a->menu())
            collectMenus(a->menu(), a->text(), &menus);
    }
    for (const auto &[menu, path] : menus)
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && a->isVisible() && mnemonic(a->text()).isEmpty() &&
                !a->text().isEmpty() && !isNote(a))
                missing.append(path + QStringLiteral(": ") + a->text());
    for (const QString &entry : std::as_const(missing))
        qWarning("no accelerator: %s", qPrintable(entry));
    QVERIFY2(missing.isEmpty(), "menu entries without an accelerator, listed above");
}

std::vector<std::unique_ptr<QDialog>> TestAccelerators::makeDialogs(MainWindow *window) const
{
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<CreateTopicDialog>(1, window)); // the Sandbox's 1 or 3
    dialogs.push_back(std::make_unique<CreateTopicDialog>(3, window));
    dialogs.push_back(std::make_unique<CreateTopicDialog>(0, window)); // a real cluster
    dialogs.push_back(std::make_unique<FindByKeyDialog>(QStringLiteral("orders"), 3, window));
    dialogs.push_back(std::make_unique<SecurityDialog>(ConnectionConfig{}, window));
    dialogs.push_back(std::make_unique<RegistryDialog>(RegistrySettings{}, window));
    dialogs.push_back(std::make_unique<ShortcutsDialog>(window->menuBar(), window));
    dialogs.push_back(std::make_unique<ExportDialog>(
        1, 2, 3, m_settings.filePath(QStringLiteral("x.jsonl")), window));
    dialogs.push_back(std::make_unique<SendToTopicDialog>(
        2, QStringList{QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("a"), window));
    dialogs.push_back(std::make_unique<GlossaryDialog>(window));
    return dialogs;
}

namespace {
// Every text a dialog shows, in creation order: its title, and its widgets' texts, tooltips,
// combo box items and tab names.
QStringList shownTexts(QDialog *dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        const QString name = w->objectName() + QLatin1Char(' ');
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << name + button->text();
        else if (auto *label = qobject_cast<QLabel *>(w))
            texts << name + label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << name + box->title();
        else if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable())
            for (int i = 0; i < combo->count(); ++i)
                texts << name + combo->itemText(i);
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << name + tabs->tabText(i);
        else if (auto *table = qobject_cast<QTableWidget *>(w))
            for (int row = 0; row < table->rowCount(); ++row)
                for (int column = 0; column < table->columnCount(); ++column)
                    if (const QTableWidgetItem *item = table->item(row, column))
                        texts << name + item->text();
        if (!w->toolTip().isEmpty())
            texts << name + w->toolTip();
    }
    return texts;
}
} // namespace

// A dialog open while the language changes shows what a dialog opened in the new language
// shows, and again after switching back.
void TestAccelerators::dialogsFollowALiveSwitch()
{
    QVERIFY2(useLanguage(QStringLiteral("en")), "the compiled translation is missing");
    MainWindow window{ConnectionConfig{}};
    const auto open = makeDialogs(&window);
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        cleanup();
        QVERIFY2(useLanguage(language), "the compiled translation is missing");
        // LanguageChange reaches some widgets through posted events; queued work follows.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const auto fresh = makeDialogs(&window);
        QCOMPARE(open.size(), fresh.size());
        for (size_t i = 0; i < open.size(); ++i) {
            const QStringList was = shownTexts(open[i].get());
            const QStringList is = shownTexts(fresh[i].get());
            const QString dialog = QString::fromLatin1(open[i]->metaObject()->className());
            QCOMPARE(was.size(), is.size());
            for (qsizetype t = 0; t < was.size(); ++t)
                QVERIFY2(was.at(t) == is.at(t),
                         qPrintable(QStringLiteral("%1 in %2: \"%3\", opened now: \"%4\"")
                                        .arg(dialog, language, was.at(t), is.at(t))));
        }
    }
}

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
