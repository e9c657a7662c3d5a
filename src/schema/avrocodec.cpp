#include "avrocodec.h"

#include <avro.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QtEndian>
#include <QVariant>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace {

enum class Kind : quint8 {
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Array,
    Map,
    Union,
    Fixed
};

struct Field
{
    QString name;
    QByteArray jsonKey; // "name": (with the comma before it for all but the first field)
    int node = -1;
    bool hasDefault = false;
    QJsonValue defaultValue;
};

struct Node
{
    Kind kind = Kind::Null;
    QString fullName;   // named types
    QString label;      // for messages: "double", "record com.example.Order"
    QString branchName; // its name as a union branch: "int", "array", "com.example.Order"
    int child = -1;     // array items, map values
    QList<int> branches;
    QList<QByteArray> branchOpen; // {"branchName":
    QList<Field> fields;
    QHash<QString, int> fieldIndex;
    QStringList symbols;
    QList<QByteArray> symbolJson;
    qint64 fixedSize = 0;
    qint64 minSize = 0; // fewest bytes a value of this type takes (a lower bound)
};

const QSet<QString> &primitiveNames()
{
    static const QSet<QString> names{"null",  "boolean", "int",   "long",
                                     "float", "double",  "bytes", "string"};
    return names;
}

QString fullNameOf(const QJsonObject &object, const QString &enclosing)
{
    const QString name = object.value(QLatin1String("name")).toString();
    if (name.contains(QLatin1Char('.')))
        return name;
    const QString space = object.contains(QLatin1String("namespace"))
                              ? object.value(QLatin1String("namespace")).toString()
                              : enclosing;
    return space.isEmpty() ? name : space + QLatin1Char('.') + name;
}

QString namespaceOf(const QString &fullName)
{
    const qsizetype dot = fullName.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : fullName.left(dot);
}

QString resolveName(const QString &name, const QString &enclosing)
{
    if (name.contains(QLatin1Char('.')) || enclosing.isEmpty())
        return name;
    return enclosing + QLatin1Char('.') + name;
}

bool isNamedTypeObject(const QJsonObject &object)
{
    const QString type = object.value(QLatin1String("type")).toString();
    return type == QLatin1String("record") || type == QLatin1String("error") ||
           type == QLatin1String("enum") || type == QLatin1String("fixed");
}

QJsonValue parseJsonValue(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson("[" + text.toUtf8() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString()
                     : AvroCodec::tr("it holds more than one JSON value");
        return {};
    }
    return document.array().at(0);
}

// Inlines referenced named types at their first use and collects every record's fields.
struct SchemaWalk
{
    QHash<QString, QJsonValue> references; // full name (and reference name) -> schema JSON
    QHash<QString, QString> aliases;       // reference name -> the full name it defines
    QSet<QString> defined;
    QHash<QString, QJsonArray> recordFields; // record full name -> its "fields"
    QString error;

    QJsonValue walk(const QJsonValue &value, const QString &enclosing, int depth)
    {
        if (!error.isEmpty())
            return value;
        if (depth > AvroCodec::MaxDepth) {
            error = AvroCodec::tr("The schema is nested too deeply.");
            return value;
        }
        if (value.isString()) {
            const QString name = value.toString();
            if (primitiveNames().contains(name))
                return value;
            QString full = resolveName(name, enclosing);
            if (!defined.contains(full) && defined.contains(name))
                full = name;
            if (defined.contains(full))
                return value;
            QString key = references.contains(full)   ? full
                          : references.contains(name) ? name
                                                      : QString();
            if (key.isEmpty()) {
                error = AvroCodec::tr("The schema uses the type %1, which neither it nor its "
                                      "references define.")
                            .arg(name);
                return value;
            }
            defined.insert(key);
            defined.insert(aliases.value(key, key));
            // A referenced type without a namespace takes the one where it is inlined: avro-c
            // cannot name a type of no namespace from inside a namespace.
            return walk(references.value(key), enclosing, depth + 1);
        }
        if (value.isArray()) {
            QJsonArray branches = value.toArray();
            for (qsizetype i = 0; i < branches.size(); ++i)
                branches[i] = walk(branches.at(i), enclosing, depth + 1);
            return branches;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (isNamedTypeObject(object)) {
            const QString full = fullNameOf(object, enclosing);
            defined.insert(full);
            if (type == QLatin1String("record") || type == QLatin1String("error")) {
                if (!object.value(QLatin1String("fields")).isArray()) {
                    error = AvroCodec::tr("The record %1 in the schema has no list of fields.")
                                .arg(full);
                    return value;
                }
                QJsonArray fields = object.value(QLatin1String("fields")).toArray();
                for (qsizetype i = 0; i < fields.size(); ++i) {
                    QJsonObject field = fields.at(i).toObject();
                    field.insert(QLatin1String("type"), walk(field.value(QLatin1String("type")),
                                                             namespaceOf(full), depth + 1));
                    fields[i] = field;
                }
                object.insert(QLatin1String("fields"), fields);
                recordFields.insert(full, fields);
            }
            return object;
        }
        if (type == QLatin1String("array"))
            object.insert(QLatin1String("items"),
                          walk(object.value(QLatin1String("items")), enclosing, depth + 1));
        else if (type == QLatin1String("map"))
            object.insert(QLatin1String("values"),
                          walk(object.value(QLatin1String("values")), enclosing, depth + 1));
        else
            object.insert(QLatin1String("type"),
                          walk(object.value(QLatin1String("type")), enclosing, depth + 1));
        return object;
    }
};

QByteArray jsonString(const QString &text)
{
    QByteArray out = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return out.mid(1, out.size() - 2);
}

} // namespace

struct AvroCodec::Tree
{
    std::vector<Node> nodes; // nodes[0] is the schema
    QByteArray resolvedText;
};

namespace {

// Builds the tree from avro-c's parsed schema.
struct TreeBuilder
{
    std::vector<Node> *nodes;
    const QHash<QString, QJsonArray> *recordFields;
    QHash<avro_schema_t, int> named;

    int add(avro_schema_t schema)
    {
        if (is_avro_link(schema))
            schema = avro_schema_link_target(schema);
        if (const auto it = named.constFind(schema); it != named.constEnd())
            return *it;
        const int index = int(nodes->size());
        nodes->emplace_back();
        Node node;
        switch (avro_typeof(schema)) {
        case AVRO_STRING:
            node.kind = Kind::String;
            node.branchName = QStringLiteral("string");
            break;
        case AVRO_BYTES:
            node.kind = Kind::Bytes;
            node.branchName = QStringLiteral("bytes");
            break;
        case AVRO_INT32:
            node.kind = Kind::Int;
            node.branchName = QStringLiteral("int");
            break;
        case AVRO_INT64:
            node.kind = Kind::Long;
            node.branchName = QStringLiteral("long");
            break;
        case AVRO_FLOAT:
            node.kind = Kind::Float;
            node.branchName = QStringLiteral("float");
            break;
        case AVRO_DOUBLE:
            node.kind = Kind::Double;
            node.branchName = QStringLiteral("double");
            break;
        case AVRO_BOOLEAN:
            node.kind = Kind::Boolean;
            node.branchName = QStringLiteral("boolean");
            break;
        case AVRO_NULL:
            node.kind = Kind::Null;
            node.branchName = QStringLiteral("null");
            break;
        case AVRO_RECORD:
        case AVRO_ENUM:
        case AVRO_FIXED: {
            const QString name = QString::fromUtf8(avro_schema_name(schema));
            const char *space = avro_schema_namespace(schema);
            node.fullName =
                space && *space ? QString::fromUtf8(space) + QLatin1Char('.') + name : name;
            node.branchName = node.fullName;
            named.insert(schema, index);
            break;
        }
        case AVRO_MAP:
            node.kind = Kind::Map;
            node.branchName = QStringLiteral("map");
            break;
        case AVRO_ARRAY:
            node.kind = Kind::Array;
            node.branchName = QStringLiteral("array");
            break;
        case AVRO_UNION:
            node.kind = Kind::Union;
            node.branchName = QStringLiteral("union");
            break;
        case AVRO_LINK:
            break;
        default: // AVRO_INVALID (avro-c 1.12) is no type a parsed schema has
            break;
        }
        node.label = node.branchName;
        switch (avro_typeof(schema)) {
        case AVRO_RECORD: {
            node.kind = Kind::Record;
            node.label = QStringLiteral("record ") + node.fullName;
            (*nodes)[index] = node; // children may point back at it
            const QJsonArray jsonFields = recordFields->value(node.fullName);
            QHash<QString, QJsonObject> byName;
            for (const QJsonValue &field : jsonFields)
                byName.insert(field.toObject().value(QLatin1String("name")).toString(),
                              field.toObject());
            const auto count = avro_schema_record_size(schema);
            for (size_t i = 0; i < count; ++i) {
                Field field;
                field.name = QString::fromUtf8(avro_schema_record_field_name(schema, int(i)));
                field.jsonKey = (i ? QByteArray(",") : QByteArray()) + jsonString(field.name) + ':';
                const QJsonObject json = byName.value(field.name);
                field.hasDefault = json.contains(QLatin1String("default"));
                field.defaultValue = json.value(QLatin1String("default"));
                field.node = add(avro_schema_record_field_get_by_index(schema, int(i)));
                node.fieldIndex.insert(field.name, node.fields.size());
                node.fields.append(field);
            }
            break;
        }
        case AVRO_ENUM: {
            node.kind = Kind::Enum;
            node.label = QStringLiteral("enum ") + node.fullName;
            const int count = avro_schema_enum_number_of_symbols(schema);
            for (int i = 0; i < count; ++i) {
                node.symbols.append(QString::fromUtf8(avro_schema_enum_get(schema, i)));
                node.symbolJson.append(jsonString(node.symbols.last()));
            }
            break;
        }
        case AVRO_FIXED:
            node.kind = Kind::Fixed;
            node.label = QStringLiteral("fixed ") + node.fullName;
            node.fixedSize = avro_schema_fixed_size(schema);
            break;
        case AVRO_MAP:
            node.child = add(avro_schema_map_values(schema));
            break;
        case AVRO_ARRAY:
            node.child = add(avro_schema_array_items(schema));
            break;
        case AVRO_UNION: {
            const auto count = avro_schema_union_size(schema);
            for (size_t i = 0; i < count; ++i) {
                const int branch = add(avro_schema_union_branch(schema, int(i)));
                node.branches.append(branch);
                node.branchOpen.append('{' + jsonString((*nodes)[branch].branchName) + ':');
            }
            break;
        }
        default:
            break;
        }
        (*nodes)[index] = std::move(node);
        return index;
    }
};

// Lower bounds of each type's encoded size, raised until they settle (or 64 rounds pass:
// a lower bound all the same).
void computeMinSizes(std::vector<Node> &nodes)
{
    for (int round = 0; round < 64; ++round) {
        bool changed = false;
        for (Node &node : nodes) {
            qint64 size = 0;
            switch (node.kind) {
            case Kind::Null:
                size = 0;
                break;
            case Kind::Boolean:
            case Kind::Int:
            case Kind::Long:
            case Kind::Bytes:
            case Kind::String:
            case Kind::Enum:
            case Kind::Array:
            case Kind::Map:
                size = 1;
                break;
            case Kind::Float:
                size = 4;
                break;
            case Kind::Double:
                size = 8;
                break;
            case Kind::Fixed:
                size = node.fixedSize;
                break;
            case Kind::Record:
                for (const Field &field : node.fields)
                    size = std::min<qint64>(size + nodes[field.node].minSize, 1 << 30);
                break;
            case Kind::Union: {
                qint64 least = std::numeric_limits<qint64>::max();
                for (int branch : node.branches)
                    least = std::min(least, nodes[branch].minSize);
                size = 1 + (node.branches.isEmpty() ? 0 : least);
                break;
            }
            }
            if (size > node.minSize) {
                node.minSize = size;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
}

// ---- decoding -------------------------------------------------------------------------

// The decoded JSON as it grows: QByteArray::append costs too much per piece for a million rows.
class Output
{
public:
    explicit Output(qsizetype expected)
        : bytes_(expected, Qt::Uninitialized)
        , data_(bytes_.data())
    {}
    void append(char c)
    {
        reserve(1);
        data_[used_++] = c;
    }
    void append(const char *text, qsizetype length)
    {
        reserve(length);
        std::memcpy(data_ + used_, text, size_t(length));
        used_ += length;
    }
    template <qsizetype N>
    void append(const char (&text)[N])
    {
        append(text, N - 1);
    }
    void append(const QByteArray &text) { append(text.constData(), text.size()); }
    QByteArray take()
    {
        bytes_.truncate(used_);
        return std::move(bytes_);
    }

private:
    void reserve(qsizetype more)
    {
        if (used_ + more <= bytes_.size())
            return;
        bytes_.resize(std::max(bytes_.size() * 2, used_ + more + 64));
        data_ = bytes_.data();
    }
    QByteArray bytes_;
    char *data_;
    qsizetype used_ = 0;
};

struct Reader
{
    const std::vector<Node> &nodes;
    const uchar *data;
    qsizetype size;
    qsizetype pos = 0;
    Output out;
    // On failure: what went wrong, where, the type being read and the path (innermost first).
    QString problem;
    qsizetype errorAt = -1;
    QString failedLabel;
    QStringList path;
    qint64 emptyItems = 0; // items of types that take no bytes, read so far
    // Where data begins in the whole value: every byte number in a message counts from there.
    qsizetype base = 0;

    bool fail(const Node &node, qsizetype at, const QString &text)
    {
        problem = text;
        errorAt = base + at;
        failedLabel = node.label;
        return false;
    }

    bool needBytes(const Node &node, qint64 count)
    {
        if (count <= size - pos)
            return true;
        return fail(node, pos,
                    AvroCodec::tr("it needs %n byte(s) at byte %1, but the value ends at byte %2.",
                                  nullptr, int(std::min<qint64>(count, INT_MAX)))
                        .arg(base + pos)
                        .arg(base + size));
    }

    bool readLong(const Node &node, qint64 *value)
    {
        const qsizetype start = pos;
        quint64 raw = 0;
        for (int shift = 0;; shift += 7) {
            if (pos >= size)
                return fail(node, start,
                            AvroCodec::tr("the value ends at byte %1, inside the number that "
                                          "starts at byte %2.")
                                .arg(base + size)
                                .arg(base + start));
            const uchar byte = data[pos++];
            if (shift == 63 && byte > 1)
                return fail(node, start,
                            AvroCodec::tr("the number at byte %1 is too long for a long.")
                                .arg(base + start));
            raw |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        *value = qint64(raw >> 1) ^ -qint64(raw & 1);
        return true;
    }

    bool readInt(const Node &node, qint64 *value)
    {
        const qsizetype start = pos;
        if (!readLong(node, value))
            return false;
        if (*value < std::numeric_limits<qint32>::min() ||
            *value > std::numeric_limits<qint32>::max())
            return fail(node, start,
                        AvroCodec::tr("the number %1 at byte %2 does not fit in an int.")
                            .arg(*value)
                            .arg(base + start));
        return true;
    }

    bool readLength(const Node &node, qint64 *length)
    {
        const qsizetype start = pos;
        if (!readLong(node, length))
            return false;
        if (*length < 0)
            return fail(node, start,
                        AvroCodec::tr("its length at byte %1 is negative (%2).")
                            .arg(base + start)
                            .arg(*length));
        if (*length > size - pos)
            return fail(node, start,
                        AvroCodec::tr("its length at byte %1 says %2 bytes, but only %3 are left.")
                            .arg(base + start)
                            .arg(*length)
                            .arg(size - pos));
        return true;
    }

    template <typename T>
    void appendNumber(T value)
    {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, result.ptr - buffer);
        if constexpr (std::is_floating_point_v<T>) {
            if (!std::memchr(buffer, '.', result.ptr - buffer) &&
                !std::memchr(buffer, 'e', result.ptr - buffer))
                out.append(".0");
        }
    }

    template <typename T>
    void appendFloating(T value)
    {
        if (std::isnan(value))
            out.append("\"NaN\"");
        else if (std::isinf(value))
            if (value > 0)
                out.append("\"Infinity\"");
            else
                out.append("\"-Infinity\"");
        else
            appendNumber(value);
    }

    static const char *hex() { return "0123456789abcdef"; }

    void appendEscaped(uchar c)
    {
        const char escaped[] = {'\\', 'u', '0', '0', hex()[c >> 4], hex()[c & 15]};
        out.append(escaped, sizeof escaped);
    }

    // Bytes as JSON code points U+0000..U+00FF, as Avro's JSON encoding has them.
    void appendBytes(const uchar *bytes, qint64 count)
    {
        out.append('"');
        for (qint64 i = 0; i < count; ++i) {
            const uchar c = bytes[i];
            if (c == '"' || c == '\\') {
                out.append('\\');
                out.append(char(c));
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(char(c));
            } else {
                appendEscaped(c);
            }
        }
        out.append('"');
    }

    // Valid UTF-8 as a JSON string; else the offset of the first bad byte.
    qsizetype appendText(const uchar *text, qint64 count)
    {
        out.append('"');
        qint64 i = 0;
        while (i < count) {
            const uchar c = text[i];
            if (c < 0x80) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                    out.append(char(c));
                } else if (c < 0x20) {
                    appendEscaped(c);
                } else {
                    out.append(char(c));
                }
                ++i;
                continue;
            }
            int length = 0;
            quint32 codePoint = 0;
            quint32 least = 0;
            if ((c & 0xe0) == 0xc0) {
                length = 2, codePoint = c & 0x1f, least = 0x80;
            } else if ((c & 0xf0) == 0xe0) {
                length = 3, codePoint = c & 0x0f, least = 0x800;
            } else if ((c & 0xf8) == 0xf0) {
                length = 4, codePoint = c & 0x07, least = 0x10000;
            } else {
                return i;
            }
            if (i + length > count)
                return i;
            for (int k = 1; k < length; ++k) {
                if ((text[i + k] & 0xc0) != 0x80)
                    return i;
                codePoint = (codePoint << 6) | (text[i + k] & 0x3f);
            }
            if (codePoint < least || codePoint > 0x10ffff ||
                (codePoint >= 0xd800 && codePoint <= 0xdfff))
                return i;
            out.append(reinterpret_cast<const char *>(text + i), length);
            i += length;
        }
        out.append('"');
        return -1;
    }

    // A block count of an array or map: negative means a block size follows.
    bool readBlockCount(const Node &node, qint64 *count, qint64 *blockSize)
    {
        *blockSize = -1;
        const qsizetype start = pos;
        if (!readLong(node, count))
            return false;
        if (*count < 0) {
            if (*count == std::numeric_limits<qint64>::min())
                return fail(
                    node, start,
                    AvroCodec::tr("the item count at byte %1 is not valid.").arg(base + start));
            *count = -*count;
            const qsizetype sizeAt = pos;
            if (!readLong(node, blockSize))
                return false;
            if (*blockSize < 0 || *blockSize > size - pos)
                return fail(node, sizeAt,
                            AvroCodec::tr("the block size at byte %1 says %2 bytes, but %3 are "
                                          "left.")
                                .arg(base + sizeAt)
                                .arg(*blockSize)
                                .arg(size - pos));
        }
        // Items that take bytes end the loop when the bytes run out; items that take none would
        // not, so their count in the whole value is capped.
        if (node.kind == Kind::Array && nodes[node.child].minSize == 0) {
            if (*count > AvroCodec::MaxEmptyItems - emptyItems)
                return fail(node, start,
                            AvroCodec::tr("it says %1 items at byte %2, of a type that takes no "
                                          "bytes; more than %3 in one value are not believed.")
                                .arg(*count)
                                .arg(base + start)
                                .arg(AvroCodec::MaxEmptyItems));
            emptyItems += *count;
        }
        return true;
    }

    bool read(int index, int depth)
    {
        const Node &node = nodes[index];
        switch (node.kind) {
        case Kind::Null:
            out.append("null");
            return true;
        case Kind::Boolean:
            if (!needBytes(node, 1))
                return false;
            if (data[pos] > 1)
                return fail(node, pos,
                            AvroCodec::tr("byte %1 is %2, but a boolean is 0 or 1.")
                                .arg(base + pos)
                                .arg(data[pos]));
            if (data[pos++])
                out.append("true");
            else
                out.append("false");
            return true;
        case Kind::Int:
        case Kind::Long: {
            qint64 value = 0;
            if (!(node.kind == Kind::Int ? readInt(node, &value) : readLong(node, &value)))
                return false;
            appendNumber(value);
            return true;
        }
        case Kind::Float: {
            if (!needBytes(node, 4))
                return false;
            const float value = qFromLittleEndian<float>(data + pos);
            pos += 4;
            appendFloating(value);
            return true;
        }
        case Kind::Double: {
            if (!needBytes(node, 8))
                return false;
            const double value = qFromLittleEndian<double>(data + pos);
            pos += 8;
            appendFloating(value);
            return true;
        }
        case Kind::Bytes:
        case Kind::String: {
            qint64 length = 0;
            if (!readLength(node, &length))
                return false;
            if (node.kind == Kind::Bytes) {
                appendBytes(data + pos, length);
            } else if (const qsizetype bad = appendText(data + pos, length); bad >= 0) {
                return fail(node, pos + bad,
                            AvroCodec::tr("the text is not valid UTF-8: byte %1 is 0x%2.")
                                .arg(base + pos + bad)
                                .arg(data[pos + bad], 2, 16, QLatin1Char('0')));
            }
            pos += length;
            return true;
        }
        case Kind::Fixed:
            if (!needBytes(node, node.fixedSize))
                return false;
            appendBytes(data + pos, node.fixedSize);
            pos += node.fixedSize;
            return true;
        case Kind::Enum: {
            const qsizetype start = pos;
            qint64 value = 0;
            if (!readInt(node, &value))
                return false;
            if (value < 0 || value >= node.symbols.size())
                return fail(node, start,
                            AvroCodec::tr("symbol number %1 at byte %2 does not exist: the enum "
                                          "has %3 symbols.")
                                .arg(value)
                                .arg(base + start)
                                .arg(node.symbols.size()));
            out.append(node.symbolJson.at(value));
            return true;
        }
        default:
            break;
        }
        if (depth >= AvroCodec::MaxDepth)
            return fail(node, pos,
                        AvroCodec::tr("the value is nested more than %1 levels deep at byte %2; "
                                      "reading stops there.")
                            .arg(AvroCodec::MaxDepth)
                            .arg(base + pos));
        switch (node.kind) {
        case Kind::Record:
            out.append('{');
            for (const Field &field : node.fields) {
                out.append(field.jsonKey);
                if (!read(field.node, depth + 1)) {
                    path.append(QLatin1Char('.') + field.name);
                    return false;
                }
            }
            out.append('}');
            return true;
        case Kind::Union: {
            const qsizetype start = pos;
            qint64 branch = 0;
            if (!readLong(node, &branch))
                return false;
            if (branch < 0 || branch >= node.branches.size())
                return fail(node, start,
                            AvroCodec::tr("type number %1 at byte %2 does not exist: the union "
                                          "has %3 types.")
                                .arg(branch)
                                .arg(base + start)
                                .arg(node.branches.size()));
            const int target = node.branches.at(branch);
            if (nodes[target].kind == Kind::Null) {
                out.append("null");
                return true;
            }
            out.append(node.branchOpen.at(branch));
            if (!read(target, depth + 1))
                return false;
            out.append('}');
            return true;
        }
        case Kind::Array:
        case Kind::Map: {
            out.append(node.kind == Kind::Array ? '[' : '{');
            qint64 item = 0;
            for (;;) {
                const qsizetype blockAt = pos;
                qint64 count = 0;
                qint64 blockSize = -1;
                if (!readBlockCount(node, &count, &blockSize))
                    return false;
                if (count == 0)
                    break;
                const qsizetype itemsAt = pos;
                for (qint64 i = 0; i < count; ++i, ++item) {
                    if (item)
                        out.append(',');
                    QString key;
                    if (node.kind == Kind::Map) {
                        qint64 length = 0;
                        if (!readLength(node, &length))
                            return false;
                        if (const qsizetype bad = appendText(data + pos, length); bad >= 0)
                            return fail(node, pos + bad,
                                        AvroCodec::tr("a key is not valid UTF-8: byte %1 is 0x%2.")
                                            .arg(base + pos + bad)
                                            .arg(data[pos + bad], 2, 16, QLatin1Char('0')));
                        key = QString::fromUtf8(reinterpret_cast<const char *>(data + pos), length);
                        pos += length;
                        out.append(':');
                    }
                    if (!read(node.child, depth + 1)) {
                        path.append(node.kind == Kind::Array ? QStringLiteral("[%1]").arg(item)
                                                             : QStringLiteral("[\"%1\"]").arg(key));
                        return false;
                    }
                }
                if (blockSize >= 0 && pos - itemsAt != blockSize)
                    return fail(node, blockAt,
                                AvroCodec::tr("the block at byte %1 says it takes %2 bytes, but "
                                              "its items take %3.")
                                    .arg(base + blockAt)
                                    .arg(blockSize)
                                    .arg(pos - itemsAt));
            }
            out.append(node.kind == Kind::Array ? ']' : '}');
            return true;
        }
        default:
            return true;
        }
    }
};

// ---- encoding -------------------------------------------------------------------------

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return AvroCodec::tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        return number.typeId() == QMetaType::LongLong
                   ? QString::number(number.toLongLong())
                   : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return AvroCodec::tr("the text \"%1\"")
            .arg(text.size() > 40 ? text.left(40) + QStringLiteral("…") : text);
    }
    case QJsonValue::Array:
        return AvroCodec::tr("a list");
    case QJsonValue::Object:
        return AvroCodec::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return AvroCodec::tr("nothing");
}

constexpr double TwoTo53 = 9007199254740992.0;

// Qt's JSON stores a whole number written with a fraction or exponent ("9007199254740993.0",
// "9.007199254740993e15") as the integer its double rounds to, indistinguishable from one
// written plainly. Those at or above 2^53, where the rounding can bite, are collected from the
// text so that a long refuses them instead of taking a rounded value.
QSet<qint64> inexactWholeNumbers(QByteArrayView json)
{
    QSet<qint64> numbers;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9'))
            continue;
        const qsizetype start = i;
        bool plain = true;
        while (i < json.size() &&
               (std::strchr("+-.eE", json[i]) || (json[i] >= '0' && json[i] <= '9'))) {
            if (std::strchr(".eE", json[i]))
                plain = false;
            ++i;
        }
        if (!plain) {
            bool ok = false;
            const double value = json.sliced(start, i - start).toByteArray().toDouble(&ok);
            if (ok && std::trunc(value) == value && std::fabs(value) >= TwoTo53 &&
                std::fabs(value) < 9.2e18)
                numbers.insert(qint64(value));
        }
        --i;
    }
    return numbers;
}

struct Writer
{
    const std::vector<Node> &nodes;
    const QSet<qint64> &inexact;
    qint64 &steps; // values tried so far, unions' trials included
    QByteArray out;
    QString problem;
    QString failedLabel;
    QStringList path; // innermost first

    bool fail(const Node &node, const QString &text)
    {
        problem = text;
        failedLabel = node.label;
        return false;
    }

    void writeLong(qint64 value)
    {
        auto raw = (quint64(value) << 1) ^ quint64(value >> 63);
        while (raw >= 0x80) {
            out.append(char((raw & 0x7f) | 0x80));
            raw >>= 7;
        }
        out.append(char(raw));
    }

    bool wholeNumber(const Node &node, const QJsonValue &value, qint64 least, qint64 most,
                     qint64 *number)
    {
        const QString wanted = AvroCodec::tr("needs a whole number from %1 to %2, not %3.")
                                   .arg(least)
                                   .arg(most)
                                   .arg(describe(value));
        if (!value.isDouble())
            return fail(node, wanted);
        const QVariant variant = value.toVariant();
        const QString plainly = AvroCodec::tr("needs a whole number written without a fraction "
                                              "or exponent when it is 2^53 or more, not %1.")
                                    .arg(describe(value));
        if (variant.typeId() == QMetaType::LongLong) {
            *number = variant.toLongLong();
            if (std::fabs(double(*number)) >= TwoTo53 && inexact.contains(*number))
                return fail(node, plainly);
        } else {
            // A number JSON gives as a double: exact only up to 2^53.
            const double d = value.toDouble();
            if (std::trunc(d) != d || std::fabs(d) >= TwoTo53)
                return fail(node, std::trunc(d) == d && std::fabs(d) < 9.3e18 ? plainly : wanted);
            *number = qint64(d);
        }
        if (*number < least || *number > most)
            return fail(node, wanted);
        return true;
    }

    bool floating(const Node &node, const QJsonValue &value, double *number)
    {
        if (value.isString()) {
            const QString text = value.toString();
            if (text == QLatin1String("NaN"))
                *number = std::numeric_limits<double>::quiet_NaN();
            else if (text == QLatin1String("Infinity"))
                *number = std::numeric_limits<double>::infinity();
            else if (text == QLatin1String("-Infinity"))
                *number = -std::numeric_limits<double>::infinity();
            else
                return fail(node, AvroCodec::tr("needs a number (or \"NaN\", \"Infinity\", "
                                                "\"-Infinity\"), not %1.")
                                      .arg(describe(value)));
            return true;
        }
        if (!value.isDouble())
            return fail(node, AvroCodec::tr("needs a number, not %1.").arg(describe(value)));
        const QVariant variant = value.toVariant();
        *number = variant.typeId() == QMetaType::LongLong ? double(variant.toLongLong())
                                                          : value.toDouble();
        return true;
    }

    // Bytes and fixed: a string of code points U+0000..U+00FF.
    bool bytes(const Node &node, const QJsonValue &value, QByteArray *result)
    {
        if (!value.isString())
            return fail(node, AvroCodec::tr("needs text whose characters stand for bytes "
                                            "(\\u0000 to \\u00ff), not %1.")
                                  .arg(describe(value)));
        const QString text = value.toString();
        result->resize(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c > 0xff)
                return fail(node, AvroCodec::tr("holds the character %1 at position %2: "
                                                "only \\u0000 to \\u00ff stand for bytes.")
                                      .arg(text.at(i))
                                      .arg(i));
            (*result)[i] = char(c);
        }
        return true;
    }

    bool write(int index, const QJsonValue &value, int depth)
    {
        const Node &node = nodes[index];
        // Unwrapped values in nested unions are tried against each type: bounded work.
        if (++steps > AvroCodec::MaxEncodeSteps)
            return fail(node, AvroCodec::tr("takes too long to match against the schema's unions: "
                                            "write union values as {\"type\": value}."));
        if (depth >= AvroCodec::MaxDepth)
            return fail(
                node,
                AvroCodec::tr("is nested more than %1 levels deep.").arg(AvroCodec::MaxDepth));
        switch (node.kind) {
        case Kind::Null:
            if (!value.isNull())
                return fail(node, AvroCodec::tr("needs null, not %1.").arg(describe(value)));
            return true;
        case Kind::Boolean:
            if (!value.isBool())
                return fail(node,
                            AvroCodec::tr("needs true or false, not %1.").arg(describe(value)));
            out.append(value.toBool() ? char(1) : char(0));
            return true;
        case Kind::Int:
        case Kind::Long: {
            qint64 number = 0;
            const bool isInt = node.kind == Kind::Int;
            if (!wholeNumber(
                    node, value,
                    isInt ? std::numeric_limits<qint32>::min() : std::numeric_limits<qint64>::min(),
                    isInt ? std::numeric_limits<qint32>::max() : std::numeric_limits<qint64>::max(),
                    &number))
                return false;
            writeLong(number);
            return true;
        }
        case Kind::Float: {
            double number = 0;
            if (!floating(node, value, &number))
                return false;
            if (std::isfinite(number) && std::isinf(float(number)))
                return fail(
                    node,
                    AvroCodec::tr("needs a number a float can hold, not %1.").arg(describe(value)));
            char bytes[4];
            qToLittleEndian<float>(float(number), bytes);
            out.append(bytes, 4);
            return true;
        }
        case Kind::Double: {
            double number = 0;
            if (!floating(node, value, &number))
                return false;
            char bytes[8];
            qToLittleEndian<double>(number, bytes);
            out.append(bytes, 8);
            return true;
        }
        case Kind::String: {
            if (!value.isString())
                return fail(node, AvroCodec::tr("needs text, not %1.").arg(describe(value)));
            const QByteArray text = value.toString().toUtf8();
            writeLong(text.size());
            out.append(text);
            return true;
        }
        case Kind::Bytes: {
            QByteArray data;
            if (!bytes(node, value, &data))
                return false;
            writeLong(data.size());
            out.append(data);
            return true;
        }
        case Kind::Fixed: {
            QByteArray data;
            if (!bytes(node, value, &data))
                return false;
            if (data.size() != node.fixedSize)
                return fail(node, AvroCodec::tr("needs exactly %1 bytes, not %2.")
                                      .arg(node.fixedSize)
                                      .arg(data.size()));
            out.append(data);
            return true;
        }
        case Kind::Enum: {
            const qsizetype symbol = value.isString() ? node.symbols.indexOf(value.toString()) : -1;
            if (symbol < 0)
                return fail(node,
                            AvroCodec::tr("needs one of %1, not %2.")
                                .arg(node.symbols.join(QStringLiteral(", ")), describe(value)));
            writeLong(symbol);
            return true;
        }
        case Kind::Record: {
            if (!value.isObject())
                return fail(node, AvroCodec::tr("needs an object, not %1.").arg(describe(value)));
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!node.fieldIndex.contains(it.key())) {
                    path.append(QLatin1Char('.') + it.key());
                    return fail(node, AvroCodec::tr("is not in the schema: %1 has no such field.")
                                          .arg(node.label));
                }
            }
            for (const Field &field : node.fields) {
                const auto it = object.constFind(field.name);
                bool ok = true;
                if (it != object.constEnd()) {
                    ok = write(field.node, *it, depth + 1);
                } else if (!field.hasDefault) {
                    path.append(QLatin1Char('.') + field.name);
                    return fail(nodes[field.node],
                                AvroCodec::tr("is missing, and the schema gives it no default."));
                } else {
                    // A union's default is a value of its first type, not wrapped.
                    const Node &fieldNode = nodes[field.node];
                    if (fieldNode.kind == Kind::Union && !fieldNode.branches.isEmpty()) {
                        writeLong(0);
                        ok = write(fieldNode.branches.first(), field.defaultValue, depth + 1);
                    } else {
                        ok = write(field.node, field.defaultValue, depth + 1);
                    }
                    if (!ok)
                        problem = AvroCodec::tr("is missing, and its default in the schema does "
                                                "not fit: %1")
                                      .arg(problem);
                }
                if (!ok) {
                    path.append(QLatin1Char('.') + field.name);
                    return false;
                }
            }
            return true;
        }
        case Kind::Array: {
            if (!value.isArray())
                return fail(node, AvroCodec::tr("needs a list, not %1.").arg(describe(value)));
            const QJsonArray array = value.toArray();
            if (!array.isEmpty())
                writeLong(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!write(node.child, array.at(i), depth + 1)) {
                    path.append(QStringLiteral("[%1]").arg(i));
                    return false;
                }
            }
            writeLong(0);
            return true;
        }
        case Kind::Map: {
            if (!value.isObject())
                return fail(node, AvroCodec::tr("needs an object, not %1.").arg(describe(value)));
            const QJsonObject object = value.toObject();
            if (!object.isEmpty())
                writeLong(object.size());
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QByteArray key = it.key().toUtf8();
                writeLong(key.size());
                out.append(key);
                if (!write(node.child, *it, depth + 1)) {
                    path.append(QStringLiteral("[\"%1\"]").arg(it.key()));
                    return false;
                }
            }
            writeLong(0);
            return true;
        }
        case Kind::Union:
            return writeUnion(node, value, depth);
        }
        return true;
    }

    bool writeUnion(const Node &node, const QJsonValue &value, int depth)
    {
        // Avro's JSON encoding: null, or {"type name": value}.
        if (value.isObject() && value.toObject().size() == 1) {
            const QJsonObject object = value.toObject();
            for (qsizetype b = 0; b < node.branches.size(); ++b) {
                const Node &branch = nodes[node.branches.at(b)];
                const QString key = object.begin().key();
                if (branch.kind != Kind::Null &&
                    (key == branch.branchName ||
                     (!branch.fullName.isEmpty() &&
                      key == branch.fullName.section(QLatin1Char('.'), -1)))) {
                    writeLong(b);
                    return write(node.branches.at(b), object.begin().value(), depth + 1);
                }
            }
        }
        // Unwrapped: the one type that takes it.
        int fits = -1;
        int count = 0;
        QByteArray encoded;
        QStringList names;
        // The failed trial that got deepest into the value: its shape matched, a part did not.
        std::optional<Writer> deepest;
        for (qsizetype b = 0; b < node.branches.size(); ++b) {
            const Node &branch = nodes[node.branches.at(b)];
            names.append(branch.branchName);
            Writer trial{nodes, inexact, steps, {}, {}, {}, {}};
            if (trial.write(node.branches.at(b), value, depth + 1)) {
                if (++count == 1) {
                    fits = int(b);
                    encoded = trial.out;
                }
            } else if (!trial.path.isEmpty() &&
                       (!deepest || trial.path.size() > deepest->path.size())) {
                deepest.emplace(std::move(trial));
            }
        }
        if (count == 0 && deepest) {
            problem = deepest->problem;
            failedLabel = deepest->failedLabel;
            path = deepest->path;
            return false;
        }
        if (count == 1) {
            writeLong(fits);
            out.append(encoded);
            return true;
        }
        if (count == 0)
            return fail(node, AvroCodec::tr("needs a value of one of its types (%1), written "
                                            "as {\"type\": value}; %2 fits none of them.")
                                  .arg(names.join(QStringLiteral(", ")), describe(value)));
        return fail(node, AvroCodec::tr("%1 fits more than one of its types (%2): write it as "
                                        "{\"type\": value}.")
                              .arg(describe(value), names.join(QStringLiteral(", "))));
    }
};

QString pathText(const QStringList &innermostFirst)
{
    QString text;
    for (auto it = innermostFirst.rbegin(); it != innermostFirst.rend(); ++it)
        text += *it;
    if (text.startsWith(QLatin1Char('.')))
        text.remove(0, 1);
    return text;
}

} // namespace

AvroCodec::AvroCodec() = default;
AvroCodec::~AvroCodec() = default;

std::shared_ptr<const AvroCodec> AvroCodec::create(const RegisteredSchema &schema, QString *error)
{
    QString parseError;
    const QJsonValue json = parseJsonValue(schema.text, &parseError);
    if (!parseError.isEmpty()) {
        *error = tr("The Avro schema is not valid JSON: %1.").arg(parseError);
        return {};
    }
    SchemaWalk walk;
    for (auto it = schema.referencedTexts.begin(); it != schema.referencedTexts.end(); ++it) {
        const QJsonValue reference = parseJsonValue(it.value(), &parseError);
        if (!parseError.isEmpty()) {
            *error = tr("The referenced Avro schema %1 is not valid JSON: %2.")
                         .arg(it.key(), parseError);
            return {};
        }
        walk.references.insert(it.key(), reference);
        if (reference.isObject() && isNamedTypeObject(reference.toObject())) {
            const QString full = fullNameOf(reference.toObject(), QString());
            walk.aliases.insert(it.key(), full);
            walk.aliases.insert(full, full);
            if (!walk.references.contains(full))
                walk.references.insert(full, reference);
        }
    }
    const QJsonValue resolved = walk.walk(json, QString(), 0);
    if (!walk.error.isEmpty()) {
        *error = walk.error;
        return {};
    }
    QByteArray text = QJsonDocument(QJsonArray{resolved}).toJson(QJsonDocument::Compact);
    text = text.mid(1, text.size() - 2);

    avro_schema_t parsed = nullptr;
    if (avro_schema_from_json_length(text.constData(), size_t(text.size()), &parsed) != 0 ||
        !parsed) {
        *error = tr("The Avro schema does not parse: %1")
                     .arg(QString::fromUtf8(avro_strerror()).trimmed());
        return {};
    }
    auto tree = std::make_unique<Tree>();
    tree->resolvedText = text;
    TreeBuilder builder{&tree->nodes, &walk.recordFields, {}};
    builder.add(parsed);
    avro_schema_decref(parsed);
    for (const Node &node : tree->nodes) {
        if (node.kind == Kind::Fixed && node.fixedSize < 0) {
            *error = tr("The fixed type %1 in the schema has a negative size.").arg(node.fullName);
            return {};
        }
    }
    computeMinSizes(tree->nodes);

    std::shared_ptr<AvroCodec> codec(new AvroCodec);
    codec->tree_ = std::move(tree);
    return codec;
}

QString AvroCodec::schemaName() const
{
    const Node &root = tree_->nodes.front();
    return root.fullName.isEmpty() ? root.branchName : root.fullName;
}

QByteArray AvroCodec::resolvedSchemaText() const
{
    return tree_->resolvedText;
}

SchemaCodec::Decoded AvroCodec::decode(QByteArrayView payload, const QList<int> &,
                                       qsizetype payloadStart) const
{
    Decoded result;
    result.typeName = schemaName();
    Reader reader{tree_->nodes,
                  reinterpret_cast<const uchar *>(payload.data()),
                  payload.size(),
                  0,
                  Output(payload.size() * 3 + 64),
                  {},
                  -1,
                  {},
                  {}};
    reader.base = payloadStart;
    if (!reader.read(0, 0)) {
        const QString path = pathText(reader.path);
        const QString where = path.isEmpty() ? tr("the value") : tr("field %1").arg(path);
        result.error = tr("Reading %1 (%2): %3").arg(where, reader.failedLabel, reader.problem);
        result.errorOffset = reader.errorAt;
        return result;
    }
    if (reader.pos < payload.size()) {
        result.error = tr("%n byte(s) left over after the record, from byte %1 on.", nullptr,
                          int(std::min<qsizetype>(payload.size() - reader.pos, INT_MAX)))
                           .arg(payloadStart + reader.pos);
        result.errorOffset = payloadStart + reader.pos;
        return result;
    }
    result.json = reader.out.take();
    return result;
}

SchemaCodec::Encoded AvroCodec::encode(QByteArrayView json, const QString &) const
{
    Encoded result;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson("[" + json.toByteArray() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        result.error = parseError.error != QJsonParseError::NoError
                           ? tr("The text is not valid JSON: %1 at character %2.")
                                 .arg(parseError.errorString())
                                 .arg(std::max(0, parseError.offset - 1))
                           : tr("The text holds more than one JSON value.");
        return result;
    }
    const QSet<qint64> inexact = inexactWholeNumbers(json);
    qint64 steps = 0;
    Writer writer{tree_->nodes, inexact, steps, {}, {}, {}, {}};
    if (!writer.write(0, document.array().at(0), 0)) {
        const QString path = pathText(writer.path);
        result.error = path.isEmpty()
                           ? tr("The value (%1) %2").arg(writer.failedLabel, writer.problem)
                           : tr("Field %1 (%2) %3").arg(path, writer.failedLabel, writer.problem);
        return result;
    }
    result.payload = std::move(writer.out);
    return result;
}
