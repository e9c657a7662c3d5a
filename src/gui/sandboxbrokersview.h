// SandboxBrokersView: the brokers of a three-broker Sandbox, one line each (running or stopped,
// the partitions it leads), with Stop broker N / Start broker N commands, enabled only when
// they apply, in its own menu (the Topics menu shows it) and context menu. Hidden unless the
// window is connected to a sandbox of more than one broker.
#pragma once

#include <QList>
#include <QWidget>

class KafkaSession;
class QAction;
class QLabel;
class QMenu;

class SandboxBrokersView final : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxBrokersView(KafkaSession *session, QWidget *parent = nullptr);

    // "Sandbox &brokers": the stop and start commands of every broker, and what they teach.
    QMenu *menu() const { return m_menu; }
    // brokerId from 1 to SandboxBroker::MaxBrokers; objectNames stopBroker<N>Action and
    // startBroker<N>Action.
    QAction *stopAction(int brokerId) const { return m_stopActions.value(brokerId - 1); }
    QAction *startAction(int brokerId) const { return m_startActions.value(brokerId - 1); }

protected:
    // A language switched live: the texts, lines and commands are set again.
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language, then refresh().
    void retranslate();
    // Lines, visibility and the enabled state of the commands, from the session's sandbox.
    void refresh();
    // What broker leads, as rich text: "test-topic 0, 2; orders 1".
    QString ledPartitions(int brokerId) const;

    KafkaSession *m_session;
    QMenu *m_menu;
    QLabel *m_title;
    QLabel *m_note;
    QList<QLabel *> m_lines;
    QList<QAction *> m_stopActions;
    QList<QAction *> m_startActions;
};
