#include "analysis.h"

#include "awsfacts.h"

#include <algorithm>
#include <bit>
#include <cctype>

namespace Stackyard {

namespace {

long long ceilDiv(long long a, long long b) { return b <= 0 ? a : (a + b - 1) / b; }

} // namespace

std::string normaliseAz(std::string_view az)
{
    // "us-east-1a" -> "a"; a bare suffix or an AZ id ("use1-az1") stays as written.
    std::size_t i = az.size();
    while (i > 0 && std::isalpha(static_cast<unsigned char>(az[i - 1])))
        --i;
    if (i > 0 && i < az.size() && std::isdigit(static_cast<unsigned char>(az[i - 1]))
        && az.find('-') != std::string_view::npos && az.find("-az") == std::string_view::npos)
        return std::string(az.substr(i));
    return std::string(az);
}

Analysis::Analysis(const Design &design, Explain explain) : Analysis(design, explain, DesignScope::whole(design)) {}

Analysis::Analysis(const Design &design, Explain explain, DesignScope scope)
    : ScopeIndex(std::move(scope))
    , m_design(design)
    , m_explain(explain)
    , m_securityRules(std::make_unique<SecurityRules>(securityGroups()))
{
    for (const Resource *g : ofKind("internet-gateway")) // the first of a VPC's, in id order
        if (!g->parent.empty())
            m_igwByVpc.emplace(g->parent, g->id);
    m_props = std::make_unique<PropertyTable>(*this);
    analyseSubnets();
    collectInterfaces();
    m_reachability = computeReachability(*this);
    for (const Reachability &r : m_reachability)
        m_byPurpose[std::size_t(r.purpose)].push_back(&r);
}

Analysis::~Analysis() = default;

void Analysis::analyseSubnets()
{
    for (const Resource *v : ofKind("vpc")) {
        const NetworkProperties &p = m_props->network(*v);
        m_privateDns[v->id] = p.enableDnsSupport.orElse(true) && p.enableDnsHostnames.orElse(true);
    }
    std::unordered_map<Id, const RouteTable *> explicitTable;
    std::unordered_map<Id, const RouteTable *> mainTable;
    std::unordered_map<Id, std::vector<Id>> gatewayEndpointsByTable;
    for (const RouteTable *t : routeTables()) {
        const RouteTable &table = *t;
        for (const Id &s : table.subnets)
            explicitTable.emplace(s, &table);
        if (table.isMain)
            mainTable.emplace(table.vpc, &table);
        for (const Route &route : table.routes)
            if (route.target == RouteTargetKind::GatewayEndpoint && resource(route.targetId))
                gatewayEndpointsByTable[table.id].push_back(route.targetId);
    }
    for (const Resource *e : ofKind("vpc-endpoint")) {
        const EndpointProperties &p = m_props->endpoint(*e);
        if (p.endpointType != "Gateway") {
            const Id key = e->parent + '\n' + std::string(p.service);
            auto [it, inserted] = m_interfaceEndpoints.emplace(key, e);
            if (!inserted && !m_props->endpoint(*it->second).privateDnsEnabled.orElse(false) && p.privateDnsEnabled.orElse(false))
                it->second = e;
            continue;
        }
        const Json &tables = *p.routeTables;
        if (tables.is_array())
            for (const Json &t : tables)
                if (t.is_string())
                    gatewayEndpointsByTable[t.get<std::string>()].push_back(e->id);
    }

    const auto &subnets = ofKind("subnet");
    m_subnets.reserve(subnets.size());
    for (const Resource *s : subnets) {
        SubnetInfo info;
        info.subnet = s;
        info.vpc = s->parent;
        const NetworkProperties &p = m_props->network(*s);
        info.cidr = Cidr::parse(p.cidrBlock);
        info.az = normaliseAz(p.availabilityZone);
        if (auto it = explicitTable.find(s->id); it != explicitTable.end()) {
            info.routeTable = it->second;
            info.explicitAssociation = true;
        } else if (auto m = mainTable.find(info.vpc); m != mainTable.end()) {
            info.routeTable = m->second;
        }
        if (info.routeTable) {
            for (const Route &route : info.routeTable->routes) {
                if (route.destination != "0.0.0.0/0")
                    continue;
                const Resource *target = resource(route.targetId);
                if (route.target == RouteTargetKind::InternetGateway && target)
                    info.internetGateway = target->id;
                else if (route.target == RouteTargetKind::NatGateway && target)
                    info.natGateway = target->id;
                else if (route.target == RouteTargetKind::Blackhole)
                    info.defaultRouteBlackhole = true;
            }
            if (auto g = gatewayEndpointsByTable.find(info.routeTable->id); g != gatewayEndpointsByTable.end()) {
                info.gatewayEndpoints = g->second;
                std::sort(info.gatewayEndpoints.begin(), info.gatewayEndpoints.end());
                info.gatewayEndpoints.erase(std::unique(info.gatewayEndpoints.begin(), info.gatewayEndpoints.end()),
                                            info.gatewayEndpoints.end());
            }
        }
        info.tier = !info.internetGateway.empty() ? SubnetTier::Public
                    : !info.natGateway.empty()    ? SubnetTier::Private
                                                  : SubnetTier::Isolated;
        m_subnets.push_back(std::move(info));
    }
    m_subnetIndex.resize(std::bit_ceil(std::max<std::size_t>(2 * m_subnets.size(), 16)));
    const std::size_t mask = m_subnetIndex.size() - 1;
    for (std::size_t k = 0; k < m_subnets.size(); ++k) {
        const std::size_t hash = std::hash<std::string_view>()(m_subnets[k].id());
        std::size_t i = hash & mask;
        while (m_subnetIndex[i].index != std::string::npos)
            i = (i + 1) & mask;
        m_subnetIndex[i] = {hash, k};
    }
    for (const SubnetInfo &info : m_subnets)
        m_cidrIndex.add(info);
    m_cidrIndex.finish();

    // Every resource's subnets, once: rules and paths ask for the same resource's again and again.
    m_placedFrom.reserve(resources().size() + 1);
    for (const Resource *r : resources()) {
        m_placedFrom.push_back(std::uint32_t(m_placed.size()));
        if (!r->placement.empty()) {
            for (const Id &s : r->placement)
                if (const SubnetInfo *info = subnet(s))
                    m_placed.push_back(info);
        } else if (const SubnetInfo *info = subnet(r->parent)) {
            m_placed.push_back(info);
        }
    }
    m_placedFrom.push_back(std::uint32_t(m_placed.size()));
}

void Analysis::collectInterfaces()
{
    auto add = [this](const Resource &r, const Id &subnet, long long count, long long peak, const char *role) {
        if (!this->subnet(subnet))
            return;
        NetworkInterface nic;
        nic.owner = &r;
        nic.subnet = subnet;
        nic.securityGroups = role == std::string_view("nat") ? std::vector<Id>{} : r.securityGroups;
        nic.count = count;
        nic.peakCount = peak;
        nic.role = role;
        m_interfacesBySubnet[subnet].push_back(m_interfaces.size());
        m_interfaces.push_back(std::move(nic));
    };
    for (const Resource *resource : resources()) {
        const Resource &r = *resource;
        const long long spread = std::max<std::size_t>(r.placement.size(), 1);
        if (r.kind == "alb") {
            for (const Id &s : r.placement)
                add(r, s, Facts::kAlbFreeAddressesPerSubnet, Facts::kAlbFreeAddressesPerSubnet, "alb");
        } else if (r.kind == "ecs-service") {
            const ServiceProperties &p = m_props->service(r);
            const long long maxTasks = std::max(p.maxCount.orElse(0), p.desiredCount.orElse(0));
            const long long peak = ceilDiv(maxTasks * Facts::kDefaultMaximumPercent / 100, spread);
            for (const Id &s : r.placement)
                add(r, s, ceilDiv(maxTasks, spread), peak, "task");
        } else if (r.kind == "aurora-cluster") {
            const long long n = ceilDiv(std::max<long long>(m_props->aurora(r).instanceCount.orElse(1), 1), spread);
            for (const Id &s : r.placement)
                add(r, s, n, n, "aurora");
        } else if (r.kind == "vpc-endpoint") {
            if (m_props->endpoint(r).endpointType != "Gateway")
                for (const Id &s : r.placement)
                    add(r, s, 1, 1, "endpoint");
        } else if (r.kind == "nat-gateway") {
            if (m_props->nat(r).availabilityMode != "regional")
                add(r, r.parent, 1, 1, "nat");
        } else if (r.kind == "bastion" || r.kind == "eic-endpoint" || r.kind == "lambda") {
            add(r, r.parent, 1, 1, r.kind == "bastion" ? "bastion" : r.kind == "lambda" ? "lambda" : "eic");
        }
    }
}

const SubnetInfo *Analysis::subnet(const Id &id) const
{
    const std::size_t hash = std::hash<std::string_view>()(id);
    const std::size_t mask = m_subnetIndex.size() - 1;
    for (std::size_t i = hash & mask; m_subnetIndex[i].index != std::string::npos; i = (i + 1) & mask)
        if (m_subnetIndex[i].hash == hash && m_subnets[m_subnetIndex[i].index].id() == id)
            return &m_subnets[m_subnetIndex[i].index];
    return nullptr;
}

std::span<const SubnetInfo *const> Analysis::subnetsOf(const Resource &r) const
{
    const std::size_t k = positionOf(r);
    if (k == npos)
        return {};
    return std::span<const SubnetInfo *const>(m_placed.data() + m_placedFrom[k], m_placed.data() + m_placedFrom[k + 1]);
}

std::set<std::string> Analysis::zonesOf(const Resource &r) const
{
    std::set<std::string> zones;
    for (const SubnetInfo *s : subnetsOf(r))
        zones.insert(s->az);
    return zones;
}

Id Analysis::vpcOf(const Resource &r) const
{
    const Resource *cursor = &r;
    for (int depth = 0; cursor && depth < 64; ++depth) {
        if (cursor->kind == "vpc")
            return cursor->id;
        if (cursor->kind == "subnet")
            return cursor->parent;
        cursor = resource(cursor->parent);
    }
    for (const Id &s : r.placement)
        if (const SubnetInfo *info = subnet(s))
            return info->vpc;
    return {};
}

Id Analysis::internetGatewayOf(const Id &vpc) const
{
    auto it = m_igwByVpc.find(vpc);
    return it == m_igwByVpc.end() ? Id() : it->second;
}

const Resource *Analysis::interfaceEndpoint(const Id &vpc, std::string_view service) const
{
    auto it = m_interfaceEndpoints.find(vpc + '\n' + std::string(service));
    return it == m_interfaceEndpoints.end() ? nullptr : it->second;
}

bool Analysis::vpcHasPrivateDns(const Id &vpc) const
{
    auto it = m_privateDns.find(vpc);
    return it != m_privateDns.end() && it->second;
}

std::vector<const NetworkInterface *> Analysis::interfacesIn(const Id &subnet) const
{
    std::vector<const NetworkInterface *> result;
    if (auto it = m_interfacesBySubnet.find(subnet); it != m_interfacesBySubnet.end())
        for (std::size_t i : it->second)
            result.push_back(&m_interfaces[i]);
    return result;
}

PacketPeer Analysis::peerOf(const Resource &r) const
{
    PacketPeer peer;
    peer.securityGroups = r.kind == "nat-gateway" ? std::vector<Id>{} : r.securityGroups;
    peer.defaultSecurityGroup = peer.securityGroups.empty() && r.kind != "nat-gateway";
    for (const SubnetInfo *s : subnetsOf(r))
        if (s->cidr)
            peer.addresses.push_back(*s->cidr);
    return peer;
}

} // namespace Stackyard
