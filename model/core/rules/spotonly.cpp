#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(spotOnly, SpotOnly, "spot-only", "A production service keeps an on-demand base beside Fargate Spot",
               Pillar::Rel, Severity::Warning, "COST-3", "rules/spot-only.md")

void SpotOnly::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        if (a.props().service(*s).environment != "prod")
            continue;
        const Json &strategy = *a.props().service(*s).capacityProviderStrategy;
        if (!strategy.is_array() || strategy.empty())
            continue;
        bool onDemand = false;
        for (const Json &item : strategy)
            if (item.is_object() && item.value("capacityProvider", std::string()) == "FARGATE"
                && (item.value("base", 0) > 0 || item.value("weight", 0) > 0))
                onDemand = true;
        if (!onDemand)
            f.add(info(), {s->id},
                  Text(STACKYARD_TEXT("production service %1 runs only on Fargate Spot: an interruption (two minutes' notice) can "
                                      "stop every task at once"),
                       s->id),
                  Text(STACKYARD_TEXT("add FARGATE to the capacity provider strategy with a base (e.g. base 2, weight 1 against Spot 4)")));
    }
}

} // namespace Stackyard
