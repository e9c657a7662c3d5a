#include "rawargument.h"

namespace {
constexpr char16_t EscapeBase = 0xdc00; // byte b (0x80..0xff) is kept as U+DC00 + b

// Length of the well-formed UTF-8 sequence at data[i], or 0 when it is not one (overlong
// forms, surrogates and code points past U+10FFFF are not well-formed).
qsizetype sequenceLength(const uchar *data, qsizetype size, qsizetype i)
{
    const uchar lead = data[i];
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xbf; // the range of the second byte
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            low = 0xa0;
        else if (lead == 0xed)
            high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            low = 0x90;
        else if (lead == 0xf4)
            high = 0x8f;
    } else {
        return 0;
    }
    if (i + length > size || data[i + 1] < low || data[i + 1] > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (data[i + k] < 0x80 || data[i + k] > 0xbf)
            return 0;
    }
    return length;
}
} // namespace

QString RawArgument::fromBytes(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    QString result;
    result.reserve(size);
    qsizetype runStart = 0; // start of the well-formed run not yet decoded
    qsizetype i = 0;
    while (i < size) {
        const qsizetype length = sequenceLength(data, size, i);
        if (length > 0) {
            i += length;
            continue;
        }
        result += QString::fromUtf8(bytes.constData() + runStart, i - runStart);
        result += QChar(char16_t(EscapeBase + data[i]));
        runStart = ++i;
    }
    result += QString::fromUtf8(bytes.constData() + runStart, size - runStart);
    return result;
}

QByteArray RawArgument::toBytes(const QString &argument)
{
    QByteArray result;
    result.reserve(argument.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const char16_t c = argument.at(i).unicode();
        const bool escaped = c >= EscapeBase + 0x80 && c <= EscapeBase + 0xff &&
                             (i == 0 || !argument.at(i - 1).isHighSurrogate());
        if (!escaped)
            continue;
        result += QStringView(argument).mid(runStart, i - runStart).toUtf8();
        result += char(c - EscapeBase);
        runStart = i + 1;
    }
    result += QStringView(argument).mid(runStart).toUtf8();
    return result;
}

bool RawArgument::hasRawBytes(const QString &argument)
{
    return toBytes(argument) != argument.toUtf8();
}

QStringList RawArgument::fromArgv(int argc, const char *const *argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << fromBytes(QByteArray(argv[i]));
    return arguments;
}
