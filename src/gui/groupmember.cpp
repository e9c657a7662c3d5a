#include "groupmember.h"

#include "consumerthread.h"
#include "journeytracker.h"
#include "kafkasession.h"
#include "languagechangewatcher.h"
#include "messagetablemodel.h"
#include "statuscolours.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace {
QString partitionNames(const QList<qint32> &partitions)
{
    QStringList names;
    for (qint32 p : partitions)
        names << QString::number(p);
    return names.join(QStringLiteral(", "));
}
} // namespace

GroupMember::GroupMember(KafkaSession *session, ConsumerThread *member, int number, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_member(member)
    , m_number(number)
    , m_messages(new MessageTableModel(this))
    , m_autoCommit(session->consumerOptions().commitMode == AckTracker::Mode::AutoCommit)
{
    applyAckPolicy();
    // The reason is shown in the table's tooltips: in the language of the moment.
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &GroupMember::applyAckPolicy);
    connect(session, &KafkaSession::memberMessagesReceived, this,
            [this](ConsumerThread *from, const KafkaMessageBatch &batch) {
                if (from == m_member)
                    m_messages->appendBatch(batch);
            });
    connect(member, &ConsumerThread::started, this, [this] {
        emit logLine(
            tr("%1 joined group \"%2\" on \"%3\": the group rebalances, and its "
               "leader member shares the partitions out again.")
                .arg(name(), m_session->effectiveConfig().groupId, m_session->watchedTopic()));
    });
    connect(member, &ConsumerThread::partitionsAssigned, this, &GroupMember::onAssigned);
    connect(member, &ConsumerThread::partitionsRevoked, this, &GroupMember::onRevoked);
    connect(member, &ConsumerThread::acksApplied, this,
            [this](const QList<AckTracker::AckOutcome> &outcomes) {
                m_messages->applyAcks(outcomes);
                for (const AckTracker::AckOutcome &outcome : outcomes) {
                    if (!outcome.accepted) {
                        emit errorOccurred(outcome.refusal);
                        break;
                    }
                }
            });
    connect(member, &ConsumerThread::commitsConfirmed, m_messages,
            &MessageTableModel::confirmCommits);
    connect(member, &ConsumerThread::commitFailed, m_messages, &MessageTableModel::failCommits);
    connect(member, &ConsumerThread::notice, this,
            [this](const QString &text) { emit logLine(name() + QStringLiteral(": ") + text); });
    connect(member, &ConsumerThread::errorOccurred, this, [this](const QString &text) {
        emit errorOccurred(name() + QStringLiteral(": ") + text);
    });
    connect(member, &ConsumerThread::stopped, this, &GroupMember::onStopped);
    member->start();
}

GroupMember::~GroupMember() = default;

QString GroupMember::nameOf(int number)
{
    return tr("Member %1").arg(number);
}

QString GroupMember::name() const
{
    return nameOf(m_number);
}

QColor GroupMember::colour(int number, const QPalette &palette)
{
    // Blue, orange and purple: apart for the common colour-vision deficiencies too, and each
    // shown with its name. Darker shades on light backgrounds, lighter ones on dark.
    static constexpr QRgb Light[] = {0x1565c0, 0xb35400, 0x7b1fa2};
    static constexpr QRgb Dark[] = {0x64b5f6, 0xffb74d, 0xce93d8};
    // Colour-blind-safe (presenter mode): Okabe–Ito blue, orange and reddish purple, each pair at
    // least 21 CIE76 apart under simulated protanopia, deuteranopia and tritanopia.
    static constexpr QRgb SafeLight[] = {0x0072b2, 0xb35400, 0x8d3666};
    static constexpr QRgb SafeDark[] = {0x64b5f6, 0xffb74d, 0xebcbdd};
    const int index = std::clamp(number, 1, 3) - 1;
    const bool dark = StatusColours::isDark(palette);
    if (StatusColours::scheme() == StatusColours::Scheme::ColourBlindSafe)
        return QColor(dark ? SafeDark[index] : SafeLight[index]);
    return QColor(dark ? Dark[index] : Light[index]);
}

QString GroupMember::stateText() const
{
    switch (m_state) {
    case State::Joining:
        return tr("Joining");
    case State::Running:
        return tr("Running");
    case State::Leaving:
        return tr("Leaving");
    case State::Left:
        return tr("Left the group");
    case State::Crashed:
        return m_removed ? tr("Crashed, removed") : tr("Crashed, still a member");
    }
    return {};
}

QString GroupMember::stateExplanation() const
{
    switch (m_state) {
    case State::Joining:
        return tr("Joining the group: it waits for the rebalance that gives it partitions.");
    case State::Running:
        return tr("In the group: it reads the partitions it was assigned.");
    case State::Leaving:
        return tr("Committing what was acknowledged, then leaving the group.");
    case State::Left:
        return tr("It committed what was acknowledged and left the group; the others took its "
                  "partitions over at once.");
    case State::Crashed:
        return m_removed ? tr("It crashed; its session timed out, and the group rebalanced "
                              "without it.")
                         : tr("It crashed: the coordinator still counts it as a member, and its "
                              "partitions are read by nobody until its session times out.");
    }
    return {};
}

void GroupMember::setState(State state)
{
    m_state = state;
    emit changed();
}

void GroupMember::ackRows(const QList<int> &rows)
{
    MessagePositions positions;
    QString refusal;
    for (int row : rows) {
        if (row < 0 || row >= m_messages->rowCount())
            continue;
        if (m_messages->isAckable(row))
            positions.append({m_messages->partitionAt(row), m_messages->offsetAt(row)});
        else if (refusal.isEmpty() && m_messages->state(row) != MessageTableModel::State::Acked &&
                 m_messages->state(row) != MessageTableModel::State::Committed)
            refusal = m_messages->ackRefusal(row);
    }
    if (!refusal.isEmpty())
        emit errorOccurred(refusal);
    if (positions.isEmpty() || !m_member || !isActive())
        return;
    m_member->ack(positions);
    if (m_journeys)
        m_journeys->recordAckRequested(m_session->watchedTopic(), positions,
                                       QDateTime::currentMSecsSinceEpoch(), m_number);
}

void GroupMember::feedJourneys(JourneyTracker *journeys)
{
    m_journeys = journeys;
    if (!journeys || !m_member)
        return;
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // Shown when its table has it, as the window's own consumer's batches are.
    connect(m_session, &KafkaSession::memberMessagesReceived, this,
            [this, now](ConsumerThread *from, const KafkaMessageBatch &batch) {
                if (from == m_member && m_journeys)
                    m_journeys->recordBatch(batch, now(), m_number);
            });
    connect(m_member, &ConsumerThread::acksApplied, this,
            [this, now](const QList<AckTracker::AckOutcome> &outcomes) {
                if (m_journeys)
                    m_journeys->recordAckOutcomes(m_session->watchedTopic(), outcomes, now(),
                                                  m_number);
            });
    connect(m_member, &ConsumerThread::commitsConfirmed, this,
            [this, now](const MessagePositions &positions) {
                if (m_journeys)
                    m_journeys->recordCommitsConfirmed(m_session->watchedTopic(), positions, now(),
                                                       m_number);
            });
}

void GroupMember::leave()
{
    if (!m_member || !isActive())
        return;
    m_member->stop();
    setState(State::Leaving);
    emit logLine(usesConsumerProtocol()
                     ? tr("%1 is leaving the group cleanly: it commits what was acknowledged, "
                          "then tells the broker it leaves; the broker hands its partitions to "
                          "the other members one by one, and they keep consuming theirs.")
                           .arg(name())
                     : tr("%1 is leaving the group cleanly: it commits what was acknowledged, "
                          "then tells the coordinator it leaves, so the group rebalances at "
                          "once.")
                           .arg(name()));
}

void GroupMember::crash(int sessionTimeoutMs)
{
    if (!m_member || !isActive())
        return;
    m_member->crash();
    // What it had not committed goes to another member: stale here.
    m_messages->revokePartitions(m_partitions);
    setState(State::Crashed);
    applyAckPolicy();
    const QString timeout = QLocale().toString(sessionTimeoutMs / 1000.0, 'g', 3);
    if (usesConsumerProtocol())
        emit logLine(
            tr("%1 crashed on purpose: it closed without committing and without "
               "leaving the group. With the consumer protocol the broker decides when "
               "it is gone: when its heartbeats stop for the broker's session timeout "
               "(group.consumer.session.timeout.ms, 45 s unless the broker sets "
               "another). Then the broker moves partition(s) %2 to the other members "
               "one by one, with every message it had not committed.")
                .arg(name(), m_partitions.isEmpty() ? tr("(none)") : partitionNames(m_partitions)));
    else if (m_partitions.isEmpty())
        emit logLine(tr("%1 crashed on purpose: it closed without committing and without "
                        "leaving the group. It held no partition; the coordinator drops it when "
                        "its heartbeats stop for the session timeout (session.timeout.ms, %2 s "
                        "here), and the group rebalances then.")
                         .arg(name(), timeout));
    else
        emit logLine(tr("%1 crashed on purpose: it closed without committing and without "
                        "leaving the group. The coordinator notices only when its heartbeats "
                        "stop for the session timeout (session.timeout.ms, %2 s here); then the "
                        "group rebalances and partition(s) %3 go to the other members, with "
                        "every message it had not committed.")
                         .arg(name(), timeout, partitionNames(m_partitions)));
}

void GroupMember::applyAckPolicy()
{
    if (m_state == State::Crashed)
        m_messages->setAckPolicy(false, tr("This member crashed: its messages can no longer be "
                                           "acked here."));
    else if (m_state == State::Left)
        m_messages->setAckPolicy(false, tr("This member left the group: its messages can no "
                                           "longer be acked here."));
    else if (m_autoCommit)
        m_messages->setAckPolicy(false, tr("Auto-commit is on: the consumer commits by itself "
                                           "every few seconds, so Ack is off."));
}

void GroupMember::groupMovedOn(int generation)
{
    if (m_state != State::Crashed || m_removed || generation <= m_generation)
        return;
    m_removed = true;
    m_partitions.clear();
    emit logLine(tr("Group \"%1\", generation %2: the coordinator gave up on %3 when its "
                    "session timed out, and the group rebalanced without it.")
                     .arg(m_session->effectiveConfig().groupId)
                     .arg(generation)
                     .arg(name()));
    emit changed();
}

void GroupMember::onAssigned(const QList<qint32> &partitions, int generation)
{
    for (qint32 p : partitions) {
        if (!m_partitions.contains(p))
            m_partitions.append(p);
    }
    std::sort(m_partitions.begin(), m_partitions.end());
    m_generation = generation;
    if (m_state == State::Joining)
        m_state = State::Running;
    if (usesConsumerProtocol()) {
        // KIP-848: the broker sends each member its own changes; nobody else stops.
        emit logLine(
            partitions.isEmpty()
                ? tr("Group \"%1\", member epoch %2: %3 joined and has no partition "
                     "yet (the broker assigns them one heartbeat at a time, or the "
                     "group has more members than the topic has partitions).")
                      .arg(m_session->effectiveConfig().groupId)
                      .arg(generation)
                      .arg(name())
                : tr("Group \"%1\", member epoch %2: the broker gave %3 partition(s) "
                     "%4; it now holds %5. The other members kept consuming theirs.")
                      .arg(m_session->effectiveConfig().groupId)
                      .arg(generation)
                      .arg(name(), partitionNames(partitions), partitionNames(m_partitions)));
        emit changed();
        return;
    }
    emit logLine(partitions.isEmpty()
                     ? tr("Group \"%1\", generation %2: %3 got no partition (the group has more "
                          "members than the topic has partitions).")
                           .arg(m_session->effectiveConfig().groupId)
                           .arg(generation)
                           .arg(name())
                     : tr("Group \"%1\", generation %2: %3 was assigned partition(s) %4.")
                           .arg(m_session->effectiveConfig().groupId)
                           .arg(generation)
                           .arg(name(), partitionNames(partitions)));
    emit changed();
}

void GroupMember::onRevoked(const QList<qint32> &partitions, int generation)
{
    for (qint32 p : partitions)
        m_partitions.removeAll(p);
    m_generation = std::max(m_generation, generation);
    m_messages->revokePartitions(partitions);
    if (usesConsumerProtocol())
        emit logLine(tr("Group \"%1\", member epoch %2: the broker took partition(s) %3 from %4 "
                        "(what it had acknowledged there was committed first); it keeps "
                        "consuming %5.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions), name(),
                              m_partitions.isEmpty()
                                  ? tr("nothing else")
                                  : tr("partition(s) %1").arg(partitionNames(m_partitions))));
    else
        emit logLine(tr("Group \"%1\", generation %2: partition(s) %3 revoked from %4; what it "
                        "had acknowledged there was committed first.")
                         .arg(m_session->effectiveConfig().groupId)
                         .arg(generation)
                         .arg(partitionNames(partitions), name()));
    emit changed();
}

bool GroupMember::usesConsumerProtocol() const
{
    return m_session->effectiveConfig().groupProtocol == ConnectionConfig::GroupProtocol::Consumer;
}

void GroupMember::onStopped()
{
    if (m_state == State::Crashed)
        return;
    m_messages->revokePartitions(m_partitions);
    m_partitions.clear();
    setState(State::Left);
    applyAckPolicy();
    emit logLine(tr("%1 left the group, having committed what was acknowledged.").arg(name()));
}
