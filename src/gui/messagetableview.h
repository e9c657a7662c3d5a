// MessageTableView: the live message table as the window shows it: columns sized for their
// contents with the value taking the slack, painted Ack buttons (AckButtonDelegate), no word
// wrapping, and the newest row followed as batches arrive until the user scrolls up. Tab moves
// on to the next control instead of walking the cells, and a clear frame shows when the table
// has the keyboard focus. The header's context menu adds a column from a JSON path of the value
// ("Add column from JSON path…") and removes such a column. The benchmark measures this same
// view.
#pragma once

#include <QTableView>

class AckButtonDelegate;
class MessageTableModel;

class MessageTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit MessageTableView(QWidget *parent = nullptr);

    // model is a MessageTableModel, or a proxy of one (its columns and roles).
    void setMessageModel(QAbstractItemModel *model);
    // Whether the view keeps to the newest row (it does until the user scrolls up, and again
    // once they scroll back to the bottom).
    bool isFollowingNewest() const { return m_followNewest; }
    void setFollowingNewest(bool follow);

    // Column widths that show each column's usual contents in the view's font.
    void resetColumnWidths();

    // The MessageTableModel under the view's model (through any proxies), or nullptr.
    MessageTableModel *messageTableModel() const;
    // Asks for a JSON path (checked as it is typed) and adds its column; false if cancelled.
    bool addJsonColumn();
    // The JSON columns' paths, as the window keeps them in its settings; setting them replaces
    // the columns (paths that do not parse are left out), placed as addJsonColumn() places them
    // (the window restores the header's saved state after them).
    QStringList jsonColumnPaths() const;
    void setJsonColumnPaths(const QStringList &paths);

    // Commands on the selected rows that other parts add to the table's context menu (send
    // again, export…), in the order added.
    void addRowMenuAction(QAction *action);
    const QList<QAction *> &rowMenuActions() const { return m_rowMenuActions; }

    void setSelectionModel(QItemSelectionModel *selectionModel) override;

signals:
    // The Ack button of the row at index was clicked.
    void ackRequested(const QModelIndex &index);
    void followingNewestChanged(bool follow);
    // The selected rows changed (also when a new model brought a new selection).
    void rowSelectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateFollowing(bool follow);
    void showHeaderMenu(const QPoint &pos);
    // A new JSON column's place (before the value) and width.
    void placeJsonColumn(int column);

    AckButtonDelegate *m_ackDelegate;
    QMetaObject::Connection m_followConnection;
    bool m_followNewest = true;
    QList<QAction *> m_rowMenuActions;
};
