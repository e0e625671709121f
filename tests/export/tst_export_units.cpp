#include "exporters/cloudformation/cloudformation.h"
#include "exporters/cloudformation/logicalids.h"
#include "exporters/cloudformation/ojson.h"
#include "exporters/cloudformation/yamlwriter.h"
#include "exporters/registry.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Stackyard;

class TestExportUnits : public QObject
{
    Q_OBJECT

private slots:
    void logicalIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("pascal");
        QTest::addColumn<QString>("snake");
        QTest::newRow("dashes") << "ecs-service-1" << "EcsService1" << "ecs_service_1";
        QTest::newRow("digit first") << "1st" << "R1st" << "r_1st";
        QTest::newRow("symbols only") << "--" << "Resource" << "resource";
        QTest::newRow("already pascal") << "MyVpc" << "MyVpc" << "myvpc";
    }

    void logicalIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, pascal);
        QFETCH(QString, snake);
        QCOMPARE(QString::fromStdString(LogicalIds(LogicalIds::Style::Pascal).convert(id.toStdString())), pascal);
        QCOMPARE(QString::fromStdString(LogicalIds(LogicalIds::Style::Snake).convert(id.toStdString())), snake);
    }

    void collisionsResolveInRequestOrder()
    {
        LogicalIds ids(LogicalIds::Style::Pascal);
        ids.reserve("EnvironmentName");
        QCOMPARE(QString::fromStdString(ids.name("a-b")), QStringLiteral("AB"));
        QCOMPARE(QString::fromStdString(ids.name("a_b")), QStringLiteral("AB2"));
        QCOMPARE(QString::fromStdString(ids.name("environment-name")), QStringLiteral("EnvironmentName2"));
        QCOMPARE(QString::fromStdString(ids.name("a-b")), QStringLiteral("AB")); // memoized
        QCOMPARE(QString::fromStdString(ids.name("a", "b")), QStringLiteral("AB3"));
    }

    void yamlQuotesWhatWouldNotStayAString_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *s : {"", "true", "No", "on", "null", "~", "0777", "1e3", "12:30", "0x1f", "- x", "a: b",
                              "x #y", "*ref", "!tag", "'q'", "trailing ", " lead", "2010-09-09", "{x}", "a\tb"})
            QTest::newRow(s) << QString::fromUtf8(s);
    }

    void yamlQuotesWhatWouldNotStayAString()
    {
        QFETCH(QString, value);
        nlohmann::ordered_json t{{"Key", value.toStdString()}};
        const std::string text = writeCloudFormationYaml(t);
        const YAML::Node node = YAML::Load(text);
        QCOMPARE(QString::fromStdString(node["Key"].as<std::string>()), value);
        QCOMPARE(node["Key"].Tag(), std::string("!"));
    }

    void yamlShortFormIntrinsics()
    {
        nlohmann::ordered_json t{
            {"A", {{"Ref", "X"}}},
            {"B", {{"Fn::GetAtt", {"Y", "Arn"}}}},
            {"C", {{"Fn::Select", {0, {{"Fn::GetAZs", ""}}}}}},
            {"D", {{"Fn::Sub", "line one\nline ${X}\n"}}},
            {"E", {{"Fn::Join", {"/", {"a", {{"Ref", "X"}}}}}}},
        };
        const std::string text = writeCloudFormationYaml(t);
        QVERIFY2(text.find("A: !Ref X\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("B: !GetAtt Y.Arn\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("C: !Select [0, !GetAZs '']\n") != std::string::npos, text.c_str());
        const YAML::Node node = YAML::Load(text);
        QCOMPARE(node["D"].Tag(), std::string("!Sub"));
        QCOMPARE(QString::fromStdString(node["D"].as<std::string>()), QStringLiteral("line one\nline ${X}\n"));
        QCOMPARE(node["E"].Tag(), std::string("!Join"));
        QCOMPARE(node["E"][1][1].Tag(), std::string("!Ref"));
    }

    void assignedNamesWinOverDerivedOnes()
    {
        LogicalIds ids(LogicalIds::Style::Pascal);
        QVERIFY(ids.assign("igw", "Attachment", "GatewayAttachement"));
        QVERIFY(!ids.assign("nat", "Eip", "GatewayAttachement")); // name taken
        QVERIFY(!ids.assign("igw", "Attachment", "Other"));       // id + suffix taken
        QCOMPARE(QString::fromStdString(ids.name("igw", "Attachment")), QStringLiteral("GatewayAttachement"));
        QCOMPARE(QString::fromStdString(ids.name("gateway-attachement")), QStringLiteral("GatewayAttachement2"));
    }

    /// A security group whose VPC is outside the design (an imported template's parameter) takes
    /// the VpcId the template had; without one, a parameter (CloudFormation) / variable (Terraform).
    void vpcOutsideTheDesign()
    {
        Design design;
        SecurityGroup kept{"AppSg", "app", "", "app tasks", {}, {}};
        SecurityGroup bare{"DbSg", "db", "", "database", {}, {}};
        design.securityGroups.emplace(kept.id, kept);
        design.securityGroups.emplace(bare.id, bare);
        design.cloudFormation["Parameters"]["VpcParam"] = {{"Type", "AWS::EC2::VPC::Id"}};
        design.cloudFormation["Folded"]["AppSg"] = {{"Type", "AWS::EC2::SecurityGroup"}, {"as", "security-group"},
                                                     {"into", "AppSg"},
                                                     {"Properties", {{"VpcId", {{"Ref", "VpcParam"}}}}}};
        const ExportResult cfn = findExporter("cloudformation-yaml")->run(design);
        QVERIFY(!cfn.files.empty());
        const std::string &yaml = cfn.files[0].text;
        QVERIFY2(yaml.find("VpcId: !Ref VpcParam\n") != std::string::npos, yaml.c_str());
        QVERIFY2(yaml.find("VpcId: !Ref DbSgVpcId\n") != std::string::npos, yaml.c_str());
        QVERIFY2(yaml.find("  DbSgVpcId:\n    Type: AWS::EC2::VPC::Id\n") != std::string::npos, yaml.c_str());
        QVERIFY2(yaml.find("!Ref ''") == std::string::npos, yaml.c_str());

        const ExportResult tf = findExporter("terraform")->run(design);
        QVERIFY(tf.files.size() > 1);
        QVERIFY2(tf.files[0].text.find("= var.appsg_vpc_id\n") != std::string::npos, tf.files[0].text.c_str());
        QVERIFY2(tf.files[1].text.find("variable \"appsg_vpc_id\"") != std::string::npos, tf.files[1].text.c_str());
    }

    void poolRecyclesUntilToldNotTo()
    {
        OJsonPool pool;
        void *first = OJsonPool::allocate(48);
        OJsonPool::deallocate(first, 48);
        QCOMPARE(OJsonPool::allocate(48), first); // a freed node is handed out again
        pool.stopRecycling();
        OJsonPool::deallocate(first, 48);
        QVERIFY(OJsonPool::allocate(48) != first);
    }

    void releaseTreeEmptiesEveryLevel()
    {
        OJsonPool pool;
        OJson value = {{"Resources", {{"A", {{"Type", "AWS::SNS::Topic"}, {"Tags", OJson::array({"a long string beyond the small-string buffer", 1})}}}}},
                       {"List", OJson::array({OJson::object({{"k", "v"}}), OJson::array()})}};
        const OJson copy = value;
        releaseTree(value);
        QVERIFY(value.is_object());
        QVERIFY(value.empty());
        QCOMPARE(copy["Resources"]["A"]["Tags"].size(), std::size_t(2)); // copies are separate trees
        OJson list = copy["List"];
        releaseTree(list);
        QVERIFY(list.is_array() && list.empty());
        OJson text = "unchanged";
        releaseTree(text);
        QCOMPARE(text.get<std::string>(), std::string("unchanged"));
    }

    /// The JSON template is written by the exporter's own writer: the same text as dump(2),
    /// escapes, non-ASCII text, numbers and an imported template's floats and nulls included.
    void jsonTemplateIsDumpText()
    {
        Design design;
        design.description = "Tab\there, \"quoted\" \\ back, caf\u00e9 \u2014 \x01";
        SecurityGroup sg{"AppSg", "app \"tasks\"", "", "app tasks \u00fc", {}, {}};
        design.securityGroups.emplace(sg.id, sg);
        design.cloudFormation["Mappings"]["M"] = {{"Ratio", 0.25}, {"Big", 1e300}, {"None", nullptr},
                                                  {"Count", -3}, {"Max", 18446744073709551615ULL},
                                                  {"Empty", Json::object()}, {"List", Json::array()}};
        const ExportResult json = findExporter("cloudformation-json")->run(design);
        QVERIFY(!json.files.empty());
        Diagnostics diagnostics;
        const std::string expected = buildCloudFormationTemplate(design, diagnostics).dump(2) + "\n";
        QCOMPARE(json.files[0].text, expected);
        QVERIFY(expected.find("\\\"quoted\\\"") != std::string::npos);
        QVERIFY(expected.find("\\u0001") != std::string::npos);
        QVERIFY(expected.find("0.25") != std::string::npos);
    }

    /// DependsOn entries naming what the template does not have are dropped with a warning; a
    /// list whose entries all exist stays as it is.
    void danglingDependsOnIsDropped()
    {
        Design design;
        Resource a;
        a.id = "topic-a";
        a.kind = "opaque";
        a.rawType = "AWS::SNS::Topic";
        Resource b = a;
        b.id = "topic-b";
        b.templateAttributes = {{"DependsOn", Json::array({"TopicA", "Gone"})}};
        Resource c = a;
        c.id = "topic-c";
        c.templateAttributes = {{"DependsOn", Json::array({"TopicA", "TopicB"})}};
        for (const Resource &r : {a, b, c})
            design.resources.emplace(r.id, r);
        Diagnostics diagnostics;
        const nlohmann::ordered_json templ = buildCloudFormationTemplate(design, diagnostics);
        const auto &resources = templ["Resources"];
        QCOMPARE(resources["TopicB"]["DependsOn"].dump(), std::string(R"(["TopicA"])"));
        QCOMPARE(resources["TopicC"]["DependsOn"].dump(), std::string(R"(["TopicA","TopicB"])"));
        QVERIFY(!resources["TopicA"].contains("DependsOn"));
        int warnings = 0;
        for (const Diagnostic &d : diagnostics)
            warnings += d.message.find("depends on \"Gone\"") != std::string::npos;
        QCOMPARE(warnings, 1);
    }

    void registryListsEveryFormat()
    {
        QVERIFY(findExporter("cloudformation-yaml"));
        QVERIFY(findExporter("cloudformation-json"));
        QVERIFY(findExporter("terraform"));
        QVERIFY(findExporter("terraform")->writesDirectory);
        QVERIFY(!findExporter("pulumi"));
    }
};

QTEST_GUILESS_MAIN(TestExportUnits)
#include "tst_export_units.moc"
