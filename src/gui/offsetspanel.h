// OffsetsPanel: where each partition of the watched topic stands for this consumer (log start,
// committed, position, high watermark, lag), and the commands that read a partition again from
// an offset or every partition from a time, and finding a key's messages in its partition.
#pragma once

#include <QWidget>

#include <memory>

class KafkaSession;
class PartitionOffsetsModel;
namespace Ui {
class OffsetsPanel;
}

class OffsetsPanel final : public QWidget
{
    Q_OBJECT
public:
    OffsetsPanel(KafkaSession *session, PartitionOffsetsModel *offsets, QWidget *parent = nullptr);
    ~OffsetsPanel() override;

    // Reads the current partition (or the first) again from an offset the user gives, within
    // the partition's log start and high watermark.
    QAction *readFromOffsetAction() const { return m_readFromOffsetAction; }
    // Reads every partition again from a time the user gives.
    QAction *readFromTimeAction() const { return m_readFromTimeAction; }
    // Asks for a key and reads only its partition, showing only its messages (FindByKeyDialog,
    // KafkaSession::findKey); stopFindingAction() goes back to reading as before.
    QAction *findByKeyAction() const { return m_findByKeyAction; }
    QAction *stopFindingAction() const { return m_stopFindingAction; }

    // The partition readFromOffsetAction() applies to: the selected row's, else the first.
    qint32 chosenPartition() const;

signals:
    void logLine(const QString &line);
    void errorOccurred(const QString &message);
    void errorCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The actions' texts and the hint line, at the start and again after a language change.
    void retranslate();
    void readFromOffset();
    void readFromTime();
    void findByKey();
    void startFinding(qint32 partition, const QByteArray &key, const QString &keyDisplay,
                      const QString &partitioner, qint64 startTimestampMs);
    void showMenu(const QPoint &pos);
    void updateActions();

    std::unique_ptr<Ui::OffsetsPanel> m_ui;
    KafkaSession *m_session;
    PartitionOffsetsModel *m_offsets;
    QAction *m_readFromOffsetAction;
    QAction *m_readFromTimeAction;
    QAction *m_findByKeyAction;
    QAction *m_stopFindingAction;
    QString m_findingKey; // the key being found, as shown to the user
    qint32 m_findingPartition = -1;
};
