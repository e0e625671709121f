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
              s.id() + " (zone " + s.az + ") sends internet traffic through " + nat->id + " in zone " + natSubnet->az
                  + ": if that zone fails, " + s.id() + " loses egress, and cross-zone data is billed",
              "add a NAT gateway in a public subnet of zone " + s.az + " and route " + s.id() + " to it", std::nullopt,
              "add-nat-per-az");
    }
}

} // namespace Stackyard
