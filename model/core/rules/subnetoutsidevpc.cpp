#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(subnetOutsideVpc, SubnetOutsideVpc, "subnet-outside-vpc", "A subnet's CIDR lies inside its VPC's CIDR",
               Pillar::Rel, Severity::Error, "", "rules/subnet-outside-vpc.md")

void SubnetOutsideVpc::check(const Analysis &a, Findings &f) const
{
    for (const SubnetInfo &s : a.subnets()) {
        const Resource *vpc = a.resource(s.vpc);
        if (!s.cidr || !vpc || vpc->kind != "vpc")
            continue;
        const auto vpcCidr = Cidr::parse(a.props().network(*vpc).cidrBlock);
        if (!vpcCidr || vpcCidr->contains(*s.cidr))
            continue;
        f.add(info(), {s.id(), vpc->id},
              s.id() + " (" + s.cidr->toString() + ") is not inside " + vpc->id + " (" + vpcCidr->toString() + ")",
              "choose a CIDR block for " + s.id() + " within " + vpcCidr->toString());
    }
}

} // namespace Stackyard
