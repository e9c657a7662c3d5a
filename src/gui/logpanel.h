// LogPanel: the log of what happened (connections, deliveries, assignments, commits, errors),
// one timestamped line each, newest at the bottom. It keeps following new lines while its view
// is at the bottom, also after a resize, and stops while the user reads further up.
#pragma once

#include <QWidget>

#include <memory>

class QScrollBar;

namespace Ui {
class LogPanel;
}

class LogPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    // Old lines leave first: the log stays bounded however long the window runs.
    static constexpr int MaxLines = 5000;

    QAction *clearAction() const { return m_clearAction; }

public slots:
    void appendLine(const QString &line);

protected:
    // A language switched live: the panel's texts change; the lines written stay as they were
    // (they are history), and new ones come in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void keepAtBottom(QScrollBar *bar);

    std::unique_ptr<Ui::LogPanel> m_ui;
    QAction *m_clearAction;
    bool m_following = true;
    bool m_adjusting = false; // the view moves because of a new line, not the user
};
