// SignalWatcher: SIGINT and SIGTERM as a Qt signal, so a headless command can leave its
// consumer group cleanly on Ctrl+C instead of dying mid-commit. The signal handler only writes
// a byte to a pipe (the self-pipe trick); the rest happens in the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
