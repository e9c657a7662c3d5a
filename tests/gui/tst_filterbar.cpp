// The messages panel's filter bar as a user reaches it, on the offscreen platform, against the
// Sandbox and each real broker: Ctrl+F opens it, typing shows exactly the rows that match (plain
// text, then a regular expression), an invalid regular expression is reported and not applied,
// a header click sorts, and acking a filtered row (Space, the Ack button) acks that message and
// no other; Esc closes the bar and every row is shown again.
#include "filterbar.h"
#include "mainwindow.h"
#include "messagefilterproxy.h"
#include "messagespanel.h"
#include "messagetablemodel.h"
#include "testcluster.h"
#include "windowtestsetup.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestFilterBar final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void ctrlFTypeAndAckFilteredRows();
    void filterOnJsonColumn();

private:
    QTemporaryDir m_settings;
};

namespace {
// A window on a fresh topic, at a size that shows the filter bar's controls, connected; false
// when it is not reading within 30 s.
bool openConnected(MainWindow &window)
{
    window.resize(1300, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.connectToCluster();
    return WindowTestSetup::waitConsuming(window.session());
}

// The values of the rows the view shows, in its order.
QStringList shownValues(const QTableView *table)
{
    QStringList values;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, MessageTableModel::ValueColumn).data().toString();
    return values;
}

// The values of the table's rows that contain text, in arrival order.
QStringList valuesContaining(const MessageTableModel *model, const QString &text)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString value = QString::fromUtf8(model->valueAt(row).toByteArray());
        if (value.contains(text, Qt::CaseInsensitive))
            values << value;
    }
    return values;
}
} // namespace

void TestFilterBar::initTestCase()
{
    QVERIFY(WindowTestSetup::useSettingsIn(m_settings));
}

void TestFilterBar::init()
{
    QSettings().clear();
}

void TestFilterBar::ctrlFTypeAndAckFilteredRows()
{
    MainWindow window(WindowTestSetup::freshConfig(QStringLiteral("gui-filter")));
    QVERIFY2(openConnected(window), qPrintable(window.session()->stateMessage()));
    KafkaSession *session = window.session();

    // Values with a token of this run, so that rows of other runs never match.
    const QString token = TestCluster::uniqueName(QStringLiteral("f"));
    QList<QByteArray> values;
    for (const char *word : {"apple 1", "banana 2", "Apple pie", "cherry 3", "apple 4", "date 5",
                             "banana split", "apple 6"})
        values << (token + QLatin1Char(' ') + QLatin1String(word)).toUtf8();
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (const QByteArray &value : values)
        session->send({.topic = session->watchedTopic(), .key = QByteArray("k"), .value = value});
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), values.size(), 30000);
    QList<DeliveryReport> reports;
    for (const QList<QVariant> &args : std::as_const(delivered))
        reports.append(args.at(0).value<DeliveryReport>());

    auto *panel = window.findChild<MessagesPanel *>();
    QVERIFY(panel);
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    auto *model = qobject_cast<MessageTableModel *>(table->model());
    QVERIFY(model);
    for (const DeliveryReport &r : std::as_const(reports))
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(r.partition, r.offset) >= 0, 30000);

    // Ctrl+F with the table focused: the bar opens with the text field focused.
    auto *bar = window.findChild<FilterBar *>(QStringLiteral("filterBar"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(bar && edit);
    QVERIFY(!bar->isVisible());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(edit->hasFocus());

    // Typing: the rows shown are exactly the rows whose key, value or headers match.
    const QString apple = token + QStringLiteral(" apple");
    QTest::keyClicks(edit, apple);
    auto *proxy = panel->filterProxy();
    QTRY_VERIFY(table->model() == proxy && !proxy->isFiltering());
    QCOMPARE(shownValues(table), valuesContaining(model, apple));
    QCOMPARE(shownValues(table).size(), 4); // "Apple pie" too: the case does not matter
    auto *count = window.findChild<QLabel *>(QStringLiteral("filterCountLabel"));
    QCOMPARE(count->text(),
             QStringLiteral("4 of %1 shown").arg(QLocale().toString(model->rowCount())));
    QVERIFY(count->isVisible());

    // Match case, then a regular expression.
    auto *matchCase = window.findChild<QCheckBox *>(QStringLiteral("filterCaseCheck"));
    auto *regex = window.findChild<QCheckBox *>(QStringLiteral("filterRegexCheck"));
    QTest::mouseClick(matchCase, Qt::LeftButton, {}, QPoint(4, matchCase->height() / 2));
    QTRY_COMPARE(shownValues(table).size(), 3);
    QTest::mouseClick(matchCase, Qt::LeftButton, {}, QPoint(4, matchCase->height() / 2));
    QTest::mouseClick(regex, Qt::LeftButton, {}, QPoint(4, regex->height() / 2));
    QVERIFY(regex->isChecked());
    edit->selectAll();
    QTest::keyClicks(edit, token + QStringLiteral(" (banana|cherry) \\d$"));
    QTRY_VERIFY(!proxy->isFiltering());
    QTRY_COMPARE(shownValues(table), (QStringList{token + QStringLiteral(" banana 2"),
                                                  token + QStringLiteral(" cherry 3")}));

    // An invalid expression: said in plain words, the rows shown stay.
    auto *error = window.findChild<QLabel *>(QStringLiteral("filterErrorLabel"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, QStringLiteral("(["));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not valid")), qPrintable(error->text()));
    QCOMPARE(shownValues(table).size(), 2);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTRY_VERIFY(!error->isVisible());

    // Acking a filtered row acks that message: the filter's first row is not the table's.
    regex->setChecked(false);
    edit->setText(token + QStringLiteral(" apple 4"));
    QTRY_COMPARE(shownValues(table), QStringList{token + QStringLiteral(" apple 4")});
    const DeliveryReport &apple4 = reports.at(4);
    const int apple4Row = model->rowOf(apple4.partition, apple4.offset);
    QVERIFY(apple4Row > 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->ackSelectedAction()->isEnabled() || model->isAckable(apple4Row),
                             30000);
    table->selectRow(0);
    QCOMPARE(panel->selectedRows(), QList<int>{apple4Row});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    const auto acked = [model](const DeliveryReport &r) {
        const MessageTableModel::State state = model->state(model->rowOf(r.partition, r.offset));
        return state == MessageTableModel::State::Acked ||
               state == MessageTableModel::State::Committed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(acked(apple4), 30000);
    for (int i : {0, 1, 2, 3, 5, 6, 7})
        QVERIFY2(!acked(reports.at(i)), qPrintable(QString::number(i)));

    // The Ack button of a filtered row.
    edit->setText(token + QStringLiteral(" banana"));
    QTRY_COMPARE(shownValues(table).size(), 2);
    const QModelIndex ackCell = table->model()->index(1, MessageTableModel::AckColumn);
    QVERIFY(ackCell.data(MessageTableModel::AckableRole).toBool());
    table->scrollTo(ackCell);
    const QPoint centre = table->visualRect(ackCell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    const DeliveryReport &split = reports.at(6);
    QTRY_VERIFY_WITH_TIMEOUT(acked(split), 30000);
    QVERIFY(!acked(reports.at(1)));

    // A header click sorts the rows shown; a third click goes back to the arrival order.
    QHeaderView *header = table->horizontalHeader();
    const int valueX = header->sectionViewportPosition(MessageTableModel::ValueColumn) + 10;
    edit->setText(token);
    QTRY_COMPARE(shownValues(table).size(), values.size());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(valueX, header->height() / 2));
    QStringList sorted = shownValues(table);
    QStringList expected = sorted;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(sorted, expected);
    QVERIFY(header->isSortIndicatorShown());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(valueX, header->height() / 2));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(valueX, header->height() / 2));
    QVERIFY(!header->isSortIndicatorShown());
    QCOMPARE(shownValues(table), valuesContaining(model, token));

    // Esc closes the bar and clears the filter: the table shows every row again.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(table->model(), model);
    QCOMPARE(edit->text(), QString());
}

void TestFilterBar::filterOnJsonColumn()
{
    MainWindow window(WindowTestSetup::freshConfig(QStringLiteral("gui-filter-json")));
    QVERIFY2(openConnected(window), qPrintable(window.session()->stateMessage()));
    KafkaSession *session = window.session();

    // The token in the path's text of some rows, elsewhere in the value of others.
    const QString token = TestCluster::uniqueName(QStringLiteral("j"));
    QList<QByteArray> values;
    for (const char *form :
         {R"({"order":{"id":"%1-red"},"note":"%1-blue"})",
          R"({"order":{"id":"%1-blue"},"note":"%1-red"})", R"({"order":{"id":"%1-RED-2"}})",
          "%1-red, not JSON", R"({"order":{"id":"caf\u00e9 %1-red"}})"})
        values << QString::fromLatin1(form).arg(token).toUtf8();
    QSignalSpy delivered(session, &KafkaSession::delivered);
    for (const QByteArray &value : values)
        session->send({.topic = session->watchedTopic(), .key = QByteArray("k"), .value = value});
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), values.size(), 30000);
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    auto *model = qobject_cast<MessageTableModel *>(table->model());
    QVERIFY(model);
    for (const QList<QVariant> &args : std::as_const(delivered)) {
        const DeliveryReport r = args.at(0).value<DeliveryReport>();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(r.partition, r.offset) >= 0, 30000);
    }

    // A JSON column: the In: menu offers it.
    auto *fieldsButton = window.findChild<QToolButton *>(QStringLiteral("filterFieldsButton"));
    QVERIFY(fieldsButton && fieldsButton->menu());
    const auto jsonActions = [fieldsButton] {
        QList<QAction *> actions;
        for (QAction *action : fieldsButton->menu()->actions()) {
            if (action->objectName() == QLatin1String("filterJsonAction"))
                actions << action;
        }
        return actions;
    };
    QVERIFY(jsonActions().isEmpty());
    const int column = model->addJsonColumn(*JsonPath::parse(QStringLiteral("$.order.id")));
    QCOMPARE(jsonActions().size(), 1);
    QAction *json = jsonActions().constFirst();
    QCOMPARE(json->text(), QStringLiteral("JSON $.order.id"));
    QVERIFY(json->isCheckable() && !json->isChecked());

    // Ctrl+F; only the JSON column chosen; typing shows the rows whose order id has the text.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTRY_VERIFY(edit->hasFocus());
    for (const char *name : {"filterKeyAction", "filterValueAction", "filterHeadersAction"})
        window.findChild<QAction *>(QLatin1String(name))->trigger();
    json->trigger();
    QVERIFY(json->isChecked());
    QCOMPARE(fieldsButton->text(), QStringLiteral("In: $.order.id"));
    QTest::keyClicks(edit, token + QStringLiteral("-red"));
    auto *proxy = window.findChild<MessagesPanel *>()->filterProxy();
    QTRY_VERIFY(table->model() == proxy && !proxy->isFiltering());
    QStringList expected{QString::fromUtf8(values.at(0)), QString::fromUtf8(values.at(2)),
                         QString::fromUtf8(values.at(4))};
    QTRY_COMPARE(shownValues(table), expected);
    // The cells of the JSON column shown are the ones matched.
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row, column)
                    .data()
                    .toString()
                    .contains(token + QStringLiteral("-"), Qt::CaseInsensitive));
    // Match case: the upper-case id is left out.
    window.findChild<QCheckBox *>(QStringLiteral("filterCaseCheck"))->setChecked(true);
    expected.removeAt(1);
    QTRY_COMPARE(shownValues(table), expected);
    // The text before the escaped character is found too.
    edit->setText(QStringLiteral("café ") + token);
    QTRY_COMPARE(shownValues(table), QStringList{QString::fromUtf8(values.at(4))});

    // The column removed: the menu no longer offers it and nothing is left to search.
    model->removeJsonColumn(column);
    QVERIFY(jsonActions().isEmpty());
    auto *error = window.findChild<QLabel *>(QStringLiteral("filterErrorLabel"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("JSON column")), qPrintable(error->text()));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
