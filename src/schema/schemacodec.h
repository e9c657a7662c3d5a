// SchemaCodec: turns a record's encoded bytes into JSON and JSON into encoded bytes for one
// schema (Avro, Protobuf or JSON Schema). A codec is immutable once made: decode() and encode()
// may run on several threads at once.
#pragma once

#include "registeredschema.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

class SchemaCodec
{
public:
    virtual ~SchemaCodec();

    struct Decoded
    {
        QByteArray json; // compact JSON, UTF-8; empty when error is set
        QString error;   // plain words: why the bytes do not match the schema
        // Where reading stopped, counted (as every byte number in error) from the whole key's or
        // value's first byte: payloadStart + the offset in payload. -1 if unknown. When set,
        // error names it ("at byte N").
        qsizetype errorOffset = -1;
        QString typeName; // the record or message type decoded (Avro full name, Protobuf name)
        bool ok() const { return error.isEmpty(); }
    };
    struct Encoded
    {
        QByteArray payload;        // the encoded record, without the registry's wire header
        QList<int> messageIndexes; // Protobuf: the path to the message type, else empty
        QString error;             // plain words, naming the field (JSON path) that is wrong
        bool ok() const { return error.isEmpty(); }
    };

    virtual SchemaType type() const = 0;
    // payload: the bytes after the wire header. messageIndexes: Protobuf's path to the message
    // type ({} and {0} both mean the first message of the file); ignored by the others.
    // payloadStart: where payload begins in the whole key or value (the wire header and message
    // indexes before it); every byte number in an error message, and errorOffset, counts from the
    // whole value's start, as a hex dump of it does. 0: payload is all there is.
    virtual Decoded decode(QByteArrayView payload, const QList<int> &messageIndexes,
                           qsizetype payloadStart = 0) const = 0;
    // json: the record as JSON text. typeName: Protobuf's message (full or short name), empty
    // for the file's first message; ignored by the others.
    virtual Encoded encode(QByteArrayView json, const QString &typeName = {}) const = 0;

    // The codec for schema, or null with *error set (in plain words) when its text or a
    // reference does not parse.
    static std::shared_ptr<const SchemaCodec> create(const RegisteredSchema &schema,
                                                     QString *error);

    static QString typeName(SchemaType type); // "Avro", "Protobuf", "JSON Schema"
};
