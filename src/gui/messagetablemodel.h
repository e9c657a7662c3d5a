// MessageTableModel: the live message table. Keeps the raw records of the newest `cap`
// messages (the oldest leave first), inserts each consumer batch with one beginInsertRows,
// builds display text only when data() asks for it, and follows each row through its
// acknowledgement states as the consumer reports acks, commits and revocations.
#pragma once

#include "acktracker.h"
#include "kafkamessage.h"
#include "messageposition.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>

class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        HeadersColumn,
        AckColumn,
        ColumnCount
    };
    enum Role { PartitionRole = Qt::UserRole + 1, OffsetRole, StateRole, AckableRole };
    enum class State : quint8 { Received, Redelivered, Acked, Committed, Stale };
    Q_ENUM(State)

    explicit MessageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendBatch(const KafkaMessageBatch &batch);
    void clear();
    const KafkaMessage &message(int row) const { return m_rows[size_t(row)].message; }
    State state(int row) const { return m_rows[size_t(row)].state; }
    // Row of the newest delivery of (partition, offset), or -1.
    int rowOf(qint32 partition, qint64 offset) const;

    // Whether rows can be acknowledged, and if not, why (auto-commit, browsing).
    void setAckPolicy(bool enabled, const QString &disabledReason);
    bool isAckable(int row) const;
    // Why the row cannot be acked now (empty when it can).
    QString ackRefusal(int row) const;

    // What the consumer reported.
    void applyAcks(const QList<AckTracker::AckOutcome> &outcomes);
    void confirmCommits(const MessagePositions &positions);
    void revokePartitions(const QList<qint32> &partitions);

    int cap() const { return m_cap; }
    // Drops the oldest rows at once if there are more than the new cap.
    void setCap(int cap);

    static constexpr int DefaultCap = 100000;
    static constexpr int PreviewBytes = 200;

    static QString stateName(State state);
    static QColor stateColour(State state);

private:
    struct Row
    {
        KafkaMessage message;
        State state = State::Received;
        bool ackedByUser = false; // false for rows a commit covered without an ack
    };

    void removeOldest(int count);
    Row &rowAt(int row) { return m_rows[size_t(row)]; }
    QString stateToolTip(const Row &row) const;
    // Emits one dataChanged over the rows [first, last] for the state-dependent columns.
    void rowsChanged(int first, int last);

    std::deque<Row> m_rows;
    quint64 m_firstSequence = 0;                        // sequence number of m_rows.front()
    QHash<QPair<qint32, qint64>, quint64> m_sequenceOf; // -> sequence of the newest row
    QHash<qint32, qint64> m_lowestOpen; // per partition, from the latest ack outcome
    QHash<qint32, qint64> m_committed;  // per partition, confirmed by the broker
    bool m_ackEnabled = true;
    QString m_ackDisabledReason;
    int m_cap = DefaultCap;
};
