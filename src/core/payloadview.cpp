#include "payloadview.h"

#include "payloadformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

qsizetype PayloadView::firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint lowest = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            lowest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            lowest = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            lowest = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        uint code = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < lowest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString PayloadView::hexDump(QByteArrayView data, qsizetype startOffset)
{
    static constexpr char digits[] = "0123456789abcdef";
    const qsizetype lines = (data.size() + HexBytesPerLine - 1) / HexBytesPerLine;
    // 8 offset digits, 2 spaces, 16 × 3 hex, 1 group gap, 1 space, |16 ASCII|, line end.
    constexpr int lineChars = 8 + 2 + HexBytesPerLine * 3 + 1 + 1 + HexBytesPerLine + 2 + 1;
    QString out;
    out.reserve(lines * lineChars);
    for (qsizetype line = 0; line < lines; ++line) {
        const qsizetype at = line * HexBytesPerLine;
        const QByteArrayView bytes =
            data.sliced(at, std::min<qsizetype>(HexBytesPerLine, data.size() - at));
        out += QStringLiteral("%1  ").arg(startOffset + at, 8, 16, QLatin1Char('0'));
        for (int k = 0; k < HexBytesPerLine; ++k) {
            if (k == HexBytesPerLine / 2)
                out += QLatin1Char(' ');
            if (k < bytes.size()) {
                const auto b = uchar(bytes[k]);
                out += QLatin1Char(digits[b >> 4]);
                out += QLatin1Char(digits[b & 0xF]);
                out += QLatin1Char(' ');
            } else {
                out += QLatin1String("   ");
            }
        }
        out += QLatin1String(" |");
        for (const char ch : bytes)
            out += (ch >= 0x20 && ch < 0x7F) ? QLatin1Char(ch) : QLatin1Char('.');
        out += QLatin1String("|\n");
    }
    return out;
}

QString PayloadView::jsonError(QByteArrayView data)
{
    // Qt's parser takes only an object or an array at the top: a scalar is checked inside one.
    QByteArray wrapped;
    wrapped.reserve(data.size() + 2);
    wrapped.append('[').append(data).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.array().size() == 1)
            return {};
        return tr("more than one JSON value");
    }
    if (error.error == QJsonParseError::DeepNesting)
        return tr("nested more than %1 levels deep, too deep to show as JSON")
            .arg(MaxJsonDepth - 1);
    return tr("%1 at byte %2")
        .arg(error.errorString())
        .arg(std::clamp<qsizetype>(error.offset - 1, 0, data.size()));
}

QString PayloadView::prettyJson(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    QString out;
    out.reserve(text.size() + text.size() / 2);
    int depth = 0;
    const auto newLine = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(depth * 4, QLatin1Char(' '));
    };
    const auto isSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
               c == QLatin1Char('\r');
    };
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            qsizetype next = i + 1;
            while (next < text.size() && isSpace(text[next]))
                ++next;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            if (next < text.size() && text[next] == close) {
                out += close; // {} and [] stay on one line
                i = next;
                break;
            }
            ++depth;
            newLine();
            break;
        }
        case '}':
        case ']':
            --depth;
            newLine();
            out += c;
            break;
        case ',':
            out += c;
            newLine();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        default:
            out += c;
        }
    }
    return out;
}

PayloadView::Mode PayloadView::bestMode(QByteArrayView data)
{
    if (firstInvalidUtf8(data) >= 0)
        return Mode::Hex;
    if (!data.isEmpty() && jsonError(data).isEmpty())
        return Mode::Json;
    // Text with control characters (NUL and the like) reads better as a dump.
    return PayloadFormat::isText(data) ? Mode::Text : Mode::Hex;
}

QString PayloadView::byteCount(qsizetype bytes)
{
    return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(QLocale().toString(bytes));
}

QString PayloadView::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return tr("Best view");
    case Mode::Text:
        return tr("Text");
    case Mode::Json:
        return tr("JSON");
    case Mode::Hex:
        return tr("Hex");
    case Mode::Base64:
        return tr("Base64");
    }
    return {};
}

PayloadView::Rendering PayloadView::render(QByteArrayView data, Mode mode)
{
    Rendering r;
    const bool chosen = mode == Mode::Auto;
    if (chosen)
        mode = bestMode(data);
    r.mode = mode;
    switch (mode) {
    case Mode::Hex:
        r.text = hexDump(data);
        if (chosen) {
            // Say why the bytes are not shown as text.
            const qsizetype bad = firstInvalidUtf8(data);
            r.note = bad >= 0 ? tr("Not valid UTF-8 (first bad byte at %1): shown as hex.")
                                    .arg(QLocale().toString(bad))
                              : tr("Holds control characters (such as NUL): shown as hex.");
        }
        return r;
    case Mode::Base64:
        r.text = QString::fromLatin1(data.toByteArray().toBase64());
        return r;
    case Mode::Json:
    case Mode::Text:
    case Mode::Auto:
        break;
    }
    r.badUtf8At = firstInvalidUtf8(data);
    if (r.badUtf8At >= 0) {
        r.mode = Mode::Text;
        r.note = tr("Not valid UTF-8 (first bad byte at %1): not shown as text.")
                     .arg(QLocale().toString(r.badUtf8At));
        return r;
    }
    if (mode == Mode::Json) {
        const QString error = data.isEmpty() ? tr("empty") : jsonError(data);
        if (error.isEmpty()) {
            r.text = prettyJson(data);
            return r;
        }
        r.mode = Mode::Text;
        r.note = tr("Not valid JSON (%1): shown as text.").arg(error);
    }
    r.text = QString::fromUtf8(data);
    // Control characters other than line breaks and tabs are shown as their symbols (NUL as
    // U+2400 "␀"), so that they are seen; copying still gives the bytes.
    qsizetype controls = 0;
    for (QChar &c : r.text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t') || u == 0x7F) {
            c = QChar(u == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + u));
            ++controls;
        }
    }
    if (controls > 0 && r.note.isEmpty())
        r.note = controls == 1 ? tr("1 control character (such as NUL) shown as a symbol like ␀.")
                               : tr("%1 control characters (such as NUL) shown as symbols like ␀.")
                                     .arg(QLocale().toString(controls));
    return r;
}
