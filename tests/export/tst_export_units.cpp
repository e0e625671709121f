#include "exporters/cloudformation/logicalids.h"
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
