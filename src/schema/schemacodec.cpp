#include "schemacodec.h"

#include "avrocodec.h"

#include <QCoreApplication>

SchemaCodec::~SchemaCodec() = default;

std::shared_ptr<const SchemaCodec> SchemaCodec::create(const RegisteredSchema &schema,
                                                       QString *error)
{
    switch (schema.type) {
    case SchemaType::Avro:
        return AvroCodec::create(schema, error);
    case SchemaType::Protobuf:
    case SchemaType::Json:
        break;
    }
    *error = QCoreApplication::translate("SchemaCodec", "%1 schemas are not supported yet.")
                 .arg(typeName(schema.type));
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
