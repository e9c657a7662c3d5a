// The topics panel alone, on the offscreen platform: it lists the Sandbox's topics, watches
// the topic chosen, creates one (refusing an existing name before OK) and watches it, clears
// the error of a failed create once a later one succeeds, and watches the last topic chosen
// on a cluster again when that cluster is connected anew with nothing watched (on a mock
// cluster of the test's own: the Sandbox always watches its demo topic).
#include "kafkasession.h"
#include "mockcluster.h"
#include "topicspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestTopicsPanel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void listsTopicsAndWatchesTheChosenOne();
    void createRefusesAnExistingNameBeforeOk();
    void replicationFactorFollowsTheSandboxBrokers_data();
    void replicationFactorFollowsTheSandboxBrokers();
    void aLaterCreateClearsTheError();
    void lastTopicIsWatchedAgainOnTheSameCluster();

private:
    static bool connectSession(KafkaSession &session, const ConnectionConfig &config);
    // The Sandbox, as a start with nothing configured connects to it.
    static ConnectionConfig sandbox();
    static QModelIndex indexOf(const QTreeView *view, const QString &topic);

    QTemporaryDir m_settings;
};

void TestTopicsPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("TopicDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_topicspanel"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestTopicsPanel::init()
{
    QSettings().clear();
}

bool TestTopicsPanel::connectSession(KafkaSession &session, const ConnectionConfig &config)
{
    session.connectToCluster(config);
    return QTest::qWaitFor([&session] { return session.state() == KafkaSession::State::Connected; },
                           15000);
}

ConnectionConfig TestTopicsPanel::sandbox()
{
    ConnectionConfig config;
    config.groupId = ConnectionConfig::defaultGroupId();
    return config;
}

QModelIndex TestTopicsPanel::indexOf(const QTreeView *view, const QString &topic)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == topic)
            return model->index(row, 0);
    }
    return {};
}

void TestTopicsPanel::listsTopicsAndWatchesTheChosenOne()
{
    KafkaSession session;
    TopicsPanel panel(&session);
    auto *view = panel.findChild<QTreeView *>(QStringLiteral("topicView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!panel.refreshAction()->isEnabled());
    QVERIFY(!panel.createTopicAction()->isEnabled());
    QCOMPARE(panel.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));

    QVERIFY(connectSession(session, sandbox()));
    QVERIFY(panel.refreshAction()->isEnabled());
    QVERIFY(panel.createTopicAction()->isEnabled());
    QTRY_VERIFY(indexOf(view, QStringLiteral("test-topic")).isValid());
    // The watched topic is the one shown selected.
    QTRY_COMPARE(view->currentIndex(), indexOf(view, QStringLiteral("test-topic")));

    session.createTopic(QStringLiteral("second-topic"), 1, 1);
    QTRY_COMPARE(session.watchedTopic(), QStringLiteral("second-topic"));
    QTRY_VERIFY(indexOf(view, QStringLiteral("second-topic")).isValid());
    QTRY_COMPARE(view->currentIndex(), indexOf(view, QStringLiteral("second-topic")));

    // Choosing a row watches its topic; the filter narrows the list.
    QSignalSpy watched(&session, &KafkaSession::watchedTopicChanged);
    view->setCurrentIndex(indexOf(view, QStringLiteral("test-topic")));
    QCOMPARE(session.watchedTopic(), QStringLiteral("test-topic"));
    QCOMPARE(watched.size(), 1);
    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("topicFilterEdit"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("SECOND"));
    QCOMPARE(view->model()->rowCount(), 1);
    // Filtering the watched topic out of sight is no choice of another.
    QCOMPARE(session.watchedTopic(), QStringLiteral("test-topic"));
    QVERIFY(!view->currentIndex().isValid());
    QVERIFY(indexOf(view, QStringLiteral("second-topic")).isValid());

    // Refresh asks again; nothing the user chose is lost.
    QSignalSpy topics(&session, &KafkaSession::topicsChanged);
    panel.refreshAction()->trigger();
    QVERIFY(topics.wait(10000));
    QCOMPARE(session.watchedTopic(), QStringLiteral("test-topic"));
}

void TestTopicsPanel::createRefusesAnExistingNameBeforeOk()
{
    KafkaSession session;
    TopicsPanel panel(&session);
    panel.show();
    QVERIFY(connectSession(session, sandbox()));
    panel.createTopicAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<QDialog *>(QStringLiteral("createTopicDialog"))));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(name && problem && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);

    name->setText(QStringLiteral("test-topic"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("test-topic")));
    // Topic names are case-sensitive: another case is another topic.
    name->setText(QStringLiteral("Test-Topic"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    name->setText(QStringLiteral("brand-new"));
    QVERIFY(ok->isEnabled());

    QSignalSpy created(&session, &KafkaSession::topicCreated);
    ok->click();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(1).toString(), QString());
    // A created topic is watched, and remembered for this cluster.
    QTRY_COMPARE(session.watchedTopic(), QStringLiteral("brand-new"));
    QCOMPARE(QSettings().value(TopicsPanel::lastTopicKey(QStringLiteral("sandbox"))).toString(),
             QStringLiteral("brand-new"));
    QTRY_VERIFY(!panel.findChild<QDialog *>(QStringLiteral("createTopicDialog")));
}

void TestTopicsPanel::replicationFactorFollowsTheSandboxBrokers_data()
{
    QTest::addColumn<int>("brokers");
    QTest::newRow("1 broker") << 1;
    QTest::newRow("3 brokers") << 3;
}

// Each partition can have a replica on every Sandbox broker: up to 3 with three brokers, and the
// dialog says so; with one broker the factor stays 1.
void TestTopicsPanel::replicationFactorFollowsTheSandboxBrokers()
{
    QFETCH(int, brokers);
    KafkaSession session;
    TopicsPanel panel(&session);
    panel.show();
    ConnectionConfig config = sandbox();
    config.sandboxBrokers = brokers;
    QVERIFY(connectSession(session, config));
    panel.createTopicAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<QDialog *>(QStringLiteral("createTopicDialog"))));
    auto *replication = dialog->findChild<QSpinBox *>(QStringLiteral("replicationSpin"));
    QVERIFY(replication);
    QCOMPARE(replication->maximum(), brokers);
    QCOMPARE(replication->isEnabled(), brokers > 1);
    QVERIFY2(replication->toolTip().contains(QString::number(brokers)),
             qPrintable(replication->toolTip()));
    replication->setValue(brokers + 1); // more replicas than brokers cannot be chosen
    QCOMPARE(replication->value(), brokers);
    dialog->reject();
}

void TestTopicsPanel::aLaterCreateClearsTheError()
{
    KafkaSession session;
    TopicsPanel panel(&session);
    QSignalSpy errors(&panel, &TopicsPanel::errorOccurred);
    QSignalSpy cleared(&panel, &TopicsPanel::errorCleared);
    QVERIFY(connectSession(session, sandbox()));

    session.createTopic(QStringLiteral("not a topic name"), 1, 1);
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(cleared.size(), 0);

    panel.createTopicAction()->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<QDialog *>(QStringLiteral("createTopicDialog"))));
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("fine"));
    dialog->accept();
    QTRY_COMPARE(cleared.size(), 1);
    QCOMPARE(errors.size(), 1);
}

void TestTopicsPanel::lastTopicIsWatchedAgainOnTheSameCluster()
{
    MockCluster cluster;
    QVERIFY(cluster.get());
    QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "alpha", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
    QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "beta", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
    ConnectionConfig config;
    config.bootstrapServers = cluster.bootstrapServers();
    config.groupId = ConnectionConfig::defaultGroupId();
    ConsumerOptions browse;
    browse.mode = ConsumerOptions::Mode::Browse;

    {
        KafkaSession session;
        session.setConsumerOptions(browse);
        TopicsPanel panel(&session);
        auto *view = panel.findChild<QTreeView *>(QStringLiteral("topicView"));
        QVERIFY(connectSession(session, config));
        // A real cluster with no topic given: nothing is watched until the user chooses.
        QTRY_VERIFY(indexOf(view, QStringLiteral("beta")).isValid());
        QCoreApplication::processEvents();
        QCOMPARE(session.watchedTopic(), QString());
        view->setCurrentIndex(indexOf(view, QStringLiteral("beta")));
        QCOMPARE(session.watchedTopic(), QStringLiteral("beta"));
    }
    {
        // Connected again (as after a restart): the topic chosen last time is watched again.
        KafkaSession session;
        session.setConsumerOptions(browse);
        TopicsPanel panel(&session);
        QSignalSpy lines(&panel, &TopicsPanel::logLine);
        QVERIFY(connectSession(session, config));
        QTRY_COMPARE(session.watchedTopic(), QStringLiteral("beta"));
        QCOMPARE(lines.size(), 1);
        auto *view = panel.findChild<QTreeView *>(QStringLiteral("topicView"));
        QTRY_COMPARE(view->currentIndex(), indexOf(view, QStringLiteral("beta")));
        // Only once per connection: choosing nothing later does not bring it back.
        session.watchTopic(QString());
        QSignalSpy topics(&session, &KafkaSession::topicsChanged);
        session.refreshTopics();
        QVERIFY(topics.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(session.watchedTopic(), QString());
    }
    {
        // Another cluster does not inherit it.
        MockCluster other;
        QVERIFY(other.get());
        QCOMPARE(rd_kafka_mock_topic_create(other.get(), "beta", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        ConnectionConfig otherConfig = config;
        otherConfig.bootstrapServers = other.bootstrapServers();
        KafkaSession session;
        session.setConsumerOptions(browse);
        TopicsPanel panel(&session);
        QVERIFY(connectSession(session, otherConfig));
        auto *view = panel.findChild<QTreeView *>(QStringLiteral("topicView"));
        QTRY_VERIFY(indexOf(view, QStringLiteral("beta")).isValid());
        QCoreApplication::processEvents();
        QCOMPARE(session.watchedTopic(), QString());
    }
}

QTEST_MAIN(TestTopicsPanel)
#include "tst_topicspanel.moc"
