#include "propertytable.h"

#include "analysis.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>

namespace Stackyard {

namespace {

std::string_view text(const Json &v)
{
    return v.is_string() ? std::string_view(v.get_ref<const std::string &>()) : std::string_view();
}

NumberProperty number(const Json &v)
{
    return v.is_number() ? NumberProperty{v.get<long long>(), true} : NumberProperty{};
}

FlagProperty flag(const Json &v)
{
    return v.is_boolean() ? FlagProperty{static_cast<signed char>(v.get<bool>() ? 1 : 0)} : FlagProperty{};
}

const Json kNull;

/// The values of a kind's most read properties, found in one ordered walk of a resource's
/// properties (both sorted by name) instead of one search from the root per name; an absent
/// property gives the catalogue default, as Analysis::property does.
template <std::size_t N>
class Fields
{
public:
    Fields(std::string_view kind, const std::array<std::string_view, N> &names) : m_names(names)
    {
        assert(std::is_sorted(names.begin(), names.end()));
        const KindSpec *spec = Catalog::builtin().kind(kind);
        for (std::size_t i = 0; i < N; ++i) {
            const PropertySpec *property = spec ? spec->property(names[i]) : nullptr;
            m_defaults[i] = property ? &property->defaultValue : &kNull;
        }
    }

    std::array<const Json *, N> of(const Resource &r) const
    {
        std::array<const Json *, N> values = m_defaults;
        if (!r.properties.is_object())
            return values;
        const auto &object = r.properties.get_ref<const Json::object_t &>();
        auto it = object.begin();
        for (std::size_t i = 0; i < N && it != object.end(); ++i) {
            while (it != object.end() && std::string_view(it->first) < m_names[i])
                ++it;
            if (it != object.end() && it->first == m_names[i])
                values[i] = &it->second;
        }
        return values;
    }

private:
    std::array<std::string_view, N> m_names;
    std::array<const Json *, N> m_defaults;
};

} // namespace

PropertyTable::PropertyTable(const Analysis &a)
{
    std::size_t count = 0;
    for (const char *kind : {"ecs-service", "alb", "aurora-cluster", "vpc-endpoint", "nat-gateway", "vpc", "subnet",
                             "bastion", "waf-web-acl", "subscription-filter", "lambda", "ssm-parameter", "ecr-repository"})
        count += a.ofKind(kind).size();
    for (const RouteTable *table : a.routeTables())
        count += table->routes.size(); // a route's target may need a record of another group
    m_table.resize(std::bit_ceil(std::max<std::size_t>(2 * count, 16)));
    m_shift = unsigned(64 - std::countr_zero(m_table.size()));
    // Record 0 of every group answers a lookup that finds nothing (asserted against): all unset.
    m_services.push_back({{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, &kNull, &kNull, &kNull, &kNull, &kNull});
    m_albs.push_back({{}, &kNull, &kNull});
    m_auroras.push_back({{}, {}, {}, {}, {}, &kNull});
    m_endpoints.push_back({{}, {}, {}, &kNull});
    m_nats.push_back({});
    m_networks.push_back({});
    m_others.push_back({{}, {}, {}, {}, {}, {}, {}, {}, &kNull});

    {
        enum { AssignPublicIp, CapacityProviderStrategy, Cluster, Containers, Cpu, DesiredCount, Environment,
               LaunchType, LoadBalancer, LogDriver, LogGroup, LogRoutes, MaxCount, Memory, Xray };
        const Fields<15> fields("ecs-service", {"assignPublicIp", "capacityProviderStrategy", "cluster", "containers", "cpu",
                                                "desiredCount", "environment", "launchType", "loadBalancer", "logDriver",
                                                "logGroup", "logRoutes", "maxCount", "memory", "xray"});
        m_services.reserve(a.ofKind("ecs-service").size() + 1);
        for (const Resource *r : a.ofKind("ecs-service")) {
            const auto v = fields.of(*r);
            index(r, Group::Service, m_services.size());
            m_services.push_back({text(*v[LaunchType]), text(*v[Environment]), text(*v[Cluster]), text(*v[LogGroup]),
                                  number(*v[Cpu]), number(*v[Memory]), number(*v[MaxCount]), number(*v[DesiredCount]),
                                  flag(*v[AssignPublicIp]), flag(*v[Xray]), v[Containers], v[LoadBalancer],
                                  v[CapacityProviderStrategy], v[LogDriver], v[LogRoutes]});
        }
    }
    {
        enum { Listeners, Scheme, TargetGroups };
        const Fields<3> fields("alb", {"listeners", "scheme", "targetGroups"});
        for (const Resource *r : a.ofKind("alb")) {
            const auto v = fields.of(*r);
            index(r, Group::Alb, m_albs.size());
            m_albs.push_back({text(*v[Scheme]), v[Listeners], v[TargetGroups]});
        }
    }
    {
        enum { InstanceCount, ManageMasterUserPassword, Port, PubliclyAccessible, StorageEncrypted };
        const Fields<5> fields("aurora-cluster", {"instanceCount", "manageMasterUserPassword", "port", "publiclyAccessible",
                                                  "storageEncrypted"});
        for (const Resource *r : a.ofKind("aurora-cluster")) {
            const auto v = fields.of(*r);
            index(r, Group::Aurora, m_auroras.size());
            m_auroras.push_back({number(*v[Port]), number(*v[InstanceCount]), flag(*v[StorageEncrypted]),
                                 flag(*v[PubliclyAccessible]), flag(*v[ManageMasterUserPassword]), v[Port]});
        }
    }
    {
        enum { CidrBlock, EnableDnsHostnames, EnableDnsSupport };
        const Fields<3> fields("vpc", {"cidrBlock", "enableDnsHostnames", "enableDnsSupport"});
        for (const Resource *r : a.ofKind("vpc")) {
            const auto v = fields.of(*r);
            index(r, Group::Network, m_networks.size());
            m_networks.push_back({text(*v[CidrBlock]), {}, flag(*v[EnableDnsSupport]), flag(*v[EnableDnsHostnames])});
        }
    }
    {
        enum { AvailabilityZone, CidrBlock };
        const Fields<2> fields("subnet", {"availabilityZone", "cidrBlock"});
        m_networks.reserve(m_networks.size() + a.ofKind("subnet").size());
        for (const Resource *r : a.ofKind("subnet")) {
            const auto v = fields.of(*r);
            index(r, Group::Network, m_networks.size());
            m_networks.push_back({text(*v[CidrBlock]), text(*v[AvailabilityZone]), {}, {}});
        }
    }
    // Properties of the few other kinds: looked up by name.
    const auto p = [&a](const Resource *r, std::string_view name) -> const Json & { return a.property(*r, name); };
    const auto addEndpoint = [&](const Resource *r) {
        index(r, Group::Endpoint, m_endpoints.size());
        m_endpoints.push_back({text(p(r, "endpointType")), text(p(r, "service")), flag(p(r, "privateDnsEnabled")),
                               &p(r, "routeTables")});
    };
    const auto addNat = [&](const Resource *r) {
        index(r, Group::Nat, m_nats.size());
        m_nats.push_back({text(p(r, "availabilityMode")), text(p(r, "connectivityType")), flag(p(r, "elasticIp"))});
    };
    for (const Resource *r : a.ofKind("vpc-endpoint"))
        addEndpoint(r);
    for (const Resource *r : a.ofKind("nat-gateway"))
        addNat(r);
    // A route may name a resource of another kind as its NAT gateway or gateway endpoint; the
    // path checks read it as one, so it gets that record too.
    for (const RouteTable *table : a.routeTables())
        for (const Route &route : table->routes) {
            const Resource *r = a.resource(route.targetId);
            if (!r)
                continue;
            if (route.target == RouteTargetKind::NatGateway && r->kind != "nat-gateway" && !find(r, Group::Nat))
                addNat(r);
            else if (route.target == RouteTargetKind::GatewayEndpoint && r->kind != "vpc-endpoint" && !find(r, Group::Endpoint))
                addEndpoint(r);
        }
    // Only the properties each of these kinds is read for; the rest stay "" (or unset).
    for (const Resource *r : a.ofKind("bastion")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({{}, {}, {}, {}, {}, {}, flag(p(r, "publicIp")), {}, &kNull});
    }
    for (const Resource *r : a.ofKind("waf-web-acl")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({text(p(r, "associatedWith")), {}, {}, {}, {}, {}, {}, {}, &kNull});
    }
    for (const Resource *r : a.ofKind("subscription-filter")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({{}, text(p(r, "logGroup")), text(p(r, "destination")), {}, {}, {}, {}, {}, &kNull});
    }
    for (const Resource *r : a.ofKind("lambda")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({{}, {}, {}, text(p(r, "topic")), {}, {}, {}, {}, &kNull});
    }
    for (const Resource *r : a.ofKind("ssm-parameter")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({{}, {}, {}, {}, text(p(r, "parameterType")), {}, {}, {}, &kNull});
    }
    for (const Resource *r : a.ofKind("ecr-repository")) {
        index(r, Group::Other, m_others.size());
        m_others.push_back({{}, {}, {}, {}, {}, text(p(r, "tagMutability")), {}, flag(p(r, "scanOnPush")),
                            &p(r, "lifecycleRules")});
    }
}

std::size_t PropertyTable::bucket(const Resource *r) const
{
    // Fibonacci hashing of the address: its top bits index the table.
    return std::size_t((reinterpret_cast<std::uintptr_t>(r) * 0x9E3779B97F4A7C15ull) >> m_shift);
}

void PropertyTable::index(const Resource *r, Group group, std::size_t slot)
{
    const std::size_t mask = m_table.size() - 1;
    std::size_t i = bucket(r);
    while (m_table[i].resource)
        i = (i + 1) & mask;
    m_table[i] = {r, std::uint32_t(slot), group};
}

const PropertyTable::Entry *PropertyTable::find(const Resource *r, Group group) const
{
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t i = bucket(r); m_table[i].resource; i = (i + 1) & mask)
        if (m_table[i].resource == r && m_table[i].group == group)
            return &m_table[i];
    return nullptr;
}

std::uint32_t PropertyTable::slot(const Resource &r, Group group) const
{
    const Entry *e = find(&r, group);
    assert(e && "no property record of this group for the resource");
    return e ? e->slot : 0;
}

} // namespace Stackyard
