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
                f.add(info(), {s->id},
                      Text(STACKYARD_TEXT("container \"%1\" of %2 has stopTimeout %3 s; Fargate allows at most 120 s"),
                           c.value("name", std::string()), s->id, t),
                      Text(STACKYARD_TEXT("set stopTimeout to 120 s or less")), Severity::Error);
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
                  Text(STACKYARD_TEXT("target group \"%1\" drains for %2 s but %3 is killed %4 s after SIGTERM: in-flight "
                                      "requests are cut off"),
                       group->value("name", std::string()), delay, s->id, stop),
                  Text(STACKYARD_TEXT("set the deregistration delay below %1 s (or raise stopTimeout, up to 120 s)"), stop));
    }
}

} // namespace Stackyard
