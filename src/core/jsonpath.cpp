#include "jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <limits>

namespace {
bool isNameChar(QChar c)
{
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']') &&
           c != QLatin1Char('\'') && c != QLatin1Char('"') && !c.isSpace();
}
} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<JsonPath> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString path = text.trimmed();
    if (path.isEmpty())
        return fail(tr("Type a JSON path, such as $.order.id."));
    if (path.size() > MaxLength)
        return fail(tr("The path is longer than %1 characters.").arg(MaxLength));
    if (path.at(0) != QLatin1Char('$'))
        return fail(tr("A JSON path starts with $, as in $.order.id or $.items[0].sku."));
    JsonPath result;
    result.m_text = path;
    qsizetype i = 1;
    const qsizetype n = path.size();
    while (i < n) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            const qsizetype start = ++i;
            while (i < n && isNameChar(path.at(i)))
                ++i;
            if (i == start)
                return fail(tr("A name is missing after the dot at character %1 (for names "
                               "with spaces or dots, write ['the name']).")
                                .arg(start));
            result.m_steps.append({path.mid(start, i - start), -1});
        } else if (c == QLatin1Char('[')) {
            const qsizetype open = i + 1;
            ++i;
            if (i < n && (path.at(i) == QLatin1Char('\'') || path.at(i) == QLatin1Char('"'))) {
                const QChar quote = path.at(i++);
                QString name;
                bool closed = false;
                while (i < n) {
                    QChar d = path.at(i++);
                    if (d == QLatin1Char('\\') && i < n) {
                        name += path.at(i++);
                        continue;
                    }
                    if (d == quote) {
                        closed = true;
                        break;
                    }
                    name += d;
                }
                if (!closed)
                    return fail(tr("The name that starts at character %1 has no closing "
                                   "quote.")
                                    .arg(open));
                if (i >= n || path.at(i) != QLatin1Char(']'))
                    return fail(tr("A ] is missing at character %1.").arg(i + 1));
                ++i;
                result.m_steps.append({name, -1});
            } else {
                const qsizetype start = i;
                while (i < n && path.at(i).isDigit())
                    ++i;
                if (i == start || i >= n || path.at(i) != QLatin1Char(']'))
                    return fail(tr("Inside [ ] at character %1, write an array index (0, 1, …) "
                                   "or a quoted name ('name').")
                                    .arg(open));
                bool ok = false;
                const qlonglong index = path.mid(start, i - start).toLongLong(&ok);
                if (!ok || index > std::numeric_limits<int>::max())
                    return fail(tr("The array index at character %1 is too large.").arg(start + 1));
                ++i;
                result.m_steps.append({QString(), int(index)});
            }
        } else {
            return fail(tr("Unexpected \"%1\" at character %2: after $ come .name, ['name'] "
                           "or [index].")
                            .arg(c)
                            .arg(i + 1));
        }
    }
    return result;
}

std::optional<QJsonValue> JsonPath::find(const QJsonValue &root) const
{
    QJsonValue current = root;
    for (const Step &step : m_steps) {
        if (step.index >= 0) {
            if (!current.isArray())
                return std::nullopt;
            const QJsonArray array = current.toArray();
            if (step.index >= array.size())
                return std::nullopt;
            current = array.at(step.index);
        } else {
            if (!current.isObject())
                return std::nullopt;
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(step.name);
            if (it == object.constEnd())
                return std::nullopt;
            current = *it;
        }
    }
    return current;
}

std::optional<QJsonValue> JsonPath::find(QByteArrayView json) const
{
    // Only an object or an array can be a document: skip the parser for anything else.
    qsizetype first = 0;
    while (first < json.size() && QChar::isSpace(uchar(json.at(first))))
        ++first;
    if (first == json.size() || (json.at(first) != '{' && json.at(first) != '['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return find(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
}

QString JsonPath::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QString::number(number.toLongLong());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonPath::toSortKey(const QJsonValue &value)
{
    if (value.isDouble()) {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return number.toLongLong();
        return value.toDouble();
    }
    return toText(value);
}
