#include "messagetemplate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

MessageTemplate::MessageTemplate(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*(i|uuid|now)\s*\}\})"));
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > last)
            m_parts.append({Kind::Text, text.mid(last, match.capturedStart() - last).toUtf8()});
        const QString name = match.captured(1);
        m_parts.append({name == QLatin1String("i")      ? Kind::Counter
                        : name == QLatin1String("uuid") ? Kind::Uuid
                                                        : Kind::Now,
                        {}});
        last = match.capturedEnd();
    }
    if (last < text.size() || m_parts.isEmpty())
        m_parts.append({Kind::Text, text.mid(last).toUtf8()});
}

QByteArray MessageTemplate::render(qint64 i) const
{
    if (m_parts.size() == 1 && m_parts.first().kind == Kind::Text)
        return m_parts.first().text;
    QByteArray out;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Text:
            out += part.text;
            break;
        case Kind::Counter:
            out += QByteArray::number(i);
            break;
        case Kind::Uuid:
            out += QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            break;
        case Kind::Now:
            out += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
            break;
        }
    }
    return out;
}
