// MessageStateStyle: how a row's state is shown in the message table: its name, its colour
// (from StatusColours, so it reads on light and dark palettes) and the dot drawn beside it (a
// ring for rows committed without an ack, so that state differs by shape as well as colour).
#pragma once

#include "messagetablemodel.h"

#include <QColor>
#include <QIcon>
#include <QString>

class MessageStateStyle final
{
public:
    using State = MessageTableModel::State;

    static QString name(State state);
    static QColor colour(State state);
    // A dot of the state's colour, made once per state.
    static QIcon icon(State state);

    static constexpr int IconSize = 12;
};
