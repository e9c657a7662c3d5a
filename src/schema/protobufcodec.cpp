#include "protobufcodec.h"

#include "jsontext.h"
#include "protojsonwriter.h"
#include "protowirescanner.h"

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver.h>
#include <google/protobuf/util/type_resolver_util.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <limits>
#include <set>

namespace pb = google::protobuf;

namespace {

constexpr auto TypeUrlPrefix = "type.googleapis.com";

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString where(const QString &file, int line, int column)
{
    // line and column are 0-based, as the parser counts; people count from 1.
    if (file.isEmpty())
        return ProtobufCodec::tr("Line %1, column %2").arg(line + 1).arg(column + 1);
    return ProtobufCodec::tr("In \"%1\", line %2, column %3")
        .arg(file)
        .arg(line + 1)
        .arg(column + 1);
}

// The .proto parser's first complaint, with its line and column.
class ParseErrors final : public pb::io::ErrorCollector
{
public:
    explicit ParseErrors(const QString &file)
        : file_(file)
    {}
    void AddError(int line, pb::io::ColumnNumber column, const std::string &message) override
    {
        if (first.isEmpty())
            first = ProtobufCodec::tr("%1: %2").arg(where(file_, line, column), fromStd(message));
    }
    QString first;

private:
    QString file_;
};

// The descriptor pool's first complaint (an undefined type, a duplicate name), placed at the line
// and column the parser recorded for the element.
class BuildErrors final : public pb::DescriptorPool::ErrorCollector
{
public:
    BuildErrors(const QString &file, const pb::compiler::SourceLocationTable &locations)
        : file_(file)
        , locations_(locations)
    {}
    void AddError(const std::string &, const std::string &, const pb::Message *descriptor,
                  ErrorLocation location, const std::string &message) override
    {
        if (!first.isEmpty())
            return;
        int line = -1;
        int column = 0;
        if (descriptor && locations_.Find(descriptor, location, &line, &column))
            first = ProtobufCodec::tr("%1: %2").arg(where(file_, line, column), fromStd(message));
        else if (file_.isEmpty())
            first = fromStd(message);
        else
            first = ProtobufCodec::tr("In \"%1\": %2").arg(file_, fromStd(message));
    }
    QString first;

private:
    QString file_;
    const pb::compiler::SourceLocationTable &locations_;
};

// Builds a schema file and, first, the files it imports into a pool.
class Loader
{
public:
    Loader(const RegisteredSchema &schema, pb::DescriptorPool *pool)
        : schema_(schema)
        , pool_(pool)
    {}

    // name: the file's name in the pool; shownAs: how errors name it (empty: the schema itself).
    const pb::FileDescriptor *load(const std::string &name, const QString &text,
                                   const QString &shownAs)
    {
        const QByteArray utf8 = text.toUtf8();
        pb::io::ArrayInputStream input(utf8.constData(), int(utf8.size()));
        ParseErrors parseErrors(shownAs);
        pb::io::Tokenizer tokenizer(&input, &parseErrors);
        pb::compiler::Parser parser;
        pb::compiler::SourceLocationTable locations;
        parser.RecordErrorsTo(&parseErrors);
        parser.RecordSourceLocationsTo(&locations);
        pb::FileDescriptorProto proto;
        if (!parser.Parse(&tokenizer, &proto) || !parseErrors.first.isEmpty()) {
            error = parseErrors.first.isEmpty() ? ProtobufCodec::tr("The schema does not parse.")
                                                : parseErrors.first;
            return nullptr;
        }
        proto.set_name(name);
        loading_.insert(name);
        for (const std::string &import : proto.dependency()) {
            if (!dependency(import, proto, locations, shownAs))
                return nullptr;
        }
        loading_.erase(name);
        BuildErrors buildErrors(shownAs, locations);
        const pb::FileDescriptor *file = pool_->BuildFileCollectingErrors(proto, &buildErrors);
        if (!file)
            error = buildErrors.first.isEmpty() ? ProtobufCodec::tr("The schema does not build.")
                                                : buildErrors.first;
        return file;
    }

    QString error;

private:
    bool dependency(const std::string &import, const pb::FileDescriptorProto &importer,
                    const pb::compiler::SourceLocationTable &locations, const QString &shownAs)
    {
        if (pool_->FindFileByName(import))
            return true;
        const QString name = fromStd(import);
        int line = -1;
        int column = 0;
        const bool located = locations.FindImport(&importer, import, &line, &column);
        const QString at =
            located ? where(shownAs, line, column) + QStringLiteral(": ") : QString();
        if (loading_.count(import)) {
            error =
                at + ProtobufCodec::tr("\"%1\" imports itself (through other files).").arg(name);
            return false;
        }
        const auto referenced = schema_.referencedTexts.constFind(name);
        if (referenced != schema_.referencedTexts.cend())
            return load(import, *referenced, name) != nullptr;
        if (const pb::FileDescriptor *builtIn =
                pb::DescriptorPool::generated_pool()->FindFileByName(import)) {
            pb::FileDescriptorProto proto;
            builtIn->CopyTo(&proto);
            for (const std::string &inner : proto.dependency()) {
                if (!dependency(inner, proto, locations, shownAs))
                    return false;
            }
            if (pool_->BuildFile(proto))
                return true;
        }
        error = at + ProtobufCodec::tr("The schema imports \"%1\", which the registry did not send "
                                       "as a reference and which is not one of Protobuf's "
                                       "well-known types.")
                         .arg(name);
        return false;
    }

    const RegisteredSchema &schema_;
    pb::DescriptorPool *pool_;
    std::set<std::string> loading_;
};

void collectTypes(const pb::Descriptor *type, QStringList *names,
                  QList<const pb::Descriptor *> *all)
{
    all->append(type);
    if (!type->options().map_entry())
        names->append(fromStd(type->full_name()));
    for (int i = 0; i < type->nested_type_count(); ++i)
        collectTypes(type->nested_type(i), names, all);
}

// The messages declared inside type, in file order: its nested types without the map entries
// that map fields add. The registry's message indexes count these (as Confluent's serializers
// do, from the schema text), so a map field declared before a message does not shift it.
QList<const pb::Descriptor *> declaredMessages(const pb::Descriptor *type)
{
    QList<const pb::Descriptor *> messages;
    for (int i = 0; i < type->nested_type_count(); ++i) {
        if (!type->nested_type(i)->options().map_entry())
            messages.append(type->nested_type(i));
    }
    return messages;
}

QList<int> indexPath(const pb::Descriptor *type)
{
    QList<int> path;
    for (; type->containing_type(); type = type->containing_type())
        path.prepend(int(declaredMessages(type->containing_type()).indexOf(type)));
    path.prepend(type->index());
    return path;
}

// The text of a failed Status, without the code's name.
QString statusText(const pb::util::Status &status)
{
    const auto message = status.message();
    return QString::fromUtf8(message.data(), qsizetype(message.size()));
}

// What a kind of field takes, for libprotobuf's "for type X" (a field type or a type URL).
QString wantedFor(const QString &type, const pb::DescriptorPool &pool)
{
    if (type == u"TYPE_INT32" || type == u"TYPE_SINT32" || type == u"TYPE_SFIXED32")
        return ProtobufCodec::tr("a whole number from -2147483648 to 2147483647");
    if (type == u"TYPE_UINT32" || type == u"TYPE_FIXED32")
        return ProtobufCodec::tr("a whole number from 0 to 4294967295");
    if (type == u"TYPE_INT64" || type == u"TYPE_SINT64" || type == u"TYPE_SFIXED64")
        return ProtobufCodec::tr("a whole number from -9223372036854775808 to "
                                 "9223372036854775807");
    if (type == u"TYPE_UINT64" || type == u"TYPE_FIXED64")
        return ProtobufCodec::tr("a whole number from 0 to 18446744073709551615");
    if (type == u"TYPE_DOUBLE" || type == u"TYPE_FLOAT")
        return ProtobufCodec::tr("a number");
    if (type == u"TYPE_BOOL")
        return ProtobufCodec::tr("true or false");
    if (type == u"TYPE_STRING")
        return ProtobufCodec::tr("a string");
    if (type == u"TYPE_BYTES")
        return ProtobufCodec::tr("a string of base64 text");
    const QString name = type.section(u'/', -1);
    if (name == u"google.protobuf.Timestamp")
        return ProtobufCodec::tr("a time such as \"2024-01-31T12:00:00Z\"");
    if (name == u"google.protobuf.Duration")
        return ProtobufCodec::tr("a duration such as \"1.5s\"");
    if (const pb::EnumDescriptor *enumType = pool.FindEnumTypeByName(name.toStdString())) {
        QStringList names;
        for (int i = 0; i < enumType->value_count(); ++i)
            names.append(fromStd(enumType->value(i)->name()));
        return ProtobufCodec::tr("one of %1").arg(names.join(QLatin1String(", ")));
    }
    return ProtobufCodec::tr("an object (a %1 message)").arg(name);
}

// libprotobuf's complaint about JSON for a message, in the words the JSON Schema codec uses:
// "$.items[1].price: must be a number, found "cheap"."
QString plainJsonError(const QString &raw, const pb::DescriptorPool &pool)
{
    const QRegularExpression invalid(
        QStringLiteral(R"(^\(([^)]*)\): invalid value (.*) for type (\S+)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression unknown(QStringLiteral(R"(^(\S*): Cannot find field\.$)"));
    auto pathOf = [](const QString &path) {
        return path.isEmpty() ? QStringLiteral("$") : QStringLiteral("$.") + path;
    };
    const QRegularExpression listForMap(
        QStringLiteral(R"(Cannot bind a list to map for field '([^']*)')"));
    if (const auto match = listForMap.match(raw); match.hasMatch())
        return ProtobufCodec::tr("%1: must be an object (a map), found an array.")
            .arg(pathOf(match.captured(1)));
    if (const auto match = invalid.match(raw); match.hasMatch()) {
        QString value = match.captured(2);
        // Well-known types put their own words in the value ("Field 'at', Invalid time format:
        // yesterday"): keep the value only.
        if (value.startsWith(QLatin1String("Field '")))
            value = u'"' + value.section(QLatin1String(": "), -1) + u'"';
        return ProtobufCodec::tr("%1: must be %2, found %3.")
            .arg(pathOf(match.captured(1)), wantedFor(match.captured(3), pool), value);
    }
    if (const auto match = unknown.match(raw); match.hasMatch())
        return ProtobufCodec::tr("%1: the message has no field of this name.")
            .arg(pathOf(match.captured(1)));
    return raw.section(u'\n', 0, 0);
}

} // namespace

struct ProtobufCodec::State
{
    pb::DescriptorPool pool;
    // Declared after the pool: its prototypes point into the pool, so it goes first.
    std::unique_ptr<pb::DynamicMessageFactory> factory;
    const pb::FileDescriptor *file = nullptr;
    QStringList typeNames; // messageTypes()
    // The main file's types ProtoJsonWriter prints (the others go through libprotobuf's printer).
    QHash<const pb::Descriptor *, bool> fastJson;
};

ProtobufCodec::ProtobufCodec() = default;
ProtobufCodec::~ProtobufCodec() = default;

std::shared_ptr<const ProtobufCodec> ProtobufCodec::create(const RegisteredSchema &schema,
                                                           QString *error)
{
    // Parsing a file without a syntax line makes libprotobuf write a warning to stderr; the
    // codec's own errors say what matters.
    pb::LogSilencer silence;
    auto state = std::make_unique<State>();
    // The schema's own file is named so that no import can have its name.
    std::string name = "schema.proto";
    while (schema.referencedTexts.contains(fromStd(name)))
        name = "_" + name;
    Loader loader(schema, &state->pool);
    state->file = loader.load(name, schema.text, {});
    if (!state->file) {
        if (error)
            *error = loader.error;
        return nullptr;
    }
    return finish(std::move(state), error);
}

std::shared_ptr<const ProtobufCodec> ProtobufCodec::finish(std::unique_ptr<State> state,
                                                           QString *error)
{
    if (state->file->message_type_count() == 0) {
        if (error)
            *error = tr("The schema defines no message.");
        return nullptr;
    }
    state->factory = std::make_unique<pb::DynamicMessageFactory>(&state->pool);
    // Made now rather than on the first decode: GetPrototype is thread-safe, but this keeps the
    // first decodes as fast as the rest.
    QList<const pb::Descriptor *> all;
    for (int i = 0; i < state->file->message_type_count(); ++i)
        collectTypes(state->file->message_type(i), &state->typeNames, &all);
    for (const pb::Descriptor *type : std::as_const(all)) {
        state->factory->GetPrototype(type);
        state->fastJson.insert(type, ProtoJsonWriter::handles(type));
    }
    std::shared_ptr<ProtobufCodec> codec(new ProtobufCodec);
    codec->state_ = std::move(state);
    return codec;
}

QStringList ProtobufCodec::messageTypes() const
{
    return state_->typeNames;
}

std::shared_ptr<const ProtobufCodec> ProtobufCodec::createFromDescriptorSet(QByteArrayView bytes,
                                                                            QString *error)
{
    pb::LogSilencer silence;
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return nullptr;
    };
    pb::FileDescriptorSet set;
    if (bytes.size() > std::numeric_limits<int>::max() ||
        !set.ParseFromArray(bytes.data(), int(bytes.size())))
        return fail(tr("The file is not a Protobuf descriptor set."));
    if (set.file_size() == 0)
        return fail(tr("The descriptor set holds no .proto file."));
    QHash<QString, const pb::FileDescriptorProto *> byName;
    for (const pb::FileDescriptorProto &file : set.file())
        byName.insert(fromStd(file.name()), &file);

    auto state = std::make_unique<State>();
    std::set<std::string> building;
    QString problem;
    // Builds a file after the files it imports: from the set, else Protobuf's well-known types.
    std::function<bool(const std::string &)> build = [&](const std::string &name) -> bool {
        if (state->pool.FindFileByName(name))
            return true;
        if (building.count(name)) {
            problem = tr("\"%1\" imports itself (through other files).").arg(fromStd(name));
            return false;
        }
        pb::FileDescriptorProto proto;
        if (const auto *inSet = byName.value(fromStd(name)))
            proto = *inSet;
        else if (const pb::FileDescriptor *builtIn =
                     pb::DescriptorPool::generated_pool()->FindFileByName(name))
            builtIn->CopyTo(&proto);
        else {
            problem = tr("The descriptor set needs \"%1\", which it does not hold (make it with "
                         "protoc's --include_imports).")
                          .arg(fromStd(name));
            return false;
        }
        building.insert(name);
        for (const std::string &import : proto.dependency()) {
            if (!build(import))
                return false;
        }
        building.erase(name);
        pb::compiler::SourceLocationTable noLocations;
        BuildErrors buildErrors(fromStd(name), noLocations);
        if (!state->pool.BuildFileCollectingErrors(proto, &buildErrors)) {
            problem = buildErrors.first.isEmpty() ? tr("\"%1\" does not build.").arg(fromStd(name))
                                                  : buildErrors.first;
            return false;
        }
        return true;
    };
    for (const pb::FileDescriptorProto &file : set.file()) {
        if (!build(file.name()))
            return fail(problem);
    }
    state->file = state->pool.FindFileByName(set.file(set.file_size() - 1).name());
    return finish(std::move(state), error);
}

std::optional<QList<int>> ProtobufCodec::indexPathOf(const QString &typeName, QString *error) const
{
    if (typeName.isEmpty())
        return QList<int>{};
    const pb::Descriptor *type = findType(typeName, error);
    if (!type)
        return std::nullopt;
    return indexPath(type);
}

const google::protobuf::Descriptor *ProtobufCodec::findType(const QString &typeName,
                                                            QString *error) const
{
    const QString wanted = typeName.startsWith(u'.') ? typeName.mid(1) : typeName;
    QStringList matches;
    for (const QString &name : std::as_const(state_->typeNames)) {
        if (name == wanted) {
            matches = {name};
            break;
        }
        if (name.endsWith(u'.' + wanted))
            matches.append(name);
    }
    if (matches.isEmpty()) {
        if (error)
            *error = tr("The schema has no message type \"%1\"; it has: %2.")
                         .arg(typeName, state_->typeNames.join(QLatin1String(", ")));
        return nullptr;
    }
    if (matches.size() > 1) {
        if (error)
            *error = tr("\"%1\" could be any of %2: give the full name.")
                         .arg(typeName, matches.join(QLatin1String(", ")));
        return nullptr;
    }
    return state_->pool.FindMessageTypeByName(matches.first().toStdString());
}

SchemaCodec::Decoded ProtobufCodec::decode(QByteArrayView payload, const QList<int> &messageIndexes,
                                           qsizetype payloadStart) const
{
    Decoded out;
    const QList<int> path = messageIndexes.isEmpty() ? QList<int>{0} : messageIndexes;
    const pb::Descriptor *type = nullptr;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const int index = path[i];
        const QList<const pb::Descriptor *> nested =
            type ? declaredMessages(type) : QList<const pb::Descriptor *>();
        const int count = type ? int(nested.size()) : state_->file->message_type_count();
        if (index < 0 || index >= count) {
            if (!type)
                out.error = tr("The message index %1 is out of range: the schema has %n top-level "
                               "message(s).",
                               nullptr, count)
                                .arg(index);
            else
                out.error = tr("The message index %1 is out of range: %2 has %n nested "
                               "message(s).",
                               nullptr, count)
                                .arg(index)
                                .arg(fromStd(type->full_name()));
            return out;
        }
        type = type ? nested[index] : state_->file->message_type(index);
    }
    out.typeName = fromStd(type->full_name());
    if (payload.size() > std::numeric_limits<int>::max()) {
        out.error = tr("The message is larger than Protobuf can read (2 GB).");
        return out;
    }
    std::unique_ptr<pb::Message> message(state_->factory->GetPrototype(type)->New());
    bool parsed = false;
    {
        // libprotobuf writes a line to stderr for every string that is not UTF-8; the scan below
        // says it in the error instead (once per shown row, not once per row on the terminal).
        pb::LogSilencer silence;
        parsed = message->ParsePartialFromArray(payload.data(), int(payload.size()));
    }
    if (!parsed) {
        const ProtoWireScanner::Problem problem =
            ProtoWireScanner::scan(type, payload, MaxDepth, payloadStart);
        out.errorOffset = problem.offset;
        out.error =
            problem.reason.isEmpty()
                ? tr("The bytes are not a valid %1 message (Protobuf's parser does not say where).")
                      .arg(out.typeName)
                : problem.reason;
        return out;
    }
    if (!message->IsInitialized()) {
        out.error = tr("The message lacks required fields: %1.")
                        .arg(fromStd(message->InitializationErrorString()));
        return out;
    }
    if (state_->fastJson.value(type) && ProtoJsonWriter::write(*message, &out.json))
        return out;
    out.json.clear();
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string json;
    const pb::util::Status status = pb::util::MessageToJsonString(*message, &json, options);
    if (!status.ok()) {
        out.error = tr("The message cannot be written as JSON: %1").arg(statusText(status));
        return out;
    }
    out.json = QByteArray(json.data(), qsizetype(json.size()));
    return out;
}

SchemaCodec::Encoded ProtobufCodec::encode(QByteArrayView json, const QString &typeName) const
{
    Encoded out;
    const pb::Descriptor *type = nullptr;
    if (typeName.isEmpty()) {
        type = state_->file->message_type(0);
    } else {
        type = findType(typeName, &out.error);
        if (!type)
            return out;
    }
    QJsonValue value;
    qsizetype offset = -1;
    QString problem;
    if (!JsonText::parse(json, &value, &offset, &problem)) {
        out.error = tr("The text is not JSON: %1 at %2.")
                        .arg(problem, JsonText::lineAndColumn(json, offset));
        return out;
    }
    if (!value.isObject()) {
        out.error =
            tr("$: must be an object with the fields of %1.").arg(fromStd(type->full_name()));
        return out;
    }
    std::unique_ptr<pb::util::TypeResolver> resolver(
        pb::util::NewTypeResolverForDescriptorPool(TypeUrlPrefix, &state_->pool));
    std::string binary;
    const pb::util::Status status = pb::util::JsonToBinaryString(
        resolver.get(), std::string(TypeUrlPrefix) + '/' + type->full_name(),
        std::string(json.data(), size_t(json.size())), &binary, pb::util::JsonParseOptions());
    if (!status.ok()) {
        out.error = plainJsonError(statusText(status), state_->pool);
        return out;
    }
    std::unique_ptr<pb::Message> message(state_->factory->GetPrototype(type)->New());
    if (!message->ParsePartialFromString(binary)) {
        out.error = tr("The JSON does not fit %1.").arg(fromStd(type->full_name()));
        return out;
    }
    if (!message->IsInitialized()) {
        out.error = tr("The JSON lacks required fields: %1.")
                        .arg(fromStd(message->InitializationErrorString()));
        return out;
    }
    // Deterministic: map entries sorted by key, so the same JSON always gives the same bytes.
    std::string bytes;
    {
        pb::io::StringOutputStream stream(&bytes);
        pb::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message->SerializePartialToCodedStream(&coded);
    }
    out.payload = QByteArray(bytes.data(), qsizetype(bytes.size()));
    out.messageIndexes = indexPath(type);
    return out;
}
