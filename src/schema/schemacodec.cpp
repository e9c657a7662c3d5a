#include "schemacodec.h"

#include "avrocodec.h"
#include "jsonschemacodec.h"
#include "protobufcodec.h"

#include <QCoreApplication>

SchemaCodec::~SchemaCodec() = default;

std::shared_ptr<const SchemaCodec> SchemaCodec::create(const RegisteredSchema &schema,
                                                       QString *error)
{
    switch (schema.type) {
    case SchemaType::Avro:
        return AvroCodec::create(schema, error);
    case SchemaType::Protobuf:
        return ProtobufCodec::create(schema, error);
    case SchemaType::Json:
        return JsonSchemaCodec::create(schema, error);
    }
    *error = QCoreApplication::translate("SchemaCodec", "This kind of schema is not supported.");
    return {};
}

QString SchemaCodec::typeName(SchemaType type)
{
    switch (type) {
    case SchemaType::Avro:
        return QStringLiteral("Avro");
    case SchemaType::Protobuf:
        return QStringLiteral("Protobuf");
    case SchemaType::Json:
        return QStringLiteral("JSON Schema");
    }
    return {};
}
