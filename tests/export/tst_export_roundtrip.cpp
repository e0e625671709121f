#include "exporters/cfn/cfnimport.h"
#include "exporters/registry.h"
#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Stackyard;

/// Round trip (issue 6): export A, import A, export B from what was imported; A and B must be the
/// same text byte for byte, in both CloudFormation formats. Cases: the three built-in samples and
/// every template of ../shared/corpus/cloudformation/ (imported first, as `stackyard export` does).
/// STACKYARD_SHARED_DIR in the environment overrides where ../shared is; STACKYARD_ROUNDTRIP_KEEP=DIR
/// keeps both exports of every case in DIR/<case>/{a,b}/ to look at.
/// What the export generates for a design object (roles, alarms, scaling policies, Lambda
/// functions, sidecars…) carries a Stackyard mark (Metadata.Stackyard, DockerLabels
/// stackyard:generated) and folds back into that object; ids come back from the
/// stackyard:design-id tag. Every case must be exact.

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir()
    {
        return qEnvironmentVariable("STACKYARD_SHARED_DIR", QStringLiteral(STACKYARD_SHARED_DIR))
               + "/corpus/cloudformation";
    }

    /// The design a case starts from: a sample as it is, a corpus template as imported.
    static std::optional<Design> startingDesign(const QString &source, QString &problem)
    {
        if (source.startsWith("samples/")) {
            const auto text = embeddedFile(source.toStdString());
            if (!text) {
                problem = "not embedded: " + source;
                return std::nullopt;
            }
            LoadResult loaded = loadDesign(*text, source.toStdString());
            if (!loaded.file) {
                problem = "cannot load " + source;
                return std::nullopt;
            }
            return loaded.file->design;
        }
        QFile f(source);
        if (!f.open(QIODevice::ReadOnly)) {
            problem = "cannot read " + source;
            return std::nullopt;
        }
        ImportOptions options;
        options.layout = false;
        ImportResult imported = importCloudFormation(f.readAll().toStdString(), source.toStdString(), options);
        if (!imported.file) {
            problem = "cannot import " + source;
            return std::nullopt;
        }
        return imported.file->design;
    }

    /// "" when equal, else where the first difference is.
    static QString firstDifference(const std::string &a, const std::string &b)
    {
        if (a == b)
            return {};
        const QList<QByteArray> la = QByteArray::fromStdString(a).split('\n');
        const QList<QByteArray> lb = QByteArray::fromStdString(b).split('\n');
        qsizetype line = 0;
        while (line < la.size() && line < lb.size() && la[line] == lb[line])
            ++line;
        return QStringLiteral("line %1:\n  - %2\n  + %3")
            .arg(line + 1)
            .arg(QString::fromUtf8(line < la.size() ? la[line] : "<end>"))
            .arg(QString::fromUtf8(line < lb.size() ? lb[line] : "<end>"));
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("format");
        QStringList sources;
        for (const char *sample : {"reference", "private-endpoints", "firelens-xray"})
            sources << QStringLiteral("samples/%1.stackyard.json").arg(sample);
        const QDir corpus(corpusDir());
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
            if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template"))
                sources << corpus.filePath(name);
        if (!corpus.exists())
            qWarning("%s is absent: only the samples are checked", qPrintable(corpusDir()));
        for (const QString &source : sources)
            for (const char *format : {"cloudformation-yaml", "cloudformation-json"})
                QTest::newRow(qPrintable(QFileInfo(source).fileName() + " " + format)) << source << QString(format);
    }

    void roundTrip()
    {
        QFETCH(QString, source);
        QFETCH(QString, format);
        QString problem;
        const std::optional<Design> start = startingDesign(source, problem);
        QVERIFY2(start, qPrintable(problem));
        const ExporterInfo *exporter = findExporter(format.toStdString());
        QVERIFY(exporter);

        const ExportResult a = exporter->run(*start);
        QVERIFY(!a.files.empty());
        ImportOptions options;
        options.layout = false;
        options.nestedStacks = false; // the export is one flat template
        // An import names the design after its file: a sample's export is read back as the file
        // `stackyard export` writes; a corpus template under its own name.
        const std::string fileName = source.startsWith("samples/") ? a.files[0].path : source.toStdString();
        const ImportResult imported = importCloudFormation(a.files[0].text, fileName, options);
        for (const Diagnostic &d : imported.diagnostics)
            QVERIFY2(d.severity != Diagnostic::Severity::Error, d.toString().c_str());
        QVERIFY(imported.file);
        const ExportResult b = exporter->run(imported.file->design);
        QString problems;
        for (const Diagnostic &d : b.diagnostics)
            if (d.severity == Diagnostic::Severity::Error)
                problems += QString::fromStdString(d.toString()) + "\n";
        QVERIFY2(!b.files.empty(), qPrintable("the second export failed: " + problems));

        if (const QString keep = qEnvironmentVariable("STACKYARD_ROUNDTRIP_KEEP"); !keep.isEmpty())
            for (const auto &[side, result] : {std::pair{"a", &a}, std::pair{"b", &b}})
                for (const ExportFile &f : result->files) {
                    const QString path = keep + "/" + QTest::currentDataTag() + "/" + side + "/" + QString::fromStdString(f.path);
                    QDir().mkpath(QFileInfo(path).absolutePath());
                    QFile out(path);
                    if (out.open(QIODevice::WriteOnly))
                        out.write(f.text.data(), qint64(f.text.size()));
                }
        // The imported template's sections and opaque resources are in the export as they were
        // (Outputs that refer to what the export does not have are dropped with a warning).
        const Json &before = start->cloudFormation;
        const Json &after = imported.file->design.cloudFormation;
        for (const char *section : {"Mappings", "Metadata", "Rules", "Transform"})
            QVERIFY2(before.value(section, Json()) == after.value(section, Json()), section);
        for (const char *section : {"Parameters", "Conditions", "Outputs"}) {
            const auto was = before.find(section);
            if (was == before.end() || !was->is_object())
                continue;
            const auto now = after.find(section);
            for (auto it = was->begin(); it != was->end(); ++it) {
                bool dropped = false;
                for (const Diagnostic &d : a.diagnostics)
                    dropped = dropped || d.message.rfind("output " + it.key() + " refers to", 0) == 0;
                const bool kept = now != after.end() && now->contains(it.key()) && (*now)[it.key()] == it.value();
                QVERIFY2(dropped || kept, qPrintable(QString(section) + "." + QString::fromStdString(it.key()) + " is not kept as it was"));
            }
        }
        for (const auto &[id, r] : start->resources)
            if (r.kind == "opaque" && !r.rawType.empty()) {
                const Resource *back = imported.file->design.resource(id);
                QVERIFY2(back && back->rawType == r.rawType, qPrintable("opaque resource " + QString::fromStdString(id) + " is not kept"));
            }

        // Ids survive (from the stackyard:design-id tag), and nothing the export generated comes
        // back as a resource of its own.
        for (const auto &[id, r] : start->resources)
            if (r.kind != "internet" && r.kind != "users") // drawn only, no template resource
                QVERIFY2(imported.file->design.resource(id), qPrintable("id " + QString::fromStdString(id) + " is not kept"));
        for (const auto &[id, sg] : start->securityGroups)
            QVERIFY2(imported.file->design.securityGroup(id), qPrintable("security group " + QString::fromStdString(id) + " is not kept"));
        for (const auto &[id, r] : imported.file->design.resources) {
            const Json metadata = r.templateAttributes.is_object() ? r.templateAttributes.value("Metadata", Json()) : Json();
            QVERIFY2(!metadata.is_object() || !metadata.contains("Stackyard"),
                     qPrintable(QString::fromStdString(id) + " was generated by the export but read back as a resource"));
        }

        QString difference;
        for (std::size_t i = 0; i < std::max(a.files.size(), b.files.size()) && difference.isEmpty(); ++i) {
            if (i >= a.files.size() || i >= b.files.size() || a.files[i].path != b.files[i].path)
                difference = QStringLiteral("file %1: %2 before, %3 after the round trip")
                                 .arg(i)
                                 .arg(i < a.files.size() ? QString::fromStdString(a.files[i].path) : "nothing")
                                 .arg(i < b.files.size() ? QString::fromStdString(b.files[i].path) : "nothing");
            else if (const QString diff = firstDifference(a.files[i].text, b.files[i].text); !diff.isEmpty())
                difference = QString::fromStdString(a.files[i].path) + " differs after the round trip at " + diff;
        }
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_export_roundtrip.moc"
