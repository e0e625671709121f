#pragma once

#include "costestimate.h"
#include "model/core/design.h"

#include <vector>

namespace Stackyard {

/// How many of a service's tasks run on FARGATE (on-demand) and on FARGATE_SPOT.
struct TaskSplit
{
    double onDemand = 0;
    double spot = 0;
};

/// The strategy of an ecs-service's `capacityProviderStrategy` property (catalogue default when absent).
std::vector<CapacityShare> strategyOf(const Resource &service);

/// Splits `tasks` the way ECS does: each entry's base first, in order, then the rest by weight.
/// The weighted part is split proportionally (an average: ECS places whole tasks, so a given
/// moment may differ by one task). No strategy, or no weight left to share by: the rest runs on
/// the first entry's provider (FARGATE when there is none).
TaskSplit splitTasks(double tasks, const std::vector<CapacityShare> &strategy);

} // namespace Stackyard
