// The log panel keeps following new lines while its view is at the bottom, also after the
// panel was made smaller or larger, stops while the user reads further up, and stays bounded.
#include "logpanel.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

class TestLogPanel final : public QObject
{
    Q_OBJECT
private slots:
    void followsNewLinesAcrossResizes();
    void staysWhereTheUserScrolled();
    void keepsAtMostMaxLines();
};

namespace {
void fill(LogPanel &panel, int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i)
        panel.appendLine(prefix + QString::number(i));
}
} // namespace

void TestLogPanel::followsNewLinesAcrossResizes()
{
    LogPanel panel;
    panel.resize(400, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar *bar =
        panel.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->verticalScrollBar();
    fill(panel, 200, QStringLiteral("line "));
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    for (const QSize size : {QSize(400, 90), QSize(250, 300), QSize(500, 120)}) {
        panel.resize(size);
        QTRY_COMPARE(panel.size(), size);
        panel.appendLine(QStringLiteral("after a resize"));
        QTRY_COMPARE(bar->value(), bar->maximum());
    }
}

void TestLogPanel::staysWhereTheUserScrolled()
{
    LogPanel panel;
    panel.resize(400, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QScrollBar *bar =
        panel.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->verticalScrollBar();
    fill(panel, 200, QStringLiteral("line "));
    // The user scrolls up, as with the mouse wheel or the bar.
    bar->setValue(bar->value() - bar->pageStep());
    const int reading = bar->value();
    QVERIFY(reading < bar->maximum());
    fill(panel, 20, QStringLiteral("more "));
    QCOMPARE(bar->value(), reading);
    // Back at the bottom: following again.
    bar->setValue(bar->maximum());
    panel.appendLine(QStringLiteral("newest"));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestLogPanel::keepsAtMostMaxLines()
{
    LogPanel panel;
    fill(panel, LogPanel::MaxLines + 50, QStringLiteral("line "));
    auto *view = panel.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
    QCOMPARE(view->blockCount(), LogPanel::MaxLines);
    QVERIFY(view->toPlainText().endsWith(QString::number(LogPanel::MaxLines + 49)));
}

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
