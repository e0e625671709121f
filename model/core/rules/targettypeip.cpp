#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(targetTypeIp, TargetTypeIp, "target-type-ip",
               "Target groups of Fargate services use target type ip and exist on their ALB", Pillar::Rel,
               Severity::Error, "", "rules/target-type-ip.md")

void TargetTypeIp::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        const Json &lb = *a.props().service(*s).loadBalancer;
        if (!lb.is_object())
            continue;
        const Resource *alb = a.resource(lb.value("alb", std::string()));
        if (!alb || alb->kind != "alb")
            continue;
        const std::string name = lb.value("targetGroup", std::string());
        const Json *group = RuleUtil::targetGroup(a, *alb, name);
        if (!group) {
            f.add(info(), {s->id, alb->id},
                  Text(STACKYARD_TEXT("%1 names target group \"%2\", which %3 does not have"), s->id, name, alb->id),
                  Text(STACKYARD_TEXT("add target group \"%1\" to %2 or pick one of its target groups"), name, alb->id));
            continue;
        }
        const std::string type = group->value("targetType", std::string("instance"));
        if (type != "ip" && a.props().service(*s).launchType == "FARGATE")
            f.add(info(), {alb->id, s->id},
                  Text(STACKYARD_TEXT("target group \"%1\" of %2 has target type %3; Fargate tasks (awsvpc) register by IP address"),
                       name, alb->id, type),
                  Text(STACKYARD_TEXT("set targetType of \"%1\" to ip"), name));
    }
}

} // namespace Stackyard
