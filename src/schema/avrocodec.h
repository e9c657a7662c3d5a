// AvroCodec: the SchemaCodec for Avro. The schema text (with the named types its references
// define inlined) is parsed by avro-c once, into a compact tree of its own that decode() walks
// to turn Avro's binary encoding into Avro's JSON encoding, saying where reading stopped when
// the bytes do not match, and that encode() walks to turn JSON into the binary encoding.
// Immutable once made: decode() and encode() may run on several threads at once.
#pragma once

#include "schemacodec.h"

#include <QCoreApplication>

#include <memory>

class AvroCodec final : public SchemaCodec
{
    Q_DECLARE_TR_FUNCTIONS(AvroCodec)

public:
    ~AvroCodec() override;

    // The codec for schema (an Avro schema), or null with *error set in plain words when its
    // text, or a reference's, does not parse or a type it uses is defined nowhere.
    static std::shared_ptr<const AvroCodec> create(const RegisteredSchema &schema, QString *error);

    SchemaType type() const override { return SchemaType::Avro; }
    // messageIndexes is ignored. Bytes left over after the record are an error.
    Decoded decode(QByteArrayView payload, const QList<int> &messageIndexes = {},
                   qsizetype payloadStart = 0) const override;
    // Avro's JSON encoding; a union's value may also be given unwrapped when exactly one of its
    // types fits it. Longs are exact up to 64 bits when written as plain integers.
    Encoded encode(QByteArrayView json, const QString &typeName = {}) const override;

    // The schema's full name when it is a named type (record, enum, fixed), else its type.
    QString schemaName() const;
    // The schema as parsed, after inlining references (the text avro-c was given).
    QByteArray resolvedSchemaText() const;

    // Records, arrays, maps and unions nested deeper than this are refused (recursive schemas).
    static constexpr int MaxDepth = 1000;
    // Items of types that take no bytes (null, an empty record) believed in one value.
    static constexpr qint64 MaxEmptyItems = 1 << 20;
    // Values encode() looks at for one record, counting those tried against unions' types.
    static constexpr qint64 MaxEncodeSteps = 2'000'000;

    struct Tree;

private:
    AvroCodec();
    std::unique_ptr<const Tree> tree_;
};
