// Hostile input in the compose box, against a real broker: bytes that are not UTF-8, NUL bytes
// and every byte value reach the broker unchanged (read back), and the partition field offers
// exactly the topic's partitions, from the first to the last; a file to send is refused in
// words when no topic is watched or another send is running. Part of issue 9's hostile-input
// table.
#include "bulksender.h"
#include "consumerharness.h"
#include "mainwindow.h"
#include "templatestore.h"
#include "testcluster.h"
#include "valueedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestHostileGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bytesReachTheBrokerUnchanged_data();
    void bytesReachTheBrokerUnchanged();
    void partitionFieldAtItsEdges_data();
    void partitionFieldAtItsEdges();
    void largePastedValue_data();
    void largePastedValue();
    void fileWithNoTopicIsRefused();
    void fileDuringAnotherSendIsRefused();

private:
    // The window connected to config, watching its topic.
    bool connectAndWatch(MainWindow &window, const ConnectionConfig &config);
    // Clicks Send and returns the delivery report (an empty one on time-out).
    static DeliveryReport sendAndWait(MainWindow &window);
    // The topic's first record, read by a group of its own (none on time-out).
    static std::optional<KafkaMessage> readFirst(const ConnectionConfig &config);

    QTemporaryDir m_settings;
};

void TestHostileGui::initTestCase()
{
    QVERIFY2(!TestCluster::brokers().isEmpty(),
             "TOPICDESK_TEST_BROKERS is not set: run this test through ctest");
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

bool TestHostileGui::connectAndWatch(MainWindow &window, const ConnectionConfig &config)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.connectToCluster();
    auto *sendButton = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    return QTest::qWaitFor(
        [&] { return window.session()->watchedTopic() == config.topic && sendButton->isEnabled(); },
        30000);
}

DeliveryReport TestHostileGui::sendAndWait(MainWindow &window)
{
    QSignalSpy delivered(window.session(), &KafkaSession::delivered);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendButton")),
                      Qt::LeftButton);
    if (!delivered.wait(30000))
        return {};
    return delivered.first().at(0).value<DeliveryReport>();
}

std::optional<KafkaMessage> TestHostileGui::readFirst(const ConnectionConfig &config)
{
    ConnectionConfig readerConfig = config;
    readerConfig.groupId = TestCluster::uniqueName(QStringLiteral("reader"));
    ConsumerHarness reader(readerConfig);
    reader.start();
    if (!reader.waitForMessages(1, 60000))
        return std::nullopt;
    return reader.messages.first();
}

void TestHostileGui::bytesReachTheBrokerUnchanged_data()
{
    QTest::addColumn<bool>("typed"); // typed into the box, or loaded from a saved template
    QTest::addColumn<std::optional<QByteArray>>("key");
    QTest::addColumn<QByteArray>("value");

    QByteArray everyByte;
    for (int b = 0; b < 256; ++b)
        everyByte.append(char(b));
    QTest::newRow("typed: UTF-8 beyond ASCII")
        << true << std::optional<QByteArray>("clé") << QByteArray("héllo → 日本 🙂");
    QTest::newRow("template: value not UTF-8 (caf\\xe9\\xff\\xfe end)")
        << false << std::optional<QByteArray>() << QByteArray("caf\xe9\xff\xfe end");
    QTest::newRow("template: NUL bytes in the value")
        << false << std::optional<QByteArray>("k") << QByteArray("a\0b\0\0c", 6);
    QTest::newRow("template: every byte value, key not UTF-8")
        << false << std::optional<QByteArray>(QByteArray("\xff\x00\xfe", 3)) << everyByte;
    QTest::newRow("template: a lone surrogate encoded (not UTF-8)")
        << false << std::optional<QByteArray>() << QByteArray("\xed\xa0\x80");
    QTest::newRow("template: an empty key is not a null key")
        << false << std::optional<QByteArray>(QByteArray()) << QByteArray("v");
}

void TestHostileGui::bytesReachTheBrokerUnchanged()
{
    QFETCH(bool, typed);
    QFETCH(std::optional<QByteArray>, key);
    QFETCH(QByteArray, value);
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("bytes"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString templateName = TestCluster::uniqueName(QStringLiteral("template"));
    if (!typed)
        TemplateStore().save(templateName, {.key = key, .value = value});

    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config));
    if (typed) {
        auto *nullKey = window.findChild<QCheckBox *>(QStringLiteral("nullKeyCheck"));
        nullKey->setChecked(!key.has_value());
        // Entered as an input method would (QTest::keyClicks only knows ASCII keys).
        window.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->insert(QString::fromUtf8(key.value_or(QByteArray())));
        window.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
            ->insertPlainText(QString::fromUtf8(value));
    } else {
        auto *templates = window.findChild<QComboBox *>(QStringLiteral("templateCombo"));
        QVERIFY(templates->findText(templateName) >= 0);
        templates->setCurrentText(templateName);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("loadTemplateButton")),
                          Qt::LeftButton);
    }
    const DeliveryReport report = sendAndWait(window);
    QVERIFY2(report.delivered() && report.offset >= 0, qPrintable(report.error));

    const std::optional<KafkaMessage> read = readFirst(config);
    QVERIFY(read);
    const KafkaMessage &m = *read;
    QCOMPARE(m.offset, report.offset);
    QCOMPARE(m.value, value);
    QCOMPARE(m.keyIsNull, !key.has_value());
    if (key)
        QCOMPARE(m.key, *key);
}

void TestHostileGui::partitionFieldAtItsEdges_data()
{
    QTest::addColumn<int>("choice"); // the combo's index: 0 automatic, then partition index-1
    QTest::newRow("automatic") << 0;
    QTest::newRow("partition 0, the first") << 1;
    QTest::newRow("partition 4, the last") << 5;
}

void TestHostileGui::partitionFieldAtItsEdges()
{
    QFETCH(int, choice);
    const int partitions = 5;
    QString error;
    const ConnectionConfig config =
        TestCluster::newTopic(QStringLiteral("edges"), partitions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("partitionCombo"));
    // Exactly the topic's partitions: nothing past the last can be chosen.
    QTRY_COMPARE(combo->count(), partitions + 1);
    QCOMPARE(combo->itemText(partitions), QStringLiteral("partition %1").arg(partitions - 1));
    combo->setCurrentIndex(choice);
    const DeliveryReport report = sendAndWait(window);
    QVERIFY2(report.delivered(), qPrintable(report.error));
    if (choice > 0)
        QCOMPARE(report.partition, choice - 1);
    else
        QVERIFY(report.partition >= 0 && report.partition < partitions);
}

void TestHostileGui::largePastedValue_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("deliverable"); // under the producer's message.max.bytes (1,000,000)
    QTest::newRow("600 KB of JSON on one line: held, delivered byte for byte")
        << 600 * 1024 << true;
    QTest::newRow("2 MB of JSON on one line: held, refused naming its size")
        << 2 * 1024 * 1024 << false;
}

// A pasted value too large to lay out (one long line took QPlainTextEdit minutes) is held as
// bytes: the window stays responsive, shows the size, and sends exactly what was pasted.
void TestHostileGui::largePastedValue()
{
    QFETCH(int, bytes);
    QFETCH(bool, deliverable);
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("paste"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config));

    QByteArray value = "{\"data\":\"";
    for (int i = 0; value.size() < bytes - 2; ++i)
        value.append(char('a' + i % 26));
    value.append("\"}");
    QCOMPARE(value.size(), bytes);
    QApplication::clipboard()->setText(QString::fromLatin1(value));
    auto *edit = window.findChild<ValueEdit *>(QStringLiteral("valueEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->paste();
    QVERIFY(edit->isHoldingValue());
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->heldValue(), value);
    // What is laid out is the summary and the first bytes, not the whole line.
    QVERIFY(edit->document()->characterCount() < 2 * ValueEdit::ShownBytes);
    QVERIFY2(edit->toPlainText().contains(QLocale().toString(bytes)),
             qPrintable(edit->toPlainText().left(200)));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("jsonHintLabel"))
                ->text()
                .contains(QLatin1String("Valid JSON")));

    if (deliverable) {
        const DeliveryReport report = sendAndWait(window);
        QVERIFY2(report.delivered() && report.offset >= 0, qPrintable(report.error));
        const std::optional<KafkaMessage> read = readFirst(config);
        QVERIFY(read);
        QCOMPARE(read->value.size(), value.size());
        QVERIFY(read->value == value);
    } else {
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);
        const QString said = window.findChild<QLabel *>(QStringLiteral("deliveryLabel"))->text();
        QVERIFY2(said.contains(QLatin1String("Not sent")) &&
                     said.contains(QLocale().toString(bytes)),
                 qPrintable(said));
        QCOMPARE(edit->heldValue(), value); // nothing lost: it can be sent elsewhere
    }

    // Delete lets go of it, and the box is for typing again.
    QTest::keyClick(edit, Qt::Key_Delete);
    QVERIFY(!edit->isHoldingValue());
    QVERIFY(!edit->isReadOnly());
    QVERIFY(edit->toPlainText().isEmpty());
    QTest::keyClicks(edit, "typed");
    QCOMPARE(edit->toPlainText(), QStringLiteral("typed"));
}

namespace {
// A file of three one-line records.
QString smallFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("three.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("one\ntwo\nthree\n") != 14)
        return {};
    return path;
}
} // namespace

// A file chosen while no topic is watched (not connected yet, or the connection went away while
// the dialog was open) is refused in words, and nothing starts.
void TestHostileGui::fileWithNoTopicIsRefused()
{
    QTemporaryDir dir;
    const QString path = smallFile(dir);
    QVERIFY(!path.isEmpty());
    ConnectionConfig config;
    config.bootstrapServers = TestCluster::brokers();
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.session()->watchedTopic().isEmpty());
    window.sendFile(path);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Choose a topic before sending a file."));
    QVERIFY(!window.findChild<BulkSender *>(QStringLiteral("bulkSender"))->isRunning());
}

// The file is read off the GUI thread; a bulk send started meanwhile keeps going, and the file
// is refused naming it, not mixed in or dropped without a word.
void TestHostileGui::fileDuringAnotherSendIsRefused()
{
    QTemporaryDir dir;
    const QString path = smallFile(dir);
    QVERIFY(!path.isEmpty());
    QString error;
    const ConnectionConfig config = TestCluster::newTopic(QStringLiteral("busy"), 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    MainWindow window(config);
    QVERIFY(connectAndWatch(window, config));
    auto *bulk = window.findChild<BulkSender *>(QStringLiteral("bulkSender"));
    auto *count = window.findChild<QSpinBox *>(QStringLiteral("bulkCountSpin"));
    QVERIFY(bulk && count);
    count->setValue(count->maximum());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bulkSendButton")),
                      Qt::LeftButton);
    QVERIFY(bulk->isRunning());
    QSignalSpy progressed(bulk, &BulkSender::progressed);
    QSignalSpy finished(bulk, &BulkSender::finished);

    window.sendFile(path);
    const QString refused = QStringLiteral("Another send is running: %1 was not sent. Send it "
                                           "again once that one has finished.")
                                .arg(QDir::toNativeSeparators(path));
    auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(refused), 30000);
    QVERIFY(bulk->isRunning());
    QVERIFY(progressed.wait(30000));
    QCOMPARE(progressed.last().at(0).value<BulkSender::Progress>().total, count->maximum());

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("bulkCancelButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).toBool()); // cancelled, not run to its end
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
