// The compose box's "JSON encoded as:" schema choice (issue 13, point 5) against the real Kafka
// broker and a real schema registry (Apicurio, TOPICDESK_TEST_REGISTRY): an Avro and a JSON Schema
// subject are registered and chosen (and a Protobuf one, framed with its message indexes); JSON
// that does not match disables Send with the reason, matching JSON is sent in the registry's wire
// format (read back with a plain consumer: magic byte, schema id, the payload decodes to the JSON
// typed); Send many and Send a file encode every value, and a file with one bad record sends
// nothing. Hostile: no registry, an unknown subject, an unreachable registry, bytes that are not
// UTF-8, a 10 MB value checked off the GUI thread. Screenshots go to $TOPICDESK_SHOTS when it is
// set.
#include "bulksender.h"
#include "composepanel.h"
#include "kafkasession.h"
#include "schemaregistry.h"
#include "testcluster.h"
#include "testregistry.h"
#include "wireformat.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <memory>

namespace {
// Every value of partition 0 of topic from offset `from`, read by a plain consumer until
// `count` arrived (or 30 s passed).
QList<QByteArray> readValues(const QString &topic, qint64 from, int count)
{
    char reason[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", TestCluster::brokers().toUtf8().constData(),
                      reason, sizeof reason);
    rd_kafka_conf_set(conf, "group.id",
                      TestCluster::uniqueName(QStringLiteral("readback")).toUtf8().constData(),
                      reason, sizeof reason);
    rd_kafka_conf_set(conf, "log_level", "3", reason, sizeof reason);
    const std::unique_ptr<rd_kafka_t, void (*)(rd_kafka_t *)> consumer(
        rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof reason), rd_kafka_destroy);
    if (!consumer)
        return {};
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.toUtf8().constData(), 0)->offset = from;
    rd_kafka_assign(consumer.get(), list);
    rd_kafka_topic_partition_list_destroy(list);
    QList<QByteArray> values;
    QElapsedTimer clock;
    clock.start();
    while (values.size() < count && clock.elapsed() < 30000) {
        rd_kafka_message_t *message = rd_kafka_consumer_poll(consumer.get(), 500);
        if (!message)
            continue;
        if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR)
            values.append(
                QByteArray(static_cast<const char *>(message->payload), qsizetype(message->len)));
        rd_kafka_message_destroy(message);
    }
    rd_kafka_consumer_close(consumer.get());
    return values;
}

QByteArray compact(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}
} // namespace

class TestComposeSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutRegistryTheChoiceIsDisabled();
    void mismatchDisablesSendThenMatchIsSentFramed_data();
    void mismatchDisablesSendThenMatchIsSentFramed();
    void protobufIsFramedWithMessageIndexes();
    void bulkSendEncodesEveryValue();
    void fileSendEncodesEveryRecordOrNothing();
    void unknownSubjectSaysSo();
    void unreachableRegistryDisablesSend();
    void bytesThatAreNotUtf8AreRefused();
    void hugeValueIsCheckedOffTheGuiThread();

private:
    void choose(const QString &subject);
    QString sendTip() const { return m_panel->sendAction()->toolTip(); }
    qint64 endOffset() const { return m_sent; }

    ConnectionConfig m_config;
    std::unique_ptr<KafkaSession> m_session;
    std::shared_ptr<SchemaRegistry> m_registry;
    std::unique_ptr<ComposePanel> m_panel;
    QString m_avroSubject;
    QString m_jsonSubject;
    int m_avroId = -1;
    int m_jsonId = -1;
    qint64 m_sent = 0; // records in the topic so far (one partition)
};

void TestComposeSchema::initTestCase()
{
    QVERIFY2(!TestRegistry::url().isEmpty(),
             "TOPICDESK_TEST_REGISTRY is not set: run this test through ctest");
    QVERIFY2(!TestCluster::brokers().isEmpty(), "TOPICDESK_TEST_BROKERS is not set");
    QString error;
    m_config = TestCluster::newTopic(QStringLiteral("composeschema"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_session = std::make_unique<KafkaSession>();
    m_session->connectToCluster(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), KafkaSession::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->watchedTopic().isEmpty(), 30000);

    m_registry = std::make_shared<SchemaRegistry>(TestRegistry::openSettings());
    m_avroSubject = TestCluster::uniqueName(QStringLiteral("orders-value"));
    m_jsonSubject = TestCluster::uniqueName(QStringLiteral("payments-value"));
    m_avroId = TestRegistry::registerSchema(
        *m_registry, m_avroSubject,
        TestRegistry::schema(
            SchemaType::Avro,
            QStringLiteral(R"({"type":"record","name":"Order","namespace":"shop","fields":[)"
                           R"({"name":"id","type":"int"},{"name":"item","type":"string"}]})")));
    QVERIFY(m_avroId > 0);
    m_jsonId = TestRegistry::registerSchema(
        *m_registry, m_jsonSubject,
        TestRegistry::schema(
            SchemaType::Json,
            QStringLiteral(R"({"type":"object","properties":{"amount":{"type":"number"}},)"
                           R"("required":["amount"]})")));
    QVERIFY(m_jsonId > 0);
}

void TestComposeSchema::init()
{
    m_panel = std::make_unique<ComposePanel>(m_session.get());
    m_panel->resize(900, 520);
    m_panel->show();
    m_panel->setSchemaRegistry(m_registry);
}

void TestComposeSchema::cleanup()
{
    m_panel.reset();
}

void TestComposeSchema::choose(const QString &subject)
{
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("schemaSubjectCombo"));
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    combo->setEditText(subject);
}

void TestComposeSchema::withoutRegistryTheChoiceIsDisabled()
{
    m_panel->setSchemaRegistry(nullptr);
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("schemaSubjectCombo"));
    QVERIFY(combo);
    QVERIFY(!combo->isEnabled());
    QVERIFY2(combo->toolTip().contains(QLatin1String("Schema registry")),
             qPrintable(combo->toolTip()));
    // Bytes stay bytes: any text is sent as it is.
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral("not json"));
    QVERIFY(m_panel->sendAction()->isEnabled());
}

void TestComposeSchema::mismatchDisablesSendThenMatchIsSentFramed_data()
{
    QTest::addColumn<bool>("avro");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("field"); // the reason names it
    QTest::addColumn<QString>("good");
    QTest::newRow("avro") << true << QStringLiteral(R"({"id": "seven", "item": "pen"})")
                          << QStringLiteral("id") << QStringLiteral(R"({"id": 7, "item": "pen"})");
    QTest::newRow("json schema") << false << QStringLiteral(R"({"amount": "lots"})")
                                 << QStringLiteral("amount")
                                 << QStringLiteral(R"({"amount": 12.5})");
}

void TestComposeSchema::mismatchDisablesSendThenMatchIsSentFramed()
{
    QFETCH(bool, avro);
    QFETCH(QString, bad);
    QFETCH(QString, field);
    QFETCH(QString, good);
    const QString subject = avro ? m_avroSubject : m_jsonSubject;
    const int id = avro ? m_avroId : m_jsonId;
    choose(subject);
    auto *info = m_panel->findChild<QLabel *>(QStringLiteral("schemaInfoLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QString::number(id)), 20000);
    QVERIFY(info->text().contains(avro ? QLatin1String("Avro") : QLatin1String("JSON Schema")));
    auto *value = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    value->setPlainText(bad);
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("schemaStatusLabel"));
    // (The line keeps the previous verdict while the new value waits its turn: the tooltip says
    // when the check of this value is done.)
    QTRY_VERIFY_WITH_TIMEOUT(sendTip().contains(QLatin1String("does not match")), 10000);
    QVERIFY(!m_panel->sendAction()->isEnabled());
    QVERIFY2(sendTip().contains(field), qPrintable(sendTip()));
    QVERIFY2(status->text().contains(QLatin1String("Does not match")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(subject), qPrintable(status->text()));
    if (!qEnvironmentVariable("TOPICDESK_SHOTS").isEmpty() && avro)
        QVERIFY(m_panel->grab().save(QDir(qEnvironmentVariable("TOPICDESK_SHOTS"))
                                         .filePath(QStringLiteral("h7-compose-mismatch.png"))));

    value->setPlainText(good);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sendAction()->isEnabled(), 10000);
    QVERIFY2(status->text().contains(QLatin1String("Matches")), qPrintable(status->text()));
    if (!qEnvironmentVariable("TOPICDESK_SHOTS").isEmpty() && avro)
        QVERIFY(m_panel->grab().save(QDir(qEnvironmentVariable("TOPICDESK_SHOTS"))
                                         .filePath(QStringLiteral("h7-compose-match.png"))));
    m_panel->sendAction()->trigger();
    auto *delivery = m_panel->findChild<QLabel *>(QStringLiteral("deliveryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        delivery->text().contains(QStringLiteral("encoded with schema %1").arg(id)), 20000);

    const QList<QByteArray> values = readValues(m_config.topic, m_sent, 1);
    QCOMPARE(values.size(), 1);
    ++m_sent;
    int framedId = -1;
    QCOMPARE(WireFormat::parseHeader(values.first(), &framedId), WireFormat::Error::None);
    QCOMPARE(values.first().at(0), '\0');
    QCOMPARE(framedId, id);
    const SchemaRegistry::Lookup lookup = m_registry->waitFor(id, 20000);
    QVERIFY(lookup.codec);
    const SchemaCodec::Decoded decoded =
        lookup.codec->decode(QByteArrayView(values.first()).sliced(WireFormat::HeaderSize), {});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(compact(decoded.json), compact(good.toUtf8()));
}

void TestComposeSchema::protobufIsFramedWithMessageIndexes()
{
    const QString subject = TestCluster::uniqueName(QStringLiteral("shipments-value"));
    const int id = TestRegistry::registerSchema(
        *m_registry, subject,
        TestRegistry::schema(SchemaType::Protobuf,
                             QStringLiteral("syntax = \"proto3\";\npackage ship;\n"
                                            "message Parcel { int32 weight = 1; }\n"
                                            "message Shipment { string to = 1; }\n")));
    QVERIFY(id > 0);
    choose(subject);
    auto *info = m_panel->findChild<QLabel *>(QStringLiteral("schemaInfoLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QLatin1String("Protobuf")), 20000);
    auto *type = m_panel->findChild<QLineEdit *>(QStringLiteral("schemaMessageTypeEdit"));
    QVERIFY(type && type->isVisible());
    type->setText(QStringLiteral("ship.Shipment"));
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral(R"({"to": "Hanoi"})"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sendAction()->isEnabled(), 10000);
    m_panel->sendAction()->trigger();
    auto *delivery = m_panel->findChild<QLabel *>(QStringLiteral("deliveryLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        delivery->text().contains(QStringLiteral("encoded with schema %1").arg(id)), 20000);
    const QList<QByteArray> values = readValues(m_config.topic, m_sent, 1);
    QCOMPARE(values.size(), 1);
    ++m_sent;
    int framedId = -1;
    QCOMPARE(WireFormat::parseHeader(values.first(), &framedId), WireFormat::Error::None);
    QCOMPARE(framedId, id);
    QList<int> indexes;
    qsizetype consumed = 0;
    QCOMPARE(WireFormat::parseMessageIndexes(values.first(), WireFormat::HeaderSize, &indexes,
                                             &consumed),
             WireFormat::Error::None);
    QCOMPARE(indexes, QList<int>{1}); // the second message type of the file
    const SchemaRegistry::Lookup lookup = m_registry->waitFor(id, 20000);
    QVERIFY(lookup.codec);
    const auto decoded = lookup.codec->decode(
        QByteArrayView(values.first()).sliced(WireFormat::HeaderSize + consumed), indexes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(compact(decoded.json), QByteArray(R"({"to":"Hanoi"})"));
}

void TestComposeSchema::bulkSendEncodesEveryValue()
{
    choose(m_avroSubject);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QLabel *>(QStringLiteral("schemaInfoLabel"))
                                 ->text()
                                 .contains(QString::number(m_avroId)),
                             20000);
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral(R"({"id": {{i}}, "item": "pen {{i}}"})"));
    m_panel->findChild<QSpinBox *>(QStringLiteral("bulkCountSpin"))->setValue(5);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->bulkSendAction()->isEnabled(), 10000);
    QSignalSpy finished(m_panel->bulkSender(), &BulkSender::finished);
    m_panel->bulkSendAction()->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<BulkSender::Progress>().delivered, 5);
    const QList<QByteArray> values = readValues(m_config.topic, m_sent, 5);
    QCOMPARE(values.size(), 5);
    m_sent += 5;
    const SchemaRegistry::Lookup lookup = m_registry->waitFor(m_avroId, 20000);
    for (int i = 0; i < 5; ++i) {
        int id = -1;
        QCOMPARE(WireFormat::parseHeader(values.at(i), &id), WireFormat::Error::None);
        QCOMPARE(id, m_avroId);
        const auto decoded =
            lookup.codec->decode(QByteArrayView(values.at(i)).sliced(WireFormat::HeaderSize), {});
        QCOMPARE(compact(decoded.json),
                 compact(QStringLiteral(R"({"id": %1, "item": "pen %1"})").arg(i).toUtf8()));
    }
}

void TestComposeSchema::fileSendEncodesEveryRecordOrNothing()
{
    choose(m_jsonSubject);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QLabel *>(QStringLiteral("schemaInfoLabel"))
                                 ->text()
                                 .contains(QString::number(m_jsonId)),
                             20000);
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral(R"({"amount": 1})"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sendFileAction()->isEnabled(), 10000);
    QTemporaryDir dir;
    // A bad third record: nothing at all is sent, and the error names the record.
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"amount\": 1}\n{\"amount\": 2}\n{\"amount\": \"three\"}\n");
    }
    QSignalSpy errors(m_panel.get(), &ComposePanel::errorOccurred);
    m_panel->sendFile(bad);
    QVERIFY(errors.wait(20000));
    const QString error = errors.first().at(0).toString();
    QVERIFY2(error.contains(QLatin1String("Record 3")) && error.contains(QLatin1String("amount")) &&
                 error.contains(QLatin1String("Nothing was sent")),
             qPrintable(error));
    QVERIFY(!m_panel->bulkSender()->isRunning());

    const QString good = dir.filePath(QStringLiteral("good.txt"));
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"amount\": 1}\n{\"amount\": 2.5}\n{\"amount\": 3}\n");
    }
    QSignalSpy finished(m_panel->bulkSender(), &BulkSender::finished);
    m_panel->sendFile(good);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<BulkSender::Progress>().delivered, 3);
    // Only the good file's three: the bad one sent nothing.
    const QList<QByteArray> values = readValues(m_config.topic, m_sent, 3);
    QCOMPARE(values.size(), 3);
    m_sent += 3;
    const QByteArray expected[] = {"{\"amount\":1}", "{\"amount\":2.5}", "{\"amount\":3}"};
    for (int i = 0; i < 3; ++i) {
        int id = -1;
        QCOMPARE(WireFormat::parseHeader(values.at(i), &id), WireFormat::Error::None);
        QCOMPARE(id, m_jsonId);
        QCOMPARE(compact(values.at(i).mid(WireFormat::HeaderSize)), compact(expected[i]));
    }
}

void TestComposeSchema::unknownSubjectSaysSo()
{
    choose(QStringLiteral("no-such-subject-here"));
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("schemaStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !status->text().contains(QLatin1String("Fetching")) && !status->text().isEmpty(), 20000);
    QVERIFY(!m_panel->sendAction()->isEnabled());
    QVERIFY2(!sendTip().isEmpty() &&
                 sendTip() != QLatin1String("Send the message to the watched topic"),
             qPrintable(sendTip()));
    qInfo("unknown subject: %s", qPrintable(sendTip()));
    // Back to none: bytes as typed, Send enabled again.
    choose(QString());
    QTRY_VERIFY(m_panel->sendAction()->isEnabled());
}

void TestComposeSchema::unreachableRegistryDisablesSend()
{
    RegistrySettings settings;
    settings.url = QUrl(QStringLiteral("http://127.0.0.1:1/apis/ccompat/v7"));
    m_panel->setSchemaRegistry(std::make_shared<SchemaRegistry>(settings));
    choose(QStringLiteral("orders-value"));
    QVERIFY(!m_panel->sendAction()->isEnabled());
    auto *status = m_panel->findChild<QLabel *>(QStringLiteral("schemaStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QLatin1String("Fetching")), 30000);
    QVERIFY(!m_panel->sendAction()->isEnabled());
    qInfo("unreachable: %s", qPrintable(sendTip()));
    // The box keeps working: the value can still be edited, and none brings Send back.
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral("x"));
    choose(QString());
    QTRY_VERIFY(m_panel->sendAction()->isEnabled());
}

void TestComposeSchema::bytesThatAreNotUtf8AreRefused()
{
    choose(m_avroSubject);
    KafkaMessage message;
    message.topic = m_config.topic;
    message.value = QByteArray("{\"id\": 1, \"item\": \"\xff\xfe\"}");
    message.keyIsNull = true;
    m_panel->composeAgain(message);
    QTRY_VERIFY_WITH_TIMEOUT(sendTip().contains(QLatin1String("not UTF-8")), 20000);
    QVERIFY(!m_panel->sendAction()->isEnabled());
}

void TestComposeSchema::hugeValueIsCheckedOffTheGuiThread()
{
    choose(m_avroSubject);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<QLabel *>(QStringLiteral("schemaInfoLabel"))
                                 ->text()
                                 .contains(QString::number(m_avroId)),
                             20000);
    KafkaMessage message;
    message.topic = m_config.topic;
    message.value = "{\"id\": 1, \"item\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
    message.keyIsNull = true;
    m_panel->composeAgain(message);
    // The GUI thread stays free while the 10 MB value is checked: a timer keeps firing.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sendAction()->isEnabled(), 30000);
    qInfo("GUI ticks while checking 10 MB: %d", ticks);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("schemaStatusLabel"))
                ->text()
                .contains(QLatin1String("Matches")));
}

QTEST_MAIN(TestComposeSchema)
#include "tst_composeschema.moc"
