#include "fixutil.h"

#include "model/core/catalog.h"
#include "model/core/rules/fixes.h"

#include <map>
#include <set>

namespace Stackyard {

namespace {

/// The private subnets the fix serves: the subject's own, else every non-public subnet holding tasks.
std::vector<const SubnetInfo *> targetSubnets(const Analysis &a, const Id &vpc, const std::vector<Id> &subjects)
{
    std::vector<const SubnetInfo *> result;
    std::set<Id> seen;
    auto take = [&](const Resource &r) {
        for (const SubnetInfo *s : a.subnetsOf(r))
            if (!s->isPublic() && s->vpc == vpc && seen.insert(s->id()).second)
                result.push_back(s);
    };
    for (const Id &id : subjects)
        if (const Resource *r = a.resource(id); r && r->kind != "subnet")
            take(*r);
        else if (const SubnetInfo *s = a.subnet(id); s && !s->isPublic() && seen.insert(id).second)
            result.push_back(s);
    if (result.empty())
        for (const Resource *service : a.ofKind("ecs-service"))
            if (a.vpcOf(*service) == vpc)
                take(*service);
    return result;
}

Id ensureNat(Design &d, const Analysis &a, const Id &vpc, const std::string &az)
{
    for (const Resource *nat : a.ofKind("nat-gateway")) {
        const SubnetInfo *s = a.subnet(nat->parent);
        if (s && s->vpc == vpc && s->az == az && s->isPublic() && a.stringProperty(*nat, "connectivityType") == "public")
            return nat->id;
    }
    Resource nat;
    nat.id = d.uniqueId("nat-" + az);
    nat.kind = "nat-gateway";
    nat.name = "NAT " + az;
    nat.parent = FixUtil::ensurePublicSubnet(d, a, vpc, az);
    nat.properties = Catalog::builtin().defaultProperties("nat-gateway");
    d.resources.emplace(nat.id, nat);
    return nat.id;
}

void routeDefaultTo(RouteTable &table, const Id &nat)
{
    for (Route &r : table.routes)
        if (r.destination == "0.0.0.0/0") {
            r.target = RouteTargetKind::NatGateway;
            r.targetId = nat;
            return;
        }
    table.routes.push_back({"0.0.0.0/0", RouteTargetKind::NatGateway, nat});
}

} // namespace

Design fixAddNatPerAz(const Design &design, const Finding &finding)
{
    const Analysis a(design);
    const Id vpc = FixUtil::vpcOfFinding(a, finding.subjects);
    if (vpc.empty())
        return design;
    Design d = design;
    std::map<std::string, std::vector<const SubnetInfo *>> byZone;
    for (const SubnetInfo *s : targetSubnets(a, vpc, finding.subjects))
        byZone[s->az].push_back(s);
    for (const auto &[az, subnets] : byZone) {
        const Id nat = ensureNat(d, a, vpc, az);
        for (const SubnetInfo *s : subnets) {
            // A table shared with other zones (or the main table) cannot point at one zone's NAT:
            // give the subnet its own table, keeping the other routes.
            bool sharedAcrossZones = !s->explicitAssociation;
            if (s->routeTable)
                for (const Id &other : s->routeTable->subnets)
                    if (const SubnetInfo *o = a.subnet(other); o && o->az != az)
                        sharedAcrossZones = true;
            if (s->routeTable && !sharedAcrossZones) {
                routeDefaultTo(d.routeTables[s->routeTable->id], nat);
                continue;
            }
            RouteTable table;
            table.id = d.uniqueId("rt-" + s->id());
            table.name = s->id();
            table.vpc = vpc;
            if (s->routeTable) {
                table.routes = s->routeTable->routes;
                auto &old = d.routeTables[s->routeTable->id].subnets;
                old.erase(std::remove(old.begin(), old.end(), s->id()), old.end());
                for (auto &[eid, e] : d.resources) // gateway endpoints follow the subnet to its new table
                    if (e.kind == "vpc-endpoint" && e.properties.contains("routeTables") && e.properties["routeTables"].is_array()) {
                        Json &tables = e.properties["routeTables"];
                        if (std::find(tables.begin(), tables.end(), Json(s->routeTable->id)) != tables.end())
                            tables.push_back(table.id);
                    }
            }
            table.subnets.push_back(s->id());
            routeDefaultTo(table, nat);
            d.routeTables.emplace(table.id, std::move(table));
        }
    }
    return d;
}

} // namespace Stackyard
