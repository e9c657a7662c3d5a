#include "journeypanel.h"

#include "actionbutton.h"
#include "currentrowfollower.h"
#include "messagetablemodel.h"
#include "statuscolours.h"

#include <QAbstractItemView>
#include <QAction>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>

using Step = JourneyTracker::Step;

namespace {
QString acksText(ProducerSettings::Acks acks)
{
    switch (acks) {
    case ProducerSettings::Acks::None:
        return QStringLiteral("acks=0");
    case ProducerSettings::Acks::Leader:
        return QStringLiteral("acks=1");
    case ProducerSettings::Acks::All:
        break;
    }
    return QStringLiteral("acks=all");
}

QString clockText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}
} // namespace

JourneyPanel::JourneyPanel(const JourneyTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_explainAction(new QAction(this))
    , m_explainCheck(new QCheckBox(this))
    , m_stepLabel(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_explainAction->setObjectName(QStringLiteral("journeyExplainAction"));
    m_explainAction->setCheckable(true);
    retranslate();
    m_explainAction->setChecked(
        QSettings().value(QStringLiteral("journey/explain"), true).toBool());
    connect(m_explainAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("journey/explain"), on);
        render();
    });
    m_explainCheck->setObjectName(QStringLiteral("journeyExplainCheck"));
    ActionButton::bind(m_explainCheck, m_explainAction);
    m_text->setObjectName(QStringLiteral("journeyText"));
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    // The explanations wrap to the panel's width; nothing needs scrolling sideways.
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 0);
    top->addWidget(m_explainCheck);
    top->addStretch();
    layout->addLayout(top);
    m_stepLabel->setObjectName(QStringLiteral("journeyStepLabel"));
    m_stepLabel->setWordWrap(true);
    m_stepLabel->setContentsMargins(4, 2, 4, 2);
    m_stepLabel->hide();
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_text);
    connect(m_tracker, &JourneyTracker::changed, this, &JourneyPanel::scheduleRender);
    clear();
}

void JourneyPanel::retranslate()
{
    m_explainAction->setText(tr("Explain each step"));
    m_explainAction->setToolTip(tr("Show two sentences under each step on what happened there; "
                                   "off, the journey is a compact list of times"));
}

void JourneyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleRender();
    } else if (event->type() == QEvent::PaletteChange) {
        scheduleRender(); // the times are drawn in the colours of the moment
    }
    QWidget::changeEvent(event);
}

void JourneyPanel::follow(QAbstractItemView *view, const MessageTableModel *messages)
{
    delete m_follower;
    m_messages = messages;
    m_follower = new CurrentRowFollower(view, messages, this);
    connect(m_follower, &CurrentRowFollower::currentChanged, this, &JourneyPanel::showCurrent);
    // Rows change state (acked, committed, stale): whether the journey can go on with them.
    connect(messages, &QAbstractItemModel::dataChanged, this, &JourneyPanel::scheduleRender,
            Qt::UniqueConnection);
    showCurrent();
}

void JourneyPanel::showCurrent()
{
    if (!m_follower)
        return;
    const int row = m_follower->currentRow();
    if (row < 0) {
        clear();
        return;
    }
    const KafkaMessage message = m_messages->message(row);
    showOffset(message.topic, message.partition, message.offset);
}

void JourneyPanel::showOffset(const QString &topic, qint32 partition, qint64 offset)
{
    if (topic == m_topic && partition == m_partition && offset == m_offset)
        return;
    m_topic = topic;
    m_partition = partition;
    m_offset = offset;
    render();
}

void JourneyPanel::clear()
{
    m_topic.clear();
    m_partition = -1;
    m_offset = -1;
    render();
}

void JourneyPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void JourneyPanel::scheduleRender()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_renderPending)
        return;
    m_renderPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_renderPending = false;
            render();
        },
        Qt::QueuedConnection);
}

QString JourneyPanel::plainText() const
{
    return m_text->toPlainText();
}

QString JourneyPanel::stepName(Step step, const JourneyTracker::Journey &journey)
{
    switch (step) {
    case Step::ProduceCall:
        if (journey.sentHere)
            return tr("Produce call");
        switch (journey.timestampType) {
        case TimestampType::CreateTime:
            return tr("Created by its producer (CreateTime)");
        case TimestampType::LogAppendTime:
            return tr("Appended by the broker (LogAppendTime)");
        case TimestampType::None:
            break;
        }
        return tr("Sent by another client (no timestamp)");
    case Step::DeliveryReport:
        return tr("Delivery report");
    case Step::Fetched:
        // An extra member of the window's group (the group panel's "Member 2").
        if (journey.consumer != JourneyTracker::MainConsumer)
            return tr("Fetched by member %1").arg(journey.consumer);
        return tr("Fetched by the consumer");
    case Step::Shown:
        return tr("Shown in the table");
    case Step::Acked:
        return tr("Acked");
    case Step::CommitSent:
        return tr("Commit sent");
    case Step::CommitConfirmed:
        return tr("Commit confirmed by the broker");
    }
    return {};
}

QString JourneyPanel::explanation(Step step, const JourneyTracker::Journey &journey) const
{
    switch (step) {
    case Step::ProduceCall:
        if (journey.sentHere)
            return tr("Send handed the record to this window's producer, which chose its "
                      "partition (from the key, when there is one) and queued it for that "
                      "partition's leader broker. Producers push: the record goes out with the "
                      "next request to that broker.");
        switch (journey.timestampType) {
        case TimestampType::CreateTime:
            return tr("Another client sent this record, so its produce call was not seen "
                      "here; the time is the one its producer wrote into the record. The "
                      "producer's clock may differ from this computer's.");
        case TimestampType::LogAppendTime:
            return tr("Another client sent this record; the topic uses LogAppendTime, so the "
                      "broker stamped it when it appended it to the partition's log. The "
                      "journey here starts at the broker.");
        case TimestampType::None:
            break;
        }
        return tr("Another client sent this record and it carries no timestamp. The journey "
                  "here starts when the consumer fetched it.");
    case Step::DeliveryReport:
        if (journey.reached(Step::Fetched) &&
            journey.at(Step::Fetched) < journey.at(Step::DeliveryReport))
            return tr("The producer reported that the leader appended the record at this "
                      "offset once %1 was met, after the consumer had already fetched it: the "
                      "broker answers both once the record is written, and the two answers "
                      "travel and are handled separately.")
                .arg(acksText(journey.acks));
        return tr("The producer reported that the partition's leader appended the record to "
                  "its log at this offset, once %1 was met (all: every in-sync replica has it; "
                  "1: the leader alone). The record stays in the log until retention removes "
                  "it, however often it is read.")
            .arg(acksText(journey.acks));
    case Step::Fetched:
        return tr("The consumer pulled the record: it asks the leader for the records after "
                  "its position, and the broker holds the request open until there are some. "
                  "Reading changes nothing in the log; only the consumer's position moves on.");
    case Step::Shown:
        return tr("The record reached this window's message table. Until a commit covers it, "
                  "a restart or a rebalance delivers it again.");
    case Step::Acked:
        if (!journey.reached(Step::Acked) && journey.reached(Step::CommitConfirmed))
            return tr("Nobody acked this message: a commit of a later offset covered it "
                      "anyway (the immediate commit choice, or auto-commit). A committed offset "
                      "only says \"everything before me is done\".");
        return tr("Acking marks the message as processed in TopicDesk. A consumer group keeps "
                  "no per-message acknowledgements: only a committed offset tells it how far "
                  "the group got.");
    case Step::CommitSent:
        if (!journey.reached(Step::CommitSent) && journey.reached(Step::CommitConfirmed))
            return tr("The consumer committed this offset while stopping or handing the "
                      "partition back, without an ack outcome to time it. The commit itself "
                      "was confirmed, below.");
        return tr("The consumer asked the group's coordinator broker to store the committed "
                  "offset, the next offset to read: every offset below it counts as "
                  "processed. Commits are records in the internal topic __consumer_offsets.");
    case Step::CommitConfirmed:
        return tr("The coordinator wrote the commit to __consumer_offsets and confirmed it. A "
                  "restarted or new member of the group starts after this message, so it is "
                  "not delivered to the group again.");
    }
    return {};
}

void JourneyPanel::setStepState(bool stepMode, int credit)
{
    if (stepMode == m_stepMode && credit == m_stepCredit)
        return;
    m_stepMode = stepMode;
    m_stepCredit = credit;
    scheduleRender();
}

QString JourneyPanel::stepHint() const
{
    if (!m_stepMode)
        return {};
    if (m_stepCredit > 0)
        return tr("Waiting for a message: Next asked the consumer for %n more message(s); it "
                  "fetches as soon as there is one on the broker.",
                  nullptr, m_stepCredit);
    if (!hasOffset() || m_shown.isEmpty() || m_shown.constLast().delivery == 0)
        return tr("Waiting for you: press Next to fetch one message.");
    const JourneyTracker::Journey &journey = m_shown.constLast();
    if (journey.reached(Step::CommitConfirmed))
        return tr("Done: the broker confirmed the commit. Press Next to fetch the next message.");
    if (journey.reached(Step::CommitSent))
        return tr("Waiting for the broker to confirm the commit.");
    if (journey.reached(Step::Acked))
        return tr("Acked. The commit waits until every earlier message of partition %1 is acked "
                  "(or a commit on its way is answered). Press Next for the next message.")
            .arg(journey.partition);
    if (!ackBlocked().isEmpty())
        return tr("This message cannot be acked (see Acked below). Press Next to fetch the next "
                  "message.");
    return tr("Waiting for your Ack: select the row and press Ack (Space). Or press Next to "
              "fetch the next message first.");
}

QString JourneyPanel::ackBlocked() const
{
    const int row = m_follower ? m_follower->currentRow() : -1;
    if (row < 0 || m_messages->partitionAt(row) != m_partition ||
        m_messages->offsetAt(row) != m_offset)
        return {};
    const MessageTableModel::State state = m_messages->state(row);
    if (state == MessageTableModel::State::Acked || state == MessageTableModel::State::Committed ||
        state == MessageTableModel::State::CommittedUnacked)
        return {};
    return m_messages->ackRefusal(row);
}

QString JourneyPanel::journeyHtml(const JourneyTracker::Journey &journey,
                                  const QString &ackBlocked) const
{
    // Only the newest journey belongs to the row in the table.
    const bool blocked = !ackBlocked.isEmpty() && !journey.superseded;
    const QLocale locale;
    const QString muted = StatusColours::colour(StatusColours::Role::Muted, palette()).name();
    QString html;
    if (journey.delivery > 1)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Journey %1: fetched again (a restart, a rebalance or a seek)")
                             .arg(journey.delivery)
                             .toHtmlEscaped());
    else
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Journey 1").toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    qint64 previous = -1;
    for (const Step step : journey.steps()) {
        // Where the message came from: a send seen here, or the record's own timestamp.
        qint64 at = journey.at(step);
        if (step == Step::DeliveryReport && !journey.sentHere)
            continue;
        if (step == Step::ProduceCall && !journey.sentHere) {
            if (journey.timestampType == TimestampType::None)
                continue;
            at = journey.brokerTimestampMs;
        }
        QString name = stepName(step, journey).toHtmlEscaped();
        if (step == Step::DeliveryReport)
            name += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                        .arg(muted, tr("partition %1, offset %2, %3")
                                        .arg(journey.partition)
                                        .arg(journey.offset)
                                        .arg(acksText(journey.acks))
                                        .toHtmlEscaped());
        if ((step == Step::CommitSent || step == Step::CommitConfirmed) &&
            journey.commitPosition >= 0)
            name += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                        .arg(muted, tr("committed offset %1").arg(journey.commitPosition));
        QString when;
        QString delta;
        QString mark;
        if (at >= 0) {
            mark = QStringLiteral("●");
            when = clockText(at);
            if (previous >= 0)
                delta = at >= previous ? tr("+%1 ms").arg(locale.toString(at - previous))
                                       : tr("−%1 ms").arg(locale.toString(previous - at));
            previous = at;
        } else if (step == Step::Acked && journey.reached(Step::CommitConfirmed)) {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Muted, tr("not acked"));
        } else if (step == Step::CommitSent && journey.reached(Step::CommitConfirmed)) {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Muted, tr("not timed"));
        } else if (journey.superseded) {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Muted, tr("not reached"));
        } else if (blocked && step == Step::Acked) {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Muted, tr("not possible"));
        } else if (blocked && step > Step::Acked) {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Muted, tr("not timed"));
        } else {
            mark = QStringLiteral("○");
            when = StatusColours::html(StatusColours::Role::Waiting, tr("waiting"));
        }
        html += QStringLiteral(
                    "<tr><td width=\"14\">%1</td><td><b>%2</b></td>"
                    "<td align=\"right\" nowrap>%3</td><td align=\"right\" width=\"90\" nowrap>"
                    "%4</td></tr>")
                    .arg(mark, name, when, delta.toHtmlEscaped());
        if (m_explainAction->isChecked())
            html += QStringLiteral("<tr><td></td><td colspan=\"3\" style=\"color:%1; "
                                   "padding-bottom:4px\">%2</td></tr>")
                        .arg(muted, (blocked && step == Step::Acked && !journey.reached(step)
                                         ? ackBlocked
                                         : explanation(step, journey))
                                        .toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (journey.superseded)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("This delivery ended before a commit covered it: the same "
                                   "offset was fetched again, below.")
                                    .toHtmlEscaped());
    return html;
}

void JourneyPanel::render()
{
    m_stale = false;
    const int scroll = m_text->verticalScrollBar()->value();
    m_shown = hasOffset() ? m_tracker->journeys(m_topic, m_partition, m_offset)
                          : QList<JourneyTracker::Journey>();
    const QString blocked = ackBlocked();
    QString html;
    if (!hasOffset()) {
        html = QStringLiteral("<p>%1</p>")
                   .arg(tr("Click a row of the message table to follow its message from the "
                           "produce call to the committed offset.")
                            .toHtmlEscaped());
    } else {
        html = QStringLiteral("<p><b>%1</b></p>")
                   .arg(tr("Offset %1 of partition %2 in \"%3\"")
                            .arg(m_offset)
                            .arg(m_partition)
                            .arg(m_topic)
                            .toHtmlEscaped());
        if (m_shown.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("No journey is kept for this message: this window remembers the "
                                "last %L1 offsets it sent or fetched, since it connected.")
                                 .arg(m_tracker->maxOffsets())
                                 .toHtmlEscaped());
        for (const JourneyTracker::Journey &journey : std::as_const(m_shown))
            html += journeyHtml(journey, blocked);
    }
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(scroll);
    const QString hint = stepHint();
    m_stepLabel->setText(
        QStringLiteral("<b>%1</b>").arg(StatusColours::html(StatusColours::Role::Waiting, hint)));
    m_stepLabel->setVisible(!hint.isEmpty());
}
