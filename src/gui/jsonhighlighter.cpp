#include "jsonhighlighter.h"

#include "statuscolours.h"

#include <QApplication>
#include <QPalette>

JsonHighlighter::JsonHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
    setPalette(QApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    using Role = StatusColours::Role;
    m_key.setForeground(StatusColours::colour(Role::Waiting, palette));
    m_string.setForeground(StatusColours::colour(Role::Success, palette));
    m_number.setForeground(StatusColours::colour(Role::Pending, palette));
    m_literal.setForeground(StatusColours::colour(Role::Redelivered, palette));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(StatusColours::colour(Role::Muted, palette));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text[end] != QLatin1Char('"'))
                end += text[end] == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, n);
            qsizetype after = end;
            while (after < n && text[after] == QLatin1Char(' '))
                ++after;
            const bool isKey = after < n && text[after] == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n && (text[end].isDigit() || QStringView(u".eE+-").contains(text[end])))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text[end].isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (!c.isSpace())
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}
