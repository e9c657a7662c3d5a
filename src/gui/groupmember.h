// GroupMember: one extra consumer of the window's group (KafkaSession::addGroupMember) as the
// group panel shows it: its name ("Member 2") and colour, its own message table with Ack, the
// partitions it holds and the generation it last heard, and whether it runs, left or crashed.
// It feeds the member's batches, ack outcomes, commits and revocations into its table as the
// SessionController does for the window's own consumer, and says what happens in the log.
#pragma once

#include "acktracker.h"
#include "kafkamessagebatch.h"
#include "messageposition.h"

#include <QColor>
#include <QObject>
#include <QPointer>

class ConsumerThread;
class JourneyTracker;
class KafkaSession;
class MessageTableModel;
class QPalette;

class GroupMember final : public QObject
{
    Q_OBJECT
public:
    enum class State { Joining, Running, Leaving, Left, Crashed };

    // number is the member's place in the window (2 or 3; 1 is the window's own consumer).
    // Connects to member (not yet started) and starts it.
    GroupMember(KafkaSession *session, ConsumerThread *member, int number,
                QObject *parent = nullptr);
    ~GroupMember() override;

    int number() const { return m_number; }
    QString name() const;
    // The colour of consumer number (1: the window's own) on palette: each reads on light and
    // dark backgrounds, and no two are told apart by red against green alone.
    static QColor colour(int number, const QPalette &palette);
    static QString nameOf(int number);

    MessageTableModel *messages() const { return m_messages; }
    QList<qint32> partitions() const { return m_partitions; }
    int generation() const { return m_generation; }
    State state() const { return m_state; }
    // A word or two for the list, and what it means in a sentence.
    QString stateText() const;
    QString stateExplanation() const;
    // Joining or running: it can leave or crash.
    bool isActive() const { return m_state == State::Joining || m_state == State::Running; }

    // Acknowledges the given rows of its table (those that can be acked).
    void ackRows(const QList<int> &rows);
    // Records what happens to its messages (fetched, shown, acked, commit sent and confirmed)
    // in journeys, tagged with its number, as the window's own consumer's are.
    void feedJourneys(JourneyTracker *journeys);
    // Commits what was acknowledged and leaves the group (the normal stop).
    void leave();
    // Closes without committing and without leaving the group (see ConsumerThread::crash()).
    void crash(int sessionTimeoutMs);
    // Another consumer of the window heard of generation: once a crashed member's session has
    // timed out, the group's next generation no longer counts it, nor its partitions.
    void groupMovedOn(int generation);

signals:
    // Its partitions, generation or state changed.
    void changed();
    void logLine(const QString &line);
    void errorOccurred(const QString &message);

private:
    void onAssigned(const QList<qint32> &partitions, int generation);
    void onRevoked(const QList<qint32> &partitions, int generation);
    void onStopped();
    // Kafka 4's consumer group protocol: the broker moves partitions one by one (KIP-848).
    bool usesConsumerProtocol() const;
    void setState(State state);
    // Why its rows cannot be acked (crashed, left, auto-commit), in the current language.
    void applyAckPolicy();

    KafkaSession *m_session;
    QPointer<ConsumerThread> m_member;
    QPointer<JourneyTracker> m_journeys;
    int m_number;
    MessageTableModel *m_messages;
    QList<qint32> m_partitions;
    int m_generation = -1;
    State m_state = State::Joining;
    bool m_autoCommit;
    bool m_removed = false; // crashed, and the group rebalanced without it
};
