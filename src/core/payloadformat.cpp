#include "payloadformat.h"

#include <QStringDecoder>

bool PayloadFormat::isText(QByteArrayView data, bool head)
{
    // For a head, a sequence cut at its end is pending (stateful), not an error.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           head ? QStringDecoder::Flag::Default : QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

QString PayloadFormat::hex(QByteArrayView data, int maxBytes)
{
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), maxBytes));
    QString text = QString::fromLatin1(head.toByteArray().toHex(' '));
    if (data.size() > maxBytes)
        text += QStringLiteral(" …");
    return text;
}

QString PayloadFormat::preview(QByteArrayView data, int maxBytes)
{
    // Decide on a bounded head, not the whole value: data() runs for every visible cell on
    // every repaint, and a value may be megabytes.
    if (!isText(data.first(std::min<qsizetype>(data.size(), std::max(maxBytes, TextCheckBytes)))))
        return QStringLiteral("hex: ") + hex(data, maxBytes / 3);
    QString text = QString::fromUtf8(data.first(std::min<qsizetype>(data.size(), maxBytes)));
    if (data.size() > maxBytes) {
        // Drop a trailing partial character left by the cut.
        while (!text.isEmpty() && text.back() == QChar::ReplacementCharacter)
            text.chop(1);
        text += QStringLiteral("…");
    }
    text.replace(QLatin1Char('\r'), QString());
    text.replace(QLatin1Char('\n'), QChar(0x21B5)); // ↵
    text.replace(QLatin1Char('\t'), QChar(0x21E5)); // ⇥
    return text;
}
