// RawArgument: command-line arguments as bytes. An argument is not always text: a key or a
// message given on the command line may hold any bytes but NUL. Decoding it as text would turn
// bytes that are not UTF-8 into U+FFFD; instead each such byte is kept as a lone surrogate
// U+DC80..U+DCFF (Python's "surrogateescape"), which no UTF-8 text can produce, and turned back
// into the same byte by toBytes(). Text arguments read as usual.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class RawArgument final
{
public:
    static QString fromBytes(const QByteArray &bytes);
    static QByteArray toBytes(const QString &argument);
    // True when the argument held bytes that are not UTF-8.
    static bool hasRawBytes(const QString &argument);
    static QStringList fromArgv(int argc, const char *const *argv);
};
