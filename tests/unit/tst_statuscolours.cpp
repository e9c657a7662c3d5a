// StatusColours' light and dark sets: with a dark palette on the application the message states
// (and the error, warning and success colours) are the dark set, each readable on the table's
// rows (a WCAG contrast ratio of at least 4.5:1, computed here: the code has no such helper),
// and a light palette gives the light set back; a widget that keeps a colour takes the new one.
// The decision follows the system's colour scheme when Qt knows it (Qt 6.5 or later), the
// palette otherwise; on the offscreen platform the scheme is Unknown, so the decision is tested
// with the scheme as a parameter, and a scheme change is checked to reach every widget.
#include "filterbar.h"
#include "messagestatestyle.h"
#include "statuscolours.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyleHints>
#include <QTest>

#include <cmath>

namespace {
using Role = StatusColours::Role;
using State = MessageStateStyle::State;

const QList<Role> Coloured{Role::Error,       Role::Warning, Role::Success,    Role::Waiting,
                           Role::Redelivered, Role::Pending, Role::Unprocessed};
const QList<State> States{State::Received,  State::Redelivered,      State::Acked,
                          State::Committed, State::CommittedUnacked, State::Stale};

// A dark palette as desktops give it: dark window and rows, light text.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(const QColor &foreground, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(foreground.name(), background.name())
        .arg(contrast(foreground, background), 0, 'f', 2);
}
} // namespace

Q_DECLARE_METATYPE(StatusColours::SystemScheme)

class TestStatusColours final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void darkPaletteGivesTheDarkSet();
    void widgetKeepingAColourFollows();
    void labelTextFollows();
    void decisionFollowsTheScheme_data();
    void decisionFollowsTheScheme();
    void schemeChangeReachesEveryWidget();

private:
    QPalette m_original;
};

void TestStatusColours::init()
{
    m_original = QApplication::palette();
    StatusColours::setScheme(StatusColours::Scheme::Standard);
}

void TestStatusColours::cleanup()
{
    QApplication::setPalette(m_original);
}

void TestStatusColours::darkPaletteGivesTheDarkSet()
{
    const QPalette light = QApplication::palette();
    QVERIFY2(!StatusColours::isDark(light), "the offscreen platform's own palette is light");
    QHash<State, QColor> lightStates;
    for (State state : States)
        lightStates.insert(state, MessageStateStyle::colour(state));
    QHash<Role, QColor> lightRoles;
    for (Role role : Coloured)
        lightRoles.insert(role, StatusColours::colour(role));

    const QPalette dark = darkPalette();
    QApplication::setPalette(dark);
    QVERIFY(StatusColours::isDark(QApplication::palette()));
    for (Role role : Coloured) {
        const QColor colour = StatusColours::colour(role);
        QCOMPARE(colour, StatusColours::colour(role, dark));
        QVERIFY2(colour != lightRoles.value(role), qPrintable(colour.name()));
        // Readable where it is written: on the window (labels) and the rows (the table).
        for (QPalette::ColorRole background :
             {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
            const QColor behind = dark.color(background);
            QVERIFY2(contrast(colour, behind) >= 4.5, qPrintable(describe(colour, behind)));
        }
    }
    for (State state : States) {
        const QColor colour = MessageStateStyle::colour(state);
        for (QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase}) {
            const QColor behind = dark.color(row);
            QVERIFY2(colour != behind, qPrintable(describe(colour, behind)));
            QVERIFY2(contrast(colour, behind) >= 4.5,
                     qPrintable(MessageStateStyle::name(state) + QLatin1Char(' ') +
                                describe(colour, behind)));
        }
        // Stale is the palette's muted text; the others are the dark set of their own hue.
        if (state != State::Stale)
            QVERIFY2(colour != lightStates.value(state),
                     qPrintable(MessageStateStyle::name(state)));
    }

    QApplication::setPalette(light);
    QVERIFY(!StatusColours::isDark(QApplication::palette()));
    for (State state : States)
        QCOMPARE(MessageStateStyle::colour(state), lightStates.value(state));
    for (Role role : Coloured)
        QCOMPARE(StatusColours::colour(role), lightRoles.value(role));
}

// The filter bar's error line keeps its colour in its own palette: a palette change gives it the
// colour of the moment, and back.
void TestStatusColours::widgetKeepingAColourFollows()
{
    FilterBar bar;
    auto *error = bar.findChild<QLabel *>(QStringLiteral("filterErrorLabel"));
    QVERIFY(error);
    const QColor lightError = StatusColours::colour(Role::Error);
    QCOMPARE(error->palette().color(QPalette::WindowText), lightError);
    QApplication::setPalette(darkPalette());
    const QColor darkError = StatusColours::colour(Role::Error);
    QVERIFY(darkError != lightError);
    QTRY_COMPARE(error->palette().color(QPalette::WindowText), darkError);
    QApplication::setPalette(m_original);
    QTRY_COMPARE(error->palette().color(QPalette::WindowText), lightError);
}

// A result line written with setLabelText (the dialogs' test results, the schema status) is
// written again in the new colour; a label that shows something else since is left alone.
void TestStatusColours::labelTextFollows()
{
    QWidget window;
    auto *result = new QLabel(&window);
    auto *replaced = new QLabel(&window);
    StatusColours::setLabelText(result, Role::Success, QStringLiteral("Connected <ok>"));
    StatusColours::setLabelText(replaced, Role::Error, QStringLiteral("failed"));
    replaced->setText(QStringLiteral("Testing…"));
    const QString lightGreen = StatusColours::colour(Role::Success).name();
    QVERIFY2(result->text().contains(lightGreen), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("Connected &lt;ok&gt;")),
             qPrintable(result->text()));
    QApplication::setPalette(darkPalette());
    const QString darkGreen = StatusColours::colour(Role::Success).name();
    QVERIFY(darkGreen != lightGreen);
    QTRY_VERIFY2(result->text().contains(darkGreen), qPrintable(result->text()));
    QCOMPARE(replaced->text(), QStringLiteral("Testing…"));
    QApplication::setPalette(m_original);
    QTRY_VERIFY2(result->text().contains(lightGreen), qPrintable(result->text()));
}

void TestStatusColours::decisionFollowsTheScheme_data()
{
    using Scheme = StatusColours::SystemScheme;
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<bool>("paletteIsDark");
    QTest::addColumn<bool>("dark");
    QTest::newRow("unknown scheme, light palette") << Scheme::Unknown << false << false;
    QTest::newRow("unknown scheme, dark palette") << Scheme::Unknown << true << true;
    QTest::newRow("dark scheme, light palette") << Scheme::Dark << false << true;
    QTest::newRow("dark scheme, dark palette") << Scheme::Dark << true << true;
    QTest::newRow("light scheme, dark palette") << Scheme::Light << true << false;
    QTest::newRow("light scheme, light palette") << Scheme::Light << false << false;
}

void TestStatusColours::decisionFollowsTheScheme()
{
    QFETCH(StatusColours::SystemScheme, scheme);
    QFETCH(bool, paletteIsDark);
    QFETCH(bool, dark);
    const QPalette palette = paletteIsDark ? darkPalette() : m_original;
    QCOMPARE(StatusColours::isDark(scheme, palette), dark);
    // What the platform reports now decides the same way.
    const StatusColours::SystemScheme now = StatusColours::systemScheme();
    QCOMPARE(StatusColours::isDark(palette), StatusColours::isDark(now, palette));
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme reported = QGuiApplication::styleHints()->colorScheme();
    QCOMPARE(now, reported == Qt::ColorScheme::Dark    ? StatusColours::SystemScheme::Dark
                  : reported == Qt::ColorScheme::Light ? StatusColours::SystemScheme::Light
                                                       : StatusColours::SystemScheme::Unknown);
#else
    QCOMPARE(now, StatusColours::SystemScheme::Unknown); // Qt 6.4 has no colour scheme
#endif
}

// Qt 6.5 and later: the system's scheme changing (here the signal, as the platform sends it)
// tells every widget its colours changed, though the palette did not.
void TestStatusColours::schemeChangeReachesEveryWidget()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    struct Counter : QObject
    {
        int paletteChanges = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::PaletteChange)
                ++paletteChanges;
            return false;
        }
    };
    FilterBar bar;
    auto *error = bar.findChild<QLabel *>(QStringLiteral("filterErrorLabel"));
    QVERIFY(error);
    Counter counter;
    bar.installEventFilter(&counter);
    StatusColours::colour(Role::Error); // the first use starts following the scheme
    QStyleHints *hints = QGuiApplication::styleHints();
    emit hints->colorSchemeChanged(hints->colorScheme());
    QVERIFY(counter.paletteChanges >= 1);
    QCOMPARE(error->palette().color(QPalette::WindowText), StatusColours::colour(Role::Error));
#else
    QSKIP("Qt 6.4 has no system colour scheme (QStyleHints::colorScheme is Qt 6.5's): the "
          "palette decides alone");
#endif
}

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
