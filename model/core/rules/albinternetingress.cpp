#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(albInternetIngress, AlbInternetIngress, "alb-internet-ingress",
               "Clients reach every listener of an internet-facing ALB", Pillar::Rel, Severity::Error, "NET-1",
               "rules/alb-internet-ingress.md")

void AlbInternetIngress::check(const Analysis &a, Findings &f) const
{
    for (const Reachability *result : a.reachabilityOf(Reachability::Purpose::InternetToAlb)) {
        const Reachability &r = *result;
        if (r.allowed)
            continue;
        const Resource *alb = a.resource(r.to);
        // Placement problems are alb-public-subnets' findings; this rule speaks of the rest.
        bool placementOk = !a.internetGatewayOf(a.vpcOf(*alb)).empty();
        for (const SubnetInfo *s : a.subnetsOf(*alb))
            placementOk = placementOk && s->isPublic();
        if (!placementOk)
            continue;
        f.add(info(), {alb->id, r.blocking},
              Text(STACKYARD_TEXT("clients cannot reach listener %1 of %2: %3"), trafficText(r.protocol, r.ports), alb->id,
                   r.summaryText()),
              r.fix);
    }
}

} // namespace Stackyard
