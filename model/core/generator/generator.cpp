#include "generator.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <random>

namespace Stackyard {

// Named (not only anonymous) so that unity builds of model/core cannot mix these helpers up with
// another file's.
namespace Generation {
namespace {

constexpr double kIcon = 64;
constexpr double kColA = 120;    // AZ a column, from the VPC's left edge
constexpr double kColW = 400;
constexpr double kGutter = 200;  // spanning resources sit here, between the AZ columns
constexpr double kColB = kColA + kColW + kGutter;
constexpr double kVpcW = kColB + kColW + 40;
constexpr double kBandX = kVpcW + 40; // regional resources of the VPC, right of it
constexpr double kCellW = kBandX + 3 * 100 + 80;
constexpr double kPublicY = 100, kPublicH = 160, kAppH = 90, kAppStep = 110, kDbH = 160;
constexpr int kVpcColumns = 4;
constexpr double kOriginX = 200; // Users, Internet and design-wide resources are left of this

struct Context
{
    DesignFile file;
    std::mt19937 rng;
    const Catalog &catalog = Catalog::builtin();

    int pick(int n) { return int(rng() % unsigned(n)); }

    Resource &add(const Id &id, const std::string &kind, const std::string &name, const Id &parent, Rect box)
    {
        Resource r;
        r.id = id;
        r.kind = kind;
        r.name = name;
        r.parent = parent;
        r.properties = catalog.defaultProperties(kind);
        file.layout.nodes[id] = box;
        return file.design.resources[id] = std::move(r);
    }

    Resource &icon(const Id &id, const std::string &kind, const std::string &name, const Id &parent, double x, double y)
    {
        return add(id, kind, name, parent, Rect{x, y, kIcon, kIcon});
    }

    SecurityGroup &group(const Id &id, const std::string &name, const Id &vpc, const std::string &description)
    {
        SecurityGroup &sg = file.design.securityGroups[id];
        sg.id = id;
        sg.name = name;
        sg.vpc = vpc;
        sg.description = description;
        return sg;
    }

    void flow(const Id &from, const Id &to, int port, const std::string &label, double gb = -1)
    {
        Flow f;
        f.id = from + "-to-" + to;
        f.from = from;
        f.to = to;
        f.ports = PortRange::single(port);
        f.label = label;
        f.monthlyGb = gb;
        file.design.flows[f.id] = f;
    }
};

SgRule rule(int port, PeerKind kind, const std::string &peer, const std::string &description)
{
    return SgRule{Protocol::Tcp, PortRange::single(port), kind, peer, description};
}

struct Vpc
{
    std::string p;      // id prefix, "v3-"
    Id id, alb, db, albSg, dbSg, cluster;
    double x = 0, y = 0;
    int services = 0;
};

Vpc addVpc(Context &cx, int index, int services)
{
    Vpc v;
    v.p = "v" + std::to_string(index) + "-";
    v.id = v.p + "vpc";
    v.services = services;
    v.x = kOriginX + (index % kVpcColumns) * kCellW;
    // Every VPC of a grid row gets the height of the tallest one (kServicesPerVpc services).
    const double height = kPublicY + kPublicH + 20 + kServicesPerVpc * kAppStep + kDbH + 60;
    v.y = 40 + (index / kVpcColumns) * (height + 80);
    const double appEnd = kPublicY + kPublicH + 20 + services * kAppStep;
    const std::string octet = std::to_string(index % 256);
    cx.add(v.id, "vpc", "vpc " + std::to_string(index), "", Rect{v.x, v.y, kVpcW, appEnd + kDbH + 60})
        .properties["cidrBlock"] = "10." + octet + ".0.0/16";
    cx.icon(v.p + "igw", "internet-gateway", "igw", v.id, v.x + 28, v.y + kPublicY + 48);

    RouteTable &pub = cx.file.design.routeTables[v.p + "rt-public"];
    pub = RouteTable{v.p + "rt-public", "public", v.id, false, {{"0.0.0.0/0", RouteTargetKind::InternetGateway, v.p + "igw"}}, {}};
    RouteTable &db = cx.file.design.routeTables[v.p + "rt-db"];
    db = RouteTable{v.p + "rt-db", "db", v.id, false, {}, {}};
    const double dbY = v.y + appEnd + 20;
    for (int az = 0; az < 2; ++az) {
        const std::string a(1, char('a' + az));
        const double colX = v.x + (az ? kColB : kColA);
        Resource &s = cx.add(v.p + "public-" + a, "subnet", "public " + a, v.id, Rect{colX, v.y + kPublicY, kColW, kPublicH});
        s.properties["availabilityZone"] = a;
        s.properties["cidrBlock"] = "10." + octet + "." + std::to_string(az) + ".0/24";
        s.properties["role"] = "public";
        pub.subnets.push_back(s.id);
        Resource &d = cx.add(v.p + "db-" + a, "subnet", "db " + a, v.id, Rect{colX, dbY, kColW, kDbH});
        d.properties["availabilityZone"] = a;
        d.properties["cidrBlock"] = "10." + octet + "." + std::to_string(2 + az) + ".0/24";
        d.properties["role"] = "data";
        db.subnets.push_back(d.id);
        cx.icon(v.p + "nat-" + a, "nat-gateway", "nat " + a, s.id, colX + (kColW - kIcon) / 2, v.y + kPublicY + 48);
        RouteTable &app = cx.file.design.routeTables[v.p + "rt-app-" + a];
        app = RouteTable{v.p + "rt-app-" + a, "app " + a, v.id, false, {{"0.0.0.0/0", RouteTargetKind::NatGateway, v.p + "nat-" + a}}, {}};
    }

    const double gutterX = v.x + kColA + kColW + (kGutter - kIcon) / 2;
    v.alb = v.p + "alb";
    v.albSg = v.p + "alb-sg";
    v.dbSg = v.p + "db-sg";
    Resource &alb = cx.icon(v.alb, "alb", "alb " + std::to_string(index), v.id, gutterX, v.y + kPublicY + 48);
    alb.placement = {v.p + "public-a", v.p + "public-b"};
    alb.securityGroups = {v.albSg};
    alb.properties["accessLogsBucket"] = "log-bucket";
    alb.properties["targetGroups"] = Json::array();
    alb.properties["listeners"][0]["certificateArn"] = "arn:aws:acm:us-east-1:123456789012:certificate/generated-" + std::to_string(index);
    alb.properties["listeners"][0]["defaultTargetGroup"] = v.p + "svc-0";
    v.db = v.p + "aurora";
    Resource &aurora = cx.icon(v.db, "aurora-cluster", "db " + std::to_string(index), v.id, gutterX, dbY + (kDbH - kIcon) / 2);
    aurora.placement = {v.p + "db-a", v.p + "db-b"};
    aurora.securityGroups = {v.dbSg};
    v.cluster = v.p + "cluster";
    cx.icon(v.cluster, "ecs-cluster", "cluster " + std::to_string(index), "", v.x + kBandX, v.y + kPublicY);
    cx.icon(v.p + "waf", "waf-web-acl", "waf " + std::to_string(index), "", v.x + kBandX + 100, v.y + kPublicY)
        .properties["associatedWith"] = v.alb;

    SecurityGroup &albSg = cx.group(v.albSg, "alb", v.id, "Public ALB");
    albSg.ingress = {rule(443, PeerKind::Cidr, "0.0.0.0/0", "HTTPS"), rule(80, PeerKind::Cidr, "0.0.0.0/0", "HTTP redirect")};
    cx.group(v.dbSg, "db", v.id, "Aurora: from the tasks only");
    cx.flow("users", v.alb, 443, "HTTPS", 10 + cx.pick(90));
    return v;
}

void addService(Context &cx, Vpc &v, int k)
{
    static const int cpus[] = {256, 512, 1024, 2048};
    const std::string n = std::to_string(k);
    const Id id = v.p + "svc-" + n, sg = v.p + "app-sg-" + n;
    const Id ecr = v.p + "ecr-" + n, logs = v.p + "logs-" + n, secret = v.p + "secret-" + n;
    const double rowY = v.y + kPublicY + kPublicH + 20 + k * kAppStep;
    const std::string octet = std::to_string(std::stoi(v.p.substr(1)) % 256);
    for (int az = 0; az < 2; ++az) {
        const std::string a(1, char('a' + az));
        Resource &s = cx.add(v.p + "app-" + n + "-" + a, "subnet", "app " + n + " " + a, v.id,
                             Rect{v.x + (az ? kColB : kColA), rowY, kColW, kAppH});
        s.properties["availabilityZone"] = a;
        s.properties["cidrBlock"] = "10." + octet + "." + std::to_string(4 + (2 * k + az) * 4) + ".0/22";
        cx.file.design.routeTables[v.p + "rt-app-" + a].subnets.push_back(s.id);
    }
    const double iconY = rowY + (kAppH - kIcon) / 2;
    Resource &svc = cx.icon(id, "ecs-service", "service " + n, v.id, v.x + kColA + kColW + (kGutter - kIcon) / 2, iconY);
    svc.placement = {v.p + "app-" + n + "-a", v.p + "app-" + n + "-b"};
    svc.securityGroups = {sg};
    const int cpu = cpus[cx.pick(4)];
    svc.properties["cluster"] = v.cluster;
    svc.properties["cpu"] = cpu;
    svc.properties["memory"] = cpu * 2;
    svc.properties["desiredCount"] = 2 + cx.pick(3);
    svc.properties["minCount"] = 2;
    svc.properties["maxCount"] = 6 + cx.pick(10);
    svc.properties["logGroup"] = logs;
    svc.properties["logBucket"] = "log-bucket";
    svc.properties["alarmTopic"] = "alerts";
    svc.properties["loadBalancer"] = {{"alb", v.alb}, {"targetGroup", id}, {"containerName", "app"}, {"containerPort", 8080}};
    Json &container = svc.properties["containers"][0];
    container["image"] = ecr;
    container["secrets"] = {{"APP_SECRETS", secret}};

    Json &alb = cx.file.design.resources[v.alb].properties;
    Json tg = cx.catalog.defaultProperties("alb")["targetGroups"][0];
    tg["name"] = id;
    alb["targetGroups"].push_back(tg);
    alb["listeners"][0]["rules"].push_back({{"priority", k + 1}, {"pathPattern", "/" + id + "/*"},
                                            {"action", "forward"}, {"targetGroup", id}});

    const double bandX = v.x + kBandX;
    cx.icon(ecr, "ecr-repository", "repo " + n, "", bandX, iconY);
    cx.icon(logs, "log-group", "/ecs/" + id, "", bandX + 100, iconY);
    cx.icon(secret, "secret", id + "/keys", "", bandX + 200, iconY);

    SecurityGroup &group = cx.group(sg, "app " + n, v.id, "Service " + n + ": from the ALB");
    group.ingress.push_back(rule(8080, PeerKind::SecurityGroup, v.albSg, "from the ALB"));
    group.egress.push_back(rule(443, PeerKind::Cidr, "0.0.0.0/0", "AWS APIs through NAT"));
    cx.file.design.securityGroups[v.albSg].egress.push_back(rule(8080, PeerKind::SecurityGroup, sg, "to " + id));
    cx.flow(v.alb, id, 8080, "HTTP");
    cx.flow(id, ecr, 443, "image pulls", 1 + cx.pick(10));
    cx.flow(id, logs, 443, "logs", 1 + cx.pick(20));
    cx.flow(id, secret, 443, "secrets");
    if (cx.pick(10) < 7) {
        cx.file.design.securityGroups[sg].egress.push_back(rule(5432, PeerKind::SecurityGroup, v.dbSg, "to Aurora"));
        cx.file.design.securityGroups[v.dbSg].ingress.push_back(rule(5432, PeerKind::SecurityGroup, sg, "from " + id));
        cx.flow(id, v.db, 5432, "PostgreSQL", 1 + cx.pick(50));
    }
    if (k > 0 && cx.pick(10) < 3) {
        const Id callee = v.p + "svc-" + std::to_string(cx.pick(k));
        const Id calleeSg = v.p + "app-sg-" + callee.substr(callee.rfind('-') + 1);
        cx.file.design.securityGroups[sg].egress.push_back(rule(8080, PeerKind::SecurityGroup, calleeSg, "to " + callee));
        cx.file.design.securityGroups[calleeSg].ingress.push_back(rule(8080, PeerKind::SecurityGroup, sg, "from " + id));
        cx.flow(id, callee, 8080, "internal API");
    }
}

} // namespace
} // namespace Generation

int designResourceCount(int services)
{
    services = std::max(0, services);
    const int vpcs = (services + kServicesPerVpc - 1) / kServicesPerVpc;
    return 4 + 12 * vpcs + 6 * services;
}

DesignFile generateDesign(int services, unsigned seed)
{
    Generation::Context cx;
    cx.rng.seed(seed);
    Design &d = cx.file.design;
    d.name = "Generated: " + std::to_string(services) + " services";
    d.description = "Synthetic design from generateDesign(" + std::to_string(services) + ", " + std::to_string(seed) + ")";
    cx.icon("users", "users", "Users", "", 40, 120);
    cx.icon("internet", "internet", "Internet", "", 40, 280);
    cx.icon("alerts", "sns-topic", "alerts", "", 40, 440).properties["email"] = "ops@example.com";
    cx.icon("log-bucket", "s3-bucket", "logs", "", 40, 600);
    for (int first = 0, index = 0; first < services; first += kServicesPerVpc, ++index) {
        Generation::Vpc v = Generation::addVpc(cx, index, std::min(kServicesPerVpc, services - first));
        for (int k = 0; k < v.services; ++k)
            Generation::addService(cx, v, k);
    }
    return std::move(cx.file);
}

DesignFile generateDesignOfSize(int resources, unsigned seed)
{
    int services = 0;
    while (designResourceCount(services + 1) <= resources)
        ++services;
    DesignFile file = generateDesign(services, seed);
    Design &d = file.design;
    const Catalog &catalog = Catalog::builtin();
    for (int i = 0; int(d.resources.size()) < resources; ++i) {
        Resource p;
        p.id = "config-" + std::to_string(i);
        p.kind = "ssm-parameter";
        p.name = "/app/config-" + std::to_string(i);
        p.properties = catalog.defaultProperties("ssm-parameter");
        p.properties["parameterType"] = "String";
        p.properties["value"] = "setting " + std::to_string(i);
        file.layout.nodes[p.id] = Rect{40, 760.0 + 100 * i, Generation::kIcon, Generation::kIcon};
        d.resources[p.id] = std::move(p);
    }
    return file;
}

} // namespace Stackyard
