#include "messagetablemodel.h"

#include "localschemas.h"

#include "decodedtext.h"
#include "glossarydialog.h"
#include "languagechangewatcher.h"
#include "messagestatestyle.h"
#include "payloadformat.h"
#include "schemabadgeicon.h"
#include "schemaregistry.h"
#include "statuscolours.h"
#include "wireformat.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutexLocker>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <vector>

namespace {
QString glossaryHint()
{
    return GlossaryDialog::toolTipHint();
}

// Whether a decoding waits on its schema id: read again when the id arrives (again).
bool waitsOnSchema(const MessageDecoder::Result &result)
{
    using Status = MessageDecoder::Result::Status;
    return result.schemaId >= 0 &&
           (result.status == Status::Pending || result.status == Status::Failed);
}
} // namespace

MessageTableModel::MessageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Its header and cell texts are translated as they are asked for: after a language
    // change, the views ask again.
    LanguageChangeWatcher::retranslateTexts(this);
    m_clock.start();
}

KafkaMessage MessageTableModel::message(int row) const
{
    const Row &r = m_rows[size_t(row)];
    KafkaMessage m = r.toMessage(m_topic, bytesOf(r));
    if (r.hasHeaders)
        m.headers = m_headers.value(m_firstSequence + quint64(row));
    return m;
}

QByteArrayView MessageTableModel::keyAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return r.key(bytesOf(r));
}

QByteArrayView MessageTableModel::valueAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return r.value(bytesOf(r));
}

void MessageTableModel::setDecoder(std::shared_ptr<MessageDecoder> decoder)
{
    if (decoder == m_decoder)
        return;
    disconnect(m_schemaArrived);
    m_decoder = std::move(decoder);
    updateLocalTopic();
    if (m_decoder && m_decoder->registry())
        m_schemaArrived = connect(m_decoder->registry().get(), &SchemaRegistry::schemaArrived, this,
                                  &MessageTableModel::onSchemaArrived);
    onSchemaArrived(-1);
}

void MessageTableModel::onSchemaArrived(int schemaId)
{
    // The registry is shared (the compose box and the detail pane ask for ids of their own):
    // only the rows waiting on this id are read again.
    std::vector<int> rows;
    bool everything = schemaId < 0;
    {
        const QMutexLocker lock(&m_decodedMutex);
        if (!everything) {
            const int kept = m_waiting.take(schemaId);
            if (kept == 0)
                return;
            int found = 0;
            const QList<quint64> keys = m_decoded.keys();
            for (const quint64 key : keys) {
                const CachedDecoding *cached = m_decoded.object(key);
                if (cached->result.schemaId != schemaId || !waitsOnSchema(cached->result))
                    continue;
                ++found;
                m_decoded.remove(key);
                const quint64 sequence = key / 2;
                if (sequence >= m_firstSequence && sequence - m_firstSequence < m_rows.size())
                    rows.push_back(int(sequence - m_firstSequence));
            }
            everything = found < kept;
        }
        if (everything)
            forgetDecodedLocked();
    }
    if (everything) {
        m_jsonCells.clear();
        if (!m_rows.empty())
            decodedRowsChanged(0, int(m_rows.size()) - 1);
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : rows)
        m_jsonCells.remove(m_firstSequence + quint64(row));
    // One dataChanged per run of adjacent rows.
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        decodedRowsChanged(rows[i], rows[j - 1]);
        i = j;
    }
}

void MessageTableModel::forgetDecodedLocked()
{
    m_decoded.clear();
    m_waiting.clear();
}

void MessageTableModel::decodedRowsChanged(int first, int last)
{
    emit dataChanged(index(first, KeyColumn), index(last, ValueColumn),
                     {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::FontRole,
                      Qt::ForegroundRole, SortRole, DecodeStatusRole, SchemaRole});
    if (!m_jsonColumns.isEmpty())
        emit dataChanged(index(first, ColumnCount), index(last, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, SortRole});
}

void MessageTableModel::updateLocalTopic()
{
    const std::shared_ptr<const LocalSchemas> local =
        m_decoder ? m_decoder->localSchemas() : nullptr;
    m_localTopic = local && !m_topic.isEmpty() && local->match(m_topic);
}

bool MessageTableModel::isDecodable(QByteArrayView bytes, bool key) const
{
    // A local schema file reads every value of its topics; the registry's framing anything else.
    if (!key && m_localTopic)
        return true;
    return bytes.size() >= WireFormat::HeaderSize && bytes[0] == WireFormat::MagicByte;
}

MessageDecoder::Result MessageTableModel::decoded(int row, bool key) const
{
    if (!m_decoder)
        return {};
    const QByteArrayView bytes = key ? keyAt(row) : valueAt(row);
    // Keys are never read with a topic's local schema file (it describes its values).
    const QString topic = key ? QString() : m_topic;
    // Bytes that are not decoded cost no cache entry (and no lock).
    if (!isDecodable(bytes, key))
        return m_decoder->decode(bytes, topic);
    using Status = MessageDecoder::Result::Status;
    const quint64 cacheKey = (m_firstSequence + quint64(row)) * 2 + (key ? 1 : 0);
    {
        const QMutexLocker lock(&m_decodedMutex);
        if (const CachedDecoding *cached = m_decoded.object(cacheKey)) {
            if (cached->retryAtMs < 0 || m_clock.elapsed() < cached->retryAtMs)
                return cached->result;
        }
    }
    MessageDecoder::Result result = m_decoder->decode(bytes, topic);
    // Every result is kept, so painting a row decodes nothing. Pending and Failed ones are
    // counted by schema id: its arrival reads those rows again. A failure of the registry is
    // decoded again after the registry's retry time (asking is what makes it try again).
    auto *entry = new CachedDecoding{result, -1};
    if (result.status == Status::Failed && result.schemaId >= 0)
        entry->retryAtMs = m_clock.elapsed() + SchemaRegistry::RetryAfterMs;
    const QMutexLocker lock(&m_decodedMutex);
    if (const CachedDecoding *replaced = m_decoded.object(cacheKey);
        replaced && waitsOnSchema(replaced->result)) {
        const auto it = m_waiting.find(replaced->result.schemaId);
        if (it != m_waiting.end() && --*it <= 0)
            m_waiting.erase(it);
    }
    if (waitsOnSchema(result))
        ++m_waiting[result.schemaId];
    m_decoded.insert(cacheKey, entry, 1 + int(result.json.size() / 1024));
    return result;
}

MessageDecoder::Result MessageTableModel::decodedKey(int row) const
{
    return decoded(row, true);
}

MessageDecoder::Result MessageTableModel::decodedValue(int row) const
{
    return decoded(row, false);
}

QByteArray MessageTableModel::decodedBytes(int row, bool key) const
{
    const QByteArrayView bytes = key ? keyAt(row) : valueAt(row);
    if (m_decoder && isDecodable(bytes, key)) {
        MessageDecoder::Result result = decoded(row, key);
        if (result.status == MessageDecoder::Result::Status::Decoded)
            return result.json;
    }
    return bytes.isNull() ? QByteArray() : QByteArray::fromRawData(bytes.data(), bytes.size());
}

QByteArray MessageTableModel::decodedKeyAt(int row) const
{
    return decodedBytes(row, true);
}

QByteArray MessageTableModel::decodedValueAt(int row) const
{
    return decodedBytes(row, false);
}

void MessageTableModel::dropDecoded(quint64 first, quint64 end)
{
    const QMutexLocker lock(&m_decodedMutex);
    if (m_decoded.isEmpty())
        return;
    // Pending and Failed decodings let go here are no longer waited for.
    const auto drop = [this](quint64 key) {
        const CachedDecoding *cached = m_decoded.object(key);
        if (!cached)
            return;
        if (waitsOnSchema(cached->result)) {
            const auto it = m_waiting.find(cached->result.schemaId);
            if (it != m_waiting.end() && --*it <= 0)
                m_waiting.erase(it);
        }
        m_decoded.remove(key);
    };
    if (quint64(m_decoded.size()) < 2 * (end - first)) {
        const QList<quint64> keys = m_decoded.keys();
        for (const quint64 key : keys) {
            if (key / 2 >= first && key / 2 < end)
                drop(key);
        }
        return;
    }
    for (quint64 sequence = first; sequence < end; ++sequence) {
        drop(sequence * 2);
        drop(sequence * 2 + 1);
    }
}

QVariant MessageTableModel::decodedData(int row, bool key, int role) const
{
    using Status = MessageDecoder::Result::Status;
    const QByteArrayView bytes = key ? keyAt(row) : valueAt(row);
    // Bytes no schema reads are shown as they are: only their tooltip says why (painting stays
    // cheap).
    if (!isDecodable(bytes, key) && role != Qt::ToolTipRole && role != DecodeStatusRole)
        return {};
    const MessageDecoder::Result result = decoded(row, key);
    if (role == DecodeStatusRole)
        return int(result.status);
    if (result.status == Status::NotFramed) {
        // Bytes shown as they are; the tooltip says why they are not decoded.
        if (role == Qt::ToolTipRole && !result.reason.isEmpty()) {
            const qint32 size = key ? m_rows[size_t(row)].keySize : m_rows[size_t(row)].valueSize;
            return tr("%n byte(s)", nullptr, size) + QLatin1Char('\n') +
                   DecodedText::toolTip(result);
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (result.status) {
        case Status::Decoded:
            return PayloadFormat::preview(result.json, PreviewBytes);
        case Status::Pending:
            return tr("Fetching schema %1…").arg(result.schemaId);
        default:
            return {};
        }
    case SchemaRole:
        return result.status == Status::Decoded ? DecodedText::summary(result) : QString();
    case Qt::DecorationRole:
        if (result.status == Status::Decoded)
            return SchemaBadgeIcon::icon(result.type);
        return {};
    case Qt::ToolTipRole:
        return DecodedText::toolTip(result);
    case Qt::FontRole:
        if (result.status != Status::Decoded) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (result.status == Status::Failed)
            return QBrush(StatusColours::colour(StatusColours::Role::Warning));
        if (result.status == Status::Pending)
            return QBrush(StatusColours::colour(StatusColours::Role::Muted));
        return {};
    }
    return {};
}

QList<KafkaHeader> MessageTableModel::headersAt(int row) const
{
    if (!m_rows[size_t(row)].hasHeaders)
        return {};
    return m_headers.value(m_firstSequence + quint64(row));
}

const char *MessageTableModel::bytesOf(const Row &row) const
{
    return m_chunks[row.chunk - m_firstChunk].constData();
}

QString MessageTableModel::headersPreview(int row) const
{
    if (!m_rows[size_t(row)].hasHeaders)
        return {};
    QStringList parts;
    for (const KafkaHeader &h : m_headers.value(m_firstSequence + quint64(row))) {
        parts << PayloadFormat::preview(h.name, 60) + QLatin1Char('=') +
                     (h.valueIsNull ? QStringLiteral("(null)")
                                    : PayloadFormat::preview(h.value, 60));
    }
    return parts.join(QStringLiteral("; "));
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_jsonColumns.size());
}

int MessageTableModel::addJsonColumn(const JsonPath &path)
{
    const int column = ColumnCount + int(m_jsonColumns.size());
    beginInsertColumns({}, column, column);
    m_jsonColumns.append(path);
    m_jsonCells.clear();
    endInsertColumns();
    return column;
}

void MessageTableModel::removeJsonColumn(int column)
{
    if (!isJsonColumn(column))
        return;
    beginRemoveColumns({}, column, column);
    m_jsonColumns.removeAt(column - ColumnCount);
    m_jsonCells.clear();
    endRemoveColumns();
}

void MessageTableModel::setJsonColumns(const QList<JsonPath> &paths)
{
    while (!m_jsonColumns.isEmpty())
        removeJsonColumn(ColumnCount + int(m_jsonColumns.size()) - 1);
    for (const JsonPath &path : paths)
        addJsonColumn(path);
}

const QList<MessageTableModel::JsonCell> &MessageTableModel::jsonCells(int row) const
{
    const quint64 sequence = m_firstSequence + quint64(row);
    if (const QList<JsonCell> *cells = m_jsonCells.object(sequence))
        return *cells;
    auto *cells = new QList<JsonCell>(m_jsonColumns.size());
    const QByteArray value = decodedValueAt(row);
    if (!value.isEmpty()) {
        // One parse for all the columns (find() parses the bytes; the document is walked once
        // per path).
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value, &error);
        if (error.error == QJsonParseError::NoError && !document.isNull()) {
            const QJsonValue root =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            for (qsizetype i = 0; i < m_jsonColumns.size(); ++i) {
                const auto found = m_jsonColumns.at(i).find(root);
                if (!found)
                    continue;
                // A cell shows a preview: the cache holds thousands of rows, and a path may
                // name a large part of a large value.
                QString text = JsonPath::toText(*found);
                QVariant sortKey = JsonPath::toSortKey(*found);
                if (text.size() > PreviewBytes) {
                    text = text.left(PreviewBytes) + QChar(0x2026);
                    sortKey = text;
                }
                (*cells)[i] = {text, sortKey};
            }
        }
    }
    m_jsonCells.insert(sequence, cells);
    return *m_jsonCells.object(sequence);
}

QVariant MessageTableModel::fixedSortKey(int row, int column) const
{
    const Row &r = m_rows[size_t(row)];
    switch (column) {
    case StateColumn:
        return int(r.state);
    case PartitionColumn:
        return r.partition;
    case OffsetColumn:
        return r.offset;
    case TimestampColumn:
        return r.timestampMs;
    case KeyColumn:
        return r.keySize < 0 ? QString() : PayloadFormat::preview(decodedKeyAt(row), PreviewBytes);
    case ValueColumn:
        return r.valueSize < 0 ? QString()
                               : PayloadFormat::preview(decodedValueAt(row), PreviewBytes);
    case HeadersColumn:
        return headersPreview(row);
    case AckColumn:
        return isAckable(row) ? 1 : 0;
    }
    return {};
}

QString MessageTableModel::stateToolTip(const Row &row) const
{
    const qint32 p = row.partition;
    const qint64 o = row.offset;
    switch (row.state) {
    case State::Received:
        return tr("Delivered to this consumer and not acknowledged yet. Ack it once you have "
                  "processed it.");
    case State::Redelivered:
        return tr("Delivered again: this window received offset %1 of partition %2 before, "
                  "but it was never committed (at-least-once delivery).")
            .arg(o)
            .arg(p);
    case State::Acked: {
        if (commitFailedFor(row)) {
            const CommitTrouble &trouble = m_commitTrouble[p];
            return tr("Acknowledged, but the broker refused the commit of offset %1 on "
                      "partition %2: %3. It is sent again in %4 s; until a commit is "
                      "confirmed, this message would be delivered again after a restart.")
                .arg(trouble.position)
                .arg(p)
                .arg(trouble.reason)
                .arg(QString::number(trouble.retryInMs / 1000.0, 'f', 1));
        }
        const qint64 lowest = m_lowestOpen.value(p, -1);
        if (lowest >= 0 && lowest < o) {
            // The highest offset below this one still waiting for its ack (read on demand:
            // tooltips are rare, rows are many).
            qint64 highest = lowest;
            for (const Row &other : m_rows) {
                if (other.partition == p && other.offset < o &&
                    (other.state == State::Received || other.state == State::Redelivered))
                    highest = std::max(highest, other.offset);
            }
            return highest == lowest
                       ? tr("Acknowledged, waiting for offset %1 of partition %2: the group's "
                            "committed offset cannot pass a message that is not acknowledged.")
                             .arg(lowest)
                             .arg(p)
                       : tr("Acknowledged, waiting for offsets %1..%2 of partition %3: the "
                            "group's committed offset cannot pass a message that is not "
                            "acknowledged.")
                             .arg(lowest)
                             .arg(highest)
                             .arg(p);
        }
        return tr("Acknowledged; the commit is on its way to the broker.");
    }
    case State::Committed:
        if (!row.ackedByUser && !m_ackEnabled)
            return tr("Committed by the consumer itself (auto-commit), processed or not.");
        return tr("Committed: the broker confirmed the group's committed offset %1 on partition "
                  "%2.")
            .arg(m_committed.value(p, -1))
            .arg(p);
    case State::CommittedUnacked:
        return tr("Skipped: committed without an ack. The commit of a later offset (committed "
                  "offset %1) covered it. Nobody acknowledged it here, and the group will not "
                  "read it again. This is how a plain Kafka commit skips messages nobody "
                  "processed.")
            .arg(m_committed.value(p, -1));
    case State::Stale:
        return tr("A rebalance took partition %1 from this consumer before this message was "
                  "committed. It cannot be acked here. Whoever gets the partition next (another "
                  "member, or this consumer again) resumes at the group's committed offset and "
                  "so reads it again, unless the group had no committed offset there and starts "
                  "with new messages only.")
            .arg(p);
    }
    return {};
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const bool keyIsNull = row.keySize < 0;
    const bool valueIsNull = row.valueSize < 0;
    const bool valueIsEmpty = row.valueSize == 0;
    const int column = index.column();
    if (column >= ColumnCount) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return jsonCells(index.row()).at(column - ColumnCount).text;
        case SortRole:
            return jsonCells(index.row()).at(column - ColumnCount).sortKey;
        case Qt::TextAlignmentRole:
            return jsonCells(index.row()).at(column - ColumnCount).sortKey.typeId() ==
                           QMetaType::QString
                       ? QVariant()
                       : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    } else if (role == SortRole) {
        return fixedSortKey(index.row(), column);
    } else if (m_decoder && ((column == KeyColumn && !keyIsNull) ||
                             (column == ValueColumn && !valueIsNull && !valueIsEmpty))) {
        if (const QVariant shown = decodedData(index.row(), column == KeyColumn, role);
            shown.isValid())
            return shown;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StateColumn:
            return commitFailedFor(row) ? tr("Acked, commit failed, retrying")
                                        : MessageStateStyle::name(row.state);
        case PartitionColumn:
            return row.partition;
        case OffsetColumn:
            return row.offset;
        case TimestampColumn:
            if (row.timestampMs < 0)
                return tr("none", "no timestamp");
            return QDateTime::fromMSecsSinceEpoch(row.timestampMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case KeyColumn:
            return keyIsNull ? tr("(null)")
                             : PayloadFormat::preview(row.key(bytesOf(row)), PreviewBytes);
        case ValueColumn:
            if (valueIsNull)
                return tr("(null)");
            return valueIsEmpty ? tr("(empty)")
                                : PayloadFormat::preview(row.value(bytesOf(row)), PreviewBytes);
        case HeadersColumn:
            return headersPreview(index.row());
        case AckColumn:
            return isAckable(index.row()) ? tr("Ack") : QString();
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return MessageStateStyle::icon(row.state);
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case StateColumn:
            return stateToolTip(row);
        case ValueColumn:
            return valueIsNull ? tr("A null value. On a compacted topic it is a tombstone: "
                                    "compaction later removes this key's older messages.")
                               : tr("%n byte(s)", nullptr, row.valueSize);
        case KeyColumn:
            return keyIsNull ? tr("This message has no key.") : QVariant();
        case AckColumn:
            return isAckable(index.row()) ? tr("Acknowledge: this message is processed.")
                                          : ackRefusal(index.row());
        }
        break;
    case Qt::FontRole:
        if ((column == KeyColumn && keyIsNull) ||
            (column == ValueColumn && (valueIsNull || valueIsEmpty))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return QBrush(MessageStateStyle::colour(row.state));
        if ((column == KeyColumn && keyIsNull) ||
            (column == ValueColumn && (valueIsNull || valueIsEmpty)) || row.state == State::Stale)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (column == PartitionColumn || column == OffsetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == AckColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        break;
    case PartitionRole:
        return row.partition;
    case OffsetRole:
        return row.offset;
    case StateRole:
        return QVariant::fromValue(row.state);
    case AckableRole:
        return isAckable(index.row());
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (isJsonColumn(section)) {
        if (role == Qt::DisplayRole)
            return m_jsonColumns.at(section - ColumnCount).text();
        if (role == Qt::ToolTipRole)
            return tr("From the value's JSON: %1. Empty where the value is not JSON or has "
                      "nothing there.")
                .arg(m_jsonColumns.at(section - ColumnCount).text());
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StateColumn:
            return tr("Received, Acked (waiting for the commit), Committed (confirmed by the "
                      "broker), Skipped (committed without an ack), Revoked "
                      "(partition taken away) or Redelivered (this window saw it before). %1")
                .arg(glossaryHint());
        case PartitionColumn:
            return tr("The partition the message is stored in. %1").arg(glossaryHint());
        case OffsetColumn:
            return tr("The message's number in its partition. %1").arg(glossaryHint());
        case AckColumn:
            return tr("Acknowledge a message once it is processed; commits follow. %1")
                .arg(glossaryHint());
        }
        return {};
    }
    if (role == Qt::WhatsThisRole) {
        switch (section) {
        case StateColumn:
            return GlossaryDialog::whatsThis(
                tr("Where the message is in its lifecycle: received, acknowledged by you, "
                   "committed by the group (with or without your ack), revoked by a rebalance, "
                   "or delivered again."),
                QStringLiteral("commit"), tr("Glossary: commit"));
        case PartitionColumn:
            return GlossaryDialog::whatsThis(tr("The partition of the topic the message is in."),
                                             QStringLiteral("partition"),
                                             tr("Glossary: partition"));
        case OffsetColumn:
            return GlossaryDialog::whatsThis(
                tr("The message's number in its partition, given by the broker."),
                QStringLiteral("offset"), tr("Glossary: offset"));
        case AckColumn:
            return GlossaryDialog::whatsThis(
                tr("An ack says you processed the message; TopicDesk turns acks into commits. "
                   "Kafka itself has no per-message acks in consumer groups."),
                QStringLiteral("at-least-once"), tr("Glossary: at-least-once"));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case TimestampColumn:
        return tr("Timestamp");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case HeadersColumn:
        return tr("Headers");
    case AckColumn:
        return tr("Ack");
    }
    return {};
}

void MessageTableModel::appendBatch(const KafkaMessageBatch &batch)
{
    if (batch.isEmpty() || m_cap <= 0)
        return;
    // Only the newest `cap` messages of the batch can stay.
    const qsizetype first = std::max<qsizetype>(0, batch.size() - m_cap);
    const int incoming = int(batch.size() - first);
    const int overflow = int(m_rows.size()) + incoming - m_cap;
    if (overflow > 0)
        removeOldest(overflow);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + incoming - 1);
    if (m_rows.empty()) {
        m_topic = batch.topic();
        updateLocalTopic();
    }
    const quint32 chunk = m_firstChunk + quint32(m_chunks.size());
    m_chunks.push_back(batch.bytes());
    quint64 sequence = m_firstSequence + m_rows.size();
    // Messages come in runs from one partition: look its index up once per run, not per row.
    qint32 indexPartition = -1;
    PartitionIndex *index = nullptr;
    for (qsizetype i = first; i < batch.size(); ++i, ++sequence) {
        const KafkaMessageBatch::Record &record = batch.record(i);
        Row &r = m_rows.emplace_back();
        static_cast<KafkaMessageBatch::Record &>(r) = record;
        r.state = record.redelivered ? State::Redelivered : State::Received;
        r.chunk = chunk;
        if (record.hasHeaders)
            m_headers.insert(sequence, batch.headers(i));
        if (!index || indexPartition != record.partition) {
            indexPartition = record.partition;
            index = &m_index[record.partition];
        }
        if (index->inOrder.empty() || index->inOrder.back().first < record.offset)
            index->inOrder.emplace_back(record.offset, sequence);
        else
            index->repeated.insert(record.offset, sequence);
    }
    endInsertRows();
}

void MessageTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_chunks.clear();
    m_firstChunk = 0;
    m_index.clear();
    m_headers.clear();
    m_lowestOpen.clear();
    m_committed.clear();
    m_commitTrouble.clear();
    m_jsonCells.clear();
    {
        const QMutexLocker lock(&m_decodedMutex);
        forgetDecodedLocked();
    }
    m_firstSequence = 0;
    endResetModel();
}

int MessageTableModel::rowOf(qint32 partition, qint64 offset) const
{
    const auto index = m_index.constFind(partition);
    if (index == m_index.cend())
        return -1;
    quint64 sequence = 0;
    if (const auto repeated = index->repeated.constFind(offset);
        repeated != index->repeated.cend()) {
        sequence = *repeated;
    } else {
        const auto &inOrder = index->inOrder;
        const auto found =
            std::lower_bound(inOrder.cbegin(), inOrder.cend(), offset,
                             [](const auto &entry, qint64 o) { return entry.first < o; });
        if (found == inOrder.cend() || found->first != offset)
            return -1;
        sequence = found->second;
    }
    return sequence >= m_firstSequence ? int(sequence - m_firstSequence) : -1;
}

void MessageTableModel::setAckPolicy(bool enabled, const QString &disabledReason)
{
    m_ackEnabled = enabled;
    m_ackDisabledReason = disabledReason;
    if (!m_rows.empty())
        rowsChanged(0, int(m_rows.size()) - 1);
}

bool MessageTableModel::isAckable(int row) const
{
    return ackRefusal(row).isEmpty();
}

QString MessageTableModel::ackRefusal(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if (!m_ackEnabled)
        return m_ackDisabledReason;
    switch (r.state) {
    case State::Received:
    case State::Redelivered:
        return {};
    case State::Acked:
        return tr("Already acknowledged.");
    case State::Committed:
    case State::CommittedUnacked:
        return tr("Already committed.");
    case State::Stale:
        return tr("Partition %1 was revoked before this message was committed: it cannot be "
                  "acked here. Whoever owns the partition next reads it again from the "
                  "group's committed offset, if there is one.")
            .arg(r.partition);
    }
    return {};
}

void MessageTableModel::applyAcks(const QList<AckTracker::AckOutcome> &outcomes)
{
    int first = INT_MAX;
    int last = -1;
    for (const AckTracker::AckOutcome &outcome : outcomes) {
        m_lowestOpen.insert(outcome.message.partition, outcome.lowestOpen);
        if (!outcome.accepted)
            continue;
        const int row = rowOf(outcome.message.partition, outcome.message.offset);
        if (row < 0)
            continue; // already left the table
        Row &r = rowAt(row);
        if (r.state == State::Received || r.state == State::Redelivered) {
            r.state = State::Acked;
            r.ackedByUser = true;
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    // The "waiting for offsets" tooltips of earlier acks may have changed too; tooltips are
    // read when shown, so the changed rows are enough.
    if (last >= 0)
        rowsChanged(first, last);
}

void MessageTableModel::confirmCommits(const MessagePositions &positions)
{
    QHash<qint32, qint64> position;
    for (const MessagePosition &p : positions) {
        const qint64 committed = std::max(m_committed.value(p.partition, -1), p.offset);
        m_committed.insert(p.partition, committed);
        position.insert(p.partition, committed);
        // A confirmed commit of the partition ends its trouble: the retry carried the newest
        // position, so the rows below it are Committed and those above wait as usual.
        const auto trouble = m_commitTrouble.constFind(p.partition);
        if (trouble != m_commitTrouble.cend() && trouble->position <= committed)
            m_commitTrouble.erase(trouble);
    }
    int first = INT_MAX;
    int last = -1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row &r = rowAt(row);
        const auto it = position.constFind(r.partition);
        if (it == position.cend() || r.offset >= *it || r.state == State::Committed ||
            r.state == State::CommittedUnacked)
            continue;
        // Without an ack while acks are on: covered by the commit of a later offset.
        r.state = r.ackedByUser || !m_ackEnabled ? State::Committed : State::CommittedUnacked;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        rowsChanged(first, last);
}

bool MessageTableModel::commitFailedFor(const Row &row) const
{
    if (row.state != State::Acked)
        return false;
    const auto it = m_commitTrouble.constFind(row.partition);
    return it != m_commitTrouble.cend() && row.offset < it->position;
}

void MessageTableModel::failCommits(const MessagePositions &positions, const QString &reason,
                                    int retryInMs)
{
    bool any = false;
    for (const MessagePosition &p : positions) {
        if (p.offset <= m_committed.value(p.partition, -1))
            continue; // a newer commit was confirmed already
        m_commitTrouble.insert(p.partition, {p.offset, reason, retryInMs});
        any = true;
    }
    if (any && !m_rows.empty())
        rowsChanged(0, int(m_rows.size()) - 1);
}

void MessageTableModel::revokePartitions(const QList<qint32> &partitions)
{
    int first = INT_MAX;
    int last = -1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        Row &r = rowAt(row);
        if (r.state == State::Committed || r.state == State::CommittedUnacked ||
            r.state == State::Stale || !partitions.contains(r.partition))
            continue;
        r.state = State::Stale;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    for (qint32 p : partitions) {
        m_lowestOpen.remove(p);
        m_commitTrouble.remove(p);
    }
    if (last >= 0)
        rowsChanged(first, last);
}

int MessageTableModel::ackedNotCommittedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.ackedByUser && (r.state == State::Acked || r.state == State::Stale);
    }));
}

void MessageTableModel::rowsChanged(int first, int last)
{
    emit dataChanged(index(first, StateColumn), index(last, AckColumn),
                     {Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole, Qt::ToolTipRole,
                      StateRole, AckableRole});
}

void MessageTableModel::setCap(int cap)
{
    m_cap = std::max(1, cap);
    if (int(m_rows.size()) > m_cap)
        removeOldest(int(m_rows.size()) - m_cap);
}

void MessageTableModel::compactFrontChunk()
{
    // The oldest batch's bytes stay while any of its rows does. Once less than half of them
    // are still shown, the rest is copied into a chunk of its own, so the table never holds
    // much more than what it shows (a batch may be 100,000 messages).
    if (m_rows.empty() || m_chunks.empty() || m_rows.front().chunk != m_firstChunk ||
        m_chunks.front().size() < CompactMinBytes)
        return;
    const auto rowBytes = [](const Row &r) {
        return qsizetype(std::max(r.keySize, 0)) + std::max(r.valueSize, 0);
    };
    qsizetype live = 0;
    auto end = m_rows.begin();
    for (; end != m_rows.end() && end->chunk == m_firstChunk; ++end)
        live += rowBytes(*end);
    QByteArray &chunk = m_chunks.front();
    if (2 * live > chunk.size())
        return;
    QByteArray compacted;
    compacted.reserve(live);
    for (auto it = m_rows.begin(); it != end; ++it) {
        const quint32 start = quint32(compacted.size());
        compacted.append(chunk.constData() + it->keyStart, rowBytes(*it)); // key, then value
        it->keyStart = start;
    }
    chunk = compacted;
}

void MessageTableModel::removeOldest(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    qint32 indexPartition = -1;
    PartitionIndex *index = nullptr;
    auto row = m_rows.cbegin();
    for (int i = 0; i < count; ++i, ++row) {
        const Row &r = *row;
        const quint64 sequence = m_firstSequence + quint64(i);
        if (!index || indexPartition != r.partition) {
            indexPartition = r.partition;
            index = &m_index[r.partition];
        }
        if (!index->inOrder.empty() && index->inOrder.front().second == sequence)
            index->inOrder.pop_front();
        else if (const auto repeated = index->repeated.constFind(r.offset);
                 repeated != index->repeated.cend() && *repeated == sequence)
            index->repeated.erase(repeated);
        if (r.hasHeaders)
            m_headers.remove(sequence);
    }
    dropDecoded(m_firstSequence, m_firstSequence + quint64(count));
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    m_firstSequence += quint64(count);
    // Let go of the bytes of batches no row points into any more.
    const quint32 keep =
        m_rows.empty() ? m_firstChunk + quint32(m_chunks.size()) : m_rows.front().chunk;
    while (m_firstChunk != keep) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
    compactFrontChunk();
    endRemoveRows();
}
