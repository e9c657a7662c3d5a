// ThreadSanitizer sees a thread only when it starts through pthread_create, and a lock only when
// it is taken through pthread_mutex_lock: GCC 12's runtime intercepts those, not the C11
// functions (thrd_create, mtx_lock, cnd_wait...) with which librdkafka starts its threads and
// guards its queues. glibc implements the C11 functions on its internal pthread functions, so
// the runtime never hears of them: librdkafka's first thread crashed in its allocator.
//
// Linked into the test executables of a ThreadSanitizer build only, these definitions take the
// place of glibc's for librdkafka (an executable's symbols come first in the dynamic linker's
// search) and call the intercepted pthread functions, with the same meaning: C11's mtx_t and
// cnd_t are glibc's pthread_mutex_t and pthread_cond_t under another name.
#include <cerrno>
#include <cstdint>
#include <new>
#include <pthread.h>
#include <threads.h>

static_assert(sizeof(mtx_t) == sizeof(pthread_mutex_t));
static_assert(sizeof(cnd_t) == sizeof(pthread_cond_t));
static_assert(sizeof(thrd_t) == sizeof(pthread_t));

namespace {

int fromErrno(int error)
{
    switch (error) {
    case 0:
        return thrd_success;
    case EBUSY:
        return thrd_busy;
    case ETIMEDOUT:
        return thrd_timedout;
    case ENOMEM:
        return thrd_nomem;
    default:
        return thrd_error;
    }
}

pthread_mutex_t *asPthread(mtx_t *mutex)
{
    return reinterpret_cast<pthread_mutex_t *>(mutex);
}

pthread_cond_t *asPthread(cnd_t *cond)
{
    return reinterpret_cast<pthread_cond_t *>(cond);
}

struct Start
{
    thrd_start_t function;
    void *argument;
};

void *run(void *start)
{
    const Start s = *static_cast<Start *>(start);
    delete static_cast<Start *>(start);
    return reinterpret_cast<void *>(static_cast<intptr_t>(s.function(s.argument)));
}

} // namespace

extern "C" {

int thrd_create(thrd_t *thread, thrd_start_t function, void *argument)
{
    auto *start = new (std::nothrow) Start{function, argument};
    if (!start)
        return thrd_nomem;
    pthread_t id;
    const int error = pthread_create(&id, nullptr, run, start);
    if (error != 0) {
        delete start;
        return fromErrno(error);
    }
    *thread = id;
    return thrd_success;
}

int thrd_join(thrd_t thread, int *result)
{
    void *value = nullptr;
    const int error = pthread_join(thread, &value);
    if (error == 0 && result)
        *result = static_cast<int>(reinterpret_cast<intptr_t>(value));
    return fromErrno(error);
}

int thrd_detach(thrd_t thread)
{
    return fromErrno(pthread_detach(thread));
}

int mtx_init(mtx_t *mutex, int type)
{
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    if (type & mtx_recursive)
        pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_RECURSIVE);
    const int error = pthread_mutex_init(asPthread(mutex), &attributes);
    pthread_mutexattr_destroy(&attributes);
    return fromErrno(error);
}

int mtx_lock(mtx_t *mutex)
{
    return fromErrno(pthread_mutex_lock(asPthread(mutex)));
}

int mtx_trylock(mtx_t *mutex)
{
    return fromErrno(pthread_mutex_trylock(asPthread(mutex)));
}

int mtx_unlock(mtx_t *mutex)
{
    return fromErrno(pthread_mutex_unlock(asPthread(mutex)));
}

void mtx_destroy(mtx_t *mutex)
{
    pthread_mutex_destroy(asPthread(mutex));
}

int cnd_init(cnd_t *cond)
{
    return fromErrno(pthread_cond_init(asPthread(cond), nullptr));
}

int cnd_signal(cnd_t *cond)
{
    return fromErrno(pthread_cond_signal(asPthread(cond)));
}

int cnd_broadcast(cnd_t *cond)
{
    return fromErrno(pthread_cond_broadcast(asPthread(cond)));
}

int cnd_wait(cnd_t *cond, mtx_t *mutex)
{
    return fromErrno(pthread_cond_wait(asPthread(cond), asPthread(mutex)));
}

// C11 measures the deadline on TIME_UTC, the realtime clock, as a default pthread_cond_t does.
int cnd_timedwait(cnd_t *cond, mtx_t *mutex, const struct timespec *deadline)
{
    return fromErrno(pthread_cond_timedwait(asPthread(cond), asPthread(mutex), deadline));
}

void cnd_destroy(cnd_t *cond)
{
    pthread_cond_destroy(asPthread(cond));
}

} // extern "C"
