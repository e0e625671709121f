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
              Text(STACKYARD_TEXT("%1 (%2) is not inside %3 (%4)"), s.id(), s.cidr->toString(), vpc->id, vpcCidr->toString()),
              Text(STACKYARD_TEXT("choose a CIDR block for %1 within %2"), s.id(), vpcCidr->toString()));
    }
}

} // namespace Stackyard
