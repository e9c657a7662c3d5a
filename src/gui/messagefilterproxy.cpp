#include "messagefilterproxy.h"

#include "messagetablemodel.h"

#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <numeric>

namespace {
// Rows a helper thread gets at least: fewer are not worth the hand-over.
constexpr int MinRowsPerThread = 4096;
// Rows a thread takes at a time.
constexpr int RowsPerChunk = 1024;
} // namespace

// A sort handed to m_sortPool: every row of the table from base on (rows), sorted by keys.
struct MessageFilterProxy::SortJob
{
    quint64 base = 0;
    bool ascending = true;
    std::vector<SortKey> keys;
    std::vector<quint64> rows;
};

MessageFilterProxy::MessageFilterProxy(MessageTableModel *messages, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_messages(messages)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &MessageFilterProxy::runSlice);
    m_sortPool.setMaxThreadCount(1);
    m_sortSliceTimer.setSingleShot(true);
    m_sortSliceTimer.setInterval(0);
    connect(&m_sortSliceTimer, &QTimer::timeout, this, &MessageFilterProxy::runSortSlice);
    QAbstractProxyModel::setSourceModel(messages);

    connect(messages, &QAbstractItemModel::rowsInserted, this, &MessageFilterProxy::onRowsInserted);
    connect(messages, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &MessageFilterProxy::onRowsAboutToBeRemoved);
    connect(messages, &QAbstractItemModel::rowsRemoved, this, &MessageFilterProxy::onRowsRemoved);
    connect(messages, &QAbstractItemModel::dataChanged, this, &MessageFilterProxy::onDataChanged);
    connect(messages, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { beginResetModel(); });
    connect(messages, &QAbstractItemModel::modelReset, this, [this] {
        m_base += m_flags.size();
        m_flags.clear();
        m_rows.clear();
        m_sortKeys.clear();
        rebuild();
        endResetModel();
        emit shownCountChanged();
    });
    connect(messages, &QAbstractItemModel::layoutChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
        emit shownCountChanged();
    });
    connect(
        messages, &QAbstractItemModel::columnsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); });
    connect(messages, &QAbstractItemModel::columnsInserted, this, [this] { endInsertColumns(); });
    connect(
        messages, &QAbstractItemModel::columnsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { beginRemoveColumns({}, first, last); });
    connect(messages, &QAbstractItemModel::columnsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                endRemoveColumns();
                if (m_sortPass.active) { // a sort being prepared by the old columns: dropped
                    cancelSort();
                    emit sortFinished();
                }
                if (m_sortColumn >= first && m_sortColumn <= last)
                    sort(-1);
                else if (m_sortColumn > last)
                    m_sortColumn -= last - first + 1;
            });
    connect(messages, &QAbstractItemModel::columnsAboutToBeMoved, this,
            [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                beginMoveColumns({}, first, last, {}, to);
            });
    connect(messages, &QAbstractItemModel::columnsMoved, this, [this] {
        endMoveColumns();
        sort(-1);
    });
    connect(messages, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal)
                    emit headerDataChanged(orientation, first, last);
            });
    rebuild();
}

MessageFilterProxy::~MessageFilterProxy()
{
    m_pool.waitForDone();
    m_sortPool.waitForDone();
}

void MessageFilterProxy::rebuild()
{
    // Every row of the table matched (and sorted) anew, at once (a rare event: the table's rows
    // moved). A sort being prepared is done here too.
    if (m_sortPass.active) {
        m_sortColumn = m_sortPass.column;
        m_sortOrder = m_sortPass.order;
        cancelSort();
        QMetaObject::invokeMethod(this, &MessageFilterProxy::sortFinished, Qt::QueuedConnection);
    }
    const int count = m_messages->rowCount();
    m_base += m_flags.size();
    m_flags.assign(size_t(count), 0);
    if (count > 0)
        matchRows(m_criteria, 0, count, m_flags.data());
    m_sortKeys.clear();
    if (m_sortColumn >= 0 && count > 0)
        appendSortKeys(m_sortKeys, m_sortColumn, 0, count - 1);
    m_rows = matchingRows();
    sortRows(m_rows);
    if (m_pass.active) {
        m_pass.startSequence = m_base;
        m_pass.flags.clear();
    }
}

void MessageFilterProxy::matchRows(const FilterCriteria &criteria, int first, int last, quint8 *out)
{
    if (criteria.matchesAnyContent()) {
        std::fill(out, out + (last - first), quint8(1));
        return;
    }
    // The rows go in small chunks to whichever thread asks next, this one included: a helper
    // the system runs late holds up no more than its chunk. The helpers read the table while
    // this thread waits for them, so the table cannot change meanwhile (only this thread
    // changes it).
    std::atomic<int> next = first;
    const auto work = [this, &criteria, &next, first, last, out] {
        const FilterCriteria::Matcher matcher(criteria);
        for (;;) {
            const int from = next.fetch_add(RowsPerChunk);
            if (from >= last)
                return;
            const int to = std::min(last, from + RowsPerChunk);
            for (int row = from; row < to; ++row)
                out[row - first] = matcher.matchesContent(*m_messages, row) ? 1 : 0;
        }
    };
    const int helpers = std::min((last - first) / MinRowsPerThread, m_pool.maxThreadCount());
    QSemaphore done;
    for (int i = 0; i < helpers; ++i) {
        m_pool.start([&work, &done] {
            work();
            done.release();
        });
    }
    work();
    done.acquire(helpers);
}

void MessageFilterProxy::setCriteria(const FilterCriteria &criteria)
{
    if (criteria == this->criteria())
        return;
    startPass(criteria, false);
}

void MessageFilterProxy::startPass(const FilterCriteria &criteria, bool contentChanged)
{
    m_sliceTimer.stop();
    m_pass.criteria = criteria;
    m_pass.startSequence = m_base;
    m_pass.flags.clear();
    m_pass.active = true;
    // Criteria on the state alone need no matching of the bytes: at once.
    FilterCriteria sameContent = m_criteria;
    sameContent.states = criteria.states;
    if (criteria.matchesAnyContent() || (criteria == sameContent && !contentChanged)) {
        if (criteria.matchesAnyContent())
            m_pass.flags.assign(m_flags.size(), 1);
        else
            m_pass.flags = m_flags;
        finishPass();
        return;
    }
    runSlice();
}

void MessageFilterProxy::runSlice()
{
    QElapsedTimer timer;
    timer.start();
    const int first = sourceRowOf(m_pass.startSequence + m_pass.flags.size());
    const int last = std::min(m_messages->rowCount(), first + m_sliceRows);
    if (last > first) {
        const size_t at = m_pass.flags.size();
        m_pass.flags.resize(at + size_t(last - first));
        matchRows(m_pass.criteria, first, last, m_pass.flags.data() + at);
        // About SliceMs per slice, whatever the criteria cost.
        const double ms = std::max<double>(0.05, timer.nsecsElapsed() / 1e6);
        m_sliceRows = std::clamp(int((last - first) * SliceMs / ms), 2000, 2000000);
    }
    if (last >= m_messages->rowCount())
        finishPass();
    else
        m_sliceTimer.start();
}

void MessageFilterProxy::finishPass()
{
    m_criteria = m_pass.criteria;
    m_flags = std::move(m_pass.flags);
    m_pass = Pass();
    if (m_sortColumn >= 0)
        placeRows(m_rows); // those that stay keep their order
    else
        setMapping(matchingRows(), true);
    emit filterFinished();
}

std::vector<quint64> MessageFilterProxy::matchingRows() const
{
    const FilterCriteria::Matcher matcher(m_criteria);
    std::vector<quint64> rows;
    const bool anyState = m_criteria.states == FilterCriteria::AllStates;
    for (size_t row = 0; row < m_flags.size(); ++row) {
        if (m_flags[row] && (anyState || matcher.matchesState(m_messages->state(int(row)))))
            rows.push_back(m_base + row);
    }
    return rows;
}

void MessageFilterProxy::setMapping(std::vector<quint64> rows, bool inOrder)
{
    if (!inOrder)
        sortRows(rows);
    endLayoutChange(beginLayoutChange(), std::move(rows));
}

MessageFilterProxy::LayoutChange MessageFilterProxy::beginLayoutChange()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    LayoutChange change;
    change.before = persistentIndexList();
    change.sequences.reserve(size_t(change.before.size()));
    for (const QModelIndex &index : std::as_const(change.before))
        change.sequences.push_back(m_rows[size_t(index.row())]);
    return change;
}

void MessageFilterProxy::endLayoutChange(const LayoutChange &change, std::vector<quint64> rows)
{
    const QModelIndexList &before = change.before;
    const std::vector<quint64> &sequences = change.sequences;
    m_rows = std::move(rows);
    // Where each persistent row is now: a search in arrival order, a table of the shown rows'
    // places when sorted.
    std::vector<int> now(sequences.size(), -1);
    if (m_sortColumn < 0) {
        for (size_t i = 0; i < sequences.size(); ++i) {
            const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequences[i]);
            if (found != m_rows.cend() && *found == sequences[i])
                now[i] = int(found - m_rows.cbegin());
        }
    } else if (!sequences.empty()) {
        std::vector<int> place(m_flags.size(), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            place[size_t(m_rows[row] - m_base)] = int(row);
        for (size_t i = 0; i < sequences.size(); ++i) {
            if (sequences[i] >= m_base && sequences[i] - m_base < place.size())
                now[i] = place[size_t(sequences[i] - m_base)];
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(now[size_t(i)] < 0 ? QModelIndex()
                                        : createIndex(now[size_t(i)], before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    emit shownCountChanged();
}

MessageFilterProxy::SortKey MessageFilterProxy::sortKey(int sourceRow, int column) const
{
    SortKey key;
    switch (column) {
    case MessageTableModel::PartitionColumn:
        key.number = m_messages->partitionAt(sourceRow);
        key.isNumber = true;
        return key;
    case MessageTableModel::OffsetColumn:
        key.number = double(m_messages->offsetAt(sourceRow));
        key.isNumber = true;
        return key;
    case MessageTableModel::TimestampColumn:
        key.number = double(m_messages->timestampAt(sourceRow));
        key.isNumber = true;
        return key;
    case MessageTableModel::KeyColumn:
    case MessageTableModel::ValueColumn: {
        // The bytes' first characters, case folded (read from the bytes, not the preview).
        constexpr qsizetype SortPrefix = 64;
        // Decoded JSON for keys and values in the schema registry's format.
        const QByteArray bytes = column == MessageTableModel::KeyColumn
                                     ? m_messages->decodedKeyAt(sourceRow)
                                     : m_messages->decodedValueAt(sourceRow);
        key.text =
            QString::fromUtf8(bytes.first(std::min(bytes.size(), SortPrefix))).toCaseFolded();
        return key;
    }
    default:
        break;
    }
    const QModelIndex index = m_messages->index(sourceRow, column);
    QVariant value = index.data(MessageTableModel::SortRole);
    if (!value.isValid())
        value = index.data(Qt::DisplayRole);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        key.number = value.toDouble();
        key.isNumber = true;
        break;
    default:
        key.text = value.toString().toCaseFolded();
        break;
    }
    return key;
}

void MessageFilterProxy::appendSortKeys(std::vector<SortKey> &keys, int column, int first, int last)
{
    const size_t at = keys.size();
    keys.resize(at + size_t(last - first + 1));
    // The key and value columns read bytes only, which helper threads may do while this
    // thread waits; other columns go through data(), on this thread.
    const bool fromBytes =
        column == MessageTableModel::KeyColumn || column == MessageTableModel::ValueColumn;
    if (!fromBytes || last - first < MinRowsPerThread) {
        for (int row = first; row <= last; ++row)
            keys[at + size_t(row - first)] = sortKey(row, column);
        return;
    }
    std::atomic<int> next = first;
    const auto work = [this, &keys, column, &next, first, last, at] {
        for (;;) {
            const int from = next.fetch_add(RowsPerChunk);
            if (from > last)
                return;
            const int to = std::min(last + 1, from + RowsPerChunk);
            for (int row = from; row < to; ++row)
                keys[at + size_t(row - first)] = sortKey(row, column);
        }
    };
    const int helpers = m_pool.maxThreadCount();
    QSemaphore done;
    for (int i = 0; i < helpers; ++i) {
        m_pool.start([&work, &done] {
            work();
            done.release();
        });
    }
    work();
    done.acquire(helpers);
}

bool MessageFilterProxy::keyBefore(const SortKey &ka, const SortKey &kb, bool ascending, quint64 a,
                                   quint64 b)
{
    // Numbers before text; equal keys keep their arrival order either way.
    int order = 0;
    if (ka.isNumber != kb.isNumber)
        order = ka.isNumber ? -1 : 1;
    else if (ka.isNumber)
        order = ka.number < kb.number ? -1 : (kb.number < ka.number ? 1 : 0);
    else
        order = ka.text < kb.text ? -1 : (kb.text < ka.text ? 1 : 0); // folded already
    if (order == 0)
        return a < b;
    return ascending ? order < 0 : order > 0;
}

std::function<bool(quint64, quint64)> MessageFilterProxy::sortedBefore() const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    return [this, ascending](quint64 a, quint64 b) {
        return keyBefore(m_sortKeys[size_t(a - m_base)], m_sortKeys[size_t(b - m_base)], ascending,
                         a, b);
    };
}

bool MessageFilterProxy::followsState(int column)
{
    return column == MessageTableModel::StateColumn || column == MessageTableModel::AckColumn;
}

void MessageFilterProxy::sortRows(std::vector<quint64> &rows) const
{
    if (m_sortColumn >= 0)
        std::sort(rows.begin(), rows.end(), sortedBefore());
}

void MessageFilterProxy::resortByContent()
{
    const int column = sortColumn();
    if (column != MessageTableModel::KeyColumn && column != MessageTableModel::ValueColumn &&
        !m_messages->isJsonColumn(column))
        return;
    const Qt::SortOrder order = sortOrder();
    cancelSort();
    if (m_flags.size() > size_t(SyncSortRows)) {
        m_sortPass.active = true;
        m_sortPass.column = column;
        m_sortPass.order = order;
        m_sortPass.startSequence = m_base;
        runSortSlice();
        return;
    }
    m_sortKeys.clear();
    if (!m_flags.empty())
        appendSortKeys(m_sortKeys, column, 0, int(m_flags.size()) - 1);
    std::vector<quint64> rows = m_rows;
    setMapping(std::move(rows));
    emit sortFinished();
}

void MessageFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == sortColumn() && (column < 0 || order == sortOrder()))
        return;
    cancelSort(); // a sort being prepared is superseded
    if (column >= 0 && m_flags.size() > size_t(SyncSortRows) &&
        (column != m_sortColumn || order != m_sortOrder)) {
        m_sortPass.active = true;
        m_sortPass.column = column;
        m_sortPass.order = order;
        m_sortPass.startSequence = m_base;
        runSortSlice();
        return;
    }
    if (column != m_sortColumn || (column >= 0 && order != m_sortOrder)) {
        m_sortColumn = column;
        m_sortOrder = order;
        m_sortKeys.clear();
        if (column >= 0 && !m_flags.empty())
            appendSortKeys(m_sortKeys, column, 0, int(m_flags.size()) - 1);
        if (column >= 0) {
            std::vector<quint64> rows = m_rows;
            setMapping(std::move(rows));
        } else {
            setMapping(matchingRows(), true);
        }
    }
    emit sortFinished();
}

void MessageFilterProxy::cancelSort()
{
    m_sortSliceTimer.stop();
    ++m_sortGeneration;
    m_sortPass = SortPass(); // a job still running is let go: its result is not used
}

void MessageFilterProxy::runSortSlice()
{
    QElapsedTimer timer;
    timer.start();
    const int first = sourceRowOf(m_sortPass.startSequence + m_sortPass.keys.size());
    const int last = std::min(m_messages->rowCount(), first + m_sortSliceRows);
    if (last > first) {
        appendSortKeys(m_sortPass.keys, m_sortPass.column, first, last - 1);
        // About SliceMs per slice, whatever the keys cost.
        const double ms = std::max<double>(0.05, timer.nsecsElapsed() / 1e6);
        m_sortSliceRows = std::clamp(int((last - first) * SliceMs / ms), 500, 2000000);
    }
    if (last >= m_messages->rowCount())
        startSortJob();
    else
        m_sortSliceTimer.start();
}

void MessageFilterProxy::startSortJob()
{
    auto job = std::make_shared<SortJob>();
    job->base = m_sortPass.startSequence;
    job->ascending = m_sortPass.order == Qt::AscendingOrder;
    job->keys = std::move(m_sortPass.keys);
    m_sortPass.keys = {};
    m_sortPass.job = job;
    // Every row of the table is sorted, whether shown or not: the rows to show are picked when
    // the result is used, with the filter of that moment.
    m_sortPool.start([this, job] {
        job->rows.resize(job->keys.size());
        std::iota(job->rows.begin(), job->rows.end(), job->base);
        const quint64 base = job->base;
        const bool ascending = job->ascending;
        const std::vector<SortKey> &keys = job->keys;
        std::sort(
            job->rows.begin(), job->rows.end(), [&keys, base, ascending](quint64 a, quint64 b) {
                return keyBefore(keys[size_t(a - base)], keys[size_t(b - base)], ascending, a, b);
            });
        QMetaObject::invokeMethod(
            this, [this, job] { finishSort(job); }, Qt::QueuedConnection);
    });
}

void MessageFilterProxy::finishSort(const std::shared_ptr<SortJob> &job)
{
    if (!m_sortPass.active || m_sortPass.job != job)
        return; // superseded
    // The keys of every row of the table: the job's, then those of the rows that came
    // meanwhile, less those of the rows that left meanwhile.
    std::vector<SortKey> keys = std::move(job->keys);
    keys.insert(keys.end(), std::make_move_iterator(m_sortPass.extraKeys.begin()),
                std::make_move_iterator(m_sortPass.extraKeys.end()));
    if (m_base > job->base)
        keys.erase(keys.begin(),
                   keys.begin() + qsizetype(std::min<quint64>(keys.size(), m_base - job->base)));
    std::vector<quint64> changed = std::move(m_sortPass.changed);
    m_sortColumn = m_sortPass.column;
    m_sortOrder = m_sortPass.order;
    m_sortPass = SortPass();
    // The previous keys are let go on the sort thread: freeing a million texts takes a while.
    auto previous = std::make_shared<std::vector<SortKey>>(std::move(m_sortKeys));
    m_sortPool.start([previous = std::move(previous)]() mutable { previous.reset(); });
    m_sortKeys = std::move(keys);
    Q_ASSERT(m_sortKeys.size() == m_flags.size());
    // Rows whose key changed with their state meanwhile: their key anew, and placed anew.
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    changed.erase(changed.begin(), std::lower_bound(changed.begin(), changed.end(), m_base));
    for (quint64 sequence : changed)
        m_sortKeys[size_t(sequence - m_base)] = sortKey(sourceRowOf(sequence), m_sortColumn);
    placeRows(job->rows, changed);
    emit sortFinished();
}

void MessageFilterProxy::placeRows(const std::vector<quint64> &ordered,
                                   const std::vector<quint64> &moved)
{
    // Per table row: 1 to be shown, 2 placed already, 3 to be shown and placed anew.
    const size_t count = m_flags.size();
    std::vector<quint8> place(count, 0);
    const FilterCriteria::Matcher matcher(m_criteria);
    const bool anyState = m_criteria.states == FilterCriteria::AllStates;
    for (size_t row = 0; row < count; ++row)
        place[row] =
            m_flags[row] && (anyState || matcher.matchesState(m_messages->state(int(row))));
    for (quint64 sequence : moved) {
        if (sequence >= m_base && sequence - m_base < count && place[size_t(sequence - m_base)])
            place[size_t(sequence - m_base)] = 3;
    }
    std::vector<quint64> kept;
    kept.reserve(m_rows.size());
    for (quint64 sequence : ordered) {
        if (sequence < m_base || sequence - m_base >= count)
            continue;
        quint8 &at = place[size_t(sequence - m_base)];
        if (at == 1) {
            kept.push_back(sequence);
            at = 2;
        }
    }
    std::vector<quint64> added;
    for (size_t row = 0; row < count; ++row) {
        if (place[row] == 1 || place[row] == 3)
            added.push_back(m_base + row);
    }
    std::vector<quint64> rows;
    if (added.empty()) {
        rows = std::move(kept);
    } else {
        sortRows(added);
        rows.reserve(kept.size() + added.size());
        std::merge(kept.cbegin(), kept.cend(), added.cbegin(), added.cend(),
                   std::back_inserter(rows), sortedBefore());
    }
    if (rows != m_rows)
        setMapping(std::move(rows), true);
}

void MessageFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (size_t(first) != m_flags.size()) {
        beginResetModel();
        rebuild();
        endResetModel();
        emit shownCountChanged();
        return;
    }
    m_flags.resize(size_t(last) + 1);
    matchRows(m_criteria, first, last + 1, m_flags.data() + first);
    if (m_sortColumn >= 0)
        appendSortKeys(m_sortKeys, m_sortColumn, first, last);
    if (m_sortPass.job) // rows the sort being done has no keys of: merged in when it is done
        appendSortKeys(m_sortPass.extraKeys, m_sortPass.column, first, last);
    const FilterCriteria::Matcher matcher(m_criteria);
    std::vector<quint64> added;
    for (int row = first; row <= last; ++row) {
        if (m_flags[size_t(row)] && matcher.matchesState(m_messages->state(row)))
            added.push_back(sequenceOf(row));
    }
    if (added.empty())
        return;
    if (m_sortColumn >= 0) {
        // The new rows sorted among themselves, then merged into the sorted rows.
        sortRows(added);
        std::vector<quint64> rows;
        rows.reserve(m_rows.size() + added.size());
        std::merge(m_rows.cbegin(), m_rows.cend(), added.cbegin(), added.cend(),
                   std::back_inserter(rows), sortedBefore());
        setMapping(std::move(rows), true);
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.insert(m_rows.end(), added.cbegin(), added.cend());
    endInsertRows();
    emit shownCountChanged();
}

void MessageFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_frontRemoval = !parent.isValid() && first == 0;
    if (!m_frontRemoval)
        return;
    if (m_sortColumn >= 0) {
        // Sorted, shown rows leave from anywhere: announced as a layout change while they are
        // still in the table.
        const quint64 end = sequenceOf(last + 1);
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [end](quint64 s) { return s < end; }))
            m_removalLayout = beginLayoutChange();
        return;
    }
    const auto end = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequenceOf(last + 1));
    const int leaving = int(end - m_rows.cbegin());
    if (leaving > 0)
        beginRemoveRows({}, 0, leaving - 1);
}

void MessageFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_frontRemoval) {
        beginResetModel();
        rebuild();
        endResetModel();
        emit shownCountChanged();
        return;
    }
    Q_UNUSED(first);
    const size_t count = size_t(last) + 1;
    const quint64 newBase = m_base + count;
    m_flags.erase(m_flags.begin(), m_flags.begin() + qsizetype(std::min(count, m_flags.size())));
    if (m_sortColumn >= 0)
        m_sortKeys.erase(m_sortKeys.begin(),
                         m_sortKeys.begin() + qsizetype(std::min(count, m_sortKeys.size())));
    if (m_pass.active) {
        const size_t gone =
            std::min<size_t>(m_pass.flags.size(),
                             newBase > m_pass.startSequence ? newBase - m_pass.startSequence : 0);
        m_pass.flags.erase(m_pass.flags.begin(), m_pass.flags.begin() + qsizetype(gone));
        m_pass.startSequence = std::max(m_pass.startSequence, newBase);
    }
    if (m_sortPass.active && !m_sortPass.job) {
        const size_t gone = std::min<size_t>(
            m_sortPass.keys.size(),
            newBase > m_sortPass.startSequence ? newBase - m_sortPass.startSequence : 0);
        m_sortPass.keys.erase(m_sortPass.keys.begin(), m_sortPass.keys.begin() + qsizetype(gone));
        m_sortPass.startSequence = std::max(m_sortPass.startSequence, newBase);
    }
    if (m_sortColumn >= 0) {
        std::vector<quint64> rows;
        rows.reserve(m_rows.size());
        for (quint64 sequence : m_rows) {
            if (sequence >= newBase)
                rows.push_back(sequence);
        }
        m_base = newBase;
        if (m_removalLayout) { // those left keep their order
            const LayoutChange change = std::move(*m_removalLayout);
            m_removalLayout.reset();
            endLayoutChange(change, std::move(rows));
        }
        return;
    }
    const auto end = std::lower_bound(m_rows.cbegin(), m_rows.cend(), newBase);
    const int leaving = int(end - m_rows.cbegin());
    m_base = newBase;
    if (leaving > 0) {
        m_rows.erase(m_rows.begin(), m_rows.begin() + leaving);
        endRemoveRows();
        emit shownCountChanged();
    }
}

void MessageFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (roles.contains(MessageTableModel::DecodeStatusRole))
        decodingChanged(first, last);
    const bool stateChanged = roles.isEmpty() || roles.contains(MessageTableModel::StateRole);
    if (stateChanged && m_sortPass.active && followsState(m_sortPass.column)) {
        // A sort being prepared by a key that follows the state: keys read already are read
        // anew; once they are being sorted, the rows are placed anew when that is done.
        for (int row = first; row <= last; ++row) {
            const quint64 sequence = sequenceOf(row);
            if (m_sortPass.job)
                m_sortPass.changed.push_back(sequence);
            else if (sequence >= m_sortPass.startSequence &&
                     sequence - m_sortPass.startSequence < m_sortPass.keys.size())
                m_sortPass.keys[size_t(sequence - m_sortPass.startSequence)] =
                    sortKey(row, m_sortPass.column);
        }
    }
    if (m_rows.empty() && m_criteria.states == FilterCriteria::AllStates)
        return;
    if (stateChanged &&
        (m_criteria.states != FilterCriteria::AllStates || followsState(m_sortColumn))) {
        // Rows may come or go with their state: compare the range with what is shown.
        const FilterCriteria::Matcher matcher(m_criteria);
        bool differs = false;
        if (m_sortColumn < 0) {
            auto shown = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequenceOf(first));
            for (int row = first; row <= last && !differs; ++row) {
                const bool wanted =
                    m_flags[size_t(row)] && matcher.matchesState(m_messages->state(row));
                const bool isShown = shown != m_rows.cend() && *shown == sequenceOf(row);
                if (isShown)
                    ++shown;
                differs = wanted != isShown;
            }
            if (differs)
                setMapping(matchingRows());
        } else {
            // Sorted: those that leave go, keeping the others' order; those that come, and
            // those whose key changed with their state, are sorted among themselves and merged
            // in.
            std::vector<quint64> moved;
            if (followsState(m_sortColumn)) {
                for (int row = first; row <= last; ++row) {
                    const SortKey key = sortKey(row, m_sortColumn);
                    SortKey &was = m_sortKeys[size_t(row)];
                    if (key.isNumber != was.isNumber || key.number != was.number ||
                        key.text != was.text) {
                        was = key;
                        moved.push_back(sequenceOf(row));
                    }
                }
            }
            if (!moved.empty() || m_criteria.states != FilterCriteria::AllStates)
                placeRows(m_rows, moved);
        }
    }
    if (m_rows.empty())
        return;
    int top = 0;
    int bottom = int(m_rows.size()) - 1;
    if (m_sortColumn < 0) {
        top = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequenceOf(first)) -
                  m_rows.cbegin());
        bottom = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), sequenceOf(last)) -
                     m_rows.cbegin()) -
                 1;
    }
    if (top <= bottom)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void MessageFilterProxy::decodingChanged(int first, int last)
{
    // A schema arrived: keys and values of these rows that read as bytes before may match (and
    // sort) as JSON now.
    if (m_pass.active || m_sortPass.active || size_t(last) >= m_flags.size() ||
        last - first >= SyncSortRows) {
        // A filter or sort being prepared has read some rows already, or many rows changed (the
        // registry changed): everything is matched anew in slices.
        if (!criteria().matchesAnyContent()) {
            const FilterCriteria again = criteria();
            startPass(again, true);
        }
        resortByContent();
        return;
    }
    // Only these rows are matched and sorted anew.
    bool flagsChanged = false;
    if (!m_criteria.matchesAnyContent()) {
        std::vector<quint8> flags(size_t(last - first + 1));
        matchRows(m_criteria, first, last + 1, flags.data());
        const auto at = m_flags.begin() + first;
        flagsChanged = !std::equal(flags.cbegin(), flags.cend(), at);
        std::copy(flags.cbegin(), flags.cend(), at);
    }
    std::vector<quint64> moved;
    const int column = m_sortColumn;
    if ((column == MessageTableModel::KeyColumn || column == MessageTableModel::ValueColumn ||
         m_messages->isJsonColumn(column)) &&
        m_sortKeys.size() == m_flags.size()) {
        for (int row = first; row <= last; ++row) {
            const SortKey key = sortKey(row, column);
            SortKey &was = m_sortKeys[size_t(row)];
            if (key.isNumber != was.isNumber || key.number != was.number || key.text != was.text) {
                was = key;
                moved.push_back(sequenceOf(row));
            }
        }
    }
    if (!flagsChanged && moved.empty())
        return;
    if (m_sortColumn < 0)
        setMapping(matchingRows(), true);
    else
        placeRows(m_rows, moved);
}

int MessageFilterProxy::sourceRow(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return -1;
    return sourceRowOf(m_rows[size_t(row)]);
}

QModelIndex MessageFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : m_messages->index(row, proxyIndex.column());
}

QModelIndex MessageFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const quint64 sequence = sequenceOf(sourceIndex.row());
    if (m_sortColumn < 0) {
        const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sequence);
        if (found == m_rows.cend() || *found != sequence)
            return {};
        return createIndex(int(found - m_rows.cbegin()), sourceIndex.column());
    }
    const auto found = std::find(m_rows.cbegin(), m_rows.cend(), sequence);
    return found == m_rows.cend() ? QModelIndex()
                                  : createIndex(int(found - m_rows.cbegin()), sourceIndex.column());
}

QModelIndex MessageFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QVariant MessageFilterProxy::data(const QModelIndex &index, int role) const
{
    return index.isValid() ? QAbstractProxyModel::data(index, role) : QVariant();
}

QModelIndex MessageFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int MessageFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_messages->columnCount();
}

bool MessageFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant MessageFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_messages->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
