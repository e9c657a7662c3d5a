// RegisteredSchema: one schema as a schema registry (or a local file) gives it: its kind, its
// text, the schemas it references, and where it is registered when that is known.
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

enum class SchemaType { Avro, Protobuf, Json };

struct SchemaReference
{
    QString name; // as the schema names it: an Avro full name, a .proto import path, a $ref URL
    QString subject;
    int version = -1;
};

struct RegisteredSchema
{
    int id = -1; // -1 for a local schema
    SchemaType type = SchemaType::Avro;
    QString text;
    QList<SchemaReference> references;
    // Every schema reachable through references (transitively), by reference name -> its text.
    QHash<QString, QString> referencedTexts;
    QString subject;  // empty when unknown
    int version = -1; // -1 when unknown
};
Q_DECLARE_METATYPE(RegisteredSchema)
