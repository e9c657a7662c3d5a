// The journey panel in the window, against the Sandbox and each real broker, as a teacher uses
// it: a message sent from the window, received, acked and committed shows every step in order,
// each with a time no earlier than the step before; a message another client sent starts at
// the broker's timestamp (CreateTime); and an offset fetched again after the consumer restarted
// without committing shows a second journey below the first.
#include "journeypanel.h"
#include "journeytracker.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "sessioncontroller.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Step = JourneyTracker::Step;

namespace {
constexpr int WaitMs = 30000;

ConnectionConfig freshConfig(const QString &prefix)
{
    if (TestCluster::brokers().isEmpty()) {
        ConnectionConfig config;
        config.groupId = TestCluster::uniqueName(prefix);
        return config; // the Sandbox's test-topic
    }
    QString error;
    ConnectionConfig config = TestCluster::newTopic(prefix, 2, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return config;
}

bool connectedAndConsuming(KafkaSession *session)
{
    return QTest::qWaitFor(
        [session] {
            return session->state() == KafkaSession::State::Connected && session->isConsuming();
        },
        WaitMs);
}

// In the order the journey lists its steps, every reached step's time is at or after the one
// before; the first is where the journey starts (the produce call, or the broker's timestamp
// for another client's message). The produce call comes first, and the consumer's steps in
// their own order (the delivery report may come after the fetch: see Journey::steps()).
bool inOrder(const JourneyTracker::Journey &journey, QString *why)
{
    const QList<Step> steps = journey.steps();
    if (steps.size() != JourneyTracker::StepCount || steps.constFirst() != Step::ProduceCall) {
        *why = QStringLiteral("the steps listed are not every step, from the produce call");
        return false;
    }
    qint64 previous = journey.sentHere ? -1 : journey.brokerTimestampMs;
    int consumerStep = -1;
    for (Step step : steps) {
        const qint64 at = journey.at(step);
        if (step >= Step::Fetched) {
            if (int(step) < consumerStep) {
                *why = QStringLiteral("step %1 is listed after step %2")
                           .arg(int(step))
                           .arg(consumerStep);
                return false;
            }
            consumerStep = int(step);
        }
        if (at < 0)
            continue;
        if (at < previous) {
            *why = QStringLiteral("step %1 at %2 is before the step listed before it, at %3")
                       .arg(int(step))
                       .arg(at)
                       .arg(previous);
            return false;
        }
        previous = at;
    }
    return true;
}

// Makes row of the table the current one, as a click does.
void selectRow(MainWindow &window, int row)
{
    auto *view = window.findChild<MessageTableView *>(QStringLiteral("messageView"));
    QVERIFY(view);
    QCOMPARE(view->model(),
             static_cast<QAbstractItemModel *>(window.findChild<MessageTableModel *>()));
    view->setCurrentIndex(view->model()->index(row, MessageTableModel::ValueColumn));
}

JourneyPanel *shownJourneyPanel(MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("journeyDock"));
    auto *panel = window.findChild<JourneyPanel *>(QStringLiteral("journeyPanel"));
    if (!dock || !panel)
        return nullptr;
    dock->show();
    dock->raise();
    return panel;
}
} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sendReceiveAckCommit();
    void anotherClientsMessageStartsAtTheBroker();
    void redeliveryIsASecondJourney();
    void browsingWaitsForNoAck();

private:
    QTemporaryDir m_settings;
};

void TestJourney::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    qInfo("against %s", TestCluster::brokers().isEmpty()
                            ? "the sandbox"
                            : qPrintable(QStringLiteral("Kafka ") + TestCluster::kafkaVersion()));
}

void TestJourney::init()
{
    QSettings().clear();
}

void TestJourney::sendReceiveAckCommit()
{
    MainWindow window(freshConfig(QStringLiteral("gui-journey")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JourneyPanel *panel = shownJourneyPanel(window);
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->hasOffset());
    window.connectToCluster();
    KafkaSession *session = window.session();
    QVERIFY(connectedAndConsuming(session));

    const QByteArray value = TestCluster::uniqueName(QStringLiteral("journey")).toUtf8();
    QSignalSpy delivered(session, &KafkaSession::delivered);
    QVERIFY(session->send(
                {.topic = session->watchedTopic(), .key = QByteArray("k"), .value = value}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = model->rowOf(report.partition, report.offset)) >= 0, WaitMs);
    QCOMPARE(model->valueAt(row), value);
    selectRow(window, row);
    QVERIFY(panel->hasOffset());

    // Sent here, delivered, fetched and shown; not acked yet.
    QTRY_COMPARE(panel->shownJourneys().size(), 1);
    JourneyTracker::Journey journey = panel->shownJourneys().constFirst();
    QCOMPARE(journey.topic, session->watchedTopic());
    QCOMPARE(journey.partition, report.partition);
    QCOMPARE(journey.offset, report.offset);
    QVERIFY(journey.sentHere);
    QCOMPARE(journey.acks, ProducerSettings::Acks::All);
    QCOMPARE(journey.delivery, 1);
    for (Step step : {Step::ProduceCall, Step::DeliveryReport, Step::Fetched, Step::Shown})
        QVERIFY2(journey.reached(step), qPrintable(JourneyPanel::stepName(step, journey)));
    for (Step step : {Step::Acked, Step::CommitSent, Step::CommitConfirmed})
        QVERIFY2(!journey.reached(step), qPrintable(JourneyPanel::stepName(step, journey)));
    QVERIFY(panel->plainText().contains(QStringLiteral("waiting")));
    QVERIFY(panel->plainText().contains(QStringLiteral("partition %1, offset %2, acks=all")
                                            .arg(report.partition)
                                            .arg(report.offset)));

    // Ack: the commit is sent and the broker confirms it; the panel follows on its own.
    QSignalSpy confirmed(session, &KafkaSession::commitsConfirmed);
    window.ackRows({row});
    QTRY_VERIFY_WITH_TIMEOUT(!panel->shownJourneys().isEmpty() &&
                                 panel->shownJourneys().constFirst().reached(Step::CommitConfirmed),
                             WaitMs);
    QVERIFY(!confirmed.isEmpty());
    journey = panel->shownJourneys().constFirst();
    for (int i = 0; i < JourneyTracker::StepCount; ++i)
        QVERIFY2(journey.reached(Step(i)), qPrintable(JourneyPanel::stepName(Step(i), journey)));
    QString why;
    QVERIFY2(inOrder(journey, &why), qPrintable(why));
    QCOMPARE(journey.commitPosition, report.offset + 1);
    QCOMPARE(model->state(row), MessageTableModel::State::Committed);

    // The panel lists the steps in order, each with a delta that is not negative, and no step
    // waiting any more.
    const QString text = panel->plainText();
    qsizetype at = 0;
    for (Step step : journey.steps()) {
        const QString name = JourneyPanel::stepName(step, journey);
        const qsizetype found = text.indexOf(name, at);
        QVERIFY2(found >= at, qPrintable(name + QStringLiteral(" missing or out of order")));
        at = found + name.size();
    }
    QVERIFY(!text.contains(QStringLiteral("waiting")));
    QVERIFY(!text.contains(QStringLiteral("−")));
    QCOMPARE(text.count(QStringLiteral(" ms")), JourneyTracker::StepCount - 1);
    QVERIFY(text.contains(QStringLiteral("__consumer_offsets")));

    // Without the explanations: the same steps and times, in fewer lines; the choice is kept.
    auto *explain = panel->findChild<QCheckBox *>(QStringLiteral("journeyExplainCheck"));
    QVERIFY(explain && explain->isChecked());
    QCOMPARE(panel->explainAction()->objectName(), QStringLiteral("journeyExplainAction"));
    explain->click();
    QVERIFY(!panel->explainAction()->isChecked());
    const QString compact = panel->plainText();
    QVERIFY(!compact.contains(QStringLiteral("__consumer_offsets")));
    QVERIFY(compact.size() < text.size() / 2);
    for (Step step : journey.steps())
        QVERIFY(compact.contains(JourneyPanel::stepName(step, journey)));
    QCOMPARE(compact.count(QStringLiteral(" ms")), JourneyTracker::StepCount - 1);
    QCOMPARE(QSettings().value(QStringLiteral("journey/explain")).toBool(), false);
    explain->click();
    QVERIFY(panel->plainText().contains(QStringLiteral("__consumer_offsets")));
}

void TestJourney::anotherClientsMessageStartsAtTheBroker()
{
    MainWindow window(freshConfig(QStringLiteral("gui-journey-other")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JourneyPanel *panel = shownJourneyPanel(window);
    QVERIFY(panel);
    window.connectToCluster();
    KafkaSession *session = window.session();
    QVERIFY(connectedAndConsuming(session));

    // Another client: a producer of its own, on the same cluster and topic.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ConnectionConfig other = session->effectiveConfig();
    other.topic = session->watchedTopic();
    const QList<DeliveryReport> reports = TestCluster::produce(other, 1, 0, true);
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports[0].delivered(), qPrintable(reports[0].error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = model->rowOf(0, reports[0].offset)) >= 0, WaitMs);
    selectRow(window, row);
    QTRY_COMPARE(panel->shownJourneys().size(), 1);
    const JourneyTracker::Journey journey = panel->shownJourneys().constFirst();
    QVERIFY(!journey.sentHere);
    QVERIFY(!journey.reached(Step::ProduceCall));
    QVERIFY(!journey.reached(Step::DeliveryReport));
    QCOMPARE(journey.timestampType, TimestampType::CreateTime);
    QCOMPARE(journey.brokerTimestampMs, model->timestampAt(row));
    QVERIFY(journey.brokerTimestampMs >= before);
    QVERIFY(journey.reached(Step::Fetched));
    QVERIFY(journey.reached(Step::Shown));
    QString why;
    QVERIFY2(inOrder(journey, &why), qPrintable(why));
    const QString text = panel->plainText();
    QVERIFY(text.contains(QStringLiteral("CreateTime")));
    QVERIFY(!text.contains(JourneyPanel::stepName(Step::DeliveryReport, journey)));
    QVERIFY(!text.contains(QStringLiteral("−")));
    // The broker's timestamp, as the table shows it, is the first time in the journey.
    const QString stamp = QDateTime::fromMSecsSinceEpoch(journey.brokerTimestampMs)
                              .toString(QStringLiteral("HH:mm:ss.zzz"));
    QVERIFY(text.indexOf(stamp) >= 0);
    QVERIFY(text.indexOf(stamp) < text.indexOf(JourneyPanel::stepName(Step::Fetched, journey)));
}

void TestJourney::redeliveryIsASecondJourney()
{
    MainWindow window(freshConfig(QStringLiteral("gui-journey-again")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JourneyPanel *panel = shownJourneyPanel(window);
    QVERIFY(panel);
    window.connectToCluster();
    KafkaSession *session = window.session();
    QVERIFY(connectedAndConsuming(session));

    QSignalSpy delivered(session, &KafkaSession::delivered);
    QVERIFY(session->send({.topic = session->watchedTopic(),
                           .key = QByteArray("again"),
                           .value = QByteArray("not acked")}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(report.partition, report.offset) >= 0, WaitMs);

    // Restarted without committing: the group's position is where it was, so the same offset
    // comes again.
    QSignalSpy stopped(session, &KafkaSession::consumerStopped);
    session->stopConsuming();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), WaitMs);
    session->startConsuming();
    const JourneyTracker *tracker = window.findChild<JourneyTracker *>();
    QVERIFY(tracker);
    QTRY_COMPARE_WITH_TIMEOUT(
        tracker->journeys(session->watchedTopic(), report.partition, report.offset).size(), 2,
        WaitMs);
    const int row = model->rowOf(report.partition, report.offset);
    QCOMPARE(model->state(row), MessageTableModel::State::Redelivered);
    selectRow(window, row);
    QTRY_COMPARE(panel->shownJourneys().size(), 2);
    const QList<JourneyTracker::Journey> journeys = panel->shownJourneys();
    QCOMPARE(journeys[0].delivery, 1);
    QCOMPARE(journeys[1].delivery, 2);
    QVERIFY(journeys[0].superseded);
    QVERIFY(!journeys[1].superseded);
    for (const JourneyTracker::Journey &j : journeys) {
        QVERIFY(j.sentHere);
        QCOMPARE(j.at(Step::ProduceCall), journeys[0].at(Step::ProduceCall));
        QVERIFY(!j.reached(Step::Acked));
        QString why;
        QVERIFY2(inOrder(j, &why), qPrintable(why));
    }
    QVERIFY(journeys[1].at(Step::Fetched) > journeys[0].at(Step::Shown));
    // Listed one below the other, the first saying it ended.
    const QString text = panel->plainText();
    const qsizetype first = text.indexOf(QStringLiteral("Journey 1"));
    const qsizetype second = text.indexOf(QStringLiteral("Journey 2"));
    QVERIFY(first >= 0);
    QVERIFY(second > first);
    QVERIFY(text.indexOf(QStringLiteral("not reached"), first) < second);
}

void TestJourney::browsingWaitsForNoAck()
{
    MainWindow window(freshConfig(QStringLiteral("gui-journey-browse")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *model = window.findChild<MessageTableModel *>();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JourneyPanel *panel = shownJourneyPanel(window);
    QVERIFY(panel);
    window.connectToCluster();
    KafkaSession *session = window.session();
    QVERIFY(connectedAndConsuming(session));
    ConsumerOptions browse = session->consumerOptions();
    browse.mode = ConsumerOptions::Mode::Browse;
    window.findChild<SessionController *>()->setConsumerOptions(browse);
    QVERIFY(connectedAndConsuming(session));
    QCOMPARE(session->consumerOptions().mode, ConsumerOptions::Mode::Browse);

    QSignalSpy delivered(session, &KafkaSession::delivered);
    QVERIFY(session->send({.topic = session->watchedTopic(), .value = QByteArray("browsed")}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = model->rowOf(report.partition, report.offset)) >= 0, WaitMs);
    selectRow(window, row);
    QTRY_COMPARE(panel->shownJourneys().size(), 1);
    QVERIFY(panel->shownJourneys().constFirst().reached(Step::Shown));
    QVERIFY(!panel->shownJourneys().constFirst().reached(Step::Acked));
    // Without a group nothing can be acked or committed: no step waits for it, and the ack
    // step says why.
    const QString refusal = model->ackRefusal(row);
    QVERIFY(!refusal.isEmpty());
    const QString text = panel->plainText();
    QVERIFY(!text.contains(QStringLiteral("waiting")));
    QVERIFY(text.contains(QStringLiteral("not possible")));
    QVERIFY2(text.contains(refusal), qPrintable(text));
}

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
