// Saved profiles and templates: everything round-trips, and no password ever reaches the
// settings file, neither the SASL password nor a secret among the advanced properties.
#include "profilestore.h"
#include "templatestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore final : public QObject
{
    Q_OBJECT
private slots:
    void profilesRoundTripWithoutPasswords();
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
