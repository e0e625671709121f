#include "exporters/cfn/templatereader.h"

#include <QRegularExpression>
#include <QTest>

#include <chrono>

using namespace Stackyard;
using namespace Stackyard::Cfn;

class TestReader : public QObject
{
    Q_OBJECT

private:
    static Json valueOf(const std::string &yaml)
    {
        Diagnostics d;
        auto parsed = readTemplate("V: " + yaml + "\n", "t.yaml", d);
        if (!parsed) {
            qWarning("%s", d.empty() ? "?" : d[0].toString().c_str());
            return Json("<error>");
        }
        return parsed->root["V"];
    }

    static Diagnostic firstError(const std::string &text, const ReaderLimits &limits = {})
    {
        Diagnostics d;
        auto parsed = readTemplate(text, "t.yaml", d, limits);
        if (parsed || d.empty())
            return {Diagnostic::Severity::Info, "", "", "no error"};
        return d[0];
    }

private slots:
    void shortFormTags_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Ref") << "!Ref Vpc" << R"({"Ref":"Vpc"})";
        QTest::newRow("GetAtt scalar") << "!GetAtt Alb.DNSName" << R"({"Fn::GetAtt":["Alb","DNSName"]})";
        QTest::newRow("GetAtt dotted attribute") << "!GetAtt Stack.Outputs.Vpc" << R"({"Fn::GetAtt":["Stack","Outputs.Vpc"]})";
        QTest::newRow("GetAtt sequence") << "!GetAtt [Alb, DNSName]" << R"({"Fn::GetAtt":["Alb","DNSName"]})";
        QTest::newRow("Sub scalar") << "!Sub 'x-${AWS::Region}'" << R"({"Fn::Sub":"x-${AWS::Region}"})";
        QTest::newRow("Sub sequence") << "!Sub ['${A}-b', {A: !Ref P}]" << R"({"Fn::Sub":["${A}-b",{"A":{"Ref":"P"}}]})";
        QTest::newRow("Join") << "!Join [',', [a, !Ref B]]" << R"({"Fn::Join":[",",["a",{"Ref":"B"}]]})";
        QTest::newRow("Select") << "!Select [1, !GetAZs '']" << R"({"Fn::Select":[1,{"Fn::GetAZs":""}]})";
        QTest::newRow("Split") << "!Split [',', 'a,b']" << R"({"Fn::Split":[",","a,b"]})";
        QTest::newRow("If") << "!If [HasX, 1, !Ref 'AWS::NoValue']" << R"({"Fn::If":["HasX",1,{"Ref":"AWS::NoValue"}]})";
        QTest::newRow("Equals") << "!Equals [!Ref P, '']" << R"({"Fn::Equals":[{"Ref":"P"},""]})";
        QTest::newRow("And") << "!And [!Condition A, !Condition B]" << R"({"Fn::And":[{"Condition":"A"},{"Condition":"B"}]})";
        QTest::newRow("Or") << "!Or [!Condition A, !Equals [a, b]]" << R"({"Fn::Or":[{"Condition":"A"},{"Fn::Equals":["a","b"]}]})";
        QTest::newRow("Not") << "!Not [!Condition A]" << R"({"Fn::Not":[{"Condition":"A"}]})";
        QTest::newRow("FindInMap") << "!FindInMap [M, !Ref 'AWS::Region', Ami]" << R"({"Fn::FindInMap":["M",{"Ref":"AWS::Region"},"Ami"]})";
        QTest::newRow("Base64") << "!Base64 'echo hi'" << R"({"Fn::Base64":"echo hi"})";
        QTest::newRow("Base64 of Sub") << "!Base64 {'Fn::Sub': 'x'}" << R"({"Fn::Base64":{"Fn::Sub":"x"}})";
        QTest::newRow("Cidr") << "!Cidr ['10.0.0.0/16', 4, 8]" << R"({"Fn::Cidr":["10.0.0.0/16",4,8]})";
        QTest::newRow("GetAZs empty") << "!GetAZs ''" << R"({"Fn::GetAZs":""})";
        QTest::newRow("GetAZs nothing") << "!GetAZs" << R"({"Fn::GetAZs":""})";
        QTest::newRow("GetAZs Ref") << "!GetAZs {Ref: 'AWS::Region'}" << R"({"Fn::GetAZs":{"Ref":"AWS::Region"}})";
        QTest::newRow("ImportValue") << "!ImportValue 'net-VpcId'" << R"({"Fn::ImportValue":"net-VpcId"})";
        QTest::newRow("ImportValue of Sub") << "!ImportValue {'Fn::Sub': '${P}-Vpc'}" << R"({"Fn::ImportValue":{"Fn::Sub":"${P}-Vpc"}})";
        QTest::newRow("Condition") << "!Condition IsProd" << R"({"Condition":"IsProd"})";
        QTest::newRow("Ref of number text") << "!Ref 80" << R"({"Ref":"80"})";
        QTest::newRow("long form kept") << "{Ref: X}" << R"({"Ref":"X"})";
    }
    void shortFormTags()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(valueOf(yaml.toStdString()).dump()), expected);
    }

    void scalars_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("int") << "80" << "80";
        QTest::newRow("quoted int") << "'80'" << R"("80")";
        QTest::newRow("bool") << "true" << "true";
        QTest::newRow("decimal") << "5.7" << "5.7";
        QTest::newRow("version stays text") << "1.10" << R"("1.10")";
        QTest::newRow("leading zero stays text") << "0755" << R"("0755")";
        QTest::newRow("null") << "~" << "null";
        QTest::newRow("text") << "ami-123" << R"("ami-123")";
        QTest::newRow("folded block") << ">\n  a\n  b" << R"("a b\n")";
    }
    void scalars()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(valueOf(yaml.toStdString()).dump()), expected);
    }

    void jsonAndYamlReadAlike()
    {
        const std::string yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n"
                                 "      CidrBlock: !Sub '${Net}.0.0/16'\n      Tags: [{Key: Name, Value: !Ref N}]\n";
        const std::string json = R"({"Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties":
            {"CidrBlock": {"Fn::Sub": "${Net}.0.0/16"}, "Tags": [{"Key": "Name", "Value": {"Ref": "N"}}]}}}})";
        Diagnostics d;
        auto a = readTemplate(yaml, "a.yaml", d);
        auto b = readTemplate(json, "b.json", d);
        QVERIFY(a && b);
        QVERIFY(!a->isJson);
        QVERIFY(b->isJson);
        QVERIFY(a->root == b->root);
        QCOMPARE(a->resourceLines["Vpc"], 2);
        QCOMPARE(b->resourceLines["Vpc"], 1);
    }

    void errorsAreLocated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::newRow("unclosed flow") << "Resources:\n  A: [1, 2\n" << "t.yaml:3:1";
        QTest::newRow("unknown tag") << "Resources:\n  A:\n    B: !Reff X\n" << "t.yaml:3:8";
        QTest::newRow("bad GetAtt") << "A:\n  B: !GetAtt NoDot\n" << "t.yaml:2:6";
        QTest::newRow("bad indentation") << "A:\n  b: 1\n c: 2\n" << "t.yaml:3:2";
        QTest::newRow("json") << "{\n  \"A\": [1,\n  }\n" << "t.yaml:3:3";
        QTest::newRow("not a mapping") << "- a\n- b\n" << "t.yaml:1:1";
    }
    void errorsAreLocated()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        const Diagnostic d = firstError(text.toStdString());
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(QString::fromStdString(d.location), location);
        QVERIFY(!d.message.empty());
    }

    void billionLaughsRefused()
    {
        // Ten to the twelfth expansions from a few hundred bytes.
        std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i) {
            const std::string prev = "*a" + std::to_string(i - 1);
            text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                text += ", " + prev;
            text += "]\n";
        }
        const auto start = std::chrono::steady_clock::now();
        const Diagnostic d = firstError(text);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QVERIFY2(d.message.find("refused") != std::string::npos, d.message.c_str());
        QVERIFY(QRegularExpression("^t\\.yaml:\\d+:\\d+$").match(QString::fromStdString(d.location)).hasMatch());
        QVERIFY2(ms.count() < 10000, "the bomb must be refused quickly");
    }

    void hugeInputRefused()
    {
        const std::string text = "A: '" + std::string(21 * 1024 * 1024, 'x') + "'\n";
        const Diagnostic d = firstError(text);
        QVERIFY2(d.message.find("more than the limit") != std::string::npos, d.message.c_str());
        QCOMPARE(QString::fromStdString(d.location), QString("t.yaml:1:1"));
    }

    void deepNestingRefused()
    {
        for (const std::string &open : {std::string("["), std::string("{\"a\":")}) {
            const std::string close = open == "[" ? "]" : "}";
            std::string text = "{\"A\": ";
            for (int i = 0; i < 1000; ++i)
                text += open;
            for (int i = 0; i < 1000; ++i)
                text += close;
            text += "}";
            const Diagnostic json = firstError(text);
            QVERIFY2(json.message.find("deeper") != std::string::npos, json.message.c_str());
            const Diagnostic yaml = firstError("A: " + text.substr(6, text.size() - 7));
            QCOMPARE(yaml.severity, Diagnostic::Severity::Error);
        }
    }

    void nodeLimitIsConfigurable()
    {
        ReaderLimits small;
        small.maxNodes = 10;
        const Diagnostic d = firstError("A: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n", small);
        QVERIFY2(d.message.find("refused") != std::string::npos, d.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
