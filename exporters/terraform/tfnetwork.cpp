#include "tfcontext.h"

#include "model/core/topology.h"

#include <algorithm>

namespace Stackyard {

namespace {

std::string igwOf(TfContext &tx, const Id &vpc)
{
    for (const auto &[id, r] : tx.design().resources)
        if (r.kind == "internet-gateway" && vpcOf(tx.design(), id) == vpc)
            return "aws_internet_gateway." + tx.name(id);
    return {};
}

void vpcsAndSubnets(TfContext &tx)
{
    const Design &d = tx.design();
    for (const auto &[id, r] : d.resources)
        if (r.kind == "vpc")
            tx.resource("aws_vpc", tx.name(id),
                        {{"cidr_block", r.stringProperty("cidrBlock", "10.0.0.0/16")},
                         {"enable_dns_support", r.boolProperty("enableDnsSupport", true)},
                         {"enable_dns_hostnames", r.boolProperty("enableDnsHostnames", true)},
                         {"tags", tx.tags(r)}});
    for (const auto &[id, r] : d.resources)
        if (r.kind == "subnet")
            tx.resource("aws_subnet", tx.name(id),
                        {{"vpc_id", tx.refOrVariable(vpcOf(d, id), "id", id, "vpc_id")},
                         {"cidr_block", r.stringProperty("cidrBlock")},
                         {"availability_zone", tx.availabilityZone(r.stringProperty("availabilityZone", "a"))},
                         {"map_public_ip_on_launch", r.boolProperty("mapPublicIpOnLaunch")},
                         {"tags", tx.tags(r)}});
}

void gateways(TfContext &tx)
{
    const Design &d = tx.design();
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "internet-gateway")
            continue;
        HclBody body = OJson::object();
        if (const std::string vpc = tx.ref(vpcOf(d, id)); !vpc.empty())
            body["vpc_id"] = hclExpr(vpc);
        body["tags"] = tx.tags(r);
        tx.resource("aws_internet_gateway", tx.name(id), body);
    }
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "nat-gateway")
            continue;
        const bool isPublic = r.stringProperty("connectivityType", "public") == "public";
        const bool regional = r.stringProperty("availabilityMode", "zonal") == "regional";
        const Id vpc = vpcOf(d, id);
        HclBody body = OJson::object();
        std::string eip;
        if (isPublic && r.boolProperty("elasticIp", true) && !regional) {
            eip = tx.name(id, "eip");
            HclBody e{{"domain", "vpc"}, {"tags", tx.tags(r.name + " address", id)}};
            if (const std::string igw = igwOf(tx, vpc); !igw.empty())
                e["depends_on"] = hclExpr("[" + igw + "]");
            tx.resource("aws_eip", eip, e);
            body["allocation_id"] = hclExpr("aws_eip." + eip + ".id");
        }
        body["connectivity_type"] = isPublic ? "public" : "private";
        if (regional) {
            body["availability_mode"] = "regional";
            body["vpc_id"] = hclExpr(tx.ref(vpc));
        } else {
            body["subnet_id"] = hclExpr(tx.ref(r.parent));
        }
        body["tags"] = tx.tags(r);
        tx.resource("aws_nat_gateway", tx.name(id), body);
    }
}

void routeTables(TfContext &tx)
{
    const Design &d = tx.design();
    for (const auto &[id, table] : d.routeTables) {
        tx.resource("aws_route_table", tx.name(id),
                    {{"vpc_id", tx.refOrVariable(table.vpc, "id", id, "vpc_id")}, {"tags", tx.tags(table.name.empty() ? id : table.name, id)}});
        for (const Route &route : table.routes) {
            if (route.target == RouteTargetKind::Local || route.target == RouteTargetKind::GatewayEndpoint)
                continue;
            if (route.target == RouteTargetKind::Blackhole) {
                tx.warn(id, "blackhole route to " + route.destination + " is not exported");
                continue;
            }
            const std::string target = tx.ref(route.targetId);
            if (target.empty()) {
                tx.warn(id, "route to " + route.destination + " targets unknown '" + route.targetId + "'; not exported");
                continue;
            }
            HclBody body{{"route_table_id", hclExpr(tx.ref(id))}};
            if (route.destination.rfind("pl-", 0) == 0)
                body["destination_prefix_list_id"] = route.destination;
            else
                body["destination_cidr_block"] = route.destination;
            body[route.target == RouteTargetKind::InternetGateway ? "gateway_id" : "nat_gateway_id"] = hclExpr(target);
            tx.resource("aws_route", tx.name(id, route.destination == "0.0.0.0/0" ? "default_route" : "route-" + route.destination), body);
        }
    }
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "subnet")
            continue;
        if (const RouteTable *table = routeTableOf(d, id))
            tx.resource("aws_route_table_association", tx.name(id, "route_table_association"),
                        {{"subnet_id", hclExpr(tx.ref(id))}, {"route_table_id", hclExpr(tx.ref(table->id))}});
    }
}

void endpoints(TfContext &tx)
{
    const Design &d = tx.design();
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "vpc-endpoint")
            continue;
        const bool gateway = r.stringProperty("endpointType", "Interface") == "Gateway";
        HclBody body{{"vpc_id", tx.refOrVariable(vpcOf(d, id), "id", id, "vpc_id")},
                     {"service_name", hclTemplate("com.amazonaws.${var.region}." + r.stringProperty("service"))},
                     {"vpc_endpoint_type", gateway ? "Gateway" : "Interface"}};
        if (gateway) {
            std::vector<Id> tables;
            for (const Json &t : listMember(r.properties, "routeTables"))
                if (t.is_string())
                    tables.push_back(t.get<std::string>());
            for (const auto &[tid, table] : d.routeTables)
                for (const Route &route : table.routes)
                    if (route.target == RouteTargetKind::GatewayEndpoint && route.targetId == id
                        && std::find(tables.begin(), tables.end(), tid) == tables.end())
                        tables.push_back(tid);
            body["route_table_ids"] = tx.refs(tables);
        } else {
            body["subnet_ids"] = tx.refs(subnetsOf(d, r));
            body["security_group_ids"] = tx.refs(r.securityGroups);
            body["private_dns_enabled"] = r.boolProperty("privateDnsEnabled", true);
        }
        body["tags"] = tx.tags(r);
        tx.resource("aws_vpc_endpoint", tx.name(id), body);
    }
}

} // namespace

void tfNetwork(TfContext &tx)
{
    vpcsAndSubnets(tx);
    gateways(tx);
    routeTables(tx);
    endpoints(tx);
}

} // namespace Stackyard
