// MessageFilterProxy: the live message table as the filter and the sort show it. Keeps the
// shown rows as a list of the table's row sequence numbers (so the cap's removals at the front
// shift nothing), filters the rows that arrive later as they come, follows row states for the
// state criteria, passes every column through (also columns added later) and sorts by a
// column (MessageTableModel::SortRole, else the shown text) or keeps the arrival order.
//
// A new filter over many rows is matched in slices of about SliceMs on the GUI thread, each
// slice spread over a few threads that read the table while the GUI thread waits for them (so
// nothing changes the table under them); the event loop runs between slices. The rows shown
// until then are the previous filter's; the new ones replace them in one layout change, and
// filterFinished() follows. When a schema arrives and decoded keys and values read otherwise
// (MessageTableModel::DecodeStatusRole changes), the rows that changed are matched anew, and
// placed anew in a sort by the key, the value or a JSON column (a filter or sort being prepared
// then is done anew the same way).
//
// A sort of more than SyncSortRows rows goes the same way: the sort keys of every row are read
// in slices of about SliceMs (text keys on helper threads while the GUI thread waits), then
// sorted on a thread of their own while the event loop runs; the rows keep the previous order
// until the sorted ones replace them in one layout change (selection and current row follow),
// and sortFinished() follows. Rows that arrive, leave or change state meanwhile are merged into
// the result. A new sort supersedes a running one; a filter applied meanwhile is taken into
// account.
#pragma once

#include "filtercriteria.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class MessageTableModel;

class MessageFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit MessageFilterProxy(MessageTableModel *messages, QObject *parent = nullptr);
    ~MessageFilterProxy() override;

    // Starts filtering by criteria (without an error(): see FilterCriteria::error). Criteria
    // that look only at the row state apply at once.
    void setCriteria(const FilterCriteria &criteria);
    // The criteria being applied, or applied.
    const FilterCriteria &criteria() const { return m_pass.active ? m_pass.criteria : m_criteria; }
    // Whether rows are still being matched against new criteria.
    bool isFiltering() const { return m_pass.active; }

    // column -1: the arrival order (at once).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort being applied, or applied.
    int sortColumn() const { return m_sortPass.active ? m_sortPass.column : m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortPass.active ? m_sortPass.order : m_sortOrder; }
    // Whether rows are still being sorted for the sort last asked for.
    bool isSorting() const { return m_sortPass.active; }

    int sourceRow(int row) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    // Nothing for an invalid index (the table is not asked).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int SliceMs = 10;
    // Up to this many rows in the table, a sort is done at once.
    static constexpr int SyncSortRows = 4096;

signals:
    // The rows shown match the criteria last set.
    void filterFinished();
    // The rows shown are in the order last asked for with sort().
    void sortFinished();
    // The number of rows shown may have changed.
    void shownCountChanged();

private:
    struct SortKey
    {
        double number = 0;
        QString text;
        bool isNumber = false;
    };
    // New criteria being matched, slice by slice: flags of the rows from startSequence on.
    struct Pass
    {
        FilterCriteria criteria;
        quint64 startSequence = 0;
        std::vector<quint8> flags;
        bool active = false;
    };

    // A sort being prepared: the keys of the table's rows from startSequence on, read slice by
    // slice; then (job set) sorted on m_sortPool, with the keys of the rows arriving meanwhile
    // in extraKeys and the rows whose key changed meanwhile in changed.
    struct SortJob;
    struct SortPass
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        quint64 startSequence = 0;
        std::vector<SortKey> keys;
        std::shared_ptr<SortJob> job;
        std::vector<SortKey> extraKeys;
        std::vector<quint64> changed;
        bool active = false;
    };

    quint64 sequenceOf(int sourceRow) const { return m_base + quint64(sourceRow); }
    int sourceRowOf(quint64 sequence) const { return int(sequence - m_base); }
    // Matches the rows [first, last) of the table against the content criteria, into out.
    void matchRows(const FilterCriteria &criteria, int first, int last, quint8 *out);
    // Matches the rows against criteria anew, slice by slice (contentChanged: the rows' keys or
    // values read otherwise now, so even criteria applied already are matched again).
    void startPass(const FilterCriteria &criteria, bool contentChanged);
    void runSlice();
    void finishPass();
    // The shown rows, ascending, of the rows whose flags are set and whose state passes.
    std::vector<quint64> matchingRows() const;
    // Shows rows (ascending sequence numbers) in one layout change, sorted if sorting.
    void showRows(std::vector<quint64> rows);
    // Replaces the shown rows in one layout change, moving the persistent indexes along;
    // sorts them first unless they are in order already.
    void setMapping(std::vector<quint64> rows, bool inOrder = false);
    // setMapping in two steps: the layout change announced (the persistent rows noted), then
    // the new rows shown.
    struct LayoutChange
    {
        QModelIndexList before;
        std::vector<quint64> sequences;
    };
    LayoutChange beginLayoutChange();
    void endLayoutChange(const LayoutChange &change, std::vector<quint64> rows);
    // The sort's order of two rows by their keys (ties: the arrival order).
    static bool keyBefore(const SortKey &ka, const SortKey &kb, bool ascending, quint64 a,
                          quint64 b);
    // The sort's order of two shown rows.
    std::function<bool(quint64, quint64)> sortedBefore() const;
    SortKey sortKey(int sourceRow, int column) const;
    // The sort keys by column of the table's rows [first, last], at the end of keys.
    void appendSortKeys(std::vector<SortKey> &keys, int column, int first, int last);
    void sortRows(std::vector<quint64> &rows) const;
    // Whether a column's sort key follows the row state.
    static bool followsState(int column);
    void runSortSlice();
    void startSortJob();
    void finishSort(const std::shared_ptr<SortJob> &job);
    void cancelSort();
    // The rows' keys or values read otherwise now (a schema arrived): a sort by the key, the
    // value or a JSON column is done anew (as sort() does), the others stay.
    void resortByContent();
    // The keys and values of the table's rows [first, last] read otherwise now (a schema they
    // waited on arrived): those rows are matched and sorted anew (a filter or sort being
    // prepared starts again).
    void decodingChanged(int first, int last);
    // Shows, while sorted, the rows of ordered (in the sort's order) that are to be shown, then
    // merges in the others to be shown, and those of moved (ascending), in their places.
    void placeRows(const std::vector<quint64> &ordered, const std::vector<quint64> &moved = {});
    // The table changed in a way rows cannot follow one by one: everything anew.
    void rebuild();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    MessageTableModel *m_messages;
    FilterCriteria m_criteria;       // applied
    std::vector<quint8> m_flags;     // per table row: passes the content criteria
    std::vector<quint64> m_rows;     // sequence numbers of the shown rows, in view order
    std::vector<SortKey> m_sortKeys; // while sorting: per table row
    quint64 m_base = 0;              // sequence number of the table's row 0
    bool m_frontRemoval = false;     // the rows being removed are the first ones
    std::optional<LayoutChange> m_removalLayout; // sorted: announced before rows leave
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Pass m_pass;
    int m_sliceRows = 20000;
    QTimer m_sliceTimer;
    SortPass m_sortPass;
    quint64 m_sortGeneration = 0; // of the latest sort asked for
    int m_sortSliceRows = 5000;
    QTimer m_sortSliceTimer;
    QThreadPool m_pool;
    QThreadPool m_sortPool; // one thread: sorts out of the GUI thread's way
};
