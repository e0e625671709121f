#include "cli/cli.h"

#include "resources/embedded.h"
#include "tests/common/capturedrun.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>

using namespace Stackyard;

namespace {

std::string readAll(const QString &path)
{
    return Testing::readWholeFile(path.toLocal8Bit().constData());
}

/// Runs `stackyard export ARGS` in-process with stdout and stderr captured.
int runExport(const QStringList &args, std::string &out, std::string &err)
{
    return Testing::runCaptured([&] { return Cli::runExport(args); }, out, err);
}

} // namespace

/// `stackyard export FILE --to FORMAT -o PATH` (PRODUCT.md): designs and CloudFormation templates
/// as input, exit codes, located errors, and a failed export never touching what was there.
class TestIoExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reference;

    QString write(const QString &name, std::string_view text)
    {
        const QString path = m_dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << text;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_reference = write("reference.stackyard.json", *embeddedFile("samples/reference.stackyard.json"));
    }

    void designToEveryFormat()
    {
        std::string out, err;
        const QString yaml = m_dir.filePath("out/stack.yaml");
        QCOMPARE(runExport({m_reference, "--to", "cloudformation-yaml", "-o", yaml}, out, err), int(Cli::ExitClean));
        QVERIFY2(readAll(yaml).rfind("AWSTemplateFormatVersion", 0) == 0, readAll(yaml).substr(0, 200).c_str());
        QVERIFY2(out.find("wrote ") != std::string::npos, out.c_str());

        const QString json = m_dir.filePath("out/stack.json");
        QCOMPARE(runExport({m_reference, "--to=cloudformation-json", "--output", json}, out, err), int(Cli::ExitClean));
        const auto parsed = nlohmann::json::parse(readAll(json));
        QVERIFY(parsed.contains("Resources"));
        QVERIFY(parsed["Resources"].size() > 20);

        const QString tf = m_dir.filePath("out/tf");
        QCOMPARE(runExport({m_reference, "--to", "terraform", "-o", tf}, out, err), int(Cli::ExitClean));
        for (const char *file : {"main.tf", "variables.tf", "outputs.tf", "versions.tf"})
            QVERIFY2(QFile::exists(tf + "/" + file), file);
    }

    /// A CloudFormation template is imported on the fly: our own export, read back, exports again.
    void templateAsInput()
    {
        std::string out, err;
        const QString yaml = m_dir.filePath("t/stack.yaml");
        QCOMPARE(runExport({m_reference, "--to", "cloudformation-yaml", "-o", yaml}, out, err), int(Cli::ExitClean));
        const QString again = m_dir.filePath("t/again.yaml");
        QCOMPARE(runExport({yaml, "--to", "cloudformation-yaml", "-o", again}, out, err), int(Cli::ExitClean));
        QCOMPARE(readAll(again), readAll(yaml)); // the round trip is exact (issue 6)
        const QString tf = m_dir.filePath("t/tf");
        QCOMPARE(runExport({yaml, "--to", "terraform", "-o", tf}, out, err), int(Cli::ExitClean));
        QVERIFY(readAll(tf + "/main.tf").find("resource \"aws_ecs_service\"") != std::string::npos);
    }

    /// Bad input: exit 2, the file (and line and column where there is one) on stderr, and the
    /// previous export left exactly as it was.
    void badInputKeepsThePreviousExport()
    {
        const QString target = write("kept.yaml", "previous export\n");
        std::string out, err;

        const QString broken = write("broken.stackyard.json", "{\"formatVersion\": 1,\n  \"resources\": [}\n");
        QCOMPARE(runExport({broken, "--to", "cloudformation-yaml", "-o", target}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find(broken.toStdString() + ":2:17: error:") != std::string::npos, err.c_str());

        const QString damaged = write("damaged.json", "{\"name\": \"x\", \"resources\" [1]}");
        QCOMPARE(runExport({damaged, "--to", "cloudformation-yaml", "-o", target}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find(damaged.toStdString() + ":1:") != std::string::npos, err.c_str());

        const QString badYaml = write("bad.yaml", "Resources:\n  Vpc: [\n");
        QCOMPARE(runExport({badYaml, "--to", "terraform", "-o", target}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find("bad.yaml:") != std::string::npos, err.c_str());

        QCOMPARE(runExport({m_dir.filePath("missing.json"), "--to", "terraform", "-o", target}, out, err),
                 int(Cli::ExitBadInput));
        QVERIFY2(err.find("missing.json") != std::string::npos && err.find("cannot open the file") != std::string::npos,
                 err.c_str());

        QCOMPARE(readAll(target), std::string("previous export\n"));
        QVERIFY(out.empty());
    }

    void usageErrors()
    {
        std::string out, err;
        QCOMPARE(runExport({}, out, err), int(Cli::ExitBadInput));
        QCOMPARE(runExport({m_reference, "-o", "x.yaml"}, out, err), int(Cli::ExitBadInput));
        QVERIFY(err.find("--to is required") != std::string::npos);
        QCOMPARE(runExport({m_reference, "--to", "pulumi", "-o", "x"}, out, err), int(Cli::ExitBadInput));
        QVERIFY2(err.find("unknown format 'pulumi'") != std::string::npos, err.c_str());
        QVERIFY(err.find("cloudformation-yaml|cloudformation-json|terraform") != std::string::npos);
        QCOMPARE(runExport({m_reference, "--to", "terraform"}, out, err), int(Cli::ExitBadInput));
        QCOMPARE(runExport({m_reference, m_reference, "--to", "terraform", "-o", "x"}, out, err), int(Cli::ExitBadInput));
    }
};

QTEST_GUILESS_MAIN(TestIoExportCli)
#include "tst_io_export_cli.moc"
