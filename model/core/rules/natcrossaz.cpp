#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(natCrossAz, NatCrossAz, "nat-cross-az", "Private subnets use the NAT gateway of their own zone",
               Pillar::Rel, Severity::Warning, "SEC-13", "rules/nat-cross-az.md")

void NatCrossAz::check(const Analysis &a, Findings &f) const
{
    for (const SubnetInfo &s : a.subnets()) {
        if (s.natGateway.empty())
            continue;
        const Resource *nat = a.resource(s.natGateway);
        if (a.props().nat(*nat).availabilityMode == "regional")
            continue;
        const SubnetInfo *natSubnet = a.subnet(nat->parent);
        if (!natSubnet || natSubnet->az == s.az)
            continue;
        f.add(info(), {s.id(), nat->id},
              Text(STACKYARD_TEXT("%1 (zone %2) sends internet traffic through %3 in zone %4: if that zone fails, %1 loses "
                                  "egress, and cross-zone data is billed"),
                   s.id(), s.az, nat->id, natSubnet->az),
              Text(STACKYARD_TEXT("add a NAT gateway in a public subnet of zone %1 and route %2 to it"), s.az, s.id()),
              std::nullopt, "add-nat-per-az");
    }
}

} // namespace Stackyard
