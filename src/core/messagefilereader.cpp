#include "messagefilereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// A JSON value as record bytes: strings as their text, anything else as compact JSON.
QByteArray bytesOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}
} // namespace

MessageFileReader::Result MessageFileReader::read(const QString &path, const QString &topic)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll(), topic);
}

MessageFileReader::Result MessageFileReader::parse(const QByteArray &content, const QString &topic)
{
    Result result;
    QList<QByteArray> lines = content.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    // JSON Lines when the first line is a JSON object with a "value" or "key".
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument first = QJsonDocument::fromJson(line);
        result.jsonLines = first.isObject() && (first.object().contains(QLatin1String("value")) ||
                                                first.object().contains(QLatin1String("key")));
        break;
    }
    result.requests.reserve(lines.size());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        ProduceRequest request{.topic = topic};
        if (!result.jsonLines) {
            request.value = line;
            result.requests.append(request);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            result.error = tr("Line %1 is not a JSON object: %2")
                               .arg(n + 1)
                               .arg(parseError.error == QJsonParseError::NoError
                                        ? tr("it is a JSON array, string or number")
                                        : parseError.errorString());
            result.requests.clear();
            return result;
        }
        const QJsonObject object = document.object();
        const QJsonValue key = object.value(QLatin1String("key"));
        if (!key.isUndefined() && !key.isNull())
            request.key = bytesOf(key);
        const QJsonValue value = object.value(QLatin1String("value"));
        request.valueIsNull = value.isNull() || value.isUndefined();
        if (!request.valueIsNull)
            request.value = bytesOf(value);
        const QJsonValue partition = object.value(QLatin1String("partition"));
        if (!partition.isUndefined() && !partition.isNull()) {
            if (!partition.isDouble() || partition.toDouble() < 0 ||
                partition.toDouble() != double(partition.toInt())) {
                result.error =
                    tr("Line %1: \"partition\" must be a whole number, 0 or more.").arg(n + 1);
                result.requests.clear();
                return result;
            }
            request.partition = partition.toInt();
        }
        // Headers: {"name": "value"}, or [["name", "value"], ...] when names repeat.
        const QJsonValue headers = object.value(QLatin1String("headers"));
        if (headers.isObject()) {
            const QJsonObject h = headers.toObject();
            for (auto it = h.begin(); it != h.end(); ++it)
                request.headers.append(
                    {it.key().toUtf8(), bytesOf(it.value()), it.value().isNull()});
        } else if (headers.isArray()) {
            for (const QJsonValue &pair : headers.toArray()) {
                const QJsonArray p = pair.toArray();
                if (p.size() != 2 || !p.at(0).isString()) {
                    result.error =
                        tr("Line %1: each header must be a [\"name\", \"value\"] pair.").arg(n + 1);
                    result.requests.clear();
                    return result;
                }
                request.headers.append(
                    {p.at(0).toString().toUtf8(), bytesOf(p.at(1)), p.at(1).isNull()});
            }
        } else if (!headers.isUndefined() && !headers.isNull()) {
            result.error =
                tr("Line %1: \"headers\" must be an object or a list of pairs.").arg(n + 1);
            result.requests.clear();
            return result;
        }
        result.requests.append(request);
    }
    if (result.requests.isEmpty())
        result.error = tr("The file has no messages in it: nothing to send.");
    return result;
}
