#include "importchecks.h"

#include "exporters/input.h"
#include "model/core/topology.h"

#include <QDir>
#include <QTest>

#include <set>

using namespace Stackyard;
using namespace Stackyard::Testing;

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    QString m_dir = QStringLiteral(STACKYARD_SHARED_DIR "/corpus/cloudformation");

    ImportResult import(const QString &name, const ImportOptions &options = {})
    {
        const QString path = m_dir + "/" + name;
        return importCloudFormation(readText(path), path.toStdString(), options);
    }

private slots:
    void initTestCase()
    {
        if (!QDir(m_dir).exists())
            QSKIP("../shared/corpus is not here");
    }

    void everyTemplateImports_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(m_dir).entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyTemplateImports()
    {
        QFETCH(QString, name);
        const ImportResult result = import(name);
        for (const Diagnostic &d : result.diagnostics)
            QVERIFY2(d.severity != Diagnostic::Severity::Error, d.toString().c_str());
        QVERIFY(result.file);
        const QString missing = missingResource(readText(m_dir + "/" + name), *result.file);
        QVERIFY2(missing.isEmpty(), qPrintable("not kept: " + missing));
        const QString layout = layoutProblem(*result.file);
        QVERIFY2(layout.isEmpty(), qPrintable(layout));
        // Containment follows the catalogue's conventions.
        for (const auto &[id, r] : result.file->design.resources) {
            if (r.kind == "subnet")
                QVERIFY2(r.parent.empty()
                             || (result.file->design.resource(r.parent) && result.file->design.resource(r.parent)->kind == "vpc"),
                         id.c_str());
            if (r.kind == "nat-gateway" && !r.parent.empty())
                QCOMPARE(result.file->design.resource(r.parent)->kind, std::string("subnet"));
        }
    }

    void loadInputDetectsTemplates()
    {
        const InputResult json = loadInput((m_dir + "/aws-cloudformation-templates__community__services__VPC__vpc_template.json").toStdString());
        QVERIFY(json.file);
        QVERIFY(json.isTemplate);
        const InputResult missing = loadInput((m_dir + "/nope.yaml").toStdString());
        QVERIFY(!missing.file);
        QVERIFY(hasErrors(missing.diagnostics));
    }

    void refarchVpcContainment()
    {
        const ImportResult result = import("ecs-refarch-cloudformation__infrastructure__vpc.yaml");
        QVERIFY(result.file);
        const Design &d = result.file->design;
        std::set<std::string> zones;
        int subnets = 0;
        for (const auto &[id, r] : d.resources) {
            if (r.kind != "subnet")
                continue;
            ++subnets;
            QCOMPARE(r.parent, std::string("VPC"));
            zones.insert(r.stringProperty("availabilityZone"));
            const bool isPublic = id.rfind("Public", 0) == 0;
            QCOMPARE(subnetTier(d, id), isPublic ? SubnetTier::Public : SubnetTier::Private);
            QCOMPARE(r.stringProperty("role"), std::string(isPublic ? "public" : "app"));
        }
        QCOMPARE(subnets, 4);
        QCOMPARE(zones, (std::set<std::string>{"a", "b"}));
        QCOMPARE(d.resource("NatGateway1")->parent, std::string("PublicSubnet1"));
        QCOMPARE(d.resource("InternetGateway")->parent, std::string("VPC"));
        QVERIFY((d.cloudFormation["Folded"]["NatGateway1EIP"]["as"]) == Json("eip"));
        QCOMPARE(d.resource("VPC")->stringProperty("cidrBlock"), std::string("10.192.0.0/16"));
    }

    void nestedStacksImportTogether()
    {
        const ImportResult result = import("ecs-refarch-cloudformation__master.yaml");
        QVERIFY(result.file);
        const Design &d = result.file->design;
        // The VPC child got the parent's CIDR parameters and its id was disambiguated from the stack's.
        const Resource *vpc = d.resource("VPCVPC");
        QVERIFY(vpc);
        QCOMPARE(vpc->stringProperty("cidrBlock"), std::string("10.180.0.0/16"));
        QCOMPARE(d.resource("PublicSubnet1")->stringProperty("cidrBlock"), std::string("10.180.8.0/21"));
        QCOMPARE(d.resource("PublicSubnet1")->parent, std::string("VPCVPC"));
        QCOMPARE(subnetTier(d, "PublicSubnet1"), SubnetTier::Public);
        // Outputs.* wiring: the security groups child sits in the VPC child's VPC.
        QCOMPARE(d.securityGroup("ECSHostSecurityGroup")->vpc, std::string("VPCVPC"));
        // The product service (a grandchild-level stack) finds the cluster of the ECS stack.
        QCOMPARE(d.resource("Service")->stringProperty("cluster"), std::string("ECSCluster"));
        QVERIFY((d.cloudFormation["Folded"]["VPC"]["as"]) == Json("nested-stack"));
        // Children without a local file stay opaque, with a located warning.
        QCOMPARE(d.resource("WebsiteService")->kind, std::string("opaque"));
        bool warned = false;
        for (const Diagnostic &diag : result.diagnostics)
            warned |= diag.subject == "WebsiteService" && diag.location.find("master.yaml:71:") != std::string::npos;
        QVERIFY(warned);
    }

    void fargateClusterFlowsAndFolding()
    {
        const ImportResult result = import("aws-cloudformation-templates__aws__services__ECS__FargateLaunchType__clusters__private-vpc.yml");
        QVERIFY(result.file);
        const Design &d = result.file->design;
        const Resource *alb = d.resource("PublicLoadBalancer");
        QVERIFY(alb);
        QCOMPARE(alb->placement, (std::vector<Id>{"PublicSubnetOne", "PublicSubnetTwo"}));
        QCOMPARE(alb->parent, std::string("VPC"));
        QVERIFY((alb->properties["listeners"][0]["port"]) == Json(80));
        QVERIFY((alb->properties["targetGroups"][0]["name"]) == Json("DummyTargetGroupPublic"));
        bool internetFlow = false;
        for (const auto &[id, f] : d.flows)
            internetFlow |= f.to == "PublicLoadBalancer" && f.ports == PortRange::single(80) && f.inferred;
        QVERIFY(internetFlow);
        QCOMPARE(d.resource("DynamoDBEndpoint")->stringProperty("service"), std::string("dynamodb"));
    }

    void scenarioChangesValues()
    {
        ImportOptions options;
        options.scenario = "wide";
        options.parameters = {{"VpcCIDR", "10.50.0.0/16"}};
        const ImportResult result = import("ecs-refarch-cloudformation__infrastructure__vpc.yaml", options);
        QVERIFY(result.file);
        QCOMPARE(result.file->design.resource("VPC")->stringProperty("cidrBlock"), std::string("10.50.0.0/16"));
        QVERIFY((result.file->design.cloudFormation["ImportScenario"]["name"]) == Json("wide"));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
