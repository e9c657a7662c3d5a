// The window as panels, menus and a layout that sticks, on the offscreen platform: a closed
// panel comes back from View, the layout and column widths survive a new window, Reset layout
// gives the first layout back, every column reads at 1024×640, Ctrl+Q closes with a consumer
// running, and the About box names the versions in use. The window is connected to the
// Sandbox where a consumer is needed: these check the window, not Kafka.
#include "buildinfo.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "partitionoffsetsmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <librdkafka/rdkafka.h>

class TestWindowLayout final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyPanelIsADockListedInView();
    void closedPanelComesBackFromView();
    void layoutAndColumnWidthsSurviveANewWindow();
    void resetLayoutRestoresTheDefault();
    void everyColumnReadsAt1024x640();
    void ctrlQClosesWithAConsumerRunning();
    void aboutNamesTheVersionsInUse();
    void shortcutListNamesTheMenuShortcuts();

private:
    static QAction *action(const QWidget *window, const QString &name);
    static QStringList dockNames();

    QTemporaryDir m_settings;
};

void TestWindowLayout::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestWindowLayout::init()
{
    // Every case starts from a first start: nothing saved.
    QSettings().clear();
}

QAction *TestWindowLayout::action(const QWidget *window, const QString &name)
{
    for (QAction *a : window->findChildren<QAction *>(name))
        return a;
    return nullptr;
}

QStringList TestWindowLayout::dockNames()
{
    return {QStringLiteral("connection"), QStringLiteral("topics"),  QStringLiteral("compose"),
            QStringLiteral("messages"),   QStringLiteral("offsets"), QStringLiteral("log")};
}

void TestWindowLayout::everyPanelIsADockListedInView()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    for (const QString &name : dockNames()) {
        auto *dock = window.findChild<QDockWidget *>(name + QStringLiteral("Dock"));
        QVERIFY2(dock, qPrintable(name));
        QVERIFY2(dock->isVisible(), qPrintable(name));
        QVERIFY2(dock->features().testFlag(QDockWidget::DockWidgetClosable), qPrintable(name));
        QVERIFY2(dock->features().testFlag(QDockWidget::DockWidgetMovable), qPrintable(name));
        QVERIFY2(view->actions().contains(dock->toggleViewAction()), qPrintable(name));
    }
}

void TestWindowLayout::closedPanelComesBackFromView()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("offsetsDock"));
    QVERIFY(dock && dock->isVisible());
    dock->close();
    QVERIFY(!dock->isVisible());
    QAction *show = action(&window, QStringLiteral("offsetsViewAction"));
    QVERIFY(show);
    QVERIFY(!show->isChecked());
    show->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(show->isChecked());
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
}

void TestWindowLayout::layoutAndColumnWidthsSurviveANewWindow()
{
    constexpr int KeyWidth = 233;
    const QSize size(1111, 711);
    {
        MainWindow window{ConnectionConfig()};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        window.findChild<QDockWidget *>(QStringLiteral("logDock"))->close();
        window.findChild<QDockWidget *>(QStringLiteral("topicsDock"))->setFloating(true);
        auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
        table->horizontalHeader()->resizeSection(MessageTableModel::KeyColumn, KeyWidth);
        QTRY_COMPARE(window.size(), size);
        window.close();
        QTRY_VERIFY(!window.isVisible());
    }
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("logDock"))->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("topicsDock"))->isFloating());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("composeDock"))->isVisible());
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    QCOMPARE(table->horizontalHeader()->sectionSize(MessageTableModel::KeyColumn), KeyWidth);
}

void TestWindowLayout::resetLayoutRestoresTheDefault()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHash<QString, Qt::DockWidgetArea> areas;
    QHash<QString, QRect> places;
    for (const QString &name : dockNames()) {
        auto *dock = window.findChild<QDockWidget *>(name + QStringLiteral("Dock"));
        areas.insert(name, window.dockWidgetArea(dock));
        places.insert(name, dock->geometry());
    }
    auto *logDock = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
    auto *composeDock = window.findChild<QDockWidget *>(QStringLiteral("composeDock"));
    auto *topicsDock = window.findChild<QDockWidget *>(QStringLiteral("topicsDock"));
    logDock->close();
    topicsDock->setFloating(true);
    window.addDockWidget(Qt::LeftDockWidgetArea, composeDock);
    QCOMPARE(window.dockWidgetArea(composeDock), Qt::LeftDockWidgetArea);

    QAction *reset = action(&window, QStringLiteral("resetLayoutAction"));
    QVERIFY(reset);
    reset->trigger();
    constexpr int Slack = 32;
    for (const QString &name : dockNames()) {
        auto *dock = window.findChild<QDockWidget *>(name + QStringLiteral("Dock"));
        QVERIFY2(dock->isVisible() && !dock->isFloating(), qPrintable(name));
        QCOMPARE(window.dockWidgetArea(dock), areas.value(name));
        // The same place: a dock that floated comes back a title bar's height off at most
        // (the splitters share out the rounding anew), never in another row or column.
        const QRect first = places.value(name);
        QTRY_VERIFY2(std::abs(dock->geometry().x() - first.x()) <= Slack &&
                         std::abs(dock->geometry().y() - first.y()) <= Slack,
                     qPrintable(QStringLiteral("%1 at %2,%3, first at %4,%5")
                                    .arg(name)
                                    .arg(dock->geometry().x())
                                    .arg(dock->geometry().y())
                                    .arg(first.x())
                                    .arg(first.y())));
    }
    const auto at = [&window](const char *name) {
        return window.findChild<QDockWidget *>(QLatin1String(name) + QStringLiteral("Dock"))
            ->geometry();
    };
    // The arrangement: topics under the connection; compose above the messages, above the
    // offsets, which are left of the log.
    QVERIFY(at("topics").top() > at("connection").bottom());
    QVERIFY(at("messages").top() > at("compose").bottom());
    QVERIFY(at("offsets").top() > at("messages").bottom());
    QVERIFY(at("log").left() > at("offsets").right());
    QCOMPARE(at("log").top(), at("offsets").top());
}

void TestWindowLayout::everyColumnReadsAt1024x640()
{
    MainWindow window{ConnectionConfig()}; // the Sandbox: partitions and rows to show
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The window can be made this small (a window manager keeps it at its minimum size).
    const QSize minimum = window.minimumSizeHint();
    qInfo("the window's minimum size: %dx%d", minimum.width(), minimum.height());
    QVERIFY(minimum.width() <= 1024 && minimum.height() <= 640);
    window.resize(1024, 640);
    QTRY_COMPARE(window.size(), QSize(1024, 640));
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), KafkaSession::State::Connected, 30000);
    auto *offsets = window.findChild<QTableView *>(QStringLiteral("offsetsView"));
    QTRY_VERIFY_WITH_TIMEOUT(offsets->model()->rowCount() > 0, 30000);

    const auto checkReadable = [](QTableView *table, int minimumSlack) {
        QHeaderView *header = table->horizontalHeader();
        const QFontMetrics metrics = header->fontMetrics();
        int right = 0;
        for (int column = 0; column < header->count(); ++column) {
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int size = header->sectionSize(column);
            // The header's text fits, with room for the sort mark and margins.
            if (size < metrics.horizontalAdvance(title) + 8)
                return QStringLiteral("column \"%1\" is %2 px, its title needs %3")
                    .arg(title)
                    .arg(size)
                    .arg(metrics.horizontalAdvance(title) + 8);
            right = std::max(right, header->sectionViewportPosition(column) + size);
        }
        if (right > table->viewport()->width())
            return QStringLiteral("the columns need %1 px, the table shows %2")
                .arg(right)
                .arg(table->viewport()->width());
        if (minimumSlack > 0) {
            const int value = header->sectionSize(MessageTableModel::ValueColumn);
            if (value < minimumSlack)
                return QStringLiteral("the value column is %1 px").arg(value);
        }
        return QString();
    };
    auto *messages = window.findChild<QTableView *>(QStringLiteral("messageView"));
    // The value is what people read: it keeps room for a readable part of it.
    const int valueRoom = messages->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20;
    QString problem = checkReadable(messages, valueRoom);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("messages: ") + problem));
    problem = checkReadable(offsets, 0);
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("offsets: ") + problem));
    // Numbers in the offsets table are not cut to "…".
    for (int row = 0; row < offsets->model()->rowCount(); ++row) {
        for (int column = 0; column < offsets->model()->columnCount(); ++column) {
            const QString text = offsets->model()->index(row, column).data().toString();
            QVERIFY2(offsets->horizontalHeader()->sectionSize(column) >=
                         offsets->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
    }
}

void TestWindowLayout::ctrlQClosesWithAConsumerRunning()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), KafkaSession::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConsuming(), 30000);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), MainWindow::ShutdownBoundMs + 5000);
    // The consumer was asked to stop; it committed and left, or was left to finish on its own.
    QVERIFY(!session->isConsuming());
}

void TestWindowLayout::aboutNamesTheVersionsInUse()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = action(&window, QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        if (!box)
            return;
        shown = box->text() + box->informativeText();
        box->accept();
    });
    about->trigger();
    QVERIFY2(shown.contains(QString::fromLatin1(rd_kafka_version_str())), qPrintable(shown));
    QVERIFY2(shown.contains(QString::fromLatin1(qVersion())), qPrintable(shown));
    QVERIFY2(shown.contains(BuildInfo::applicationVersion()), qPrintable(shown));
}

void TestWindowLayout::shortcutListNamesTheMenuShortcuts()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList rows;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("ShortcutsDialog"));
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("shortcutsTable"));
        for (int row = 0; table && row < table->model()->rowCount(); ++row)
            rows << table->model()->index(row, 0).data().toString() + QLatin1Char('=') +
                        table->model()->index(row, 1).data().toString();
        dialog->reject();
    });
    action(&window, QStringLiteral("shortcutsAction"))->trigger();
    const QString send = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString quit = QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText);
    QVERIFY2(rows.filter(QStringLiteral("=") + send).size() == 1, qPrintable(rows.join('\n')));
    QVERIFY2(rows.filter(QStringLiteral("=") + quit).size() == 1, qPrintable(rows.join('\n')));
    QVERIFY2(rows.filter(QStringLiteral("=Space")).size() == 1, qPrintable(rows.join('\n')));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
