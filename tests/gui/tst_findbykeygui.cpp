// Find by key as a user reaches it: the dialog shows the key's partition before reading (and
// refuses what has none: a bad hex key, an empty key with consistent_random, a topic without
// partitions); in the window, Find by key… from the Consumer menu leaves in the table only that
// key's messages, from its one partition, and Stop finding by key brings every message back.
// The window part runs against each real broker, and the Sandbox when none is given.
#include "findbykeydialog.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "partitioner.h"
#include "partitionoffsetsmodel.h"
#include "testcluster.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
void choose(QComboBox *combo, int data)
{
    combo->setCurrentIndex(combo->findData(data));
}

QPushButton *findButton(const FindByKeyDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("findButtons"))
        ->button(QDialogButtonBox::Ok);
}

QString result(const FindByKeyDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("partitionResultLabel"))->text();
}
} // namespace

class TestFindByKeyGui final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogShowsThePartitionBeforeReading();
    void dialogRefusesWhatHasNoPartition();
    void windowShowsOnlyTheKeysMessagesUntilStopped();

private:
    QTemporaryDir m_settings;
};

void TestFindByKeyGui::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

void TestFindByKeyGui::dialogShowsThePartitionBeforeReading()
{
    FindByKeyDialog dialog(QStringLiteral("orders"), 6);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *partitioner = dialog.findChild<QComboBox *>(QStringLiteral("partitionerCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("keyFormatCombo"));
    QVERIFY(key && partitioner && format);
    // murmur2, as Java clients, is the default.
    QCOMPARE(dialog.partitioner(), Partitioner::Kind::Murmur2);
    QTest::keyClicks(key, QStringLiteral("customer-42"));
    const qint32 murmur =
        Partitioner::partitionFor(Partitioner::Kind::Murmur2, QByteArray("customer-42"), 6)
            .partition;
    QCOMPARE(dialog.partition(), murmur);
    QVERIFY2(result(dialog).contains(QStringLiteral("is in partition %1 of 6").arg(murmur)),
             qPrintable(result(dialog)));
    QVERIFY(findButton(dialog)->isEnabled());
    QCOMPARE(dialog.key(), QByteArray("customer-42"));

    choose(partitioner, int(Partitioner::Kind::ConsistentRandom));
    const qint32 crc =
        Partitioner::partitionFor(Partitioner::Kind::ConsistentRandom, QByteArray("customer-42"), 6)
            .partition;
    QCOMPARE(dialog.partition(), crc);
    QVERIFY(result(dialog).contains(QStringLiteral("is in partition %1 of 6").arg(crc)));

    // A binary key in hex, spaces allowed.
    choose(format, 1);
    key->setText(QStringLiteral("00 ff 80 6B"));
    QCOMPARE(dialog.key(), QByteArray("\x00\xff\x80k", 4));
    QVERIFY(dialog.partition() >= 0);

    // From the beginning, or from the time shown.
    QCOMPARE(dialog.startTimestampMs(), qint64(-1));
    dialog.findChild<QRadioButton *>(QStringLiteral("fromTimeRadio"))->setChecked(true);
    const QDateTime time = QDateTime::fromString(QStringLiteral("2026-01-02 03:04:05"),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    dialog.findChild<QDateTimeEdit *>(QStringLiteral("startTimeEdit"))->setDateTime(time);
    QCOMPARE(dialog.startTimestampMs(), time.toMSecsSinceEpoch());
}

void TestFindByKeyGui::dialogRefusesWhatHasNoPartition()
{
    FindByKeyDialog dialog(QStringLiteral("orders"), 6);
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *partitioner = dialog.findChild<QComboBox *>(QStringLiteral("partitionerCombo"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("keyFormatCombo"));
    // The empty key: a partition with murmur2, none with consistent_random.
    QVERIFY(findButton(dialog)->isEnabled());
    QVERIFY(result(dialog).contains(QLatin1String("empty key is in partition")));
    choose(partitioner, int(Partitioner::Kind::ConsistentRandom));
    QVERIFY(!findButton(dialog)->isEnabled());
    QVERIFY(result(dialog).contains(QLatin1String("empty key has no partition")));
    // Hex that is not hex, or an odd number of digits.
    choose(format, 1);
    for (const char *bad : {"zz", "abc", "0x41", "-1"}) {
        key->setText(QString::fromLatin1(bad));
        QVERIFY2(!findButton(dialog)->isEnabled(), bad);
        QVERIFY2(result(dialog).contains(QLatin1String("Hex bytes")), bad);
    }
    // A key too long to be one.
    choose(format, 0);
    key->setText(QString(FindByKeyDialog::MaxKeyBytes + 1, QLatin1Char('k')));
    QVERIFY(!findButton(dialog)->isEnabled());
    QVERIFY(result(dialog).contains(QLatin1String("longer than")));

    // A topic whose partitions are unknown (or none): nothing to find.
    FindByKeyDialog none(QStringLiteral("orders"), 0);
    none.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("k"));
    QVERIFY(!findButton(none)->isEnabled());
    QVERIFY(result(none).contains(QLatin1String("no partitions")));
}

void TestFindByKeyGui::windowShowsOnlyTheKeysMessagesUntilStopped()
{
    const bool sandbox = TestCluster::brokers().isEmpty();
    ConnectionConfig config;
    int partitions = 2; // the Sandbox's test-topic
    if (sandbox) {
        config.groupId = TestCluster::uniqueName(QStringLiteral("gui-findkey"));
    } else {
        partitions = 4;
        QString error;
        config = TestCluster::newTopic(QStringLiteral("gui-findkey"), partitions, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    MainWindow window(config);
    window.show();
    window.connectToCluster();
    KafkaSession *session = window.session();
    QTRY_VERIFY_WITH_TIMEOUT(
        session->state() == KafkaSession::State::Connected && session->isConsuming(), 30000);
    auto *table = window.findChild<QTableView *>(QStringLiteral("messageView"));
    QVERIFY(table);
    auto *model = qobject_cast<MessageTableModel *>(table->model());
    QVERIFY(model);
    const int before = model->rowCount();

    // The window's own producer places keys with librdkafka's consistent_random.
    QSignalSpy delivered(session, &KafkaSession::delivered);
    const int keys = 6;
    const int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        for (int k = 0; k < keys; ++k)
            session->send({.topic = session->watchedTopic(),
                           .key = QByteArray("key-") + QByteArray::number(k),
                           .value = QByteArray("round ") + QByteArray::number(round)});
    }
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), keys * rounds, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + keys * rounds, 30000);
    const QByteArray wanted("key-3");
    // Every message with the key, in the table before finding (the Sandbox may hold others).
    int withKey = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->keyAt(row) == wanted)
            ++withKey;
    }
    QVERIFY(withKey >= rounds);
    const qint32 partition =
        Partitioner::partitionFor(Partitioner::Kind::ConsistentRandom, wanted, partitions)
            .partition;

    QAction *find = nullptr;
    QAction *stop = nullptr;
    for (QAction *a :
         window.menuBar()->findChild<QMenu *>(QStringLiteral("consumerMenu"))->actions()) {
        if (a->objectName() == QLatin1String("findByKeyAction"))
            find = a;
        if (a->objectName() == QLatin1String("stopFindingKeyAction"))
            stop = a;
    }
    QVERIFY(find && stop);
    QVERIFY(find->isEnabled());
    QVERIFY(!stop->isEnabled());
    find->trigger();
    FindByKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<FindByKeyDialog *>()) && dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QString::fromLatin1(wanted));
    choose(dialog->findChild<QComboBox *>(QStringLiteral("partitionerCombo")),
           int(Partitioner::Kind::ConsistentRandom));
    QCOMPARE(dialog->partition(), partition);
    QSignalSpy notices(session, &KafkaSession::notice);
    QTest::mouseClick(findButton(*dialog), Qt::LeftButton);

    // Only the key's messages, all of them, from its one partition.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(notices.cbegin(), notices.cend(),
                                         [](const QList<QVariant> &n) {
                                             return n.at(0).toString().startsWith(
                                                 QLatin1String("Read partition"));
                                         }),
                             30000);
    QVERIFY(session->isFindingKey());
    QVERIFY(stop->isEnabled());
    QCOMPARE(model->rowCount(), withKey);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->keyAt(row).toByteArray(), wanted);
        QCOMPARE(model->partitionAt(row), partition);
    }
    auto *offsets = window.findChild<QTableView *>(QStringLiteral("offsetsView"));
    QVERIFY(offsets);
    QTRY_COMPARE(offsets->model()->rowCount(), 1);
    auto *hint = window.findChild<QLabel *>(QStringLiteral("offsetsHintLabel"));
    QVERIFY(hint && hint->text().contains(QLatin1String("key-3")));

    // Stop finding: every message of every partition again.
    stop->trigger();
    QVERIFY(!session->isFindingKey());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + keys * rounds, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(offsets->model()->rowCount(), partitions, 30000);
}

QTEST_MAIN(TestFindByKeyGui)
#include "tst_findbykeygui.moc"
