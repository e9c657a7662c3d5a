// SchemaRegistry: a client of a schema registry's Confluent API with a cache of schemas by id.
// Requests run on a thread of its own (a QNetworkAccessManager there), never on the caller's;
// every public function is thread-safe and none blocks except waitFor(). Schemas are fetched once
// per id (ids never change) with their references resolved, concurrent requests for one id are
// merged into one, and a failure is kept (and retried only after retryAfterMs) so that a
// million rows with an unknown id cause one request.
#pragma once

#include "registeredschema.h"
#include "registrysettings.h"
#include "schemacodec.h"

#include <QObject>
#include <QStringList>

#include <memory>

class SchemaRegistry : public QObject
{
    Q_OBJECT

public:
    explicit SchemaRegistry(const RegistrySettings &settings, QObject *parent = nullptr);
    ~SchemaRegistry() override; // cancels what is in flight and stops its thread

    RegistrySettings settings() const;

    enum class State { Pending, Ready, Failed };
    enum class Failure {
        None,
        Unreachable, // no connection, DNS, timeout, TLS handshake
        Refused,     // 401 or 403: wrong or missing credentials
        UnknownId,   // the registry answered that it has no such schema (404, 40403)
        BadSchema,   // the schema (or a reference) does not parse, or its type is not supported
        Other        // any other answer; error holds the registry's message
    };
    struct Lookup
    {
        State state = State::Pending;
        std::shared_ptr<const SchemaCodec> codec; // set when Ready
        RegisteredSchema schema; // set when Ready (subject and version when the registry says)
        Failure failure = Failure::None;
        QString error; // plain words with the registry's own message, when Failed
    };

    // What is known of schemaId now; when nothing is, starts fetching it (merged with any
    // request in flight) and returns Pending. schemaArrived(schemaId) follows once it is known.
    Lookup lookup(int schemaId);
    // Blocks until schemaId is known or msecs pass (then Pending). Not on this object's thread.
    Lookup waitFor(int schemaId, int msecs);

    // Asynchronous calls, each answered by its signal (with the same requestId).
    int testConnection(); // -> tested: "Reached <url>: N subjects" or why not
    int fetchSubjects();  // -> subjectsFetched
    // version -1: the latest -> subjectSchemaFetched (its id, and the schema with its codec)
    int fetchSubjectVersion(const QString &subject, int version);
    int fetchVersions(const QString &subject); // -> versionsFetched
    // Registers (or finds) schema under subject -> schemaRegistered with its id
    int registerSchema(const QString &subject, const RegisteredSchema &schema);

    static constexpr int RetryAfterMs = 30000;
    // How long a failure is kept before a lookup asks again (RetryAfterMs unless set; tests).
    void setRetryAfterMs(int msecs);
    // HTTP requests sent so far (a schema id costs its own, its versions' and its references').
    quint64 requestsSent() const;

signals:
    void schemaArrived(int schemaId); // Ready or Failed; lookup() now says which
    void tested(int requestId, bool ok, const QString &summary);
    void subjectsFetched(int requestId, const QStringList &subjects, const QString &error);
    void versionsFetched(int requestId, const QString &subject, const QList<int> &versions,
                         const QString &error);
    void subjectSchemaFetched(int requestId, const QString &subject, int version,
                              const SchemaRegistry::Lookup &lookup);
    void schemaRegistered(int requestId, const QString &subject, int schemaId,
                          const QString &error);

private:
    class Worker;
    struct Shared;
    std::shared_ptr<Shared> shared_;
};
Q_DECLARE_METATYPE(SchemaRegistry::Lookup)
