#include "messagejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace {
const QString Base64 = QStringLiteral("base64");

// A JSON string literal for valid UTF-8 bytes: quotes, backslashes and control characters
// escaped, everything else as it is.
void appendString(QByteArray &out, QByteArrayView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.append(Hex[c >> 4]);
            out.append(Hex[c & 0xf]);
        }
    }
    out.append(text.sliced(plainFrom));
    out.append('"');
}

void appendName(QByteArray &out, const char *name, bool first = false)
{
    if (!first)
        out.append(',');
    out.append('"');
    out.append(name);
    out.append("\":");
}

// "<name>":bytes, and "<name>Encoding":"base64" after it when the bytes are not text.
void appendBytes(QByteArray &out, const char *name, const QByteArray &bytes, bool isNull,
                 bool first = false)
{
    appendName(out, name, first);
    if (isNull) {
        out.append("null");
    } else if (MessageJson::isLosslessText(bytes)) {
        appendString(out, bytes);
    } else {
        out.append('"');
        out.append(bytes.toBase64());
        out.append('"');
        appendName(out, (QByteArray(name) + "Encoding").constData());
        out.append("\"base64\"");
    }
}

// A string literal's text ("\"a\\nb\"" -> "a\nb").
QString decodeLiteral(QByteArrayView literal)
{
    if (!literal.contains('\\'))
        return QString::fromUtf8(literal.sliced(1, literal.size() - 2));
    QByteArray array = "[" + literal.toByteArray() + "]";
    return QJsonDocument::fromJson(array).array().at(0).toString();
}

// Walks the members of a JSON object, or the elements of a JSON array, that is known to be
// valid, in their written order (which QJsonObject does not keep), each value as its exact text.
// Bounds-checked all the same; no recursion, whatever the nesting.
class ContainerScanner
{
public:
    // text is the object or array, surrounding whitespace allowed.
    ContainerScanner(QByteArrayView text, char open)
        : m_text(text)
        , m_close(open == '{' ? '}' : ']')
    {
        skipSpace();
        m_ok = peek() == open;
        ++m_at;
    }

    // The object's next member: its name literal and its value's text as written; false at the
    // end.
    bool nextMember(QByteArrayView *name, QByteArrayView *value)
    {
        if (!startItem())
            return false;
        if (peek() != '"')
            return (m_ok = false);
        const qsizetype nameFrom = m_at;
        skipString();
        *name = m_text.sliced(nameFrom, m_at - nameFrom);
        skipSpace();
        if (peek() != ':')
            return (m_ok = false);
        ++m_at;
        skipSpace();
        return readValue(value);
    }

    // The array's next element's text as written; false at the end.
    bool nextElement(QByteArrayView *value) { return startItem() && readValue(value); }

private:
    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t' ||
                                        m_text[m_at] == '\r' || m_text[m_at] == '\n'))
            ++m_at;
    }
    // Past the comma before an item; false at the closing bracket or the end of the text.
    bool startItem()
    {
        if (!m_ok)
            return false;
        skipSpace();
        if (peek() == ',') {
            ++m_at;
            skipSpace();
        }
        if (m_at >= m_text.size() || peek() == m_close)
            return (m_ok = false);
        return true;
    }
    // The value starting here, from its first character to its last (no whitespace around).
    bool readValue(QByteArrayView *value)
    {
        const qsizetype valueFrom = m_at;
        skipValue();
        if (m_at <= valueFrom || m_at > m_text.size())
            return (m_ok = false);
        *value = m_text.sliced(valueFrom, m_at - valueFrom);
        return true;
    }
    void skipString() // at the opening quote; ends past the closing one
    {
        for (++m_at; m_at < m_text.size(); ++m_at) {
            if (m_text[m_at] == '\\')
                ++m_at;
            else if (m_text[m_at] == '"')
                break;
        }
        m_at = std::min(m_at + 1, m_text.size());
    }
    void skipValue()
    {
        const char c = peek();
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            qsizetype depth = 0;
            while (m_at < m_text.size()) {
                const char d = m_text[m_at];
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0) {
                    ++m_at;
                    return;
                }
                ++m_at;
            }
        } else {
            while (m_at < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text[m_at]))
                ++m_at;
        }
    }

    QByteArrayView m_text;
    char m_close;
    qsizetype m_at = 0;
    bool m_ok = false;
};

// The text of the object's member called name as written ("" when there is none); the last one
// when the name is repeated, as with QJsonObject.
QByteArrayView memberText(QByteArrayView object, QStringView name)
{
    ContainerScanner scanner(object, '{');
    QByteArrayView memberName;
    QByteArrayView value;
    QByteArrayView found;
    while (scanner.nextMember(&memberName, &value)) {
        if (decodeLiteral(memberName) == name)
            found = value;
    }
    return found;
}

// The texts of the array's elements as written.
QList<QByteArrayView> elementTexts(QByteArrayView array)
{
    QList<QByteArrayView> elements;
    ContainerScanner scanner(array, '[');
    QByteArrayView value;
    while (scanner.nextElement(&value))
        elements.append(value);
    return elements;
}

// A header written as "name": value in a headers object: the name and the value's text.
struct HeaderMember
{
    QString name;
    QByteArrayView value;
};

// The members of the headers object, in written order, repeats kept.
QList<HeaderMember> headerMembers(QByteArrayView headers)
{
    QList<HeaderMember> members;
    ContainerScanner scanner(headers, '{');
    QByteArrayView name;
    QByteArrayView value;
    while (scanner.nextMember(&name, &value))
        members.append({decodeLiteral(name), value});
    return members;
}

// A value that is sent as its JSON text, as written: an object, array, number or boolean.
bool isJsonText(const QJsonValue &value)
{
    return !value.isString() && !value.isNull() && !value.isUndefined();
}

// Reads field (its text, Base64 as its encoding says, or null) into bytes; false with error set
// when the line is wrong. objectText is the object as written, for a value that is sent as its
// JSON text (when allowJson).
bool readBytes(const QJsonObject &object, QByteArrayView objectText, const QString &field,
               bool allowJson, QByteArray *bytes, bool *isNull, QString *error)
{
    const QJsonValue value = object.value(field);
    const QString encodingField = field + QStringLiteral("Encoding");
    const QJsonValue encoding = object.value(encodingField);
    const bool base64 = encoding.isString() && encoding.toString() == Base64;
    if (!encoding.isUndefined() && !encoding.isNull() && !base64) {
        *error = MessageJson::tr("\"%1\" must be \"base64\" when given.").arg(encodingField);
        return false;
    }
    *isNull = value.isNull() || value.isUndefined();
    bytes->clear();
    if (*isNull)
        return true;
    if (base64) {
        if (!value.isString()) {
            *error = MessageJson::tr("\"%1\" must be a Base64 string, as \"%2\" says.")
                         .arg(field, encodingField);
            return false;
        }
        const QString text = value.toString();
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (text.size() % 4 == 1) ||
            std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; })) {
            *error = MessageJson::tr("\"%1\" is not valid Base64.").arg(field);
            return false;
        }
        *bytes = std::move(*decoded);
        return true;
    }
    if (value.isString()) {
        *bytes = value.toString().toUtf8();
        return true;
    }
    if (!allowJson) {
        *error = MessageJson::tr("\"%1\" must be a string or null.").arg(field);
        return false;
    }
    *bytes = memberText(objectText, field).toByteArray();
    return true;
}

// A whole number from 0 to maximum in field; -1 when it is missing or null.
bool readNumber(const QJsonObject &object, const QString &field, qint64 maximum, qint64 *number,
                QString *error, bool allowMinusOne = false)
{
    const QJsonValue value = object.value(field);
    *number = -1;
    if (value.isUndefined() || value.isNull())
        return true;
    const double d = value.toDouble(-2);
    const qint64 n = value.toInteger(-2);
    if (!value.isDouble() || n < (allowMinusOne ? -1 : 0) || n > maximum || double(n) != d) {
        *error = allowMinusOne
                     ? MessageJson::tr("\"%1\" must be a whole number, 0 or more (or -1 for none). "
                                       "%2 is the largest.")
                           .arg(field)
                           .arg(maximum)
                     : MessageJson::tr("\"%1\" must be a whole number, 0 or more. %2 is the "
                                       "largest.")
                           .arg(field)
                           .arg(maximum);
        return false;
    }
    *number = n;
    return true;
}

// One header from {"name": ..., "value": ..., "nameEncoding": ..., "valueEncoding": ...}, text
// being that object as written.
bool readHeader(const QJsonObject &object, QByteArrayView text, KafkaHeader *header, QString *error)
{
    bool nameIsNull = false;
    if (!readBytes(object, text, QStringLiteral("name"), false, &header->name, &nameIsNull,
                   error)) {
        *error = MessageJson::tr("In a header: %1").arg(*error);
        return false;
    }
    if (nameIsNull) {
        *error = MessageJson::tr("Each header needs a \"name\".");
        return false;
    }
    if (!readBytes(object, text, QStringLiteral("value"), true, &header->value,
                   &header->valueIsNull, error)) {
        *error = MessageJson::tr("In header \"%1\": %2")
                     .arg(QString::fromUtf8(header->name).left(100), *error);
        return false;
    }
    return true;
}
} // namespace

bool MessageJson::isLosslessText(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QByteArray MessageJson::headersToJson(const QList<KafkaHeader> &headers)
{
    QByteArray out = "[";
    for (const KafkaHeader &h : headers) {
        if (out.size() > 1)
            out.append(',');
        out.append('{');
        appendBytes(out, "name", h.name, false, true);
        appendBytes(out, "value", h.value, h.valueIsNull);
        out.append('}');
    }
    out.append(']');
    return out;
}

QByteArray MessageJson::toJson(const KafkaMessage &m)
{
    QByteArray out;
    out.reserve(128 + m.key.size() + m.value.size() * 4 / 3);
    out.append('{');
    bool first = true;
    if (!m.topic.isEmpty()) {
        appendBytes(out, "topic", m.topic.toUtf8(), false, first);
        first = false;
    }
    if (m.partition >= 0) {
        appendName(out, "partition", first);
        out.append(QByteArray::number(m.partition));
        first = false;
    }
    if (m.offset >= 0) {
        appendName(out, "offset", first);
        out.append(QByteArray::number(m.offset));
        first = false;
    }
    if (m.timestampMs >= 0) {
        appendName(out, "timestamp", first);
        out.append(QByteArray::number(m.timestampMs));
        first = false;
    }
    if (m.timestampType != TimestampType::None) {
        appendName(out, "timestampType", first);
        out.append(m.timestampType == TimestampType::CreateTime ? "\"CreateTime\""
                                                                : "\"LogAppendTime\"");
        first = false;
    }
    appendBytes(out, "key", m.key, m.keyIsNull, first);
    appendBytes(out, "value", m.value, m.valueIsNull);
    if (!m.headers.isEmpty()) {
        appendName(out, "headers");
        out.append(headersToJson(m.headers));
    }
    out.append('}');
    return out;
}

MessageJson::Parsed MessageJson::fromJson(QByteArrayView line)
{
    Parsed parsed;
    KafkaMessage &m = parsed.message;
    QString &error = parsed.error;
    const auto failed = [&parsed](const QString &why) {
        parsed.error = why;
        return parsed;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!document.isObject()) {
        error = parseError.error == QJsonParseError::NoError
                    ? tr("Not a JSON object, but a JSON array, string or number.")
                    : tr("Not a JSON object: %1 at character %2.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset + 1);
        return parsed;
    }
    const QJsonObject object = document.object();

    const QJsonValue topic = object.value(QLatin1String("topic"));
    if (topic.isString())
        m.topic = topic.toString();
    else if (!topic.isUndefined() && !topic.isNull())
        return failed(tr("\"topic\" must be a string."));

    qint64 number = -1;
    if (!readNumber(object, QStringLiteral("partition"), std::numeric_limits<qint32>::max(),
                    &number, &error))
        return parsed;
    m.partition = qint32(number);
    parsed.hasPartition = number >= 0;
    if (!readNumber(object, QStringLiteral("offset"), std::numeric_limits<qint64>::max(), &m.offset,
                    &error))
        return parsed;
    if (!readNumber(object, QStringLiteral("timestamp"), std::numeric_limits<qint64>::max(),
                    &m.timestampMs, &error, true))
        return parsed;
    const QJsonValue type = object.value(QLatin1String("timestampType"));
    if (type == QLatin1String("CreateTime"))
        m.timestampType = TimestampType::CreateTime;
    else if (type == QLatin1String("LogAppendTime"))
        m.timestampType = TimestampType::LogAppendTime;
    else if (!type.isUndefined() && !type.isNull())
        return failed(tr("\"timestampType\" must be \"CreateTime\" or \"LogAppendTime\"."));

    // A key or value that is not a string is sent as its text in the line, byte for byte as
    // written: QJsonObject would sort an object's names and rewrite numbers (1.0e3 as 1000).
    if (!readBytes(object, line, QStringLiteral("key"), true, &m.key, &m.keyIsNull, &error) ||
        !readBytes(object, line, QStringLiteral("value"), true, &m.value, &m.valueIsNull, &error))
        return parsed;

    const QJsonValue headers = object.value(QLatin1String("headers"));
    if (headers.isArray()) {
        // The headers as written, found only when a header value is sent as its JSON text.
        std::optional<QList<QByteArrayView>> headerTexts;
        const auto headerText = [&headerTexts, line](qsizetype i) {
            if (!headerTexts)
                headerTexts = elementTexts(memberText(line, u"headers"));
            return headerTexts->value(i);
        };
        const QJsonArray list = headers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue h = list.at(i);
            KafkaHeader header;
            if (const QJsonObject headerObject = h.toObject(); h.isObject()) {
                const bool needsText = isJsonText(headerObject.value(QLatin1String("value")));
                if (!readHeader(headerObject, needsText ? headerText(i) : QByteArrayView(), &header,
                                &error))
                    return parsed;
            } else if (const QJsonArray pair = h.toArray();
                       h.isArray() && pair.size() == 2 && pair.at(0).isString()) {
                // ["name", "value"]
                header.name = pair.at(0).toString().toUtf8();
                header.valueIsNull = pair.at(1).isNull();
                if (pair.at(1).isString())
                    header.value = pair.at(1).toString().toUtf8();
                else if (!header.valueIsNull)
                    header.value = elementTexts(headerText(i)).value(1).toByteArray();
            } else {
                return failed(tr("Each header must be a {\"name\": ..., \"value\": ...} object "
                                 "or a [\"name\", \"value\"] pair."));
            }
            m.headers.append(header);
        }
    } else if (headers.isObject()) {
        // {"name": "value", ...}: in the order written, which QJsonObject does not keep.
        for (const auto &[name, value] : headerMembers(memberText(line, u"headers"))) {
            KafkaHeader header{name.toUtf8(), {}, value == "null"};
            if (value.startsWith('"'))
                header.value = decodeLiteral(value).toUtf8();
            else if (!header.valueIsNull)
                header.value = value.toByteArray(); // its JSON text, as written
            m.headers.append(header);
        }
    } else if (!headers.isUndefined() && !headers.isNull()) {
        return failed(tr("\"headers\" must be an object or a list of pairs. Write "
                         "[{\"name\": \"n\", \"value\": \"v\"}, ...] to keep their order."));
    }
    return parsed;
}

ProduceRequest MessageJson::toRequest(const Parsed &parsed, const QString &topic,
                                      bool keepPartition)
{
    const KafkaMessage &m = parsed.message;
    ProduceRequest request{.topic = topic};
    if (!m.keyIsNull)
        request.key = m.key;
    request.value = m.value;
    request.valueIsNull = m.valueIsNull;
    request.headers = m.headers;
    if (keepPartition && parsed.hasPartition)
        request.partition = m.partition;
    return request;
}
