#include "benchdesign.h"

#include "model/core/catalog.h"

namespace Stackyard::Bench {

namespace {

class Builder
{
public:
    Design d;

    Resource &add(const std::string &id, const std::string &kind, const Id &parent, Json props = Json::object())
    {
        Resource r;
        r.id = id;
        r.kind = kind;
        r.name = id;
        r.parent = parent;
        r.properties = Catalog::builtin().defaultProperties(kind);
        for (auto &[k, v] : props.items())
            r.properties[k] = v;
        return d.resources[id] = std::move(r);
    }
    void table(const std::string &id, const Id &vpc, std::vector<Route> routes, std::vector<Id> subnets)
    {
        d.routeTables[id] = RouteTable{id, id, vpc, false, std::move(routes), std::move(subnets)};
    }
    SecurityGroup &group(const std::string &id, const Id &vpc)
    {
        SecurityGroup g;
        g.id = id;
        g.name = id;
        g.vpc = vpc;
        return d.securityGroups[id] = std::move(g);
    }
    void flow(const Id &from, const Id &to, int port)
    {
        const Id id = from + "->" + to;
        d.flows[id] = Flow{id, from, to, Protocol::Tcp, PortRange::single(port), "", -1, false};
    }
};

std::string net(int vpc, int third) { return "10." + std::to_string(vpc % 256) + "." + std::to_string(third) + ".0"; }

} // namespace

Design generate(int resources)
{
    Builder b;
    for (const char *id : {"internet", "users"})
        b.add(id, id, "");
    int v = 0;
    while (int(b.d.resources.size()) < resources) {
        const std::string p = "v" + std::to_string(v) + "-";
        const Id vpc = p + "vpc";
        b.add(vpc, "vpc", "", {{"cidrBlock", net(v, 0) + "/16"}});
        b.add(p + "igw", "internet-gateway", vpc);
        std::vector<Id> publics, dbs;
        for (int z = 0; z < 2; ++z) {
            const std::string az = z ? "b" : "a";
            publics.push_back(p + "public-" + az);
            dbs.push_back(p + "db-" + az);
            b.add(publics.back(), "subnet", vpc, {{"availabilityZone", az}, {"cidrBlock", net(v, z) + "/24"}});
            b.add(dbs.back(), "subnet", vpc, {{"availabilityZone", az}, {"cidrBlock", net(v, 2 + z) + "/24"}});
            b.add(p + "nat-" + az, "nat-gateway", publics.back());
        }
        b.table(p + "rt-public", vpc, {{"0.0.0.0/0", RouteTargetKind::InternetGateway, p + "igw"}}, publics);
        b.table(p + "rt-db", vpc, {}, dbs);
        SecurityGroup &albSg = b.group(p + "alb-sg", vpc);
        albSg.ingress.push_back({Protocol::Tcp, PortRange::single(443), PeerKind::Cidr, "0.0.0.0/0", ""});
        Resource &alb = b.add(p + "alb", "alb", vpc);
        alb.placement = publics;
        alb.securityGroups = {albSg.id};
        b.group(p + "db-sg", vpc);
        Resource &db = b.add(p + "aurora", "aurora-cluster", vpc);
        db.placement = dbs;
        db.securityGroups = {p + "db-sg"};
        std::vector<Id> appA, appB;
        for (int s = 0; s < 20 && int(b.d.resources.size()) < resources; ++s) {
            const std::string q = p + "s" + std::to_string(s) + "-";
            const Id a = q + "app-a", bb = q + "app-b";
            b.add(a, "subnet", vpc, {{"availabilityZone", "a"}, {"cidrBlock", net(v, 16 + 8 * s) + "/22"}});
            b.add(bb, "subnet", vpc, {{"availabilityZone", "b"}, {"cidrBlock", net(v, 20 + 8 * s) + "/22"}});
            appA.push_back(a);
            appB.push_back(bb);
            b.add(q + "ecr", "ecr-repository", "");
            b.add(q + "logs", "log-group", "");
            b.add(q + "secret", "secret", "");
            SecurityGroup &sg = b.group(q + "sg", vpc);
            sg.ingress.push_back({Protocol::Tcp, PortRange::single(8080), PeerKind::SecurityGroup, albSg.id, ""});
            sg.egress.push_back({Protocol::Tcp, PortRange::single(443), PeerKind::Cidr, "0.0.0.0/0", ""});
            sg.egress.push_back({Protocol::Tcp, PortRange::single(5432), PeerKind::SecurityGroup, p + "db-sg", ""});
            b.d.securityGroups[albSg.id].egress.push_back({Protocol::Tcp, PortRange::single(8080), PeerKind::SecurityGroup, sg.id, ""});
            b.d.securityGroups[p + "db-sg"].ingress.push_back({Protocol::Tcp, PortRange::single(5432), PeerKind::SecurityGroup, sg.id, ""});
            Json containers = Catalog::builtin().defaultProperties("ecs-service")["containers"];
            containers[0]["secrets"] = {{"API_KEY", q + "secret"}};
            Resource &svc = b.add(q + "svc", "ecs-service", vpc,
                                  {{"containers", containers}, {"logGroup", q + "logs"}, {"logDriver", "awslogs"},
                                   {"loadBalancer", {{"alb", p + "alb"}, {"targetGroup", "app"}, {"containerPort", 8080}}}});
            svc.placement = {a, bb};
            svc.securityGroups = {sg.id};
            b.flow(p + "alb", svc.id, 8080);
            b.flow(svc.id, q + "ecr", 443);
            b.flow(svc.id, q + "logs", 443);
            b.flow(svc.id, q + "secret", 443);
            b.flow(svc.id, p + "aurora", 5432);
        }
        b.table(p + "rt-app-a", vpc, {{"0.0.0.0/0", RouteTargetKind::NatGateway, p + "nat-a"}}, appA);
        b.table(p + "rt-app-b", vpc, {{"0.0.0.0/0", RouteTargetKind::NatGateway, p + "nat-b"}}, appB);
        ++v;
    }
    return std::move(b.d);
}

} // namespace Stackyard::Bench
