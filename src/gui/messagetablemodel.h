// MessageTableModel: the live message table. Keeps the raw records of the newest `cap`
// messages (the oldest leave first), inserts each consumer batch with one beginInsertRows,
// builds display text only when data() asks for it, and follows each row through its
// acknowledgement states as the consumer reports acks, commits and revocations. Keys and
// values stay in the byte arrays the batches brought them in (shared, not copied); a batch's
// bytes are let go when its last row leaves. Columns from JSON paths of the value can be added
// after the fixed ones; their cells are read when shown and kept for the recently shown rows.
// With a MessageDecoder set, keys and values in the schema registry's wire format show (and are
// filtered, sorted and read by JSON columns as) their decoded JSON; a row is decoded only when
// something asks for it, and the results of the recently asked rows are kept.
#pragma once

#include "acktracker.h"
#include "jsonpath.h"
#include "kafkamessagebatch.h"
#include "messagedecoder.h"
#include "messageposition.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QMetaObject>
#include <QMutex>

#include <deque>
#include <memory>

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
    enum Role {
        PartitionRole = Qt::UserRole + 1,
        OffsetRole,
        StateRole,
        AckableRole,
        SortRole, // what a column sorts by: numbers as numbers, text as text
        // Key and value columns: the MessageDecoder::Result::Status (as int) of the cell, and
        // the schema it was decoded with ("Avro · schema 7 · orders-value v2 · com.acme.Order")
        DecodeStatusRole,
        SchemaRole,
    };
    // CommittedUnacked: a commit of a later offset covered the row without an ack (Ack in
    // "immediate" mode commits every earlier offset of the partition): nobody processed it here,
    // and it will not be delivered again. Stale: the partition was revoked before a commit.
    enum class State : quint8 { Received, Redelivered, Acked, Committed, CommittedUnacked, Stale };
    Q_ENUM(State)

    explicit MessageTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendBatch(const KafkaMessageBatch &batch);
    void clear();
    // The row's record, rebuilt from the compact row (rows keep no topic or empty fields).
    KafkaMessage message(int row) const;
    State state(int row) const { return m_rows[size_t(row)].state; }
    // The row's fields without copying its bytes, for filters that look at every row; the
    // views are valid until the row leaves the table.
    qint32 partitionAt(int row) const { return m_rows[size_t(row)].partition; }
    qint64 offsetAt(int row) const { return m_rows[size_t(row)].offset; }
    qint64 timestampAt(int row) const { return m_rows[size_t(row)].timestampMs; }
    QByteArrayView keyAt(int row) const;   // null view for a null key
    QByteArrayView valueAt(int row) const; // null view for a null value
    QList<KafkaHeader> headersAt(int row) const;
    // The decoder of keys and values in the schema registry's wire format; null: none (the bytes
    // are shown as they are). Rows show their decoded JSON from then on; when the decoder's
    // registry reports a schema, the rows are shown again.
    void setDecoder(std::shared_ptr<MessageDecoder> decoder);
    std::shared_ptr<MessageDecoder> decoder() const { return m_decoder; }
    // What the decoder makes of the row's key or value (NotFramed without a decoder). Decoded on
    // first use, then kept for the recently asked rows. Thread-safe (filters run on threads).
    MessageDecoder::Result decodedKey(int row) const;
    MessageDecoder::Result decodedValue(int row) const;
    // The key's or value's decoded JSON when it is decoded, else its bytes (null for null): what
    // filters, sorting and JSON columns read. Thread-safe.
    QByteArray decodedKeyAt(int row) const;
    QByteArray decodedValueAt(int row) const;
    // Columns from JSON paths of the value, after ColumnCount in the order added. A cell shows
    // what JsonPath::toText() makes of the value at the path, and is empty when the value is
    // not JSON or has nothing there.
    int addJsonColumn(const JsonPath &path); // the new column
    void removeJsonColumn(int column);
    void setJsonColumns(const QList<JsonPath> &paths);
    const QList<JsonPath> &jsonColumns() const { return m_jsonColumns; }
    bool isJsonColumn(int column) const
    {
        return column >= ColumnCount && column < ColumnCount + m_jsonColumns.size();
    }

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
    // Commits of these positions failed and are sent again in retryInMs: the acked rows below
    // them say so until a commit of their partition is confirmed.
    void failCommits(const MessagePositions &positions, const QString &reason, int retryInMs);
    void revokePartitions(const QList<qint32> &partitions);
    // Rows acknowledged here whose commit the broker has not confirmed (acked, or acked and
    // then revoked): after a restart they are delivered again.
    int ackedNotCommittedCount() const;

    int cap() const { return m_cap; }
    // Drops the oldest rows at once if there are more than the new cap.
    void setCap(int cap);

    static constexpr int DefaultCap = 100000;
    static constexpr int PreviewBytes = 200;
    // Rows whose JSON cells are kept once read: a few screens' worth, and what a sort reads
    // again soon after.
    static constexpr int JsonCacheRows = 20000;
    // Keys and values whose decoding is kept once done.
    static constexpr int DecodeCacheCells = 40000;

private:
    // A held message in as few bytes as possible (it matters at 100,000 rows and more): the
    // batch's record (its key and value a range of a shared chunk), then what the table adds
    // in the record's padding, so a row is 40 bytes. The topic is the model's; headers (rare)
    // live in m_headers.
    struct Row : KafkaMessageBatch::Record
    {
        State state = State::Received;
        bool ackedByUser = false; // unset for rows a commit covered without an ack
        quint32 chunk = 0;        // sequence number of the chunk in m_chunks
    };
    static_assert(sizeof(Row) == sizeof(KafkaMessageBatch::Record));
    // Where each partition's newest rows are, by offset, for acks and commits. Offsets arrive
    // in order, so a sorted list per partition does; a delivery that goes back (a seek or a
    // redelivery) is remembered apart, and wins, being newer.
    struct PartitionIndex
    {
        std::deque<std::pair<qint64, quint64>> inOrder; // (offset, sequence), ascending
        QHash<qint64, quint64> repeated;                // offset -> sequence
    };

    void removeOldest(int count);
    void compactFrontChunk();
    static constexpr qsizetype CompactMinBytes = 64 * 1024;
    Row &rowAt(int row) { return m_rows[size_t(row)]; }
    // The bytes the row's key and value are in.
    const char *bytesOf(const Row &row) const;
    QString stateToolTip(const Row &row) const;
    QString headersPreview(int row) const;
    struct JsonCell
    {
        QString text;
        QVariant sortKey; // invalid when the path is not in the value
    };
    // The row's JSON cells, every column's from one parse of its value.
    const QList<JsonCell> &jsonCells(int row) const;
    QVariant fixedSortKey(int row, int column) const;
    // Emits one dataChanged over the rows [first, last] for the state-dependent columns.
    void rowsChanged(int first, int last);
    // The row's key (or value) decoded, from the cache when it was decoded before.
    MessageDecoder::Result decoded(int row, bool key) const;
    // Whether a schema reads these bytes: framed for the registry, or a value of a topic that a
    // local schema file is mapped to.
    bool isDecodable(QByteArrayView bytes, bool key) const;
    // m_localTopic anew, for the decoder and topic of the moment.
    void updateLocalTopic();
    QByteArray decodedBytes(int row, bool key) const;
    // Lets go of the decodings of the rows with sequence numbers [first, end).
    void dropDecoded(quint64 first, quint64 end);
    // A schema became known (or failed): the cells of the rows waiting on it (Pending, or Failed
    // with it) and their JSON columns are read again; other ids cost nothing. -1: the registry
    // changed, every row is read again.
    void onSchemaArrived(int schemaId);
    // Forgets every decoding (m_decodedMutex held).
    void forgetDecodedLocked();
    // Emits dataChanged for the decoded and JSON cells of the rows [first, last].
    void decodedRowsChanged(int first, int last);
    // The key or value column's display, tooltip, font and colour for a decoded cell; an invalid
    // QVariant when the cell shows the bytes as they are.
    QVariant decodedData(int row, bool key, int role) const;

    std::deque<Row> m_rows;
    quint64 m_firstSequence = 0;     // sequence number of m_rows.front()
    std::deque<QByteArray> m_chunks; // the bytes of the batches rows were taken from
    quint32 m_firstChunk = 0;        // sequence number of m_chunks.front()
    QString m_topic;                 // of every row: the table is cleared when the topic changes
    QHash<qint32, PartitionIndex> m_index;
    QHash<quint64, QList<KafkaHeader>> m_headers; // by sequence, for rows with headers
    QHash<qint32, qint64> m_lowestOpen;           // per partition, from the latest ack outcome
    QHash<qint32, qint64> m_committed;            // per partition, confirmed by the broker
    struct CommitTrouble
    {
        qint64 position = -1; // the position whose commit failed
        QString reason;
        int retryInMs = 0;
    };
    QHash<qint32, CommitTrouble> m_commitTrouble; // per partition, until a commit is confirmed
    bool commitFailedFor(const Row &row) const;
    bool m_ackEnabled = true;
    QString m_ackDisabledReason;
    int m_cap = DefaultCap;
    QList<JsonPath> m_jsonColumns;
    mutable QCache<quint64, QList<JsonCell>> m_jsonCells{JsonCacheRows}; // by sequence
    std::shared_ptr<MessageDecoder> m_decoder;
    // The decoder's local schema files map the table's topic: every value is read with one.
    bool m_localTopic = false;
    QMetaObject::Connection m_schemaArrived;
    // A decoding kept: Decoded until it leaves, Pending until its schema arrives, Failed until its
    // schema arrives again, the registry changes or, for a registry's failure, its retry time.
    struct CachedDecoding
    {
        MessageDecoder::Result result;
        qint64 retryAtMs = -1; // Failed: m_clock's time from which it is decoded again; -1 never
    };
    // By sequence * 2 (+1 for the key).
    mutable QCache<quint64, CachedDecoding> m_decoded{DecodeCacheCells};
    // Schema id -> how many Pending or Failed decodings of it were kept (less those let go
    // knowingly): when its schema arrives and fewer are found, some were pushed out of the cache
    // unseen and every row is read again.
    mutable QHash<int, int> m_waiting;
    QElapsedTimer m_clock;
    mutable QMutex m_decodedMutex;
};
