#include "logpanel.h"
#include "ui_logpanel.h"

#include <QAction>
#include <QScrollBar>
#include <QTime>

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPanel>())
    , m_clearAction(new QAction(tr("C&lear log"), this))
{
    m_ui->setupUi(this);
    m_ui->logView->setMaximumBlockCount(MaxLines);
    m_clearAction->setObjectName(QStringLiteral("clearLogAction"));
    m_clearAction->setToolTip(tr("Remove every line from the log"));
    connect(m_clearAction, &QAction::triggered, m_ui->logView, &QPlainTextEdit::clear);
    QScrollBar *bar = m_ui->logView->verticalScrollBar();
    // Only the user's own scrolling decides whether to follow: a resize or new lines move
    // the bar too, and must not stop the following.
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] {
        QMetaObject::invokeMethod(
            this, [this, bar] { m_following = bar->value() >= bar->maximum(); },
            Qt::QueuedConnection);
    });
}

LogPanel::~LogPanel() = default;

void LogPanel::appendLine(const QString &line)
{
    QScrollBar *bar = m_ui->logView->verticalScrollBar();
    const int position = bar->value();
    m_ui->logView->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    if (m_following)
        bar->setValue(bar->maximum());
    else
        bar->setValue(position);
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_following) {
        QScrollBar *bar = m_ui->logView->verticalScrollBar();
        bar->setValue(bar->maximum());
    }
}
