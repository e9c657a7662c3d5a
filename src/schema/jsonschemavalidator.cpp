#include "jsonschemavalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace {

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonSchemaValidator::tr("null");
    case QJsonValue::Bool:
        return JsonSchemaValidator::tr("true/false");
    case QJsonValue::Double:
        return JsonSchemaValidator::tr("a number");
    case QJsonValue::String:
        return JsonSchemaValidator::tr("a string");
    case QJsonValue::Array:
        return JsonSchemaValidator::tr("an array");
    case QJsonValue::Object:
        return JsonSchemaValidator::tr("an object");
    default:
        return JsonSchemaValidator::tr("nothing");
    }
}

QString typeWords(const QString &type)
{
    if (type == u"null")
        return JsonSchemaValidator::tr("null");
    if (type == u"boolean")
        return JsonSchemaValidator::tr("true/false");
    if (type == u"integer")
        return JsonSchemaValidator::tr("a whole number");
    if (type == u"number")
        return JsonSchemaValidator::tr("a number");
    if (type == u"string")
        return JsonSchemaValidator::tr("a string");
    if (type == u"array")
        return JsonSchemaValidator::tr("an array");
    if (type == u"object")
        return JsonSchemaValidator::tr("an object");
    return type;
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"null")
        return value.isNull();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"integer")
        return isInteger(value);
    if (type == u"number")
        return value.isDouble();
    if (type == u"string")
        return value.isString();
    if (type == u"array")
        return value.isArray();
    if (type == u"object")
        return value.isObject();
    return true; // an unknown type name constrains nothing
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json.mid(1, json.size() - 2));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString memberPath(const QString &path, const QString &name)
{
    bool plain = !name.isEmpty() && !name.front().isDigit();
    for (const QChar c : name)
        plain = plain && (c.isLetterOrNumber() || c == u'_');
    if (plain)
        return path + u'.' + name;
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return path + QStringLiteral("['") + quoted + QStringLiteral("']");
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

// The keywords whose values are data, not schemas: never walked for $ref or pattern.
bool holdsData(const QString &keyword)
{
    return keyword == u"enum" || keyword == u"const" || keyword == u"default" ||
           keyword == u"examples";
}

} // namespace

struct JsonSchemaValidator::Context
{
    const JsonSchemaValidator &validator;

    // A schema by $ref from document (empty: the root schema).
    bool resolve(const QString &ref, const QString &document, QJsonValue *target,
                 QString *targetDocument) const
    {
        const qsizetype hash = ref.indexOf(u'#');
        const QString name = hash < 0 ? ref : ref.left(hash);
        const QString fragment = hash < 0 ? QString() : ref.mid(hash + 1);
        if (name.isEmpty()) {
            *targetDocument = document;
        } else if (validator.documents_.contains(name)) {
            *targetDocument = name;
        } else if (validator.root_.isObject() &&
                   validator.root_.toObject().value(QLatin1String("$id")).toString() == name) {
            *targetDocument = QString();
        } else {
            // A reference registered by its file name, named by a URL ending in it (or so).
            const QString file = name.section(u'/', -1);
            QStringList found;
            for (auto it = validator.documents_.cbegin(); it != validator.documents_.cend(); ++it) {
                if (it.key().section(u'/', -1) == file)
                    found.append(it.key());
            }
            if (found.size() != 1)
                return false;
            *targetDocument = found.first();
        }
        const QJsonValue base = targetDocument->isEmpty()
                                    ? validator.root_
                                    : validator.documents_.value(*targetDocument);
        if (fragment.isEmpty()) {
            *target = base;
            return true;
        }
        if (!fragment.startsWith(u'/'))
            return false;
        QJsonValue at = base;
        const QStringList steps = fragment.mid(1).split(u'/');
        for (QString step : steps) {
            step = QUrl::fromPercentEncoding(step.toUtf8());
            step.replace(QStringLiteral("~1"), QStringLiteral("/"));
            step.replace(QStringLiteral("~0"), QStringLiteral("~"));
            if (at.isObject() && at.toObject().contains(step)) {
                at = at.toObject().value(step);
            } else if (at.isArray()) {
                bool ok = false;
                const int index = step.toInt(&ok);
                if (!ok || index < 0 || index >= at.toArray().size())
                    return false;
                at = at.toArray().at(index);
            } else {
                return false;
            }
        }
        *target = at;
        return true;
    }

    QString check(const QJsonValue &value, const QJsonValue &schema, const QString &document,
                  const QString &path, int depth) const
    {
        if (depth > MaxDepth)
            return tr("%1: nested deeper than %2 levels; TopicDesk checks no deeper.")
                .arg(path)
                .arg(MaxDepth);
        if (schema.isBool()) {
            if (schema.toBool())
                return {};
            return tr("%1: is not allowed here (the schema says false).").arg(path);
        }
        if (!schema.isObject())
            return {};
        const QJsonObject s = schema.toObject();

        if (s.contains(QLatin1String("$ref"))) {
            QJsonValue target;
            QString targetDocument;
            if (!resolve(s.value(QLatin1String("$ref")).toString(), document, &target,
                         &targetDocument))
                return tr("%1: the schema's $ref \"%2\" leads nowhere.")
                    .arg(path, s.value(QLatin1String("$ref")).toString());
            const QString problem = check(value, target, targetDocument, path, depth + 1);
            if (!problem.isEmpty())
                return problem;
        }

        if (const QJsonValue type = s.value(QLatin1String("type")); !type.isUndefined()) {
            QStringList types;
            if (type.isArray()) {
                for (const QJsonValue &t : type.toArray())
                    types.append(t.toString());
            } else {
                types.append(type.toString());
            }
            bool fits = false;
            for (const QString &t : std::as_const(types))
                fits = fits || hasType(value, t);
            if (!fits) {
                QStringList words;
                for (const QString &t : std::as_const(types))
                    words.append(typeWords(t));
                return tr("%1: must be %2, found %3.")
                    .arg(path, words.join(tr(" or ")), kindOf(value));
            }
        }

        if (const QJsonValue options = s.value(QLatin1String("enum")); options.isArray()) {
            if (!options.toArray().contains(value)) {
                QStringList words;
                for (const QJsonValue &option : options.toArray())
                    words.append(shown(option));
                return tr("%1: must be one of %2, found %3.")
                    .arg(path, words.join(QLatin1String(", ")), shown(value));
            }
        }
        if (s.contains(QLatin1String("const")) && s.value(QLatin1String("const")) != value)
            return tr("%1: must be %2, found %3.")
                .arg(path, shown(s.value(QLatin1String("const"))), shown(value));

        if (value.isDouble()) {
            const QString problem = number(value.toDouble(), s, path);
            if (!problem.isEmpty())
                return problem;
        }
        if (value.isString()) {
            const QString text = value.toString();
            const qsizetype length = codePoints(text);
            if (const QJsonValue min = s.value(QLatin1String("minLength"));
                min.isDouble() && double(length) < min.toDouble())
                return tr("%1: must be at least %n character(s) long, found %2.", nullptr,
                          min.toInt())
                    .arg(path)
                    .arg(length);
            if (const QJsonValue max = s.value(QLatin1String("maxLength"));
                max.isDouble() && double(length) > max.toDouble())
                return tr("%1: must be at most %n character(s) long, found %2.", nullptr,
                          max.toInt())
                    .arg(path)
                    .arg(length);
            if (const QJsonValue pattern = s.value(QLatin1String("pattern")); pattern.isString()) {
                const auto regex = validator.patterns_.constFind(pattern.toString());
                if (regex != validator.patterns_.cend() && !regex->match(text).hasMatch())
                    return tr("%1: must match the pattern %2, found %3.")
                        .arg(path, pattern.toString(), shown(value));
            }
        }
        if (value.isArray()) {
            const QString problem = array(value.toArray(), s, document, path, depth);
            if (!problem.isEmpty())
                return problem;
        }
        if (value.isObject()) {
            const QString problem = object(value.toObject(), s, document, path, depth);
            if (!problem.isEmpty())
                return problem;
        }
        return combinations(value, s, document, path, depth);
    }

    QString number(double n, const QJsonObject &s, const QString &path) const
    {
        const QJsonValue min = s.value(QLatin1String("minimum"));
        const QJsonValue max = s.value(QLatin1String("maximum"));
        const QJsonValue exclusiveMin = s.value(QLatin1String("exclusiveMinimum"));
        const QJsonValue exclusiveMax = s.value(QLatin1String("exclusiveMaximum"));
        auto num = [](double d) { return QString::number(d, 'g', 17); };
        if (min.isDouble()) {
            if (exclusiveMin.toBool() && n <= min.toDouble())
                return tr("%1: must be more than %2, found %3.")
                    .arg(path, num(min.toDouble()), num(n));
            if (n < min.toDouble())
                return tr("%1: must be at least %2, found %3.")
                    .arg(path, num(min.toDouble()), num(n));
        }
        if (max.isDouble()) {
            if (exclusiveMax.toBool() && n >= max.toDouble())
                return tr("%1: must be less than %2, found %3.")
                    .arg(path, num(max.toDouble()), num(n));
            if (n > max.toDouble())
                return tr("%1: must be at most %2, found %3.")
                    .arg(path, num(max.toDouble()), num(n));
        }
        if (exclusiveMin.isDouble() && n <= exclusiveMin.toDouble())
            return tr("%1: must be more than %2, found %3.")
                .arg(path, num(exclusiveMin.toDouble()), num(n));
        if (exclusiveMax.isDouble() && n >= exclusiveMax.toDouble())
            return tr("%1: must be less than %2, found %3.")
                .arg(path, num(exclusiveMax.toDouble()), num(n));
        if (const QJsonValue step = s.value(QLatin1String("multipleOf"));
            step.isDouble() && step.toDouble() > 0) {
            const double quotient = n / step.toDouble();
            if (!std::isfinite(quotient) || std::abs(quotient - std::round(quotient)) >
                                                1e-9 * std::max(1.0, std::abs(quotient)))
                return tr("%1: must be a multiple of %2, found %3.")
                    .arg(path, num(step.toDouble()), num(n));
        }
        return {};
    }

    QString array(const QJsonArray &items, const QJsonObject &s, const QString &document,
                  const QString &path, int depth) const
    {
        const qsizetype count = items.size();
        if (const QJsonValue min = s.value(QLatin1String("minItems"));
            min.isDouble() && double(count) < min.toDouble())
            return tr("%1: must have at least %n item(s), found %2.", nullptr, min.toInt())
                .arg(path)
                .arg(count);
        if (const QJsonValue max = s.value(QLatin1String("maxItems"));
            max.isDouble() && double(count) > max.toDouble())
            return tr("%1: must have at most %n item(s), found %2.", nullptr, max.toInt())
                .arg(path)
                .arg(count);
        if (s.value(QLatin1String("uniqueItems")).toBool()) {
            for (qsizetype i = 0; i < count; ++i) {
                for (qsizetype j = i + 1; j < count; ++j) {
                    if (items[i] == items[j])
                        return tr("%1: items %2 and %3 are the same, but must all differ.")
                            .arg(path)
                            .arg(i)
                            .arg(j);
                }
            }
        }
        const QJsonValue itemSchema = s.value(QLatin1String("items"));
        qsizetype tupleSize = 0;
        if (itemSchema.isArray()) {
            const QJsonArray tuple = itemSchema.toArray();
            tupleSize = tuple.size();
            for (qsizetype i = 0; i < count && i < tupleSize; ++i) {
                const QString problem =
                    check(items[i], tuple[i], document, indexPath(path, i), depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
            const QJsonValue additional = s.value(QLatin1String("additionalItems"));
            for (qsizetype i = tupleSize; i < count && !additional.isUndefined(); ++i) {
                if (additional.isBool() && !additional.toBool())
                    return tr("%1: must have at most %n item(s), found %2.", nullptr,
                              int(tupleSize))
                        .arg(path)
                        .arg(count);
                const QString problem =
                    check(items[i], additional, document, indexPath(path, i), depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
        } else if (!itemSchema.isUndefined()) {
            for (qsizetype i = 0; i < count; ++i) {
                const QString problem =
                    check(items[i], itemSchema, document, indexPath(path, i), depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
        }
        if (const QJsonValue contains = s.value(QLatin1String("contains"));
            !contains.isUndefined()) {
            bool found = false;
            for (qsizetype i = 0; i < count && !found; ++i)
                found =
                    check(items[i], contains, document, indexPath(path, i), depth + 1).isEmpty();
            if (!found)
                return tr("%1: must contain an item that fits the schema's \"contains\".")
                    .arg(path);
        }
        return {};
    }

    QString object(const QJsonObject &members, const QJsonObject &s, const QString &document,
                   const QString &path, int depth) const
    {
        if (const QJsonValue min = s.value(QLatin1String("minProperties"));
            min.isDouble() && double(members.size()) < min.toDouble())
            return tr("%1: must have at least %2 properties, found %3.")
                .arg(path)
                .arg(min.toInt())
                .arg(members.size());
        if (const QJsonValue max = s.value(QLatin1String("maxProperties"));
            max.isDouble() && double(members.size()) > max.toDouble())
            return tr("%1: must have at most %2 properties, found %3.")
                .arg(path)
                .arg(max.toInt())
                .arg(members.size());
        for (const QJsonValue &name : s.value(QLatin1String("required")).toArray()) {
            if (!members.contains(name.toString()))
                return tr("%1: lacks the required property \"%2\".").arg(path, name.toString());
        }
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        const QJsonObject patternProperties =
            s.value(QLatin1String("patternProperties")).toObject();
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        const QJsonValue propertyNames = s.value(QLatin1String("propertyNames"));
        for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
            const QString name = it.key();
            const QString at = memberPath(path, name);
            if (!propertyNames.isUndefined()) {
                const QString problem = check(name, propertyNames, document, at, depth + 1);
                if (!problem.isEmpty())
                    return tr("%1: the property name \"%2\" is not allowed: %3")
                        .arg(path, name, problem);
            }
            bool described = false;
            if (properties.contains(name)) {
                described = true;
                const QString problem =
                    check(it.value(), properties.value(name), document, at, depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
            for (auto p = patternProperties.constBegin(); p != patternProperties.constEnd(); ++p) {
                const auto regex = validator.patterns_.constFind(p.key());
                if (regex == validator.patterns_.cend() || !regex->match(name).hasMatch())
                    continue;
                described = true;
                const QString problem = check(it.value(), p.value(), document, at, depth + 1);
                if (!problem.isEmpty())
                    return problem;
            }
            if (described || additional.isUndefined())
                continue;
            if (additional.isBool() && !additional.toBool()) {
                QStringList known = properties.keys();
                return known.isEmpty()
                           ? tr("%1: the property \"%2\" is not allowed here.").arg(path, name)
                           : tr("%1: the property \"%2\" is not allowed here (the schema has: %3).")
                                 .arg(path, name, known.join(QLatin1String(", ")));
            }
            const QString problem = check(it.value(), additional, document, at, depth + 1);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }

    QString combinations(const QJsonValue &value, const QJsonObject &s, const QString &document,
                         const QString &path, int depth) const
    {
        for (const QJsonValue &part : s.value(QLatin1String("allOf")).toArray()) {
            const QString problem = check(value, part, document, path, depth + 1);
            if (!problem.isEmpty())
                return problem;
        }
        if (const QJsonValue anyOf = s.value(QLatin1String("anyOf")); anyOf.isArray()) {
            QString first;
            bool matched = false;
            for (const QJsonValue &part : anyOf.toArray()) {
                const QString problem = check(value, part, document, path, depth + 1);
                if (problem.isEmpty()) {
                    matched = true;
                    break;
                }
                if (first.isEmpty())
                    first = problem;
            }
            if (!matched)
                return tr("%1: fits none of the schema's %n choice(s) (anyOf); the first says: %2",
                          nullptr, int(anyOf.toArray().size()))
                    .arg(path, first);
        }
        if (const QJsonValue oneOf = s.value(QLatin1String("oneOf")); oneOf.isArray()) {
            QString first;
            QStringList matches;
            const QJsonArray parts = oneOf.toArray();
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString problem = check(value, parts[i], document, path, depth + 1);
                if (problem.isEmpty())
                    matches.append(QString::number(i + 1));
                else if (first.isEmpty())
                    first = problem;
            }
            if (matches.isEmpty())
                return tr("%1: fits none of the schema's %n choice(s) (oneOf); the first says: %2",
                          nullptr, int(parts.size()))
                    .arg(path, first);
            if (matches.size() > 1)
                return tr("%1: fits choices %2 of the schema's oneOf, but must fit exactly one.")
                    .arg(path, matches.join(QLatin1String(", ")));
        }
        if (const QJsonValue no = s.value(QLatin1String("not")); !no.isUndefined()) {
            if (check(value, no, document, path, depth + 1).isEmpty())
                return tr("%1: must not fit the schema under \"not\".").arg(path);
        }
        if (const QJsonValue condition = s.value(QLatin1String("if")); !condition.isUndefined()) {
            const bool holds = check(value, condition, document, path, depth + 1).isEmpty();
            const QJsonValue branch =
                s.value(holds ? QLatin1String("then") : QLatin1String("else"));
            if (!branch.isUndefined())
                return check(value, branch, document, path, depth + 1);
        }
        return {};
    }
};

std::unique_ptr<const JsonSchemaValidator>
JsonSchemaValidator::create(const QJsonValue &schema, const QHash<QString, QJsonValue> &documents,
                            QString *error)
{
    std::unique_ptr<JsonSchemaValidator> validator(new JsonSchemaValidator);
    validator->root_ = schema;
    validator->documents_ = documents;
    QString problem;
    if (!validator->walk(schema, {}, 0, &problem)) {
        *error = problem;
        return nullptr;
    }
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        if (!validator->walk(it.value(), it.key(), 0, &problem)) {
            *error = tr("In the referenced schema \"%1\": %2").arg(it.key(), problem);
            return nullptr;
        }
    }
    return validator;
}

// Checks every $ref resolves and compiles every pattern, once, before any validation.
bool JsonSchemaValidator::walk(const QJsonValue &schema, const QString &document, int depth,
                               QString *error)
{
    if (depth > MaxDepth) {
        *error = tr("The schema nests deeper than %1 levels.").arg(MaxDepth);
        return false;
    }
    if (schema.isArray()) {
        for (const QJsonValue &item : schema.toArray()) {
            if (!walk(item, document, depth + 1, error))
                return false;
        }
        return true;
    }
    if (!schema.isObject())
        return true;
    const QJsonObject s = schema.toObject();
    auto compile = [&](const QString &pattern) {
        if (patterns_.contains(pattern))
            return true;
        QRegularExpression regex(pattern);
        if (!regex.isValid()) {
            *error = tr("The pattern %1 is not a regular expression: %2.")
                         .arg(pattern, regex.errorString());
            return false;
        }
        regex.optimize(); // compiled now: matching from several threads only reads it
        patterns_.insert(pattern, regex);
        return true;
    };
    for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
        const QString keyword = it.key();
        if (holdsData(keyword))
            continue;
        if (keyword == u"$ref" && it.value().isString()) {
            QJsonValue target;
            QString targetDocument;
            const Context context{*this};
            if (!context.resolve(it.value().toString(), document, &target, &targetDocument)) {
                *error = tr("The schema's $ref \"%1\" leads nowhere: no referenced schema has "
                            "that name, or its #/pointer names nothing.")
                             .arg(it.value().toString());
                return false;
            }
            continue;
        }
        if (keyword == u"pattern" && it.value().isString() && !compile(it.value().toString()))
            return false;
        if (keyword == u"patternProperties" && it.value().isObject()) {
            const QJsonObject patterns = it.value().toObject();
            for (auto p = patterns.constBegin(); p != patterns.constEnd(); ++p) {
                if (!compile(p.key()))
                    return false;
            }
        }
        if (!walk(it.value(), document, depth + 1, error))
            return false;
    }
    return true;
}

QString JsonSchemaValidator::validate(const QJsonValue &value) const
{
    const Context context{*this};
    return context.check(value, root_, {}, QStringLiteral("$"), 0);
}
