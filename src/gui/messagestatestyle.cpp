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
    case State::Stale:
        return MessageTableModel::tr("Stale");
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
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(state));
        painter.drawEllipse(QRectF(1, 1, IconSize - 2, IconSize - 2));
        it = icons.insert(int(state), QIcon(pixmap));
    }
    return *it;
}
