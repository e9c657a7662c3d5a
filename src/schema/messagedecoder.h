// MessageDecoder: what a key or value in the schema registry's wire format (0x00, a 4-byte
// schema id, for Protobuf the message indexes, then the encoded record) says, as JSON, or why it
// cannot be read, in plain words. Asks its SchemaRegistry for unknown ids without waiting:
// a row whose schema is on its way reads Pending until SchemaRegistry::schemaArrived. Also
// decodes raw (unframed) Avro or Protobuf values of topics mapped to local schemas.
// Thread-safe; decoding happens only when asked (for rows that are shown or filtered).
#pragma once

#include "registeredschema.h"
#include "schemacodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

class SchemaRegistry;

class MessageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MessageDecoder)

public:
    struct Result
    {
        enum class Status {
            NotFramed, // no registry framing (and no local schema): show the bytes as they are
            Pending,   // the schema is being fetched
            Decoded,
            Failed // framed (or mapped) but not readable: reason says why
        };
        Status status = Status::NotFramed;
        QByteArray json; // Decoded: compact JSON
        int schemaId = -1;
        SchemaType type = SchemaType::Avro;
        QString subject;  // when known
        int version = -1; // when known
        QString typeName; // record or message type
        QString reason;   // Failed (and NotFramed when a registry is set: why it is not framed)
        qsizetype errorOffset = -1; // Failed: byte offset in the whole value where reading stopped
    };

    explicit MessageDecoder(std::shared_ptr<SchemaRegistry> registry);

    // data: a whole key or value. topic: for local schemas mapped by topic name.
    Result decode(QByteArrayView data, const QString &topic = {}) const;

    std::shared_ptr<SchemaRegistry> registry() const { return registry_; }

private:
    std::shared_ptr<SchemaRegistry> registry_;
};
