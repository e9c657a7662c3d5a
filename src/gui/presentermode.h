// PresenterMode: View → Presenter mode, for a teacher projecting TopicDesk in a classroom. On, the
// application's font grows by Factor (with it the fonts widgets set themselves, the table rows
// and the item views' icons), StatusColours switches to its colour-blind-safe scheme and every
// message state gets a shape of its own (MessageStateStyle). Off, all of it returns to what it
// was, the window's size and panel layout included (as they were when it was turned on). The
// choice is kept in the settings and applied when the window starts.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>

class QAction;
class QWidget;

class PresenterMode final : public QObject
{
    Q_OBJECT
public:
    static constexpr double Factor = 1.5;

    // window: where the action lives and whose language changes retranslate it.
    explicit PresenterMode(QWidget *window);

    // The checkable View → Presenter mode action (presenterModeAction, Ctrl+Shift+P).
    QAction *action() const { return m_action; }
    bool isOn() const;
    // Turns presenter mode on or off, and keeps the choice in the settings.
    void setOn(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The window's size and panels as before presenter mode grew them, given back after it.
    void restoreWindow();

    QAction *m_action;
    QByteArray m_layout; // empty: nothing to give back
    QSize m_size;
};
