#include "shortcutsdialog.h"
#include "ui_shortcutsdialog.h"

#include "actionbutton.h"

#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace {
// "&Send again…" reads "Send again…", "Gửi (&S)" reads "Gửi"; "&&" is one ampersand.
QString plain(const QString &text)
{
    QString shown = ActionButton::withoutMnemonic(text);
    return shown.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void collect(const QMenu *menu, const QString &path, QList<QStringList> *rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" → ") + plain(action->text());
        if (action->menu()) {
            collect(action->menu(), name, rows);
            continue;
        }
        if (!action->shortcut().isEmpty())
            rows->append({name, action->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
    , m_menus(menus)
{
    m_ui->setupUi(this);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Once the menus have their new texts: their window gets the same event, maybe later.
        QMetaObject::invokeMethod(this, &ShortcutsDialog::fill, Qt::QueuedConnection);
    }
}

void ShortcutsDialog::fill()
{
    QList<QStringList> rows;
    for (QAction *action : m_menus ? m_menus->actions() : QList<QAction *>()) {
        if (action->menu())
            collect(action->menu(), plain(action->text()), &rows);
    }
    QTableWidget *table = m_ui->shortcutsTable;
    table->clearContents();
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).at(0)));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).at(1)));
    }
    table->resizeColumnToContents(0);
}
