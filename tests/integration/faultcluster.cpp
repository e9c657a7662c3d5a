#include "faultcluster.h"

#include "kafkaconf.h"

#include <QTest>

#include <librdkafka/rdkafkacpp.h>

namespace {
// Stopping waits for a controlled shutdown (20 s before cluster.sh sends SIGKILL); starting
// waits for a JVM on a busy 2-core machine.
constexpr int StopTimeoutMs = 60000;
constexpr int StartTimeoutMs = 180000;
constexpr int SignalTimeoutMs = 10000;
constexpr int MetadataTimeoutMs = 10000;

std::unique_ptr<RdKafka::Producer> metadataClient(const ConnectionConfig &config, QString *error)
{
    std::unique_ptr<RdKafka::Conf> conf =
        KafkaConf::create(config, KafkaConf::Role::Metadata, error);
    if (!conf)
        return nullptr;
    std::string reason;
    std::unique_ptr<RdKafka::Producer> client(RdKafka::Producer::create(conf.get(), reason));
    if (!client)
        *error = QString::fromStdString(reason);
    return client;
}
} // namespace

FaultCluster::FaultCluster()
    : m_script(qEnvironmentVariable("TOPICDESK_FAULT_CLUSTER_SCRIPT"))
    , m_workdir(qEnvironmentVariable("TOPICDESK_FAULT_CLUSTER"))
{}

FaultCluster::~FaultCluster()
{
    // A test that failed half-way may leave a start or stop running: let it finish, so the
    // fixture's cleanup finds the nodes in a known state.
    if (m_background)
        m_background->waitForFinished(StartTimeoutMs);
}

QString FaultCluster::unavailableReason() const
{
    if (m_script.isEmpty() || m_workdir.isEmpty())
        return QStringLiteral("TOPICDESK_FAULT_CLUSTER is not set: run this test through ctest "
                              "(tests/broker/cluster.sh env)");
    return {};
}

QString FaultCluster::stopCommand(Stop how)
{
    return how == Stop::Kill ? QStringLiteral("kill-node") : QStringLiteral("stop-node");
}

QString FaultCluster::stopNode(int node, Stop how)
{
    return run({stopCommand(how), m_workdir, QString::number(node)}, StopTimeoutMs);
}

QString FaultCluster::startNode(int node)
{
    return run({QStringLiteral("start-node"), m_workdir, QString::number(node)}, StartTimeoutMs);
}

QString FaultCluster::pauseNode(int node)
{
    return run({QStringLiteral("pause-node"), m_workdir, QString::number(node)}, SignalTimeoutMs);
}

QString FaultCluster::resumeNode(int node)
{
    return run({QStringLiteral("resume-node"), m_workdir, QString::number(node)}, SignalTimeoutMs);
}

QString FaultCluster::restore()
{
    if (m_background)
        waitForBackground(StartTimeoutMs);
    return run({QStringLiteral("restore"), m_workdir}, StartTimeoutMs);
}

void FaultCluster::stopNodeInBackground(int node, Stop how)
{
    Q_ASSERT(!backgroundRunning());
    m_backgroundArguments = {stopCommand(how), m_workdir, QString::number(node)};
    m_background = std::make_unique<QProcess>();
    m_background->setProcessChannelMode(QProcess::MergedChannels);
    m_background->start(QStringLiteral("bash"), QStringList{m_script} + m_backgroundArguments);
}

void FaultCluster::startNodeInBackground(int node)
{
    Q_ASSERT(!backgroundRunning());
    m_backgroundArguments = {QStringLiteral("start-node"), m_workdir, QString::number(node)};
    m_background = std::make_unique<QProcess>();
    m_background->setProcessChannelMode(QProcess::MergedChannels);
    m_background->start(QStringLiteral("bash"), QStringList{m_script} + m_backgroundArguments);
}

bool FaultCluster::backgroundRunning() const
{
    return m_background && m_background->state() != QProcess::NotRunning;
}

QString FaultCluster::waitForBackground(int timeoutMs)
{
    if (!m_background)
        return QStringLiteral("nothing runs in the background");
    // outcome() kills and reports a command still running after the timeout.
    if (!QTest::qWaitFor([this] { return !backgroundRunning(); }, timeoutMs))
        qWarning("cluster.sh %s: still running after %d ms",
                 qPrintable(m_backgroundArguments.join(QLatin1Char(' '))), timeoutMs);
    const QString result = outcome(*m_background, m_backgroundArguments);
    m_background.reset();
    return result;
}

QString FaultCluster::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{m_script} + arguments);
    process.waitForFinished(timeoutMs);
    return outcome(process, arguments);
}

QString FaultCluster::outcome(QProcess &process, const QStringList &arguments)
{
    const QString command = QStringLiteral("cluster.sh %1").arg(arguments.join(QLatin1Char(' ')));
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish in time").arg(command);
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed (%2): %3")
            .arg(command, QString::number(process.exitCode()), output);
    qInfo("%s: %s", qPrintable(command), qPrintable(output));
    return {};
}

int FaultCluster::leaderOf(const ConnectionConfig &config, const QString &topic, qint32 partition,
                           QString *error)
{
    std::unique_ptr<RdKafka::Producer> client = metadataClient(config, error);
    if (!client)
        return -1;
    std::string reason;
    std::unique_ptr<RdKafka::Topic> handle(
        RdKafka::Topic::create(client.get(), topic.toStdString(), nullptr, reason));
    // Each node learns of new topics and leaders from the controller on its own time: a node
    // asked too early does not know yet. Ask again (any node) until one says.
    int leader = -1;
    const bool found = QTest::qWaitFor(
        [&] {
            RdKafka::Metadata *raw = nullptr;
            const RdKafka::ErrorCode err =
                client->metadata(false, handle.get(), &raw, MetadataTimeoutMs);
            std::unique_ptr<RdKafka::Metadata> metadata(raw);
            if (err != RdKafka::ERR_NO_ERROR) {
                *error = QString::fromStdString(RdKafka::err2str(err));
                return false;
            }
            *error = QStringLiteral("no leader for %1 partition %2 in the metadata")
                         .arg(topic)
                         .arg(partition);
            for (const RdKafka::TopicMetadata *t : *metadata->topics()) {
                if (t->topic() != topic.toStdString())
                    continue;
                for (const RdKafka::PartitionMetadata *p : *t->partitions()) {
                    if (p->id() == partition && p->err() == RdKafka::ERR_NO_ERROR &&
                        p->leader() >= 0)
                        leader = p->leader();
                }
            }
            return leader >= 0;
        },
        MetadataTimeoutMs);
    if (!found)
        return -1;
    error->clear();
    return leader;
}

QHash<qint32, qint64> FaultCluster::recordCounts(const ConnectionConfig &config,
                                                 const QString &topic, int partitions,
                                                 QString *error)
{
    QHash<qint32, qint64> counts;
    std::unique_ptr<RdKafka::Producer> client = metadataClient(config, error);
    if (!client)
        return counts;
    for (qint32 partition = 0; partition < partitions; ++partition) {
        int64_t low = -1;
        int64_t high = -1;
        RdKafka::ErrorCode err = RdKafka::ERR_NO_ERROR;
        // A node that just started again answers "not leader" until its metadata has caught
        // up: asked again until the budget is spent. err says how it ended.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                err = client->query_watermark_offsets(topic.toStdString(), partition, &low, &high,
                                                      MetadataTimeoutMs);
                return err != RdKafka::ERR_NOT_LEADER_FOR_PARTITION &&
                       err != RdKafka::ERR_LEADER_NOT_AVAILABLE && err != RdKafka::ERR__TRANSPORT &&
                       err != RdKafka::ERR__TIMED_OUT;
            },
            MetadataTimeoutMs));
        if (err != RdKafka::ERR_NO_ERROR) {
            *error = QStringLiteral("watermarks of partition %1: %2")
                         .arg(partition)
                         .arg(QString::fromStdString(RdKafka::err2str(err)));
            return {};
        }
        counts.insert(partition, high - low);
    }
    return counts;
}
