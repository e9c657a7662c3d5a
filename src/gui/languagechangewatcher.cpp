#include "languagechangewatcher.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

LanguageChangeWatcher::LanguageChangeWatcher(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool LanguageChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                emit languageChanged();
            },
            Qt::QueuedConnection);
    }
    return false;
}

void LanguageChangeWatcher::retranslateTexts(QAbstractItemModel *model)
{
    connect(new LanguageChangeWatcher(model), &LanguageChangeWatcher::languageChanged, model,
            [model] {
                const int columns = model->columnCount();
                const int rows = model->rowCount();
                if (columns <= 0)
                    return;
                emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
                if (rows > 0)
                    emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1),
                                            {Qt::DisplayRole, Qt::ToolTipRole, Qt::WhatsThisRole,
                                             Qt::StatusTipRole, Qt::AccessibleTextRole});
            });
}
