#include "actionbutton.h"

#include <QAbstractButton>
#include <QAction>

void ActionButton::bind(QAbstractButton *button, QAction *action)
{
    const auto sync = [button, action] {
        button->setText(action->text());
        // The tooltip names the shortcut, which the button itself does not show.
        QString tip = action->toolTip();
        if (!action->shortcut().isEmpty())
            tip +=
                QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
        button->setToolTip(tip);
        button->setEnabled(action->isEnabled());
        button->setCheckable(action->isCheckable());
        if (action->isCheckable())
            button->setChecked(action->isChecked());
        button->setVisible(action->isVisible());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(action, &QAction::toggled, button, &QAbstractButton::setChecked);
    QObject::connect(button, &QAbstractButton::clicked, action, [action, button] {
        // A checkable button toggles itself on click; the action follows it once.
        if (action->isCheckable())
            action->setChecked(button->isChecked());
        else
            action->trigger();
    });
}
