// TestRegistry: the real schema registry a test runs against, as the CTest fixture announces it
// (TOPICDESK_TEST_REGISTRY, set by tests/registry/registry.sh env), and registering schemas in
// it through SchemaRegistry, for the tests that need registered schema ids.
#pragma once

#include "registeredschema.h"
#include "registrysettings.h"

#include <QList>
#include <QString>

class SchemaRegistry;

class TestRegistry final
{
public:
    // The fixture's open registry (Confluent API base URL); empty when the test was started
    // without one.
    static QString url();
    // Settings for the fixture's open registry: its URL, no authentication, no TLS.
    static RegistrySettings openSettings();
    // A schema of type with text (and references), to register.
    static RegisteredSchema schema(SchemaType type, const QString &text,
                                   const QList<SchemaReference> &references = {});
    // Registers schema under subject through registry and waits (20 s) for its answer: the id,
    // or -1 with the reason printed as a warning (no answer, an error, or an answer to another
    // request or subject).
    static int registerSchema(SchemaRegistry &registry, const QString &subject,
                              const RegisteredSchema &schema);
};
