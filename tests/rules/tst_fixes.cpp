#include "fixturepatch.h"

#include "model/core/analysis/analysis.h"
#include "model/core/rules/fixes.h"
#include "model/core/rules/validate.h"

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

std::vector<Finding> of(const Design &d, const std::string &rule)
{
    std::vector<Finding> result;
    for (const Finding &f : validate(d))
        if (f.rule == rule)
            result.push_back(f);
    return result;
}

std::vector<Finding> errors(const Design &d)
{
    std::vector<Finding> result;
    for (const Finding &f : validate(d))
        if (f.severity == Severity::Error)
            result.push_back(f);
    return result;
}

std::string describe(const std::vector<Finding> &findings)
{
    std::string text;
    for (const Finding &f : findings)
        text += "\n  " + f.rule + ": " + f.message;
    return text;
}

/// The reference design without NAT gateways: private tasks have no egress at all.
Design withoutNat()
{
    Design d = reference();
    d.resources.erase("nat-a");
    d.resources.erase("nat-b");
    d.routeTables["rt-app-a"].routes.clear();
    d.routeTables["rt-app-b"].routes.clear();
    return d;
}

std::size_t count(const Design &d, const std::string &kind)
{
    std::size_t n = 0;
    for (const auto &[id, r] : d.resources)
        n += r.kind == kind;
    return n;
}

} // namespace

class TestFixes : public QObject
{
    Q_OBJECT

private slots:
    void everyFixIsRegistered()
    {
        for (const char *id : {"add-endpoints", "add-nat-per-az", "alb-peer-subnet", "generate-sg-rules", "least-privilege", "move-secret"}) {
            Finding f;
            f.fix = id;
            QVERIFY2(fixFor(f), id);
        }
    }

    void natPerAzRestoresEgress()
    {
        const Design broken = withoutNat();
        const auto pulls = of(broken, "image-pull-path");
        QVERIFY(!pulls.empty());
        QCOMPARE(pulls.front().fix, std::string("add-nat-per-az"));
        const Design fixed = fixFor(pulls.front())->apply(broken, pulls.front());
        QCOMPARE(count(fixed, "nat-gateway"), std::size_t(2));
        QVERIFY2(errors(fixed).empty(), describe(errors(fixed)).c_str());
        QVERIFY(of(fixed, "nat-cross-az").empty());
        QCOMPARE(count(broken, "nat-gateway"), std::size_t(0)); // pure: the input is untouched
    }

    void natPerAzCreatesMissingPublicSubnet()
    {
        Design d = withoutNat();
        // Only zone a has a public subnet: the fix must create one for zone b (new CIDR, public table).
        d.resources["alb"].placement = {"public-a", "public-b"};
        d.resources.erase("public-b");
        d.resources["alb"].placement = {"public-a"};
        d.routeTables["rt-public"].subnets = {"public-a"};
        const auto pulls = of(d, "image-pull-path");
        QVERIFY(!pulls.empty());
        const Design fixed = fixAddNatPerAz(d, pulls.front());
        QCOMPARE(count(fixed, "nat-gateway"), std::size_t(2));
        QVERIFY(of(fixed, "image-pull-path").empty());
        QVERIFY(of(fixed, "subnet-overlap").empty());
        QVERIFY(of(fixed, "nat-public-subnet").empty());
    }

    void endpointSetRestoresEgress()
    {
        const Design broken = withoutNat();
        const auto pulls = of(broken, "image-pull-path");
        QVERIFY(!pulls.empty());
        const Design fixed = fixAddEndpoints(broken, pulls.front());
        QCOMPARE(count(fixed, "vpc-endpoint"), std::size_t(5)); // ecr.api, ecr.dkr, logs, secretsmanager + s3
        QVERIFY2(of(fixed, "image-pull-path").empty(), describe(of(fixed, "image-pull-path")).c_str());
        QVERIFY2(of(fixed, "secrets-path").empty(), describe(of(fixed, "secrets-path")).c_str());
        QVERIFY2(of(fixed, "logs-path").empty(), describe(of(fixed, "logs-path")).c_str());
    }

    void leastPrivilegeOpensTheTargetPort()
    {
        Design d = reference();
        d.securityGroups["app-sg"].ingress.front().ports = PortRange::single(80);
        d.securityGroups["app-sg"].ingress.push_back({Protocol::Tcp, PortRange::single(22), PeerKind::Cidr, "0.0.0.0/0", "ssh"});
        const auto blocked = of(d, "alb-target-reachable");
        QCOMPARE(blocked.size(), std::size_t(1));
        const Design fixed = fixLeastPrivilege(d, blocked.front());
        QVERIFY(of(fixed, "alb-target-reachable").empty());
        QVERIFY(of(fixed, "sg-least-privilege").empty());
        for (const SgRule &rule : fixed.securityGroups.at("app-sg").ingress)
            QCOMPARE(rule.peer, std::string("alb-sg"));
    }

    void generateFromFlowsRebuildsEveryGroup()
    {
        Design d = reference();
        for (auto &[id, sg] : d.securityGroups) {
            sg.ingress.clear();
            sg.egress.clear();
        }
        QVERIFY(!errors(d).empty());
        const Design fixed = generateSgRulesFromFlows(d);
        QVERIFY2(errors(fixed).empty(), describe(errors(fixed)).c_str());
        const Analysis a(fixed);
        for (const Reachability &r : a.reachability())
            QVERIFY2(r.isOk(), r.summary().c_str());
        QVERIFY(fixed.securityGroups.at("db-sg").egress.empty()); // stateful: Aurora needs no egress
    }

    void albPeerSubnet()
    {
        Design d = reference();
        d.resources["alb"].placement = {"public-a"};
        const auto one = of(d, "alb-two-azs");
        QCOMPARE(one.size(), std::size_t(1));
        const Design fixed = fixAlbPeerSubnet(d, one.front());
        QVERIFY(of(fixed, "alb-two-azs").empty());
        QCOMPARE(fixed.resources.at("alb").placement, (std::vector<Id>{"public-a", "public-b"}));
    }

    void moveSecret()
    {
        Design d = reference();
        d.resources["app"].properties["containers"][0]["environment"]["DB_PASSWORD"] = "hunter2";
        const auto plain = of(d, "plaintext-secrets");
        QCOMPARE(plain.size(), std::size_t(1));
        const Design fixed = fixMoveSecret(d, plain.front());
        QVERIFY(of(fixed, "plaintext-secrets").empty());
        const Json &c = fixed.resources.at("app").properties["containers"][0];
        QVERIFY(!c["environment"].contains("DB_PASSWORD"));
        const std::string secret = c["secrets"]["DB_PASSWORD"].get<std::string>();
        QCOMPARE(fixed.resources.at(secret).kind, std::string("secret"));
        QVERIFY(of(fixed, "dangling-reference").empty());
    }
};

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
