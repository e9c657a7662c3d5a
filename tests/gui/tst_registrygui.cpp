// Setting up a schema registry in the window, against a real registry (Apicurio, from the
// registry fixture): the dialog's test says what the registry answered (reached, wrong password,
// nothing listening), settings that cannot work are refused with the reason and the dialog stays
// open, and the connection panel's Schema registry… applies what the dialog accepted to the
// session at once: the table decodes with it, and an empty address turns decoding off.
#include "connectionpanel.h"
#include "kafkamessagebatch.h"
#include "kafkasession.h"
#include "localschemas.h"
#include "messagedecoder.h"
#include "messagetablemodel.h"
#include "registrydialog.h"
#include "schemaregistry.h"
#include "sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestRegistryGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void testReachesTheRegistry();
    void testSaysWhyNot_data();
    void testSaysWhyNot();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
    void timeoutIsRangeChecked();
    void panelAppliesTheRegistry();
    void localSchemasRoundTrip();
    void badLocalSchemasAreRefused_data();
    void badLocalSchemasAreRefused();
    void panelAppliesLocalSchemas();

private:
    static QString env(const char *name);
    // Fills the dialog's fields (the timeout stays as given).
    static void fill(RegistryDialog &dialog, const QString &url, const QString &user = {},
                     const QString &password = {}, const QString &ca = {});
    // The test result line once it no longer says it is asking.
    static QString testResult(RegistryDialog &dialog);

    QTemporaryDir m_settings;
};

QString TestRegistryGui::env(const char *name)
{
    return qEnvironmentVariable(name);
}

void TestRegistryGui::initTestCase()
{
    for (const char *name : {"TOPICDESK_TEST_REGISTRY", "TOPICDESK_TEST_REGISTRY_AUTH",
                             "TOPICDESK_TEST_REGISTRY_USER", "TOPICDESK_TEST_REGISTRY_PASSWORD",
                             "TOPICDESK_TEST_REGISTRY_TLS", "TOPICDESK_TEST_REGISTRY_CA"})
        QVERIFY2(!env(name).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not set: run this test through ctest (the "
                                           "schema-registry fixture, tests/registry/registry.sh)")
                                .arg(QLatin1String(name))));
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_registrygui"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestRegistryGui::fill(RegistryDialog &dialog, const QString &url, const QString &user,
                           const QString &password, const QString &ca)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(url);
    dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(user);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    dialog.findChild<QLineEdit *>(QStringLiteral("caEdit"))->setText(ca);
}

QString TestRegistryGui::testResult(RegistryDialog &dialog)
{
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"));
    if (!label)
        return QStringLiteral("(no testResultLabel)");
    dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    // "Asking …" until the registry's answer (or its absence) is known.
    if (!QTest::qWaitFor([label] { return !label->text().contains(QLatin1String("Asking")); },
                         15000))
        return QStringLiteral("(still asking after 15 s)");
    return label->text();
}

void TestRegistryGui::testReachesTheRegistry()
{
    RegistryDialog dialog(RegistrySettings{});
    fill(dialog, env("TOPICDESK_TEST_REGISTRY"));
    const QString result = testResult(dialog);
    QVERIFY2(result.contains(QLatin1String("Reached")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("subject")), qPrintable(result));

    // The right login on the registry that asks for one, and https with its CA.
    fill(dialog, env("TOPICDESK_TEST_REGISTRY_AUTH"), env("TOPICDESK_TEST_REGISTRY_USER"),
         env("TOPICDESK_TEST_REGISTRY_PASSWORD"));
    const QString login = testResult(dialog);
    QVERIFY2(login.contains(QLatin1String("Reached")), qPrintable(login));
    fill(dialog, env("TOPICDESK_TEST_REGISTRY_TLS"), {}, {}, env("TOPICDESK_TEST_REGISTRY_CA"));
    const QString tls = testResult(dialog);
    QVERIFY2(tls.contains(QLatin1String("Reached")), qPrintable(tls));
}

void TestRegistryGui::testSaysWhyNot_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong password")
        << env("TOPICDESK_TEST_REGISTRY_AUTH") << env("TOPICDESK_TEST_REGISTRY_USER")
        << QStringLiteral("not-the-password") << QStringLiteral("refused");
    QTest::newRow("no login") << env("TOPICDESK_TEST_REGISTRY_AUTH") << QString() << QString()
                              << QStringLiteral("user name and password");
    // https whose certificate the system's CAs do not trust (the fixture's CA is a throwaway).
    QTest::newRow("untrusted certificate") << env("TOPICDESK_TEST_REGISTRY_TLS") << QString()
                                           << QString() << QStringLiteral("certificate");
}

void TestRegistryGui::testSaysWhyNot()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    RegistryDialog dialog(RegistrySettings{});
    fill(dialog, url, user, password);
    const QString result = testResult(dialog);
    QVERIFY2(!result.contains(QLatin1String("Reached")), qPrintable(result));
    QVERIFY2(result.contains(expected, Qt::CaseInsensitive), qPrintable(result));
    QVERIFY2(!result.contains(QLatin1String("not-the-password")), qPrintable(result));
}

void TestRegistryGui::badSettingsAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1:8081") << QString()
                              << QStringLiteral("http:// or https://");
    QTest::newRow("no host") << QStringLiteral("http://") << QString()
                             << QStringLiteral("not a valid web address");
    QTest::newRow("gibberish") << QStringLiteral("::: registry :::") << QString()
                               << QStringLiteral("not a valid web address");
    QTest::newRow("password in the address") << QStringLiteral("http://eve:secret@127.0.0.1:8081")
                                             << QString() << QStringLiteral("their own fields");
    QTest::newRow("missing CA file")
        << QStringLiteral("https://127.0.0.1:8081") << QStringLiteral("/nonexistent/ca.pem")
        << QStringLiteral("does not exist");
}

// OK with settings that cannot work keeps the dialog open and says why; Test says the same
// without sending a request.
void TestRegistryGui::badSettingsAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, ca);
    QFETCH(QString, expected);
    RegistryDialog dialog(RegistrySettings{});
    fill(dialog, url, {}, {}, ca);
    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("secret")), qPrintable(shown));
    const QString tested = testResult(dialog);
    QVERIFY2(tested.contains(expected), qPrintable(tested));
}

void TestRegistryGui::timeoutIsRangeChecked()
{
    RegistrySettings given;
    given.url = QUrl(env("TOPICDESK_TEST_REGISTRY"));
    given.timeoutMs = 2500;
    RegistryDialog dialog(given);
    auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
    QCOMPARE(spin->value(), 2500);
    spin->setValue(5);
    QCOMPARE(dialog.settings().timeoutMs, RegistrySettings::MinTimeoutMs);
    spin->setValue(std::numeric_limits<int>::max());
    QCOMPARE(dialog.settings().timeoutMs, RegistrySettings::MaxTimeoutMs);
    QVERIFY(dialog.settings().validate().isEmpty());
}

// The real flow: the panel's action opens the dialog; what it accepts reaches the session's
// table at once; an empty address takes the registry away again.
void TestRegistryGui::panelAppliesTheRegistry()
{
    KafkaSession session;
    SessionController controller(&session);
    ConnectionPanel panel(&session, ConnectionConfig());
    connect(&panel, &ConnectionPanel::registryChanged, &controller,
            &SessionController::setRegistry);
    QSignalSpy changed(&controller, &SessionController::schemaRegistryChanged);
    QVERIFY(!controller.schemaRegistry());
    QVERIFY(!controller.messages()->decoder());

    const auto answerDialog = [](const QString &url) {
        QTimer::singleShot(0, [url] {
            auto *dialog = qobject_cast<RegistryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog, url);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    };
    answerDialog(env("TOPICDESK_TEST_REGISTRY"));
    panel.registryAction()->trigger();
    QCOMPARE(changed.size(), 1);
    QVERIFY(controller.schemaRegistry());
    QCOMPARE(controller.schemaRegistry()->settings().url, QUrl(env("TOPICDESK_TEST_REGISTRY")));
    QVERIFY(controller.messages()->decoder());
    QCOMPARE(controller.messages()->decoder()->registry(), controller.schemaRegistry());
    QVERIFY(panel.registryAction()->toolTip().contains(env("TOPICDESK_TEST_REGISTRY")));
    QVERIFY(panel.config().registry.isEnabled());

    // The same settings again change nothing; an empty address removes the registry.
    controller.setRegistry(panel.config().registry);
    QCOMPARE(changed.size(), 1);
    answerDialog(QString());
    panel.registryAction()->trigger();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!controller.schemaRegistry());
    QVERIFY(!controller.messages()->decoder());
    QVERIFY(!panel.config().registry.isEnabled());
}

// The dialog shows the profile's local schema files and gives them back, edited in the table,
// added (a row with the pattern * to edit) and removed, with no registry address at all.
void TestRegistryGui::localSchemasRoundTrip()
{
    QTemporaryDir dir;
    const QString avsc = dir.filePath(QStringLiteral("order.avsc"));
    const QString proto = dir.filePath(QStringLiteral("event.proto"));
    for (const QString &path : {avsc, proto}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    RegistrySettings given;
    given.localSchemas = {{QStringLiteral("raw-*"), avsc, QString()},
                          {QStringLiteral("events-?"), proto, QStringLiteral("shop.Event")}};
    RegistryDialog dialog(given);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("localSchemasTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("events-?"));
    QCOMPARE(table->item(1, 1)->text(), proto);
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("shop.Event"));
    QCOMPARE(dialog.settings().localSchemas, given.localSchemas);
    QVERIFY(!dialog.settings().isEnabled());
    QVERIFY(dialog.settings().usesSchemas());

    // Edited in the table (spaces around a cell's text are dropped).
    table->item(0, 0)->setText(QStringLiteral("  raw-orders-* "));
    given.localSchemas[0].topicPattern = QStringLiteral("raw-orders-*");
    QCOMPARE(dialog.settings().localSchemas, given.localSchemas);

    // Remove takes the selected row away, and is off without a selection.
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeLocalSchemaButton"));
    QVERIFY(remove && dialog.findChild<QPushButton *>(QStringLiteral("addLocalSchemaButton")));
    table->clearSelection();
    QVERIFY(!remove->isEnabled());
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(table->rowCount(), 1);
    given.localSchemas.removeFirst();
    QCOMPARE(dialog.settings().localSchemas, given.localSchemas);
    QVERIFY(!remove->isEnabled());

    dialog.show();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().localSchemas, given.localSchemas);
}

void TestRegistryGui::badLocalSchemasAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QStringLiteral("raw-*")
                                  << QStringLiteral("/nonexistent/order.avsc")
                                  << QStringLiteral("/nonexistent/order.avsc (topics raw-*) does "
                                                    "not exist");
    QTest::newRow("empty pattern") << QStringLiteral("   ") << QStringLiteral("GOOD")
                                   << QStringLiteral("needs a topic pattern");
    QTest::newRow("no file") << QStringLiteral("raw-*") << QString()
                             << QStringLiteral("needs a schema file");
    QTest::newRow("not a schema") << QStringLiteral("raw-*") << QStringLiteral("NOTES")
                                  << QStringLiteral("is not an Avro schema");
}

// OK with a local schema that cannot work keeps the dialog open, says why (naming the entry)
// and selects the refused row; fixed, OK closes it.
void TestRegistryGui::badLocalSchemasAreRefused()
{
    QFETCH(QString, pattern);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.avsc"));
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    for (const QString &path : {good, notes}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("\"string\"");
    }
    if (file == QLatin1String("GOOD"))
        file = good;
    else if (file == QLatin1String("NOTES"))
        file = notes;
    RegistrySettings given;
    given.localSchemas = {{QStringLiteral("ok-*"), good, QString()}, {pattern, file, QString()}};
    RegistryDialog dialog(given);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(shown.contains(expected.toHtmlEscaped()), qPrintable(shown));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("localSchemasTable"));
    QCOMPARE(table->currentRow(), 1);

    table->item(1, 0)->setText(QStringLiteral("fixed-*"));
    table->item(1, 1)->setText(good);
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// Without a registry address, a local .avsc for the pattern raw-* accepted in the panel's dialog
// gives the table a decoder: a raw Avro value of the topic raw-orders shows as JSON, while a
// topic the pattern does not cover keeps its bytes. A file that goes missing is said plainly.
void TestRegistryGui::panelAppliesLocalSchemas()
{
    QTemporaryDir dir;
    const QString avsc = dir.filePath(QStringLiteral("order.avsc"));
    {
        QFile file(avsc);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "record", "name": "Order", "namespace": "shop", "fields": [)"
                   R"({"name": "id", "type": "long"}, {"name": "item", "type": "string"}]})");
    }
    KafkaSession session;
    SessionController controller(&session);
    QAbstractItemModelTester tester(controller.messages(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionPanel panel(&session, ConnectionConfig());
    connect(&panel, &ConnectionPanel::registryChanged, &controller,
            &SessionController::setRegistry);
    QSignalSpy changed(&controller, &SessionController::schemaRegistryChanged);
    QSignalSpy logged(&controller, &SessionController::logLine);
    QSignalSpy errors(&controller, &SessionController::errorOccurred);

    QTimer::singleShot(0, [avsc] {
        auto *dialog = qobject_cast<RegistryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("localSchemasTable"));
        table->insertRow(0);
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("raw-*")));
        table->setItem(0, 1, new QTableWidgetItem(avsc));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    panel.registryAction()->trigger();
    QCOMPARE(changed.size(), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    QVERIFY(!controller.schemaRegistry());
    const auto decoder = controller.messages()->decoder();
    QVERIFY(decoder);
    QVERIFY(!decoder->registry());
    QVERIFY(decoder->localSchemas() && decoder->localSchemas()->entries().size() == 1);
    QVERIFY(!logged.isEmpty());
    const QString line = logged.last().at(0).toString();
    QVERIFY2(line.contains(QLatin1String("1 local schema file")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("registry ")), qPrintable(line));

    // id 42 (zigzag 84), item "pen" (length 3, zigzag 6): raw Avro, no registry framing.
    const auto append = [&controller](const QString &topic) {
        KafkaMessage m;
        m.topic = topic;
        m.offset = controller.messages()->rowCount();
        m.timestampMs = 1700000000000;
        m.value = QByteArray::fromHex("540670656e");
        m.valueIsNull = false;
        m.keyIsNull = true;
        KafkaMessageBatch batch;
        batch.append(m);
        controller.messages()->appendBatch(batch);
        return controller.messages()->rowCount() - 1;
    };
    MessageTableModel *model = controller.messages();
    const int row = append(QStringLiteral("raw-orders"));
    const QModelIndex value = model->index(row, MessageTableModel::ValueColumn);
    QCOMPARE(value.data(MessageTableModel::DecodeStatusRole).toInt(),
             int(MessageDecoder::Result::Status::Decoded));
    const MessageDecoder::Result result =
        decoder->decode(model->valueAt(row), QStringLiteral("raw-orders"));
    QVERIFY2(result.json.contains("\"id\"") && result.json.contains("42") &&
                 result.json.contains("\"pen\""),
             result.json.constData());
    // The table shows the raw value decoded, as a person sees it, with the file in the tooltip.
    const QString shown = value.data().toString();
    QVERIFY2(shown.contains(QLatin1String("\"pen\"")), qPrintable(shown));
    QVERIFY2(value.data(Qt::ToolTipRole).toString().contains(QLatin1String("order.avsc")),
             qPrintable(value.data(Qt::ToolTipRole).toString()));
    controller.messages()->clear();
    const int other = append(QStringLiteral("orders"));
    const QModelIndex plain = model->index(other, MessageTableModel::ValueColumn);
    QVERIFY2(!plain.data().toString().contains(QLatin1String("\"pen\"")),
             qPrintable(plain.data().toString()));

    // The file gone: the dialog refuses it, and settings applied anyway say why, plainly.
    QVERIFY(QFile::remove(avsc));
    RegistrySettings gone = panel.config().registry;
    gone.localSchemas.append({QStringLiteral("more-*"), avsc, QString()});
    controller.setRegistry(gone);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!errors.isEmpty());
    const QString error = errors.last().at(0).toString();
    QVERIFY2(error.contains(QLatin1String("order.avsc")) &&
                 error.contains(QLatin1String("does not exist")),
             qPrintable(error));
    QVERIFY(!controller.messages()->decoder());
}

QTEST_MAIN(TestRegistryGui)
#include "tst_registrygui.moc"
