#include "decodedtext.h"

#include <QStringList>

using Status = MessageDecoder::Result::Status;

QString DecodedText::summary(const MessageDecoder::Result &result)
{
    QStringList parts;
    parts << SchemaCodec::typeName(result.type);
    // A local schema file (schemaId -1) is named by subject alone.
    if (result.schemaId >= 0)
        parts << tr("schema %1").arg(result.schemaId);
    if (!result.subject.isEmpty())
        parts << (result.version >= 0
                      ? tr("%1 v%2", "subject and version").arg(result.subject).arg(result.version)
                      : result.subject);
    if (!result.typeName.isEmpty())
        parts << result.typeName;
    return parts.join(QStringLiteral(" · "));
}

namespace {
// A codec's reason names the byte where reading stopped, counted from the value's first byte as
// the hex dump counts; the detail pane marks that byte when it is one of the value's, and says so.
QString markedByte(const MessageDecoder::Result &result, qsizetype valueSize)
{
    if (result.errorOffset < 0 || result.errorOffset >= valueSize)
        return {};
    return QLatin1Char(' ') + DecodedText::tr("Byte %1, where reading stopped, is marked in the "
                                              "hex dump.")
                                  .arg(result.errorOffset);
}

QString notDecoded(const MessageDecoder::Result &result, qsizetype valueSize)
{
    // Bytes that do not match a schema that is known: say which schema.
    if (!result.subject.isEmpty() || !result.typeName.isEmpty())
        return DecodedText::tr("Not decoded with %1: %2")
                   .arg(DecodedText::summary(result), result.reason) +
               markedByte(result, valueSize);
    return DecodedText::tr("Not decoded: %1").arg(result.reason) + markedByte(result, valueSize);
}
} // namespace

QString DecodedText::header(const MessageDecoder::Result &result, qsizetype valueSize)
{
    switch (result.status) {
    case Status::Decoded: {
        QStringList parts;
        parts << SchemaCodec::typeName(result.type);
        if (result.schemaId < 0) // a local schema file: subject is the file's name
            parts << tr("file %1").arg(result.subject);
        else
            parts << tr("schema id %1").arg(result.schemaId);
        if (!result.subject.isEmpty() && result.schemaId >= 0)
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
        return notDecoded(result, valueSize);
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
        return notDecoded(result, -1);
    case Status::NotFramed:
        break;
    }
    return header(result);
}
