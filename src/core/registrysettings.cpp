#include "registrysettings.h"

#include <QFileInfo>

namespace {

enum class FileKind { Ca, Certificate, Key };

QString fileProblem(FileKind kind, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.isReadable())
        return {};
    const bool missing = !info.exists();
    switch (kind) {
    case FileKind::Ca:
        return missing ? RegistrySettings::tr("The schema registry's CA file %1 does not exist.")
                             .arg(path)
                       : RegistrySettings::tr("The schema registry's CA file %1 cannot be read.")
                             .arg(path);
    case FileKind::Certificate:
        return missing ? RegistrySettings::tr("The client certificate file %1 does not exist.")
                             .arg(path)
                       : RegistrySettings::tr("The client certificate file %1 cannot be read.")
                             .arg(path);
    case FileKind::Key:
        return missing ? RegistrySettings::tr("The client key file %1 does not exist.").arg(path)
                       : RegistrySettings::tr("The client key file %1 cannot be read.").arg(path);
    }
    return {};
}

QString localSchemaProblem(const LocalSchema &schema)
{
    if (schema.topicPattern.trimmed().isEmpty())
        return schema.file.isEmpty()
                   ? RegistrySettings::tr("A local schema has neither a topic pattern nor a file.")
                   : RegistrySettings::tr("The local schema %1 needs a topic pattern (like "
                                          "orders-* or *).")
                         .arg(schema.file);
    if (schema.file.trimmed().isEmpty())
        return RegistrySettings::tr("The local schema for the topics %1 needs a schema file.")
            .arg(schema.topicPattern);
    const QFileInfo info(schema.file);
    static const QStringList known = {QStringLiteral("avsc"), QStringLiteral("proto"),
                                      QStringLiteral("desc"), QStringLiteral("pb"),
                                      QStringLiteral("binpb")};
    if (!known.contains(info.suffix().toLower()))
        return RegistrySettings::tr("The local schema file %1 (topics %2) is not an Avro schema "
                                    "(.avsc), a .proto file or a descriptor set (.desc, .pb, "
                                    ".binpb).")
            .arg(schema.file, schema.topicPattern);
    if (!info.exists())
        return RegistrySettings::tr("The local schema file %1 (topics %2) does not exist.")
            .arg(schema.file, schema.topicPattern);
    if (!info.isFile() || !info.isReadable())
        return RegistrySettings::tr("The local schema file %1 (topics %2) cannot be read.")
            .arg(schema.file, schema.topicPattern);
    return {};
}

} // namespace

QString RegistrySettings::validate() const
{
    if (localSchemas.size() > MaxLocalSchemas)
        return tr("There are %1 local schema files; at most %2 can be used.")
            .arg(localSchemas.size())
            .arg(MaxLocalSchemas);
    for (const LocalSchema &schema : localSchemas) {
        if (auto problem = localSchemaProblem(schema); !problem.isEmpty())
            return problem;
    }
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return tr("The schema registry address is not a valid web address (like "
                  "http://localhost:8081).");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The schema registry address must start with http:// or https://.");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return tr("Put the schema registry's user name and password in their own fields, not in "
                  "its address.");
    if (timeoutMs < MinTimeoutMs || timeoutMs > MaxTimeoutMs)
        return tr("The schema registry timeout must be between 100 ms and 10 minutes.");
    if (!caFile.isEmpty()) {
        if (auto problem = fileProblem(FileKind::Ca, caFile); !problem.isEmpty())
            return problem;
    }
    if (certificateFile.isEmpty() != keyFile.isEmpty())
        return tr("A client certificate needs both its certificate file and its key file.");
    if (!certificateFile.isEmpty()) {
        if (auto problem = fileProblem(FileKind::Certificate, certificateFile); !problem.isEmpty())
            return problem;
        if (auto problem = fileProblem(FileKind::Key, keyFile); !problem.isEmpty())
            return problem;
    }
    return {};
}
