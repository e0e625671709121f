#include "cli/cli.h"

#include "resources/embedded.h"
#include "tests/common/capturedrun.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>

using namespace Stackyard;

namespace Stackyard::Cli {
// cmd_validate.cpp needs nothing else from the CLI; the shared helper is defined here for the test.
int notAvailable(const char *name)
{
    std::fprintf(stderr, "stackyard %s: not available yet in this build\n", name);
    return ExitUnavailable;
}
} // namespace Stackyard::Cli

namespace {

/// Runs `stackyard validate ARGS` in-process with stdout captured.
int validate(const QStringList &args, std::string &out)
{
    std::string err;
    return Testing::runCaptured([&] { return Cli::runValidate(args); }, out, err);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clean;
    QString m_broken;
    QString m_warned;

    QString write(const QString &name, std::string_view text)
    {
        const QString path = m_dir.filePath(name);
        std::ofstream(path.toStdString()) << text;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto reference = embeddedFile("samples/reference.stackyard.json");
        QVERIFY(reference);
        m_clean = write(QStringLiteral("clean.stackyard.json"), *reference);
        auto doc = nlohmann::json::parse(*reference);
        for (auto &r : doc["resources"])
            if (r["id"] == "alb")
                r["placement"] = {"public-a"};
        m_broken = write(QStringLiteral("broken.stackyard.json"), doc.dump());
        auto warned = nlohmann::json::parse(*reference);
        for (auto &r : warned["resources"])
            if (r["kind"] == "ecr-repository")
                r["properties"]["tagMutability"] = "MUTABLE"; // SEC-8: a warning, not an error
        m_warned = write(QStringLiteral("warned.stackyard.json"), warned.dump());
    }

    void exitCodes()
    {
        std::string out;
        QCOMPARE(validate({m_clean, QStringLiteral("--fail-on"), QStringLiteral("warning")}, out), 0);
        QCOMPARE(validate({m_warned}, out), 0);                                  // only warnings
        QCOMPARE(validate({m_warned, QStringLiteral("--fail-on"), QStringLiteral("warning")}, out), 1);
        QCOMPARE(validate({m_broken}, out), 1);                                  // default --fail-on error
        QCOMPARE(validate({m_broken, QStringLiteral("--fail-on=never")}, out), 0);
        QCOMPARE(validate({m_dir.filePath(QStringLiteral("missing.json"))}, out), 2);
        QCOMPARE(validate({write(QStringLiteral("bad.json"), "{\"formatVersion\": 1, \"resources\": [")}, out), 2);
        QCOMPARE(validate({m_clean, QStringLiteral("--format"), QStringLiteral("xml")}, out), 2);
        QCOMPARE(validate({}, out), 2);
    }

    void cloudFormationTemplate()
    {
        // An ALB in one subnet: CloudFormation rejects it. Subjects are the template's logical IDs.
        const QString path = write("one-az.yaml", R"(AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  PublicA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.0.0/24
      AvailabilityZone: !Select [0, !GetAZs '']
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      Subnets: [!Ref PublicA]
)");
        std::string out;
        QCOMPARE(validate({path, "--format", "json"}, out), int(Cli::ExitFindings));
        const auto json = nlohmann::json::parse(out);
        bool found = false;
        for (const auto &f : json["findings"])
            if (f["rule"] == "alb-two-azs") {
                found = true;
                QCOMPARE(f["subjects"][0].get<std::string>(), std::string("Alb"));
            }
        QVERIFY(found);
        const QString broken = write("broken.yaml", "Resources:\n  A: [\n");
        QCOMPARE(validate({broken}, out), int(Cli::ExitBadInput));
    }
    void jsonShape()
    {
        std::string out;
        QCOMPARE(validate({m_broken, QStringLiteral("--format"), QStringLiteral("json")}, out), 1);
        const auto root = nlohmann::json::parse(out);
        QCOMPARE(root.size(), std::size_t(1));
        QVERIFY(root["findings"].is_array() && !root["findings"].empty());
        bool sawAlb = false;
        for (const auto &f : root["findings"]) {
            QCOMPARE(f.size(), std::size_t(6));
            for (const char *key : {"rule", "severity", "pillar", "practice", "subjects", "message"})
                QVERIFY2(f.contains(key), key);
            QVERIFY(f["subjects"].is_array());
            if (f["rule"] == "alb-two-azs") {
                sawAlb = true;
                QCOMPARE(f["severity"].get<std::string>(), std::string("error"));
                QCOMPARE(f["pillar"].get<std::string>(), std::string("rel"));
                QCOMPARE(f["practice"].get<std::string>(), std::string("NET-1"));
                QCOMPARE(f["subjects"][0].get<std::string>(), std::string("alb"));
            }
        }
        QVERIFY(sawAlb);
    }

    void sarif()
    {
        std::string out;
        QCOMPARE(validate({m_broken, QStringLiteral("--format=sarif")}, out), 1);
        const auto root = nlohmann::json::parse(out);
        QCOMPARE(root["version"].get<std::string>(), std::string("2.1.0"));
        const auto &run = root["runs"][0];
        QCOMPARE(run["tool"]["driver"]["name"].get<std::string>(), std::string("stackyard"));
        const auto &rules = run["tool"]["driver"]["rules"];
        QVERIFY(rules.size() >= 30);
        for (const auto &r : run["results"]) {
            const int index = r["ruleIndex"].get<int>();
            QCOMPARE(rules[index]["id"].get<std::string>(), r["ruleId"].get<std::string>());
            const std::string level = r["level"];
            QVERIFY(level == "error" || level == "warning" || level == "note");
            QVERIFY(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
        }
    }

    void text()
    {
        std::string out;
        QCOMPARE(validate({m_broken}, out), 1);
        QVERIFY2(out.find("error: [alb-two-azs] alb: ") != std::string::npos, out.c_str());
        QVERIFY(out.find("    fix: ") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
