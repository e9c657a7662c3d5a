// The compose panel alone, on the offscreen platform, against the Sandbox or (through the CTest
// fixture) a real broker: Send through its action, Ctrl+Return and its button gives delivery
// reports on the watched topic and the label names partition and offset; the option combos
// map through item data; the JSON hint judges templates by their first message; a bad JSON
// Lines file says nothing was sent and a later delivered send clears that error; another
// topic clears the delivery label; the panel reads whole at a dock's size and its minimum.
#include "composepanel.h"
#include "kafkasession.h"
#include "statuscolours.h"
#include "testcluster.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

class TestComposePanel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendsThroughActionShortcutAndButton();
    void sendsToThePartitionChosenByItsData();
    void optionCombosMapThroughItemData_data();
    void optionCombosMapThroughItemData();
    void jsonHint_data();
    void jsonHint();
    void badJsonLinesFileSaysNothingWasSentUntilASendClearsIt();
    void anotherTopicClearsTheDeliveryLabel();
    void readsWholeInADockAndAtItsMinimumSize();

private:
    // Sends what the panel holds with trigger() and returns the delivered report.
    static DeliveryReport waitForReport(QSignalSpy &delivered);
    static QString reportText(const DeliveryReport &report);

    QTemporaryDir m_settings;
    ConnectionConfig m_config;
    std::unique_ptr<KafkaSession> m_session;
};

void TestComposePanel::initTestCase()
{
    // Templates live in QSettings: keep the user's away from the test.
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composepanel"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    if (TestCluster::brokers().isEmpty()) {
        m_config.groupId = TestCluster::uniqueName(QStringLiteral("compose"));
        qInfo("against the sandbox");
    } else {
        QString error;
        m_config = TestCluster::newTopic(QStringLiteral("compose"), 2, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("against Kafka %s", qPrintable(TestCluster::kafkaVersion()));
    }
    m_session = std::make_unique<KafkaSession>();
    m_session->connectToCluster(m_config);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), KafkaSession::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->watchedTopic().isEmpty(), 30000);
}

void TestComposePanel::cleanupTestCase()
{
    m_session.reset();
}

DeliveryReport TestComposePanel::waitForReport(QSignalSpy &delivered)
{
    if (delivered.isEmpty() && !delivered.wait(30000))
        return {};
    return delivered.takeFirst().at(0).value<DeliveryReport>();
}

QString TestComposePanel::reportText(const DeliveryReport &report)
{
    return QStringLiteral("partition %1 at offset %2").arg(report.partition).arg(report.offset);
}

void TestComposePanel::sendsThroughActionShortcutAndButton()
{
    ComposePanel panel(m_session.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *valueEdit = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    auto *sendButton = panel.findChild<QPushButton *>(QStringLiteral("sendButton"));
    auto *deliveryLabel = panel.findChild<QLabel *>(QStringLiteral("deliveryLabel"));
    auto *topicLabel = panel.findChild<QLabel *>(QStringLiteral("composeTopicLabel"));
    QVERIFY(valueEdit && sendButton && deliveryLabel && topicLabel);
    QVERIFY(panel.sendAction()->isEnabled());
    QVERIFY(sendButton->isEnabled());
    QCOMPARE(panel.sendAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(topicLabel->text().contains(m_session->watchedTopic()));
    const QString topic = m_session->watchedTopic();

    QSignalSpy delivered(m_session.get(), &KafkaSession::delivered);
    const auto check = [&](const char *how) {
        const DeliveryReport report = waitForReport(delivered);
        QVERIFY2(report.delivered(), how);
        QCOMPARE(report.topic, topic);
        QVERIFY(report.offset >= 0);
        QTRY_VERIFY2(deliveryLabel->text().contains(reportText(report)), how);
    };

    valueEdit->setPlainText(QStringLiteral("by the action"));
    panel.sendAction()->trigger();
    check("sendAction");
    if (QTest::currentTestFailed())
        return;

    valueEdit->setPlainText(QStringLiteral("by Ctrl+Return"));
    QTest::keyClick(&panel, Qt::Key_Return, Qt::ControlModifier);
    check("Ctrl+Return");
    if (QTest::currentTestFailed())
        return;

    valueEdit->setPlainText(QStringLiteral("by the button"));
    QTest::mouseClick(sendButton, Qt::LeftButton);
    check("sendButton");
}

void TestComposePanel::sendsToThePartitionChosenByItsData()
{
    ComposePanel panel(m_session.get());
    auto *partitionCombo = panel.findChild<QComboBox *>(QStringLiteral("partitionCombo"));
    QVERIFY(partitionCombo);
    // The watched topic has 2 partitions (the Sandbox's test-topic, or the test's own).
    QTRY_COMPARE(partitionCombo->count(), 3);
    QCOMPARE(partitionCombo->itemData(0).toInt(), -1); // automatic
    partitionCombo->setCurrentIndex(partitionCombo->findData(1));
    QVERIFY(partitionCombo->currentIndex() > 0);
    QSignalSpy delivered(m_session.get(), &KafkaSession::delivered);
    panel.send();
    const DeliveryReport report = waitForReport(delivered);
    QVERIFY2(report.delivered(), qPrintable(report.error));
    QCOMPARE(report.partition, 1);
}

void TestComposePanel::optionCombosMapThroughItemData_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("data");
    using Acks = ProducerSettings::Acks;
    using Partitioner = ProducerSettings::Partitioner;
    using Compression = ProducerSettings::Compression;
    QTest::newRow("acks=0, no answer") << QStringLiteral("acksCombo") << int(Acks::None);
    QTest::newRow("acks=1") << QStringLiteral("acksCombo") << int(Acks::Leader);
    QTest::newRow("acks=all") << QStringLiteral("acksCombo") << int(Acks::All);
    QTest::newRow("murmur2") << QStringLiteral("partitionerCombo") << int(Partitioner::Murmur2);
    QTest::newRow("round-robin") << QStringLiteral("partitionerCombo")
                                 << int(Partitioner::RoundRobin);
    QTest::newRow("default partitioner")
        << QStringLiteral("partitionerCombo") << int(Partitioner::Default);
    QTest::newRow("zstd") << QStringLiteral("compressionCombo") << int(Compression::Zstd);
    QTest::newRow("gzip") << QStringLiteral("compressionCombo") << int(Compression::Gzip);
    QTest::newRow("snappy") << QStringLiteral("compressionCombo") << int(Compression::Snappy);
    QTest::newRow("lz4") << QStringLiteral("compressionCombo") << int(Compression::Lz4);
    QTest::newRow("no compression") << QStringLiteral("compressionCombo") << int(Compression::None);
}

void TestComposePanel::optionCombosMapThroughItemData()
{
    QFETCH(QString, combo);
    QFETCH(int, data);
    // A session of its own: no producer is made for it while it is not connected.
    KafkaSession session;
    ComposePanel panel(&session);
    auto *box = panel.findChild<QComboBox *>(combo);
    QVERIFY(box);
    // Away from the item first, so that choosing it is a change.
    box->setCurrentIndex(box->findData(data) == 0 ? 1 : 0);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, "no item carries the setting as its data");
    box->setCurrentIndex(index);
    const ProducerSettings &settings = session.producerSettings();
    if (combo == QLatin1String("acksCombo"))
        QCOMPARE(int(settings.acks), data);
    else if (combo == QLatin1String("partitionerCombo"))
        QCOMPARE(int(settings.partitioner), data);
    else
        QCOMPARE(int(settings.compression), data);
    if (data == int(ProducerSettings::Acks::None) && combo == QLatin1String("acksCombo")) {
        QCOMPARE(settings.acks, ProducerSettings::Acks::None);
        QVERIFY(box->currentText().contains(QLatin1String("0")));
    }
}

void TestComposePanel::jsonHint_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says"); // empty: no hint
    QTest::addColumn<bool>("parses");
    QTest::newRow("valid") << QStringLiteral("{\"total\": 12.5, \"items\": [1, 2]}")
                           << QStringLiteral("Valid JSON") << true;
    QTest::newRow("invalid") << QStringLiteral("{\"total\": }") << QStringLiteral("does not parse")
                             << false;
    QTest::newRow("template with {{i}}")
        << QStringLiteral("{\"n\": {{i}}, \"id\": \"{{uuid}}\", \"at\": \"{{now}}\"}")
        << QStringLiteral("{{i}} = 0") << true;
    QTest::newRow("{{i}} alone is no JSON") << QStringLiteral("{{i}}") << QString() << true;
    QTest::newRow("broken template")
        << QStringLiteral("{\"id\": {{uuid}}}") << QStringLiteral("{{i}} = 0") << false;
    QTest::newRow("plain text") << QStringLiteral("hello") << QString() << true;
}

void TestComposePanel::jsonHint()
{
    QFETCH(QString, value);
    QFETCH(QString, says);
    QFETCH(bool, parses);
    KafkaSession session;
    ComposePanel panel(&session);
    QVERIFY(!panel.sendAction()->isEnabled()); // not connected
    auto *valueEdit = panel.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("jsonHintLabel"));
    QVERIFY(valueEdit && hint);
    valueEdit->setPlainText(value);
    if (says.isEmpty()) {
        QVERIFY2(hint->text().isEmpty(), qPrintable(hint->text()));
        return;
    }
    QVERIFY2(hint->text().contains(says), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QLatin1String("does not parse")) == !parses,
             qPrintable(hint->text()));
    const StatusColours::Role role =
        parses ? StatusColours::Role::Success : StatusColours::Role::Warning;
    QVERIFY2(hint->text().contains(StatusColours::colour(role).name()), qPrintable(hint->text()));
}

void TestComposePanel::badJsonLinesFileSaysNothingWasSentUntilASendClearsIt()
{
    ComposePanel panel(m_session.get());
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/compose-XXXXXX.jsonl"));
    QVERIFY(file.open());
    file.write("{\"value\": \"first\"}\n{\"value\": }\n{\"value\": \"third\"}\n");
    file.close();
    QSignalSpy errors(&panel, &ComposePanel::errorOccurred);
    QSignalSpy cleared(&panel, &ComposePanel::errorCleared);
    panel.sendFile(file.fileName());
    QVERIFY(errors.wait(10000));
    const QString message = errors.takeFirst().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("Line 2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Nothing from the file was sent.")),
             qPrintable(message));
    QVERIFY(!panel.bulkSender()->isRunning());
    QCOMPARE(panel.bulkSender()->progress().queued, 0);
    QCOMPARE(cleared.size(), 0);

    // A send that gets through says the error is gone.
    panel.findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral("after the bad file"));
    panel.send();
    QVERIFY(cleared.wait(30000));
    QCOMPARE(errors.size(), 0);
}

void TestComposePanel::anotherTopicClearsTheDeliveryLabel()
{
    ComposePanel panel(m_session.get());
    auto *deliveryLabel = panel.findChild<QLabel *>(QStringLiteral("deliveryLabel"));
    QVERIFY(deliveryLabel);
    const QString first = m_session->watchedTopic();
    QSignalSpy delivered(m_session.get(), &KafkaSession::delivered);
    panel.send();
    const DeliveryReport report = waitForReport(delivered);
    QVERIFY2(report.delivered(), qPrintable(report.error));
    QTRY_VERIFY(deliveryLabel->text().contains(reportText(report)));

    const QString other = TestCluster::uniqueName(QStringLiteral("compose-other"));
    QSignalSpy created(m_session.get(), &KafkaSession::topicCreated);
    m_session->createTopic(other, 1, 1);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
    QVERIFY2(created.at(0).at(1).toString().isEmpty(), qPrintable(created.at(0).at(1).toString()));
    m_session->watchTopic(other);
    QCOMPARE(m_session->watchedTopic(), other);
    QVERIFY2(deliveryLabel->text().isEmpty(), qPrintable(deliveryLabel->text()));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("composeTopicLabel"))->text().contains(other));
    // The partitions follow the topic once it is listed: one partition, plus "automatic".
    auto *partitionCombo = panel.findChild<QComboBox *>(QStringLiteral("partitionCombo"));
    QTRY_COMPARE_WITH_TIMEOUT(partitionCombo->count(), 2, 30000);
    m_session->watchTopic(first);
}

void TestComposePanel::readsWholeInADockAndAtItsMinimumSize()
{
    KafkaSession session;
    ComposePanel panel(&session);
    const QSize minimum = panel.minimumSizeHint();
    QVERIFY2(minimum.width() <= 600 && minimum.height() <= 280,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("composeTabs"));
    auto *templates = panel.findChild<QComboBox *>(QStringLiteral("templateCombo"));
    QVERIFY(tabs && templates);
    // A template name the old list cut to "order-tot".
    templates->addItem(QStringLiteral("order-totals-v2"));
    for (const QSize size : {QSize(600, 280), minimum}) {
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents(); // lays the tab out (no wait involved)
            const QList<QWidget *> widgets = panel.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible() || widget->objectName().isEmpty() ||
                    widget->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                const QString where = QStringLiteral("%1 at %2×%3 on tab %4")
                                          .arg(widget->objectName())
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(tab);
                // Buttons read whole: "Send agai" is what the old window showed.
                if (auto *button = qobject_cast<QPushButton *>(widget))
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(where));
                if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo != templates)
                    QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(where));
                // Nothing leaves its parent's area (a scroll area's contents may: it scrolls).
                const QWidget *parent = widget->parentWidget();
                if (parent && !parent->objectName().startsWith(QLatin1String("qt_")))
                    QVERIFY2(parent->rect().contains(widget->geometry()), qPrintable(where));
            }
            if (tabs->currentWidget()->objectName() == QLatin1String("historyTab")) {
                QStyleOptionComboBox option;
                option.initFrom(templates);
                const int room = templates->style()
                                     ->subControlRect(QStyle::CC_ComboBox, &option,
                                                      QStyle::SC_ComboBoxEditField, templates)
                                     .width();
                const int needed =
                    templates->fontMetrics().horizontalAdvance(QStringLiteral("order-totals-v2"));
                QVERIFY2(room >= needed,
                         qPrintable(QStringLiteral("%1 < %2").arg(room).arg(needed)));
            }
        }
    }
}

QTEST_MAIN(TestComposePanel)
#include "tst_composepanel.moc"
