#include "statuscolours.h"

#include <QApplication>
#include <QPalette>

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
} // namespace

StatusColours::Scheme StatusColours::scheme()
{
    return currentScheme;
}

void StatusColours::setScheme(Scheme scheme)
{
    currentScheme = scheme;
}

bool StatusColours::isDark(const QPalette &palette)
{
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
