#include "egress.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"

#include <algorithm>
#include <cctype>

namespace Stackyard {

namespace {

struct Endpoint
{
    Id id;
    Id vpc;
    std::string service;
    bool gateway = false;
    std::vector<Id> routeTables;
};

std::vector<Endpoint> endpointsOf(const Design &design)
{
    std::vector<Endpoint> out;
    const Json defaults = Catalog::builtin().defaultProperties("vpc-endpoint");
    for (const auto &[id, r] : design.resources) {
        if (r.kind != "vpc-endpoint")
            continue;
        Endpoint e{id, vpcOf(design, id),
                   r.stringProperty("service", defaults.value("service", std::string())),
                   r.stringProperty("endpointType", defaults.value("endpointType", std::string())) == "Gateway",
                   {}};
        if (auto rt = r.properties.find("routeTables"); rt != r.properties.end() && rt->is_array())
            for (const Json &t : *rt)
                if (t.is_string())
                    e.routeTables.push_back(t.get<std::string>());
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

RouteIndex::RouteIndex(const Design &design)
    : m_design(design)
{
    for (const auto &[id, table] : design.routeTables) {
        for (const Id &subnet : table.subnets)
            m_explicit.emplace(subnet, &table);
        if (table.isMain)
            m_mainByVpc.emplace(table.vpc, &table);
    }
}

const RouteTable *RouteIndex::tableOf(const Id &subnet) const
{
    if (auto it = m_explicit.find(subnet); it != m_explicit.end())
        return it->second;
    auto main = m_mainByVpc.find(vpcOf(m_design, subnet));
    return main == m_mainByVpc.end() ? nullptr : main->second;
}

const Route *RouteIndex::defaultRoute(const Id &subnet) const
{
    const RouteTable *table = tableOf(subnet);
    if (!table)
        return nullptr;
    for (const Route &route : table->routes)
        if (route.destination == "0.0.0.0/0" && m_design.resource(route.targetId))
            return &route;
    return nullptr;
}

std::string endpointServiceOf(const Resource &target)
{
    static const std::map<std::string, std::string, std::less<>> services{
        {"ecr-repository", "ecr.dkr"}, {"log-group", "logs"}, {"secret", "secretsmanager"},
        {"sns-topic", "sns"},          {"firehose", "firehose"}, {"s3-bucket", "s3"},
        {"ssm-parameter", "ssm"},      {"ecs-cluster", "ecs"},
    };
    auto it = services.find(target.kind);
    return it == services.end() ? std::string() : it->second;
}

EgressPaths traceEgress(const Design &design)
{
    EgressPaths paths;
    if (design.flows.empty())
        return paths;
    const RouteIndex routes(design);
    std::map<Id, std::vector<Endpoint>> endpointsByVpc;
    for (Endpoint &e : endpointsOf(design))
        endpointsByVpc[e.vpc].push_back(std::move(e));
    static const std::vector<Endpoint> noEndpoints;
    for (const auto &[flowId, flow] : design.flows) {
        const Resource *from = design.resource(flow.from);
        const Resource *to = design.resource(flow.to);
        if (!from || !to || flow.monthlyGb <= 0)
            continue;
        const Id vpc = vpcOf(design, from->id);
        if (vpc.empty() || vpcOf(design, to->id) == vpc)
            continue; // inbound from outside, or inside the VPC: no egress charge modelled
        const std::string service = endpointServiceOf(*to);
        const bool internet = to->kind == "internet";
        if (service.empty() && !internet)
            continue;
        const std::vector<Id> subnets = subnetsOf(design, *from);
        if (subnets.empty())
            continue;
        const double share = flow.monthlyGb / double(subnets.size());
        auto inVpc = endpointsByVpc.find(vpc);
        const std::vector<Endpoint> &endpoints = inVpc == endpointsByVpc.end() ? noEndpoints : inVpc->second;
        for (const Id &subnet : subnets) {
            const RouteTable *table = routes.tableOf(subnet);
            const Endpoint *via = nullptr;
            for (const Endpoint &e : endpoints) {
                if (e.service != service || service.empty())
                    continue;
                if (!e.gateway
                    || (table && std::find(e.routeTables.begin(), e.routeTables.end(), table->id) != e.routeTables.end())) {
                    via = &e;
                    break;
                }
            }
            if (via && via->gateway) {
                paths.viaGatewayEndpointGb += share;
                continue;
            }
            if (via) {
                paths.viaEndpoint[via->id].push_back({flowId, share});
                paths.awsServiceGbViaEndpoint += share;
                continue;
            }
            const Route *route = routes.defaultRoute(subnet);
            if (route && route->target == RouteTargetKind::NatGateway) {
                paths.viaNat[route->targetId].push_back({flowId, share});
                (internet ? paths.internetGbViaNat : paths.awsServiceGbViaNat) += share;
            } else if (route && route->target == RouteTargetKind::InternetGateway) {
                paths.directInternetGb += share;
            }
        }
    }
    return paths;
}

std::set<std::string> interfaceServicesNeeded(const Design &design)
{
    std::set<std::string> needed;
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "ecs-service") {
            const Json defaults = Catalog::builtin().defaultProperties("ecs-service");
            auto get = [&](const char *name) {
                auto it = r.properties.find(name);
                return it != r.properties.end() ? *it : defaults.value(name, Json());
            };
            const Json containers = get("containers");
            for (const Json &c : containers.is_array() ? containers : Json::array()) {
                if (!c.is_object())
                    continue;
                if (c.value("imageSource", std::string("ecr")) == "ecr")
                    needed.insert({"ecr.api", "ecr.dkr"});
                if (auto s = c.find("secrets"); s != c.end() && s->is_object() && !s->empty())
                    needed.insert("secretsmanager");
            }
            const Json driver = get("logDriver");
            if (driver == "awslogs")
                needed.insert("logs");
            const Json routes = get("logRoutes");
            if (driver != "awslogs" && routes.is_array())
                for (const Json &route : routes)
                    if (route.is_object()) {
                        const std::string dest = route.value("destination", std::string());
                        if (dest == "cloudwatch")
                            needed.insert("logs");
                        else if (dest == "firehose")
                            needed.insert("firehose");
                    }
            if (get("xray") == true)
                needed.insert("xray");
        }
    }
    for (const auto &[id, flow] : design.flows) {
        const Resource *from = design.resource(flow.from);
        const Resource *to = design.resource(flow.to);
        if (from && to && !vpcOf(design, from->id).empty())
            if (std::string s = endpointServiceOf(*to); !s.empty())
                needed.insert(s);
    }
    needed.erase("s3");
    needed.erase("dynamodb");
    return needed;
}

std::set<std::string> zonesOf(const Design &design, const std::vector<Id> &subnets)
{
    std::set<std::string> zones;
    for (const Id &id : subnets) {
        const Resource *subnet = design.resource(id);
        if (!subnet)
            continue;
        std::string az = subnet->stringProperty("availabilityZone", "a");
        // "us-east-1a" -> "a": keep what follows the last digit, when something does.
        auto lastDigit = std::find_if(az.rbegin(), az.rend(), [](unsigned char c) { return std::isdigit(c); });
        if (lastDigit != az.rbegin() && lastDigit != az.rend())
            az = std::string(lastDigit.base(), az.end());
        zones.insert(az);
    }
    return zones;
}

} // namespace Stackyard
