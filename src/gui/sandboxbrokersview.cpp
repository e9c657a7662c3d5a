#include "sandboxbrokersview.h"

#include "kafkasession.h"
#include "sandboxbroker.h"
#include "statuscolours.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPalette>
#include <QVBoxLayout>

namespace {
// The label's text in the muted colour for base, the palette it is shown on (again when the
// palette or the colour scheme changes).
void colourMuted(QLabel *label, const QPalette &base)
{
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, StatusColours::colour(StatusColours::Role::Muted, base));
    label->setPalette(muted);
}
} // namespace

SandboxBrokersView::SandboxBrokersView(KafkaSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_menu(new QMenu(this))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxBrokersView"));
    m_menu->setObjectName(QStringLiteral("sandboxBrokersMenu"));
    m_title->setObjectName(QStringLiteral("sandboxBrokersTitle"));
    m_title->setWordWrap(true);
    m_menu->setToolTipsVisible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    for (int id = 1; id <= SandboxBroker::MaxBrokers; ++id) {
        auto *line = new QLabel(this);
        line->setObjectName(QStringLiteral("sandboxBroker%1Line").arg(id));
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        layout->addWidget(line);
        m_lines << line;

        auto *stop = new QAction(this);
        stop->setObjectName(QStringLiteral("stopBroker%1Action").arg(id));
        connect(stop, &QAction::triggered, this, [this, id] { m_session->stopSandboxBroker(id); });
        auto *start = new QAction(this);
        start->setObjectName(QStringLiteral("startBroker%1Action").arg(id));
        connect(start, &QAction::triggered, this,
                [this, id] { m_session->startSandboxBroker(id); });
        m_stopActions << stop;
        m_startActions << start;
    }
    for (QAction *action : std::as_const(m_stopActions))
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : std::as_const(m_startActions))
        m_menu->addAction(action);
    addActions(m_stopActions);
    addActions(m_startActions);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // The caveat stays in sight, not only in the tooltip: it changes what acks=all shows.
    m_note->setObjectName(QStringLiteral("sandboxBrokersNote"));
    m_note->setWordWrap(true);
    colourMuted(m_note, palette());
    layout->addWidget(m_note);

    connect(m_session, &KafkaSession::stateChanged, this, &SandboxBrokersView::refresh);
    connect(m_session, &KafkaSession::sandboxBrokersChanged, this, &SandboxBrokersView::refresh);
    retranslate();
}

void SandboxBrokersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        colourMuted(m_note, palette());
    QWidget::changeEvent(event);
}

void SandboxBrokersView::retranslate()
{
    m_menu->setTitle(tr("Sandbox &brokers"));
    m_title->setText(tr("<b>Sandbox brokers</b>"));
    // Said plainly: what the mock cluster models and what it does not.
    const QString lesson =
        tr("Every partition has a replica on each broker; one broker leads it and takes its "
           "sends and fetches. Stop a broker and TopicDesk moves the leadership of its "
           "partitions to a running broker, as Kafka's controller would; clients find the new "
           "leader in fresh metadata and send there.\n"
           "Not modelled by the sandbox: in-sync replicas. It always reports every replica in "
           "sync, even a stopped one, and answers acks=all as soon as the leader has the "
           "message, so min.insync.replicas never refuses a send.");
    setToolTip(lesson);
    // The caveat stays in sight, not only in the tooltip: it changes what acks=all shows.
    m_note->setText(tr("No in-sync replica model here: acks=all waits for the leader only."));
    m_note->setToolTip(lesson);
    // Six entries in one menu, each with a key of its own: the broker's number to stop it, the
    // letters of "Start" after the first to start it.
    const QStringList startTexts = {
        //: Start broker 1 (each Start broker entry needs its own accelerator)
        tr("S&tart broker %1"),
        //: Start broker 2
        tr("St&art broker %1"),
        //: Start broker 3
        tr("Sta&rt broker %1")};
    static_assert(SandboxBroker::MaxBrokers == 3, "one Start text per broker");
    for (int id = 1; id <= SandboxBroker::MaxBrokers; ++id) {
        QAction *stop = m_stopActions.at(id - 1);
        stop->setText(tr("Stop broker &%1").arg(id));
        stop->setToolTip(tr("Stop sandbox broker %1: its clients lose their connections, and "
                            "the partitions it leads get a running broker as leader")
                             .arg(id));
        stop->setStatusTip(stop->toolTip());
        QAction *start = m_startActions.at(id - 1);
        start->setText(startTexts.at(id - 1).arg(id));
        start->setToolTip(tr("Start sandbox broker %1 again, on the same port").arg(id));
        start->setStatusTip(start->toolTip());
    }
    refresh();
}

QString SandboxBrokersView::ledPartitions(int brokerId) const
{
    const SandboxBroker *sandbox = m_session->sandbox();
    QStringList parts;
    for (const QString &topic : sandbox->topics()) {
        QStringList partitions;
        for (int p = 0; p < sandbox->partitionCount(topic); ++p) {
            if (sandbox->leaderOf(topic, p) == brokerId)
                partitions << QString::number(p);
        }
        // A topic and its partitions stay on one line: "test-topic 0, 2".
        if (!partitions.isEmpty())
            parts << QStringLiteral("<span style=\"white-space:nowrap\">%1</span>")
                         .arg((topic + QLatin1Char(' ') + partitions.join(QStringLiteral(", ")))
                                  .toHtmlEscaped());
    }
    return parts.join(QStringLiteral("; "));
}

void SandboxBrokersView::refresh()
{
    const SandboxBroker *sandbox =
        m_session->state() == KafkaSession::State::Connected ? m_session->sandbox() : nullptr;
    const int brokers = sandbox ? sandbox->brokerCount() : 0;
    setVisible(brokers > 1);
    m_menu->menuAction()->setVisible(brokers > 1);
    const int running = sandbox ? int(sandbox->runningBrokers().size()) : 0;
    for (int id = 1; id <= SandboxBroker::MaxBrokers; ++id) {
        const bool exists = id <= brokers;
        const bool up = exists && sandbox->isBrokerUp(id);
        QAction *stop = m_stopActions.at(id - 1);
        QAction *start = m_startActions.at(id - 1);
        stop->setVisible(exists);
        start->setVisible(exists);
        // The last running broker cannot be stopped: there would be nothing to connect to.
        stop->setEnabled(up && running > 1);
        start->setEnabled(exists && !up);
        QLabel *line = m_lines.at(id - 1);
        line->setVisible(exists);
        if (!exists)
            continue;
        const QString state = up ? StatusColours::html(StatusColours::Role::Success, tr("running"))
                                 : StatusColours::html(StatusColours::Role::Error, tr("stopped"));
        const QString leads = sandbox->partitionsLedBy(id) == 0
                                  ? tr("leads no partition").toHtmlEscaped()
                                  : tr("leads %1").arg(ledPartitions(id));
        line->setText(tr("Broker %1: %2, %3").arg(id).arg(state, leads));
    }
}
