// topicdesk_bench: the measurements behind tests/bench/run.sh, one per invocation so each runs
// in a fresh process. Every mode prints key=value figures on one line; run.sh repeats,
// alternates and takes medians.
//
//   fill    BROKERS TOPIC COUNT SIZE   create TOPIC (3 partitions), produce COUNT records
//   raw     BROKERS TOPIC COUNT        bare librdkafka consumer loop, no Qt: the ceiling
//   app     BROKERS TOPIC COUNT CAP    ConsumerWorker -> MessageTableModel in a shown QTableView
//   produce BROKERS TOPIC COUNT SIZE   the app's bulk producer path (acks=all)
//   startup TOPICDESK                  process start to the main window's first paint
#include "adminclient.h"
#include "bulksender.h"
#include "consumerworker.h"
#include "messagetablemodel.h"
#include "ownedthread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
ConnectionConfig configFor(const QString &brokers, const QString &topic)
{
    ConnectionConfig config;
    config.bootstrapServers = brokers;
    config.topic = topic;
    config.groupId =
        QStringLiteral("bench-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    config.clientId = QStringLiteral("topicdesk-bench");
    return config;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

ProduceRequest record(const QString &topic, qint64 i, int size)
{
    QByteArray value = QByteArray::number(i).rightJustified(12, '0');
    value = value.leftJustified(size, 'x', true);
    return {.topic = topic, .value = value};
}

bool createTopic(const QString &brokers, const QString &topic)
{
    const ConnectionConfig config = configFor(brokers, topic);
    if (const QString error = AdminClient::createTopic(config, topic, 3, 1, 30000);
        !error.isEmpty()) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

int produce(const QString &brokers, const QString &topic, qint64 count, int size)
{
    BulkSender sender;
    QElapsedTimer timer;
    int status = 0;
    QObject::connect(&sender, &BulkSender::finished, [&](const BulkSender::Progress &p, bool) {
        if (p.delivered != count) {
            std::fprintf(stderr, "produce: %lld of %lld delivered: %s\n", p.delivered, count,
                         qPrintable(p.firstError));
            status = 1;
        }
        std::printf("produce_seconds=%.3f\n", timer.elapsed() / 1000.0);
        QCoreApplication::exit(status);
    });
    QString error;
    timer.start();
    if (!sender.start(
            configFor(brokers, topic), {}, count,
            [topic, size](qint64 i) { return record(topic, i, size); }, &error)) {
        std::fprintf(stderr, "produce: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}

int raw(const QString &brokers, const QString &topic, qint64 count)
{
    std::string reason;
    std::unique_ptr<RdKafka::Conf> conf(RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
    conf->set("bootstrap.servers", brokers.toStdString(), reason);
    conf->set("group.id", configFor(brokers, topic).groupId.toStdString(), reason);
    conf->set("enable.auto.commit", "false", reason);
    conf->set("enable.partition.eof", "false", reason);
    // The same prefetch settings as the app's consumer (KafkaConf): the ceiling, not a handicap.
    conf->set("queued.min.messages", "1000000", reason);
    conf->set("fetch.error.backoff.ms", "20", reason);
    std::unique_ptr<RdKafka::KafkaConsumer> consumer(
        RdKafka::KafkaConsumer::create(conf.get(), reason));
    std::vector<RdKafka::TopicPartition *> partitions;
    for (int p = 0; p < 3; ++p)
        partitions.push_back(RdKafka::TopicPartition::create(topic.toStdString(), p,
                                                             RdKafka::Topic::OFFSET_BEGINNING));
    // Timed from the first message to the last, as the app run is: throughput, not set-up.
    QElapsedTimer timer;
    consumer->assign(partitions);
    RdKafka::TopicPartition::destroy(partitions);
    qint64 received = 0;
    qint64 bytes = 0;
    QElapsedTimer limit;
    limit.start();
    while (received < count && limit.elapsed() < 300000) {
        std::unique_ptr<RdKafka::Message> message(consumer->consume(100));
        if (message->err() == RdKafka::ERR_NO_ERROR) {
            if (!timer.isValid())
                timer.start();
            ++received;
            bytes += qint64(message->len()); // touch the payload as the app does
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    consumer->close();
    if (received < count) {
        std::fprintf(stderr, "raw: %lld of %lld received\n", received, count);
        return 1;
    }
    std::printf("raw_seconds=%.3f raw_bytes=%lld\n", seconds, bytes);
    return 0;
}

int app(const QString &brokers, const QString &topic, qint64 count, int cap)
{
    MessageTableModel model;
    model.setCap(cap);
    // The table as the window sets it up (ui/mainwindow.ui): no row numbers.
    QTableView view;
    view.verticalHeader()->hide();
    view.setModel(&model);
    view.resize(1200, 700);
    view.show();
    // As the window does: follow the newest row on a 100 ms timer.
    QTimer follow;
    follow.setInterval(100);
    QObject::connect(&follow, &QTimer::timeout, &view, [&view] {
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    });
    follow.start();

    // GUI-thread responsiveness: how late a 1 ms timer fires.
    QList<double> lateness;
    lateness.reserve(1 << 20);
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.append(std::max(0.0, tick.nsecsElapsed() / 1e6 - 1.0));
        tick.restart();
    });

    QCoreApplication::processEvents(); // the first paint, before the baseline
    const qint64 before = residentBytes();
    qint64 atCap = -1;
    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    OwnedThread thread;
    auto *worker = new ConsumerWorker(configFor(brokers, topic), options);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(&thread, &QThread::started, worker, &ConsumerWorker::start);
    qint64 received = 0;
    QElapsedTimer timer;
    QObject::connect(worker, &ConsumerWorker::messagesReceived, &view,
                     [&](const KafkaMessageBatch &batch) {
                         if (!timer.isValid())
                             timer.start();
                         model.appendBatch(batch);
                         received += batch.size();
                         if (atCap < 0 && model.rowCount() >= cap && cap < count)
                             atCap = residentBytes();
                         if (received >= count)
                             QCoreApplication::exit(0);
                     });
    QTimer::singleShot(300000, [] { QCoreApplication::exit(1); });
    tick.start();
    probe.start();
    thread.start();
    const int status = QCoreApplication::exec();
    const double seconds = timer.elapsed() / 1000.0;
    probe.stop();
    const qint64 after = residentBytes();
    QMetaObject::invokeMethod(worker, &ConsumerWorker::stop, Qt::BlockingQueuedConnection);
    if (status != 0 || received < count) {
        std::fprintf(stderr, "app: %lld of %lld received\n", received, count);
        return 1;
    }
    const qint64 held = model.rowCount();
    const double perMessage = double(after - before) / double(held);
    std::printf("app_seconds=%.3f p99_stall_ms=%.1f max_stall_ms=%.1f bytes_per_msg=%.0f rows=%lld",
                seconds, percentile(lateness, 0.99), percentile(lateness, 1.0),
                perMessage - model.message(0).value.size(), held);
    if (atCap > 0)
        std::printf(" cap_rss_growth_pct=%.1f", 100.0 * double(after - atCap) / double(atCap));
    std::printf("\n");
    return 0;
}

int startup(const QString &program)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TOPICDESK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    // The app prints the moment of its first paint, measured from this same start.
    if (!process.waitForReadyRead(30000)) {
        std::fprintf(stderr, "startup: no first paint reported\n");
        return 1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    process.waitForFinished(30000);
    std::printf("startup_ms=%.1f\n", ms);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList a = application.arguments();
    const QString mode = a.value(1);
    if ((mode == QLatin1String("fill") || mode == QLatin1String("produce")) && a.size() == 6) {
        if (mode == QLatin1String("fill") && !createTopic(a.at(2), a.at(3)))
            return 1;
        return produce(a.at(2), a.at(3), a.at(4).toLongLong(), a.at(5).toInt());
    }
    if (mode == QLatin1String("raw") && a.size() == 5)
        return raw(a.at(2), a.at(3), a.at(4).toLongLong());
    if (mode == QLatin1String("app") && a.size() == 6)
        return app(a.at(2), a.at(3), a.at(4).toLongLong(), a.at(5).toInt());
    if (mode == QLatin1String("startup") && a.size() == 3)
        return startup(a.at(2));
    std::fprintf(stderr, "usage: see the top of tests/bench/topicdesk_bench.cpp\n");
    return 2;
}
