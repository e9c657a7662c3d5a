#include "schemaregistry.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QQueue>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>
#include <functional>

// How it works: the public functions run on the caller's thread and only touch Shared under its
// mutex; every HTTP request is made by the Worker on the registry's own thread, which puts the
// answers into Shared and has the SchemaRegistry's signals emitted on the SchemaRegistry's thread
// (queued: that thread needs an event loop for the signals; waitFor() does not). A failed id keeps
// its Failed lookup, also while it is being asked again after the retry interval, so rows showing
// it do not flicker to Pending.
//
// TLS: a CA file given in the settings REPLACES the system's certificate authorities for this
// registry (a private registry's CA is trusted, and only it); without one the system's are used.

namespace {

using Failure = SchemaRegistry::Failure;
using State = SchemaRegistry::State;

// An answer bigger than this is refused: no schema is that large.
constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024;
// A schema referring (transitively) to more schemas than this is refused.
constexpr int MaxReferences = 1000;
// Schema ids fetched at once; more wait their turn (a topic of random bytes has many ids).
constexpr int MaxIdsInFlight = 16;

// One HTTP answer, classified.
struct Answer
{
    Failure failure = Failure::None; // None: a 2xx answer whose body is JSON
    QJsonDocument json;
    int status = 0;       // HTTP status, 0 when there was none
    int registryCode = 0; // the registry's error_code, when it gave one
    QString registryMessage;
    QString error; // plain words when failure is set
    bool ok() const { return failure == Failure::None; }
};

// One schema as fetched (by id or by subject and version), with its references resolved.
struct Fetched
{
    RegisteredSchema schema;
    Failure failure = Failure::None;
    QString error;
    bool ok() const { return failure == Failure::None; }
};

QString schemaTypeName(SchemaType type)
{
    switch (type) {
    case SchemaType::Avro:
        return QStringLiteral("AVRO");
    case SchemaType::Protobuf:
        return QStringLiteral("PROTOBUF");
    case SchemaType::Json:
        return QStringLiteral("JSON");
    }
    return {};
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString versionSegment(int version)
{
    return version > 0 ? QString::number(version) : QStringLiteral("latest");
}

QString seconds(int msecs)
{
    return QString::number(msecs / 1000.0, 'g', 3);
}

} // namespace

struct SchemaRegistry::Shared
{
    explicit Shared(const RegistrySettings &s);

    struct Entry
    {
        Lookup lookup;          // state Pending until the first answer
        bool fetching = false;  // a request for it is in flight
        QElapsedTimer failedAt; // when it failed
    };

    Lookup lookupLocked(int schemaId);
    QUrl url(const QString &encodedPath) const
    {
        return QUrl::fromEncoded((base + encodedPath).toUtf8(), QUrl::StrictMode);
    }
    QString displayUrl() const { return settings.url.toDisplayString(); }

    // Fixed at construction.
    const RegistrySettings settings;
    QString base; // the URL, percent-encoded, without trailing slashes
    QByteArray authorization;
    QSslConfiguration ssl;
    QString configError; // settings that cannot work: every request fails with this

    SchemaRegistry *owner = nullptr;
    std::unique_ptr<QThread> thread;
    Worker *worker = nullptr; // lives in thread

    std::atomic<quint64> requests{0};
    std::atomic<int> nextRequestId{1};

    // Guarded by mutex.
    QMutex mutex;
    QWaitCondition changed;     // an entry left Pending, or stopping was set
    QWaitCondition waitersLeft; // waiters went down to 0 while stopping
    QHash<int, Entry> entries;
    int retryAfterMs = RetryAfterMs;
    bool stopping = false;
    int waiters = 0;
};

class SchemaRegistry::Worker : public QObject
{
public:
    explicit Worker(Shared *shared)
        : shared_(shared)
    {}

    // Fetches schemaId (already marked fetching) and stores what it finds.
    void fetchId(int schemaId);
    void testConnection(int requestId);
    void fetchSubjects(int requestId);
    void fetchVersions(int requestId, const QString &subject);
    void fetchSubjectVersion(int requestId, const QString &subject, int version);
    void registerSchema(int requestId, const QString &subject, const RegisteredSchema &schema);
    // Aborts everything in flight (nothing is answered any more) and drops the network manager.
    void shutdown();

private:
    using Callback = std::function<void(const Answer &)>;
    using FetchedCallback = std::function<void(const Fetched &)>;

    // A schema whose references are being resolved: done runs once nothing is pending.
    struct Resolution
    {
        Fetched fetched;
        int pending = 0;
        QSet<QString> visited; // subject + version of references asked for
        std::function<void(Fetched &)> done;
    };

    void send(const QString &encodedPath, const QByteArray *postBody, Callback done);
    Answer classify(QNetworkReply *reply, const QStringList &sslErrors, bool timedOut,
                    bool tooLarge) const;
    QString networkError(QNetworkReply *reply, const QStringList &sslErrors) const;
    // schemaObject: {"schema":…, "schemaType":…, "references":[…]} as the registry gives it.
    Fetched parseSchema(const QJsonObject &schemaObject) const;
    // One subject version (version <= 0: the latest), cached when the version is fixed;
    // requests for the same one in flight are merged.
    void subjectVersion(const QString &subject, int version, FetchedCallback done);
    void resolve(const std::shared_ptr<Resolution> &job, const QList<SchemaReference> &refs);
    static void release(const std::shared_ptr<Resolution> &job);
    Lookup makeLookup(const Fetched &fetched) const;
    void pumpIds();
    void startId(int schemaId);
    void finishId(int schemaId, const Lookup &lookup);
    // Emits one of the SchemaRegistry's signals on the SchemaRegistry's own thread (so that
    // receivers there, direct or not, hear it on theirs, never on this one).
    template <typename... Params, typename... Args>
    void notify(void (SchemaRegistry::*signal)(Params...), Args... args)
    {
        QMetaObject::invokeMethod(
            shared_->owner,
            [owner = shared_->owner, signal, args...] { (owner->*signal)(args...); },
            Qt::QueuedConnection);
    }

    Shared *shared_;
    QNetworkAccessManager *nam_ = nullptr;
    QSet<QNetworkReply *> replies_;
    QQueue<int> queuedIds_; // waiting for one of the MaxIdsInFlight places
    int activeIds_ = 0;
    bool pumping_ = false;
    bool stopped_ = false;
    QHash<QString, RegisteredSchema> subjectCache_;         // "version\nsubject" -> schema
    QHash<QString, QList<FetchedCallback>> subjectWaiters_; // the same keys, in flight
};

// ------------------------------------------------------------------------------- Shared ----

SchemaRegistry::Shared::Shared(const RegistrySettings &s)
    : settings(s)
{
    base = settings.url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!settings.username.isEmpty()) {
        authorization =
            "Basic " + (settings.username.toUtf8() + ':' + settings.password.toUtf8()).toBase64();
    }
    if (!settings.isEnabled()) {
        configError = SchemaRegistry::tr("No schema registry address is set.");
        return;
    }
    configError = settings.validate();
    if (!configError.isEmpty())
        return;

    ssl = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(settings.caFile, QSsl::Pem,
                                                   QSslCertificate::PatternSyntax::FixedString);
        if (cas.isEmpty()) {
            configError = SchemaRegistry::tr("The schema registry's CA file %1 holds no PEM "
                                             "certificate.")
                              .arg(settings.caFile);
            return;
        }
        ssl.setCaCertificates(cas);
    }
    if (!settings.certificateFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(
            settings.certificateFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty()) {
            configError = SchemaRegistry::tr("The client certificate file %1 holds no PEM "
                                             "certificate.")
                              .arg(settings.certificateFile);
            return;
        }
        QFile keyFile(settings.keyFile);
        QByteArray pem;
        if (keyFile.open(QIODevice::ReadOnly))
            pem = keyFile.read(MaxAnswerBytes);
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull()) {
            configError = SchemaRegistry::tr("The client key file %1 holds no unencrypted RSA or "
                                             "EC private key in PEM format.")
                              .arg(settings.keyFile);
            return;
        }
        ssl.setLocalCertificate(certificates.first());
        if (certificates.size() > 1)
            ssl.setLocalCertificateChain(certificates);
        ssl.setPrivateKey(key);
    }
}

SchemaRegistry::Lookup SchemaRegistry::Shared::lookupLocked(int schemaId)
{
    if (stopping)
        return {};
    auto it = entries.find(schemaId);
    bool fetch = false;
    if (it == entries.end()) {
        it = entries.insert(schemaId, Entry{});
        fetch = true;
    } else if (it->lookup.state == State::Failed && !it->fetching &&
               it->failedAt.elapsed() >= retryAfterMs) {
        fetch = true;
    }
    if (fetch) {
        it->fetching = true;
        QMetaObject::invokeMethod(
            worker, [w = worker, schemaId] { w->fetchId(schemaId); }, Qt::QueuedConnection);
    }
    return it->lookup;
}

// ------------------------------------------------------------------------------- Worker ----

void SchemaRegistry::Worker::send(const QString &encodedPath, const QByteArray *postBody,
                                  Callback done)
{
    if (stopped_)
        return;
    if (!shared_->configError.isEmpty()) {
        Answer answer;
        answer.failure = Failure::Unreachable;
        answer.error = shared_->configError;
        done(answer);
        return;
    }
    if (!nam_)
        nam_ = new QNetworkAccessManager(this);

    QNetworkRequest request(shared_->url(encodedPath));
    const int timeoutMs = shared_->settings.timeoutMs;
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/vnd.schemaregistry.v1+json, application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TopicDesk"));
    if (!shared_->authorization.isEmpty())
        request.setRawHeader("Authorization", shared_->authorization);
    if (request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(shared_->ssl);
    // HTTP/1.1 only: over HTTP/2 (which https offers) Qt 6.4 hands gzip answers over still
    // compressed (Apicurio compresses them).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The credentials go to the registry's own origin only.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (postBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/vnd.schemaregistry.v1+json"));
        reply = nam_->post(request, *postBody);
    } else {
        reply = nam_->get(request);
    }
    ++shared_->requests;
    replies_.insert(reply);

    struct Flags
    {
        QStringList sslErrors;
        bool timedOut = false;
        bool tooLarge = false;
    };
    auto flags = std::make_shared<Flags>();
    connect(reply, &QNetworkReply::sslErrors, this, [flags](const QList<QSslError> &errors) {
        for (const auto &error : errors)
            flags->sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [flags, reply](qint64 received) {
        if (received > MaxAnswerBytes && !flags->tooLarge) {
            flags->tooLarge = true;
            reply->abort();
        }
    });
    // The transfer timeout ends a request that stalls; this ends one that trickles on.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [flags, reply] {
        flags->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, flags, deadline, done = std::move(done)] {
                deadline->stop();
                replies_.remove(reply);
                reply->deleteLater();
                if (stopped_)
                    return;
                done(classify(reply, flags->sslErrors, flags->timedOut, flags->tooLarge));
            });
}

Answer SchemaRegistry::Worker::classify(QNetworkReply *reply, const QStringList &sslErrors,
                                        bool timedOut, bool tooLarge) const
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    const QString url = shared_->displayUrl();
    if (timedOut || (networkError == QNetworkReply::OperationCanceledError && !tooLarge) ||
        networkError == QNetworkReply::TimeoutError) {
        answer.failure = Failure::Unreachable;
        answer.error = SchemaRegistry::tr("The schema registry at %1 did not answer within %2 s.")
                           .arg(url, seconds(shared_->settings.timeoutMs));
        return answer;
    }
    if (tooLarge) {
        answer.failure = Failure::Other;
        answer.error =
            SchemaRegistry::tr("The schema registry at %1 sent an answer larger than %2 MB.")
                .arg(url)
                .arg(MaxAnswerBytes / (1024 * 1024));
        return answer;
    }
    if (answer.status == 0) {
        answer.failure = Failure::Unreachable;
        answer.error = this->networkError(reply, sslErrors);
        return answer;
    }

    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(body, &parseError);
    if (answer.status >= 200 && answer.status < 300) {
        if (parseError.error != QJsonParseError::NoError) {
            answer.failure = Failure::Other;
            answer.error =
                SchemaRegistry::tr("The schema registry at %1 did not answer with JSON (%2).")
                    .arg(url, parseError.errorString());
            return answer;
        }
        answer.json = json;
        return answer;
    }

    if (json.isObject()) {
        answer.registryMessage = json.object().value(QLatin1String("message")).toString();
        answer.registryCode = json.object().value(QLatin1String("error_code")).toInt();
    }
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    const QString statusText = reason.isEmpty()
                                   ? QString::number(answer.status)
                                   : QStringLiteral("%1 %2").arg(answer.status).arg(reason);
    if (answer.status == 401 || answer.status == 403) {
        answer.failure = Failure::Refused;
        answer.error =
            shared_->settings.username.isEmpty()
                ? SchemaRegistry::tr("The schema registry at %1 asks for a user name and password "
                                     "(it answered %2).")
                      .arg(url, statusText)
                : SchemaRegistry::tr("The schema registry refused the user name or password (it "
                                     "answered %1).")
                      .arg(statusText);
        return answer;
    }
    answer.failure = Failure::Other;
    if (!answer.registryMessage.isEmpty()) {
        answer.error = SchemaRegistry::tr("The schema registry answered %1: %2")
                           .arg(statusText, answer.registryMessage);
    } else if (answer.status == 404) {
        answer.error =
            SchemaRegistry::tr("The schema registry answered %1 for %2: is its address right? "
                               "(Apicurio's ends in /apis/ccompat/v7.)")
                .arg(statusText, reply->url().toDisplayString());
    } else {
        QString text = QString::fromUtf8(body.left(200)).simplified();
        answer.error =
            text.isEmpty()
                ? SchemaRegistry::tr("The schema registry answered %1.").arg(statusText)
                : SchemaRegistry::tr("The schema registry answered %1: %2").arg(statusText, text);
    }
    return answer;
}

QString SchemaRegistry::Worker::networkError(QNetworkReply *reply,
                                             const QStringList &sslErrors) const
{
    const QString url = shared_->displayUrl();
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return SchemaRegistry::tr(
                   "Cannot reach the schema registry at %1: the connection was refused (is it "
                   "running, and is the address right?).")
            .arg(url);
    case QNetworkReply::HostNotFoundError:
        return SchemaRegistry::tr(
                   "Cannot reach the schema registry at %1: the host %2 was not found.")
            .arg(url, host);
    case QNetworkReply::RemoteHostClosedError:
        return SchemaRegistry::tr(
                   "The schema registry at %1 closed the connection before answering (does it "
                   "speak %2?).")
            .arg(url, reply->url().scheme());
    case QNetworkReply::SslHandshakeFailedError: {
        if (sslErrors.isEmpty()) {
            return SchemaRegistry::tr(
                       "Cannot reach the schema registry at %1: the https handshake failed (%2).")
                .arg(url, reply->errorString());
        }
        const QString checkedAgainst =
            shared_->settings.caFile.isEmpty()
                ? SchemaRegistry::tr(
                      "It was checked against the system's certificate authorities; set the "
                      "registry's CA file if it uses a CA of its own.")
                : SchemaRegistry::tr("It was checked against the CA file %1 only.")
                      .arg(shared_->settings.caFile);
        return SchemaRegistry::tr(
                   "Cannot reach the schema registry at %1: its certificate is not trusted (%2). "
                   "%3")
            .arg(url, sslErrors.join(QLatin1String("; ")), checkedAgainst);
    }
    default:
        return SchemaRegistry::tr("Cannot reach the schema registry at %1: %2")
            .arg(url, reply->errorString());
    }
}

Fetched SchemaRegistry::Worker::parseSchema(const QJsonObject &object) const
{
    Fetched fetched;
    const auto text = object.value(QLatin1String("schema"));
    if (!text.isString()) {
        fetched.failure = Failure::Other;
        fetched.error = SchemaRegistry::tr("The schema registry's answer holds no schema text.");
        return fetched;
    }
    fetched.schema.text = text.toString();
    const QString type = object.value(QLatin1String("schemaType")).toString();
    if (type.isEmpty() || type == QLatin1String("AVRO")) {
        fetched.schema.type = SchemaType::Avro;
    } else if (type == QLatin1String("PROTOBUF")) {
        fetched.schema.type = SchemaType::Protobuf;
    } else if (type == QLatin1String("JSON")) {
        fetched.schema.type = SchemaType::Json;
    } else {
        fetched.failure = Failure::BadSchema;
        fetched.error =
            SchemaRegistry::tr("The schema is of type %1, which TopicDesk cannot read.").arg(type);
        return fetched;
    }
    for (const auto &value : object.value(QLatin1String("references")).toArray()) {
        const auto ref = value.toObject();
        SchemaReference reference;
        reference.name = ref.value(QLatin1String("name")).toString();
        reference.subject = ref.value(QLatin1String("subject")).toString();
        reference.version = ref.value(QLatin1String("version")).toInt(-1);
        if (reference.subject.isEmpty()) {
            fetched.failure = Failure::BadSchema;
            fetched.error =
                SchemaRegistry::tr("The schema refers to %1 without naming its subject.")
                    .arg(reference.name);
            return fetched;
        }
        fetched.schema.references.append(reference);
    }
    if (object.contains(QLatin1String("subject")))
        fetched.schema.subject = object.value(QLatin1String("subject")).toString();
    fetched.schema.version = object.value(QLatin1String("version")).toInt(-1);
    fetched.schema.id = object.value(QLatin1String("id")).toInt(-1);
    return fetched;
}

void SchemaRegistry::Worker::subjectVersion(const QString &subject, int version,
                                            FetchedCallback done)
{
    const QString key = QString::number(version > 0 ? version : -1) + QLatin1Char('\n') + subject;
    if (version > 0) {
        if (auto it = subjectCache_.constFind(key); it != subjectCache_.constEnd()) {
            Fetched fetched;
            fetched.schema = *it;
            done(fetched);
            return;
        }
    }
    auto &waiting = subjectWaiters_[key];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return;
    send(QStringLiteral("/subjects/%1/versions/%2").arg(encoded(subject), versionSegment(version)),
         nullptr, [this, key, subject, version](const Answer &answer) {
             Fetched fetched;
             if (!answer.ok()) {
                 fetched.failure = answer.failure;
                 fetched.error = answer.error;
             } else {
                 fetched = parseSchema(answer.json.object());
                 if (fetched.schema.subject.isEmpty())
                     fetched.schema.subject = subject;
                 if (fetched.schema.version <= 0)
                     fetched.schema.version = version;
                 if (fetched.ok() && version > 0)
                     subjectCache_.insert(key, fetched.schema);
             }
             const auto callbacks = subjectWaiters_.take(key);
             for (const auto &callback : callbacks)
                 callback(fetched);
         });
}

void SchemaRegistry::Worker::resolve(const std::shared_ptr<Resolution> &job,
                                     const QList<SchemaReference> &refs)
{
    for (const auto &ref : refs) {
        const QString key = QString::number(ref.version) + QLatin1Char('\n') + ref.subject;
        if (job->visited.contains(key))
            continue;
        if (job->visited.size() >= MaxReferences) {
            if (job->fetched.ok()) {
                job->fetched.failure = Failure::BadSchema;
                job->fetched.error =
                    SchemaRegistry::tr("The schema refers to more than %1 other schemas.")
                        .arg(MaxReferences);
            }
            return;
        }
        job->visited.insert(key);
        ++job->pending;
        subjectVersion(ref.subject, ref.version, [this, job, ref](const Fetched &fetched) {
            if (fetched.ok()) {
                job->fetched.schema.referencedTexts.insert(ref.name, fetched.schema.text);
                resolve(job, fetched.schema.references);
            } else if (job->fetched.ok()) {
                const bool reach =
                    fetched.failure == Failure::Unreachable || fetched.failure == Failure::Refused;
                job->fetched.failure = reach ? fetched.failure : Failure::BadSchema;
                job->fetched.error =
                    SchemaRegistry::tr(
                        "The schema refers to %1 (subject %2, version %3), which could not be "
                        "fetched: %4")
                        .arg(ref.name, ref.subject, versionSegment(ref.version), fetched.error);
            }
            release(job);
        });
    }
}

void SchemaRegistry::Worker::release(const std::shared_ptr<Resolution> &job)
{
    if (--job->pending == 0 && job->done) {
        auto done = std::move(job->done);
        job->done = nullptr;
        done(job->fetched);
    }
}

SchemaRegistry::Lookup SchemaRegistry::Worker::makeLookup(const Fetched &fetched) const
{
    Lookup lookup;
    lookup.schema = fetched.schema;
    if (!fetched.ok()) {
        lookup.state = State::Failed;
        lookup.failure = fetched.failure;
        lookup.error = fetched.error;
        return lookup;
    }
    QString error;
    lookup.codec = SchemaCodec::create(fetched.schema, &error);
    if (!lookup.codec) {
        lookup.state = State::Failed;
        lookup.failure = Failure::BadSchema;
        lookup.error = SchemaRegistry::tr("The %1 schema cannot be read: %2")
                           .arg(SchemaCodec::typeName(fetched.schema.type), error);
        return lookup;
    }
    lookup.state = State::Ready;
    return lookup;
}

void SchemaRegistry::Worker::fetchId(int schemaId)
{
    queuedIds_.enqueue(schemaId);
    pumpIds();
}

void SchemaRegistry::Worker::pumpIds()
{
    if (pumping_)
        return;
    pumping_ = true;
    while (activeIds_ < MaxIdsInFlight && !queuedIds_.isEmpty() && !stopped_) {
        ++activeIds_;
        startId(queuedIds_.dequeue());
    }
    pumping_ = false;
}

void SchemaRegistry::Worker::startId(int schemaId)
{
    auto job = std::make_shared<Resolution>();
    job->pending = 1; // held until the schema itself has been read
    job->done = [this, schemaId](Fetched &fetched) { finishId(schemaId, makeLookup(fetched)); };
    send(QStringLiteral("/schemas/ids/%1").arg(schemaId), nullptr,
         [this, job, schemaId](const Answer &answer) {
             if (!answer.ok()) {
                 job->fetched.failure = answer.failure;
                 job->fetched.error = answer.error;
                 if (answer.failure == Failure::Other &&
                     (answer.status == 404 || answer.registryCode == 40403) &&
                     !answer.registryMessage.isEmpty()) {
                     job->fetched.failure = Failure::UnknownId;
                     job->fetched.error =
                         SchemaRegistry::tr(
                             "The schema registry has no schema with id %1 (it says: %2).")
                             .arg(schemaId)
                             .arg(answer.registryMessage);
                 }
                 release(job);
                 return;
             }
             job->fetched = parseSchema(answer.json.object());
             job->fetched.schema.id = schemaId;
             job->fetched.schema.subject.clear();
             job->fetched.schema.version = -1;
             if (!job->fetched.ok()) {
                 release(job);
                 return;
             }
             // Where it is registered: tolerated when the registry cannot say.
             ++job->pending;
             send(QStringLiteral("/schemas/ids/%1/versions").arg(schemaId), nullptr,
                  [job](const Answer &versions) {
                      const auto list = versions.json.array();
                      const auto first = list.isEmpty() ? QJsonObject() : list.at(0).toObject();
                      if (versions.ok() && !first.isEmpty()) {
                          job->fetched.schema.subject =
                              first.value(QLatin1String("subject")).toString();
                          job->fetched.schema.version =
                              first.value(QLatin1String("version")).toInt(-1);
                      }
                      release(job);
                  });
             resolve(job, job->fetched.schema.references);
             release(job);
         });
}

void SchemaRegistry::Worker::finishId(int schemaId, const Lookup &lookup)
{
    {
        QMutexLocker lock(&shared_->mutex);
        auto &entry = shared_->entries[schemaId];
        entry.lookup = lookup;
        entry.fetching = false;
        if (lookup.state == State::Failed)
            entry.failedAt.start();
        shared_->changed.wakeAll();
    }
    notify(&SchemaRegistry::schemaArrived, schemaId);
    --activeIds_;
    pumpIds();
}

void SchemaRegistry::Worker::testConnection(int requestId)
{
    send(QStringLiteral("/subjects"), nullptr, [this, requestId](const Answer &answer) {
        if (!answer.ok()) {
            notify(&SchemaRegistry::tested, requestId, false, answer.error);
        } else if (!answer.json.isArray()) {
            notify(&SchemaRegistry::tested, requestId, false,
                   SchemaRegistry::tr(
                       "%1 answered, but not as a schema registry does (no list of subjects).")
                       .arg(shared_->displayUrl()));
        } else {
            const auto count = int(answer.json.array().size());
            notify(&SchemaRegistry::tested, requestId, true,
                   SchemaRegistry::tr("Reached %1: %n subjects", nullptr, count)
                       .arg(shared_->displayUrl()));
        }
    });
}

void SchemaRegistry::Worker::fetchSubjects(int requestId)
{
    send(QStringLiteral("/subjects"), nullptr, [this, requestId](const Answer &answer) {
        QStringList subjects;
        for (const auto &value : answer.json.array())
            subjects.append(value.toString());
        notify(&SchemaRegistry::subjectsFetched, requestId, subjects, answer.error);
    });
}

void SchemaRegistry::Worker::fetchVersions(int requestId, const QString &subject)
{
    send(QStringLiteral("/subjects/%1/versions").arg(encoded(subject)), nullptr,
         [this, requestId, subject](const Answer &answer) {
             QList<int> versions;
             for (const auto &value : answer.json.array())
                 versions.append(value.toInt());
             notify(&SchemaRegistry::versionsFetched, requestId, subject, versions, answer.error);
         });
}

void SchemaRegistry::Worker::fetchSubjectVersion(int requestId, const QString &subject, int version)
{
    subjectVersion(subject, version, [this, requestId, subject](const Fetched &fetched) {
        auto job = std::make_shared<Resolution>();
        job->fetched = fetched;
        job->pending = 1;
        job->done = [this, requestId, subject](Fetched &resolved) {
            const Lookup lookup = makeLookup(resolved);
            const int id = resolved.schema.id;
            if (lookup.state == State::Ready && id >= 0) {
                QMutexLocker lock(&shared_->mutex);
                if (!shared_->entries.contains(id)) // ids never change: keep it for lookup()
                    shared_->entries.insert(id, Shared::Entry{lookup, false, {}});
            }
            notify(&SchemaRegistry::subjectSchemaFetched, requestId, subject,
                   resolved.schema.version, lookup);
        };
        if (fetched.ok())
            resolve(job, fetched.schema.references);
        release(job);
    });
}

void SchemaRegistry::Worker::registerSchema(int requestId, const QString &subject,
                                            const RegisteredSchema &schema)
{
    QJsonObject body{{QStringLiteral("schema"), schema.text}};
    if (schema.type != SchemaType::Avro)
        body.insert(QStringLiteral("schemaType"), schemaTypeName(schema.type));
    if (!schema.references.isEmpty()) {
        QJsonArray references;
        for (const auto &ref : schema.references) {
            references.append(QJsonObject{{QStringLiteral("name"), ref.name},
                                          {QStringLiteral("subject"), ref.subject},
                                          {QStringLiteral("version"), ref.version}});
        }
        body.insert(QStringLiteral("references"), references);
    }
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(QStringLiteral("/subjects/%1/versions").arg(encoded(subject)), &json,
         [this, requestId, subject](const Answer &answer) {
             const auto id = answer.json.object().value(QLatin1String("id"));
             if (!answer.ok()) {
                 notify(&SchemaRegistry::schemaRegistered, requestId, subject, -1,
                        SchemaRegistry::tr("The schema was not registered under %1. %2")
                            .arg(subject, answer.error));
             } else if (!id.isDouble()) {
                 notify(&SchemaRegistry::schemaRegistered, requestId, subject, -1,
                        SchemaRegistry::tr("The schema registry's answer holds no schema id."));
             } else {
                 notify(&SchemaRegistry::schemaRegistered, requestId, subject, id.toInt(),
                        QString());
             }
         });
}

void SchemaRegistry::Worker::shutdown()
{
    stopped_ = true;
    const auto replies = replies_;
    replies_.clear();
    for (auto *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        delete reply;
    }
    delete nam_;
    nam_ = nullptr;
    subjectWaiters_.clear();
    queuedIds_.clear();
}

// ------------------------------------------------------------------------ SchemaRegistry ----

SchemaRegistry::SchemaRegistry(const RegistrySettings &settings, QObject *parent)
    : QObject(parent)
    , shared_(std::make_shared<Shared>(settings))
{
    qRegisterMetaType<SchemaRegistry::Lookup>();
    shared_->owner = this;
    shared_->thread = std::make_unique<QThread>();
    shared_->thread->setObjectName(QStringLiteral("SchemaRegistry"));
    shared_->worker = new Worker(shared_.get());
    shared_->worker->moveToThread(shared_->thread.get());
    shared_->thread->start();
}

SchemaRegistry::~SchemaRegistry()
{
    {
        QMutexLocker lock(&shared_->mutex);
        shared_->stopping = true;
        shared_->changed.wakeAll();
        while (shared_->waiters > 0)
            shared_->waitersLeft.wait(&shared_->mutex);
    }
    auto *worker = shared_->worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    shared_->thread->quit();
    shared_->thread->wait();
    delete worker; // its thread has finished: nothing else touches it
    shared_->worker = nullptr;
    shared_->thread.reset();
}

RegistrySettings SchemaRegistry::settings() const
{
    return shared_->settings;
}

SchemaRegistry::Lookup SchemaRegistry::lookup(int schemaId)
{
    QMutexLocker lock(&shared_->mutex);
    return shared_->lookupLocked(schemaId);
}

SchemaRegistry::Lookup SchemaRegistry::waitFor(int schemaId, int msecs)
{
    Q_ASSERT(QThread::currentThread() != shared_->thread.get());
    const auto shared = shared_; // the object may be destroyed while this waits
    const QDeadlineTimer deadline(msecs);
    QMutexLocker lock(&shared->mutex);
    Lookup result = shared->lookupLocked(schemaId);
    ++shared->waiters;
    while (!shared->stopping) {
        const auto it = shared->entries.constFind(schemaId);
        if (it == shared->entries.constEnd() || !it->fetching) {
            if (it != shared->entries.constEnd())
                result = it->lookup;
            break;
        }
        result = it->lookup;
        if (!shared->changed.wait(&shared->mutex, deadline)) {
            result = shared->entries.value(schemaId).lookup;
            break;
        }
    }
    if (--shared->waiters == 0 && shared->stopping)
        shared->waitersLeft.wakeAll();
    return result;
}

void SchemaRegistry::setRetryAfterMs(int msecs)
{
    QMutexLocker lock(&shared_->mutex);
    shared_->retryAfterMs = msecs;
}

quint64 SchemaRegistry::requestsSent() const
{
    return shared_->requests.load();
}

int SchemaRegistry::testConnection()
{
    const int id = shared_->nextRequestId++;
    QMutexLocker lock(&shared_->mutex);
    if (!shared_->stopping) {
        QMetaObject::invokeMethod(
            shared_->worker, [w = shared_->worker, id] { w->testConnection(id); },
            Qt::QueuedConnection);
    }
    return id;
}

int SchemaRegistry::fetchSubjects()
{
    const int id = shared_->nextRequestId++;
    QMutexLocker lock(&shared_->mutex);
    if (!shared_->stopping) {
        QMetaObject::invokeMethod(
            shared_->worker, [w = shared_->worker, id] { w->fetchSubjects(id); },
            Qt::QueuedConnection);
    }
    return id;
}

int SchemaRegistry::fetchSubjectVersion(const QString &subject, int version)
{
    const int id = shared_->nextRequestId++;
    QMutexLocker lock(&shared_->mutex);
    if (!shared_->stopping) {
        QMetaObject::invokeMethod(
            shared_->worker,
            [w = shared_->worker, id, subject, version] {
                w->fetchSubjectVersion(id, subject, version);
            },
            Qt::QueuedConnection);
    }
    return id;
}

int SchemaRegistry::fetchVersions(const QString &subject)
{
    const int id = shared_->nextRequestId++;
    QMutexLocker lock(&shared_->mutex);
    if (!shared_->stopping) {
        QMetaObject::invokeMethod(
            shared_->worker, [w = shared_->worker, id, subject] { w->fetchVersions(id, subject); },
            Qt::QueuedConnection);
    }
    return id;
}

int SchemaRegistry::registerSchema(const QString &subject, const RegisteredSchema &schema)
{
    const int id = shared_->nextRequestId++;
    QMutexLocker lock(&shared_->mutex);
    if (!shared_->stopping) {
        QMetaObject::invokeMethod(
            shared_->worker,
            [w = shared_->worker, id, subject, schema] { w->registerSchema(id, subject, schema); },
            Qt::QueuedConnection);
    }
    return id;
}
