// How ThreadSanitizer gets to see librdkafka's threads and locks. Debian's librdkafka is not
// instrumented: the runtime sees only the calls it makes into the C library, through the
// runtime's interceptors. Linked into the test executables of a ThreadSanitizer build only, the
// definitions below take the place of the C library's for librdkafka (an executable's symbols
// come first in the dynamic linker's search):
//
// - C11 threads, locks, conditions and call_once (thrd_create, mtx_lock, cnd_wait...), with
//   which librdkafka starts its threads and guards its queues: GCC 12's runtime intercepts only
//   the pthread functions, and glibc implements the C11 ones on its internal pthread functions,
//   so the runtime never heard of them (librdkafka's first thread crashed in its allocator).
//   These call the intercepted pthread functions, with the same meaning: C11's mtx_t, cnd_t and
//   once_flag are glibc's pthread_mutex_t, pthread_cond_t and pthread_once_t by other names.
// - pthread_rwlock_*, which librdkafka calls directly: tests/tsan/tsan.supp has the runtime
//   ignore every call librdkafka's own code makes into it (why is said there), so they are made
//   from here instead, to the runtime's functions (the next definitions after the executable's).
//
// Every lock operation is made in a function of namespace rdkafkasync, which tsan.supp names.
#include <cerrno>
#include <cstdint>
#include <dlfcn.h>
#include <new>
#include <pthread.h>
#include <threads.h>

static_assert(sizeof(mtx_t) == sizeof(pthread_mutex_t));
static_assert(sizeof(cnd_t) == sizeof(pthread_cond_t));
static_assert(sizeof(thrd_t) == sizeof(pthread_t));
static_assert(sizeof(once_flag) == sizeof(pthread_once_t));

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

} // extern "C"

// librdkafka's lock operations. The object is built without sibling calls, so each of these
// functions stays a frame of its own in a report's stack.
namespace rdkafkasync {

__attribute__((noinline)) int mutexInit(pthread_mutex_t *mutex, bool recursive)
{
    pthread_mutexattr_t attributes;
    pthread_mutexattr_init(&attributes);
    if (recursive)
        pthread_mutexattr_settype(&attributes, PTHREAD_MUTEX_RECURSIVE);
    const int error = pthread_mutex_init(mutex, &attributes);
    pthread_mutexattr_destroy(&attributes);
    return error;
}

__attribute__((noinline)) int mutexLock(pthread_mutex_t *mutex)
{
    return pthread_mutex_lock(mutex);
}

__attribute__((noinline)) int mutexTryLock(pthread_mutex_t *mutex)
{
    return pthread_mutex_trylock(mutex);
}

__attribute__((noinline)) int mutexUnlock(pthread_mutex_t *mutex)
{
    return pthread_mutex_unlock(mutex);
}

__attribute__((noinline)) int mutexDestroy(pthread_mutex_t *mutex)
{
    return pthread_mutex_destroy(mutex);
}

__attribute__((noinline)) int condInit(pthread_cond_t *cond)
{
    return pthread_cond_init(cond, nullptr);
}

__attribute__((noinline)) int condSignal(pthread_cond_t *cond)
{
    return pthread_cond_signal(cond);
}

__attribute__((noinline)) int condBroadcast(pthread_cond_t *cond)
{
    return pthread_cond_broadcast(cond);
}

__attribute__((noinline)) int condWait(pthread_cond_t *cond, pthread_mutex_t *mutex,
                                       const timespec *deadline)
{
    return deadline ? pthread_cond_timedwait(cond, mutex, deadline)
                    : pthread_cond_wait(cond, mutex);
}

__attribute__((noinline)) int condDestroy(pthread_cond_t *cond)
{
    return pthread_cond_destroy(cond);
}

__attribute__((noinline)) int once(pthread_once_t *flag, void (*function)())
{
    return pthread_once(flag, function);
}

// The definition of `name` that comes after this executable's: the runtime's interceptor.
template <typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

__attribute__((noinline)) int rwlockInit(pthread_rwlock_t *lock,
                                         const pthread_rwlockattr_t *attributes)
{
    static const auto init =
        next<int (*)(pthread_rwlock_t *, const pthread_rwlockattr_t *)>("pthread_rwlock_init");
    return init(lock, attributes);
}

__attribute__((noinline)) int rwlockDestroy(pthread_rwlock_t *lock)
{
    static const auto destroy = next<int (*)(pthread_rwlock_t *)>("pthread_rwlock_destroy");
    return destroy(lock);
}

__attribute__((noinline)) int rwlockRdlock(pthread_rwlock_t *lock)
{
    static const auto rdlock = next<int (*)(pthread_rwlock_t *)>("pthread_rwlock_rdlock");
    return rdlock(lock);
}

__attribute__((noinline)) int rwlockWrlock(pthread_rwlock_t *lock)
{
    static const auto wrlock = next<int (*)(pthread_rwlock_t *)>("pthread_rwlock_wrlock");
    return wrlock(lock);
}

__attribute__((noinline)) int rwlockUnlock(pthread_rwlock_t *lock)
{
    static const auto unlock = next<int (*)(pthread_rwlock_t *)>("pthread_rwlock_unlock");
    return unlock(lock);
}

} // namespace rdkafkasync

extern "C" {

int mtx_init(mtx_t *mutex, int type)
{
    return fromErrno(rdkafkasync::mutexInit(asPthread(mutex), type & mtx_recursive));
}

int mtx_lock(mtx_t *mutex)
{
    return fromErrno(rdkafkasync::mutexLock(asPthread(mutex)));
}

int mtx_trylock(mtx_t *mutex)
{
    return fromErrno(rdkafkasync::mutexTryLock(asPthread(mutex)));
}

int mtx_unlock(mtx_t *mutex)
{
    return fromErrno(rdkafkasync::mutexUnlock(asPthread(mutex)));
}

void mtx_destroy(mtx_t *mutex)
{
    rdkafkasync::mutexDestroy(asPthread(mutex));
}

int cnd_init(cnd_t *cond)
{
    return fromErrno(rdkafkasync::condInit(asPthread(cond)));
}

int cnd_signal(cnd_t *cond)
{
    return fromErrno(rdkafkasync::condSignal(asPthread(cond)));
}

int cnd_broadcast(cnd_t *cond)
{
    return fromErrno(rdkafkasync::condBroadcast(asPthread(cond)));
}

int cnd_wait(cnd_t *cond, mtx_t *mutex)
{
    return fromErrno(rdkafkasync::condWait(asPthread(cond), asPthread(mutex), nullptr));
}

// C11 measures the deadline on TIME_UTC, the realtime clock, as a default pthread_cond_t does.
int cnd_timedwait(cnd_t *cond, mtx_t *mutex, const struct timespec *deadline)
{
    return fromErrno(rdkafkasync::condWait(asPthread(cond), asPthread(mutex), deadline));
}

void cnd_destroy(cnd_t *cond)
{
    rdkafkasync::condDestroy(asPthread(cond));
}

void call_once(once_flag *flag, void (*function)())
{
    rdkafkasync::once(reinterpret_cast<pthread_once_t *>(flag), function);
}

int pthread_rwlock_init(pthread_rwlock_t *lock, const pthread_rwlockattr_t *attributes)
{
    return rdkafkasync::rwlockInit(lock, attributes);
}

int pthread_rwlock_destroy(pthread_rwlock_t *lock)
{
    return rdkafkasync::rwlockDestroy(lock);
}

int pthread_rwlock_rdlock(pthread_rwlock_t *lock)
{
    return rdkafkasync::rwlockRdlock(lock);
}

int pthread_rwlock_wrlock(pthread_rwlock_t *lock)
{
    return rdkafkasync::rwlockWrlock(lock);
}

int pthread_rwlock_unlock(pthread_rwlock_t *lock)
{
    return rdkafkasync::rwlockUnlock(lock);
}

} // extern "C"
