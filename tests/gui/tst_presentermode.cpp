// Presenter mode (issue 12, point 8) on the offscreen platform: View → Presenter mode grows the
// application's font by its factor (the table's rows and a widget's own font with it) and gives
// everything back exactly when turned off; every message state has a shape of its own, and colours
// that stay apart under simulated colour blindness (Machado, Oliveira and Fernandes 2009,
// severity 1.0) on light and dark palettes, as have the group's members; the choice is kept; and
// at the default window size the offset bars of a three-partition topic show whole.
#include "connectionconfig.h"
#include "groupmember.h"
#include "mainwindow.h"
#include "messagestatestyle.h"
#include "messagetableview.h"
#include "offsetbarswidget.h"
#include "partitionoffsetsmodel.h"
#include "presentermode.h"
#include "statuscolours.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QPalette>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

namespace {
using State = MessageTableModel::State;
constexpr std::array AllStates{State::Received,  State::Redelivered,      State::Acked,
                               State::Committed, State::CommittedUnacked, State::Stale};
// The least CIE76 distance between two states' colours, as seen with each colour blindness.
constexpr double MinimumDistance = 15.0;

using Matrix = std::array<std::array<double, 3>, 3>;
// Machado et al. 2009, severity 1.0, on linear RGB.
const std::array<std::pair<const char *, Matrix>, 4> Vision{{
    {"normal vision", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
}};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The colour as CIELAB (D65), after the simulation matrix.
std::array<double, 3> lab(const QColor &colour, const Matrix &m)
{
    const std::array<double, 3> in{linear(colour.redF()), linear(colour.greenF()),
                                   linear(colour.blueF())};
    std::array<double, 3> rgb{};
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor &a, const QColor &b, const Matrix &m)
{
    const auto p = lab(a, m);
    const auto q = lab(b, m);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// The least distance between two states' colours under m, and which pair it is.
std::pair<double, QString> closestStates(const Matrix &m)
{
    std::pair<double, QString> closest{1e9, QString()};
    for (size_t i = 0; i < AllStates.size(); ++i) {
        for (size_t j = i + 1; j < AllStates.size(); ++j) {
            const double d = distance(MessageStateStyle::colour(AllStates[i]),
                                      MessageStateStyle::colour(AllStates[j]), m);
            if (d < closest.first)
                closest = {d, MessageStateStyle::name(AllStates[i]) + QStringLiteral(" and ") +
                                  MessageStateStyle::name(AllStates[j])};
        }
    }
    return closest;
}

// The pixels a state's symbol covers, as a mask.
QImage symbolMask(State state)
{
    const int size = MessageStateStyle::iconSize();
    const QImage image = MessageStateStyle::icon(state)
                             .pixmap(QSize(size, size), 1.0)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32);
    QImage mask(image.size(), QImage::Format_Mono);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 127 ? 1 : 0);
    }
    return mask;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixelIndex(x, y) != b.pixelIndex(x, y);
    }
    return count;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QAction *presenterAction(const QWidget &window)
{
    return window.findChild<QAction *>(QStringLiteral("presenterModeAction"));
}
} // namespace

class TestPresenterMode final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionGrowsTheFontAndGivesEverythingBack();
    void everyStateHasAShapeOfItsOwn();
    void coloursStayApartForColourBlindViewers();
    void choiceIsKept();
    void threePartitionsBarsShowAtTheDefaultSize();

private:
    QTemporaryDir m_settings;
};

void TestPresenterMode::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestPresenterMode::init()
{
    QSettings().clear();
}

void TestPresenterMode::cleanup()
{
    // Off again (a window starts as the settings say), whatever a failed case left on.
    MainWindow window{ConnectionConfig()};
    presenterAction(window)->setChecked(false);
}

void TestPresenterMode::actionGrowsTheFontAndGivesEverythingBack()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = presenterAction(window);
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto *viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    QVERIFY(viewMenu->actions().contains(action));

    auto *table = window.findChild<MessageTableView *>();
    QVERIFY(table);
    // A widget with a font of its own size (the payload's fixed-width font, say).
    QWidget *ownFont = nullptr;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->testAttribute(Qt::WA_SetFont) && (w->font().resolveMask() & QFont::SizeResolved))
            ownFont = w;
    }
    QVERIFY2(ownFont, "no widget with a font of its own size");

    const QFont font = QApplication::font();
    const QFont ownBefore = ownFont->font();
    const QSize windowBefore = window.size();
    auto *messagesDock = window.findChild<QDockWidget *>(QStringLiteral("messagesDock"));
    QVERIFY(messagesDock);
    const QRect messagesBefore = messagesDock->geometry();
    const int rowBefore = table->verticalHeader()->defaultSectionSize();
    const QSize iconsBefore = table->iconSize();
    const QColor committed = MessageStateStyle::colour(State::Committed);
    const QColor error = StatusColours::colour(StatusColours::Role::Error);
    const QIcon receivedBefore = MessageStateStyle::icon(State::Received);
    const QImage receivedImage = receivedBefore.pixmap(MessageStateStyle::IconSize).toImage();

    action->trigger();
    QVERIFY(action->isChecked());
    const QFont grown = QApplication::font();
    if (font.pointSizeF() > 0)
        QCOMPARE(grown.pointSizeF(), font.pointSizeF() * PresenterMode::Factor);
    else
        QCOMPARE(grown.pixelSize(), qRound(font.pixelSize() * PresenterMode::Factor));
    QTRY_COMPARE(table->font(), grown);
    QVERIFY(table->fontMetrics().height() > QFontMetrics(font).height());
    // The rows keep their padding around a taller line.
    QCOMPARE(table->verticalHeader()->defaultSectionSize() - table->fontMetrics().height(),
             rowBefore - QFontMetrics(font).height());
    if (ownBefore.pointSizeF() > 0)
        QCOMPARE(ownFont->font().pointSizeF(), ownBefore.pointSizeF() * PresenterMode::Factor);
    QVERIFY(table->iconSize().height() > MessageStateStyle::IconSize);
    QVERIFY(MessageStateStyle::iconSize() > MessageStateStyle::IconSize);
    QCOMPARE(StatusColours::scheme(), StatusColours::Scheme::ColourBlindSafe);
    QVERIFY(MessageStateStyle::colour(State::Committed) != committed);

    action->trigger();
    QVERIFY(!action->isChecked());
    QCOMPARE(QApplication::font(), font);
    QTRY_COMPARE(table->font(), font);
    QCOMPARE(ownFont->font(), ownBefore);
    // The window and its panels as they were, though the larger fonts needed more room.
    QTRY_COMPARE(window.size(), windowBefore);
    QTRY_COMPARE(messagesDock->geometry(), messagesBefore);
    QCOMPARE(table->verticalHeader()->defaultSectionSize(), rowBefore);
    QCOMPARE(table->iconSize(), iconsBefore);
    QCOMPARE(StatusColours::scheme(), StatusColours::Scheme::Standard);
    QVERIFY(!MessageStateStyle::distinctShapes());
    QCOMPARE(MessageStateStyle::iconSize(), int(MessageStateStyle::IconSize));
    QCOMPARE(MessageStateStyle::colour(State::Committed), committed);
    QCOMPARE(StatusColours::colour(StatusColours::Role::Error), error);
    QCOMPARE(MessageStateStyle::icon(State::Received).pixmap(MessageStateStyle::IconSize).toImage(),
             receivedImage);
}

void TestPresenterMode::everyStateHasAShapeOfItsOwn()
{
    MainWindow window{ConnectionConfig()};
    presenterAction(window)->setChecked(true);
    QVERIFY(MessageStateStyle::distinctShapes());
    // Big enough to tell apart across a room: at least the presenter's line height's half.
    QVERIFY(MessageStateStyle::iconSize() >= QFontMetrics(QApplication::font()).height() / 2);
    QList<QImage> masks;
    for (State state : AllStates)
        masks.append(symbolMask(state));
    const int pixels = MessageStateStyle::iconSize() * MessageStateStyle::iconSize();
    for (size_t i = 0; i < AllStates.size(); ++i) {
        for (size_t j = i + 1; j < AllStates.size(); ++j) {
            QVERIFY(MessageStateStyle::shape(AllStates[i]) !=
                    MessageStateStyle::shape(AllStates[j]));
            // At least a tenth of the symbol's square differs: a shape, not a few pixels.
            const int differ = differingPixels(masks.at(int(i)), masks.at(int(j)));
            QVERIFY2(differ * 10 >= pixels,
                     qPrintable(QStringLiteral("%1 and %2 differ in %3 of %4 pixels")
                                    .arg(MessageStateStyle::name(AllStates[i]),
                                         MessageStateStyle::name(AllStates[j]))
                                    .arg(differ)
                                    .arg(pixels)));
        }
    }
    presenterAction(window)->setChecked(false);
    // Outside presenter mode, Skipped keeps its ring and the others their dot.
    QVERIFY(!MessageStateStyle::distinctShapes());
    for (State state : AllStates)
        QCOMPARE(MessageStateStyle::shape(state), state == State::CommittedUnacked
                                                      ? MessageStateStyle::Shape::Ring
                                                      : MessageStateStyle::Shape::Dot);
}

void TestPresenterMode::coloursStayApartForColourBlindViewers()
{
    const QPalette original = QApplication::palette();
    // The standard colours, for the record: the reason presenter mode has its own.
    for (const auto &[vision, matrix] : Vision) {
        const auto closest = closestStates(matrix);
        qInfo("standard colours, %s: closest %s at %.1f", vision, qPrintable(closest.second),
              closest.first);
    }
    MainWindow window{ConnectionConfig()};
    presenterAction(window)->setChecked(true);
    for (const QPalette &palette : {original, darkPalette()}) {
        QApplication::setPalette(palette);
        for (const auto &[vision, matrix] : Vision) {
            const auto closest = closestStates(matrix);
            QVERIFY2(closest.first >= MinimumDistance,
                     qPrintable(QStringLiteral("%1 on a %2 palette: %3 only %4 apart")
                                    .arg(QLatin1String(vision),
                                         StatusColours::isDark(palette) ? QStringLiteral("dark")
                                                                        : QStringLiteral("light"),
                                         closest.second)
                                    .arg(closest.first, 0, 'f', 1)));
            // The group's members, told apart by colour in the group panel.
            for (int a = 1; a <= 3; ++a) {
                for (int b = a + 1; b <= 3; ++b) {
                    const double d = distance(GroupMember::colour(a, palette),
                                              GroupMember::colour(b, palette), matrix);
                    QVERIFY2(d >= MinimumDistance,
                             qPrintable(QStringLiteral("%1: members %2 and %3 only %4 apart")
                                            .arg(QLatin1String(vision))
                                            .arg(a)
                                            .arg(b)
                                            .arg(d, 0, 'f', 1)));
                }
            }
        }
    }
    QApplication::setPalette(original);
    presenterAction(window)->setChecked(false);
}

void TestPresenterMode::choiceIsKept()
{
    const QFont font = QApplication::font();
    {
        MainWindow window{ConnectionConfig()};
        presenterAction(window)->trigger();
        QVERIFY(presenterAction(window)->isChecked());
    }
    QCOMPARE(QSettings().value(QStringLiteral("presenterMode")).toBool(), true);
    {
        // A new window starts in presenter mode, grown once, not twice.
        MainWindow window{ConnectionConfig()};
        QVERIFY(presenterAction(window)->isChecked());
        QCOMPARE(StatusColours::scheme(), StatusColours::Scheme::ColourBlindSafe);
        QCOMPARE(QFontMetrics(QApplication::font()).height(),
                 QFontMetrics([&] {
                     QFont f = font;
                     if (f.pointSizeF() > 0)
                         f.setPointSizeF(f.pointSizeF() * PresenterMode::Factor);
                     else
                         f.setPixelSize(qRound(f.pixelSize() * PresenterMode::Factor));
                     return f;
                 }())
                     .height());
        presenterAction(window)->trigger();
    }
    QCOMPARE(QSettings().value(QStringLiteral("presenterMode")).toBool(), false);
    QCOMPARE(QApplication::font(), font);
    MainWindow window{ConnectionConfig()};
    QVERIFY(!presenterAction(window)->isChecked());
}

void TestPresenterMode::threePartitionsBarsShowAtTheDefaultSize()
{
    MainWindow window{ConnectionConfig()};
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), MainWindow::DefaultSize);
    auto *model = window.findChild<PartitionOffsetsModel *>();
    auto *bars = window.findChild<OffsetBarsWidget *>(QStringLiteral("offsetBarsWidget"));
    auto *area = window.findChild<QScrollArea *>(QStringLiteral("offsetBarsArea"));
    QVERIFY(model && bars && area);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<PartitionOffsets> offsets;
    for (qint32 p = 0; p < 3; ++p) {
        PartitionOffsets o;
        o.partition = p;
        o.logStart = 0;
        o.committed = 2;
        o.position = 9;
        o.highWatermark = 12;
        o.committable = 3;
        o.highestAcked = 6;
        o.openCount = 2;
        offsets.append(o);
    }
    model->setOffsets(offsets);
    QTRY_COMPARE(bars->shownOffsets().size(), 3);
    QWidget *viewport = area->viewport();
    for (int row = 0; row < 3; ++row) {
        const QRect bar(bars->mapTo(viewport, bars->barRect(row).topLeft()),
                        bars->barRect(row).size());
        QTRY_VERIFY2(viewport->rect().contains(bar),
                     qPrintable(QStringLiteral("P%1's bar at %2,%3 %4×%5 is not inside the "
                                               "%6×%7 the bars have")
                                    .arg(row)
                                    .arg(bar.x())
                                    .arg(bar.y())
                                    .arg(bar.width())
                                    .arg(bar.height())
                                    .arg(viewport->width())
                                    .arg(viewport->height())));
        QVERIFY(bar.height() >= QFontMetrics(QApplication::font()).height() - 2);
        QVERIFY(bar.width() >= 200);
    }
}

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
