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
            f.add(info(), {s->id, alb->id}, s->id + " names target group \"" + name + "\", which " + alb->id + " does not have",
                  "add target group \"" + name + "\" to " + alb->id + " or pick one of its target groups");
            continue;
        }
        const std::string type = group->value("targetType", std::string("instance"));
        if (type != "ip" && a.props().service(*s).launchType == "FARGATE")
            f.add(info(), {alb->id, s->id},
                  "target group \"" + name + "\" of " + alb->id + " has target type " + type + "; Fargate tasks (awsvpc) "
                      "register by IP address",
                  "set targetType of \"" + name + "\" to ip");
    }
}

} // namespace Stackyard
