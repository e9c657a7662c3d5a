#include "testregistry.h"

#include "schemaregistry.h"

#include <QSignalSpy>
#include <QUrl>

QString TestRegistry::url()
{
    return qEnvironmentVariable("TOPICDESK_TEST_REGISTRY");
}

RegistrySettings TestRegistry::openSettings()
{
    RegistrySettings settings;
    settings.url = QUrl(url());
    return settings;
}

RegisteredSchema TestRegistry::schema(SchemaType type, const QString &text,
                                      const QList<SchemaReference> &references)
{
    RegisteredSchema s;
    s.type = type;
    s.text = text;
    s.references = references;
    return s;
}

int TestRegistry::registerSchema(SchemaRegistry &registry, const QString &subject,
                                 const RegisteredSchema &schema)
{
    QSignalSpy spy(&registry, &SchemaRegistry::schemaRegistered);
    const int request = registry.registerSchema(subject, schema);
    if (!spy.wait(20000)) {
        qWarning("registering %s: no answer", qPrintable(subject));
        return -1;
    }
    const auto args = spy.takeFirst();
    if (args.at(0).toInt() != request || args.at(1).toString() != subject ||
        !args.at(3).toString().isEmpty()) {
        qWarning("registering %s: %s", qPrintable(subject), qPrintable(args.at(3).toString()));
        return -1;
    }
    return args.at(2).toInt();
}
