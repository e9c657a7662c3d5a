#include "statuscolours.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyleHints>
#include <QWidget>

namespace {
StatusColours::Scheme currentScheme = StatusColours::Scheme::Standard;

// Okabe–Ito hues: blue, reddish purple, orange, bluish green and vermillion, darkened for light
// backgrounds (a contrast of at least 3:1, for the presenter's large text) and lightened for
// dark ones (at least 4.5:1); the lightness of each was chosen so that every pair of row states
// differs by at least 17 (CIE76) under Machado et al.'s simulation of each colour blindness.
QColor colourBlindSafe(StatusColours::Role role, bool dark)
{
    using Role = StatusColours::Role;
    switch (role) {
    case Role::Error:
    case Role::Unprocessed:
        return dark ? QColor(0xf5, 0x6c, 0x00) : QColor(0xa0, 0x46, 0x00); // vermillion
    case Role::Warning:
    case Role::Pending:
        return dark ? QColor(0xff, 0xc5, 0x43) : QColor(0xb8, 0x7f, 0x00); // orange
    case Role::Success:
        return dark ? QColor(0x00, 0xcd, 0x96) : QColor(0x00, 0x8e, 0x68); // bluish green
    case Role::Waiting:
        return dark ? QColor(0x00, 0x9a, 0xf0) : QColor(0x00, 0x61, 0x97); // blue
    case Role::Redelivered:
        return dark ? QColor(0xeb, 0xcb, 0xdd) : QColor(0x8d, 0x36, 0x66); // reddish purple
    case Role::Muted:
        break;
    }
    return {};
}

// What setLabelText() wrote on a label: the role, the plain text and the HTML shown.
constexpr char RoleProperty[] = "statusColoursRole";
constexpr char TextProperty[] = "statusColoursText";
constexpr char HtmlProperty[] = "statusColoursHtml";

void showOnLabel(QLabel *label, StatusColours::Role role, const QString &text)
{
    const QString shown = StatusColours::html(role, text);
    label->setProperty(RoleProperty, int(role));
    label->setProperty(TextProperty, text);
    label->setProperty(HtmlProperty, shown);
    label->setText(shown);
}

// Writes a label's coloured text again when its palette (or the colour scheme) changed.
class LabelRecolourer final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *label = qobject_cast<QLabel *>(watched);
        if (label && event->type() == QEvent::PaletteChange &&
            label->text() == label->property(HtmlProperty).toString())
            showOnLabel(label, StatusColours::Role(label->property(RoleProperty).toInt()),
                        label->property(TextProperty).toString());
        return false;
    }
};

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// Once there is an application: a change of the system's colour scheme that leaves the palette
// as it was still changes isDark(), so whatever keeps or draws colours takes them again.
void followSystemScheme()
{
    static bool following = false;
    if (following || !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    following = true;
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            QEvent changed(QEvent::PaletteChange);
            QCoreApplication::sendEvent(widget, &changed);
            widget->update();
        }
    });
}
#endif
} // namespace

StatusColours::Scheme StatusColours::scheme()
{
    return currentScheme;
}

void StatusColours::setScheme(Scheme scheme)
{
    currentScheme = scheme;
}

StatusColours::SystemScheme StatusColours::systemScheme()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        followSystemScheme();
        switch (QGuiApplication::styleHints()->colorScheme()) {
        case Qt::ColorScheme::Light:
            return SystemScheme::Light;
        case Qt::ColorScheme::Dark:
            return SystemScheme::Dark;
        case Qt::ColorScheme::Unknown:
            break;
        }
    }
#endif
    return SystemScheme::Unknown;
}

bool StatusColours::isDark(const QPalette &palette)
{
    return isDark(systemScheme(), palette);
}

bool StatusColours::isDark(SystemScheme scheme, const QPalette &palette)
{
    switch (scheme) {
    case SystemScheme::Light:
        return false;
    case SystemScheme::Dark:
        return true;
    case SystemScheme::Unknown:
        break;
    }
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColours::colour(Role role)
{
    return colour(role, QApplication::palette());
}

QColor StatusColours::colour(Role role, const QPalette &palette)
{
    // Pairs of one hue: a deep shade for light backgrounds, a light one for dark backgrounds,
    // each with a contrast of at least 4.5:1 against the usual window colours.
    const bool dark = isDark(palette);
    // Muted stays the palette's: a darker grey comes too near reddish purple for deuteranopes.
    if (currentScheme == Scheme::ColourBlindSafe && role != Role::Muted)
        return colourBlindSafe(role, dark);
    switch (role) {
    case Role::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb2, 0x22, 0x22);
    case Role::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Role::Success:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1f, 0x7a, 0x3f);
    case Role::Muted:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case Role::Waiting:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    case Role::Redelivered:
        return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x7b, 0x3f, 0x9e);
    case Role::Pending:
        return dark ? QColor(0xf0, 0xb0, 0x4a) : QColor(0xa0, 0x62, 0x00);
    case Role::Unprocessed:
        return dark ? QColor(0xff, 0x8f, 0xc8) : QColor(0xa8, 0x1d, 0x62);
    }
    return palette.color(QPalette::WindowText);
}

QString StatusColours::html(Role role, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour(role).name(), text.toHtmlEscaped());
}

void StatusColours::setLabelText(QLabel *label, Role role, const QString &text)
{
    static LabelRecolourer recolourer;
    showOnLabel(label, role, text);
    // Installed again it moves to the front: it is never called twice for one event.
    label->installEventFilter(&recolourer);
}
