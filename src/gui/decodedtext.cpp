#include "decodedtext.h"

#include <QStringList>

using Status = MessageDecoder::Result::Status;

QString DecodedText::summary(const MessageDecoder::Result &result)
{
    QStringList parts;
    parts << SchemaCodec::typeName(result.type) << tr("schema %1").arg(result.schemaId);
    if (!result.subject.isEmpty())
        parts << (result.version >= 0
                      ? tr("%1 v%2", "subject and version").arg(result.subject).arg(result.version)
                      : result.subject);
    if (!result.typeName.isEmpty())
        parts << result.typeName;
    return parts.join(QStringLiteral(" · "));
}

namespace {
// Counted from the value's first byte (the header included), as the hex dump counts.
QString stoppedAt(const MessageDecoder::Result &result, bool marked)
{
    if (result.errorOffset < 0)
        return {};
    return QLatin1Char(' ') +
           (marked ? DecodedText::tr("Reading stopped at byte %1 of the value (marked in the hex "
                                     "dump).")
                   : DecodedText::tr("Reading stopped at byte %1 of the value."))
               .arg(result.errorOffset);
}

QString notDecoded(const MessageDecoder::Result &result, bool marked)
{
    // Bytes that do not match a schema that is known: say which schema.
    if (!result.subject.isEmpty() || !result.typeName.isEmpty())
        return DecodedText::tr("Not decoded with %1: %2")
                   .arg(DecodedText::summary(result), result.reason) +
               stoppedAt(result, marked);
    return DecodedText::tr("Not decoded: %1").arg(result.reason) + stoppedAt(result, marked);
}
} // namespace

QString DecodedText::header(const MessageDecoder::Result &result)
{
    switch (result.status) {
    case Status::Decoded: {
        QStringList parts;
        parts << SchemaCodec::typeName(result.type) << tr("schema id %1").arg(result.schemaId);
        if (!result.subject.isEmpty())
            parts << (result.version >= 0
                          ? tr("subject %1, version %2").arg(result.subject).arg(result.version)
                          : tr("subject %1").arg(result.subject));
        if (!result.typeName.isEmpty())
            parts << result.typeName;
        return parts.join(QStringLiteral(" · "));
    }
    case Status::Pending:
        return tr("Fetching schema %1 from the registry…").arg(result.schemaId);
    case Status::Failed:
        return notDecoded(result, true);
    case Status::NotFramed:
        break;
    }
    return result.reason.isEmpty() ? QString() : tr("Not decoded: %1").arg(result.reason);
}

QString DecodedText::toolTip(const MessageDecoder::Result &result)
{
    switch (result.status) {
    case Status::Decoded:
        return tr("Decoded with %1").arg(summary(result));
    case Status::Pending:
        return tr("Fetching schema %1 from the registry; the row shows it decoded once it is "
                  "here.")
            .arg(result.schemaId);
    case Status::Failed:
        return notDecoded(result, false);
    case Status::NotFramed:
        break;
    }
    return header(result);
}
