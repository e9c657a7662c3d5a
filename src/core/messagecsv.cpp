#include "messagecsv.h"

#include "messagejson.h"

namespace {
// A field, quoted when it has to be.
void appendField(QByteArray &out, QByteArrayView field, bool first = false)
{
    if (!first)
        out.append(',');
    const bool quote =
        field.contains(',') || field.contains('"') || field.contains('\r') || field.contains('\n');
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    out.append(field.toByteArray().replace("\"", "\"\""));
    out.append('"');
}

// The bytes and their encoding column.
void appendBytes(QByteArray &out, const QByteArray &bytes, bool isNull)
{
    if (isNull) {
        appendField(out, {});
        appendField(out, "null");
    } else if (MessageJson::isLosslessText(bytes)) {
        appendField(out, bytes);
        appendField(out, {});
    } else {
        appendField(out, bytes.toBase64());
        appendField(out, "base64");
    }
}

QByteArray numberOrEmpty(qint64 n)
{
    return n >= 0 ? QByteArray::number(n) : QByteArray();
}
} // namespace

QByteArray MessageCsv::headerLine()
{
    return "topic,partition,offset,timestamp,timestampType,key,keyEncoding,value,valueEncoding,"
           "headers\r\n";
}

QByteArray MessageCsv::toLine(const KafkaMessage &m)
{
    QByteArray out;
    out.reserve(64 + m.key.size() + m.value.size() * 4 / 3);
    appendField(out, m.topic.toUtf8(), true);
    appendField(out, numberOrEmpty(m.partition));
    appendField(out, numberOrEmpty(m.offset));
    appendField(out, numberOrEmpty(m.timestampMs));
    appendField(out, m.timestampType == TimestampType::CreateTime      ? "CreateTime"
                     : m.timestampType == TimestampType::LogAppendTime ? "LogAppendTime"
                                                                       : "");
    appendBytes(out, m.key, m.keyIsNull);
    appendBytes(out, m.value, m.valueIsNull);
    appendField(out, m.headers.isEmpty() ? QByteArray() : MessageJson::headersToJson(m.headers));
    out.append("\r\n");
    return out;
}
