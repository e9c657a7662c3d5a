// OwnedThread: a QThread whose destruction quits its event loop and waits for it, so that an
// owner holding it (for example in a std::unique_ptr) can never destroy a running thread.
#pragma once

#include <QThread>

class OwnedThread final : public QThread
{
    Q_OBJECT
public:
    using QThread::QThread;
    ~OwnedThread() override
    {
        quit();
        wait();
    }
};
