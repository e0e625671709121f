#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(servicePrivateSubnets, ServicePrivateSubnets, "service-private-subnets",
               "Application tasks run in private subnets", Pillar::Sec, Severity::Warning, "NET-2",
               "rules/service-private-subnets.md")

void ServicePrivateSubnets::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        std::vector<std::string> publicOnes;
        std::vector<Id> subjects{s->id};
        for (const SubnetInfo *sub : a.subnetsOf(*s))
            if (sub->isPublic()) {
                publicOnes.push_back(sub->id());
                subjects.push_back(sub->id());
            }
        if (!publicOnes.empty())
            f.add(info(), std::move(subjects),
                  Text(STACKYARD_TEXT("%1 runs tasks in public subnet(s) %2; application tasks belong in private subnets behind "
                                      "the ALB"),
                       s->id, Text::list(publicOnes)),
                  Text(STACKYARD_TEXT("place %1 in private subnets that reach the internet through NAT gateways or endpoints"), s->id));
    }
}

} // namespace Stackyard
