#include "libraryfeatures.h"

#include <librdkafka/rdkafka.h>

namespace {
// RD_KAFKA_VERSION and rd_kafka_version() are 0xMMmmrrpp; a release has pp = 0xff, a
// pre-release less, so major.minor.0 of any kind starts at 0xMMmm0000.
constexpr int versionNumber(int major, int minor)
{
    return (major << 24) | (minor << 16);
}
} // namespace

QString LibraryFeatures::librdkafkaVersion()
{
    return QString::fromLatin1(rd_kafka_version_str());
}

bool LibraryFeatures::librdkafkaAtLeast(int major, int minor)
{
    const int wanted = versionNumber(major, minor);
    return RD_KAFKA_VERSION >= wanted && rd_kafka_version() >= wanted;
}

QString LibraryFeatures::needsLibrdkafka(int major, int minor)
{
    return tr("needs librdkafka %1.%2 or later; this build uses %3")
        .arg(major)
        .arg(minor)
        .arg(librdkafkaVersion());
}

bool LibraryFeatures::groupProtocolAvailable()
{
    return librdkafkaAtLeast(2, 4);
}

QString LibraryFeatures::groupProtocolUnavailableReason()
{
    return groupProtocolAvailable() ? QString() : needsLibrdkafka(2, 4);
}

bool LibraryFeatures::listOffsetsAvailable()
{
    return librdkafkaAtLeast(2, 3);
}

QString LibraryFeatures::listOffsetsUnavailableReason()
{
    return listOffsetsAvailable() ? QString() : needsLibrdkafka(2, 3);
}

bool LibraryFeatures::describeAvailable()
{
    return librdkafkaAtLeast(2, 3);
}

QString LibraryFeatures::describeUnavailableReason()
{
    return describeAvailable() ? QString() : needsLibrdkafka(2, 3);
}
