// ProtobufCodec: the SchemaCodec for Protobuf. The .proto schema text (and the files it imports,
// from the registry's references or, for Google's well-known types such as
// google/protobuf/timestamp.proto, from the copies built into libprotobuf) is parsed at run time
// into a descriptor pool of its own; decode() reads the bytes as a dynamic message of the type
// the message indexes select and prints it as JSON, encode() does the reverse.
//
// The JSON keeps the .proto field names (snake_case, as the schema spells them, not the
// lowerCamelCase of Protobuf's canonical JSON) and prints every field, also those at their
// default (0, "", false, the first enum value): proto3 does not send defaults, and a learner
// looking at a message should see that the field exists and is 0, not wonder where it went.
// Fields the schema does not know (written with a newer schema version) are read but left out of
// the JSON, as Protobuf's JSON printer does; the hex view still shows them.
// When the bytes do not parse, a wire-level scan of its own says where reading stopped and why
// (libprotobuf only says that it failed). The JSON is printed by ProtoJsonWriter (libprotobuf's
// printer, ten times slower, only for messages holding google.protobuf.Any or FieldMask).
// A proto3 string field holding bytes that are not UTF-8 fails to decode, saying so (libprotobuf's
// own log line about it is silenced); a bytes field may hold anything.
// Immutable once made: decode() and encode() may run on several threads at once.
#pragma once

#include "schemacodec.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace google::protobuf {
class Descriptor;
}

class ProtobufCodec final : public SchemaCodec
{
    Q_DECLARE_TR_FUNCTIONS(ProtobufCodec)

public:
    ~ProtobufCodec() override;

    // The codec for schema (a .proto file's text), or null with *error set in plain words (with
    // the line and column) when its text or an import does not parse, an import is missing, or
    // it defines no message.
    static std::shared_ptr<const ProtobufCodec> create(const RegisteredSchema &schema,
                                                       QString *error);

    // The codec for a FileDescriptorSet's bytes (what protoc --descriptor_set_out writes; with
    // --include_imports it holds every file needed, else only Protobuf's well-known types may be
    // missing from it). Its files are built after the files they import. The schema's own file
    // (the one messageTypes() lists and the indexes count in) is the LAST file of the set: protoc
    // writes the files it was given after their imports. Null with *error set in plain words
    // when the bytes are not a descriptor set, an import is missing or a file does not build.
    static std::shared_ptr<const ProtobufCodec> createFromDescriptorSet(QByteArrayView bytes,
                                                                        QString *error);

    SchemaType type() const override { return SchemaType::Protobuf; }
    // messageIndexes: the first is the top-level message's position in the file, each following
    // one a nested message's position inside the previous; {} and {0} mean the first message.
    Decoded decode(QByteArrayView payload, const QList<int> &messageIndexes = {},
                   qsizetype payloadStart = 0) const override;
    // typeName: a message of the schema's own file, by full name (package.Outer.Inner) or, when
    // that is unambiguous, by its short name; empty: the first message. The JSON may use the
    // .proto names or the lowerCamelCase ones. Errors name the field by its JSON path, as the
    // JSON Schema codec's do ("$.items[1].price: must be a number, found "cheap".").
    Encoded encode(QByteArrayView json, const QString &typeName = {}) const override;

    // The full names of the schema file's messages, nested ones after their parent, in file
    // order (map entries left out): the choices for encode()'s typeName.
    QStringList messageTypes() const;
    // The message indexes decode() takes for typeName (full or unambiguous short name, as
    // encode() takes it); {} for an empty name (the first message); nullopt with *error set
    // (naming the types there are) when the schema has no such message.
    std::optional<QList<int>> indexPathOf(const QString &typeName, QString *error) const;

    // Messages nested deeper than this are refused (Protobuf's own default limit).
    static constexpr int MaxDepth = 100;

    struct State;

private:
    ProtobufCodec();
    // Checks state's file has a message and makes the codec of it.
    static std::shared_ptr<const ProtobufCodec> finish(std::unique_ptr<State> state,
                                                       QString *error);
    const google::protobuf::Descriptor *findType(const QString &typeName, QString *error) const;
    std::unique_ptr<const State> state_;
};
