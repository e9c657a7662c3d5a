// MessageTableView: the live message table as the window shows it: columns sized for their
// contents, painted Ack buttons (AckButtonDelegate), no word wrapping, and the newest row
// followed as batches arrive until the user scrolls up. The benchmark measures this same view.
#pragma once

#include <QTableView>

class AckButtonDelegate;
class MessageTableModel;

class MessageTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit MessageTableView(QWidget *parent = nullptr);

    void setMessageModel(MessageTableModel *model);
    // Whether the view keeps to the newest row (it does until the user scrolls up, and again
    // once they scroll back to the bottom).
    bool isFollowingNewest() const { return m_followNewest; }

signals:
    // The Ack button of the row at index was clicked.
    void ackRequested(const QModelIndex &index);

private:
    AckButtonDelegate *m_ackDelegate;
    bool m_followNewest = true;
};
