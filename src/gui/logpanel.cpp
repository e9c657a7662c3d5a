#include "logpanel.h"
#include "ui_logpanel.h"

#include <QAction>
#include <QEvent>
#include <QScrollBar>
#include <QTime>

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogPanel>())
    , m_clearAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_ui->logView->setMaximumBlockCount(MaxLines);
    m_clearAction->setObjectName(QStringLiteral("clearLogAction"));
    retranslate();
    connect(m_clearAction, &QAction::triggered, m_ui->logView, &QPlainTextEdit::clear);
    QScrollBar *bar = m_ui->logView->verticalScrollBar();
    // Following is decided by where the user leaves the view; new lines and resizes change the
    // range, and a view that was at the bottom stays there.
    connect(bar, &QScrollBar::valueChanged, this, [this, bar] {
        if (!m_adjusting)
            m_following = bar->value() >= bar->maximum();
    });
    // A scroll by wheel, keys or the bar's arrows arrives as an action whose value is set
    // after the signal: look once it is.
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] {
        QMetaObject::invokeMethod(
            this, [this, bar] { m_following = bar->value() >= bar->maximum(); },
            Qt::QueuedConnection);
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar] {
        if (m_following)
            keepAtBottom(bar);
    });
}

LogPanel::~LogPanel() = default;

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LogPanel::retranslate()
{
    m_clearAction->setText(tr("Cl&ear log"));
    m_clearAction->setToolTip(tr("Remove every line from the log"));
}

void LogPanel::appendLine(const QString &line)
{
    QScrollBar *bar = m_ui->logView->verticalScrollBar();
    const int position = bar->value();
    m_adjusting = true;
    m_ui->logView->appendPlainText(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    bar->setValue(m_following ? bar->maximum() : position);
    m_adjusting = false;
}

void LogPanel::keepAtBottom(QScrollBar *bar)
{
    m_adjusting = true;
    bar->setValue(bar->maximum());
    m_adjusting = false;
}
