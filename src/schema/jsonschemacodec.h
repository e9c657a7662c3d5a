// JsonSchemaCodec: the SchemaCodec for the registry's JSON Schema type, where the record after
// the wire header is JSON text itself.
//
// decode() succeeds for any JSON text (an object, an array or a single value) and returns it
// compact, with numbers and strings exactly as written (whitespace between tokens removed, no
// re-serialisation that would round large integers); it does not check the JSON against the
// schema: a consumer shows what the producer sent, matching or not. Text that is not JSON fails
// with the byte offset where the parser stopped.
// encode() is where the schema is enforced (see JsonSchemaValidator for the keywords it checks):
// JSON that does not fit fails, naming the JSON path of the first problem; JSON that fits is sent
// exactly as the user typed it, byte for byte (spacing and all), never reformatted.
// Immutable once made: decode() and encode() may run on several threads at once.
#pragma once

#include "schemacodec.h"

#include <QCoreApplication>

#include <memory>

class JsonSchemaValidator;

class JsonSchemaCodec final : public SchemaCodec
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaCodec)

public:
    ~JsonSchemaCodec() override;

    // The codec for schema (JSON Schema text), or null with *error set in plain words when its
    // text or a reference's is not JSON, a $ref leads nowhere or a pattern does not compile.
    static std::shared_ptr<const JsonSchemaCodec> create(const RegisteredSchema &schema,
                                                         QString *error);

    SchemaType type() const override { return SchemaType::Json; }
    // messageIndexes is ignored. Decoded::typeName: the schema's title, else its $id.
    Decoded decode(QByteArrayView payload, const QList<int> &messageIndexes = {},
                   qsizetype payloadStart = 0) const override;
    // typeName is ignored. Encoded::payload: json itself, once it fits the schema.
    Encoded encode(QByteArrayView json, const QString &typeName = {}) const override;

    // The first way json does not fit the schema ("$.items[2].price: must be a number, found a
    // string"), or that it is not JSON; empty when it fits. What encode() checks, without encoding.
    QString check(QByteArrayView json) const;

private:
    JsonSchemaCodec();
    std::unique_ptr<const JsonSchemaValidator> validator_;
    QString title_;
};
