// ActionButton: binds a push button to a QAction, so that the panel's button and the menu
// entry are one command: the button shows the action's text, tooltip, enabled and checked
// state as they change, and a click triggers the action. (QToolButton::setDefaultAction does
// this for tool buttons; panels keep push buttons, which read as the panel's main commands.)
// The button shows the text without its accelerator: the command's keyboard way in is its menu
// entry (which keeps the underlined letter) and its shortcut, named in the tooltip. The window's
// Alt+letters are left to the fields and the panels' own controls, which have no other way in;
// a second underlined letter would have to be unique in its menu and in the whole window at once.
#pragma once

class QAbstractButton;
class QAction;
class QString;

class ActionButton final
{
public:
    static void bind(QAbstractButton *button, QAction *action);
    // text without its accelerator: "Star&t" and "Bắt đầu (&T)" become "Start" and "Bắt đầu";
    // "&&" stays a literal ampersand.
    static QString withoutMnemonic(const QString &text);
};
