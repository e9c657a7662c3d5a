// JourneyChecks: what the journey tests assert about one measured journey of a message
// (JourneyTracker::Journey), shared by the journey panel's and the group's tests.
#pragma once

#include "journeytracker.h"

#include <QString>

namespace JourneyChecks {
// In the order the journey lists its steps, every reached step's time is at or after the one
// before; the first is where the journey starts (the produce call, or the broker's timestamp
// for another client's message). The produce call comes first, and the consumer's steps in
// their own order (the delivery report may come after the fetch: see Journey::steps()).
// False with *why set when not.
bool inOrder(const JourneyTracker::Journey &journey, QString *why);
} // namespace JourneyChecks
