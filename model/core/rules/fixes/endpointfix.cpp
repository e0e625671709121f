#include "fixutil.h"

#include "model/core/catalog.h"
#include "model/core/rules/fixes.h"

#include <map>
#include <set>

namespace Stackyard {

namespace {

const char *const kInterfaceServices[] = {"ecr.api", "ecr.dkr", "logs", "secretsmanager"};

} // namespace

Design fixAddEndpoints(const Design &design, const Finding &finding)
{
    const Analysis a(design);
    const Id vpc = FixUtil::vpcOfFinding(a, finding.subjects);
    if (vpc.empty())
        return design;
    Design d = design;
    // The services of the VPC, their zones (one endpoint subnet per zone) and route tables.
    std::vector<const Resource *> services;
    std::map<std::string, Id> subnetPerZone;
    std::set<Id> tables;
    bool xray = false;
    for (const Resource *s : a.ofKind("ecs-service")) {
        if (a.vpcOf(*s) != vpc)
            continue;
        services.push_back(s);
        xray = xray || a.boolProperty(*s, "xray");
        for (const SubnetInfo *sub : a.subnetsOf(*s)) {
            subnetPerZone.emplace(sub->az, sub->id());
            if (sub->routeTable)
                tables.insert(sub->routeTable->id);
        }
    }
    if (services.empty())
        return design;

    SecurityGroup sg;
    sg.id = d.uniqueId("endpoints-sg");
    sg.name = "endpoints";
    sg.vpc = vpc;
    sg.description = "Interface endpoints: HTTPS from the tasks";
    std::set<Id> serviceGroups;
    for (const Resource *s : services)
        serviceGroups.insert(s->securityGroups.begin(), s->securityGroups.end());
    for (const Id &g : serviceGroups)
        sg.ingress.push_back({Protocol::Tcp, PortRange::single(443), PeerKind::SecurityGroup, g, "HTTPS from " + g});
    d.securityGroups.emplace(sg.id, sg);

    std::vector<std::string> wanted(std::begin(kInterfaceServices), std::end(kInterfaceServices));
    if (xray)
        wanted.push_back("xray");
    for (const std::string &service : wanted) {
        if (const Resource *existing = a.interfaceEndpoint(vpc, service)) {
            d.resources[existing->id].properties["privateDnsEnabled"] = true;
            continue;
        }
        Resource e;
        e.id = d.uniqueId("vpce-" + service);
        for (char &c : e.id)
            c = c == '.' ? '-' : c;
        e.id = d.uniqueId(e.id);
        e.kind = "vpc-endpoint";
        e.name = service;
        e.parent = vpc;
        for (const auto &[zone, subnet] : subnetPerZone)
            e.placement.push_back(subnet);
        e.securityGroups = {sg.id};
        e.properties = Catalog::builtin().defaultProperties("vpc-endpoint");
        e.properties["endpointType"] = "Interface";
        e.properties["service"] = service;
        e.properties["privateDnsEnabled"] = true;
        e.properties["routeTables"] = Json::array();
        d.resources.emplace(e.id, e);
    }
    bool hasS3 = false;
    for (const Resource *e : a.ofKind("vpc-endpoint"))
        if (e->parent == vpc && a.stringProperty(*e, "service") == "s3" && a.stringProperty(*e, "endpointType") == "Gateway") {
            Json &list = d.resources[e->id].properties["routeTables"];
            if (!list.is_array())
                list = Json::array();
            for (const Id &t : tables)
                if (std::find(list.begin(), list.end(), Json(t)) == list.end())
                    list.push_back(t);
            hasS3 = true;
        }
    if (!hasS3) {
        Resource s3;
        s3.id = d.uniqueId("vpce-s3");
        s3.kind = "vpc-endpoint";
        s3.name = "s3";
        s3.parent = vpc;
        s3.properties = Catalog::builtin().defaultProperties("vpc-endpoint");
        s3.properties["endpointType"] = "Gateway";
        s3.properties["service"] = "s3";
        s3.properties["privateDnsEnabled"] = false;
        s3.properties["routeTables"] = Json(std::vector<std::string>(tables.begin(), tables.end()));
        d.resources.emplace(s3.id, s3);
    }
    for (const Id &g : serviceGroups) {
        if (!d.securityGroups.count(g))
            continue;
        auto &egress = d.securityGroups[g].egress;
        FixUtil::addRule(egress, {Protocol::Tcp, PortRange::single(443), PeerKind::SecurityGroup, sg.id, "HTTPS to the interface endpoints"});
        FixUtil::addRule(egress, {Protocol::Tcp, PortRange::single(443), PeerKind::PrefixList, "pl-s3", "HTTPS to S3 (image layers)"});
    }
    return d;
}

} // namespace Stackyard
