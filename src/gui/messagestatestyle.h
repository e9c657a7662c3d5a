// MessageStateStyle: how a row's state is shown in the message table: its name, its colour
// (from StatusColours, so it reads on light and dark palettes) and the dot drawn beside it (a
// ring for rows committed without an ack, so that state differs by shape as well as colour). In
// presenter mode every state gets a shape of its own, drawn larger.
#pragma once

#include "messagetablemodel.h"

#include <QColor>
#include <QIcon>
#include <QString>

class MessageStateStyle final
{
public:
    using State = MessageTableModel::State;
    enum class Shape { Dot, Ring, Diamond, Tick, Square, Cross };

    static QString name(State state);
    static QColor colour(State state);
    // The state's symbol: a dot, or a ring for Skipped; with distinct shapes, a dot (Received),
    // a diamond (Redelivered), a tick (Acked), a square (Committed), a ring (Skipped) and a
    // cross (Revoked).
    static Shape shape(State state);
    // The symbol in the state's colour at iconSize() (or less, where less room is given),
    // drawn in the look of the moment it is painted.
    static QIcon icon(State state);

    // Whether every state has a shape of its own (presenter mode), and the symbols' size.
    static bool distinctShapes();
    static void setDistinctShapes(bool distinct);
    static int iconSize();
    static void setIconSize(int pixels);

    static constexpr int IconSize = 12;
};
