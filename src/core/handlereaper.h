// HandleReaper: ends librdkafka handles on threads of its own, so that whoever is done with one
// goes on at once. rd_kafka_destroy() waits for the handle's threads to end, which takes a second
// with librdkafka 2.8 (Debian 13) and under a millisecond with 2.0.2 (Debian 12): a refused login,
// a connection test's answer or the window, when a producer is retired, would wait that long.
#pragma once

#include <functional>

class HandleReaper final
{
public:
    HandleReaper() = delete;

    // Runs `destroy` on a reaper thread: it deletes a handle, then what the handle calls back
    // (its event callback, its delivery report collector), which must outlive it. The program
    // waits for every destroy when it ends.
    static void destroyLater(std::function<void()> destroy);
};
