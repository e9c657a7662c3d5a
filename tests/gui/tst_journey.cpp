// The journey panel in the window, against the Sandbox and each real broker, as a teacher uses
// it: a message sent from the window, received, acked and committed shows every step in order,
// each with a time no earlier than the step before; a message another client sent starts at
// the broker's timestamp (CreateTime); and an offset fetched again after the consumer restarted
// without committing shows a second journey below the first.
#include "journeychecks.h"
#include "journeypanel.h"
#include "journeytracker.h"
#include "mainwindow.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "sessioncontroller.h"
#include "testcluster.h"
#include "windowtestsetup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Step = JourneyTracker::Step;

namespace {
constexpr int WaitMs = 30000;

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

// A window on a fresh topic as each test opens it: its table under the model tester, its
// journey panel shown, then connected and reading.
struct JourneyWindow
{
    MainWindow window;
    MessageTableModel *model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
    JourneyPanel *panel = nullptr;
    KafkaSession *session = nullptr;

    explicit JourneyWindow(const QString &prefix)
        : window(WindowTestSetup::freshConfig(prefix))
    {}

    // Shows the window and its journey panel; false with *why when either is missing.
    bool show(QString *why)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            *why = QStringLiteral("the window was not exposed");
            return false;
        }
        model = window.findChild<MessageTableModel *>();
        if (!model) {
            *why = QStringLiteral("the window has no message table model");
            return false;
        }
        tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel = shownJourneyPanel(window);
        if (!panel || !panel->isVisible()) {
            *why = QStringLiteral("the journey panel is missing or hidden");
            return false;
        }
        return true;
    }
    // Connects; false with *why when it is not reading within WaitMs.
    bool connectAndRead(QString *why)
    {
        window.connectToCluster();
        session = window.session();
        if (!WindowTestSetup::waitConsuming(session, WaitMs)) {
            *why = QStringLiteral("not connected and reading: ") + session->stateMessage();
            return false;
        }
        return true;
    }
};
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
    QVERIFY(WindowTestSetup::useSettingsIn(m_settings));
}

void TestJourney::init()
{
    QSettings().clear();
}

void TestJourney::sendReceiveAckCommit()
{
    JourneyWindow w(QStringLiteral("gui-journey"));
    QString opening;
    QVERIFY2(w.show(&opening), qPrintable(opening));
    QVERIFY(!w.panel->hasOffset());
    QVERIFY2(w.connectAndRead(&opening), qPrintable(opening));

    const QByteArray value = TestCluster::uniqueName(QStringLiteral("journey")).toUtf8();
    QSignalSpy delivered(w.session, &KafkaSession::delivered);
    QVERIFY(w.session->send(
                {.topic = w.session->watchedTopic(), .key = QByteArray("k"), .value = value}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = w.model->rowOf(report.partition, report.offset)) >= 0, WaitMs);
    QCOMPARE(w.model->valueAt(row), value);
    selectRow(w.window, row);
    QVERIFY(w.panel->hasOffset());

    // Sent here, delivered, fetched and shown; not acked yet.
    QTRY_COMPARE(w.panel->shownJourneys().size(), 1);
    JourneyTracker::Journey journey = w.panel->shownJourneys().constFirst();
    QCOMPARE(journey.topic, w.session->watchedTopic());
    QCOMPARE(journey.partition, report.partition);
    QCOMPARE(journey.offset, report.offset);
    QVERIFY(journey.sentHere);
    QCOMPARE(journey.acks, ProducerSettings::Acks::All);
    QCOMPARE(journey.delivery, 1);
    for (Step step : {Step::ProduceCall, Step::DeliveryReport, Step::Fetched, Step::Shown})
        QVERIFY2(journey.reached(step), qPrintable(JourneyPanel::stepName(step, journey)));
    for (Step step : {Step::Acked, Step::CommitSent, Step::CommitConfirmed})
        QVERIFY2(!journey.reached(step), qPrintable(JourneyPanel::stepName(step, journey)));
    QVERIFY(w.panel->plainText().contains(QStringLiteral("waiting")));
    QVERIFY(w.panel->plainText().contains(QStringLiteral("partition %1, offset %2, acks=all")
                                              .arg(report.partition)
                                              .arg(report.offset)));

    // Ack: the commit is sent and the broker confirms it; the panel follows on its own.
    QSignalSpy confirmed(w.session, &KafkaSession::commitsConfirmed);
    w.window.ackRows({row});
    QTRY_VERIFY_WITH_TIMEOUT(
        !w.panel->shownJourneys().isEmpty() &&
            w.panel->shownJourneys().constFirst().reached(Step::CommitConfirmed),
        WaitMs);
    QVERIFY(!confirmed.isEmpty());
    journey = w.panel->shownJourneys().constFirst();
    for (int i = 0; i < JourneyTracker::StepCount; ++i)
        QVERIFY2(journey.reached(Step(i)), qPrintable(JourneyPanel::stepName(Step(i), journey)));
    QString why;
    QVERIFY2(JourneyChecks::inOrder(journey, &why), qPrintable(why));
    QCOMPARE(journey.commitPosition, report.offset + 1);
    QCOMPARE(w.model->state(row), MessageTableModel::State::Committed);

    // The panel lists the steps in order, each with a delta that is not negative, and no step
    // waiting any more.
    const QString text = w.panel->plainText();
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
    auto *explain = w.panel->findChild<QCheckBox *>(QStringLiteral("journeyExplainCheck"));
    QVERIFY(explain && explain->isChecked());
    QCOMPARE(w.panel->explainAction()->objectName(), QStringLiteral("journeyExplainAction"));
    explain->click();
    QVERIFY(!w.panel->explainAction()->isChecked());
    const QString compact = w.panel->plainText();
    QVERIFY(!compact.contains(QStringLiteral("__consumer_offsets")));
    QVERIFY(compact.size() < text.size() / 2);
    for (Step step : journey.steps())
        QVERIFY(compact.contains(JourneyPanel::stepName(step, journey)));
    QCOMPARE(compact.count(QStringLiteral(" ms")), JourneyTracker::StepCount - 1);
    QCOMPARE(QSettings().value(QStringLiteral("journey/explain")).toBool(), false);
    explain->click();
    QVERIFY(w.panel->plainText().contains(QStringLiteral("__consumer_offsets")));
}

void TestJourney::anotherClientsMessageStartsAtTheBroker()
{
    JourneyWindow w(QStringLiteral("gui-journey-other"));
    QString opening;
    QVERIFY2(w.show(&opening), qPrintable(opening));
    QVERIFY2(w.connectAndRead(&opening), qPrintable(opening));

    // Another client: a producer of its own, on the same cluster and topic.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    ConnectionConfig other = w.session->effectiveConfig();
    other.topic = w.session->watchedTopic();
    const QList<DeliveryReport> reports = TestCluster::produce(other, 1, 0, true);
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports[0].delivered(), qPrintable(reports[0].error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = w.model->rowOf(0, reports[0].offset)) >= 0, WaitMs);
    selectRow(w.window, row);
    QTRY_COMPARE(w.panel->shownJourneys().size(), 1);
    const JourneyTracker::Journey journey = w.panel->shownJourneys().constFirst();
    QVERIFY(!journey.sentHere);
    QVERIFY(!journey.reached(Step::ProduceCall));
    QVERIFY(!journey.reached(Step::DeliveryReport));
    QCOMPARE(journey.timestampType, TimestampType::CreateTime);
    QCOMPARE(journey.brokerTimestampMs, w.model->timestampAt(row));
    QVERIFY(journey.brokerTimestampMs >= before);
    QVERIFY(journey.reached(Step::Fetched));
    QVERIFY(journey.reached(Step::Shown));
    QString why;
    QVERIFY2(JourneyChecks::inOrder(journey, &why), qPrintable(why));
    const QString text = w.panel->plainText();
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
    JourneyWindow w(QStringLiteral("gui-journey-again"));
    QString opening;
    QVERIFY2(w.show(&opening), qPrintable(opening));
    QVERIFY2(w.connectAndRead(&opening), qPrintable(opening));

    QSignalSpy delivered(w.session, &KafkaSession::delivered);
    QVERIFY(w.session->send({.topic = w.session->watchedTopic(),
                             .key = QByteArray("again"),
                             .value = QByteArray("not acked")}) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    QTRY_VERIFY_WITH_TIMEOUT(w.model->rowOf(report.partition, report.offset) >= 0, WaitMs);

    // Restarted without committing: the group's position is where it was, so the same offset
    // comes again.
    QSignalSpy stopped(w.session, &KafkaSession::consumerStopped);
    w.session->stopConsuming();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), WaitMs);
    w.session->startConsuming();
    const JourneyTracker *tracker = w.window.findChild<JourneyTracker *>();
    QVERIFY(tracker);
    QTRY_COMPARE_WITH_TIMEOUT(
        tracker->journeys(w.session->watchedTopic(), report.partition, report.offset).size(), 2,
        WaitMs);
    const int row = w.model->rowOf(report.partition, report.offset);
    QCOMPARE(w.model->state(row), MessageTableModel::State::Redelivered);
    selectRow(w.window, row);
    QTRY_COMPARE(w.panel->shownJourneys().size(), 2);
    const QList<JourneyTracker::Journey> journeys = w.panel->shownJourneys();
    QCOMPARE(journeys[0].delivery, 1);
    QCOMPARE(journeys[1].delivery, 2);
    QVERIFY(journeys[0].superseded);
    QVERIFY(!journeys[1].superseded);
    for (const JourneyTracker::Journey &j : journeys) {
        QVERIFY(j.sentHere);
        QCOMPARE(j.at(Step::ProduceCall), journeys[0].at(Step::ProduceCall));
        QVERIFY(!j.reached(Step::Acked));
        QString why;
        QVERIFY2(JourneyChecks::inOrder(j, &why), qPrintable(why));
    }
    QVERIFY(journeys[1].at(Step::Fetched) > journeys[0].at(Step::Shown));
    // Listed one below the other, the first saying it ended.
    const QString text = w.panel->plainText();
    const qsizetype first = text.indexOf(QStringLiteral("Journey 1"));
    const qsizetype second = text.indexOf(QStringLiteral("Journey 2"));
    QVERIFY(first >= 0);
    QVERIFY(second > first);
    QVERIFY(text.indexOf(QStringLiteral("not reached"), first) < second);
}

void TestJourney::browsingWaitsForNoAck()
{
    JourneyWindow w(QStringLiteral("gui-journey-browse"));
    QString opening;
    QVERIFY2(w.show(&opening), qPrintable(opening));
    QVERIFY2(w.connectAndRead(&opening), qPrintable(opening));
    ConsumerOptions browse = w.session->consumerOptions();
    browse.mode = ConsumerOptions::Mode::Browse;
    w.window.findChild<SessionController *>()->setConsumerOptions(browse);
    QVERIFY(WindowTestSetup::waitConsuming(w.session, WaitMs));
    QCOMPARE(w.session->consumerOptions().mode, ConsumerOptions::Mode::Browse);

    QSignalSpy delivered(w.session, &KafkaSession::delivered);
    QVERIFY(w.session->send({.topic = w.session->watchedTopic(), .value = QByteArray("browsed")}) !=
            0);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, WaitMs);
    const auto report = delivered.at(0).at(0).value<DeliveryReport>();
    QVERIFY2(report.delivered(), qPrintable(report.error));
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = w.model->rowOf(report.partition, report.offset)) >= 0, WaitMs);
    selectRow(w.window, row);
    QTRY_COMPARE(w.panel->shownJourneys().size(), 1);
    QVERIFY(w.panel->shownJourneys().constFirst().reached(Step::Shown));
    QVERIFY(!w.panel->shownJourneys().constFirst().reached(Step::Acked));
    // Without a group nothing can be acked or committed: no step waits for it, and the ack
    // step says why.
    const QString refusal = w.model->ackRefusal(row);
    QVERIFY(!refusal.isEmpty());
    const QString text = w.panel->plainText();
    QVERIFY(!text.contains(QStringLiteral("waiting")));
    QVERIFY(text.contains(QStringLiteral("not possible")));
    QVERIFY2(text.contains(refusal), qPrintable(text));
}

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
