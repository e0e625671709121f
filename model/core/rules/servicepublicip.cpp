#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(servicePublicIp, ServicePublicIp, "service-public-ip", "Tasks do not get public IP addresses",
               Pillar::Sec, Severity::Warning, "SEC-13", "rules/service-public-ip.md")

void ServicePublicIp::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service"))
        if (a.props().service(*s).assignPublicIp.orElse(false))
            f.add(info(), {s->id}, Text(STACKYARD_TEXT("%1 gives every task a public IP address"), s->id),
                  Text(STACKYARD_TEXT("turn off assignPublicIp and give the private subnets a NAT gateway per zone or VPC endpoints")));
}

} // namespace Stackyard
