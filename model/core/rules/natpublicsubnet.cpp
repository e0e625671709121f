#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(natPublicSubnet, NatPublicSubnet, "nat-public-subnet",
               "A public zonal NAT gateway sits in a public subnet with an Elastic IP", Pillar::Sec, Severity::Error,
               "SEC-13", "rules/nat-public-subnet.md")

void NatPublicSubnet::check(const Analysis &a, Findings &f) const
{
    for (const Resource *nat : a.ofKind("nat-gateway")) {
        if (a.props().nat(*nat).availabilityMode == "regional" || a.props().nat(*nat).connectivityType == "private")
            continue;
        const SubnetInfo *s = a.subnet(nat->parent);
        if (!s) {
            f.add(info(), {nat->id}, "zonal NAT gateway " + nat->id + " is not in a subnet",
                  "place " + nat->id + " in a public subnet");
            continue;
        }
        if (!s->isPublic())
            f.add(info(), {nat->id, s->id()},
                  nat->id + " sits in " + s->id() + ", which has no 0.0.0.0/0 route to an internet gateway, so nothing "
                      "routed through it reaches the internet",
                  "move " + nat->id + " to a public subnet of zone " + s->az);
        if (!a.props().nat(*nat).elasticIp.orElse(true))
            f.add(info(), {nat->id}, "public NAT gateway " + nat->id + " has no Elastic IP; AWS requires one at creation",
                  "allocate an Elastic IP for " + nat->id);
    }
}

} // namespace Stackyard
