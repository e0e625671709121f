#include "design.h"

namespace Stackyard {

std::string Resource::stringProperty(std::string_view name, std::string_view fallback) const
{
    auto it = properties.find(name);
    if (it != properties.end() && it->is_string())
        return it->get<std::string>();
    return std::string(fallback);
}

long long Resource::intProperty(std::string_view name, long long fallback) const
{
    auto it = properties.find(name);
    if (it != properties.end() && it->is_number())
        return it->get<long long>();
    return fallback;
}

bool Resource::boolProperty(std::string_view name, bool fallback) const
{
    auto it = properties.find(name);
    if (it != properties.end() && it->is_boolean())
        return it->get<bool>();
    return fallback;
}

std::string_view peerKindName(PeerKind k)
{
    switch (k) {
    case PeerKind::Cidr: return "cidr";
    case PeerKind::SecurityGroup: return "sg";
    case PeerKind::PrefixList: return "prefix-list";
    }
    return "cidr";
}

std::string_view routeTargetName(RouteTargetKind k)
{
    switch (k) {
    case RouteTargetKind::Local: return "local";
    case RouteTargetKind::InternetGateway: return "igw";
    case RouteTargetKind::NatGateway: return "nat";
    case RouteTargetKind::GatewayEndpoint: return "gateway-endpoint";
    case RouteTargetKind::Blackhole: return "blackhole";
    }
    return "local";
}

namespace {
template<typename Map>
auto *findIn(Map &map, const Id &id)
{
    auto it = map.find(id);
    return it == map.end() ? nullptr : &it->second;
}
} // namespace

const Resource *Design::resource(const Id &id) const { return findIn(resources, id); }
Resource *Design::resource(const Id &id) { return findIn(resources, id); }
const SecurityGroup *Design::securityGroup(const Id &id) const { return findIn(securityGroups, id); }
const RouteTable *Design::routeTable(const Id &id) const { return findIn(routeTables, id); }
const Flow *Design::flow(const Id &id) const { return findIn(flows, id); }

bool Design::containsId(const Id &id) const
{
    return resources.count(id) || securityGroups.count(id) || routeTables.count(id) || flows.count(id);
}

Id Design::uniqueId(std::string_view stem) const
{
    Id base(stem.empty() ? std::string_view("item") : stem);
    if (!containsId(base))
        return base;
    for (int n = 2;; ++n) {
        Id candidate = base + '-' + std::to_string(n);
        if (!containsId(candidate))
            return candidate;
    }
}

std::vector<const Resource *> Design::children(const Id &id) const
{
    std::vector<const Resource *> result;
    for (const auto &[rid, r] : resources)
        if (r.parent == id)
            result.push_back(&r);
    return result;
}

std::size_t Design::objectCount() const
{
    return resources.size() + securityGroups.size() + routeTables.size() + flows.size();
}

} // namespace Stackyard
