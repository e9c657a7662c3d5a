// The glossary and "The tutorial and today's Kafka" (issue 12): reachable from the Help menu,
// opened at an entry by GlossaryDialog::showEntry() and by the glossary links of the What's This
// texts of the offsets panel's and message table's column headers and of the read options;
// every such link names an entry that exists, and a bad anchor shows the top of the page. No
// broker is needed: nothing connects.
#include "glossarydialog.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "partitionoffsetsmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

#include <memory>

class TestGlossary final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpMenuOpensBothPages();
    void showEntryScrollsToTheAnchor();
    void badAnchorsShowTheTop();
    void linksInsideThePageMoveToTheEntry();
    void everyWhatsThisLinkNamesAnEntry();
    void whatsThisLinkOpensTheEntry();
    void headerShowsItsWhatsThis();

private:
    static QAction *helpAction(const QWidget *window, const QString &name);
    static QStringList glossaryLinks(const QString &html);
    static int scrollOf(const GlossaryDialog *dialog);

    QTemporaryDir m_settings;
};

void TestGlossary::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

QAction *TestGlossary::helpAction(const QWidget *window, const QString &name)
{
    auto *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (!help)
        return nullptr;
    for (QAction *a : help->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

QStringList TestGlossary::glossaryLinks(const QString &html)
{
    QStringList anchors;
    static const QRegularExpression link(QStringLiteral("href=\"glossary:([^\"]*)\""));
    for (const QRegularExpressionMatch &m : link.globalMatch(html))
        anchors << m.captured(1);
    return anchors;
}

int TestGlossary::scrollOf(const GlossaryDialog *dialog)
{
    return dialog->findChild<QTextBrowser *>(QStringLiteral("glossaryBrowser"))
        ->verticalScrollBar()
        ->value();
}

void TestGlossary::helpMenuOpensBothPages()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *glossary = helpAction(&window, QStringLiteral("glossaryAction"));
    QAction *corrections = helpAction(&window, QStringLiteral("correctionsAction"));
    QVERIFY(glossary);
    QVERIFY(corrections);
    QVERIFY(helpAction(&window, QStringLiteral("whatsThisAction")));
    QCOMPARE(window.findChild<GlossaryDialog *>(), nullptr);

    glossary->trigger();
    auto *dialog = window.findChild<GlossaryDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->currentPage(), GlossaryDialog::Page::Glossary);
    const QString text =
        dialog->findChild<QTextBrowser *>(QStringLiteral("glossaryBrowser"))->toPlainText();
    for (const char *term :
         {"Topic", "Partition", "Offset", "Log start", "High watermark", "Consumer group",
          "Generation", "Rebalance", "Commit (committed offset)", "Lag", "acks", "In-sync replicas",
          "Idempotence", "At-least-once"})
        QVERIFY2(text.contains(QLatin1String(term)), term);
    QCOMPARE(GlossaryDialog::entryAnchors().size(), 14);

    corrections->trigger();
    QCOMPARE(window.findChildren<GlossaryDialog *>().size(), 1); // the same dialog
    QCOMPARE(dialog->currentPage(), GlossaryDialog::Page::Corrections);
    const QString page =
        dialog->findChild<QTextBrowser *>(QStringLiteral("correctionsBrowser"))->toPlainText();
    for (const char *fact :
         {"ZooKeeper", "KRaft", "__consumer_offsets", "long poll", "Consuming deletes nothing",
          "sticky partitioner", "consistent_random", "cannot join share groups"})
        QVERIFY2(page.contains(QLatin1String(fact)), fact);
    // Back to the glossary from the menu: its first page, at the top.
    glossary->trigger();
    QCOMPARE(dialog->currentPage(), GlossaryDialog::Page::Glossary);
    QCOMPARE(scrollOf(dialog), 0);
}

void TestGlossary::showEntryScrollsToTheAnchor()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GlossaryDialog *dialog = GlossaryDialog::showEntry(&window, QStringLiteral("at-least-once"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->parentWidget(), &window);
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("at-least-once"));
    // The last entry is far down the page: the page scrolled to it.
    QTRY_VERIFY(scrollOf(dialog) > 0);
    const int last = scrollOf(dialog);
    // From a panel inside the window: the same dialog, at another entry.
    auto *offsets = window.findChild<QTableView *>(QStringLiteral("offsetsView"));
    QVERIFY(offsets);
    QCOMPARE(GlossaryDialog::showEntry(offsets, QStringLiteral("high-watermark")), dialog);
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("high-watermark"));
    QTRY_VERIFY(scrollOf(dialog) < last);
    const int highWatermark = scrollOf(dialog);
    QVERIFY(highWatermark > 0);
    // The first entry, just below the page's title.
    GlossaryDialog::showEntry(&window, QStringLiteral("topic"));
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("topic"));
    QTRY_VERIFY(scrollOf(dialog) < highWatermark);
}

void TestGlossary::badAnchorsShowTheTop()
{
    MainWindow window{ConnectionConfig()};
    GlossaryDialog *dialog = GlossaryDialog::showEntry(&window, QStringLiteral("lag"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(scrollOf(dialog) > 0);
    for (const QString &bad :
         {QString(), QStringLiteral("no-such-entry"), QStringLiteral("\"><script>x</script>"),
          QString(100000, QLatin1Char('a')), QStringLiteral("LAG"),
          QString::fromUtf8("lag\0x", 5)}) {
        GlossaryDialog::showEntry(&window, bad);
        QCOMPARE(dialog->currentPage(), GlossaryDialog::Page::Glossary);
        QVERIFY(dialog->currentAnchor().isEmpty());
        QCOMPARE(scrollOf(dialog), 0);
        GlossaryDialog::showEntry(&window, QStringLiteral("lag"));
        QTRY_VERIFY(scrollOf(dialog) > 0);
    }
    // A glossary without a window to belong to still opens.
    std::unique_ptr<GlossaryDialog> alone(
        GlossaryDialog::showEntry(nullptr, QStringLiteral("acks")));
    QVERIFY(alone);
    QCOMPARE(alone->currentAnchor(), QStringLiteral("acks"));
}

void TestGlossary::linksInsideThePageMoveToTheEntry()
{
    MainWindow window{ConnectionConfig()};
    GlossaryDialog *dialog = GlossaryDialog::showCorrections(&window);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *corrections = dialog->findChild<QTextBrowser *>(QStringLiteral("correctionsBrowser"));
    auto *glossary = dialog->findChild<QTextBrowser *>(QStringLiteral("glossaryBrowser"));
    // Every link of both pages leads to an entry of the glossary.
    const QStringList anchors = GlossaryDialog::entryAnchors();
    const QStringList links =
        glossaryLinks(corrections->toHtml()) + glossaryLinks(glossary->toHtml());
    QVERIFY(links.size() >= 10);
    for (const QString &link : links)
        QVERIFY2(anchors.contains(link), qPrintable(link));
    // A click on one (the browser does not follow links itself) opens the glossary there.
    emit corrections->anchorClicked(QUrl(QStringLiteral("glossary:rebalance")));
    QCOMPARE(dialog->currentPage(), GlossaryDialog::Page::Glossary);
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("rebalance"));
    QTRY_VERIFY(scrollOf(dialog) > 0);
    // Other links lead nowhere: nothing changes.
    emit glossary->anchorClicked(QUrl(QStringLiteral("https://example.com/#lag")));
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("rebalance"));
}

void TestGlossary::everyWhatsThisLinkNamesAnEntry()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList anchors = GlossaryDialog::entryAnchors();
    const QString hint = GlossaryDialog::toolTipHint();
    int linked = 0;
    for (const char *viewName : {"offsetsView", "messageView"}) {
        auto *view = window.findChild<QTableView *>(QLatin1String(viewName));
        QVERIFY2(view, viewName);
        QAbstractItemModel *model = view->horizontalHeader()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString whatsThis =
                model->headerData(column, Qt::Horizontal, Qt::WhatsThisRole).toString();
            if (whatsThis.isEmpty())
                continue;
            const QStringList links = glossaryLinks(whatsThis);
            QCOMPARE(links.size(), 1);
            QVERIFY2(anchors.contains(links.first()), qPrintable(links.first()));
            // Its tooltip says how to get there.
            QVERIFY(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .endsWith(hint));
            ++linked;
        }
    }
    QVERIFY(linked >= 6 + 4); // every offsets column; state, partition, offset and ack
    const QString highWatermark = window.findChild<QTableView *>(QStringLiteral("offsetsView"))
                                      ->horizontalHeader()
                                      ->model()
                                      ->headerData(PartitionOffsetsModel::HighWatermarkColumn,
                                                   Qt::Horizontal, Qt::WhatsThisRole)
                                      .toString();
    QCOMPARE(glossaryLinks(highWatermark), QStringList{QStringLiteral("high-watermark")});
    for (const char *name : {"modeCombo", "groupEdit", "startCombo", "commitCombo"}) {
        auto *widget = window.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        const QStringList links = glossaryLinks(widget->whatsThis());
        QCOMPARE(links.size(), 1);
        QVERIFY2(anchors.contains(links.first()), qPrintable(links.first()));
        QVERIFY(widget->toolTip().endsWith(hint));
    }
}

void TestGlossary::whatsThisLinkOpensTheEntry()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A click on a What's This link sends this event to the widget that showed the text.
    QHeaderView *header =
        window.findChild<QTableView *>(QStringLiteral("offsetsView"))->horizontalHeader();
    QWhatsThisClickedEvent click(QStringLiteral("glossary:lag"));
    QVERIFY(QApplication::sendEvent(header, &click));
    auto *dialog = window.findChild<GlossaryDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("lag"));

    auto *commit = window.findChild<QComboBox *>(QStringLiteral("commitCombo"));
    QWhatsThisClickedEvent commitClick(QStringLiteral("glossary:commit"));
    QVERIFY(QApplication::sendEvent(commit, &commitClick));
    QCOMPARE(window.findChildren<GlossaryDialog *>().size(), 1);
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("commit"));
    // Links of other kinds are left to Qt.
    QWhatsThisClickedEvent other(QStringLiteral("https://kafka.apache.org/"));
    QVERIFY(!QApplication::sendEvent(commit, &other));
    QCOMPARE(dialog->currentAnchor(), QStringLiteral("commit"));
}

void TestGlossary::headerShowsItsWhatsThis()
{
    // Qt 6.4's QHeaderView shows the model's WhatsThisRole header data in What's This mode:
    // the popup that carries the link.
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView *header =
        window.findChild<QTableView *>(QStringLiteral("messageView"))->horizontalHeader();
    QTRY_VERIFY(header->isVisible());
    const QPoint pos(header->sectionViewportPosition(MessageTableModel::OffsetColumn) + 5,
                     header->height() / 2);
    QHelpEvent query(QEvent::QueryWhatsThis, pos, header->viewport()->mapToGlobal(pos));
    QVERIFY(QApplication::sendEvent(header->viewport(), &query));
    QHelpEvent show(QEvent::WhatsThis, pos, header->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(header->viewport(), &show);
    const auto popup = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && QLatin1String(w->metaObject()->className()) == "QWhatsThat")
                return w;
        }
        return static_cast<QWidget *>(nullptr);
    };
    QTRY_VERIFY(popup());
    QWhatsThis::hideText();
    QTRY_VERIFY(!popup());
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
