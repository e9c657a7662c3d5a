#include "messagestatestyle.h"

#include "statuscolours.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

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

QIcon MessageStateStyle::icon(State state)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(state));
    if (it == icons.end()) {
        QPixmap pixmap(IconSize, IconSize);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (state == State::CommittedUnacked) {
            // A ring, not a dot: committed like the green dots, but empty, as nobody acked it.
            // The shape tells it apart where colours do not.
            painter.setPen(QPen(colour(state), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QRectF(2.25, 2.25, IconSize - 4.5, IconSize - 4.5));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour(state));
            painter.drawEllipse(QRectF(1, 1, IconSize - 2, IconSize - 2));
        }
        it = icons.insert(int(state), QIcon(pixmap));
    }
    return *it;
}
