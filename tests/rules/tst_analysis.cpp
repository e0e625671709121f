#include "fixturepatch.h"

#include "model/core/analysis/analysis.h"
#include "model/core/analysis/awsfacts.h"
#include "model/core/topology.h"

#include <QTest>

using namespace Stackyard;

namespace {

Design reference()
{
    std::string error;
    auto d = Fixture::loadSample("reference", error);
    if (!d)
        qFatal("%s", error.c_str());
    return *d;
}

const Reachability *find(const Analysis &a, Reachability::Purpose p, const std::string &from, const std::string &toOrService)
{
    for (const Reachability &r : a.reachability())
        if (r.purpose == p && r.from == from && (r.to == toOrService || r.service == toOrService))
            return &r;
    return nullptr;
}

Resource subnet(const std::string &id, const std::string &cidr, const std::string &az = "a")
{
    Resource r;
    r.id = id;
    r.kind = "subnet";
    r.parent = "vpc";
    r.properties = {{"cidrBlock", cidr}, {"availabilityZone", az}};
    return r;
}

/// Every record of the analysis's property table against Analysis::property (value, else the
/// catalogue default); an empty result when they agree, else the first difference.
std::string propertyTableMismatch(const Design &d)
{
    const Analysis a(d);
    const PropertyTable &t = a.props();
    std::string out;
    const auto text = [&](const Resource &r, const char *name, std::string_view got) {
        if (out.empty() && got != a.stringProperty(r, name))
            out = r.id + "." + name + " text";
    };
    const auto number = [&](const Resource &r, const char *name, NumberProperty got) {
        const Json &v = a.property(r, name);
        if (out.empty() && (got.isSet != v.is_number() || (got.isSet && got.value != v.get<long long>())))
            out = r.id + "." + name + " number";
    };
    const auto flag = [&](const Resource &r, const char *name, FlagProperty got) {
        if (out.empty() && (got.orElse(false) != a.boolProperty(r, name, false) || got.orElse(true) != a.boolProperty(r, name, true)))
            out = r.id + "." + name + " flag";
    };
    const auto json = [&](const Resource &r, const char *name, const Json *got) {
        if (out.empty() && got != &a.property(r, name))
            out = r.id + "." + name + " value";
    };
    for (const Resource *r : a.ofKind("ecs-service")) {
        const ServiceProperties &p = t.service(*r);
        text(*r, "launchType", p.launchType), text(*r, "environment", p.environment), text(*r, "cluster", p.cluster);
        text(*r, "logGroup", p.logGroup), number(*r, "cpu", p.cpu), number(*r, "memory", p.memory);
        number(*r, "maxCount", p.maxCount), number(*r, "desiredCount", p.desiredCount);
        flag(*r, "assignPublicIp", p.assignPublicIp), flag(*r, "xray", p.xray), json(*r, "containers", p.containers);
        json(*r, "loadBalancer", p.loadBalancer), json(*r, "capacityProviderStrategy", p.capacityProviderStrategy);
        json(*r, "logDriver", p.logDriver), json(*r, "logRoutes", p.logRoutes);
    }
    for (const Resource *r : a.ofKind("alb")) {
        const AlbProperties &p = t.alb(*r);
        text(*r, "scheme", p.scheme), json(*r, "listeners", p.listeners), json(*r, "targetGroups", p.targetGroups);
    }
    for (const Resource *r : a.ofKind("aurora-cluster")) {
        const AuroraProperties &p = t.aurora(*r);
        number(*r, "port", p.port), number(*r, "instanceCount", p.instanceCount), json(*r, "port", p.portValue);
        flag(*r, "storageEncrypted", p.storageEncrypted), flag(*r, "publiclyAccessible", p.publiclyAccessible);
        flag(*r, "manageMasterUserPassword", p.manageMasterUserPassword);
    }
    for (const Resource *r : a.ofKind("vpc-endpoint")) {
        const EndpointProperties &p = t.endpoint(*r);
        text(*r, "endpointType", p.endpointType), text(*r, "service", p.service);
        flag(*r, "privateDnsEnabled", p.privateDnsEnabled), json(*r, "routeTables", p.routeTables);
    }
    for (const SubnetInfo &s : a.subnets())
        if (const Resource *nat = a.resource(s.natGateway)) {
            const NatProperties &p = t.nat(*nat);
            text(*nat, "availabilityMode", p.availabilityMode), text(*nat, "connectivityType", p.connectivityType);
            flag(*nat, "elasticIp", p.elasticIp);
        }
    for (const char *kind : {"vpc", "subnet"})
        for (const Resource *r : a.ofKind(kind)) {
            const NetworkProperties &p = t.network(*r);
            text(*r, "cidrBlock", p.cidrBlock);
            if (r->kind == "subnet")
                text(*r, "availabilityZone", p.availabilityZone);
            else
                flag(*r, "enableDnsSupport", p.enableDnsSupport), flag(*r, "enableDnsHostnames", p.enableDnsHostnames);
        }
    for (const Resource *r : a.ofKind("ecr-repository")) {
        const OtherProperties &p = t.other(*r);
        text(*r, "tagMutability", p.tagMutability), flag(*r, "scanOnPush", p.scanOnPush);
        json(*r, "lifecycleRules", p.lifecycleRules);
    }
    for (const Resource *r : a.ofKind("subscription-filter"))
        text(*r, "logGroup", t.other(*r).logGroup), text(*r, "destination", t.other(*r).destination);
    return out;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void portSetMergesIntervals()
    {
        PortSet s;
        s.add({80, 90});
        s.add({91, 100});
        s.add({200, 300});
        s.add({95, 210});
        QCOMPARE(s.ranges().size(), std::size_t(1));
        QVERIFY(s.covers({80, 300}));
        QVERIFY(!s.covers({79, 80}));
        PortSet gaps;
        gaps.add({0, 10});
        gaps.add({20, 30});
        const auto missing = gaps.missing({5, 40});
        QCOMPARE(missing.size(), std::size_t(2));
        QCOMPARE(missing[0], (PortRange{11, 19}));
        QCOMPARE(missing[1], (PortRange{31, 40}));
        PortSet all;
        all.add(PortRange::all());
        QVERIFY(all.covers({0, 65535})); // one interval, never 65536 ports
    }

    void admitsAgreesWithTheUnionOfRules()
    {
        // Two groups on one resource, each admitting half of a range from the same peer group:
        // only their union covers it, so admits must not stop at "no single rule covers".
        const auto rule = [](Protocol p, int from, int to, PeerKind kind, std::string peer) {
            SgRule r;
            r.protocol = p;
            r.ports = {from, to};
            r.peerKind = kind;
            r.peer = std::move(peer);
            return r;
        };
        SecurityGroup a, b;
        a.id = "a";
        b.id = "b";
        a.ingress = {rule(Protocol::Tcp, 0, 99, PeerKind::SecurityGroup, "x"), rule(Protocol::Udp, 53, 53, PeerKind::Cidr, "10.0.0.0/8")};
        b.ingress = {rule(Protocol::Tcp, 100, 199, PeerKind::SecurityGroup, "x"), rule(Protocol::Tcp, 443, 443, PeerKind::Cidr, "0.0.0.0/0")};
        const SecurityRules rules({&a, &b});
        PacketPeer x;
        x.securityGroups = {"x"};
        PacketPeer internet;
        internet.internet = true;
        PacketPeer inside;
        inside.addresses = {*Cidr::parse("10.1.2.0/24")};
        const std::vector<Id> both{"a", "b"}, onlyA{"a"}, none{};
        for (const std::vector<Id> *sgs : {&both, &onlyA, &none})
            for (const PacketPeer *peer : {&x, &internet, &inside})
                for (Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::All})
                    for (const PortRange ports : {PortRange{50, 150}, PortRange{50, 250}, PortRange{443, 443}, PortRange{53, 53},
                                                  PortRange{0, 99}, PortRange::all()})
                        for (Direction d : {Direction::Ingress, Direction::Egress}) {
                            const PortSet allowed = rules.allowed(*sgs, d, p, *peer);
                            const bool expected = hasPorts(p) ? allowed.covers(ports) : !allowed.isEmpty();
                            QCOMPARE(rules.admits(*sgs, d, p, *peer, ports), expected);
                        }
        QVERIFY(rules.admits(both, Direction::Ingress, Protocol::Tcp, x, {50, 150}));
        QVERIFY(!rules.admits(onlyA, Direction::Ingress, Protocol::Tcp, x, {50, 150}));
        QVERIFY(!rules.admits(both, Direction::Ingress, Protocol::Tcp, x, {50, 250}));
    }

    void scopeIndexFindsThePartsObjects()
    {
        const Design d = reference();
        const Analysis a(d);
        const ScopeIndex &index = a;
        for (std::size_t k = 0; k < index.resources().size(); ++k)
            QCOMPARE(index.positionOf(*index.resources()[k]), k);
        const Resource stranger = d.resources.at("app"); // a copy: not one of the analysis's objects
        QCOMPARE(index.positionOf(stranger), ScopeIndex::npos);
        QVERIFY(a.subnetsOf(stranger).empty());
        QCOMPARE(a.subnetsOf(d.resources.at("app")).size(), d.resources.at("app").placement.size());
        for (const auto &[id, g] : d.securityGroups) {
            QVERIFY(index.contains(id));
            QCOMPARE(index.securityGroup(id), &g);
            for (const Resource *member : index.membersOf(id))
                QVERIFY(std::find(member->securityGroups.begin(), member->securityGroups.end(), id) != member->securityGroups.end());
        }
        for (const auto &[id, f] : d.flows)
            QVERIFY(index.contains(id));
        QVERIFY(!index.contains("no-such-object"));
        QVERIFY(index.ofKind("no-such-kind").empty());
        for (const Resource *child : index.childrenOf("vpc"))
            QCOMPARE(child->parent, Id("vpc"));
    }

    void fargateSizes()
    {
        QVERIFY(Facts::isValidFargateSize(256, 512));
        QVERIFY(Facts::isValidFargateSize(256, 2048));
        QVERIFY(!Facts::isValidFargateSize(256, 4096));
        QVERIFY(Facts::isValidFargateSize(4096, 30720));
        QVERIFY(!Facts::isValidFargateSize(4096, 31744));
        QVERIFY(Facts::isValidFargateSize(16384, 122880));
        QVERIFY(!Facts::isValidFargateSize(16384, 36864));
        QVERIFY(!Facts::isValidFargateSize(300, 1024));
        QCOMPARE(Facts::usableAddresses(24), 251);
        QCOMPARE(Facts::usableAddresses(28), 11);
    }

    void cidrOverlapsInAddressOrder()
    {
        Design d;
        Resource vpc;
        vpc.id = "vpc";
        vpc.kind = "vpc";
        vpc.properties = {{"cidrBlock", "10.0.0.0/16"}};
        d.resources.emplace(vpc.id, vpc);
        for (const Resource &s : {subnet("s1", "10.0.0.0/24"), subnet("s2", "10.0.0.128/25"), subnet("s3", "10.0.1.0/24"),
                                  subnet("s4", "10.0.0.0/20"), subnet("s5", "10.0.2.0/24")})
            d.resources.emplace(s.id, s);
        const Analysis a(d);
        const auto pairs = a.cidrIndex().overlaps();
        std::vector<std::string> names;
        for (const auto &[x, y] : pairs)
            names.push_back(x->id() + "/" + y->id());
        const std::vector<std::string> expected{"s1/s2", "s4/s1", "s4/s2", "s4/s3", "s4/s5"};
        QCOMPARE(names, expected);
    }

    void propertyTableAgreesWithProperty()
    {
        for (const char *sample : {"reference", "private-endpoints", "firelens-xray"}) {
            std::string error;
            const auto d = Fixture::loadSample(sample, error);
            QVERIFY2(d, error.c_str());
            QVERIFY2(propertyTableMismatch(*d).empty(), propertyTableMismatch(*d).c_str());
        }
        // Values of the wrong type, absent ones (catalogue defaults), and a route naming a
        // subnet as its NAT gateway (the path checks read it as one).
        Design d = reference();
        Resource &app = d.resources.at("app");
        app.properties["cpu"] = "1024";
        app.properties["assignPublicIp"] = "yes";
        app.properties.erase("launchType");
        app.properties.erase("memory");
        d.resources.at("alb").properties["scheme"] = 7;
        d.resources.at("public-a").properties["zzz"] = "after every name read";
        d.resources.at("public-a").properties["connectivityType"] = "private";
        for (auto &[id, table] : d.routeTables)
            for (Route &route : table.routes)
                if (route.target == RouteTargetKind::NatGateway)
                    route.targetId = "public-a";
        QVERIFY(!Analysis(d).props().service(app).cpu.isSet);
        QCOMPARE(Analysis(d).props().service(app).launchType, Analysis(d).stringProperty(app, "launchType"));
        QCOMPARE(Analysis(d).props().nat(d.resources.at("public-a")).connectivityType, std::string_view("private"));
        QVERIFY2(propertyTableMismatch(d).empty(), propertyTableMismatch(d).c_str());
    }

    void tiersAgreeWithTopology()
    {
        const Design d = reference();
        const Analysis a(d);
        QVERIFY(!a.subnets().empty());
        for (const SubnetInfo &s : a.subnets())
            QCOMPARE(s.tier, subnetTier(d, s.id()));
        QCOMPARE(a.subnet("public-a")->tier, SubnetTier::Public);
        QCOMPARE(a.subnet("app-a")->natGateway, std::string("nat-a"));
        QCOMPARE(a.subnet("db-a")->tier, SubnetTier::Isolated);
        QCOMPARE(a.subnet("app-b")->az, std::string("b"));
    }

    void interfacesCarryTheirSecurityGroups()
    {
        const Design d = reference();
        const Analysis a(d);
        bool sawTask = false, sawNat = false;
        for (const NetworkInterface *n : a.interfacesIn("app-a"))
            if (n->role == "task") {
                sawTask = true;
                QCOMPARE(n->securityGroups, std::vector<Id>{"app-sg"});
            }
        for (const NetworkInterface *n : a.interfacesIn("public-a"))
            if (n->role == "nat") {
                sawNat = true;
                QVERIFY(n->securityGroups.empty());
            }
        QVERIFY(sawTask && sawNat);
    }

    void referenceIsReachable()
    {
        const Design d = reference();
        const Analysis a(d);
        for (const Reachability &r : a.reachability())
            QVERIFY2(r.isOk(), r.summary().c_str());
        const Reachability *pull = find(a, Reachability::Purpose::ImagePull, "app", "ecr.dkr");
        QVERIFY(pull && pull->allowed);
        QVERIFY(find(a, Reachability::Purpose::AlbToTarget, "alb", "app"));
        QVERIFY(find(a, Reachability::Purpose::InternetToAlb, "internet", "alb"));
        const Reachability *exposed = find(a, Reachability::Purpose::InternetExposure, "internet", "aurora");
        QVERIFY(exposed && !exposed->allowed && !exposed->shouldBeOpen);
    }

    void blockedTargetNamesTheRuleAndThePort()
    {
        Design d = reference();
        d.securityGroups["app-sg"].ingress.front().ports = PortRange::single(80);
        const Analysis a(d);
        const Reachability *r = find(a, Reachability::Purpose::AlbToTarget, "alb", "app");
        QVERIFY(r && !r->allowed);
        QCOMPARE(r->blocking, std::string("app-sg"));
        const std::string text = r->summary();
        QVERIFY2(text.find("app-sg admits tcp/80 from alb-sg; alb sends tcp/8080") != std::string::npos, text.c_str());
        QVERIFY2(r->fix.str().find("tcp/8080 from alb-sg to app-sg") != std::string::npos, r->fix.str().c_str());
    }

    void noNatRouteBlocksImagePull()
    {
        Design d = reference();
        d.routeTables["rt-app-a"].routes.clear();
        const Analysis a(d);
        const Reachability *r = find(a, Reachability::Purpose::ImagePull, "app", "ecr.api");
        QVERIFY(r && !r->allowed);
        QCOMPARE(r->blocking, std::string("rt-app-a"));
        const std::string fix = r->fix.str();
        QVERIFY2(fix.find("NAT gateway in a public subnet of zone a") != std::string::npos, fix.c_str());
        QVERIFY2(fix.find("com.amazonaws.us-east-1.ecr.api") != std::string::npos, fix.c_str());
    }

    void natInPrivateSubnetBlocks()
    {
        Design d = reference();
        d.resources["nat-a"].parent = "app-a";
        const Analysis a(d);
        const Reachability *r = find(a, Reachability::Purpose::ImagePull, "app", "ecr.dkr");
        QVERIFY(r && !r->allowed);
        QCOMPARE(r->blocking, std::string("nat-a"));
    }

    void publicTasksAreExposed()
    {
        Design d = reference();
        d.resources["app"].placement = {"public-a", "public-b"};
        d.resources["app"].properties["assignPublicIp"] = true;
        d.securityGroups["app-sg"].ingress.push_back({Protocol::Tcp, PortRange::single(8080), PeerKind::Cidr, "0.0.0.0/0", ""});
        const Analysis a(d);
        const Reachability *r = find(a, Reachability::Purpose::InternetExposure, "internet", "app");
        QVERIFY(r && r->allowed && !r->isOk());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
