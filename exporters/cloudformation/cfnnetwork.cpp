#include "cfncontext.h"

#include "model/core/topology.h"

#include <algorithm>
#include <unordered_map>

namespace Stackyard {

namespace {

/// The logical ID of the IGW attachment of a VPC, or "" when the VPC has no internet gateway.
std::string attachmentOf(CfnContext &cx, const Id &vpc)
{
    const Id *igw = cx.internetGatewayOf(vpc);
    return igw ? cx.id(*igw, "Attachment") : std::string();
}

void vpcs(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "vpc")
            continue;
        cx.add(cx.id(id), "AWS::EC2::VPC",
               {{"CidrBlock", r.stringProperty("cidrBlock", "10.0.0.0/16")},
                {"EnableDnsSupport", r.boolProperty("enableDnsSupport", true)},
                {"EnableDnsHostnames", r.boolProperty("enableDnsHostnames", true)},
                {"Tags", cx.tags(r)}});
    }
}

void subnets(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "subnet")
            continue;
        cx.add(cx.id(id), "AWS::EC2::Subnet",
               {{"VpcId", cx.refOrKept(vpcOf(cx.design(), id), id, "VpcId")},
                {"CidrBlock", r.stringProperty("cidrBlock")},
                {"AvailabilityZone", cx.availabilityZone(r.stringProperty("availabilityZone", "a"))},
                {"MapPublicIpOnLaunch", r.boolProperty("mapPublicIpOnLaunch")},
                {"Tags", cx.tags(r)}});
    }
}

void gateways(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "internet-gateway")
            continue;
        const Id vpc = vpcOf(cx.design(), id);
        cx.add(cx.id(id), "AWS::EC2::InternetGateway", {{"Tags", cx.tags(r)}});
        if (vpc.empty()) {
            cx.warn(id, "internet gateway outside a VPC: exported unattached");
            continue;
        }
        cx.add(cx.id(id, "Attachment"), "AWS::EC2::VPCGatewayAttachment",
               {{"VpcId", CfnContext::ref(cx.id(vpc))}, {"InternetGatewayId", CfnContext::ref(cx.id(id))}});
    }
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "nat-gateway")
            continue;
        const bool isPublic = r.stringProperty("connectivityType", "public") == "public";
        const bool regional = r.stringProperty("availabilityMode", "zonal") == "regional";
        const Id vpc = vpcOf(cx.design(), id);
        OJson props = OJson::object();
        if (isPublic && r.boolProperty("elasticIp", true)) {
            const std::string eip = cx.id(id, "Eip");
            cx.add(eip, "AWS::EC2::EIP", {{"Domain", "vpc"}, {"Tags", cx.tags(r.name + " address", id)}});
            cx.dependOn(eip, attachmentOf(cx, vpc));
            if (!regional)
                props["AllocationId"] = CfnContext::getAtt(eip, "AllocationId");
        }
        props["ConnectivityType"] = isPublic ? "public" : "private";
        if (regional) {
            props["AvailabilityMode"] = "regional";
            props["VpcId"] = CfnContext::ref(cx.id(vpc));
        } else {
            props["SubnetId"] = CfnContext::ref(cx.refId(r.parent));
        }
        props["Tags"] = cx.tags(r);
        cx.add(cx.id(id), "AWS::EC2::NatGateway", std::move(props));
    }
}

void routeTables(CfnContext &cx)
{
    const Design &d = cx.design();
    for (const auto &[id, table] : d.routeTables) {
        cx.add(cx.id(id), "AWS::EC2::RouteTable",
               {{"VpcId", cx.refOrKept(table.vpc, id, "VpcId")}, {"Tags", cx.tags(table.name.empty() ? id : table.name, id)}});
        for (const Route &route : table.routes) {
            if (route.target == RouteTargetKind::Local || route.target == RouteTargetKind::GatewayEndpoint)
                continue; // implicit / expressed by the endpoint's RouteTableIds
            if (route.target == RouteTargetKind::Blackhole) {
                cx.warn(id, "blackhole route to " + route.destination + " cannot be created by CloudFormation; not exported");
                continue;
            }
            const std::string target = cx.refId(route.targetId);
            if (target.empty()) {
                cx.warn(id, "route to " + route.destination + " targets unknown '" + route.targetId + "'; not exported");
                continue;
            }
            OJson props{{"RouteTableId", CfnContext::ref(cx.id(id))}};
            if (route.destination.rfind("pl-", 0) == 0)
                props["DestinationPrefixListId"] = route.destination;
            else
                props["DestinationCidrBlock"] = route.destination;
            const std::string logical = cx.id(id, cfnRouteSuffix(route));
            if (route.target == RouteTargetKind::InternetGateway) {
                props["GatewayId"] = CfnContext::ref(target);
                cx.add(logical, "AWS::EC2::Route", std::move(props));
                cx.dependOn(logical, attachmentOf(cx, vpcOf(d, route.targetId)));
            } else {
                props["NatGatewayId"] = CfnContext::ref(target);
                cx.add(logical, "AWS::EC2::Route", std::move(props));
            }
        }
    }
    // Every subnet is associated explicitly: CloudFormation cannot make a table the VPC's main one.
    // routeTableOf(d, subnet) from two indices built once instead of a scan of every table per
    // subnet: the first table listing the subnet, else the first main table of its VPC.
    std::unordered_map<Id, const RouteTable *> listing;
    std::unordered_map<Id, const RouteTable *> mainOfVpc;
    for (const auto &[tid, table] : d.routeTables) {
        for (const Id &subnet : table.subnets)
            listing.emplace(subnet, &table);
        if (table.isMain)
            mainOfVpc.emplace(table.vpc, &table);
    }
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "subnet")
            continue;
        const RouteTable *table = nullptr;
        if (const auto found = listing.find(id); found != listing.end())
            table = found->second;
        else if (const auto main = mainOfVpc.find(vpcOf(d, id)); main != mainOfVpc.end())
            table = main->second;
        if (table)
            cx.add(cx.id(id, "RouteTableAssociation"), "AWS::EC2::SubnetRouteTableAssociation",
                   {{"SubnetId", CfnContext::ref(cx.id(id))}, {"RouteTableId", CfnContext::ref(cx.id(table->id))}});
    }
}

OJson refList(CfnContext &cx, const std::vector<Id> &ids)
{
    OJson out = OJson::array();
    for (const Id &id : ids)
        if (const std::string logical = cx.refId(id); !logical.empty())
            out.push_back(CfnContext::ref(logical));
    return out;
}

void endpoints(CfnContext &cx)
{
    const Design &d = cx.design();
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "vpc-endpoint")
            continue;
        const bool gateway = r.stringProperty("endpointType", "Interface") == "Gateway";
        OJson props{{"VpcId", cx.refOrKept(vpcOf(d, id), id, "VpcId")},
                    {"ServiceName", CfnContext::sub("com.amazonaws.${AWS::Region}." + r.stringProperty("service"))},
                    {"VpcEndpointType", gateway ? "Gateway" : "Interface"}};
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
            props["RouteTableIds"] = refList(cx, tables);
        } else {
            props["SubnetIds"] = refList(cx, subnetsOf(d, r));
            props["SecurityGroupIds"] = refList(cx, r.securityGroups);
            props["PrivateDnsEnabled"] = r.boolProperty("privateDnsEnabled", true);
        }
        props["Tags"] = cx.tags(r);
        cx.add(cx.id(id), "AWS::EC2::VPCEndpoint", std::move(props));
    }
}

} // namespace

OJson cfnRefList(CfnContext &cx, const std::vector<Id> &ids) { return refList(cx, ids); }

std::string cfnIgwAttachment(CfnContext &cx, const Id &vpc) { return attachmentOf(cx, vpc); }

void buildNetwork(CfnContext &cx)
{
    vpcs(cx);
    subnets(cx);
    gateways(cx);
    routeTables(cx);
    endpoints(cx);
}

} // namespace Stackyard
