// StatusColours: the one source of the colours that carry meaning in the window (an error, a
// warning, success, a muted note, and the message table's row states). Each is chosen for the
// palette it is drawn on, so a dark palette gets colours that read on dark backgrounds.
#pragma once

#include <QColor>
#include <QString>

class QPalette;

class StatusColours final
{
public:
    // Unprocessed: a message committed without an ack (a later commit covered it).
    enum class Role { Error, Warning, Success, Muted, Waiting, Redelivered, Pending, Unprocessed };

    // The colour for role on palette (the application's palette when none is given).
    static QColor colour(Role role);
    static QColor colour(Role role, const QPalette &palette);
    // text, HTML-escaped, in a span of role's colour: for rich-text labels.
    static QString html(Role role, const QString &text);
    // True when the palette's window background is dark.
    static bool isDark(const QPalette &palette);
};
