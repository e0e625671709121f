#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

namespace Stackyard {

STACKYARD_RULE(deregistrationDelay, DeregistrationDelay, "deregistration-delay",
               "Tasks stop gracefully: deregistration delay below the stop timeout, stop timeout within Fargate's cap",
               Pillar::Rel, Severity::Warning, "REL-5", "rules/deregistration-delay.md")

void DeregistrationDelay::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        long long stop = 0;
        for (const Json &c : RuleUtil::containers(a, *s)) {
            if (!c.is_object())
                continue;
            const long long t = c.value("stopTimeout", static_cast<long long>(Facts::kDefaultStopTimeout));
            if (t > Facts::kFargateMaxStopTimeout)
                f.add(info(), {s->id}, "container \"" + c.value("name", std::string()) + "\" of " + s->id
                                           + " has stopTimeout " + std::to_string(t) + " s; Fargate allows at most 120 s",
                      "set stopTimeout to 120 s or less", Severity::Error);
            stop = std::max(stop, t);
        }
        const Json &lb = *a.props().service(*s).loadBalancer;
        const Resource *alb = lb.is_object() ? a.resource(lb.value("alb", std::string())) : nullptr;
        if (!alb || alb->kind != "alb" || stop == 0)
            continue;
        const Json *group = RuleUtil::targetGroup(a, *alb, lb.value("targetGroup", std::string()));
        if (!group)
            continue;
        const long long delay = group->value("deregistrationDelay", static_cast<long long>(Facts::kDefaultDeregistrationDelay));
        if (delay >= stop)
            f.add(info(), {s->id, alb->id},
                  "target group \"" + group->value("name", std::string()) + "\" drains for " + std::to_string(delay)
                      + " s but " + s->id + " is killed " + std::to_string(stop)
                      + " s after SIGTERM: in-flight requests are cut off",
                  "set the deregistration delay below " + std::to_string(stop) + " s (or raise stopTimeout, up to 120 s)");
    }
}

} // namespace Stackyard
