// TopicInfo and TopicListing: what a metadata request says about the cluster's topics.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

struct TopicInfo
{
    QString name;
    int partitionCount = 0;

    // Kafka's own topics (__consumer_offsets, __transaction_state) start with two underscores.
    bool isInternal() const { return name.startsWith(QLatin1String("__")); }
};

struct TopicListing
{
    QList<TopicInfo> topics; // sorted by name
    int brokerCount = 0;
    QString clusterId;
    qint64 roundTripMs = -1; // how long the metadata request took
    QString error;           // empty on success
};

Q_DECLARE_METATYPE(TopicListing)
