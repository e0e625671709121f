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
            f.add(info(), {nat->id}, Text(STACKYARD_TEXT("zonal NAT gateway %1 is not in a subnet"), nat->id),
                  Text(STACKYARD_TEXT("place %1 in a public subnet"), nat->id));
            continue;
        }
        if (!s->isPublic())
            f.add(info(), {nat->id, s->id()},
                  Text(STACKYARD_TEXT("%1 sits in %2, which has no 0.0.0.0/0 route to an internet gateway, so nothing routed "
                                      "through it reaches the internet"),
                       nat->id, s->id()),
                  Text(STACKYARD_TEXT("move %1 to a public subnet of zone %2"), nat->id, s->az));
        if (!a.props().nat(*nat).elasticIp.orElse(true))
            f.add(info(), {nat->id}, Text(STACKYARD_TEXT("public NAT gateway %1 has no Elastic IP; AWS requires one at creation"), nat->id),
                  Text(STACKYARD_TEXT("allocate an Elastic IP for %1"), nat->id));
    }
}

} // namespace Stackyard
