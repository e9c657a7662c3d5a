// CodecErrorBytes: the byte numbers ("byte N") in a schema codec's error text, for the codec
// tests that check an error names the byte where reading stopped, in a bare payload and in the
// same payload framed behind the registry's header. Header-only: no library needed.
#pragma once

#include <QRegularExpression>
#include <QString>

class CodecErrorBytes final
{
public:
    // error with every byte number moved on by shift: what the same bytes must say when they
    // begin shift bytes into the value (after the registry's header).
    static QString shifted(const QString &error, qsizetype shift)
    {
        static const QRegularExpression byteNumber(QStringLiteral("\\bbyte (\\d+)"));
        QString out;
        qsizetype last = 0;
        for (auto it = byteNumber.globalMatch(error); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += error.mid(last, match.capturedStart(1) - last) +
                   QString::number(match.captured(1).toLongLong() + shift);
            last = match.capturedEnd(1);
        }
        return out + error.mid(last);
    }

    // Whether error names byte offset (not merely a number that starts with it).
    static bool names(const QString &error, qsizetype offset)
    {
        return error.contains(QRegularExpression(QStringLiteral("\\bbyte %1\\b").arg(offset)));
    }
};
