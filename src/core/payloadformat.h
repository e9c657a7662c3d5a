// PayloadFormat: how key and value bytes are shown as text. UTF-8 text is shown as text; any
// other bytes as hex, never mangled into replacement characters.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class PayloadFormat final
{
public:
    // One-line preview of at most maxBytes bytes of data: line breaks and tabs shown as
    // symbols, "…" when cut. Binary data reads "hex: 00 ff …".
    static QString preview(QByteArrayView data, int maxBytes = 200);
    // True when data is valid UTF-8 without control characters other than line breaks and
    // tabs. For the head of a longer value, a character cut off at its end is no error.
    static bool isText(QByteArrayView data, bool head = false);
    // How much of a value preview() inspects to tell text from binary.
    static constexpr int TextCheckBytes = 4096;
    // "00 1f ff", for at most maxBytes bytes.
    static QString hex(QByteArrayView data, int maxBytes);
};
