// ActionButton: a panel's button shows its menu command's text without the underlined letter
// (the menu entry keeps it), whatever the language writes, and follows the command as it
// changes: text, tooltip with its shortcut, enabled and checked state, and clicks.
#include "actionbutton.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestActionButton final : public QObject
{
    Q_OBJECT
private slots:
    void withoutMnemonic_data();
    void withoutMnemonic();
    void buttonFollowsItsAction();
    void checkableButtonAndActionStayTogether();
};

void TestActionButton::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("letter") << QStringLiteral("Star&t consumer")
                            << QStringLiteral("Start consumer");
    QTest::newRow("first") << QStringLiteral("&Send") << QStringLiteral("Send");
    QTest::newRow("literal ampersand")
        << QStringLiteral("Save && &quit") << QStringLiteral("Save && quit");
    QTest::newRow("only a literal") << QStringLiteral("R&&D") << QStringLiteral("R&&D");
    QTest::newRow("appended letter")
        << QStringLiteral("Số lượng (&E)") << QStringLiteral("Số lượng");
    QTest::newRow("appended, then more")
        << QStringLiteral("Gửi (&G) ngay") << QStringLiteral("Gửi ngay");
    QTest::newRow("literal in parentheses") << QStringLiteral("A (&&)") << QStringLiteral("A (&&)");
    QTest::newRow("trailing ampersand") << QStringLiteral("Stop&") << QStringLiteral("Stop");
    QTest::newRow("ellipsis kept")
        << QStringLiteral("&Filter rows…") << QStringLiteral("Filter rows…");
    QTest::newRow("accented letter") << QStringLiteral("Tạm &dừng") << QStringLiteral("Tạm dừng");
    QTest::newRow("none") << QStringLiteral("Next message") << QStringLiteral("Next message");
    QTest::newRow("empty") << QString() << QString();
}

void TestActionButton::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ActionButton::withoutMnemonic(text), shown);
}

void TestActionButton::buttonFollowsItsAction()
{
    QAction action(QStringLiteral("&Next message"));
    action.setToolTip(QStringLiteral("Fetch one more message"));
    action.setShortcut(QKeySequence(Qt::Key_F10));
    QPushButton button;
    ActionButton::bind(&button, &action);
    QCOMPARE(button.text(), QStringLiteral("Next message"));
    QVERIFY(QKeySequence::mnemonic(button.text()).isEmpty());
    QVERIFY2(button.toolTip().startsWith(QStringLiteral("Fetch one more message")),
             qPrintable(button.toolTip()));
    QVERIFY2(
        button.toolTip().contains(QKeySequence(Qt::Key_F10).toString(QKeySequence::NativeText)),
        qPrintable(button.toolTip()));

    action.setText(QStringLiteral("Tin nhắn kế tiếp (&N)")); // a language switched live
    QCOMPARE(button.text(), QStringLiteral("Tin nhắn kế tiếp"));
    action.setEnabled(false);
    QVERIFY(!button.isEnabled());
    action.setEnabled(true);
    QVERIFY(button.isEnabled());

    QSignalSpy triggered(&action, &QAction::triggered);
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
}

void TestActionButton::checkableButtonAndActionStayTogether()
{
    QAction action(QStringLiteral("&Pause"));
    action.setCheckable(true);
    QPushButton button;
    ActionButton::bind(&button, &action);
    QVERIFY(button.isCheckable());
    QSignalSpy toggled(&action, &QAction::toggled);
    QTest::mouseClick(&button, Qt::LeftButton);
    QVERIFY(action.isChecked());
    QVERIFY(button.isChecked());
    QCOMPARE(toggled.count(), 1); // once, not once from the click and again from the echo
    action.setChecked(false);     // from the menu
    QVERIFY(!button.isChecked());
}

QTEST_MAIN(TestActionButton)
#include "tst_actionbutton.moc"
