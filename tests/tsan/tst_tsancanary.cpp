// The ThreadSanitizer stage's canary: a data race the stage must report, so that a stage which
// sees no race because it sees nothing fails. A log callback writes a plain variable on one of
// librdkafka's threads and the main thread reads it with no lock or fence in between (the relaxed
// atomic only says when to look, and orders nothing). Both accesses are this program's, made
// under librdkafka's threads and the suppressions of tests/tsan/tsan.supp: if those hid races in
// code that librdkafka calls back, or if librdkafka's threads were invisible to the runtime, the
// report would not come and the test (its output must name this file) fails.
#include <librdkafka/rdkafka.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace {

std::thread::id mainThread;
int lastLogLevel = -1; // written on one of librdkafka's threads, read by main(): the race
std::atomic<bool> logged{false};

void onLog(const rd_kafka_t *, int level, const char *, const char *)
{
    if (std::this_thread::get_id() == mainThread)
        return;
    lastLogLevel = level;
    logged.store(true, std::memory_order_relaxed);
}

} // namespace

int main()
{
    mainThread = std::this_thread::get_id();
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char error[512];
    // A closed port: the broker thread logs its failed connection from its own thread.
    if (rd_kafka_conf_set(conf, "bootstrap.servers", "127.0.0.1:1", error, sizeof error) !=
            RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "debug", "broker", error, sizeof error) != RD_KAFKA_CONF_OK) {
        std::fprintf(stderr, "tst_tsancanary: %s\n", error);
        return 1;
    }
    rd_kafka_conf_set_log_cb(conf, onLog);
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, error, sizeof error);
    if (!producer) {
        std::fprintf(stderr, "tst_tsancanary: %s\n", error);
        return 1;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!logged.load(std::memory_order_relaxed)) {
        if (std::chrono::steady_clock::now() > deadline) {
            std::fprintf(stderr, "tst_tsancanary: librdkafka's threads logged nothing in 60 s\n");
            return 1;
        }
        std::this_thread::yield();
    }
    std::printf("tst_tsancanary: librdkafka logged at level %d\n", lastLogLevel);
    rd_kafka_destroy(producer);
    return 0;
}
