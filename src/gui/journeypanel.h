// JourneyPanel: the journey of the message table's current row, as JourneyTracker measured it:
// produce call, delivery report (partition, offset, acks), fetched, shown, acked, commit sent
// and commit confirmed, each with its wall-clock time, the milliseconds since the step before,
// and two sentences on what happened there. A message another client sent starts at the
// broker's timestamp (CreateTime or LogAppendTime); each later fetch of the same offset (a
// restart, a rebalance, a seek) is another journey, listed below the first. Steps not reached
// yet show as waiting; it follows the tracker as things happen. Explain each step (kept in the
// settings) turns the explanations off, for a compact list of times while a teacher talks.
// In step mode a line above the journey says which step comes next and what the user does to
// cause it (press Next, Ack, or wait for the broker's commit confirmation).
#pragma once

#include "journeytracker.h"

#include <QWidget>

class MessageTableModel;
class QAbstractItemView;
class QAction;
class QCheckBox;
class CurrentRowFollower;
class QLabel;
class QTextBrowser;

class JourneyPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit JourneyPanel(const JourneyTracker *tracker, QWidget *parent = nullptr);

    // Shows the journey of the current row of view, whose model is messages or a chain of
    // proxy models over it; it keeps following when the view is given another model.
    void follow(QAbstractItemView *view, const MessageTableModel *messages);
    // Shows the journey of this offset (what follow() does for the current row).
    void showOffset(const QString &topic, qint32 partition, qint64 offset);
    void clear();

    bool hasOffset() const { return m_partition >= 0; }
    // The journeys shown now, oldest first, and the panel's text as plain text.
    QList<JourneyTracker::Journey> shownJourneys() const { return m_shown; }
    QString plainText() const;
    // Checkable: whether each step's explanation is shown under it.
    QAction *explainAction() const { return m_explainAction; }

    // The name of a step in a journey (the first one depends on where the message came from).
    static QString stepName(JourneyTracker::Step step, const JourneyTracker::Journey &journey);

    // The consumer's step mode (KafkaSession::stepStateChanged): on, and how many messages Next
    // granted that have not arrived yet.
    void setStepState(bool stepMode, int credit);
    // The step-mode line shown above the journey; empty when step mode is off.
    QString stepHint() const;

protected:
    void showEvent(QShowEvent *event) override;
    // A language switched live: the command's texts, and the journey rendered again.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    // Renders again soon (once for many changes) if shown; when hidden, once shown again.
    void scheduleRender();
    void render();
    // ackBlocked: why the row cannot be acked (browsing, auto-commit, a revoked partition),
    // empty when it can; the newest journey's ack and commit steps then wait for nothing.
    QString journeyHtml(const JourneyTracker::Journey &journey, const QString &ackBlocked) const;
    // Why the followed row cannot be acked now; empty when it can, or was, or no row is followed.
    QString ackBlocked() const;
    QString explanation(JourneyTracker::Step step, const JourneyTracker::Journey &journey) const;

    const JourneyTracker *m_tracker;
    QAction *m_explainAction;
    QCheckBox *m_explainCheck;
    QLabel *m_stepLabel;
    QTextBrowser *m_text;
    CurrentRowFollower *m_follower = nullptr;
    const MessageTableModel *m_messages = nullptr;
    QString m_topic;
    qint32 m_partition = -1;
    qint64 m_offset = -1;
    QList<JourneyTracker::Journey> m_shown;
    bool m_renderPending = false;
    bool m_stepMode = false;
    int m_stepCredit = 0;
    bool m_stale = false; // changed while hidden
};
