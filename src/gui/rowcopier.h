// RowCopier: copies rows of the live message table (MessageTableModel::message) a slice of
// about 10 ms at a time, driven by the event loop, so a copy of a million rows never stalls the
// GUI thread. Rows are named by their model row when the copy starts; as the table drops its
// oldest rows (its cap) or is cleared while the copy runs, the rows that left are counted, never
// copied in their place, and the rest are still found where they moved to.
#pragma once

#include "kafkamessage.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MessageTableModel;

class RowCopier final : public QObject
{
    Q_OBJECT
public:
    explicit RowCopier(QObject *parent = nullptr);
    ~RowCopier() override;

    // Starts copying rows (model rows now, copied in this order); progressed() follows, then
    // finished(). False when a copy runs already.
    bool start(const MessageTableModel *model, QList<int> rows);
    // Stops a running copy; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 total() const { return m_rows.size(); }

    static constexpr int SliceMs = 10;

signals:
    // done: rows copied plus rows that had left the table, of total.
    void progressed(qint64 done, qint64 total);
    // The copies in the order asked; left: how many rows had left the table before they could
    // be copied.
    void finished(const QList<KafkaMessage> &messages, qint64 left);

private:
    void copySlice();
    void disconnectModel();

    QPointer<const MessageTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_rows;
    qsizetype m_next = 0;
    // Rows the table dropped from its front since the copy started: a row named r is now at
    // r - m_removedFront.
    qint64 m_removedFront = 0;
    // The table was cleared or changed in a way that loses track of the rows: none is copied
    // any more.
    bool m_lost = false;
    qint64 m_left = 0;
    QList<KafkaMessage> m_messages;
    QTimer m_timer;
};
