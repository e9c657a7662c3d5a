// The Sandbox's broker count kept in a profile, as a user saves and loads one in the
// connection panel (offscreen, no broker needed): 3 brokers chosen and saved under a name come
// back as 3 in a fresh panel; a profile edited by hand to a count other than 1 or 3 loads as 1
// and says so in the panel's error line. Settings live in a temporary folder.
#include "connectionpanel.h"
#include "kafkasession.h"
#include "profilestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestProfileBrokers final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void savedBrokerCountComesBack();
    void handEditedBrokerCountLoadsAsOne();

private:
    static QComboBox *brokersCombo(const ConnectionPanel &panel);
    QTemporaryDir m_settings;
};

void TestProfileBrokers::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilebrokers"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestProfileBrokers::init()
{
    QSettings().clear();
}

QComboBox *TestProfileBrokers::brokersCombo(const ConnectionPanel &panel)
{
    return panel.findChild<QComboBox *>(QStringLiteral("sandboxBrokersCombo"));
}

void TestProfileBrokers::savedBrokerCountComesBack()
{
    {
        KafkaSession session;
        ConnectionPanel panel(&session, ConnectionConfig());
        QComboBox *combo = brokersCombo(panel);
        QVERIFY(combo && combo->isEnabled());
        QCOMPARE(combo->currentData().toInt(), 1);
        combo->setCurrentIndex(combo->findData(3));
        QCOMPARE(panel.config().sandboxBrokers, 3);
        // Save profile…, named as a user types it.
        panel.saveProfileAction()->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.window()->findChild<QInputDialog *>(
                         QStringLiteral("profileNameDialog"))) != nullptr);
        dialog->setTextValue(QStringLiteral("three brokers"));
        dialog->accept();
        QCOMPARE(panel.currentProfile(), QStringLiteral("three brokers"));
    }
    QCOMPARE(ProfileStore().load(QStringLiteral("three brokers"))->sandboxBrokers, 3);

    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QComboBox *combo = brokersCombo(panel);
    QVERIFY(combo);
    panel.applyProfile(QStringLiteral("three brokers"));
    QCOMPARE(combo->currentData().toInt(), 3);
    QCOMPARE(panel.config().sandboxBrokers, 3);
    // Back to 1 and saved over: 1 is what the profile keeps.
    combo->setCurrentIndex(combo->findData(1));
    ProfileStore().save(QStringLiteral("three brokers"), panel.config());
    panel.applyProfile(QStringLiteral("three brokers"));
    QCOMPARE(combo->currentData().toInt(), 1);
}

void TestProfileBrokers::handEditedBrokerCountLoadsAsOne()
{
    ConnectionConfig three;
    three.sandboxBrokers = 3;
    ProfileStore().save(QStringLiteral("edited"), three);
    QSettings().setValue(QStringLiteral("profiles/edited/sandboxBrokers"), QStringLiteral("7"));

    KafkaSession session;
    ConnectionPanel panel(&session, ConnectionConfig());
    QComboBox *combo = brokersCombo(panel);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(3));
    QSignalSpy errors(&panel, &ConnectionPanel::errorOccurred);
    panel.applyProfile(QStringLiteral("edited"));
    QCOMPARE(errors.size(), 1);
    const QString error = errors.at(0).at(0).toString();
    QVERIFY2(error.contains(QStringLiteral("\"7\" is not 1 or 3: 1 is used")), qPrintable(error));
    QCOMPARE(combo->currentData().toInt(), 1);
    QCOMPARE(panel.config().sandboxBrokers, 1);
}

QTEST_MAIN(TestProfileBrokers)
#include "tst_profilebrokers.moc"
