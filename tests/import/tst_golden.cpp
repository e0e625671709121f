// Golden folders: golden/<case>/template.yaml|json (+ optional parameters.json, a scenario), with the
// expected design (expected.stackyard.json, canonical text) and diagnostics (expected-diagnostics.txt).
// Adding a case = adding a folder. STACKYARD_UPDATE_GOLDEN=1 rewrites the expectations.
#include "exporters/cfn/cfnimport.h"
#include "model/core/io/designio.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Stackyard;

class TestGolden : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(GOLDEN_DIR);
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
    void golden()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        const QString templateName = dir.exists("template.json") ? "template.json" : "template.yaml";
        ImportOptions options;
        options.stackName = dir.dirName().toStdString();
        const QByteArray parameters = read(dir.filePath("parameters.json"));
        if (!parameters.isEmpty()) {
            const Json scenario = Json::parse(parameters.toStdString());
            options.scenario = scenario.value("name", std::string());
            for (const auto &[k, v] : scenario["parameters"].items())
                options.parameters[k] = v.get<std::string>();
        }
        const ImportResult result = importCloudFormation(read(dir.filePath(templateName)).toStdString(),
                                                         templateName.toStdString(), options);
        QByteArray diagnostics;
        for (const Diagnostic &d : result.diagnostics)
            diagnostics += QByteArray::fromStdString(d.toString()) + "\n";
        const QByteArray design = result.file ? QByteArray::fromStdString(saveDesign(*result.file)) : QByteArray();
        if (qEnvironmentVariableIsSet("STACKYARD_UPDATE_GOLDEN")) {
            write(dir.filePath("expected.stackyard.json"), design);
            write(dir.filePath("expected-diagnostics.txt"), diagnostics);
            QSKIP("expectations rewritten");
        }
        QVERIFY(result.file);
        QCOMPARE(diagnostics, read(dir.filePath("expected-diagnostics.txt")));
        QCOMPARE(design, read(dir.filePath("expected.stackyard.json")));
        // The saved design reads back into the same design.
        const LoadResult back = loadDesign(design.toStdString(), "expected.stackyard.json");
        QVERIFY(back.file);
        QVERIFY(back.file->design == result.file->design);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
