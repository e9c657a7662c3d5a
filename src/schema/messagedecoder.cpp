#include "messagedecoder.h"

#include "localschemas.h"
#include "schemaregistry.h"
#include "wireformat.h"

MessageDecoder::MessageDecoder(std::shared_ptr<SchemaRegistry> registry)
    : registry_(std::move(registry))
{}

MessageDecoder::MessageDecoder(std::shared_ptr<SchemaRegistry> registry,
                               std::shared_ptr<const LocalSchemas> local)
    : registry_(std::move(registry))
    , local_(std::move(local))
{}

MessageDecoder::Result MessageDecoder::decode(QByteArrayView data, const QString &topic) const
{
    if (local_ && !topic.isEmpty()) {
        if (const LocalSchemas::Entry *entry = local_->match(topic))
            return decodeLocal(*entry, data);
    }
    Result result;
    if (!registry_)
        return result; // no registry: nothing is framed, and that needs no explaining

    int schemaId = -1;
    if (const auto error = WireFormat::parseHeader(data, &schemaId);
        error != WireFormat::Error::None) {
        result.reason = WireFormat::errorText(error);
        return result;
    }
    result.schemaId = schemaId;

    const SchemaRegistry::Lookup lookup = registry_->lookup(schemaId);
    switch (lookup.state) {
    case SchemaRegistry::State::Pending:
        result.status = Result::Status::Pending;
        return result;
    case SchemaRegistry::State::Failed:
        result.status = Result::Status::Failed;
        result.reason = tr("Schema id %1: %2").arg(schemaId).arg(lookup.error);
        return result;
    case SchemaRegistry::State::Ready:
        break;
    }

    result.type = lookup.schema.type;
    result.subject = lookup.schema.subject;
    result.version = lookup.schema.version;

    qsizetype payloadStart = WireFormat::HeaderSize;
    QList<int> messageIndexes;
    if (lookup.schema.type == SchemaType::Protobuf) {
        qsizetype consumed = 0;
        if (const auto error =
                WireFormat::parseMessageIndexes(data, payloadStart, &messageIndexes, &consumed);
            error != WireFormat::Error::None) {
            result.status = Result::Status::Failed;
            result.reason = WireFormat::errorText(error);
            result.errorOffset = payloadStart;
            return result;
        }
        payloadStart += consumed;
    }

    // The codec counts its byte numbers (and errorOffset) from the value's first byte, as the
    // hex dump does.
    const SchemaCodec::Decoded decoded =
        lookup.codec->decode(data.sliced(payloadStart), messageIndexes, payloadStart);
    result.typeName = decoded.typeName;
    if (!decoded.ok()) {
        result.status = Result::Status::Failed;
        result.reason = decoded.error;
        result.errorOffset = decoded.errorOffset;
        return result;
    }
    result.status = Result::Status::Decoded;
    result.json = decoded.json;
    return result;
}

MessageDecoder::Result MessageDecoder::decodeLocal(const LocalSchemas::Entry &entry,
                                                   QByteArrayView data)
{
    Result result;
    result.type = entry.codec->type();
    result.subject = entry.fileName;
    result.typeName = entry.typeName;
    // The whole value is the record: no framing to skip, byte numbers count from its start.
    const SchemaCodec::Decoded decoded = entry.codec->decode(data, entry.messageIndexes, 0);
    if (!decoded.typeName.isEmpty())
        result.typeName = decoded.typeName;
    if (!decoded.ok()) {
        result.status = Result::Status::Failed;
        result.reason = tr("%1: %2").arg(entry.fileName, decoded.error);
        result.errorOffset = decoded.errorOffset;
        return result;
    }
    result.status = Result::Status::Decoded;
    result.json = decoded.json;
    return result;
}
