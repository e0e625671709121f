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
              alb->id + " sits in " + std::to_string(zones.size()) + " Availability Zone"
                  + (zones.size() == 1 ? " (" + *zones.begin() + ")" : std::string("s"))
                  + "; CloudFormation rejects an ALB with subnets in fewer than two zones",
              "add a public subnet of a second zone to the placement of " + alb->id, std::nullopt, "alb-peer-subnet");
    }
}

} // namespace Stackyard
