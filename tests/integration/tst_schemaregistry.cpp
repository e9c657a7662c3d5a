// SchemaRegistry and MessageDecoder against a real schema registry (Apicurio's Confluent API,
// tests/registry/registry.sh): Avro, JSON Schema and Protobuf (with a reference) schemas
// registered and looked up, one fetch per id however many threads ask, failures kept and retried
// only after the interval, basic auth, TLS with the test CA (and without it), a registry that
// stops answering or goes away mid-way, and destruction with requests in flight or a thread in
// waitFor(), and a hostile registry's answers (not JSON, odd types, a reference cycle). Framed
// values decode to the expected JSON; hostile ones say why not.
#include "messagedecoder.h"
#include "schemaregistry.h"
#include "testregistry.h"
#include "wireformat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <latch>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A Protobuf int64 may come as a JSON number or (proto3's JSON mapping) as a string.
qint64 integer(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger(-1);
}

// Asks for schemaId and waits for its schemaArrived.
SchemaRegistry::Lookup arrive(SchemaRegistry &registry, int schemaId, int msecs = 20000)
{
    QSignalSpy arrived(&registry, &SchemaRegistry::schemaArrived);
    auto lookup = registry.lookup(schemaId);
    if (lookup.state != SchemaRegistry::State::Pending)
        return lookup;
    if (!QTest::qWaitFor([&] { return arrived.contains(QVariantList{schemaId}); }, msecs))
        qWarning("schema %d did not arrive within %d ms", schemaId, msecs);
    return registry.lookup(schemaId);
}

// A TCP server that accepts connections (the kernel does, from its backlog) and never answers.
struct SilentServer
{
    QTcpServer server;
    SilentServer() { server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
    }
};

// A hostile registry: answers each request with what answer(path) gives: status and body.
class CannedServer : public QTcpServer
{
public:
    using Answer = std::pair<int, QByteArray>;
    explicit CannedServer(std::function<Answer(const QString &path)> answer)
        : answer_(std::move(answer))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QString path = QString::fromLatin1(request.split(' ').value(1));
                    paths.append(path);
                    const auto [status, body] = answer_(path);
                    socket->write(QStringLiteral("HTTP/1.1 %1 Canned\r\nContent-Type: "
                                                 "application/json\r\nContent-Length: %2\r\n"
                                                 "Connection: close\r\n\r\n")
                                      .arg(status)
                                      .arg(body.size())
                                      .toLatin1() +
                                  body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(serverPort())); }
    QStringList paths;

private:
    std::function<Answer(const QString &)> answer_;
};

// A registry of this test's own (registry.sh start-one), stopped at the end.
struct OwnRegistry
{
    QTemporaryDir dir;
    QString url;
    bool started = false;

    bool start()
    {
        QProcess script;
        script.start(QStringLiteral("bash"), {env("TOPICDESK_TEST_REGISTRY_SCRIPT"),
                                              QStringLiteral("start-one"), dir.path()});
        if (!script.waitForFinished(180000) || script.exitCode() != 0) {
            qWarning("start-one failed: %s", script.readAllStandardError().constData());
            return false;
        }
        started = true;
        QFile file(dir.filePath(QStringLiteral("url")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        url = QString::fromUtf8(file.readAll()).trimmed();
        return url.startsWith(QLatin1String("http://127.0.0.1:"));
    }
    qint64 pid() const
    {
        QFile file(dir.filePath(QStringLiteral("one/registry.pid")));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : -1;
    }
    bool signal(const char *name) const
    {
        return QProcess::execute(
                   QStringLiteral("kill"),
                   {QStringLiteral("-%1").arg(QLatin1String(name)), QString::number(pid())}) == 0;
    }
    void stop()
    {
        if (!started)
            return;
        signal("CONT");
        QProcess::execute(QStringLiteral("bash"), {env("TOPICDESK_TEST_REGISTRY_SCRIPT"),
                                                   QStringLiteral("stop"), dir.path()});
        started = false;
    }
    ~OwnRegistry() { stop(); }
};

} // namespace

class TestSchemaRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void avroLookup();
    void jsonLookup();
    void protobufWithReference();
    void subjectCalls();
    void concurrentLookupsMergedAndCached();
    void unknownIdKeptThenRetried();
    void basicAuth();
    void tls();
    void badSettings();
    void registryStoppedMidway();
    void hostileAnswers();
    void destroyedWithRequestsInFlight();
    void destroyedWhileAThreadWaits();
    void decoder();

private:
    QString run_; // unique per run: the shared registry keeps what earlier runs registered
    int avroId_ = -1;
    QString avroSubject_;
    QString avroText_;
    int jsonId_ = -1;
    int protoId_ = -1;
    QString protoSubject_;
    QString depName_;
    QString protoPackage_;
};

void TestSchemaRegistry::initTestCase()
{
    for (const char *name :
         {"TOPICDESK_TEST_REGISTRY", "TOPICDESK_TEST_REGISTRY_TLS", "TOPICDESK_TEST_REGISTRY_CA",
          "TOPICDESK_TEST_REGISTRY_OTHER_CA", "TOPICDESK_TEST_REGISTRY_CLIENT_CERT",
          "TOPICDESK_TEST_REGISTRY_CLIENT_KEY", "TOPICDESK_TEST_REGISTRY_AUTH",
          "TOPICDESK_TEST_REGISTRY_USER", "TOPICDESK_TEST_REGISTRY_PASSWORD",
          "TOPICDESK_TEST_REGISTRY_SCRIPT"}) {
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest (the "
                                           "registry fixture) or tests/registry/registry.sh env")
                                .arg(QLatin1String(name))));
    }
    run_ = QStringLiteral("t%1x%2")
               .arg(QDateTime::currentMSecsSinceEpoch())
               .arg(QRandomGenerator::global()->bounded(1000000));
}

void TestSchemaRegistry::avroLookup()
{
    SchemaRegistry registry(TestRegistry::openSettings());
    avroSubject_ = QStringLiteral("td %1/orders-value").arg(run_); // a space and a slash
    avroText_ = QStringLiteral(R"({"type":"record","name":"Order","namespace":"td.%1","fields":[)"
                               R"({"name":"id","type":"long"},)"
                               R"({"name":"note","type":["null","string"],"default":null}]})")
                    .arg(run_);
    avroId_ = TestRegistry::registerSchema(registry, avroSubject_,
                                           TestRegistry::schema(SchemaType::Avro, avroText_));
    QVERIFY(avroId_ >= 0);
    QCOMPARE(registry.requestsSent(), 1u);

    QSignalSpy arrived(&registry, &SchemaRegistry::schemaArrived);
    const auto first = registry.lookup(avroId_);
    QCOMPARE(first.state, SchemaRegistry::State::Pending);
    QVERIFY(!first.codec);
    QVERIFY(arrived.wait(20000));
    QCOMPARE(arrived.first().first().toInt(), avroId_);

    const auto lookup = registry.lookup(avroId_);
    QCOMPARE(lookup.state, SchemaRegistry::State::Ready);
    QVERIFY(lookup.codec);
    QCOMPARE(lookup.failure, SchemaRegistry::Failure::None);
    QCOMPARE(lookup.schema.id, avroId_);
    QCOMPARE(lookup.schema.type, SchemaType::Avro);
    QCOMPARE(lookup.schema.text, avroText_);
    QCOMPARE(lookup.schema.subject, avroSubject_);
    QCOMPARE(lookup.schema.version, 1);
    QCOMPARE(lookup.codec->type(), SchemaType::Avro);
    // The schema itself and where it is registered: two requests, then none.
    QCOMPARE(registry.requestsSent(), 3u);
    QCOMPARE(registry.waitFor(avroId_, 0).state, SchemaRegistry::State::Ready);
    QCOMPARE(registry.requestsSent(), 3u);
}

void TestSchemaRegistry::jsonLookup()
{
    // With a trailing slash in the address.
    RegistrySettings settings = TestRegistry::openSettings();
    settings.url = QUrl(settings.url.toString() + QLatin1Char('/'));
    SchemaRegistry registry(settings);
    const QString text = QStringLiteral(R"({"$schema":"http://json-schema.org/draft-07/schema#",)"
                                        R"("title":"Reading%1","type":"object",)"
                                        R"("properties":{"n":{"type":"integer"}},)"
                                        R"("required":["n"]})")
                             .arg(run_);
    const QString subject = QStringLiteral("td-%1-readings-value").arg(run_);
    jsonId_ = TestRegistry::registerSchema(registry, subject,
                                           TestRegistry::schema(SchemaType::Json, text));
    QVERIFY(jsonId_ >= 0);
    QVERIFY(jsonId_ != avroId_);

    const auto lookup = registry.waitFor(jsonId_, 20000);
    QCOMPARE(lookup.state, SchemaRegistry::State::Ready);
    QCOMPARE(lookup.schema.type, SchemaType::Json);
    QCOMPARE(lookup.schema.text, text);
    QCOMPARE(lookup.schema.subject, subject);
    QCOMPARE(lookup.schema.version, 1);
    QCOMPARE(lookup.codec->type(), SchemaType::Json);
}

void TestSchemaRegistry::protobufWithReference()
{
    SchemaRegistry registry(TestRegistry::openSettings());
    protoPackage_ = QStringLiteral("td%1").arg(run_);
    depName_ = QStringLiteral("%1/money.proto").arg(protoPackage_);
    const QString depSubject = QStringLiteral("td-%1-money.proto").arg(run_);
    const QString depText =
        QStringLiteral("syntax = \"proto3\";\npackage %1.money;\n"
                       "message Money { int64 cents = 1; string currency = 2; }\n")
            .arg(protoPackage_);
    const int depId = TestRegistry::registerSchema(
        registry, depSubject, TestRegistry::schema(SchemaType::Protobuf, depText));
    QVERIFY(depId >= 0);

    const QString text =
        QStringLiteral("syntax = \"proto3\";\npackage %1;\nimport \"%2\";\n"
                       "message Order { int64 id = 1; %1.money.Money price = 2; }\n"
                       "message Note { string text = 1; }\n")
            .arg(protoPackage_, depName_);
    protoSubject_ = QStringLiteral("td-%1-orders-proto-value").arg(run_);
    protoId_ = TestRegistry::registerSchema(
        registry, protoSubject_,
        TestRegistry::schema(SchemaType::Protobuf, text, {{depName_, depSubject, 1}}));
    QVERIFY(protoId_ >= 0);

    const quint64 before = registry.requestsSent();
    const auto lookup = arrive(registry, protoId_);
    QVERIFY2(lookup.state == SchemaRegistry::State::Ready, qPrintable(lookup.error));
    QCOMPARE(lookup.schema.type, SchemaType::Protobuf);
    QCOMPARE(lookup.schema.text, text);
    QCOMPARE(lookup.schema.subject, protoSubject_);
    QCOMPARE(lookup.schema.version, 1);
    QCOMPARE(lookup.schema.references.size(), 1);
    QCOMPARE(lookup.schema.references.first().name, depName_);
    QCOMPARE(lookup.schema.references.first().subject, depSubject);
    QCOMPARE(lookup.schema.references.first().version, 1);
    QCOMPARE(lookup.schema.referencedTexts.value(depName_), depText);
    QCOMPARE(lookup.codec->type(), SchemaType::Protobuf);
    // The schema, where it is registered, and its reference.
    QCOMPARE(registry.requestsSent() - before, 3u);

    // The dependency's own id: itself and where it is registered (it has no references).
    const quint64 beforeDep = registry.requestsSent();
    QCOMPARE(arrive(registry, depId).state, SchemaRegistry::State::Ready);
    QCOMPARE(registry.requestsSent() - beforeDep, 2u);
}

void TestSchemaRegistry::subjectCalls()
{
    QVERIFY(avroId_ >= 0);
    SchemaRegistry registry(TestRegistry::openSettings());

    QSignalSpy tested(&registry, &SchemaRegistry::tested);
    const int testRequest = registry.testConnection();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toInt(), testRequest);
    QVERIFY(tested.first().at(1).toBool());
    const QString summary = tested.first().at(2).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("Reached %1: ")
                                    .arg(TestRegistry::openSettings().url.toDisplayString())) &&
                 summary.contains(QLatin1String("subjects")),
             qPrintable(summary));

    QSignalSpy subjects(&registry, &SchemaRegistry::subjectsFetched);
    const int subjectsRequest = registry.fetchSubjects();
    QVERIFY(subjects.wait(20000));
    QCOMPARE(subjects.first().at(0).toInt(), subjectsRequest);
    QVERIFY(subjects.first().at(1).toStringList().contains(avroSubject_));
    QCOMPARE(subjects.first().at(2).toString(), QString());

    // A second version of the Avro subject (a field added, with a default).
    const QString text2 = QString(avroText_).replace(
        QLatin1String(R"("default":null}]})"),
        QLatin1String(R"("default":null},{"name":"qty","type":"int","default":1}]})"));
    QVERIFY(text2 != avroText_);
    const int id2 = TestRegistry::registerSchema(registry, avroSubject_,
                                                 TestRegistry::schema(SchemaType::Avro, text2));
    QVERIFY(id2 >= 0 && id2 != avroId_);

    QSignalSpy versions(&registry, &SchemaRegistry::versionsFetched);
    const int versionsRequest = registry.fetchVersions(avroSubject_);
    QVERIFY(versions.wait(20000));
    QCOMPARE(versions.first().at(0).toInt(), versionsRequest);
    QCOMPARE(versions.first().at(1).toString(), avroSubject_);
    QCOMPARE(versions.first().at(2).value<QList<int>>(), (QList<int>{1, 2}));
    QCOMPARE(versions.first().at(3).toString(), QString());

    QSignalSpy fetched(&registry, &SchemaRegistry::subjectSchemaFetched);
    const int latest = registry.fetchSubjectVersion(avroSubject_, -1);
    QVERIFY(fetched.wait(20000));
    QCOMPARE(fetched.first().at(0).toInt(), latest);
    QCOMPARE(fetched.first().at(1).toString(), avroSubject_);
    QCOMPARE(fetched.first().at(2).toInt(), 2);
    auto lookup = fetched.first().at(3).value<SchemaRegistry::Lookup>();
    QCOMPARE(lookup.state, SchemaRegistry::State::Ready);
    QCOMPARE(lookup.schema.id, id2);
    QCOMPARE(lookup.schema.text, text2);
    QVERIFY(lookup.codec);

    fetched.clear();
    const int first = registry.fetchSubjectVersion(avroSubject_, 1);
    QVERIFY(fetched.wait(20000));
    QCOMPARE(fetched.first().at(0).toInt(), first);
    QCOMPARE(fetched.first().at(2).toInt(), 1);
    lookup = fetched.first().at(3).value<SchemaRegistry::Lookup>();
    QCOMPARE(lookup.schema.id, avroId_);
    QCOMPARE(lookup.schema.text, avroText_);

    // A subject that does not exist: the registry's words.
    fetched.clear();
    registry.fetchSubjectVersion(QStringLiteral("td-%1-nope").arg(run_), -1);
    QVERIFY(fetched.wait(20000));
    lookup = fetched.first().at(3).value<SchemaRegistry::Lookup>();
    QCOMPARE(lookup.state, SchemaRegistry::State::Failed);
    QVERIFY2(lookup.error.contains(QLatin1String("not found")), qPrintable(lookup.error));

    // A schema the registry refuses.
    QSignalSpy registered(&registry, &SchemaRegistry::schemaRegistered);
    registry.registerSchema(
        QStringLiteral("td-%1-bad").arg(run_),
        TestRegistry::schema(SchemaType::Avro, QStringLiteral("{not a schema")));
    QVERIFY(registered.wait(20000));
    QCOMPARE(registered.first().at(2).toInt(), -1);
    QVERIFY(!registered.first().at(3).toString().isEmpty());
}

void TestSchemaRegistry::concurrentLookupsMergedAndCached()
{
    QVERIFY(protoId_ >= 0);
    SchemaRegistry registry(
        TestRegistry::openSettings()); // nothing cached yet, not even the reference
    QSignalSpy arrived(&registry, &SchemaRegistry::schemaArrived);

    constexpr int Threads = 4;
    constexpr int PerThread = 50;
    for (int round = 0; round < 2; ++round) {
        std::latch go(Threads);
        std::atomic<int> notFailed{0};
        QList<QThread *> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.append(QThread::create([&] {
                go.arrive_and_wait();
                for (int i = 0; i < PerThread; ++i) {
                    if (registry.lookup(protoId_).state != SchemaRegistry::State::Failed)
                        ++notFailed;
                }
            }));
            threads.last()->start();
        }
        for (auto *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(notFailed.load(), Threads * PerThread);
        QTRY_COMPARE_WITH_TIMEOUT(registry.lookup(protoId_).state, SchemaRegistry::State::Ready,
                                  20000);
        // One fetch for all 200: the schema, its versions and its reference; then none.
        QCOMPARE(registry.requestsSent(), 3u);
        QTRY_COMPARE(arrived.count(), 1);
    }
}

void TestSchemaRegistry::unknownIdKeptThenRetried()
{
    SchemaRegistry registry(TestRegistry::openSettings());
    const int unknown = 2000000000 - QRandomGenerator::global()->bounded(1000);
    auto lookup = arrive(registry, unknown);
    QCOMPARE(lookup.state, SchemaRegistry::State::Failed);
    QCOMPARE(lookup.failure, SchemaRegistry::Failure::UnknownId);
    // The registry's own message (Apicurio: "Schema N not found.").
    QVERIFY2(lookup.error.contains(QStringLiteral("Schema %1 not found").arg(unknown)),
             qPrintable(lookup.error));
    QVERIFY(!lookup.codec);
    QCOMPARE(registry.requestsSent(), 1u);
    QElapsedTimer sinceFailure;
    sinceFailure.start();

    // Kept: asking again within the interval makes no request.
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(registry.lookup(unknown).failure, SchemaRegistry::Failure::UnknownId);
    QCOMPARE(registry.waitFor(unknown, 1000).state, SchemaRegistry::State::Failed);
    QCOMPARE(registry.requestsSent(), 1u);

    // After the interval the next lookup asks again, showing the old failure meanwhile.
    constexpr int RetryMs = 300;
    registry.setRetryAfterMs(RetryMs);
    QTRY_VERIFY_WITH_TIMEOUT(registry.lookup(unknown).failure ==
                                     SchemaRegistry::Failure::UnknownId &&
                                 registry.requestsSent() == 2u,
                             10000);
    QVERIFY(sinceFailure.elapsed() >= RetryMs);
    registry.setRetryAfterMs(SchemaRegistry::RetryAfterMs);
    lookup = registry.waitFor(unknown, 20000);
    QCOMPARE(lookup.failure, SchemaRegistry::Failure::UnknownId);
    QCOMPARE(registry.requestsSent(), 2u);
}

void TestSchemaRegistry::basicAuth()
{
    RegistrySettings settings;
    settings.url = QUrl(env("TOPICDESK_TEST_REGISTRY_AUTH"));
    settings.username = env("TOPICDESK_TEST_REGISTRY_USER");
    settings.password = env("TOPICDESK_TEST_REGISTRY_PASSWORD");

    int id = -1;
    {
        SchemaRegistry right(settings);
        id = TestRegistry::registerSchema(
            right, QStringLiteral("td-%1-auth-value").arg(run_),
            TestRegistry::schema(SchemaType::Avro, QStringLiteral(R"({"type":"fixed",)"
                                                                  R"("name":"F%1","size":4})")
                                                       .arg(run_)));
        QVERIFY(id >= 0);
        const auto lookup = arrive(right, id);
        QVERIFY2(lookup.state == SchemaRegistry::State::Ready, qPrintable(lookup.error));
        QSignalSpy tested(&right, &SchemaRegistry::tested);
        right.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(tested.first().at(1).toBool());
    }

    settings.password = QStringLiteral("wrong");
    SchemaRegistry wrong(settings);
    auto lookup = arrive(wrong, id);
    QCOMPARE(lookup.state, SchemaRegistry::State::Failed);
    QCOMPARE(lookup.failure, SchemaRegistry::Failure::Refused);
    QVERIFY2(lookup.error.contains(QLatin1String("refused the user name or password")),
             qPrintable(lookup.error));
    QSignalSpy tested(&wrong, &SchemaRegistry::tested);
    wrong.testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.first().at(1).toBool());
    QVERIFY(tested.first().at(2).toString().contains(QLatin1String("refused")));

    settings.username.clear();
    settings.password.clear();
    SchemaRegistry none(settings);
    lookup = arrive(none, id);
    QCOMPARE(lookup.failure, SchemaRegistry::Failure::Refused);
    QVERIFY2(lookup.error.contains(QLatin1String("asks for a user name and password")),
             qPrintable(lookup.error));
}

void TestSchemaRegistry::tls()
{
    QVERIFY(avroId_ >= 0); // the https registry is the same as the open one
    RegistrySettings settings;
    settings.url = QUrl(env("TOPICDESK_TEST_REGISTRY_TLS"));
    settings.caFile = env("TOPICDESK_TEST_REGISTRY_CA");
    {
        SchemaRegistry registry(settings);
        const auto lookup = arrive(registry, avroId_);
        QVERIFY2(lookup.state == SchemaRegistry::State::Ready, qPrintable(lookup.error));
        QCOMPARE(lookup.schema.text, avroText_);
    }
    {
        // With a client certificate (an EC key) too.
        RegistrySettings withCert = settings;
        withCert.certificateFile = env("TOPICDESK_TEST_REGISTRY_CLIENT_CERT");
        withCert.keyFile = env("TOPICDESK_TEST_REGISTRY_CLIENT_KEY");
        SchemaRegistry registry(withCert);
        const auto lookup = arrive(registry, avroId_);
        QVERIFY2(lookup.state == SchemaRegistry::State::Ready, qPrintable(lookup.error));
    }
    {
        // Without the CA: the system's do not know it.
        RegistrySettings noCa = settings;
        noCa.caFile.clear();
        SchemaRegistry registry(noCa);
        const auto lookup = arrive(registry, avroId_);
        QCOMPARE(lookup.state, SchemaRegistry::State::Failed);
        QCOMPARE(lookup.failure, SchemaRegistry::Failure::Unreachable);
        QVERIFY2(lookup.error.contains(QLatin1String("certificate is not trusted")) &&
                     lookup.error.contains(QLatin1String("system's certificate authorities")),
                 qPrintable(lookup.error));
    }
    {
        // Another CA: only it is trusted, and it signed nothing here.
        RegistrySettings otherCa = settings;
        otherCa.caFile = env("TOPICDESK_TEST_REGISTRY_OTHER_CA");
        SchemaRegistry registry(otherCa);
        const auto lookup = arrive(registry, avroId_);
        QCOMPARE(lookup.failure, SchemaRegistry::Failure::Unreachable);
        QVERIFY2(lookup.error.contains(QLatin1String("certificate is not trusted")) &&
                     lookup.error.contains(otherCa.caFile),
                 qPrintable(lookup.error));
    }
}

void TestSchemaRegistry::badSettings()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, '\xff'));
    junk.close();

    RegistrySettings settings;
    settings.url = QUrl(env("TOPICDESK_TEST_REGISTRY_TLS"));
    settings.caFile = junk.fileName();
    {
        SchemaRegistry registry(settings);
        const auto lookup = arrive(registry, 1);
        QCOMPARE(lookup.failure, SchemaRegistry::Failure::Unreachable);
        QVERIFY2(lookup.error.contains(QLatin1String("holds no PEM certificate")),
                 qPrintable(lookup.error));
        QCOMPARE(registry.requestsSent(), 0u);
    }
    settings.caFile = env("TOPICDESK_TEST_REGISTRY_CA");
    settings.certificateFile = env("TOPICDESK_TEST_REGISTRY_CLIENT_CERT");
    settings.keyFile = junk.fileName();
    {
        SchemaRegistry registry(settings);
        QSignalSpy tested(&registry, &SchemaRegistry::tested);
        registry.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(1).toBool());
        QVERIFY2(tested.first().at(2).toString().contains(QLatin1String("private key")),
                 qPrintable(tested.first().at(2).toString()));
    }
    {
        RegistrySettings none;
        SchemaRegistry registry(none);
        const auto lookup = arrive(registry, 1);
        QCOMPARE(lookup.failure, SchemaRegistry::Failure::Unreachable);
        QVERIFY(!lookup.error.isEmpty());
    }
}

void TestSchemaRegistry::registryStoppedMidway()
{
    OwnRegistry own;
    QVERIFY(own.start());
    RegistrySettings settings;
    settings.url = QUrl(own.url);
    settings.timeoutMs = 1500;
    SchemaRegistry registry(settings);
    const QString text =
        QStringLiteral(R"({"type":"enum","name":"E%1","symbols":["A","B"]})").arg(run_);
    const int id = TestRegistry::registerSchema(registry, QStringLiteral("td-%1-own").arg(run_),
                                                TestRegistry::schema(SchemaType::Avro, text));
    QVERIFY(id >= 0);
    QCOMPARE(arrive(registry, id).state, SchemaRegistry::State::Ready);

    // Frozen: the connection is there but nothing answers.
    QVERIFY(own.signal("STOP"));
    QElapsedTimer timer;
    timer.start();
    const auto frozen = registry.waitFor(id + 1, 30000);
    QCOMPARE(frozen.state, SchemaRegistry::State::Failed);
    QCOMPARE(frozen.failure, SchemaRegistry::Failure::Unreachable);
    QVERIFY2(frozen.error.contains(QLatin1String("did not answer within 1.5 s")),
             qPrintable(frozen.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    // Gone: the connection is refused.
    own.stop();
    timer.restart();
    const auto gone = registry.waitFor(id + 2, 30000);
    QCOMPARE(gone.failure, SchemaRegistry::Failure::Unreachable);
    QVERIFY2(gone.error.contains(QLatin1String("connection was refused")) &&
                 gone.error.contains(own.url),
             qPrintable(gone.error));
    QVERIFY(timer.elapsed() < 10000);
    // What was known stays known.
    QCOMPARE(registry.lookup(id).state, SchemaRegistry::State::Ready);
}

void TestSchemaRegistry::hostileAnswers()
{
    const QByteArray cyclic = R"({"schema":"syntax = \"proto3\";\nmessage A { int32 a = 1; }\n",)"
                              R"("schemaType":"PROTOBUF","references":[{"name":"a.proto",)"
                              R"("subject":"a","version":1}]})";
    CannedServer server([&](const QString &path) -> CannedServer::Answer {
        if (path == QLatin1String("/api/schemas/ids/1"))
            return {200, "<html>hello</html>"};
        if (path == QLatin1String("/api/schemas/ids/2"))
            return {200, R"({"schema":5})"};
        if (path == QLatin1String("/api/schemas/ids/3"))
            return {200, R"({"schema":"x","schemaType":"XML"})"};
        if (path == QLatin1String("/api/schemas/ids/4") ||
            path == QLatin1String("/api/subjects/a/versions/1"))
            return {200, cyclic}; // refers to itself
        if (path == QLatin1String("/api/schemas/ids/5"))
            return {500, R"({"message":"boom","error_code":50001})"};
        if (path == QLatin1String("/api/schemas/ids/6"))
            return {404, {}};
        if (path == QLatin1String("/api/schemas/ids/7"))
            return {200, R"({"schema":"{\"type\":\"nope\"}"})"};
        if (path == QLatin1String("/api/schemas/ids/8"))
            return {200, R"({"schema":"syntax = \"proto3\";","schemaType":"PROTOBUF",)"
                         R"("references":[{"name":"gone.proto","subject":"gone","version":3}]})"};
        if (path == QLatin1String("/api/subjects/gone/versions/3"))
            return {404, R"({"message":"Subject 'gone' not found.","error_code":40401})"};
        return {404, R"({"message":"no such thing","error_code":40403})"};
    });
    QVERIFY(server.isListening());
    RegistrySettings settings;
    settings.url = server.url();
    settings.timeoutMs = 5000;
    SchemaRegistry registry(settings);
    using Failure = SchemaRegistry::Failure;
    const auto check = [&](int id, Failure failure, const QString &words) {
        const auto lookup = arrive(registry, id);
        if (lookup.state != SchemaRegistry::State::Failed || lookup.failure != failure ||
            !lookup.error.contains(words)) {
            qWarning("id %d: state %d failure %d: %s", id, int(lookup.state), int(lookup.failure),
                     qPrintable(lookup.error));
            return false;
        }
        return true;
    };
    QVERIFY(check(1, Failure::Other, QStringLiteral("did not answer with JSON")));
    QVERIFY(check(2, Failure::Other, QStringLiteral("holds no schema text")));
    QVERIFY(check(3, Failure::BadSchema, QStringLiteral("of type XML")));
    QVERIFY(check(5, Failure::Other, QStringLiteral("answered 500 Canned: boom")));
    QVERIFY(check(6, Failure::Other, QStringLiteral("is its address right")));
    QVERIFY(check(7, Failure::BadSchema, QStringLiteral("Avro schema cannot be read")));
    QVERIFY(check(8, Failure::BadSchema, QStringLiteral("Subject 'gone' not found.")));
    QVERIFY(check(9, Failure::UnknownId, QStringLiteral("no such thing")));
    // A schema referring to itself: its reference is fetched once, and the lookup ends.
    server.paths.clear();
    const auto cycle = arrive(registry, 4);
    QVERIFY2(cycle.state != SchemaRegistry::State::Pending, qPrintable(cycle.error));
    QCOMPARE(server.paths.count(QStringLiteral("/api/subjects/a/versions/1")), 1);
}

void TestSchemaRegistry::destroyedWithRequestsInFlight()
{
    SilentServer silent;
    QVERIFY(silent.server.isListening());
    RegistrySettings settings;
    settings.url = silent.url();
    settings.timeoutMs = 600000;
    auto registry = std::make_unique<SchemaRegistry>(settings);
    QSignalSpy arrived(registry.get(), &SchemaRegistry::schemaArrived);
    for (int id = 1; id <= 40; ++id)
        QCOMPARE(registry->lookup(id).state, SchemaRegistry::State::Pending);
    registry->testConnection();
    registry->fetchSubjects();
    registry->registerSchema(QStringLiteral("s"),
                             TestRegistry::schema(SchemaType::Avro, QStringLiteral("{}")));
    // 16 ids are fetched at once (the rest wait their turn), and the three calls.
    QTRY_COMPARE_WITH_TIMEOUT(registry->requestsSent(), 19u, 20000);
    QElapsedTimer timer;
    timer.start();
    registry.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(arrived.count(), 0);
}

void TestSchemaRegistry::destroyedWhileAThreadWaits()
{
    SilentServer silent;
    RegistrySettings settings;
    settings.url = silent.url();
    settings.timeoutMs = 600000;
    auto registry = std::make_unique<SchemaRegistry>(settings);
    std::atomic<int> state{-1};
    QElapsedTimer waited;
    waited.start();
    QThread *waiter =
        QThread::create([&, r = registry.get()] { state = int(r->waitFor(7, 600000).state); });
    waiter->start();
    // Once its request is out, the thread is inside waitFor().
    QTRY_COMPARE_WITH_TIMEOUT(registry->requestsSent(), 1u, 20000);
    registry.reset();
    QVERIFY(waiter->wait(20000));
    delete waiter;
    QCOMPARE(state.load(), int(SchemaRegistry::State::Pending));
    QVERIFY(waited.elapsed() < 20000);
}

void TestSchemaRegistry::decoder()
{
    QVERIFY(avroId_ >= 0 && jsonId_ >= 0 && protoId_ >= 0);
    auto registry = std::make_shared<SchemaRegistry>(TestRegistry::openSettings());
    const MessageDecoder decoder(registry);
    using Status = MessageDecoder::Result::Status;

    // Avro: id 42 (zigzag 0x54), the union's second branch (string) "hi".
    const QByteArray avro = WireFormat::frame(avroId_, hex("5402046869"));
    auto result = decoder.decode(avro);
    QCOMPARE(result.status, Status::Pending);
    QCOMPARE(result.schemaId, avroId_);
    QCOMPARE(registry->waitFor(avroId_, 20000).state, SchemaRegistry::State::Ready);
    result = decoder.decode(avro, QStringLiteral("any-topic"));
    QVERIFY2(result.status == Status::Decoded, qPrintable(result.reason));
    QCOMPARE(object(result.json).value(QLatin1String("id")).toInteger(), 42);
    QCOMPARE(object(result.json).value(QLatin1String("note")).toObject(),
             (QJsonObject{{QStringLiteral("string"), QStringLiteral("hi")}}));
    QCOMPARE(result.schemaId, avroId_);
    QCOMPARE(result.type, SchemaType::Avro);
    QCOMPARE(result.subject, avroSubject_);
    QCOMPARE(result.version, 1);
    QCOMPARE(result.typeName, QStringLiteral("td.%1.Order").arg(run_));
    QCOMPARE(result.errorOffset, -1);

    // Avro bytes that do not match: a union branch that does not exist, and a byte left over.
    for (const QByteArray &payload : {hex("5408"), hex("5400ff")}) {
        const QByteArray value = WireFormat::frame(avroId_, payload);
        result = decoder.decode(value);
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(!result.reason.isEmpty());
        const auto direct = registry->lookup(avroId_).codec->decode(payload, {});
        QVERIFY(!direct.ok());
        QVERIFY(direct.errorOffset >= 0);
        QCOMPARE(result.errorOffset, WireFormat::HeaderSize + direct.errorOffset);
        QVERIFY(result.errorOffset >= WireFormat::HeaderSize && result.errorOffset <= value.size());
        // The reason counts its byte numbers from the whole value's start, as errorOffset (and
        // the hex dump) does.
        QCOMPARE(
            result.reason,
            registry->lookup(avroId_).codec->decode(payload, {}, WireFormat::HeaderSize).error);
        QVERIFY2(result.reason.contains(QStringLiteral("byte %1").arg(result.errorOffset)),
                 qPrintable(result.reason));
    }
    // Branch 4 (zigzag 08) at byte 6 of the value; a byte left over at byte 7.
    result = decoder.decode(WireFormat::frame(avroId_, hex("5408")));
    QCOMPARE(result.errorOffset, 6);
    QVERIFY2(result.reason.endsWith(QLatin1String("type number 4 at byte 6 does not exist: the "
                                                  "union has 2 types.")),
             qPrintable(result.reason));
    result = decoder.decode(WireFormat::frame(avroId_, hex("5400ff")));
    QCOMPARE(result.errorOffset, 7);
    QCOMPARE(result.reason,
             QStringLiteral("1 byte(s) left over after the record, from byte 7 on."));

    // JSON Schema: the JSON after the header.
    QCOMPARE(registry->waitFor(jsonId_, 20000).state, SchemaRegistry::State::Ready);
    result = decoder.decode(WireFormat::frame(jsonId_, R"({"n": 5})"));
    QVERIFY2(result.status == Status::Decoded, qPrintable(result.reason));
    QCOMPARE(object(result.json), (QJsonObject{{QStringLiteral("n"), 5}}));
    QCOMPARE(result.type, SchemaType::Json);
    // Bytes that are not JSON: where reading stopped, in the whole value.
    const QByteArray notJson = R"({"n": 5,, })";
    result = decoder.decode(WireFormat::frame(jsonId_, notJson));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY(!result.reason.isEmpty());
    const auto directJson = registry->lookup(jsonId_).codec->decode(notJson, {});
    QVERIFY(!directJson.ok());
    QCOMPARE(result.errorOffset,
             directJson.errorOffset < 0 ? -1 : WireFormat::HeaderSize + directJson.errorOffset);
    QVERIFY2(result.reason.endsWith(QStringLiteral(" at byte %1.").arg(result.errorOffset)),
             qPrintable(result.reason));

    // Protobuf: Order{id: 7, price: {cents: 150, currency: "EUR"}}, the file's first message.
    QCOMPARE(registry->waitFor(protoId_, 20000).state, SchemaRegistry::State::Ready);
    result = decoder.decode(WireFormat::frameProtobuf(protoId_, {0},
                                                      hex("0807120808960112034555"
                                                          "52")));
    QVERIFY2(result.status == Status::Decoded, qPrintable(result.reason));
    auto json = object(result.json);
    QCOMPARE(integer(json.value(QLatin1String("id"))), 7);
    QCOMPARE(integer(json.value(QLatin1String("price")).toObject().value(QLatin1String("cents"))),
             150);
    QCOMPARE(json.value(QLatin1String("price")).toObject().value(QLatin1String("currency")),
             QStringLiteral("EUR"));
    QCOMPARE(result.type, SchemaType::Protobuf);
    QCOMPARE(result.typeName, protoPackage_ + QLatin1String(".Order"));
    QCOMPARE(result.subject, protoSubject_);
    // The second message, Note{text: "hi"}, by its message indexes [1].
    const QByteArray note = WireFormat::frameProtobuf(protoId_, {1}, hex("0a026869"));
    result = decoder.decode(note);
    QVERIFY2(result.status == Status::Decoded, qPrintable(result.reason));
    QCOMPARE(object(result.json), (QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}));
    QCOMPARE(result.typeName, protoPackage_ + QLatin1String(".Note"));
    // Bytes that do not match (a string field cut short): the offset counts the indexes too.
    const QByteArray cut = hex("0a0568");
    result = decoder.decode(WireFormat::frameProtobuf(protoId_, {1}, cut));
    QCOMPARE(result.status, Status::Failed);
    QVERIFY(!result.reason.isEmpty());
    const auto direct = registry->lookup(protoId_).codec->decode(cut, {1});
    QVERIFY(!direct.ok() && direct.errorOffset >= 0);
    QCOMPARE(result.errorOffset, WireFormat::HeaderSize + 2 + direct.errorOffset);
    // Field 1 at byte 7 of the value (after the header and the two index bytes), its text at 9.
    QCOMPARE(result.errorOffset, 7);
    QCOMPARE(result.reason,
             QStringLiteral("Field 1 (text) at byte 7 says 5 bytes follow at byte 9, but only 1 "
                            "are left."));
    // Message indexes that are not valid.
    result = decoder.decode(WireFormat::frame(protoId_, hex("7f")));
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(result.reason, WireFormat::errorText(WireFormat::Error::BadMessageIndexes));
    QCOMPARE(result.errorOffset, WireFormat::HeaderSize);

    // Not framed, and why.
    result = decoder.decode(QByteArray("{\"plain\":true}"));
    QCOMPARE(result.status, Status::NotFramed);
    QCOMPARE(result.reason, WireFormat::errorText(WireFormat::Error::NoMagicByte));
    result = decoder.decode(hex("000000"));
    QCOMPARE(result.status, Status::NotFramed);
    QCOMPARE(result.reason, WireFormat::errorText(WireFormat::Error::Truncated));
    result = decoder.decode(QByteArray());
    QCOMPARE(result.status, Status::NotFramed);
    QCOMPARE(result.reason, WireFormat::errorText(WireFormat::Error::Empty));

    // An unknown id: the registry's answer, with the id.
    const int unknown = 1999999999;
    QCOMPARE(decoder.decode(WireFormat::frame(unknown, hex("00"))).status, Status::Pending);
    QCOMPARE(registry->waitFor(unknown, 20000).state, SchemaRegistry::State::Failed);
    result = decoder.decode(WireFormat::frame(unknown, hex("00")));
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(result.schemaId, unknown);
    QVERIFY2(result.reason.contains(QString::number(unknown)) &&
                 result.reason.contains(QLatin1String("not found")),
             qPrintable(result.reason));

    // Without a registry nothing is framed, and that needs no reason.
    const MessageDecoder plain(nullptr);
    for (const QByteArray &value : {avro, hex("00"), QByteArray()}) {
        result = plain.decode(value);
        QCOMPARE(result.status, Status::NotFramed);
        QVERIFY(result.reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSchemaRegistry)
#include "tst_schemaregistry.moc"
