// LocalSchemas: schema files on this computer (.avsc Avro schemas, .proto files, Protobuf
// descriptor sets) mapped to topics by name pattern, for topics whose values are raw Avro or
// Protobuf records without a schema registry's framing. Loaded once from the profile's
// LocalSchema entries; immutable afterwards, so it may be used on several threads at once.
#pragma once

#include "registrysettings.h"
#include "schemacodec.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

class LocalSchemas
{
    Q_DECLARE_TR_FUNCTIONS(LocalSchemas)

public:
    struct Entry
    {
        QString topicPattern;       // as given: * any run of characters, ? one character
        QRegularExpression pattern; // the whole topic name must match
        QString file;               // the path as given
        QString fileName;           // its name without the folder, as messages show it
        std::shared_ptr<const SchemaCodec> codec;
        QString typeName;          // Protobuf: the message decoded (full name); Avro: empty
        QList<int> messageIndexes; // Protobuf: the path to typeName, for SchemaCodec::decode
    };

    // Files larger than this are refused (no schema is anywhere near it).
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    // Reads every entry's file: .avsc is an Avro schema; .proto a Protobuf schema whose imports
    // are read from the files beside it (an import's path relative to that folder, as protoc's
    // -I does), else Protobuf's well-known types; .desc, .pb or .binpb a FileDescriptorSet
    // (protoc --descriptor_set_out --include_imports). An entry whose file cannot be used is left
    // out and a line saying why, naming the file, is appended to *errors (when not null).
    static std::shared_ptr<const LocalSchemas> load(const QList<LocalSchema> &entries,
                                                    QStringList *errors);

    // The first entry whose pattern matches the whole topic name, or null.
    const Entry *match(const QString &topic) const;

    const QList<Entry> &entries() const { return entries_; }
    bool isEmpty() const { return entries_.isEmpty(); }

private:
    LocalSchemas() = default;
    // Reads one file into entry's codec, or sets *error in plain words naming the file.
    static bool loadEntry(const LocalSchema &schema, Entry *entry, QString *error);
    QList<Entry> entries_;
};
