// The security dialog keeps what it was given and returns what is chosen: its protocol and
// mechanism lists carry their values, so the order of their items changes nothing.
#include "securitydialog.h"

#include <QComboBox>
#include <QTest>

class TestSecurityDialog final : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryChoice_data();
    void roundTripsEveryChoice();
};

void TestSecurityDialog::roundTripsEveryChoice_data()
{
    using S = ConnectionConfig::Security;
    using M = ConnectionConfig::SaslMechanism;
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("mechanism");
    for (S s : {S::Plaintext, S::Ssl, S::SaslPlaintext, S::SaslSsl})
        for (M m : {M::Plain, M::ScramSha256, M::ScramSha512})
            QTest::addRow("%d/%d", int(s), int(m)) << int(s) << int(m);
}

void TestSecurityDialog::roundTripsEveryChoice()
{
    QFETCH(int, security);
    QFETCH(int, mechanism);
    ConnectionConfig given;
    given.security = ConnectionConfig::Security(security);
    given.saslMechanism = ConnectionConfig::SaslMechanism(mechanism);
    given.username = QStringLiteral("alice");
    SecurityDialog dialog(given);
    const ConnectionConfig back = dialog.config();
    QCOMPARE(int(back.security), security);
    QCOMPARE(int(back.saslMechanism), mechanism);
    // What the lists show agrees with the value: the SASL choices name themselves.
    auto *mechanisms = dialog.findChild<QComboBox *>(QStringLiteral("mechanismCombo"));
    QVERIFY(mechanisms);
    QCOMPARE(mechanisms->currentText(),
             QStringList({"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}).at(mechanism));
    // Choosing by value: SCRAM-SHA-512 wherever it sits in the list.
    mechanisms->setCurrentIndex(mechanisms->findText(QStringLiteral("SCRAM-SHA-512")));
    QCOMPARE(dialog.config().saslMechanism, ConnectionConfig::SaslMechanism::ScramSha512);
}

QTEST_MAIN(TestSecurityDialog)
#include "tst_securitydialog.moc"
