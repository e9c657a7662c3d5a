#include "jsonschemacodec.h"

#include "jsonschemavalidator.h"
#include "jsontext.h"

#include <QJsonObject>

JsonSchemaCodec::JsonSchemaCodec() = default;
JsonSchemaCodec::~JsonSchemaCodec() = default;

std::shared_ptr<const JsonSchemaCodec> JsonSchemaCodec::create(const RegisteredSchema &schema,
                                                               QString *error)
{
    auto parse = [&](const QString &text, const QString &name, QJsonValue *value) {
        const QByteArray utf8 = text.toUtf8();
        qsizetype offset = -1;
        QString problem;
        if (JsonText::parse(utf8, value, &offset, &problem))
            return true;
        if (error)
            *error = name.isEmpty()
                         ? tr("The schema is not JSON: %1 at %2.")
                               .arg(problem, JsonText::lineAndColumn(utf8, offset))
                         : tr("The referenced schema \"%1\" is not JSON: %2 at %3.")
                               .arg(name, problem, JsonText::lineAndColumn(utf8, offset));
        return false;
    };
    QJsonValue root;
    if (!parse(schema.text, {}, &root))
        return nullptr;
    if (!root.isObject() && !root.isBool()) {
        if (error)
            *error = tr("The schema is not a JSON Schema: it must be an object (or true or "
                        "false).");
        return nullptr;
    }
    QHash<QString, QJsonValue> documents;
    for (auto it = schema.referencedTexts.cbegin(); it != schema.referencedTexts.cend(); ++it) {
        QJsonValue document;
        if (!parse(it.value(), it.key(), &document))
            return nullptr;
        documents.insert(it.key(), document);
    }
    QString problem;
    auto validator = JsonSchemaValidator::create(root, documents, &problem);
    if (!validator) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::shared_ptr<JsonSchemaCodec> codec(new JsonSchemaCodec);
    codec->validator_ = std::move(validator);
    const QJsonObject object = root.toObject();
    codec->title_ = object.value(QLatin1String("title")).toString();
    if (codec->title_.isEmpty())
        codec->title_ = object.value(QLatin1String("$id")).toString();
    return codec;
}

SchemaCodec::Decoded JsonSchemaCodec::decode(QByteArrayView payload, const QList<int> &,
                                             qsizetype payloadStart) const
{
    Decoded out;
    out.typeName = title_;
    QJsonValue value;
    QString problem;
    if (!JsonText::parse(payload, &value, &out.errorOffset, &problem)) {
        if (out.errorOffset >= 0)
            out.errorOffset += payloadStart;
        out.error = tr("The bytes are not JSON: %1 at byte %2.").arg(problem).arg(out.errorOffset);
        return out;
    }
    out.json = JsonText::compact(payload);
    return out;
}

QString JsonSchemaCodec::check(QByteArrayView json) const
{
    QJsonValue value;
    qsizetype offset = -1;
    QString problem;
    if (!JsonText::parse(json, &value, &offset, &problem))
        return tr("The text is not JSON: %1 at %2.")
            .arg(problem, JsonText::lineAndColumn(json, offset));
    return validator_->validate(value);
}

SchemaCodec::Encoded JsonSchemaCodec::encode(QByteArrayView json, const QString &) const
{
    Encoded out;
    out.error = check(json);
    if (out.ok())
        out.payload = json.toByteArray();
    return out;
}
