// topicdesk_bench: the measurements behind tests/bench/run.sh, one per invocation so each runs
// in a fresh process. Every mode prints key=value figures on one line; run.sh repeats,
// alternates and takes medians.
//
//   fill    BROKERS TOPIC COUNT SIZE [REGISTRY]
//                                      create TOPIC (3 partitions), produce COUNT records of
//                                      SIZE bytes; with REGISTRY (a Confluent API base URL)
//                                      Avro-framed ones (see below)
//   raw     BROKERS TOPIC COUNT        bare librdkafka consumer loop, no Qt: the ceiling
//   app     BROKERS TOPIC COUNT CAP [REGISTRY]
//                                      ConsumerWorker -> MessageTableModel in the window's
//                                      MessageTableView, shown; with REGISTRY the model has a
//                                      MessageDecoder on it, as the window with a registry set
//   produce BROKERS TOPIC COUNT SIZE   the app's bulk producer path (acks=all)
//   startup TOPICDESK                  process start to the main window's first paint
//   filter  ROWS                       ROWS synthetic rows in the table (no broker), shown
//                                      through the filter in the window's view: a text filter
//                                      applied, a regular expression applied, then changed
//
// Avro-framed records: the registry's wire format (0x00, the schema id, then the Avro binary
// record) of {id: long, customer: string, note: string}, registered under TOPIC-value, the note
// sized so that every framed record is SIZE bytes as the plain ones are. Decoding is lazy (only
// the rows shown are decoded), so app with REGISTRY checks that they were: schema_ready_ms is
// when the registry's answer came (from the consumer's creation), paints_in_run how often the
// view painted its rows before the last message came in, decoded_paints_in_run how many of those
// came after the schema (a short run can end before the registry answers), paints_after_schema
// the same until the end, and decoded_rows_visible of visible_rows the rows in view
// at the end whose value reads Decoded (the top one must).
//
// raw and app are both timed from creating the consumer to the last message in hand. Memory is
// read at rest (the consumer idle, SettleMs after the last row): bytes_per_msg is the growth
// over the empty window per held row, less the payload. With CAP below COUNT, the consumer is
// paused once the table is full and the size at rest read there too; cap_rss_growth_pct
// compares the two, i.e. what COUNT - CAP more messages through a full table added.
//
// filter: filter_apply_ms is from setting a text filter to its rows shown (filterFinished),
// filter_regex_ms the same for a regular expression, filter_change_ms for changing that
// expression (a user typing one more character); filter_max_stall_ms is the longest the GUI
// event loop was kept from running over the three (a 1 ms timer's lateness). sort_number_ms
// and sort_text_ms are a header click's sort of every row by offset and by key, from the click
// to the sorted rows shown (sortFinished); sort_max_stall_ms is the longest the GUI event loop
// was kept from running over the two (the same probe).
#include "adminclient.h"
#include "bulksender.h"
#include "consumerthread.h"
#include "filtercriteria.h"
#include "messagefilterproxy.h"
#include "messagetablemodel.h"
#include "messagetableview.h"
#include "schemacodec.h"
#include "schemaregistry.h"
#include "wireformat.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <unistd.h>

namespace {
constexpr int SettleMs = 500;

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
    // The counter, zero-padded to 12 digits, then 'x' up to size: one allocation, as a
    // template renders its value.
    QByteArray value(size, 'x');
    char digits[12];
    std::memset(digits, '0', sizeof digits);
    for (qint64 n = i, at = 11; n > 0 && at >= 0; n /= 10, --at)
        digits[at] = char('0' + n % 10);
    std::memcpy(value.data(), digits, size_t(std::min<qsizetype>(size, sizeof digits)));
    return {.topic = topic, .value = value};
}

// Avro's encoding of a long (and of a string's length): zigzag, then a varint.
void appendAvroLong(QByteArray *out, qint64 n)
{
    quint64 v = (quint64(n) << 1) ^ quint64(n >> 63);
    while (v >= 0x80) {
        out->append(char(0x80 | (v & 0x7f)));
        v >>= 7;
    }
    out->append(char(v));
}

int avroLongSize(qint64 n)
{
    QByteArray bytes;
    appendAvroLong(&bytes, n);
    return int(bytes.size());
}

const QString AvroSchema =
    QStringLiteral(R"({"type":"record","name":"Order","namespace":"bench","fields":[)"
                   R"({"name":"id","type":"long"},{"name":"customer","type":"string"},)"
                   R"({"name":"note","type":"string"}]})");

// Record i framed with schemaId: {id: i, customer: "c-<i % 9973>", note: "nnn…"}, the note as
// long as makes the whole value size bytes; empty when size is too small for that.
QByteArray avroRecord(int schemaId, qint64 i, int size)
{
    const QByteArray customer = "c-" + QByteArray::number(i % 9973);
    QByteArray payload;
    payload.reserve(size);
    appendAvroLong(&payload, i);
    appendAvroLong(&payload, customer.size());
    payload.append(customer);
    const int rest = size - WireFormat::HeaderSize - int(payload.size());
    for (int lengthBytes = 1; lengthBytes <= 3; ++lengthBytes) {
        const int note = rest - lengthBytes;
        if (note >= 0 && avroLongSize(note) == lengthBytes) {
            appendAvroLong(&payload, note);
            payload.append(note, 'n');
            return WireFormat::frame(schemaId, payload);
        }
    }
    return {};
}

// Registers AvroSchema under subject and checks that the codec of the registry's schema reads
// records 0 and count - 1 back; the schema id, or -1.
int registerAvro(const QString &registryUrl, const QString &subject, qint64 count, int size)
{
    RegistrySettings settings;
    settings.url = QUrl(registryUrl);
    SchemaRegistry registry(settings);
    RegisteredSchema schema;
    schema.text = AvroSchema;
    int schemaId = -1;
    QString error = QStringLiteral("no answer");
    QEventLoop loop;
    QObject::connect(&registry, &SchemaRegistry::schemaRegistered, &loop,
                     [&](int, const QString &, int id, const QString &message) {
                         schemaId = id;
                         error = message;
                         loop.quit();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    registry.registerSchema(subject, schema);
    loop.exec();
    if (!error.isEmpty() || schemaId < 0) {
        std::fprintf(stderr, "fill: registering the schema: %s\n", qPrintable(error));
        return -1;
    }
    const SchemaRegistry::Lookup lookup = registry.waitFor(schemaId, 30000);
    if (lookup.state != SchemaRegistry::State::Ready) {
        std::fprintf(stderr, "fill: schema %d: %s\n", schemaId, qPrintable(lookup.error));
        return -1;
    }
    for (qint64 i : {qint64(0), count - 1}) {
        const QByteArray value = avroRecord(schemaId, i, size);
        if (value.size() != size) {
            std::fprintf(stderr, "fill: %d bytes is too small for an Avro record\n", size);
            return -1;
        }
        const SchemaCodec::Decoded decoded = lookup.codec->decode(
            QByteArrayView(value).sliced(WireFormat::HeaderSize), {}, WireFormat::HeaderSize);
        if (!decoded.ok() || !decoded.json.startsWith("{\"id\":" + QByteArray::number(i) + ',')) {
            std::fprintf(stderr, "fill: record %lld reads back as %s%s\n", i,
                         decoded.json.constData(), qPrintable(decoded.error));
            return -1;
        }
    }
    return schemaId;
}

// Calls back on each paint of the object it filters.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(std::function<void()> painted)
        : painted_(std::move(painted))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted_();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> painted_;
};

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

int produce(const QString &brokers, const QString &topic, qint64 count,
            std::function<ProduceRequest(qint64)> make)
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
    if (!sender.start(configFor(brokers, topic), {}, count, std::move(make), &error)) {
        std::fprintf(stderr, "produce: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}

int raw(const QString &brokers, const QString &topic, qint64 count)
{
    // Timed as the app run is: from creating the consumer to the last message in hand. (The
    // app hands messages over in batches, so timing from the first message would flatter it.)
    QElapsedTimer timer;
    timer.start();
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
    // The partitions from the topic's metadata, as the app's browse mode learns them (through
    // a topic handle, which spares a wait before librdkafka knows the partitions' leaders).
    std::unique_ptr<RdKafka::Topic> handle(
        RdKafka::Topic::create(consumer.get(), topic.toStdString(), nullptr, reason));
    RdKafka::Metadata *metadata = nullptr;
    if (consumer->metadata(false, handle.get(), &metadata, 10000) != RdKafka::ERR_NO_ERROR) {
        std::fprintf(stderr, "raw: no metadata\n");
        return 1;
    }
    int partitionCount = 0;
    for (const RdKafka::TopicMetadata *t : *metadata->topics()) {
        if (t->topic() == topic.toStdString())
            partitionCount = int(t->partitions()->size());
    }
    delete metadata;
    std::vector<RdKafka::TopicPartition *> partitions;
    for (int p = 0; p < partitionCount; ++p)
        partitions.push_back(RdKafka::TopicPartition::create(topic.toStdString(), p,
                                                             RdKafka::Topic::OFFSET_BEGINNING));
    consumer->assign(partitions);
    RdKafka::TopicPartition::destroy(partitions);
    qint64 received = 0;
    qint64 bytes = 0;
    QElapsedTimer limit;
    limit.start();
    while (received < count && limit.elapsed() < 300000) {
        std::unique_ptr<RdKafka::Message> message(consumer->consume(100));
        if (message->err() == RdKafka::ERR_NO_ERROR) {
            ++received;
            bytes += qint64(message->len()); // touch the payload as the app does
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    consumer->close();
    handle.reset();
    if (received < count) {
        std::fprintf(stderr, "raw: %lld of %lld received\n", received, count);
        return 1;
    }
    std::printf("raw_seconds=%.3f raw_bytes=%lld\n", seconds, bytes);
    return 0;
}

int app(const QString &brokers, const QString &topic, qint64 count, int cap,
        const QString &registryUrl)
{
    MessageTableModel model;
    model.setCap(cap);
    // With a registry: the decoder the window sets when its connection has one.
    std::shared_ptr<SchemaRegistry> registry;
    if (!registryUrl.isEmpty()) {
        RegistrySettings settings;
        settings.url = QUrl(registryUrl);
        registry = std::make_shared<SchemaRegistry>(settings);
        model.setDecoder(std::make_shared<MessageDecoder>(registry));
    }
    // The table as the window shows it, following the newest row.
    MessageTableView view;
    view.setMessageModel(&model);
    view.resize(1200, 700);
    view.show();

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

    // That the rows in view were decoded while the messages came in: the viewport's paints
    // after the schema arrived (each asks the model for the rows in view, which decodes them).
    double schemaReadyMs = -1;
    double seconds = -1;
    int paintsAfterSchema = 0;
    QElapsedTimer timer;
    if (registry)
        QObject::connect(registry.get(), &SchemaRegistry::schemaArrived, &view, [&] {
            if (schemaReadyMs < 0)
                schemaReadyMs = timer.nsecsElapsed() / 1e6;
        });
    int paintsInRun = 0;
    int decodedPaintsInRun = 0;
    PaintCounter paints([&] {
        if (schemaReadyMs >= 0)
            ++paintsAfterSchema;
        if (timer.isValid() && seconds < 0) {
            ++paintsInRun;
            if (schemaReadyMs >= 0)
                ++decodedPaintsInRun;
        }
    });
    view.viewport()->installEventFilter(&paints);

    QCoreApplication::processEvents(); // the first paint, before the baseline
    const qint64 before = residentBytes();
    qint64 atCap = -1;
    bool pausedAtCap = false;
    QElapsedTimer paused;
    qint64 pausedMs = 0;
    ConsumerOptions options;
    options.mode = ConsumerOptions::Mode::Browse;
    ConsumerThread consumer(configFor(brokers, topic), options);
    qint64 received = 0;
    // Done when every message is in (and the size at the cap was read): the resident size is
    // then read once the consumer has gone idle (it gives freed memory back), as a user would
    // see it.
    const auto finishWhenDone = [&] {
        if (seconds >= 0 && (!pausedAtCap || atCap >= 0))
            QTimer::singleShot(SettleMs, [] { QCoreApplication::exit(0); });
    };
    QObject::connect(&consumer, &ConsumerThread::messagesReceived, &view,
                     [&](const KafkaMessageBatch &batch) {
                         model.appendBatch(batch);
                         received += batch.size();
                         // With a cap: once the table is full, pause the consumer, let it
                         // go idle, read the resident size at rest, and go on. The size at
                         // rest after the run is then compared with this one.
                         if (cap < count && model.rowCount() >= cap && !pausedAtCap) {
                             pausedAtCap = true;
                             consumer.setPaused(true);
                             paused.start();
                             QTimer::singleShot(SettleMs, &view, [&] {
                                 atCap = residentBytes();
                                 pausedMs = paused.elapsed();
                                 consumer.setPaused(false);
                                 finishWhenDone();
                             });
                         }
                         if (received >= count && seconds < 0) {
                             seconds = (timer.elapsed() - pausedMs) / 1000.0;
                             probe.stop();
                             finishWhenDone();
                         }
                     });
    QTimer::singleShot(300000, [] { QCoreApplication::exit(1); });
    tick.start();
    probe.start();
    timer.start();
    consumer.start();
    const int status = QCoreApplication::exec();
    const qint64 after = residentBytes();
    consumer.stop();
    consumer.wait();
    if (status != 0 || received < count) {
        std::fprintf(stderr, "app: %lld of %lld received\n", received, count);
        return 1;
    }
    // The rows in view at the end (the newest ones, followed), as the user sees them.
    int visibleRows = 0;
    int decodedRows = 0;
    if (registry) {
        const int top = view.rowAt(0);
        int bottom = view.rowAt(view.viewport()->height() - 1);
        if (bottom < 0)
            bottom = model.rowCount() - 1;
        for (int row = top; top >= 0 && row <= bottom; ++row) {
            ++visibleRows;
            if (model.index(row, MessageTableModel::ValueColumn)
                    .data(MessageTableModel::DecodeStatusRole)
                    .toInt() == int(MessageDecoder::Result::Status::Decoded))
                ++decodedRows;
        }
        const QString topText =
            model.index(std::max(top, 0), MessageTableModel::ValueColumn).data().toString();
        if (top < 0 || decodedRows == 0 || paintsAfterSchema == 0 ||
            model.index(top, MessageTableModel::ValueColumn)
                    .data(MessageTableModel::DecodeStatusRole)
                    .toInt() != int(MessageDecoder::Result::Status::Decoded) ||
            !topText.startsWith(QLatin1String("{\"id\":"))) {
            std::fprintf(stderr,
                         "app: the rows in view were not decoded (top row %d shows \"%s\", "
                         "%d of %d decoded, %d paints after the schema)\n",
                         top, qPrintable(topText.left(60)), decodedRows, visibleRows,
                         paintsAfterSchema);
            return 1;
        }
    }
    const qint64 held = model.rowCount();
    const double perMessage = double(after - before) / double(held);
    std::printf("app_seconds=%.3f p99_stall_ms=%.1f max_stall_ms=%.1f bytes_per_msg=%.0f rows=%lld",
                seconds, percentile(lateness, 0.99), percentile(lateness, 1.0),
                perMessage - model.message(0).value.size(), held);
    if (atCap > 0)
        std::printf(" cap_rss_growth_pct=%.1f", 100.0 * double(after - atCap) / double(atCap));
    if (registry)
        std::printf(" schema_ready_ms=%.1f paints_in_run=%d decoded_paints_in_run=%d "
                    "paints_after_schema=%d decoded_rows_visible=%d visible_rows=%d "
                    "registry_requests=%llu",
                    schemaReadyMs, paintsInRun, decodedPaintsInRun, paintsAfterSchema, decodedRows,
                    visibleRows, static_cast<unsigned long long>(registry->requestsSent()));
    std::printf("\n");
    return 0;
}

int filter(int rows)
{
    MessageTableModel model;
    model.setCap(rows);
    // Rows as the consumer brings them: batches of 10,000, JSON values of about 120 bytes, a
    // header on one row in ten.
    constexpr int BatchRows = 10000;
    const QByteArray statuses[] = {"paid", "shipped", "failed", "pending"};
    for (int first = 0; first < rows; first += BatchRows) {
        KafkaMessageBatch batch;
        for (int i = first; i < std::min(rows, first + BatchRows); ++i) {
            KafkaMessage m;
            m.topic = QStringLiteral("bench");
            m.partition = i % 3;
            m.offset = i / 3;
            m.timestampMs = 1733300000000 + i;
            m.key = "order-" + QByteArray::number(i);
            m.keyIsNull = false;
            m.value = R"({"order":{"id":)" + QByteArray::number(i) + R"(,"status":")" +
                      statuses[i % 4] + R"(","customer":"c-)" + QByteArray::number(i % 9973) +
                      R"(","total":)" + QByteArray::number((i * 37) % 100000) +
                      R"(,"note":"lorem ipsum dolor sit amet"}})";
            m.valueIsNull = false;
            if (i % 10 == 0)
                m.headers = {{"trace", "t-" + QByteArray::number(i), false}};
            batch.append(m);
        }
        model.appendBatch(batch);
    }
    MessageFilterProxy proxy(&model);
    MessageTableView view;
    view.setMessageModel(&proxy);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();

    QList<double> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.append(std::max(0.0, tick.nsecsElapsed() / 1e6 - 1.0));
        tick.restart();
    });
    // Runs start with the event loop running and the probe on; the time to the signal.
    const auto timedUntil = [&](auto signal, const std::function<void()> &start) {
        QElapsedTimer timer;
        QEventLoop loop;
        const QMetaObject::Connection done =
            QObject::connect(&proxy, signal, &loop, &QEventLoop::quit);
        QTimer::singleShot(0, [&] {
            tick.start();
            probe.start();
            timer.start();
            start();
        });
        loop.exec();
        const double ms = timer.nsecsElapsed() / 1e6;
        probe.stop();
        QObject::disconnect(done);
        return ms;
    };
    const auto timed = [&](const FilterCriteria &criteria) {
        return timedUntil(&MessageFilterProxy::filterFinished,
                          [&] { proxy.setCriteria(criteria); });
    };
    FilterCriteria text;
    text.text = QStringLiteral("\"failed\"");
    const double applyMs = timed(text);
    const int textRows = proxy.rowCount();
    FilterCriteria regex;
    regex.regularExpression = true;
    regex.text = QStringLiteral(R"("customer":"c-12\d")");
    const double regexMs = timed(regex);
    regex.text = QStringLiteral(R"("customer":"c-12\d{2}")");
    const double changeMs = timed(regex);
    const int regexRows = proxy.rowCount();
    if (textRows != rows / 4 || regexRows <= 0) {
        std::fprintf(stderr, "filter: %d and %d rows shown\n", textRows, regexRows);
        return 1;
    }
    const double maxStall = percentile(lateness, 1.0);
    // Sorting every row (no filter) by a number and by text, as header clicks do.
    timed({});
    if (proxy.rowCount() != rows) {
        std::fprintf(stderr, "filter: %d rows shown unfiltered\n", proxy.rowCount());
        return 1;
    }
    lateness.clear();
    const double sortNumberMs = timedUntil(&MessageFilterProxy::sortFinished,
                                           [&] { proxy.sort(MessageTableModel::OffsetColumn); });
    const double sortTextMs = timedUntil(&MessageFilterProxy::sortFinished,
                                         [&] { proxy.sort(MessageTableModel::KeyColumn); });
    const double sortMaxStall = percentile(lateness, 1.0);
    // The order by key: "order-0", "order-1", "order-10", ...
    if (proxy.index(1, MessageTableModel::KeyColumn).data().toString() !=
        QLatin1String("order-1")) {
        std::fprintf(stderr, "filter: not sorted by key\n");
        return 1;
    }
    std::printf("filter_apply_ms=%.1f filter_regex_ms=%.1f filter_change_ms=%.1f "
                "filter_max_stall_ms=%.1f sort_number_ms=%.1f sort_text_ms=%.1f "
                "sort_max_stall_ms=%.1f filter_rows=%d\n",
                applyMs, regexMs, changeMs, maxStall, sortNumberMs, sortTextMs, sortMaxStall, rows);
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
    if (mode == QLatin1String("fill") && (a.size() == 6 || a.size() == 7)) {
        const QString topic = a.at(3);
        const qint64 count = a.at(4).toLongLong();
        const int size = a.at(5).toInt();
        std::function<ProduceRequest(qint64)> make = [topic, size](qint64 i) {
            return record(topic, i, size);
        };
        if (a.size() == 7) {
            const int schemaId = registerAvro(a.at(6), topic + QLatin1String("-value"),
                                              std::max<qint64>(count, 1), size);
            if (schemaId < 0)
                return 1;
            make = [topic, size, schemaId](qint64 i) {
                return ProduceRequest{.topic = topic, .value = avroRecord(schemaId, i, size)};
            };
        }
        if (!createTopic(a.at(2), topic))
            return 1;
        return produce(a.at(2), topic, count, std::move(make));
    }
    if (mode == QLatin1String("produce") && a.size() == 6) {
        const QString topic = a.at(3);
        const int size = a.at(5).toInt();
        return produce(a.at(2), topic, a.at(4).toLongLong(),
                       [topic, size](qint64 i) { return record(topic, i, size); });
    }
    if (mode == QLatin1String("raw") && a.size() == 5)
        return raw(a.at(2), a.at(3), a.at(4).toLongLong());
    if (mode == QLatin1String("app") && (a.size() == 6 || a.size() == 7))
        return app(a.at(2), a.at(3), a.at(4).toLongLong(), a.at(5).toInt(), a.value(6));
    if (mode == QLatin1String("filter") && a.size() == 3)
        return filter(a.at(2).toInt());
    if (mode == QLatin1String("startup") && a.size() == 3)
        return startup(a.at(2));
    std::fprintf(stderr, "usage: see the top of tests/bench/topicdesk_bench.cpp\n");
    return 2;
}
