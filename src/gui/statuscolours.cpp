#include "statuscolours.h"

#include <QApplication>
#include <QPalette>

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
