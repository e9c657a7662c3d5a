#include "buildinfo.h"

#include <QtGlobal>

#include <librdkafka/rdkafka.h>

namespace BuildInfo {

QString applicationVersion()
{
    return QStringLiteral(TOPICDESK_VERSION);
}

QString qtVersion()
{
    return QStringLiteral("%1 (built with %2)")
        .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR));
}

QString librdkafkaVersion()
{
    return QString::fromLatin1(rd_kafka_version_str());
}

QString summary()
{
    return QStringLiteral("TopicDesk %1\nQt %2\nlibrdkafka %3")
        .arg(applicationVersion(), qtVersion(), librdkafkaVersion());
}

} // namespace BuildInfo
