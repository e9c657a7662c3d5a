#include "handlereaper.h"

#include <QThreadPool>

namespace {
QThreadPool &reaper()
{
    // A pool of its own: a destroy sleeps most of its second, and must not hold up the global
    // pool's work (metadata requests, formatting). Its destructor, with the program's other
    // statics, waits for the destroys still running.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(8);
        pool.setExpiryTimeout(5000);
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}
} // namespace

void HandleReaper::destroyLater(std::function<void()> destroy)
{
    reaper().start(std::move(destroy));
}
