// MessageTemplate: text with placeholders, rendered once per message of a bulk send:
// {{i}} the message's number (0, 1, 2, ...), {{uuid}} a new random UUID, {{now}} the current
// time (ISO 8601, milliseconds, UTC). The text is split once, so rendering is a cheap join.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class MessageTemplate final
{
public:
    explicit MessageTemplate(const QString &text = {});

    QByteArray render(qint64 i) const;

private:
    enum class Kind { Text, Counter, Uuid, Now };
    struct Part
    {
        Kind kind = Kind::Text;
        QByteArray text;
    };
    QList<Part> m_parts;
};
