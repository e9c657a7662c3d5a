#include "rowcopier.h"

#include "messagetablemodel.h"

#include <QElapsedTimer>

RowCopier::RowCopier(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &RowCopier::copySlice);
}

RowCopier::~RowCopier()
{
    disconnectModel();
}

bool RowCopier::start(const MessageTableModel *model, QList<int> rows)
{
    if (isRunning() || !model)
        return false;
    m_model = model;
    m_rows = std::move(rows);
    m_next = 0;
    m_removedFront = 0;
    m_lost = false;
    m_left = 0;
    m_messages.clear();
    m_messages.reserve(m_rows.size());
    // The table only drops rows from its front and appends at its end; anything else (a
    // reset, a clear, rows inserted or removed elsewhere) loses the rows not yet copied.
    m_connections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                             [this](const QModelIndex &, int first, int last) {
                                 if (first == 0)
                                     m_removedFront += last - first + 1;
                                 else
                                     m_lost = true;
                             });
    m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                             [this](const QModelIndex &, int, int last) {
                                 if (m_model && last != m_model->rowCount() - 1)
                                     m_lost = true;
                             });
    const auto lost = [this] { m_lost = true; };
    m_connections << connect(model, &QAbstractItemModel::modelReset, this, lost);
    m_connections << connect(model, &QAbstractItemModel::layoutChanged, this, lost);
    m_connections << connect(model, &QAbstractItemModel::rowsMoved, this, lost);
    m_timer.start();
    return true;
}

void RowCopier::cancel()
{
    m_timer.stop();
    disconnectModel();
    m_messages.clear();
    m_rows.clear();
}

void RowCopier::disconnectModel()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void RowCopier::copySlice()
{
    QElapsedTimer clock;
    clock.start();
    const int rowCount = m_model ? m_model->rowCount() : 0;
    constexpr qsizetype CheckEvery = 64;
    while (m_next < m_rows.size()) {
        const qint64 row = m_rows.at(m_next) - m_removedFront;
        if (m_lost || !m_model || row < 0 || row >= rowCount)
            ++m_left;
        else
            m_messages.append(m_model->message(int(row)));
        ++m_next;
        if (m_next % CheckEvery == 0 && clock.elapsed() >= SliceMs)
            break;
    }
    emit progressed(m_next, m_rows.size());
    if (m_next < m_rows.size())
        return;
    m_timer.stop();
    disconnectModel();
    const QList<KafkaMessage> messages = std::move(m_messages);
    m_messages = {};
    m_rows.clear();
    emit finished(messages, m_left);
}
