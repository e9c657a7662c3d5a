#include "sessioncontroller.h"

#include "journeytracker.h"
#include "languagechangewatcher.h"
#include "localschemas.h"
#include "messagedecoder.h"
#include "messagetablemodel.h"
#include "partitionoffsetsmodel.h"
#include "schemaregistry.h"

#include <QDateTime>

#include <utility>

SessionController::SessionController(KafkaSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_messages(new MessageTableModel(this))
    , m_offsets(new PartitionOffsetsModel(this))
    , m_journeys(new JourneyTracker(this))
{
    m_journeys->attach(m_session);
    // Why rows cannot be acked shows in the table's tooltips: in the language of the moment.
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &SessionController::updateAckPolicy);
    connect(m_session, &KafkaSession::stateChanged, this, &SessionController::onStateChanged);
    // A new topic starts a clean table: rows of the previous one could only fail to ack.
    connect(m_session, &KafkaSession::watchedTopicChanged, this, &SessionController::clearTable);
    connect(m_session, &KafkaSession::consumerStarted, this, [this](const QString &topic) {
        const ConsumerOptions &options = m_session->consumerOptions();
        m_runningOptions = options;
        m_runningGroup = m_session->effectiveConfig().groupId;
        if (options.mode == ConsumerOptions::Mode::Browse)
            emit logLine(tr("Consumer started on \"%1\" without a consumer group: it reads "
                            "and commits nothing.")
                             .arg(topic));
        else if (options.startOffset >= 0 || options.startTimestampMs >= 0)
            emit logLine(tr("Consumer started on \"%1\" in group \"%2\"; it pulls from the "
                            "offset or time you chose.")
                             .arg(topic, m_runningGroup));
        else if (options.startFrom == ConsumerOptions::StartFrom::Latest)
            emit logLine(tr("Consumer started on \"%1\" in group \"%2\"; it pulls from the "
                            "group's committed offsets, and with new messages only where "
                            "nothing is committed (as Kafka's own default, latest).")
                             .arg(topic, m_runningGroup));
        else
            emit logLine(tr("Consumer started on \"%1\" in group \"%2\"; it pulls from the "
                            "group's committed offsets, and from the earliest message where "
                            "nothing is committed (TopicDesk's default; Kafka's own is new "
                            "messages only).")
                             .arg(topic, m_runningGroup));
        updateAckPolicy();
    });
    connect(m_session, &KafkaSession::consumerStopped, this, [this] {
        m_offsets->setOffsets({});
        // A consumer replaced by a newer one (a topic switch) is not what the user stopped.
        if (!m_session->isConsuming())
            logConsumerStopped();
        updateAckPolicy();
    });
    connect(m_session, &KafkaSession::messagesReceived, this,
            [this](const KafkaMessageBatch &batch) {
                m_messages->appendBatch(batch);
                m_journeys->recordBatch(batch, QDateTime::currentMSecsSinceEpoch());
                emit messageCountChanged();
            });
    connect(m_session, &KafkaSession::acksApplied, this, &SessionController::onAcksApplied);
    connect(m_session, &KafkaSession::commitsConfirmed, this,
            &SessionController::onCommitsConfirmed);
    connect(m_session, &KafkaSession::commitFailed, m_messages, &MessageTableModel::failCommits);
    connect(m_session, &KafkaSession::partitionsAssigned, this, &SessionController::onAssigned);
    connect(m_session, &KafkaSession::partitionsRevoked, this, &SessionController::onRevoked);
    connect(m_session, &KafkaSession::offsetsUpdated, m_offsets,
            &PartitionOffsetsModel::setOffsets);
    connect(m_session, &KafkaSession::notice, this, &SessionController::logLine);
    connect(m_session, &KafkaSession::errorOccurred, this, &SessionController::errorOccurred);
    connect(m_messages, &QAbstractItemModel::rowsRemoved, this,
            &SessionController::messageCountChanged);
}

void SessionController::clearTable()
{
    m_messages->clear();
    m_offsets->setOffsets({});
    emit messageCountChanged();
}

bool SessionController::canAck() const
{
    const ConsumerOptions &options = m_session->consumerOptions();
    return m_session->isConsuming() && options.mode == ConsumerOptions::Mode::Group &&
           options.commitMode != AckTracker::Mode::AutoCommit;
}

void SessionController::setConsumerOptions(const ConsumerOptions &options)
{
    const ConsumerOptions &current = m_session->consumerOptions();
    const bool changed = options.mode != current.mode || options.startFrom != current.startFrom ||
                         options.commitMode != current.commitMode;
    if (!changed)
        return;
    const bool restarts = m_session->isConsuming();
    if (restarts)
        clearTable();
    m_session->setConsumerOptions(options);
    updateAckPolicy();
}

void SessionController::updateAckPolicy()
{
    const ConsumerOptions &options = m_session->consumerOptions();
    const KafkaSession::State state = m_session->state();
    if (state != KafkaSession::State::Connected && state != KafkaSession::State::Connecting)
        m_messages->setAckPolicy(false, tr("Not connected: the consumer left its group, so these "
                                           "messages can no longer be acked here. What was not "
                                           "committed is delivered again after reconnecting."));
    else if (options.mode == ConsumerOptions::Mode::Browse)
        m_messages->setAckPolicy(false, tr("Browsing without a consumer group: nothing is "
                                           "committed, so there is nothing to acknowledge."));
    else if (options.commitMode == AckTracker::Mode::AutoCommit)
        m_messages->setAckPolicy(false, tr("Auto-commit is on: the consumer commits by itself "
                                           "every few seconds, so Ack is off."));
    else
        m_messages->setAckPolicy(true, {});
    emit ackAvailabilityChanged();
}

void SessionController::onStateChanged(KafkaSession::State state, const QString &message)
{
    // A new connection starts a clean table; the rows of a connection that ended stay to be
    // read, but can no longer be acked.
    if (state == KafkaSession::State::Connecting) {
        clearTable();
        setRegistry(m_session->effectiveConfig().registry);
    }
    if (state == KafkaSession::State::Failed)
        emit errorOccurred(message);
    else
        emit logLine(message);
    updateAckPolicy();
}

void SessionController::setRegistry(const RegistrySettings &settings)
{
    if (settings == m_registrySettings)
        return;
    const bool had = m_messages->decoder() != nullptr;
    m_registrySettings = settings;
    m_registry.reset();
    std::shared_ptr<const LocalSchemas> local;
    if (settings.usesSchemas()) {
        if (const QString problem = settings.validate(); !problem.isEmpty()) {
            emit errorOccurred(tr("Messages are not decoded: %1").arg(problem));
        } else {
            if (settings.isEnabled())
                m_registry = std::make_shared<SchemaRegistry>(settings);
            if (!settings.localSchemas.isEmpty()) {
                QStringList errors;
                local = LocalSchemas::load(settings.localSchemas, &errors);
                for (const QString &error : std::as_const(errors))
                    emit errorOccurred(tr("A local schema file is not used: %1").arg(error));
                if (local && local->isEmpty())
                    local.reset();
            }
        }
    }
    const bool decodes = m_registry || local;
    m_messages->setDecoder(decodes ? std::make_shared<MessageDecoder>(m_registry, local) : nullptr);
    const int files = local ? int(local->entries().size()) : 0;
    if (m_registry && local)
        emit logLine(tr("Keys and values are decoded with the schema registry %1 and %n local "
                        "schema file(s).",
                        nullptr, files)
                         .arg(settings.url.toDisplayString()));
    else if (m_registry)
        emit logLine(tr("Keys and values in the schema registry's format are decoded with the "
                        "schemas of %1.")
                         .arg(settings.url.toDisplayString()));
    else if (local)
        emit logLine(tr("Values are decoded with %n local schema file(s), without a schema "
                        "registry.",
                        nullptr, files));
    else if (had)
        emit logLine(tr("No schema registry: keys and values are shown as they are."));
    emit schemaRegistryChanged();
}

void SessionController::ackUpTo(int row)
{
    QList<int> rows;
    rows.reserve(row + 1);
    for (int r = 0; r <= row && r < m_messages->rowCount(); ++r) {
        if (m_messages->isAckable(r))
            rows.append(r);
    }
    ackRows(rows);
}

void SessionController::ackRows(const QList<int> &rows)
{
    MessagePositions positions;
    QString refusal;
    for (int row : rows) {
        if (row < 0 || row >= m_messages->rowCount())
            continue;
        if (m_messages->isAckable(row)) {
            const KafkaMessage m = m_messages->message(row);
            positions.append({m.partition, m.offset});
        } else if (refusal.isEmpty() && m_messages->state(row) != MessageTableModel::State::Acked &&
                   m_messages->state(row) != MessageTableModel::State::Committed &&
                   m_messages->state(row) != MessageTableModel::State::CommittedUnacked) {
            refusal = m_messages->ackRefusal(row);
        }
    }
    if (!refusal.isEmpty())
        emit errorOccurred(refusal);
    if (!positions.isEmpty()) {
        m_journeys->recordAckRequested(m_session->watchedTopic(), positions,
                                       QDateTime::currentMSecsSinceEpoch());
        m_session->ack(positions);
    }
}

void SessionController::onAcksApplied(const QList<AckTracker::AckOutcome> &outcomes)
{
    m_messages->applyAcks(outcomes);
    for (const AckTracker::AckOutcome &outcome : outcomes) {
        if (!outcome.accepted) {
            emit errorOccurred(outcome.refusal);
            break;
        }
    }
}

void SessionController::logConsumerStopped()
{
    // Sent once the consumer has closed: the commits it made while leaving were confirmed (and
    // logged) or not by now.
    if (!m_runningOptions)
        return; // it never started (the error says why)
    const ConsumerOptions options = *std::exchange(m_runningOptions, std::nullopt);
    if (options.mode == ConsumerOptions::Mode::Browse) {
        emit logLine(tr("Consumer stopped. It was browsing: there was nothing to commit."));
        return;
    }
    if (options.commitMode == AckTracker::Mode::AutoCommit) {
        emit logLine(tr("Consumer stopped and left group \"%1\". With auto-commit it committed "
                        "what it had read, processed or not.")
                         .arg(m_runningGroup));
        return;
    }
    const int open = m_messages->ackedNotCommittedCount();
    if (open == 0)
        emit logLine(tr("Consumer stopped and left group \"%1\". Everything acknowledged in this "
                        "table is committed.")
                         .arg(m_runningGroup));
    else
        emit logLine(tr("Consumer stopped and left group \"%1\", but the broker did not confirm "
                        "the commit of %n acknowledged message(s): the group reads them again.",
                        nullptr, open)
                         .arg(m_runningGroup));
}

void SessionController::onCommitsConfirmed(const MessagePositions &positions)
{
    m_messages->confirmCommits(positions);
    QStringList parts;
    for (const MessagePosition &p : positions)
        parts << tr("partition %1 at offset %2").arg(p.partition).arg(p.offset);
    emit logLine(tr("The broker confirmed the commit (every offset before each committed offset "
                    "counts as processed): %1.")
                     .arg(parts.join(QStringLiteral(", "))));
}

static QString partitionNames(const QList<qint32> &partitions)
{
    QStringList names;
    for (qint32 p : partitions)
        names << QString::number(p);
    return names.join(QStringLiteral(", "));
}

void SessionController::onAssigned(const QList<qint32> &partitions, int generation)
{
    if (m_session->consumerOptions().mode == ConsumerOptions::Mode::Browse)
        emit logLine(tr("Browsing partition(s) %1 without a consumer group.")
                         .arg(partitionNames(partitions)));
    else if (usesConsumerProtocol())
        // The broker assigns under Kafka 4's protocol, partition by partition, with no
        // group-wide rebalance; generation is this member's epoch.
        emit logLine(tr("Group \"%1\", member epoch %2: the broker gave this consumer "
                        "partition(s) %3; the group's other members kept consuming.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions)));
    else
        emit logLine(tr("Group \"%1\", generation %2: this consumer was assigned partition(s) %3.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions)));
}

bool SessionController::usesConsumerProtocol() const
{
    return m_session->effectiveConfig().groupProtocol == ConnectionConfig::GroupProtocol::Consumer;
}

void SessionController::onRevoked(const QList<qint32> &partitions, int generation)
{
    // Browsing holds no partitions of a group: nothing of it can go stale.
    if (m_session->consumerOptions().mode == ConsumerOptions::Mode::Browse)
        return;
    m_messages->revokePartitions(partitions);
    if (usesConsumerProtocol())
        emit logLine(tr("Group \"%1\", member epoch %2: the broker took partition(s) %3 from this "
                        "consumer; its rows there that were not committed are now Revoked.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions)));
    else
        emit logLine(tr("Group \"%1\", generation %2: partition(s) %3 revoked from this consumer; "
                        "its rows there that were not committed are now Revoked.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions)));
}
