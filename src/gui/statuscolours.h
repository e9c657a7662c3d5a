// StatusColours: the one source of the colours that carry meaning in the window (an error, a
// warning, success, a muted note, and the message table's row states). Each is chosen for the
// palette it is drawn on, so a dark palette gets colours that read on dark backgrounds. Two
// schemes: the standard colours, and colours safe for colour-blind viewers (presenter mode).
// Dark or light is decided in one place, isDark(): the system's colour scheme when Qt (6.5 or
// later) knows it, else the palette's window lightness. When the system's scheme changes,
// every widget gets a PaletteChange event, so widgets that keep colours take them again.
#pragma once

#include <QColor>
#include <QString>

class QLabel;
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
    // Shows html(role, text) on label, and again in the colour of the moment when the label's
    // palette or the colour scheme changes (as long as the label still shows it).
    static void setLabelText(QLabel *label, Role role, const QString &text);
    // The system's light or dark scheme as Qt reports it (QStyleHints::colorScheme, Qt 6.5 or
    // later); Unknown with an older Qt or when the platform does not say.
    enum class SystemScheme { Unknown, Light, Dark };
    static SystemScheme systemScheme();

    // True when colours for a dark background are wanted: the system's scheme when known, else
    // whether the palette's window background is dark.
    static bool isDark(const QPalette &palette);
    static bool isDark(SystemScheme scheme, const QPalette &palette);
};
