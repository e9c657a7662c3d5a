#include "protojsonwriter.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <set>

namespace pb = google::protobuf;

namespace {

bool handlesType(const pb::Descriptor *type, std::set<const pb::Descriptor *> *seen)
{
    if (!seen->insert(type).second)
        return true;
    const std::string &name = type->full_name();
    if (name == "google.protobuf.Any" || name == "google.protobuf.FieldMask")
        return false;
    for (int i = 0; i < type->field_count(); ++i) {
        const pb::Descriptor *inner = type->field(i)->message_type();
        if (inner && !handlesType(inner, seen))
            return false;
    }
    return true;
}

void writeString(QByteArray *out, const std::string &text)
{
    out->append('"');
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    // Text that is not UTF-8 (proto2 does not check) is printed with replacement characters.
    const QByteArray utf8 = ascii ? QByteArray::fromRawData(text.data(), qsizetype(text.size()))
                                  : QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
    static constexpr char Hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out->append("\\u00");
                out->append(Hex[(c >> 4) & 0xf]);
                out->append(Hex[c & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

template <typename T>
bool writeFloat(QByteArray *out, T value)
{
    if (std::isnan(value)) {
        out->append("\"NaN\"");
    } else if (std::isinf(value)) {
        out->append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    } else {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out->append(buffer, result.ptr - buffer);
    }
    return true;
}

// Nanoseconds as Protobuf prints them: none, or 3, 6 or 9 digits.
void writeNanos(QByteArray *out, qint32 nanos)
{
    if (nanos == 0)
        return;
    QByteArray digits = QByteArray::number(nanos).rightJustified(9, '0');
    if (nanos % 1000000 == 0)
        digits.truncate(3);
    else if (nanos % 1000 == 0)
        digits.truncate(6);
    out->append('.');
    out->append(digits);
}

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : out_(out)
    {}

    bool writeMessage(const pb::Message &message)
    {
        const pb::Descriptor *type = message.GetDescriptor();
        const pb::Reflection *reflection = message.GetReflection();
        const std::string &name = type->full_name();
        if (name.rfind("google.protobuf.", 0) == 0) {
            if (name == "google.protobuf.Timestamp")
                return timestamp(message, reflection, type);
            if (name == "google.protobuf.Duration")
                return duration(message, reflection, type);
            if (name == "google.protobuf.Struct")
                return map(message, reflection, type->field(0));
            if (name == "google.protobuf.ListValue")
                return list(message, reflection, type->field(0));
            if (name == "google.protobuf.Value")
                return value(message, reflection, type);
            if (name.size() > 5 && name.compare(name.size() - 5, 5, "Value") == 0 &&
                type->field_count() == 1 && type->field(0)->name() == "value")
                return single(message, reflection, type->field(0)); // the wrappers
        }
        out_->append('{');
        bool first = true;
        for (int i = 0; i < type->field_count(); ++i) {
            const pb::FieldDescriptor *field = type->field(i);
            if (!field->is_repeated() && field->has_presence() &&
                !reflection->HasField(message, field))
                continue;
            if (!first)
                out_->append(',');
            first = false;
            out_->append('"');
            out_->append(field->name().data(), qsizetype(field->name().size()));
            out_->append("\":");
            const bool ok = field->is_map()        ? map(message, reflection, field)
                            : field->is_repeated() ? list(message, reflection, field)
                                                   : single(message, reflection, field);
            if (!ok)
                return false;
        }
        out_->append('}');
        return true;
    }

private:
    bool list(const pb::Message &message, const pb::Reflection *reflection,
              const pb::FieldDescriptor *field)
    {
        out_->append('[');
        const int size = reflection->FieldSize(message, field);
        for (int i = 0; i < size; ++i) {
            if (i)
                out_->append(',');
            if (!single(message, reflection, field, i))
                return false;
        }
        out_->append(']');
        return true;
    }

    bool map(const pb::Message &message, const pb::Reflection *reflection,
             const pb::FieldDescriptor *field)
    {
        out_->append('{');
        const int size = reflection->FieldSize(message, field);
        for (int i = 0; i < size; ++i) {
            if (i)
                out_->append(',');
            const pb::Message &entry = reflection->GetRepeatedMessage(message, field, i);
            const pb::Reflection *entryReflection = entry.GetReflection();
            const pb::FieldDescriptor *key = entry.GetDescriptor()->field(0);
            const pb::FieldDescriptor *value = entry.GetDescriptor()->field(1);
            if (key->cpp_type() == pb::FieldDescriptor::CPPTYPE_STRING) {
                writeString(out_, entryReflection->GetString(entry, key));
            } else {
                out_->append('"');
                if (key->cpp_type() == pb::FieldDescriptor::CPPTYPE_BOOL) {
                    out_->append(entryReflection->GetBool(entry, key) ? "true" : "false");
                } else {
                    QByteArray number;
                    Writer(&number).single(entry, entryReflection, key);
                    out_->append(number.startsWith('"') ? number.mid(1, number.size() - 2)
                                                        : number);
                }
                out_->append('"');
            }
            out_->append(':');
            if (!single(entry, entryReflection, value))
                return false;
        }
        out_->append('}');
        return true;
    }

    // A singular field's value, or a repeated field's value at index.
    bool single(const pb::Message &message, const pb::Reflection *r,
                const pb::FieldDescriptor *field, int index = -1)
    {
        const bool rep = index >= 0;
        switch (field->cpp_type()) {
        case pb::FieldDescriptor::CPPTYPE_INT32:
            out_->append(QByteArray::number(rep ? r->GetRepeatedInt32(message, field, index)
                                                : r->GetInt32(message, field)));
            return true;
        case pb::FieldDescriptor::CPPTYPE_UINT32:
            out_->append(QByteArray::number(rep ? r->GetRepeatedUInt32(message, field, index)
                                                : r->GetUInt32(message, field)));
            return true;
        case pb::FieldDescriptor::CPPTYPE_INT64:
            out_->append('"');
            out_->append(QByteArray::number(qint64(rep ? r->GetRepeatedInt64(message, field, index)
                                                       : r->GetInt64(message, field))));
            out_->append('"');
            return true;
        case pb::FieldDescriptor::CPPTYPE_UINT64:
            out_->append('"');
            out_->append(QByteArray::number(quint64(
                rep ? r->GetRepeatedUInt64(message, field, index) : r->GetUInt64(message, field))));
            out_->append('"');
            return true;
        case pb::FieldDescriptor::CPPTYPE_DOUBLE:
            return writeFloat(out_, rep ? r->GetRepeatedDouble(message, field, index)
                                        : r->GetDouble(message, field));
        case pb::FieldDescriptor::CPPTYPE_FLOAT:
            return writeFloat(out_, rep ? r->GetRepeatedFloat(message, field, index)
                                        : r->GetFloat(message, field));
        case pb::FieldDescriptor::CPPTYPE_BOOL:
            out_->append(
                (rep ? r->GetRepeatedBool(message, field, index) : r->GetBool(message, field))
                    ? "true"
                    : "false");
            return true;
        case pb::FieldDescriptor::CPPTYPE_ENUM: {
            if (field->enum_type()->full_name() == "google.protobuf.NullValue") {
                out_->append("null");
                return true;
            }
            const int number = rep ? r->GetRepeatedEnumValue(message, field, index)
                                   : r->GetEnumValue(message, field);
            if (const pb::EnumValueDescriptor *value =
                    field->enum_type()->FindValueByNumber(number))
                writeString(out_, value->name());
            else
                out_->append(QByteArray::number(number));
            return true;
        }
        case pb::FieldDescriptor::CPPTYPE_STRING: {
            std::string scratch;
            const std::string &text =
                rep ? r->GetRepeatedStringReference(message, field, index, &scratch)
                    : r->GetStringReference(message, field, &scratch);
            if (field->type() == pb::FieldDescriptor::TYPE_BYTES) {
                out_->append('"');
                out_->append(
                    QByteArray::fromRawData(text.data(), qsizetype(text.size())).toBase64());
                out_->append('"');
            } else {
                writeString(out_, text);
            }
            return true;
        }
        case pb::FieldDescriptor::CPPTYPE_MESSAGE:
            return writeMessage(rep ? r->GetRepeatedMessage(message, field, index)
                                    : r->GetMessage(message, field));
        }
        return false;
    }

    bool timestamp(const pb::Message &message, const pb::Reflection *r, const pb::Descriptor *type)
    {
        const qint64 seconds = r->GetInt64(message, type->FindFieldByName("seconds"));
        const qint32 nanos = r->GetInt32(message, type->FindFieldByName("nanos"));
        // 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, as Protobuf's JSON mapping allows.
        if (seconds < -62135596800LL || seconds > 253402300799LL || nanos < 0 || nanos > 999999999)
            return false;
        const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
        out_->append('"');
        out_->append(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1());
        writeNanos(out_, nanos);
        out_->append("Z\"");
        return true;
    }

    bool duration(const pb::Message &message, const pb::Reflection *r, const pb::Descriptor *type)
    {
        const qint64 seconds = r->GetInt64(message, type->FindFieldByName("seconds"));
        const qint32 nanos = r->GetInt32(message, type->FindFieldByName("nanos"));
        if (seconds < -315576000000LL || seconds > 315576000000LL || nanos < -999999999 ||
            nanos > 999999999 || (seconds < 0 && nanos > 0) || (seconds > 0 && nanos < 0))
            return false;
        out_->append('"');
        if (seconds < 0 || nanos < 0)
            out_->append('-');
        out_->append(QByteArray::number(seconds < 0 ? -seconds : seconds));
        writeNanos(out_, nanos < 0 ? -nanos : nanos);
        out_->append("s\"");
        return true;
    }

    bool value(const pb::Message &message, const pb::Reflection *r, const pb::Descriptor *type)
    {
        for (int i = 0; i < type->field_count(); ++i) {
            const pb::FieldDescriptor *field = type->field(i);
            if (!r->HasField(message, field))
                continue;
            if (field->cpp_type() == pb::FieldDescriptor::CPPTYPE_DOUBLE &&
                !std::isfinite(r->GetDouble(message, field)))
                return false;
            return single(message, r, field);
        }
        return false;
    }

    QByteArray *out_;
};

} // namespace

bool ProtoJsonWriter::handles(const pb::Descriptor *type)
{
    std::set<const pb::Descriptor *> seen;
    return handlesType(type, &seen);
}

bool ProtoJsonWriter::write(const pb::Message &message, QByteArray *json)
{
    json->clear();
    return Writer(json).writeMessage(message);
}
