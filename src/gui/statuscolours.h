// StatusColours: the one source of the colours that carry meaning in the window (an error, a
// warning, success, a muted note, and the message table's row states). Each is chosen for the
// palette it is drawn on, so a dark palette gets colours that read on dark backgrounds. Two
// schemes: the standard colours, and colours safe for colour-blind viewers (presenter mode).
#pragma once

#include <QColor>
#include <QString>

class QPalette;

class StatusColours final
{
public:
    // Unprocessed: a message committed without an ack (a later commit covered it).
    enum class Role { Error, Warning, Success, Muted, Waiting, Redelivered, Pending, Unprocessed };
    // ColourBlindSafe: hues of Okabe and Ito's palette, at lightnesses chosen so that the row
    // states stay apart under simulated protanopia, deuteranopia and tritanopia as well.
    enum class Scheme { Standard, ColourBlindSafe };

    // The scheme every colour() follows (Standard until set).
    static Scheme scheme();
    static void setScheme(Scheme scheme);

    // The colour for role on palette (the application's palette when none is given).
    static QColor colour(Role role);
    static QColor colour(Role role, const QPalette &palette);
    // text, HTML-escaped, in a span of role's colour: for rich-text labels.
    static QString html(Role role, const QString &text);
    // True when the palette's window background is dark.
    static bool isDark(const QPalette &palette);
};
