#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

bool JsonText::parse(QByteArrayView text, QJsonValue *value, qsizetype *offset, QString *error)
{
    qsizetype first = 0;
    while (first < text.size() && isSpace(text[first]))
        ++first;
    if (first == text.size()) {
        *offset = first;
        *error = tr("there is no JSON value");
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
            *error = tr("more than one JSON value (separated by commas)");
            return false;
        }
        *offset = qBound(qsizetype(0), qsizetype(parseError.offset) - 1, text.size());
    }
    *error = parseError.errorString();
    return false;
}

QString JsonText::lineAndColumn(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QByteArrayView before = text.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return tr("line %1, column %2").arg(before.count('\n') + 1).arg(column);
}

QByteArray JsonText::compact(QByteArrayView json)
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
