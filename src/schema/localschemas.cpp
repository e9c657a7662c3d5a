#include "localschemas.h"

#include "avrocodec.h"
#include "protobufcodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// Reads a file of at most LocalSchemas::MaxFileSize bytes, or sets *error.
bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = LocalSchemas::tr("%1 does not exist.").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = LocalSchemas::tr("%1 is not a file.").arg(path);
        return false;
    }
    if (info.size() > LocalSchemas::MaxFileSize) {
        *error = LocalSchemas::tr("%1 is too large for a schema (%2 MB at most).")
                     .arg(path)
                     .arg(LocalSchemas::MaxFileSize / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalSchemas::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(LocalSchemas::MaxFileSize + 1);
    if (bytes->size() > LocalSchemas::MaxFileSize) {
        *error = LocalSchemas::tr("%1 is too large for a schema (%2 MB at most).")
                     .arg(path)
                     .arg(LocalSchemas::MaxFileSize / (1024 * 1024));
        return false;
    }
    return true;
}

// The text of a schema file, or an error when it is not UTF-8 text.
bool readText(const QString &path, QString *text, QString *error)
{
    QByteArray bytes;
    if (!readFile(path, &bytes, error))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0')) {
        *error = LocalSchemas::tr("%1 is not a text file.").arg(path);
        return false;
    }
    return true;
}

// Every .proto file the text imports (transitively) that lies in folder, by import path.
bool collectImports(const QDir &folder, const QString &text, QHash<QString, QString> *texts,
                    QString *error)
{
    static const QRegularExpression import(
        QStringLiteral(R"(\bimport\s+(?:public\s+|weak\s+)?["']([^"']+)["']\s*;)"));
    // Imports inside comments do not count.
    static const QRegularExpression comment(QStringLiteral(R"(//[^\n]*|/\*.*?\*/)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString code = QString(text).remove(comment);
    for (auto it = import.globalMatch(code); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (texts->contains(name) || name.startsWith(u'/') || name.contains(QLatin1String("..")))
            continue;
        const QString path = folder.filePath(name);
        if (!QFileInfo(path).isFile()) {
            if (name.startsWith(QLatin1String("google/protobuf/")))
                continue; // a well-known type: built into libprotobuf
            *error = LocalSchemas::tr("It imports \"%1\", which is not in its folder (%2).")
                         .arg(name, QDir::toNativeSeparators(folder.path()));
            return false;
        }
        QString imported;
        if (!readText(path, &imported, error))
            return false;
        texts->insert(name, imported);
        if (!collectImports(folder, imported, texts, error))
            return false;
    }
    return true;
}

} // namespace

bool LocalSchemas::loadEntry(const LocalSchema &schema, Entry *entry, QString *error)
{
    const QString path = schema.file;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    QString problem;
    if (suffix == QLatin1String("avsc")) {
        RegisteredSchema registered;
        registered.type = SchemaType::Avro;
        if (!readText(path, &registered.text, error))
            return false;
        entry->codec = AvroCodec::create(registered, &problem);
    } else if (suffix == QLatin1String("proto")) {
        RegisteredSchema registered;
        registered.type = SchemaType::Protobuf;
        if (!readText(path, &registered.text, error))
            return false;
        if (!collectImports(info.absoluteDir(), registered.text, &registered.referencedTexts,
                            &problem)) {
            *error = tr("%1: %2").arg(path, problem);
            return false;
        }
        entry->codec = ProtobufCodec::create(registered, &problem);
    } else if (suffix == QLatin1String("desc") || suffix == QLatin1String("pb") ||
               suffix == QLatin1String("binpb")) {
        QByteArray bytes;
        if (!readFile(path, &bytes, error))
            return false;
        entry->codec = ProtobufCodec::createFromDescriptorSet(bytes, &problem);
    } else {
        *error = tr("%1: a local schema must be an .avsc, a .proto or a descriptor set (.desc, "
                    ".pb or .binpb) file.")
                     .arg(path);
        return false;
    }
    if (!entry->codec) {
        *error = tr("%1: %2").arg(path, problem);
        return false;
    }
    if (const auto *protobuf = dynamic_cast<const ProtobufCodec *>(entry->codec.get())) {
        const std::optional<QList<int>> indexes =
            protobuf->indexPathOf(schema.messageType, &problem);
        if (!indexes) {
            *error = tr("%1: %2").arg(path, problem);
            return false;
        }
        entry->messageIndexes = *indexes;
        // The resolved full name (the first message when none is named).
        entry->typeName = protobuf->messageTypes().value(0);
        QString unused;
        for (const QString &name : protobuf->messageTypes()) {
            if (!indexes->isEmpty() && protobuf->indexPathOf(name, &unused) == indexes) {
                entry->typeName = name;
                break;
            }
        }
    } else if (!schema.messageType.isEmpty()) {
        *error = tr("%1: a message type (%2) is only for Protobuf schemas.")
                     .arg(path, schema.messageType);
        return false;
    }
    entry->topicPattern = schema.topicPattern;
    // Anchored: the pattern matches the whole name. Topic names hold no '/', so the default
    // conversion's path rules do not matter.
    entry->pattern =
        QRegularExpression(QRegularExpression::wildcardToRegularExpression(schema.topicPattern));
    if (!entry->pattern.isValid()) {
        *error = tr("%1: the topic pattern \"%2\" is not valid (* and ? are wildcards; [ must "
                    "be closed by ]).")
                     .arg(path, schema.topicPattern);
        return false;
    }
    // Compiled now: match() then only reads it, from any thread.
    entry->pattern.optimize();
    entry->file = path;
    entry->fileName = info.fileName();
    return true;
}

std::shared_ptr<const LocalSchemas> LocalSchemas::load(const QList<LocalSchema> &entries,
                                                       QStringList *errors)
{
    std::shared_ptr<LocalSchemas> schemas(new LocalSchemas);
    for (const LocalSchema &schema : entries) {
        if (schema.topicPattern.trimmed().isEmpty()) {
            if (errors)
                errors->append(tr("%1: the topic pattern is empty.").arg(schema.file));
            continue;
        }
        Entry entry;
        QString error;
        if (loadEntry(schema, &entry, &error))
            schemas->entries_.append(std::move(entry));
        else if (errors)
            errors->append(error);
    }
    return schemas;
}

const LocalSchemas::Entry *LocalSchemas::match(const QString &topic) const
{
    for (const Entry &entry : entries_) {
        if (entry.pattern.match(topic).hasMatch())
            return &entry;
    }
    return nullptr;
}
