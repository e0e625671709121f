#include "capacitysplit.h"

#include "model/core/catalog.h"

#include <algorithm>

namespace Stackyard {

std::vector<CapacityShare> strategyOf(const Resource &service)
{
    auto it = service.properties.find("capacityProviderStrategy");
    Json list;
    if (it != service.properties.end() && it->is_array())
        list = *it;
    else
        list = Catalog::builtin().defaultProperties("ecs-service").value("capacityProviderStrategy", Json::array());
    std::vector<CapacityShare> out;
    for (const Json &e : list) {
        if (!e.is_object())
            continue;
        CapacityShare share;
        share.provider = e.value("capacityProvider", std::string("FARGATE"));
        share.base = e.value("base", 0.0);
        share.weight = e.value("weight", 0.0);
        out.push_back(share);
    }
    return out;
}

TaskSplit splitTasks(double tasks, const std::vector<CapacityShare> &strategy)
{
    TaskSplit split;
    auto assign = [&split](const std::string &provider, double n) {
        (provider == "FARGATE_SPOT" ? split.spot : split.onDemand) += n;
    };
    double remaining = std::max(0.0, tasks);
    double totalWeight = 0;
    for (const CapacityShare &share : strategy) {
        const double base = std::min(std::max(0.0, share.base), remaining);
        assign(share.provider, base);
        remaining -= base;
        totalWeight += std::max(0.0, share.weight);
    }
    if (remaining <= 0)
        return split;
    if (totalWeight <= 0) {
        assign(strategy.empty() ? std::string("FARGATE") : strategy.front().provider, remaining);
        return split;
    }
    for (const CapacityShare &share : strategy)
        assign(share.provider, remaining * std::max(0.0, share.weight) / totalWeight);
    return split;
}

} // namespace Stackyard
