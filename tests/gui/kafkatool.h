// KafkaTool: Kafka's own command-line tools run on the test broker's classpath, for the tests
// that compare what TopicDesk shows with an independent account of the cluster
// (tst_topicoffsets, tst_topicoffsetsnew). Header-only.
#pragma once

#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Kafka's own command-line tools (TopicCommand is kafka-topics.sh, ClusterTool kafka-cluster.sh)
// from the installation of the broker under test: tests/broker/broker.sh java WORKDIR CLASS ARGS
// runs a class on that broker's classpath. An independent account of what the cluster has.
class KafkaTool final
{
public:
    struct Partition
    {
        qint32 leader = -1;
        QList<qint32> replicas;
        QList<qint32> inSync;
    };
    struct Topic
    {
        QString topicId;
        QMap<qint32, Partition> partitions;
    };

    // The broker's WORKDIR: TOPICDESK_TEST_KAFKA_DIR when set, else the running broker
    // (broker.sh starts "java ... kafka.Kafka WORKDIR/server.properties") whose WORKDIR/bootstrap
    // is TOPICDESK_TEST_BROKERS. Empty when none is.
    static QString brokerDir()
    {
        const QString wanted = TestCluster::brokers();
        const auto serves = [&wanted](const QString &dir) {
            QFile file(dir + QStringLiteral("/bootstrap"));
            return file.open(QIODevice::ReadOnly) &&
                   QString::fromUtf8(file.readAll()).trimmed() == wanted;
        };
        const QString given = qEnvironmentVariable("TOPICDESK_TEST_KAFKA_DIR");
        if (!given.isEmpty())
            return serves(given) ? given : QString();
        const QStringList pids =
            QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> args = file.readAll().split('\0');
            const qsizetype main = args.indexOf(QByteArrayLiteral("kafka.Kafka"));
            if (main < 0 || main + 1 >= args.size())
                continue;
            const QString dir = QFileInfo(QString::fromLocal8Bit(args.at(main + 1))).absolutePath();
            if (serves(dir))
                return dir;
        }
        return {};
    }

    // The standard output of CLASS ARGS, or a null string with *error saying why.
    static QString run(const QString &cls, const QStringList &arguments, QString *error)
    {
        const QString dir = brokerDir();
        if (dir.isEmpty()) {
            *error = QStringLiteral("no running broker.sh broker serves %1 (set "
                                    "TOPICDESK_TEST_KAFKA_DIR to its WORKDIR)")
                         .arg(TestCluster::brokers());
            return {};
        }
        const QString script = QFileInfo(QStringLiteral(__FILE__))
                                   .absoluteDir()
                                   .absoluteFilePath(QStringLiteral("../broker/broker.sh"));
        QProcess process;
        process.start(QStringLiteral("bash"),
                      QStringList{script, QStringLiteral("java"), dir, cls} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2")
                         .arg(cls, QString::fromUtf8(process.readAllStandardError()));
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // "Key: value" fields of a line separated by tabs.
    static QMap<QString, QString> fields(const QString &line)
    {
        QMap<QString, QString> result;
        for (const QString &part : line.split(QLatin1Char('\t'), Qt::SkipEmptyParts)) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            if (colon > 0)
                result.insert(part.left(colon).trimmed(), part.mid(colon + 1).trimmed());
        }
        return result;
    }

    // "1,2,3" as broker ids.
    static QList<qint32> ids(const QString &text)
    {
        QList<qint32> result;
        for (const QString &id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << id.toInt();
        return result;
    }

    // kafka-topics.sh --describe --topic NAME. Kafka prints "none" for no leader.
    static Topic describeTopic(const QString &name, QString *error)
    {
        const QString out = run(QStringLiteral("org.apache.kafka.tools.TopicCommand"),
                                {QStringLiteral("--bootstrap-server"), TestCluster::brokers(),
                                 QStringLiteral("--describe"), QStringLiteral("--topic"), name},
                                error);
        Topic topic;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QMap<QString, QString> f = fields(line);
            if (f.value(QStringLiteral("Topic")) != name)
                continue;
            if (f.contains(QStringLiteral("TopicId")))
                topic.topicId = f.value(QStringLiteral("TopicId"));
            if (!f.contains(QStringLiteral("Partition")))
                continue;
            const QString leader = f.value(QStringLiteral("Leader"));
            topic.partitions.insert(
                f.value(QStringLiteral("Partition")).toInt(),
                Partition{.leader = leader == QLatin1String("none") ? -1 : leader.toInt(),
                          .replicas = ids(f.value(QStringLiteral("Replicas"))),
                          .inSync = ids(f.value(QStringLiteral("Isr")))});
        }
        return topic;
    }

    // kafka-cluster.sh cluster-id: "Cluster ID: ...".
    static QString clusterId(QString *error)
    {
        const QString out = run(QStringLiteral("org.apache.kafka.tools.ClusterTool"),
                                {QStringLiteral("cluster-id"), QStringLiteral("--bootstrap-server"),
                                 TestCluster::brokers()},
                                error);
        const QString prefix = QStringLiteral("Cluster ID: ");
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
        return {};
    }

    // kafka-topics.sh --describe --topic A|B|...: each topic's TopicId.
    static QMap<QString, QString> topicIds(const QStringList &names, QString *error)
    {
        QStringList patterns;
        for (const QString &name : names)
            patterns << QRegularExpression::escape(name);
        const QString out = run(QStringLiteral("org.apache.kafka.tools.TopicCommand"),
                                {QStringLiteral("--bootstrap-server"), TestCluster::brokers(),
                                 QStringLiteral("--describe"), QStringLiteral("--topic"),
                                 patterns.join(QLatin1Char('|'))},
                                error);
        QMap<QString, QString> ids;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QMap<QString, QString> f = fields(line);
            if (f.contains(QStringLiteral("TopicId")))
                ids.insert(f.value(QStringLiteral("Topic")), f.value(QStringLiteral("TopicId")));
        }
        return ids;
    }

    // node.id in the broker's server.properties: a single node's broker id.
    static qint32 nodeId()
    {
        QFile file(brokerDir() + QStringLiteral("/server.properties"));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("node.id="))
                return line.mid(8).trimmed().toInt();
        return -1;
    }
};
