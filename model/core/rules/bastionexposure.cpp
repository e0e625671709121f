#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(bastionExposure, BastionExposure, "bastion-exposure",
               "Bastions sit in private subnets, reached by Session Manager or an EC2 Instance Connect Endpoint",
               Pillar::Sec, Severity::Warning, "BAS-2", "rules/bastion-exposure.md")

void BastionExposure::check(const Analysis &a, Findings &f) const
{
    PacketPeer internet;
    internet.internet = true;
    for (const Resource *b : a.ofKind("bastion")) {
        const SubnetInfo *s = a.subnet(b->parent);
        if ((s && s->isPublic()) || a.props().other(*b).publicIp.orElse(false))
            f.add(info(), {b->id},
                  s && s->isPublic()
                      ? Text(STACKYARD_TEXT("%1 is a public bastion (public subnet %2), exposed to scans and brute force"), b->id, s->id())
                      : Text(STACKYARD_TEXT("%1 is a public bastion (public IP), exposed to scans and brute force"), b->id),
                  Text(STACKYARD_TEXT("move %1 to a private subnet without a public IP and reach it with Session Manager or an "
                                      "EC2 Instance Connect Endpoint"),
                       b->id));
        const PortSet ssh = a.securityRules().allowed(b->securityGroups, Direction::Ingress, Protocol::Tcp, internet);
        if (ssh.covers(PortRange::single(22)))
            f.add(info(), {b->id}, Text(STACKYARD_TEXT("%1 admits SSH (tcp/22) from public addresses"), b->id),
                  Text(STACKYARD_TEXT("remove the SSH rule from 0.0.0.0/0; use Session Manager, or admit tcp/22 from the EIC "
                                      "endpoint's security group only")));
    }
}

} // namespace Stackyard
