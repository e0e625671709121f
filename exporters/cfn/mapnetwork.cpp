// VPCs, subnets, gateways, route tables, security groups, endpoints and instances.
#include "mapper.h"

#include "model/core/topology.h"

#include <algorithm>
#include <functional>

namespace Stackyard::Cfn {

namespace {

void setIf(Json &properties, const char *name, const Json &value)
{
    if (!value.is_null())
        properties[name] = value;
}

// "a".."f" for an Fn::Select over Fn::GetAZs of the design's region (already evaluated to a
// zone name); a zone name of another region stays whole.
Json zoneOf(const Json &value, const std::string &region)
{
    if (value.is_string()) {
        const std::string zone = value.get<std::string>();
        if (zone.size() == region.size() + 1 && zone.rfind(region, 0) == 0)
            return zone.substr(region.size());
        return zone;
    }
    return value;
}

std::optional<SgRule> ruleFrom(const Json &p, bool ingress, const std::function<bool(const std::string &)> &isGroup,
                               std::string &problem)
{
    SgRule rule;
    const auto protocolText = scalarText(p.value("IpProtocol", Json("-1")));
    if (!protocolText) {
        problem = "IpProtocol is not known";
        return std::nullopt;
    }
    const std::string proto = lower(*protocolText);
    if (proto == "-1" || proto == "all")
        rule.protocol = Protocol::All;
    else if (proto == "tcp" || proto == "6")
        rule.protocol = Protocol::Tcp;
    else if (proto == "udp" || proto == "17")
        rule.protocol = Protocol::Udp;
    else if (proto == "icmp" || proto == "1" || proto == "icmpv6" || proto == "58")
        rule.protocol = Protocol::Icmp;
    else {
        problem = "protocol " + proto + " is not modelled";
        return std::nullopt;
    }
    const auto from = toInt(p.value("FromPort", Json(-1))), to = toInt(p.value("ToPort", Json(-1)));
    if (rule.protocol == Protocol::All || rule.protocol == Protocol::Icmp || !from || !to || *from < 0 || *to < 0)
        rule.ports = PortRange::all();
    else
        rule.ports = {static_cast<int>(*from), static_cast<int>(*to)};
    if (!rule.ports.isValid())
        rule.ports = PortRange::all();
    const char *sgKey = ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId";
    const char *plKey = ingress ? "SourcePrefixListId" : "DestinationPrefixListId";
    if (p.contains("CidrIp")) {
        rule.peer = scalarText(p["CidrIp"]).value_or(p["CidrIp"].dump());
    } else if (p.contains("CidrIpv6")) {
        rule.peer = scalarText(p["CidrIpv6"]).value_or(p["CidrIpv6"].dump());
    } else if (p.contains(sgKey) || p.contains("SourceSecurityGroupName")) {
        const Json &peer = p.contains(sgKey) ? p[sgKey] : p["SourceSecurityGroupName"];
        rule.peerKind = PeerKind::SecurityGroup;
        rule.peer = Mapper::ref(peer);
        if (!isGroup(rule.peer)) {
            problem = "the peer security group " + scalarText(peer).value_or(peer.dump()) + " is not in this template";
            return std::nullopt;
        }
    } else if (p.contains(plKey)) {
        rule.peerKind = PeerKind::PrefixList;
        rule.peer = scalarText(p[plKey]).value_or(p[plKey].dump());
    } else {
        problem = "the rule names no peer";
        return std::nullopt;
    }
    rule.description = scalarText(p.value("Description", Json(""))).value_or("");
    return rule;
}

} // namespace

bool Mapper::isSecurityGroup(const std::string &id) const
{
    if (m_design.securityGroup(id))
        return true;
    const std::string logicalId = logicalIdOf(id);
    return !logicalId.empty() && type(logicalId) == "AWS::EC2::SecurityGroup";
}

void Mapper::mapVpc(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "vpc");
    setIf(r.properties, "cidrBlock", textOrExpression(p.value("CidrBlock", Json())));
    r.properties["enableDnsSupport"] = toBool(p.value("EnableDnsSupport", Json(true))).value_or(true);
    r.properties["enableDnsHostnames"] = toBool(p.value("EnableDnsHostnames", Json(false))).value_or(false);
}

void Mapper::mapSubnet(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "subnet");
    r.parent = ref(p.value("VpcId", Json()));
    if (!r.parent.empty() && !m_design.resource(r.parent) && logicalIdOf(r.parent).empty())
        r.parent.clear();
    if (p.contains("AvailabilityZone"))
        r.properties["availabilityZone"] = zoneOf(p["AvailabilityZone"], m_design.region);
    else if (p.contains("AvailabilityZoneId"))
        r.properties["availabilityZone"] = textOrExpression(p["AvailabilityZoneId"]);
    setIf(r.properties, "cidrBlock", textOrExpression(p.value("CidrBlock", Json())));
    r.properties["mapPublicIpOnLaunch"] = toBool(p.value("MapPublicIpOnLaunch", Json(false))).value_or(false);
    if (r.parent.empty())
        warn(logicalId, "the subnet's VPC is not in this template; it is shown outside any VPC");
}

void Mapper::mapInternetGateway(const std::string &logicalId)
{
    add(logicalId, "internet-gateway");
}

bool Mapper::foldGatewayAttachment(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    const std::string vpc = ref(p.value("VpcId", Json()));
    const std::string gateway = ref(p.value("InternetGatewayId", Json()));
    Resource *igw = m_design.resource(gateway);
    if (igw && igw->kind == "internet-gateway") {
        if (m_design.resource(vpc))
            igw->parent = vpc;
        fold(logicalId, gateway, "vpc-gateway-attachment");
        return true;
    }
    if (m_design.resource(vpc)) {
        fold(logicalId, vpc, "vpc-gateway-attachment");
        return true;
    }
    return false;
}

void Mapper::mapSubnetChild(const std::string &logicalId, const std::string &kind)
{
    Resource &r = add(logicalId, kind);
    const std::string subnet = ref(props(logicalId).value("SubnetId", Json()));
    if (const Resource *s = m_design.resource(subnet); s && s->kind == "subnet")
        r.parent = subnet;
}

void Mapper::mapNatGateway(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    mapSubnetChild(logicalId, "nat-gateway");
    Resource &r = m_design.resources[id(logicalId)];
    r.properties["connectivityType"] = scalarText(p.value("ConnectivityType", Json("public"))).value_or("public");
    r.properties["availabilityMode"] = "zonal";
    r.properties["elasticIp"] = p.contains("AllocationId");
    const std::string eip = ref(p.value("AllocationId", Json()));
    const std::string eipLogical = logicalIdOf(eip);
    if (!eipLogical.empty() && type(eipLogical) == "AWS::EC2::EIP" && !isDone(eipLogical))
        fold(eipLogical, r.id, "eip");
}

bool Mapper::foldEip(const std::string &logicalId)
{
    if (isDone(logicalId))
        return true;
    const std::string instance = ref(props(logicalId).value("InstanceId", Json()));
    if (!m_design.resource(instance))
        return false;
    fold(logicalId, instance, "eip");
    return true;
}

void Mapper::mapRouteTable(const std::string &logicalId)
{
    RouteTable table;
    table.id = id(logicalId);
    table.vpc = ref(props(logicalId).value("VpcId", Json()));
    if (logicalIdOf(table.vpc).empty() && !m_design.resource(table.vpc))
        table.vpc.clear();
    table.name = tagName(props(logicalId));
    if (table.name.empty())
        table.name = logicalId;
    m_design.routeTables[table.id] = table;
    fold(logicalId, table.id, "route-table");
}

bool Mapper::foldRoute(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    auto table = m_design.routeTables.find(ref(p.value("RouteTableId", Json())));
    if (table == m_design.routeTables.end())
        return false;
    Route route;
    const Json destination = p.contains("DestinationCidrBlock") ? p["DestinationCidrBlock"]
                             : p.contains("DestinationIpv6CidrBlock") ? p["DestinationIpv6CidrBlock"]
                                                                       : p.value("DestinationPrefixListId", Json());
    route.destination = scalarText(destination).value_or(destination.dump());
    bool modelled = true;
    if (p.contains("GatewayId")) {
        route.targetId = ref(p["GatewayId"]);
        const Resource *target = m_design.resource(route.targetId);
        route.target = target && target->kind == "vpc-endpoint" ? RouteTargetKind::GatewayEndpoint
                                                                 : RouteTargetKind::InternetGateway;
        modelled = target != nullptr;
    } else if (p.contains("NatGatewayId")) {
        route.target = RouteTargetKind::NatGateway;
        route.targetId = ref(p["NatGatewayId"]);
        modelled = m_design.resource(route.targetId) != nullptr;
    } else if (p.contains("InstanceId")) {
        // A NAT instance: the route plays the part of a NAT gateway's.
        route.target = RouteTargetKind::NatGateway;
        route.targetId = ref(p["InstanceId"]);
        modelled = m_design.resource(route.targetId) != nullptr;
    } else {
        modelled = false; // peering, transit gateway, egress-only gateway, ENI: kept in the template only
    }
    Json extra = Json::object();
    if (modelled) {
        extra["index"] = table->second.routes.size();
        table->second.routes.push_back(route);
    } else {
        extra["index"] = -1;
    }
    fold(logicalId, table->first, "route", extra);
    return true;
}

bool Mapper::foldRouteAssociation(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    auto table = m_design.routeTables.find(ref(p.value("RouteTableId", Json())));
    const std::string subnet = ref(p.value("SubnetId", Json()));
    if (table == m_design.routeTables.end() || !m_design.resource(subnet))
        return false;
    table->second.subnets.push_back(subnet);
    fold(logicalId, table->first, "subnet-route-table-association", {{"subnet", subnet}});
    return true;
}

void Mapper::mapSecurityGroup(const std::string &logicalId)
{
    static const Json kNoEgress{{"IpProtocol", "-1"}, {"CidrIp", "127.0.0.1/32"}, {"Description", "no egress"}};
    const Json &p = props(logicalId);
    SecurityGroup sg;
    sg.id = id(logicalId);
    sg.vpc = ref(p.value("VpcId", Json()));
    if (logicalIdOf(sg.vpc).empty() && !m_design.resource(sg.vpc))
        sg.vpc.clear();
    sg.name = scalarText(p.value("GroupName", Json(""))).value_or("");
    if (sg.name.empty())
        sg.name = tagName(p).empty() ? logicalId : tagName(p);
    sg.description = scalarText(p.value("GroupDescription", Json(""))).value_or("");
    m_design.securityGroups[sg.id] = sg;
    SecurityGroup &stored = m_design.securityGroups[sg.id];
    const auto isGroup = [this](const std::string &id) { return isSecurityGroup(id); };
    for (const auto &[key, ingress] : {std::pair{"SecurityGroupIngress", true}, std::pair{"SecurityGroupEgress", false}}) {
        if (!p.contains(key) || !p[key].is_array())
            continue;
        for (const Json &item : p[key]) {
            // The loopback rule a Stackyard export writes for "no egress at all".
            if (!ingress && item == kNoEgress && !designIdTag(p).empty())
                continue;
            std::string problem;
            if (auto rule = ruleFrom(item, ingress, isGroup, problem))
                (ingress ? stored.ingress : stored.egress).push_back(*rule);
            else
                warn(logicalId, std::string("a rule of ") + key + " is kept in the template only: " + problem);
        }
    }
    if (!p.contains("SecurityGroupEgress")) // AWS's default, written out
        stored.egress.push_back({Protocol::All, PortRange::all(), PeerKind::Cidr, "0.0.0.0/0", "default egress"});
    fold(logicalId, sg.id, "security-group");
}

bool Mapper::foldSecurityGroupRule(const std::string &logicalId, bool ingress)
{
    const Json &p = props(logicalId);
    auto sg = m_design.securityGroups.find(ref(p.value("GroupId", Json())));
    if (sg == m_design.securityGroups.end())
        return false;
    std::string problem;
    const auto isGroup = [this](const std::string &id) { return isSecurityGroup(id); };
    auto rule = ruleFrom(p, ingress, isGroup, problem);
    auto &rules = ingress ? sg->second.ingress : sg->second.egress;
    Json extra{{"index", rule ? static_cast<long long>(rules.size()) : -1}};
    if (rule) {
        // A standalone egress rule replaces the implicit default, as in AWS.
        if (!ingress && rules.size() == 1 && rules[0].description == "default egress"
            && !rawProps(logicalIdOf(sg->first)).contains("SecurityGroupEgress")) {
            rules.clear();
            extra["index"] = 0;
        }
        rules.push_back(*rule);
    } else {
        warn(logicalId, "the rule is kept in the template only: " + problem);
    }
    fold(logicalId, sg->first, ingress ? "sg-ingress" : "sg-egress", extra);
    return true;
}

void Mapper::mapVpcEndpoint(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "vpc-endpoint");
    r.parent = ref(p.value("VpcId", Json()));
    if (!m_design.resource(r.parent))
        r.parent.clear();
    r.properties["endpointType"] = scalarText(p.value("VpcEndpointType", Json("Gateway"))).value_or("Gateway");
    const Json service = p.value("ServiceName", Json());
    if (auto name = scalarText(service)) {
        const std::string prefix = "com.amazonaws." + m_design.region + ".";
        r.properties["service"] = name->rfind(prefix, 0) == 0 ? name->substr(prefix.size()) : *name;
    } else {
        r.properties["service"] = service;
    }
    r.properties["privateDnsEnabled"] = toBool(p.value("PrivateDnsEnabled", Json(false))).value_or(false);
    r.properties["routeTables"] = refs(p.value("RouteTableIds", Json()));
    r.placement = refs(p.value("SubnetIds", Json()));
    r.securityGroups = refs(p.value("SecurityGroupIds", Json()));
}

void Mapper::mapInstance(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    std::string subnet = ref(p.value("SubnetId", Json()));
    bool publicIp = false;
    if (p.contains("NetworkInterfaces") && p["NetworkInterfaces"].is_array() && !p["NetworkInterfaces"].empty()) {
        const Json &eni = p["NetworkInterfaces"][0];
        if (subnet.empty())
            subnet = ref(eni.value("SubnetId", Json()));
        publicIp = toBool(eni.value("AssociatePublicIpAddress", Json(false))).value_or(false);
    }
    const Resource *s = m_design.resource(subnet);
    const bool natInstance = !toBool(p.value("SourceDestCheck", Json(true))).value_or(true);
    if (!s || s->kind != "subnet" || natInstance) {
        mapOpaque(logicalId); // a NAT instance or an instance outside any known subnet
        if (s && s->kind == "subnet")
            m_design.resources[id(logicalId)].parent = subnet;
        return;
    }
    const bool subnetPublicIp = s->boolProperty("mapPublicIpOnLaunch");
    mapSubnetChild(logicalId, "bastion");
    Resource &r = m_design.resources[id(logicalId)];
    r.parent = subnet; // also when it is named in NetworkInterfaces
    r.properties["instanceType"] = textOrExpression(p.value("InstanceType", Json("m1.small")));
    r.properties["publicIp"] = publicIp || subnetPublicIp;
    r.properties["access"] = p.contains("KeyName") ? "ssh" : "ssm";
    r.properties["recordSessions"] = false;
    r.securityGroups = refs(p.value("SecurityGroupIds", Json()));
    if (r.securityGroups.empty() && p.contains("NetworkInterfaces") && p["NetworkInterfaces"].is_array()
        && !p["NetworkInterfaces"].empty())
        r.securityGroups = refs(p["NetworkInterfaces"][0].value("GroupSet", Json()));
}

void Mapper::deriveSubnetRoles()
{
    std::set<Id> dataSubnets;
    for (const auto &[rid, r] : m_design.resources)
        if (r.kind == "aurora-cluster")
            dataSubnets.insert(r.placement.begin(), r.placement.end());
    for (auto &[rid, r] : m_design.resources) {
        if (r.kind != "subnet" || r.properties.contains("role"))
            continue;
        const std::string hint = lower(rid + " " + r.name);
        std::string role = "app";
        if (subnetTier(m_design, rid) == SubnetTier::Public || hint.find("public") != std::string::npos)
            role = "public";
        else if (dataSubnets.count(rid) || hint.find("data") != std::string::npos || hint.find("db") != std::string::npos
                 || hint.find("database") != std::string::npos || hint.find("rds") != std::string::npos
                 || hint.find("isolated") != std::string::npos)
            role = "data";
        r.properties["role"] = role;
    }
}

} // namespace Stackyard::Cfn
