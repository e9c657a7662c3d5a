// MessageDecoder: what a key or value in the schema registry's wire format (0x00, a 4-byte
// schema id, for Protobuf the message indexes, then the encoded record) says, as JSON, or why it
// cannot be read, in plain words. Asks its SchemaRegistry for unknown ids without waiting:
// a row whose schema is on its way reads Pending until SchemaRegistry::schemaArrived. Also
// decodes raw (unframed) Avro or Protobuf values of topics mapped to local schemas (LocalSchemas):
// a mapped topic's whole value is read as a record of its file's schema, even when it starts with
// 0x00 as framed values do; topics no pattern matches are read with the registry's framing.
// Thread-safe; decoding happens only when asked (for rows that are shown or filtered).
#pragma once

#include "localschemas.h"
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
    // registry and local may each be null. A value of a topic local maps is Decoded with
    // schemaId -1, subject the schema file's name and typeName the record or message type, or
    // Failed with the codec's reason after the file's name.
    MessageDecoder(std::shared_ptr<SchemaRegistry> registry,
                   std::shared_ptr<const LocalSchemas> local);

    // data: a whole key or value. topic: for local schemas mapped by topic name.
    Result decode(QByteArrayView data, const QString &topic = {}) const;

    std::shared_ptr<SchemaRegistry> registry() const { return registry_; }
    std::shared_ptr<const LocalSchemas> localSchemas() const { return local_; }

private:
    static Result decodeLocal(const LocalSchemas::Entry &entry, QByteArrayView data);

    std::shared_ptr<SchemaRegistry> registry_;
    std::shared_ptr<const LocalSchemas> local_;
};
