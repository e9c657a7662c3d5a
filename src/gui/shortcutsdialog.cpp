#include "shortcutsdialog.h"
#include "ui_shortcutsdialog.h"

#include <QMenu>
#include <QMenuBar>

namespace {
QString plain(QString text)
{
    // "&Send again…" reads "Send again…"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
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
{
    m_ui->setupUi(this);
    QList<QStringList> rows;
    for (QAction *action : menus->actions()) {
        if (action->menu())
            collect(action->menu(), plain(action->text()), &rows);
    }
    QTableWidget *table = m_ui->shortcutsTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).at(0)));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).at(1)));
    }
    table->resizeColumnToContents(0);
}

ShortcutsDialog::~ShortcutsDialog() = default;
