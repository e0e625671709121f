#include "cli/cli.h"

#include "resources/embedded.h"
#include "tests/common/capturedrun.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>

using namespace Stackyard;

namespace {

/// Runs `stackyard info ARGS` in-process with stdout and stderr captured.
int info(const QStringList &args, std::string &out, std::string &err)
{
    return Testing::runCaptured([&] { return Cli::runInfo(args); }, out, err);
}

} // namespace

class TestIoInfo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, std::string_view text)
    {
        const QString path = m_dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << text;
        return path;
    }

private slots:
    void textSummary()
    {
        const QString path = write("ref.stackyard.json", *embeddedFile("samples/reference.stackyard.json"));
        std::string out, err;
        QCOMPARE(info({path}, out, err), int(Cli::ExitClean));
        QVERIFY2(out.find("Stackyard design, format 1") != std::string::npos, out.c_str());
        QVERIFY(out.find("resources: 24") != std::string::npos);
        QVERIFY(out.find("  subnet                 6") != std::string::npos);
        QVERIFY(out.find("security groups: 3") != std::string::npos);
        QVERIFY(out.find("route tables: 4") != std::string::npos);
        QVERIFY(out.find("warnings: 0") != std::string::npos);
        QVERIFY(err.empty());
    }

    void jsonSummary()
    {
        const QString path = write("fx.stackyard.json", *embeddedFile("samples/firelens-xray.stackyard.json"));
        std::string out, err;
        QCOMPARE(info({path, "--format", "json"}, out, err), int(Cli::ExitClean));
        const nlohmann::json j = nlohmann::json::parse(out);
        QCOMPARE(j["type"].get<std::string>(), std::string("design"));
        QCOMPARE(j["formatVersion"].get<int>(), 1);
        QCOMPARE(j["resources"]["byKind"]["ecs-service"].get<int>(), 2);
        QCOMPARE(j["resources"]["total"].get<int>(), 30);
        QVERIFY(j["flows"].get<int>() > 10);
        QVERIFY(j["warnings"].empty());
    }

    void warningsAndMigrationAreShown()
    {
        const QString path = write("old.json", R"({"formatVersion": 0, "colour": "red",
            "resources": [{"id": "u", "kind": "users", "name": "U"}]})");
        std::string out, err;
        QCOMPARE(info({"--format=json", path}, out, err), int(Cli::ExitClean));
        const nlohmann::json j = nlohmann::json::parse(out);
        QCOMPARE(j["formatVersion"].get<int>(), 0);
        QCOMPARE(j["warnings"].size(), std::size_t(1));
        QCOMPARE(j["warnings"][0]["location"].get<std::string>(), path.toStdString() + ": /colour");
        QCOMPARE(info({path}, out, err), int(Cli::ExitClean));
        QVERIFY2(out.find("format 0 (migrated to 1") != std::string::npos, out.c_str());
    }

    /// Bad input: exit 2 and the located message on stderr, nothing on stdout.
    void badInput()
    {
        const QString path = write("bad.json", "{\"formatVersion\": 1,\n  \"resources\": [}\n");
        std::string out, err;
        QCOMPARE(info({path}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find(path.toStdString() + ":2:17: error:") != std::string::npos, err.c_str());
        QVERIFY(out.empty());
        QCOMPARE(info({m_dir.filePath("missing.json")}, out, err), int(Cli::ExitBadInput));
        QVERIFY(err.find("missing.json") != std::string::npos);
    }

    void cloudFormationTemplate()
    {
        const QString path = write("vpc.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                                               "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
                                               "  Topic:\n    Type: AWS::SNS::Topic\n");
        std::string out, err;
        QCOMPARE(info({path, "--format", "json"}, out, err), int(Cli::ExitClean));
        const auto json = nlohmann::json::parse(out);
        QCOMPARE(json["type"].get<std::string>(), std::string("cloudformation"));
        const QString broken = write("broken.yaml", "Resources:\n  Vpc: [\n");
        QCOMPARE(info({broken}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find("broken.yaml:") != std::string::npos, err.c_str());
    }

    /// The template size limit (20 MB, against YAML bombs) does not apply to designs: a design
    /// of 21 MB is read; a template of the same size is refused before it is read, naming the file.
    void sizeLimitIsForTemplatesOnly()
    {
        auto design = nlohmann::json::parse(*embeddedFile("samples/reference.stackyard.json"));
        design["description"] = std::string(21u * 1024u * 1024u, 'x');
        const QString big = write("big.stackyard.json", design.dump());
        std::string out, err;
        const int code = info({big}, out, err);
        QVERIFY2(code == int(Cli::ExitClean), err.c_str());
        QVERIFY2(out.find("Stackyard design, format 1") != std::string::npos, out.c_str());
        QVERIFY(out.find("resources: 24") != std::string::npos);

        std::string yaml = "AWSTemplateFormatVersion: '2010-09-09'\nDescription: ";
        yaml += std::string(21u * 1024u * 1024u, 'x');
        yaml += "\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
        const QString bigTemplate = write("big.yaml", yaml);
        QCOMPARE(info({bigTemplate}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find("big.yaml:1:1") != std::string::npos && err.find("more than the limit") != std::string::npos,
                 err.c_str());
        nlohmann::json cfn = {{"AWSTemplateFormatVersion", "2010-09-09"}, {"Description", std::string(21u * 1024u * 1024u, 'x')},
                              {"Resources", {{"Topic", {{"Type", "AWS::SNS::Topic"}}}}}};
        const QString bigJson = write("big.template.json", cfn.dump());
        QCOMPARE(info({bigJson}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find("big.template.json:") != std::string::npos && err.find("more than the limit") != std::string::npos,
                 err.c_str());
    }

    void usageErrors()
    {
        std::string out, err;
        QCOMPARE(info({}, out, err), int(Cli::ExitBadInput));
        QCOMPARE(info({"x.json", "--format", "yaml"}, out, err), int(Cli::ExitBadInput));
        QVERIFY(err.find("--format takes text or json") != std::string::npos);
        QCOMPARE(info({"x.json", "--verbose"}, out, err), int(Cli::ExitBadInput));
        QCOMPARE(info({"x.json", "y.json"}, out, err), int(Cli::ExitBadInput));
    }
};

QTEST_GUILESS_MAIN(TestIoInfo)
#include "tst_io_info.moc"
