#include "messagefilereader.h"

#include "messagejson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
        if (!result.jsonLines) {
            result.requests.append({.topic = topic, .value = line});
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        const MessageJson::Parsed parsed = MessageJson::fromJson(line);
        if (!parsed.error.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            result.error = document.isObject()
                               ? tr("Line %1: %2").arg(n + 1).arg(parsed.error)
                               : tr("Line %1 is not a JSON object: %2")
                                     .arg(n + 1)
                                     .arg(parseError.error == QJsonParseError::NoError
                                              ? tr("it is a JSON array, string or number")
                                              : parseError.errorString());
            result.requests.clear();
            return result;
        }
        // The record's partition, when it gives one, as before: the file says where it goes.
        result.requests.append(MessageJson::toRequest(parsed, topic, true));
    }
    if (result.requests.isEmpty())
        result.error = tr("The file has no messages in it: nothing to send.");
    return result;
}
