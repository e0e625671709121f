#include "fixutil.h"

#include "model/core/rules/fixes.h"

namespace Stackyard {

Design fixAlbPeerSubnet(const Design &design, const Finding &finding)
{
    const Analysis a(design);
    const Resource *alb = finding.subjects.empty() ? nullptr : a.resource(finding.subjects.front());
    if (!alb || alb->kind != "alb")
        return design;
    const Id vpc = a.vpcOf(*alb);
    const auto zones = a.zonesOf(*alb);
    Design d = design;
    Resource &target = d.resources[alb->id];
    // Prefer an existing public subnet of another zone; else create one in the next unused zone.
    for (const SubnetInfo &s : a.subnets())
        if (s.vpc == vpc && s.isPublic() && !zones.count(s.az)) {
            target.placement.push_back(s.id());
            return d;
        }
    std::string zone = "a";
    while (zones.count(zone))
        ++zone[0];
    target.placement.push_back(FixUtil::ensurePublicSubnet(d, a, vpc, zone));
    return d;
}

} // namespace Stackyard
