// ShortcutsDialog: Help → Keyboard shortcuts: every command of the menu bar with its keys,
// read from the actions themselves, so the list cannot drift from what the keys do.
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QMenuBar;
namespace Ui {
class ShortcutsDialog;
}

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The table of commands and keys, from the menus as they are now.
    void fill();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QPointer<const QMenuBar> m_menus;
};
