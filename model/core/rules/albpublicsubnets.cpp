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
            f.add(info(), {alb->id, vpc}, Text(STACKYARD_TEXT("internet-facing %1 is in %2, which has no internet gateway"), alb->id, vpc),
                  Text(STACKYARD_TEXT("add an internet gateway to %1 and route 0.0.0.0/0 of the ALB's subnets to it"), vpc));
            continue;
        }
        std::vector<TextArg> privateOnes;
        std::vector<Id> subjects{alb->id};
        for (const SubnetInfo *s : a.subnetsOf(*alb))
            if (!s->isPublic()) {
                privateOnes.emplace_back(Text(s->tier == SubnetTier::Public    ? STACKYARD_TEXT("%1 (public)")
                                              : s->tier == SubnetTier::Private ? STACKYARD_TEXT("%1 (private)")
                                                                               : STACKYARD_TEXT("%1 (isolated)"),
                                              s->id()));
                subjects.push_back(s->id());
            }
        if (!privateOnes.empty())
            f.add(info(), std::move(subjects),
                  Text(STACKYARD_TEXT("internet-facing %1 sits in %2, which have no 0.0.0.0/0 route to an internet gateway: "
                                      "clients cannot reach those nodes"),
                       alb->id, Text::list(std::move(privateOnes))),
                  Text(STACKYARD_TEXT("place %1 in public subnets (route 0.0.0.0/0 to the internet gateway)"), alb->id));
    }
}

} // namespace Stackyard
