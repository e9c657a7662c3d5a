// PayloadView: a key's or value's bytes rendered for reading in the detail pane, as text,
// pretty-printed JSON, a hex dump (offset, hex, ASCII) or Base64, and which of these suits the
// bytes best. Bytes that are not valid UTF-8 are never turned into replacement characters: the
// text view of them is empty and says where the first bad byte is. Pure functions without
// widgets, safe to run on a worker thread (the pane formats large values off the GUI thread).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class PayloadView final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadView)

public:
    enum class Mode { Auto, Text, Json, Hex, Base64 };

    struct Rendering
    {
        Mode mode = Mode::Text; // what text holds (never Auto)
        QString text;
        // Why the bytes are not shown as asked, or what to know about them; empty if nothing.
        QString note;
        // Text and JSON: the byte offset of the first byte that is not valid UTF-8, else -1.
        qsizetype badUtf8At = -1;
    };

    // The bytes rendered in mode; Auto picks bestMode(data). Text of invalid UTF-8 is empty with
    // a note (never replacement characters); JSON that does not parse (or is nested deeper than
    // MaxJsonDepth) falls back to text with a note saying why.
    static Rendering render(QByteArrayView data, Mode mode);
    // JSON when the bytes are valid JSON (any value, also a scalar), else Text when they are
    // valid UTF-8, else Hex.
    static Mode bestMode(QByteArrayView data);

    // The offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates
    // and code points above U+10FFFF included), or -1 when all of data is valid UTF-8.
    static qsizetype firstInvalidUtf8(QByteArrayView data);
    // Lines of 16 bytes: "00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a 00 ff 01 02  |Hello
    // world.....|", each ending in '\n'. Offsets count from startOffset.
    static QString hexDump(QByteArrayView data, qsizetype startOffset = 0);
    static constexpr int HexBytesPerLine = 16;
    // An empty string when data is valid JSON, else what is wrong with it in plain words.
    static QString jsonError(QByteArrayView data);
    // Valid JSON indented by four spaces per level, keys in their written order and numbers as
    // written (nothing is parsed into doubles or sorted). data must be valid JSON.
    static QString prettyJson(QByteArrayView data);
    // How deeply JSON may nest to be shown as JSON (Qt's parser refuses deeper documents).
    static constexpr int MaxJsonDepth = 1024;

    static QString modeName(Mode mode);
    // "1 byte", "4,181 bytes" (in the user's locale).
    static QString byteCount(qsizetype bytes);
};
