#include "handlereaper.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace {
// The destroys still running. Its destructor, with the program's other statics, waits for them.
class Running final
{
public:
    ~Running()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_count == 0; });
    }
    void add()
    {
        const std::lock_guard lock(m_mutex);
        ++m_count;
    }
    void remove()
    {
        const std::lock_guard lock(m_mutex);
        if (--m_count == 0)
            m_idle.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_count = 0;
};

Running &running()
{
    static Running instance;
    return instance;
}
} // namespace

void HandleReaper::destroyLater(std::function<void()> destroy)
{
    // A thread per destroy: a destroy sleeps most of its second, several may run at once, and
    // starting a thread orders everything the caller did before it (what ThreadSanitizer checks)
    // without relying on a pool's hand-over.
    Running &destroys = running();
    destroys.add();
    std::thread([&destroys, destroy = std::move(destroy)] {
        destroy();
        destroys.remove();
    }).detach();
}
