#include "protowirescanner.h"

#include <google/protobuf/descriptor.h>

#include <limits>

namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::FileDescriptor;

enum WireType {
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5
};

enum class VarintRead { Ok, Truncated, TooLong };

VarintRead readVarint(QByteArrayView data, qsizetype *pos, quint64 *value)
{
    quint64 result = 0;
    for (int i = 0; i < 10; ++i) {
        if (*pos >= data.size())
            return VarintRead::Truncated;
        const auto byte = static_cast<quint8>(data[(*pos)++]);
        result |= quint64(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80)) {
            *value = result;
            return VarintRead::Ok;
        }
    }
    return VarintRead::TooLong;
}

// The offset of the first byte that is not part of valid UTF-8 text, or -1.
qsizetype invalidUtf8At(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const auto c = static_cast<quint8>(text[i]);
        int extra = 0;
        char32_t min = 0;
        char32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= text.size())
            return i;
        for (int k = 1; k <= extra; ++k) {
            const auto next = static_cast<quint8>(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool isPackable(const FieldDescriptor *field)
{
    return field->is_repeated() && field->cpp_type() != FieldDescriptor::CPPTYPE_STRING &&
           field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE;
}

// The wire type a field's values are written with when not packed.
int wireTypeOf(const FieldDescriptor *field)
{
    switch (field->type()) {
    case FieldDescriptor::TYPE_DOUBLE:
    case FieldDescriptor::TYPE_FIXED64:
    case FieldDescriptor::TYPE_SFIXED64:
        return Fixed64;
    case FieldDescriptor::TYPE_FLOAT:
    case FieldDescriptor::TYPE_FIXED32:
    case FieldDescriptor::TYPE_SFIXED32:
        return Fixed32;
    case FieldDescriptor::TYPE_STRING:
    case FieldDescriptor::TYPE_BYTES:
    case FieldDescriptor::TYPE_MESSAGE:
        return LengthDelimited;
    case FieldDescriptor::TYPE_GROUP:
        return StartGroup;
    default:
        return Varint;
    }
}

class Scan
{
public:
    Scan(QByteArrayView data, int maxDepth, qsizetype base)
        : data_(data)
        , maxDepth_(maxDepth)
        , base_(base)
    {}

    // Reads fields from *pos up to end. groupNumber > 0: a group's fields, ended by its end tag.
    bool message(const Descriptor *type, qsizetype *pos, qsizetype end, int depth,
                 const QString &path, int groupNumber)
    {
        const QByteArrayView data = data_.first(end);
        while (*pos < end) {
            const qsizetype tagAt = *pos;
            quint64 tag = 0;
            switch (readVarint(data, pos, &tag)) {
            case VarintRead::Truncated:
                return fail(tagAt, ProtoWireScanner::tr("The bytes end at byte %1 in the middle of "
                                                        "a field's tag, which starts at byte %2.")
                                       .arg(base_ + end)
                                       .arg(base_ + tagAt));
            case VarintRead::TooLong:
                return fail(tagAt, ProtoWireScanner::tr("The field tag at byte %1 runs on for more "
                                                        "than 10 bytes.")
                                       .arg(base_ + tagAt));
            case VarintRead::Ok:
                break;
            }
            const quint64 number = tag >> 3;
            const int wireType = int(tag & 7);
            if (tag > std::numeric_limits<quint32>::max())
                return fail(tagAt, ProtoWireScanner::tr("The field tag at byte %1 is too large "
                                                        "for Protobuf (field number %2).")
                                       .arg(base_ + tagAt)
                                       .arg(number));
            if (number == 0)
                return fail(tagAt, ProtoWireScanner::tr("The field at byte %1 has number 0, which "
                                                        "Protobuf does not allow: the bytes are "
                                                        "probably not this message.")
                                       .arg(base_ + tagAt));
            const FieldDescriptor *field = type ? type->FindFieldByNumber(int(number)) : nullptr;
            const QString name = describe(field, int(number), path);
            if (wireType == EndGroup) {
                if (groupNumber > 0 && quint64(groupNumber) == number)
                    return true;
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2 ends a group that never "
                                                        "started.")
                                       .arg(name)
                                       .arg(base_ + tagAt));
            }
            if (wireType > Fixed32)
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2 has wire type %3, which "
                                                        "Protobuf does not have: the bytes are "
                                                        "probably not this message, or not "
                                                        "Protobuf.")
                                       .arg(name)
                                       .arg(base_ + tagAt)
                                       .arg(wireType));
            // A known field written with another wire type is kept as an unknown field.
            const bool known = field && (wireTypeOf(field) == wireType ||
                                         (wireType == LengthDelimited && isPackable(field)));
            if (!value(known ? field : nullptr, name, wireType, tagAt, pos, end, depth, path))
                return false;
        }
        if (groupNumber > 0)
            return fail(end, ProtoWireScanner::tr("The bytes end at byte %1 inside the group of "
                                                  "field %2, which never ends.")
                                 .arg(base_ + end)
                                 .arg(groupNumber));
        return true;
    }

    ProtoWireScanner::Problem problem;

private:
    bool fail(qsizetype offset, const QString &reason)
    {
        problem = {base_ + offset, reason};
        return false;
    }

    static QString describe(const FieldDescriptor *field, int number, const QString &path)
    {
        if (!field)
            return ProtoWireScanner::tr("Field %1 (not in the schema)").arg(number);
        const QString name = QString::fromStdString(std::string(field->name()));
        return ProtoWireScanner::tr("Field %1 (%2)")
            .arg(number)
            .arg(path.isEmpty() ? name : path + u'.' + name);
    }

    bool value(const FieldDescriptor *field, const QString &name, int wireType, qsizetype tagAt,
               qsizetype *pos, qsizetype end, int depth, const QString &path)
    {
        const QByteArrayView data = data_.first(end);
        switch (wireType) {
        case Varint: {
            quint64 ignored = 0;
            switch (readVarint(data, pos, &ignored)) {
            case VarintRead::Truncated:
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2: the bytes end in the "
                                                        "middle of its number.")
                                       .arg(name)
                                       .arg(base_ + tagAt));
            case VarintRead::TooLong:
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2: its number runs on for "
                                                        "more than 10 bytes.")
                                       .arg(name)
                                       .arg(base_ + tagAt));
            case VarintRead::Ok:
                return true;
            }
            return true;
        }
        case Fixed64:
        case Fixed32: {
            const int size = wireType == Fixed64 ? 8 : 4;
            if (end - *pos < size)
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2 needs %3 bytes, but only "
                                                        "%4 are left.")
                                       .arg(name)
                                       .arg(base_ + tagAt)
                                       .arg(size)
                                       .arg(end - *pos));
            *pos += size;
            return true;
        }
        case StartGroup: {
            if (depth + 1 > maxDepth_)
                return fail(tagAt, tooDeep(name, tagAt));
            const Descriptor *groupType = field ? field->message_type() : nullptr;
            const int number = field ? field->number() : groupNumberOf(tagAt);
            return message(groupType, pos, end, depth + 1, childPath(field, path), number);
        }
        default:
            break;
        }
        // Length-delimited.
        quint64 length = 0;
        switch (readVarint(data, pos, &length)) {
        case VarintRead::Truncated:
            return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2: the bytes end in the middle "
                                                    "of its length.")
                                   .arg(name)
                                   .arg(base_ + tagAt));
        case VarintRead::TooLong:
            return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2: its length runs on for more "
                                                    "than 10 bytes.")
                                   .arg(name)
                                   .arg(base_ + tagAt));
        case VarintRead::Ok:
            break;
        }
        const qsizetype left = end - *pos;
        if (length > quint64(left))
            return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2 says %3 bytes follow at byte "
                                                    "%4, but only %5 are left.")
                                   .arg(name)
                                   .arg(base_ + tagAt)
                                   .arg(length)
                                   .arg(base_ + *pos)
                                   .arg(left));
        const qsizetype start = *pos;
        const qsizetype stop = start + qsizetype(length);
        *pos = stop;
        if (!field)
            return true;
        if (field->type() == FieldDescriptor::TYPE_MESSAGE) {
            if (depth + 1 > maxDepth_)
                return fail(tagAt, tooDeep(name, tagAt));
            qsizetype inner = start;
            return message(field->message_type(), &inner, stop, depth + 1, childPath(field, path),
                           0);
        }
        if (field->type() == FieldDescriptor::TYPE_STRING &&
            field->file()->syntax() == FileDescriptor::SYNTAX_PROTO3) {
            const qsizetype bad = invalidUtf8At(data.sliced(start, stop - start));
            if (bad >= 0)
                return fail(start + bad, ProtoWireScanner::tr("%1 at byte %2: its text is not "
                                                              "valid UTF-8 at byte %3 (a string "
                                                              "field holds UTF-8 text; a bytes "
                                                              "field may hold anything).")
                                             .arg(name)
                                             .arg(base_ + tagAt)
                                             .arg(base_ + start + bad));
            return true;
        }
        if (isPackable(field))
            return packed(field, name, tagAt, start, stop);
        return true;
    }

    bool packed(const FieldDescriptor *field, const QString &name, qsizetype tagAt, qsizetype start,
                qsizetype stop)
    {
        const int type = wireTypeOf(field);
        if (type == Fixed32 || type == Fixed64) {
            const int size = type == Fixed64 ? 8 : 4;
            if ((stop - start) % size != 0)
                return fail(tagAt, ProtoWireScanner::tr("%1 at byte %2 holds %3 bytes of packed "
                                                        "%4-byte numbers, which is not a whole "
                                                        "number of them.")
                                       .arg(name)
                                       .arg(base_ + tagAt)
                                       .arg(stop - start)
                                       .arg(size));
            return true;
        }
        const QByteArrayView data = data_.first(stop);
        qsizetype pos = start;
        while (pos < stop) {
            const qsizetype at = pos;
            quint64 ignored = 0;
            switch (readVarint(data, &pos, &ignored)) {
            case VarintRead::Truncated:
                return fail(at, ProtoWireScanner::tr("%1 at byte %2: its packed numbers end in "
                                                     "the middle of a number at byte %3.")
                                    .arg(name)
                                    .arg(base_ + tagAt)
                                    .arg(base_ + at));
            case VarintRead::TooLong:
                return fail(at, ProtoWireScanner::tr("%1 at byte %2: the packed number at byte "
                                                     "%3 runs on for more than 10 bytes.")
                                    .arg(name)
                                    .arg(base_ + tagAt)
                                    .arg(base_ + at));
            case VarintRead::Ok:
                break;
            }
        }
        return true;
    }

    int groupNumberOf(qsizetype tagAt) const
    {
        qsizetype pos = tagAt;
        quint64 tag = 0;
        readVarint(data_, &pos, &tag);
        return int(tag >> 3);
    }

    static QString childPath(const FieldDescriptor *field, const QString &path)
    {
        if (!field)
            return path;
        const QString name = QString::fromStdString(std::string(field->name()));
        return path.isEmpty() ? name : path + u'.' + name;
    }

    QString tooDeep(const QString &name, qsizetype tagAt) const
    {
        return ProtoWireScanner::tr("%1 at byte %2: messages nested deeper than %3 levels are "
                                    "refused.")
            .arg(name)
            .arg(base_ + tagAt)
            .arg(maxDepth_);
    }

    QByteArrayView data_;
    int maxDepth_;
    qsizetype base_; // where data_ begins in the whole value: byte numbers count from there
};

} // namespace

ProtoWireScanner::Problem ProtoWireScanner::scan(const Descriptor *type, QByteArrayView data,
                                                 int maxDepth, qsizetype base)
{
    Scan scan(data, maxDepth, base);
    qsizetype pos = 0;
    if (scan.message(type, &pos, data.size(), 0, {}, 0))
        return {};
    return scan.problem;
}
