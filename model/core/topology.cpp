#include "topology.h"

#include <algorithm>

namespace Stackyard {

std::string_view subnetTierName(SubnetTier t)
{
    switch (t) {
    case SubnetTier::Public: return "public";
    case SubnetTier::Private: return "private";
    case SubnetTier::Isolated: return "isolated";
    }
    return "isolated";
}

const RouteTable *routeTableOf(const Design &design, const Id &subnetId)
{
    const RouteTable *main = nullptr;
    const Id vpc = vpcOf(design, subnetId);
    for (const auto &[id, table] : design.routeTables) {
        if (std::find(table.subnets.begin(), table.subnets.end(), subnetId) != table.subnets.end())
            return &table;
        if (table.isMain && table.vpc == vpc && !main)
            main = &table;
    }
    return main;
}

SubnetTier subnetTier(const Design &design, const Id &subnetId)
{
    const RouteTable *table = routeTableOf(design, subnetId);
    if (!table)
        return SubnetTier::Isolated;
    bool nat = false;
    for (const Route &route : table->routes) {
        if (route.destination != "0.0.0.0/0")
            continue;
        if (route.target == RouteTargetKind::InternetGateway && design.resource(route.targetId))
            return SubnetTier::Public;
        if (route.target == RouteTargetKind::NatGateway && design.resource(route.targetId))
            nat = true;
    }
    return nat ? SubnetTier::Private : SubnetTier::Isolated;
}

Id vpcOf(const Design &design, const Id &resourceId)
{
    const Resource *r = design.resource(resourceId);
    // Bounded walk: the loader refuses containment cycles, but stay safe on a design being edited.
    for (int depth = 0; r && depth < 64; ++depth) {
        if (r->kind == "vpc")
            return r->id;
        r = design.resource(r->parent);
    }
    return {};
}

std::vector<Id> subnetsOf(const Design &design, const Resource &resource)
{
    if (!resource.placement.empty())
        return resource.placement;
    const Resource *parent = design.resource(resource.parent);
    if (parent && parent->kind == "subnet")
        return {parent->id};
    return {};
}

} // namespace Stackyard
