#include "clustermetadata.h"

#include "handlereaper.h"
#include "kafkaconf.h"
#include "kafkaerrors.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>

#include <librdkafka/rdkafkacpp.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace {
// Watches how the connection goes while the request runs. The request itself only ever fails
// with "transport failure" or "timed out"; why it failed (a refused login, a listener that
// speaks another protocol, a refused certificate) shows up only in librdkafka's error events
// and in the certificate check.
class ConnectionWatch final
    : public RdKafka::EventCb
    , public RdKafka::SslCertificateVerifyCb
{
public:
    // Error events: served by poll() on the requesting thread.
    void event_cb(RdKafka::Event &event) override
    {
        KafkaConf::logEvent(event);
        if (event.type() != RdKafka::Event::EVENT_ERROR)
            return;
        KafkaErrors::ConnectionEvent seen;
        seen.code = event.err();
        seen.text = QString::fromStdString(event.str());
        {
            // The certificate check that failed just before, if any, explains this error.
            QMutexLocker lock(&m_mutex);
            seen.certificateError = m_certificateError;
            seen.certificateHost = m_certificateHost;
        }
        const KafkaErrors::ConnectionProblem problem = KafkaErrors::classify(seen);
        if (KafkaErrors::isPermanent(problem)) {
            if (!m_permanent)
                m_permanent = seen;
        } else if (problem == KafkaErrors::ConnectionProblem::Transient &&
                   seen.code != RdKafka::ERR__ALL_BROKERS_DOWN) {
            // "1/1 brokers are down" says less than the error before it.
            m_lastTransient = seen;
        }
    }

    // Runs on librdkafka's broker threads during the TLS handshake, once per certificate of
    // the chain. It keeps OpenSSL's verdict (valid only when OpenSSL found no error) and
    // remembers why a certificate was refused.
    bool ssl_cert_verify_cb(const std::string &brokerName, int32_t /*brokerId*/, int *x509Error,
                            int /*depth*/, const char * /*certificate*/, size_t /*size*/,
                            std::string &reason) override
    {
        if (*x509Error == 0)
            return true;
        QMutexLocker lock(&m_mutex);
        if (m_certificateError == 0) {
            m_certificateError = *x509Error;
            m_certificateHost = QString::fromStdString(brokerName);
        }
        reason = "certificate verify failed (X509 error " + std::to_string(*x509Error) + ")";
        return false;
    }

    const std::optional<KafkaErrors::ConnectionEvent> &permanent() const { return m_permanent; }
    const KafkaErrors::ConnectionEvent &lastTransient() const { return m_lastTransient; }

private:
    std::optional<KafkaErrors::ConnectionEvent> m_permanent;
    KafkaErrors::ConnectionEvent m_lastTransient;
    QMutex m_mutex; // guards the two below, written on broker threads
    int m_certificateError = 0;
    QString m_certificateHost;
};

// Errors after which asking again can still succeed: nobody answered yet, or the answer was
// too slow. A slow or briefly paused broker gives these for a while.
bool isTransient(RdKafka::ErrorCode err)
{
    return err == RdKafka::ERR__TRANSPORT || err == RdKafka::ERR__TIMED_OUT ||
           err == RdKafka::ERR__ALL_BROKERS_DOWN;
}
} // namespace

TopicListing ClusterMetadata::fetchTopics(const ConnectionConfig &config, int timeoutMs)
{
    TopicListing listing;
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, &listing.error);
    if (!conf)
        return listing;
    auto owned = std::make_unique<ConnectionWatch>();
    ConnectionWatch &watch = *owned;
    std::string reason;
    conf->set("event_cb", static_cast<RdKafka::EventCb *>(&watch), reason);
    // Set whatever the protocol: security.protocol may also come from the properties. It is
    // only called during a TLS handshake.
    conf->set("ssl_cert_verify_cb", static_cast<RdKafka::SslCertificateVerifyCb *>(&watch), reason);
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client) {
        listing.error = QString::fromStdString(reason);
        return listing;
    }
    // The answer is not kept waiting for the client's end (a second with librdkafka 2.8); the
    // watch it calls back ends after it.
    const auto reap = qScopeGuard([&client, &owned] {
        HandleReaper::destroyLater([client = client.release(), watch = owned.release()] {
            delete client;
            delete watch;
        });
    });
    RdKafka::Metadata *raw = nullptr;
    QElapsedTimer timer;
    timer.start();
    // librdkafka's metadata call fails with "transport failure" as soon as its timeout passes
    // with no connection up yet, and with "timed out" when the answer is late (and then drops
    // the connection, since socket.max.fails is 1). So it is asked in slices, trying again on
    // those until the whole budget is spent: short slices while nothing is connected, so that
    // a refused login or a wrong protocol (seen in the error events between slices) is told
    // at once; longer ones after a late answer, so that a slow broker gets the time it needs.
    constexpr int FirstSliceMs = 100;
    constexpr int SliceAfterLateAnswerMs = 1000;
    int sliceMs = FirstSliceMs;
    RdKafka::ErrorCode err = RdKafka::ERR__TIMED_OUT;
    for (;;) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            break;
        err = client->metadata(true, nullptr, &raw, int(std::min<qint64>(left, sliceMs)));
        if (err == RdKafka::ERR_NO_ERROR)
            break;
        client->poll(0); // serves the error events queued meanwhile
        if (watch.permanent() || !isTransient(err))
            break;
        if (err == RdKafka::ERR__TIMED_OUT)
            sliceMs = std::max(sliceMs * 2, SliceAfterLateAnswerMs);
    }
    listing.roundTripMs = timer.elapsed();
    std::unique_ptr<RdKafka::Metadata> metadata(raw);
    if (err != RdKafka::ERR_NO_ERROR) {
        if (watch.permanent()) {
            listing.error = KafkaErrors::describeConnection(*watch.permanent(), config);
        } else if (KafkaErrors::isConnectivity(err)) {
            const KafkaErrors::ConnectionEvent &last = watch.lastTransient();
            listing.error =
                tr("Could not reach %1 in %2 s: check the address and that Kafka is running "
                   "(%3).")
                    .arg(config.effectiveBootstrapServers())
                    .arg(double(timeoutMs) / 1000.0, 0, 'g', 3)
                    .arg(last.text.isEmpty() ? QString::fromStdString(RdKafka::err2str(err))
                                             : last.text);
        } else {
            listing.error = KafkaErrors::describe(err);
        }
        return listing;
    }
    listing.brokerCount = int(metadata->brokers()->size());
    // Known from the metadata answer just received: no second round trip.
    listing.clusterId = QString::fromStdString(client->clusterid(0));
    for (const RdKafka::TopicMetadata *topic : *metadata->topics()) {
        if (topic->err() != RdKafka::ERR_NO_ERROR)
            continue;
        listing.topics.append(
            {QString::fromStdString(topic->topic()), int(topic->partitions()->size())});
    }
    std::sort(listing.topics.begin(), listing.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return listing;
}
