// EndToEndFlow: produce keyed messages through the core Producer, consume them through a
// ConsumerWorker on its own thread, and check that every one arrives exactly once with the
// partition and offset of its delivery report. Shared by the real-broker and sandbox tests.
#pragma once

#include "connectionconfig.h"

class EndToEndFlow final
{
public:
    // Runs the flow on config.topic (which must exist) with `count` messages. Reports
    // failures through QTest; check QTest::currentTestFailed() afterwards.
    static void run(const ConnectionConfig &config, int count);
};
