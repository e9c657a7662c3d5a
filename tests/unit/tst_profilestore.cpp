// Saved profiles and templates: everything round-trips, and no password ever reaches the
// settings file, neither the SASL password nor a secret among the advanced properties.
#include "profilestore.h"
#include "sandboxbroker.h"
#include "templatestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore final : public QObject
{
    Q_OBJECT
private slots:
    void profilesRoundTripWithoutPasswords();
    void sandboxBrokersRoundTrip();
    void damagedSandboxBrokers_data();
    void damagedSandboxBrokers();
    void registryRoundTripWithoutPassword();
    void damagedRegistry_data();
    void damagedRegistry();
    void localSchemasRoundTrip();
    void damagedLocalSchemas_data();
    void damagedLocalSchemas();
    void localSchemasValidated();
    void templatesRoundTrip();
};

void TestProfileStore::profilesRoundTripWithoutPasswords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionConfig config;
    config.bootstrapServers = QStringLiteral("kafka-1:9093,kafka-2:9093");
    config.clientId = QStringLiteral("desk");
    config.groupId = QStringLiteral("team-a");
    config.security = ConnectionConfig::Security::SaslSsl;
    config.saslMechanism = ConnectionConfig::SaslMechanism::ScramSha512;
    config.username = QStringLiteral("alice");
    config.password = QStringLiteral("s3cret-Passw0rd");
    config.caFile = QStringLiteral("/etc/ssl/ca.pem");
    config.properties = {{QStringLiteral("socket.keepalive.enable"), QStringLiteral("true")},
                         {QStringLiteral("ssl.key.password"), QStringLiteral("key-Passw0rd")},
                         {QStringLiteral("sasl.password"), QStringLiteral("other-Passw0rd")}};
    {
        ProfileStore store(path);
        store.save(QStringLiteral("Production / EU"), config);
        store.save(QStringLiteral("local"), ConnectionConfig{});
        store.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("kafka-1:9093"));
    QVERIFY2(!written.contains("Passw0rd"), written.constData());

    ProfileStore store(path);
    QCOMPARE(store.names(),
             (QStringList{QStringLiteral("local"), QStringLiteral("Production / EU")}));
    const std::optional<ConnectionConfig> loaded = store.load(QStringLiteral("Production / EU"));
    QVERIFY(loaded);
    QCOMPARE(loaded->bootstrapServers, config.bootstrapServers);
    QCOMPARE(loaded->clientId, config.clientId);
    QCOMPARE(loaded->groupId, config.groupId);
    QCOMPARE(loaded->security, config.security);
    QCOMPARE(loaded->saslMechanism, config.saslMechanism);
    QCOMPARE(loaded->username, config.username);
    QCOMPARE(loaded->caFile, config.caFile);
    QVERIFY(loaded->password.isEmpty());
    QCOMPARE(loaded->properties.size(), 1);
    QCOMPARE(loaded->properties.first().first, QStringLiteral("socket.keepalive.enable"));
    store.remove(QStringLiteral("local"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Production / EU")});
    QVERIFY(!store.load(QStringLiteral("local")));
}

void TestProfileStore::sandboxBrokersRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionConfig three;
    three.sandboxBrokers = 3;
    {
        ProfileStore store(path);
        store.save(QStringLiteral("three"), three);
        store.save(QStringLiteral("one"), ConnectionConfig{});
        store.sync();
    }
    ProfileStore store(path);
    QStringList warnings;
    const std::optional<ConnectionConfig> loaded = store.load(QStringLiteral("three"), &warnings);
    QVERIFY(loaded);
    QCOMPARE(loaded->sandboxBrokers, 3);
    QVERIFY(SandboxBroker::isValidBrokerCount(loaded->sandboxBrokers));
    const std::optional<ConnectionConfig> one = store.load(QStringLiteral("one"), &warnings);
    QVERIFY(one);
    QCOMPARE(one->sandboxBrokers, 1);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    // Saved over with the other choice, the profile keeps the new one.
    store.save(QStringLiteral("three"), *one);
    QCOMPARE(store.load(QStringLiteral("three"))->sandboxBrokers, 1);
}

void TestProfileStore::damagedSandboxBrokers_data()
{
    QTest::addColumn<QByteArray>("line"); // the entry's sandboxBrokers line; empty: none
    QTest::addColumn<int>("brokers");
    QTest::addColumn<QString>("warning"); // part of the one warning; empty: none

    QTest::newRow("missing (saved before the choice was kept)") << QByteArray() << 1 << QString();
    QTest::newRow("3") << QByteArray("p\\sandboxBrokers=3\n") << 3 << QString();
    QTest::newRow("3 with spaces, as a person writes it")
        << QByteArray("p\\sandboxBrokers=\" 3 \"\n") << 3 << QString();
    for (const char *bad : {"0", "2", "4", "-1", "-3", "3.0", "3x", "three", "0x3", "",
                            "4294967299", "99999999999999999999", "1, 3"}) {
        QTest::newRow(bad) << QByteArray("p\\sandboxBrokers=") + bad + "\n"
                           << 1
                           << QStringLiteral("the number of sandbox brokers \"%1\" is not 1 or 3: "
                                             "1 is used.")
                                  .arg(QString::fromLatin1(bad));
    }
    QTest::newRow("binary") << QByteArray("p\\sandboxBrokers=\\0\\x3\\xff\n") << 1
                            << QStringLiteral("is not 1 or 3: 1 is used.");
    QTest::newRow("huge") << QByteArray("p\\sandboxBrokers=") + QByteArray(100000, '3') + "\n"
                          << 1 << QStringLiteral("is not 1 or 3: 1 is used.");
}

// A hand-edited or damaged count loads as 1 broker with one plain warning, never as another
// count; saved again, the 1 is what is kept.
void TestProfileStore::damagedSandboxBrokers()
{
    QFETCH(QByteArray, line);
    QFETCH(int, brokers);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\np\\bootstrapServers=\np\\security=PLAINTEXT\n" + line);
    }
    ProfileStore store(path);
    QCOMPARE(store.names(), QStringList{QStringLiteral("p")});
    QStringList warnings;
    const std::optional<ConnectionConfig> config = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(config);
    QCOMPARE(config->sandboxBrokers, brokers);
    QVERIFY(SandboxBroker::isValidBrokerCount(config->sandboxBrokers));
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QStringLiteral("Profile \"p\"")));
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
        QVERIFY(warnings.first().size() < 300);
    }
    store.save(QStringLiteral("p"), *config);
    warnings.clear();
    const std::optional<ConnectionConfig> again = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(again && warnings.isEmpty());
    QCOMPARE(again->sandboxBrokers, brokers);
}

// The schema registry's address, user, files and timeout are kept with the profile; its
// password is not.
void TestProfileStore::registryRoundTripWithoutPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionConfig config;
    config.registry.url = QUrl(QStringLiteral("https://registry.example:8081/apis/ccompat/v7"));
    config.registry.username = QStringLiteral("bob");
    config.registry.password = QStringLiteral("Registry-Passw0rd");
    config.registry.caFile = QStringLiteral("/etc/ssl/registry-ca.pem");
    config.registry.certificateFile = QStringLiteral("/home/bob/client.pem");
    config.registry.keyFile = QStringLiteral("/home/bob/client.key");
    config.registry.timeoutMs = 2500;
    {
        ProfileStore store(path);
        store.save(QStringLiteral("with registry"), config);
        store.save(QStringLiteral("without"), ConnectionConfig{});
        store.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("registry.example"));
    QVERIFY2(!written.contains("Passw0rd"), written.constData());

    ProfileStore store(path);
    QStringList warnings;
    const auto loaded = store.load(QStringLiteral("with registry"), &warnings);
    QVERIFY(loaded);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(loaded->registry.url, config.registry.url);
    QCOMPARE(loaded->registry.username, config.registry.username);
    QVERIFY(loaded->registry.password.isEmpty());
    QCOMPARE(loaded->registry.caFile, config.registry.caFile);
    QCOMPARE(loaded->registry.certificateFile, config.registry.certificateFile);
    QCOMPARE(loaded->registry.keyFile, config.registry.keyFile);
    QCOMPARE(loaded->registry.timeoutMs, 2500);
    const auto plain = store.load(QStringLiteral("without"), &warnings);
    QVERIFY(plain && warnings.isEmpty());
    QVERIFY(!plain->registry.isEnabled());
    QCOMPARE(plain->registry.timeoutMs, RegistrySettings{}.timeoutMs);
}

void TestProfileStore::damagedRegistry_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("warning");
    const int defaultTimeout = RegistrySettings{}.timeoutMs;
    QTest::newRow("timeout too small") << QByteArray("p\\registry\\timeoutMs=5\n") << QString()
                                       << defaultTimeout << QStringLiteral("timeout \"5\"");
    QTest::newRow("timeout huge") << QByteArray("p\\registry\\timeoutMs=99999999999999\n")
                                  << QString() << defaultTimeout
                                  << QStringLiteral("is not between 100 and 600000 ms");
    QTest::newRow("timeout text") << QByteArray("p\\registry\\timeoutMs=soon\n") << QString()
                                  << defaultTimeout << QStringLiteral("\"soon\"");
    QTest::newRow("timeout list") << QByteArray("p\\registry\\timeoutMs=1000, 2000\n") << QString()
                                  << defaultTimeout << QStringLiteral("\"1000, 2000\"");
    QTest::newRow("password in the address")
        << QByteArray("p\\registry\\url=http://eve:Hunter2-Passw0rd@localhost:8081\n")
        << QStringLiteral("http://localhost:8081") << defaultTimeout
        << QStringLiteral("held a user name or password");
    QTest::newRow("good") << QByteArray("p\\registry\\url=http://localhost:8081\n"
                                        "p\\registry\\timeoutMs=100\n")
                          << QStringLiteral("http://localhost:8081") << 100 << QString();
}

// A hand-edited timeout out of range loads as the default with a plain warning, and a password
// written into the address is dropped, never kept: saved again, neither comes back.
void TestProfileStore::damagedRegistry()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, url);
    QFETCH(int, timeoutMs);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\np\\bootstrapServers=\np\\security=PLAINTEXT\n" + lines);
    }
    ProfileStore store(path);
    QStringList warnings;
    const auto config = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(config);
    QCOMPARE(config->registry.url.toString(), url);
    QCOMPARE(config->registry.timeoutMs, timeoutMs);
    QVERIFY(config->registry.password.isEmpty());
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
        QVERIFY(!warnings.first().contains(QLatin1String("Passw0rd")));
    }
    QVERIFY(config->registry.validate().isEmpty());
    store.save(QStringLiteral("p"), *config);
    store.sync();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Passw0rd"));
    warnings.clear();
    QVERIFY(store.load(QStringLiteral("p"), &warnings) && warnings.isEmpty());
}

// Local schema files (pattern, file, Protobuf message) are kept in order with the profile, even
// without a registry address, and saving again leaves no stale entry behind.
void TestProfileStore::localSchemasRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionConfig config;
    config.registry.localSchemas = {
        {QStringLiteral("raw-*"), QStringLiteral("/schemas/order.avsc"), QString()},
        {QStringLiteral("events-??"), QStringLiteral("/schemas/events, v2.proto"),
         QStringLiteral("shop.v2.Event")},
        {QStringLiteral("*"), QStringLiteral("/schemas/all.desc"), QStringLiteral("a.B")}};
    {
        ProfileStore store(path);
        store.save(QStringLiteral("local"), config);
        store.sync();
    }
    ProfileStore store(path);
    QStringList warnings;
    auto loaded = store.load(QStringLiteral("local"), &warnings);
    QVERIFY(loaded);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(!loaded->registry.isEnabled());
    QVERIFY(loaded->registry.usesSchemas());
    QCOMPARE(loaded->registry.localSchemas, config.registry.localSchemas);

    config.registry.localSchemas.removeFirst();
    store.save(QStringLiteral("local"), config);
    store.sync();
    loaded = store.load(QStringLiteral("local"), &warnings);
    QVERIFY(loaded && warnings.isEmpty());
    QCOMPARE(loaded->registry.localSchemas, config.registry.localSchemas);
    config.registry.localSchemas.clear();
    store.save(QStringLiteral("local"), config);
    loaded = store.load(QStringLiteral("local"), &warnings);
    QVERIFY(loaded && warnings.isEmpty());
    QVERIFY(loaded->registry.localSchemas.isEmpty());
    QVERIFY(!loaded->registry.usesSchemas());
}

void TestProfileStore::damagedLocalSchemas_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("warning");
    const QByteArray two = "p\\registry\\localSchemas\\1\\pattern=a-*\n"
                           "p\\registry\\localSchemas\\1\\file=/s/a.avsc\n"
                           "p\\registry\\localSchemas\\2\\pattern=b\n"
                           "p\\registry\\localSchemas\\2\\file=/s/b.proto\n";
    const QStringList both = {QStringLiteral("/s/a.avsc"), QStringLiteral("/s/b.proto")};
    QTest::newRow("good") << (two + "p\\registry\\localSchemas\\size=2\n") << both << QString();
    QTest::newRow("huge size") << (two + "p\\registry\\localSchemas\\size=99999999999\n") << both
                               << QStringLiteral("only the first 1000");
    QTest::newRow("size text") << (two + "p\\registry\\localSchemas\\size=many\n") << QStringList()
                               << QStringLiteral("(\"many\") is not a number");
    QTest::newRow("size negative") << (two + "p\\registry\\localSchemas\\size=-3\n")
                                   << QStringList() << QStringLiteral("(\"-3\")");
    QTest::newRow("size list") << (two + "p\\registry\\localSchemas\\size=1, 2\n") << QStringList()
                               << QStringLiteral("(\"1, 2\")");
    QTest::newRow("hole") << (two + "p\\registry\\localSchemas\\size=5\n") << both << QString();
    QTest::newRow("no file") << (two + "p\\registry\\localSchemas\\3\\pattern=c\n"
                                       "p\\registry\\localSchemas\\size=3\n")
                             << both << QStringLiteral("local schema 3 has no file");
    QTest::newRow("no pattern") << (two + "p\\registry\\localSchemas\\3\\file=/s/c.avsc\n"
                                          "p\\registry\\localSchemas\\size=3\n")
                                << both << QStringLiteral("local schema 3 has no topic pattern");
}

// A hand-edited local schema array loads what it can: a huge size reads at most
// MaxLocalSchemas entries (quickly), holes are skipped, half entries are left out with a
// warning naming them.
void TestProfileStore::damagedLocalSchemas()
{
    QFETCH(QByteArray, lines);
    QFETCH(QStringList, files);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\np\\bootstrapServers=\np\\security=PLAINTEXT\n" + lines);
    }
    ProfileStore store(path);
    QStringList warnings;
    const auto config = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(config);
    QStringList loaded;
    for (const LocalSchema &schema : config->registry.localSchemas) {
        QVERIFY(!schema.topicPattern.isEmpty());
        loaded << schema.file;
    }
    QCOMPARE(loaded, files);
    QVERIFY(config->registry.localSchemas.size() <= RegistrySettings::MaxLocalSchemas);
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
    }
    // Saved again, the file is whole: no warning the next time.
    store.save(QStringLiteral("p"), *config);
    store.sync();
    warnings.clear();
    const auto again = store.load(QStringLiteral("p"), &warnings);
    QVERIFY(again && warnings.isEmpty());
    QCOMPARE(again->registry.localSchemas, config->registry.localSchemas);
}

// Each local schema needs a pattern and a readable file of a known kind; the reason names the
// entry. Without a registry address they are checked all the same.
void TestProfileStore::localSchemasValidated()
{
    QTemporaryDir dir;
    const QString avsc = dir.filePath(QStringLiteral("order.avsc"));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    for (const QString &path : {avsc, text}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": \"string\"}");
    }
    RegistrySettings settings;
    settings.localSchemas = {{QStringLiteral("raw-*"), avsc, QString()}};
    QCOMPARE(settings.validate(), QString());
    const auto problem = [&](const LocalSchema &schema) {
        RegistrySettings bad = settings;
        bad.localSchemas.append(schema);
        return bad.validate();
    };
    QString reason = problem({QStringLiteral("  "), avsc, QString()});
    QVERIFY2(reason.contains(QLatin1String("needs a topic pattern")) && reason.contains(avsc),
             qPrintable(reason));
    reason = problem({QStringLiteral("x"), QString(), QString()});
    QVERIFY2(reason.contains(QLatin1String("needs a schema file")), qPrintable(reason));
    const QString missing = dir.filePath(QStringLiteral("gone.proto"));
    reason = problem({QStringLiteral("x-*"), missing, QString()});
    QVERIFY2(reason.contains(QLatin1String("does not exist")) && reason.contains(missing) &&
                 reason.contains(QLatin1String("x-*")),
             qPrintable(reason));
    reason = problem({QStringLiteral("x"), text, QString()});
    QVERIFY2(reason.contains(QLatin1String("is not an Avro schema")), qPrintable(reason));
    reason = problem({QStringLiteral("x"), dir.path() + QStringLiteral("/"), QString()});
    QVERIFY2(!reason.isEmpty(), "a folder is not a schema file");
    RegistrySettings many;
    for (int i = 0; i <= RegistrySettings::MaxLocalSchemas; ++i)
        many.localSchemas.append({QStringLiteral("t%1").arg(i), avsc, QString()});
    reason = many.validate();
    QVERIFY2(reason.contains(QLatin1String("at most 1000")), qPrintable(reason));
    many.localSchemas.removeLast();
    QCOMPARE(many.validate(), QString());
}

void TestProfileStore::templatesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ProduceRequest request;
    request.key = QByteArray("");
    request.value = QByteArray("{\"order\": {{i}}}");
    request.headers = {{"h", "1", false}, {"h", QByteArray("\x00\x01", 2), false}, {"n", {}, true}};
    {
        TemplateStore store(path);
        store.save(QStringLiteral("order"), request);
        store.save(QStringLiteral("tombstone"),
                   ProduceRequest{.key = QByteArray("k"), .valueIsNull = true});
    }
    TemplateStore store(path);
    QCOMPARE(store.names(), (QStringList{QStringLiteral("order"), QStringLiteral("tombstone")}));
    const std::optional<ProduceRequest> loaded = store.load(QStringLiteral("order"));
    QVERIFY(loaded && loaded->key.has_value());
    QVERIFY(loaded->key->isEmpty()); // empty, not null
    QCOMPARE(loaded->value, request.value);
    QCOMPARE(loaded->headers.size(), 3);
    QCOMPARE(loaded->headers.at(1).value, request.headers.at(1).value);
    QVERIFY(loaded->headers.at(2).valueIsNull);
    QVERIFY(store.load(QStringLiteral("tombstone"))->valueIsNull);
    store.remove(QStringLiteral("order"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("tombstone")});
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
