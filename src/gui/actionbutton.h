// ActionButton: binds a push button to a QAction, so that the panel's button and the menu
// entry are one command: the button shows the action's text, tooltip, enabled and checked
// state as they change, and a click triggers the action. (QToolButton::setDefaultAction does
// this for tool buttons; panels keep push buttons, which read as the panel's main commands.)
#pragma once

class QAbstractButton;
class QAction;

class ActionButton final
{
public:
    static void bind(QAbstractButton *button, QAction *action);
};
