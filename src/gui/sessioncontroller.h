// SessionController: the glue between one KafkaSession and the models the panels show. It
// feeds the consumer's batches, ack outcomes, commit confirmations and revocations into the
// message table, the partition offsets into theirs, starts a clean table for every new topic
// or connection, and turns what happens into log lines. It holds no widget, so no panel needs
// to know another: the messages panel asks it to ack rows, the connection panel hands it the
// read options.
#pragma once

#include "acktracker.h"
#include "consumeroptions.h"
#include "kafkasession.h"
#include "registrysettings.h"

#include <QObject>

#include <memory>

class JourneyTracker;
class MessageTableModel;
class PartitionOffsetsModel;
class SchemaRegistry;

class SessionController final : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(KafkaSession *session, QObject *parent = nullptr);

    KafkaSession *session() const { return m_session; }
    MessageTableModel *messages() const { return m_messages; }
    PartitionOffsetsModel *offsets() const { return m_offsets; }
    // The measured journey of the messages sent and fetched (the journey panel shows it).
    JourneyTracker *journeys() const { return m_journeys; }

    // Acknowledges the given rows of the message table (those that can be acked); the first
    // refusal of the others is reported.
    void ackRows(const QList<int> &rows);
    // Acknowledges every row from the first one down to row.
    void ackUpTo(int row);
    // Whether acking makes sense at all now: a running consumer in a group with manual commits.
    bool canAck() const;
    // Starts a clean table (and offsets) for what comes next.
    void clearTable();
    // The schema registry whose schemas decode the table's keys and values; null when the
    // connection names none.
    std::shared_ptr<SchemaRegistry> schemaRegistry() const { return m_registry; }

public slots:
    // The read options chosen in the connection panel: they say whether rows can be acked, and
    // a running consumer restarts with them on a clean table.
    void setConsumerOptions(const ConsumerOptions &options);
    // Uses the registry settings (empty address: none) and their local schema files from now
    // on, for the table and whoever asks schemaRegistry(); nothing happens when they are the
    // ones in use. A file that cannot be used is left out with an error. Each connect applies
    // its configuration's registry.
    void setRegistry(const RegistrySettings &settings);

signals:
    // schemaRegistry() is another one (or none) now.
    void schemaRegistryChanged();
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    // The table was cleared, or rows came or went: the count shown under it changed.
    void messageCountChanged();
    // Whether acking is possible changed (consumer started or stopped, options changed).
    void ackAvailabilityChanged();

private:
    void onStateChanged(KafkaSession::State state, const QString &message);
    void onAcksApplied(const QList<AckTracker::AckOutcome> &outcomes);
    void onCommitsConfirmed(const MessagePositions &positions);
    void onAssigned(const QList<qint32> &partitions, int generation);
    void onRevoked(const QList<qint32> &partitions, int generation);
    // True when the connection joins its group with Kafka 4's consumer protocol (KIP-848).
    bool usesConsumerProtocol() const;
    void updateAckPolicy();
    // The log line for a consumer that stopped, once its closing commits are known.
    void logConsumerStopped();

    KafkaSession *m_session;
    MessageTableModel *m_messages;
    PartitionOffsetsModel *m_offsets;
    JourneyTracker *m_journeys;
    // The options and group of the consumer that started last, until it stops.
    std::optional<ConsumerOptions> m_runningOptions;
    QString m_runningGroup;
    std::shared_ptr<SchemaRegistry> m_registry;
    RegistrySettings m_registrySettings;
};
