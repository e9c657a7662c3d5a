// HandleReaper: a destroy runs on a thread of the reaper's while the caller goes on, several run
// side by side (a slow one does not hold up the next), and a real librdkafka handle given to it
// with its event callback is ended, the callback after the handle.
#include "handlereaper.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <librdkafka/rdkafkacpp.h>

#include <memory>

namespace {
class CountingEvents final : public RdKafka::EventCb
{
public:
    explicit CountingEvents(QAtomicInt *alive)
        : m_alive(alive)
    {
        m_alive->ref();
    }
    ~CountingEvents() override { m_alive->deref(); }
    void event_cb(RdKafka::Event &) override {}

private:
    QAtomicInt *m_alive;
};
} // namespace

class TestHandleReaper final : public QObject
{
    Q_OBJECT
private slots:
    void callerGoesOn();
    void slowDestroysRunSideBySide();
    void endsAHandleThenItsCallback();
};

void TestHandleReaper::callerGoesOn()
{
    // Shared with the destroy, which may outlive a failed test function.
    struct State
    {
        QSemaphore release;
        QAtomicInt done;
        QAtomicPointer<QThread> ranOn;
    };
    const auto state = std::make_shared<State>();
    const auto letItEnd = qScopeGuard([state] { state->release.release(); });
    QElapsedTimer handing;
    handing.start();
    HandleReaper::destroyLater([state] {
        state->ranOn.storeRelease(QThread::currentThread());
        state->release.acquire(); // a destroy that takes as long as the test wants
        state->done.storeRelease(1);
    });
    // Handed over while the destroy still waits.
    QVERIFY2(handing.elapsed() < 100, qPrintable(QString::number(handing.elapsed())));
    QTRY_VERIFY(state->ranOn.loadAcquire() != nullptr);
    QVERIFY(state->ranOn.loadAcquire() != QThread::currentThread());
    QCOMPARE(state->done.loadAcquire(), 0);
    state->release.release();
    QTRY_COMPARE(state->done.loadAcquire(), 1);
}

void TestHandleReaper::slowDestroysRunSideBySide()
{
    // Four destroys that each wait for a gate the test opens only once all four have started:
    // they all start only if they run at the same time (the machine may have two cores; the
    // reaper is not bound by them).
    constexpr int Count = 4;
    struct State
    {
        QSemaphore started;
        QSemaphore gate;
        QAtomicInt finished;
    };
    const auto state = std::make_shared<State>();
    const auto openGate = qScopeGuard([state] { state->gate.release(Count); });
    for (int i = 0; i < Count; ++i)
        HandleReaper::destroyLater([state] {
            state->started.release();
            state->gate.acquire();
            state->finished.ref();
        });
    QTRY_COMPARE_WITH_TIMEOUT(state->started.available(), Count, 10000);
    QCOMPARE(state->finished.loadAcquire(), 0);
    state->gate.release(Count);
    QTRY_COMPARE(state->finished.loadAcquire(), Count);
}

void TestHandleReaper::endsAHandleThenItsCallback()
{
    QAtomicInt alive;
    auto events = std::make_unique<CountingEvents>(&alive);
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    std::string reason;
    QCOMPARE(conf->set("test.mock.num.brokers", "1", reason), RdKafka::Conf::CONF_OK);
    QCOMPARE(conf->set("event_cb", static_cast<RdKafka::EventCb *>(events.get()), reason),
             RdKafka::Conf::CONF_OK);
    std::unique_ptr<RdKafka::Producer> producer(RdKafka::Producer::create(conf.get(), reason));
    QVERIFY2(producer, reason.c_str());
    QCOMPARE(alive.loadAcquire(), 1);
    QElapsedTimer handing;
    handing.start();
    HandleReaper::destroyLater([producer = producer.release(), events = events.release()] {
        delete producer;
        delete events;
    });
    QVERIFY2(handing.elapsed() < 100, qPrintable(QString::number(handing.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(alive.loadAcquire(), 0, 10000);
}

QTEST_GUILESS_MAIN(TestHandleReaper)
#include "tst_handlereaper.moc"
