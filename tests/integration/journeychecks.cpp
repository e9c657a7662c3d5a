#include "journeychecks.h"

namespace JourneyChecks {
bool inOrder(const JourneyTracker::Journey &journey, QString *why)
{
    using Step = JourneyTracker::Step;
    const QList<Step> steps = journey.steps();
    if (steps.size() != JourneyTracker::StepCount || steps.constFirst() != Step::ProduceCall) {
        *why = QStringLiteral("the steps listed are not every step, from the produce call");
        return false;
    }
    qint64 previous = journey.sentHere ? -1 : journey.brokerTimestampMs;
    int consumerStep = -1;
    for (Step step : steps) {
        const qint64 at = journey.at(step);
        if (step >= Step::Fetched) {
            if (int(step) < consumerStep) {
                *why = QStringLiteral("step %1 is listed after step %2")
                           .arg(int(step))
                           .arg(consumerStep);
                return false;
            }
            consumerStep = int(step);
        }
        if (at < 0)
            continue;
        if (at < previous) {
            *why = QStringLiteral("step %1 at %2 is before the step listed before it, at %3")
                       .arg(int(step))
                       .arg(at)
                       .arg(previous);
            return false;
        }
        previous = at;
    }
    return true;
}
} // namespace JourneyChecks
