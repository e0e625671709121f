#include "exporters/cfn/evaluator.h"
#include "exporters/cfn/templatereader.h"

#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Cfn;

namespace {

const char *const kTemplate = R"(
Parameters:
  Env: {Type: String, Default: dev}
  Net: {Type: String, Default: '10.1'}
  Subnets: {Type: CommaDelimitedList, Default: 'a, b'}
  Secret: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  HasSecret: !Not [!Equals [!Ref Secret, '']]
  ProdAndSecret: !And [!Condition IsProd, !Condition HasSecret]
  ProdOrDev: !Or [!Condition IsProd, !Equals [!Ref Env, dev]]
Mappings:
  Size: {dev: {Cpu: 256}, prod: {Cpu: 1024}}
Resources:
  Vpc: {Type: 'AWS::EC2::VPC'}
)";

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private:
    ParsedTemplate m_parsed;

    Json eval(const std::string &yaml, std::map<std::string, Json> scenario = {}, Diagnostics *warnings = nullptr)
    {
        Diagnostics d;
        auto value = readTemplate("V: " + yaml + "\n", "v.yaml", d);
        if (!value)
            return "<parse error>";
        Evaluator evaluator(m_parsed.root, EvalContext{"eu-west-1", "shop", "t.yaml", ""}, std::move(scenario));
        Json result = evaluator.evaluate(value->root["V"]);
        if (warnings)
            *warnings = evaluator.takeDiagnostics();
        return result;
    }

private slots:
    void initTestCase()
    {
        Diagnostics d;
        auto parsed = readTemplate(kTemplate, "t.yaml", d);
        QVERIFY(parsed);
        m_parsed = *parsed;
    }

    void values_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << "!Ref Env" << R"("dev")";
        QTest::newRow("list parameter") << "!Ref Subnets" << R"(["a","b"])";
        QTest::newRow("region") << "!Ref 'AWS::Region'" << R"("eu-west-1")";
        QTest::newRow("stack name") << "!Ref 'AWS::StackName'" << R"("shop")";
        QTest::newRow("account stays") << "!Ref 'AWS::AccountId'" << R"({"Ref":"AWS::AccountId"})";
        QTest::newRow("resource ref") << "!Ref Vpc" << R"({"Ref":"Vpc"})";
        QTest::newRow("az by index") << "!Select [1, !GetAZs '']" << R"("eu-west-1b")";
        QTest::newRow("sub") << "!Sub '${Net}.0.0/16 in ${AWS::Region} ${!Literal}'" << R"("10.1.0.0/16 in eu-west-1 ${Literal}")";
        QTest::newRow("sub with vars") << "!Sub ['${A}-${Env}', {A: x}]" << R"("x-dev")";
        QTest::newRow("sub keeps resource") << "!Sub '${Vpc.CidrBlock}/x'" << R"({"Fn::Sub":"${Vpc.CidrBlock}/x"})";
        QTest::newRow("join") << "!Join ['-', [!Ref Env, 1]]" << R"("dev-1")";
        QTest::newRow("join keeps refs") << "!Join [',', [!Ref Vpc, b]]" << R"({"Fn::Join":[",",[{"Ref":"Vpc"},"b"]]})";
        QTest::newRow("split") << "!Split [',', 'x,y']" << R"(["x","y"])";
        QTest::newRow("if false") << "!If [IsProd, big, small]" << R"("small")";
        QTest::newRow("if novalue dropped") << "[1, !If [IsProd, 2, !Ref 'AWS::NoValue']]" << "[1]";
        QTest::newRow("or") << "!If [ProdOrDev, y, n]" << R"("y")";
        QTest::newRow("unknown condition kept") << "!If [ProdAndSecret, y, n]" << R"("n")";
        QTest::newRow("if on unknown") << "!If [HasSecret, y, n]" << R"({"Fn::If":["HasSecret","y","n"]})";
        QTest::newRow("find in map") << "!FindInMap [Size, !Ref Env, Cpu]" << "256";
        QTest::newRow("cidr") << "!Cidr ['10.0.0.0/16', 3, 8]" << R"(["10.0.0.0/24","10.0.1.0/24","10.0.2.0/24"])";
        QTest::newRow("select cidr") << "!Select [2, !Cidr ['10.0.0.0/16', 4, 12]]" << R"("10.0.32.0/20")";
        QTest::newRow("import stays") << "!ImportValue net-Vpc" << R"({"Fn::ImportValue":"net-Vpc"})";
        QTest::newRow("no default stays") << "!Ref Secret" << R"({"Ref":"Secret"})";
    }
    void values()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(eval(yaml.toStdString()).dump()), expected);
    }

    void scenarioOverridesDefaults()
    {
        const std::map<std::string, Json> prod{{"Env", "prod"}, {"Secret", "arn:x"}};
        QVERIFY((eval("!If [IsProd, big, small]", prod)) == Json("big"));
        QVERIFY((eval("!If [ProdAndSecret, y, n]", prod)) == Json("y"));
        QVERIFY((eval("!FindInMap [Size, !Ref Env, Cpu]", prod)) == Json(1024));
        QVERIFY((eval("!Ref Secret", prod)) == Json("arn:x"));
    }

    void unknowablesWarnOnce()
    {
        Diagnostics warnings;
        eval("[!Ref Secret, !Ref Secret, !ImportValue a, !ImportValue a]", {}, &warnings);
        QCOMPARE(warnings.size(), std::size_t(2));
        for (const Diagnostic &d : warnings) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QVERIFY(d.message.find("symbolic") != std::string::npos);
        }
        QCOMPARE(warnings[0].subject, std::string("Secret"));
    }

    void undeclaredScenarioParameterWarns()
    {
        Diagnostics warnings;
        eval("!Ref Env", {{"Nope", "1"}}, &warnings);
        QCOMPARE(warnings.size(), std::size_t(1));
        QCOMPARE(warnings[0].subject, std::string("Nope"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
