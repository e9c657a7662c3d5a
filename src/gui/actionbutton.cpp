#include "actionbutton.h"

#include <QAbstractButton>
#include <QAction>
#include <QRegularExpression>

QString ActionButton::withoutMnemonic(const QString &text)
{
    // A letter the text does not hold is appended in parentheses, as CJK and Vietnamese texts do.
    static const QRegularExpression appended(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString out = text;
    out.remove(appended);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) != u'&')
            continue;
        if (i + 1 < out.size() && out.at(i + 1) == u'&')
            ++i; // "&&" is a literal ampersand: keep both
        else
            out.remove(i--, 1);
    }
    return out;
}

void ActionButton::bind(QAbstractButton *button, QAction *action)
{
    const auto sync = [button, action] {
        button->setText(withoutMnemonic(action->text()));
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
