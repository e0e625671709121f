#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(albPublicSubnets, AlbPublicSubnets, "alb-public-subnets",
               "An internet-facing ALB sits in public subnets of a VPC with an internet gateway", Pillar::Rel,
               Severity::Error, "NET-1", "rules/alb-public-subnets.md")

void AlbPublicSubnets::check(const Analysis &a, Findings &f) const
{
    for (const Resource *alb : a.ofKind("alb")) {
        if (a.props().alb(*alb).scheme != "internet-facing")
            continue;
        const Id vpc = a.vpcOf(*alb);
        if (a.internetGatewayOf(vpc).empty()) {
            f.add(info(), {alb->id, vpc}, "internet-facing " + alb->id + " is in " + vpc + ", which has no internet gateway",
                  "add an internet gateway to " + vpc + " and route 0.0.0.0/0 of the ALB's subnets to it");
            continue;
        }
        std::vector<std::string> privateOnes;
        std::vector<Id> subjects{alb->id};
        for (const SubnetInfo *s : a.subnetsOf(*alb))
            if (!s->isPublic()) {
                privateOnes.push_back(s->id() + " (" + std::string(subnetTierName(s->tier)) + ")");
                subjects.push_back(s->id());
            }
        if (!privateOnes.empty())
            f.add(info(), std::move(subjects),
                  "internet-facing " + alb->id + " sits in " + RuleUtil::join(privateOnes)
                      + ", which have no 0.0.0.0/0 route to an internet gateway: clients cannot reach those nodes",
                  "place " + alb->id + " in public subnets (route 0.0.0.0/0 to the internet gateway)");
    }
}

} // namespace Stackyard
