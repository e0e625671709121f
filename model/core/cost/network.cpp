// NAT gateways, interface endpoints and load balancers, with the public IPv4 addresses they hold.
#include "pricers.h"

#include "model/core/topology.h"
#include "usage.h"

namespace Stackyard {

namespace {

/// GB of the drawn flows through one NAT gateway or endpoint, plus the per-resource assumption.
double dataGb(const Pricer &p, const Resource &r, const std::map<Id, std::vector<EgressUse>> &paths,
              std::string_view usageName, Text &note)
{
    double flows = 0;
    std::string names;
    if (auto it = paths.find(r.id); it != paths.end())
        for (const EgressUse &use : it->second) {
            flows += use.gb;
            if (names.find(use.flow) == std::string::npos)
                names += (names.empty() ? "" : ", ") + use.flow;
        }
    const double extra = p.usage(&r, usageName);
    note = names.empty() ? Text(STACKYARD_TEXT("no flow with monthly GB passes here"))
                         : Text(STACKYARD_TEXT("%1 GB from flows %2"), formatNumber(flows), names);
    if (extra > 0 || usageIsSet(p.design(), &r, usageName))
        note = Text(STACKYARD_TEXT("%1 + %2 GB assumed (usage %3)"), std::move(note), formatNumber(extra), usageName);
    return flows + extra;
}

/// AZs of the subnets whose default route goes to this NAT gateway (a regional one spans them).
int zonesRoutingTo(const Pricer &p, const Resource &nat)
{
    std::vector<Id> subnets;
    for (const auto &[id, r] : p.design().resources) {
        if (r.kind != "subnet")
            continue;
        if (const RouteTable *table = routeTableOf(p.design(), id))
            for (const Route &route : table->routes)
                if (route.target == RouteTargetKind::NatGateway && route.targetId == nat.id)
                    subnets.push_back(id);
    }
    return int(zonesOf(p.design(), subnets).size());
}

} // namespace

void priceNatGateway(Pricer &p, const Resource &nat)
{
    const bool regional = p.text(nat, "availabilityMode") == "regional";
    const double zones = regional ? std::max(1, zonesRoutingTo(p, nat)) : 1;
    Text per = regional ? Text(STACKYARD_TEXT("%1 AZs (regional mode, billed per AZ in use) x 730 h"),
                               formatNumber(zones))
                        : Text(STACKYARD_TEXT("1 zonal NAT gateway x 730 h"));
    p.add(nat, "nat.hours", zones * kHoursPerMonth, "hours", "nat_gateway.hour", std::move(per));
    Text note;
    const double gb = dataGb(p, nat, p.egress().viaNat, "natDataGbPerMonth", note);
    p.add(nat, "nat.data-gb", gb, "GB", "nat_gateway.gb_processed", std::move(note));
    if (p.text(nat, "connectivityType") != "private" && p.flag(nat, "elasticIp"))
        p.add(nat, "public-ipv4.hours", zones * kHoursPerMonth, "address-hours", "public_ipv4.hour",
              Text(STACKYARD_TEXT("%1 Elastic IP x 730 h"), formatNumber(zones)));
}

void priceVpcEndpoint(Pricer &p, const Resource &endpoint)
{
    if (p.text(endpoint, "endpointType") == "Gateway")
        return; // S3 and DynamoDB gateway endpoints come at no additional charge (AWS_WKLD12)
    const int zones = p.zoneCount(endpoint);
    p.add(endpoint, "vpce-interface.hours", zones * kHoursPerMonth, "endpoint AZ-hours",
          "vpc_endpoint.interface.az_hour",
          Text(zones == 0 ? STACKYARD_TEXT("%1 in %2 AZs x 730 h (no subnets placed)")
                          : STACKYARD_TEXT("%1 in %2 AZs x 730 h"),
               p.text(endpoint, "service"), zones));
    Text note;
    const double gb = dataGb(p, endpoint, p.egress().viaEndpoint, "vpceDataGbPerMonth", note);
    p.add(endpoint, "vpce-interface.data-gb", gb, "GB", "vpc_endpoint.interface.gb_first_1pb",
          Text(STACKYARD_TEXT("%1; first-1-PB tier rate"), std::move(note)));
}

void priceAlb(Pricer &p, const Resource &alb)
{
    p.add(alb, "alb.hours", kHoursPerMonth, "hours", "alb.hour", Text(STACKYARD_TEXT("1 ALB x 730 h")));
    const double lcu = p.number(alb, "lcuPerHour");
    p.add(alb, "alb.lcu-hours", lcu * kHoursPerMonth, "LCU-hours", "alb.lcu_hour",
          Text(STACKYARD_TEXT("%1 LCU per hour (property lcuPerHour) x 730 h"), formatNumber(lcu)));
    if (p.text(alb, "scheme") == "internet-facing") {
        const int zones = p.zoneCount(alb);
        p.add(alb, "public-ipv4.hours", zones * kHoursPerMonth, "address-hours", "public_ipv4.hour",
              Text(STACKYARD_TEXT("internet-facing: 1 public IPv4 per AZ x %1 AZs x 730 h"), zones));
    }
}

} // namespace Stackyard
