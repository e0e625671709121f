#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(albTwoAzs, AlbTwoAzs, "alb-two-azs", "An ALB spans at least two Availability Zones", Pillar::Rel,
               Severity::Error, "NET-1", "rules/alb-two-azs.md")

void AlbTwoAzs::check(const Analysis &a, Findings &f) const
{
    for (const Resource *alb : a.ofKind("alb")) {
        const auto zones = a.zonesOf(*alb);
        if (zones.size() >= 2)
            continue;
        f.add(info(), {alb->id},
              zones.size() == 1
                  ? Text(STACKYARD_TEXT("%1 sits in 1 Availability Zone (%2); CloudFormation rejects an ALB with subnets in "
                                        "fewer than two zones"),
                         alb->id, *zones.begin())
                  : Text(STACKYARD_TEXT("%1 sits in %2 Availability Zones; CloudFormation rejects an ALB with subnets in fewer "
                                        "than two zones"),
                         alb->id, zones.size()),
              Text(STACKYARD_TEXT("add a public subnet of a second zone to the placement of %1"), alb->id), std::nullopt,
              "alb-peer-subnet");
    }
}

} // namespace Stackyard
