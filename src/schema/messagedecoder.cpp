#include "messagedecoder.h"

#include "schemaregistry.h"
#include "wireformat.h"

// Local schemas (raw values of topics mapped to .avsc/.proto files) are not built yet: decode()
// ignores its topic, and a value without the registry's framing is NotFramed.

MessageDecoder::MessageDecoder(std::shared_ptr<SchemaRegistry> registry)
    : registry_(std::move(registry))
{}

MessageDecoder::Result MessageDecoder::decode(QByteArrayView data, const QString &topic) const
{
    Q_UNUSED(topic)
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
