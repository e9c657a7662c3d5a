#include "jsonschemacodec.h"

#include "jsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// "line L, column C" of a byte offset, for people who typed the text.
QString lineAndColumn(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QByteArrayView before = text.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return JsonSchemaCodec::tr("line %1, column %2").arg(before.count('\n') + 1).arg(column);
}

// Any JSON value (Qt's parser alone takes only objects and arrays). On failure: *offset where
// the parser stopped and *error what it found there.
bool parseJson(QByteArrayView text, QJsonValue *value, qsizetype *offset, QString *error)
{
    qsizetype first = 0;
    while (first < text.size() && isSpace(text[first]))
        ++first;
    if (first == text.size()) {
        *offset = first;
        *error = JsonSchemaCodec::tr("there is no JSON value");
        return false;
    }
    QJsonParseError parseError;
    if (text[first] == '{' || text[first] == '[') {
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            *value =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            return true;
        }
        // Qt may place an unterminated string one past the end.
        *offset = qMin(qsizetype(parseError.offset), text.size());
    } else {
        // A single value (a string, a number, true, false, null), read as a one-item array.
        const QJsonDocument document =
            QJsonDocument::fromJson('[' + text.toByteArray() + ']', &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (document.array().size() == 1) {
                *value = document.array().at(0);
                return true;
            }
            *offset = first;
            *error = JsonSchemaCodec::tr("more than one JSON value (separated by commas)");
            return false;
        }
        *offset = qBound(qsizetype(0), qsizetype(parseError.offset) - 1, text.size());
    }
    *error = parseError.errorString();
    return false;
}

// Valid JSON text without the whitespace between its tokens; strings and numbers untouched.
QByteArray compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json[++i]);
            else if (c == '"')
                inString = false;
        } else if (!isSpace(c)) {
            out.append(c);
            inString = c == '"';
        }
    }
    return out;
}

} // namespace

JsonSchemaCodec::JsonSchemaCodec() = default;
JsonSchemaCodec::~JsonSchemaCodec() = default;

std::shared_ptr<const JsonSchemaCodec> JsonSchemaCodec::create(const RegisteredSchema &schema,
                                                               QString *error)
{
    auto parse = [&](const QString &text, const QString &name, QJsonValue *value) {
        const QByteArray utf8 = text.toUtf8();
        qsizetype offset = -1;
        QString problem;
        if (parseJson(utf8, value, &offset, &problem))
            return true;
        if (error)
            *error = name.isEmpty() ? tr("The schema is not JSON: %1 at %2.")
                                          .arg(problem, lineAndColumn(utf8, offset))
                                    : tr("The referenced schema \"%1\" is not JSON: %2 at %3.")
                                          .arg(name, problem, lineAndColumn(utf8, offset));
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

SchemaCodec::Decoded JsonSchemaCodec::decode(QByteArrayView payload, const QList<int> &) const
{
    Decoded out;
    out.typeName = title_;
    QJsonValue value;
    QString problem;
    if (!parseJson(payload, &value, &out.errorOffset, &problem)) {
        out.error = tr("The bytes are not JSON: %1 at byte %2.").arg(problem).arg(out.errorOffset);
        return out;
    }
    out.json = compact(payload);
    return out;
}

QString JsonSchemaCodec::check(QByteArrayView json) const
{
    QJsonValue value;
    qsizetype offset = -1;
    QString problem;
    if (!parseJson(json, &value, &offset, &problem))
        return tr("The text is not JSON: %1 at %2.").arg(problem, lineAndColumn(json, offset));
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
