#include "messagestatestyle.h"

#include "messagestateicon.h"
#include "statuscolours.h"

#include <QHash>

#include <algorithm>

namespace {
bool shapesDistinct = false;
int symbolSize = MessageStateStyle::IconSize;
} // namespace

QString MessageStateStyle::name(State state)
{
    switch (state) {
    case State::Received:
        return MessageTableModel::tr("Received");
    case State::Redelivered:
        return MessageTableModel::tr("Redelivered");
    case State::Acked:
        return MessageTableModel::tr("Acked");
    case State::Committed:
        return MessageTableModel::tr("Committed");
    case State::CommittedUnacked:
        return MessageTableModel::tr("Skipped", "committed without an ack: a commit skipped it");
    case State::Stale:
        return MessageTableModel::tr("Revoked", "a row whose partition a rebalance took away");
    }
    return {};
}

QColor MessageStateStyle::colour(State state)
{
    using Role = StatusColours::Role;
    switch (state) {
    case State::Received:
        return StatusColours::colour(Role::Waiting); // waiting for you
    case State::Redelivered:
        return StatusColours::colour(Role::Redelivered); // seen before
    case State::Acked:
        return StatusColours::colour(Role::Pending); // waiting for the commit
    case State::Committed:
        return StatusColours::colour(Role::Success); // safe on the broker
    case State::CommittedUnacked:
        return StatusColours::colour(Role::Unprocessed); // committed, but nobody acked it
    case State::Stale:
        return StatusColours::colour(Role::Muted); // no longer ours
    }
    return {};
}

MessageStateStyle::Shape MessageStateStyle::shape(State state)
{
    if (state == State::CommittedUnacked)
        return Shape::Ring; // committed like the dots, but empty, as nobody acked it
    if (!shapesDistinct)
        return Shape::Dot;
    switch (state) {
    case State::Received:
        return Shape::Dot;
    case State::Redelivered:
        return Shape::Diamond;
    case State::Acked:
        return Shape::Tick;
    case State::Committed:
        return Shape::Square;
    case State::CommittedUnacked:
        return Shape::Ring;
    case State::Stale:
        return Shape::Cross;
    }
    return Shape::Dot;
}

bool MessageStateStyle::distinctShapes()
{
    return shapesDistinct;
}

void MessageStateStyle::setDistinctShapes(bool distinct)
{
    shapesDistinct = distinct;
}

int MessageStateStyle::iconSize()
{
    return symbolSize;
}

void MessageStateStyle::setIconSize(int pixels)
{
    symbolSize = std::clamp(pixels, IconSize, IconSize * 8);
}

QIcon MessageStateStyle::icon(State state)
{
    // One icon per state, drawn in the look of the moment it is painted.
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(state));
    if (it == icons.end())
        it = icons.insert(int(state), QIcon(new MessageStateIcon(state)));
    return *it;
}
