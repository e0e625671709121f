#include "exporters/registry.h"
#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Stackyard;

/// Every folder under tests/export/data is a case: design.stackyard.json (or a file "sample"
/// naming an embedded sample, e.g. samples/reference.stackyard.json) and one sub-folder per
/// format holding exactly the files the export must produce.
class TestExportGolden : public QObject
{
    Q_OBJECT

private:
    static QString dataDir() { return QStringLiteral(STACKYARD_EXPORT_DATA); }

    static std::optional<Design> loadCase(const QString &dir)
    {
        std::string text;
        QFile sample(dir + "/sample");
        if (sample.open(QIODevice::ReadOnly)) {
            const auto embedded = embeddedFile(sample.readAll().trimmed().toStdString());
            if (!embedded)
                return std::nullopt;
            text = std::string(*embedded);
        } else {
            QFile f(dir + "/design.stackyard.json");
            if (!f.open(QIODevice::ReadOnly))
                return std::nullopt;
            text = f.readAll().toStdString();
        }
        LoadResult loaded = loadDesign(text, dir.toStdString());
        if (!loaded.file)
            return std::nullopt;
        return loaded.file->design;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(dir).relativeFilePath(it.next());
        out.sort();
        return out;
    }

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("format");
        const QStringList cases = QDir(dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(!cases.isEmpty(), "no golden cases");
        for (const QString &c : cases)
            for (const ExporterInfo &info : exporters()) {
                const QString format = QString::fromUtf8(info.id.data(), qsizetype(info.id.size()));
                QTest::newRow(qPrintable(c + "/" + format)) << dataDir() + "/" + c << format;
            }
    }

    void golden()
    {
        QFETCH(QString, dir);
        QFETCH(QString, format);
        const std::optional<Design> design = loadCase(dir);
        QVERIFY2(design, qPrintable("cannot load the design of " + dir));
        const ExporterInfo *info = findExporter(format.toStdString());
        QVERIFY(info);
        const ExportResult first = info->run(*design);
        const ExportResult second = info->run(*design);
        QCOMPARE(first.files.size(), second.files.size());
        for (std::size_t i = 0; i < first.files.size(); ++i)
            QVERIFY2(first.files[i].text == second.files[i].text, "export is not deterministic");
        for (const Diagnostic &d : first.diagnostics)
            QVERIFY2(d.severity != Diagnostic::Severity::Error, d.toString().c_str());

        const QString expectedDir = dir + "/" + format;
        if (qEnvironmentVariableIntValue("STACKYARD_UPDATE_GOLDEN") == 1) {
            QDir(expectedDir).removeRecursively();
            for (const ExportFile &f : first.files) {
                const QString path = expectedDir + "/" + QString::fromStdString(f.path);
                QDir().mkpath(QFileInfo(path).absolutePath());
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(f.text.data(), qint64(f.text.size()));
            }
        }
        QStringList produced;
        for (const ExportFile &f : first.files) {
            produced << QString::fromStdString(f.path);
            QFile expected(expectedDir + "/" + QString::fromStdString(f.path));
            QVERIFY2(expected.open(QIODevice::ReadOnly),
                     qPrintable("missing expected file " + expected.fileName() + " (STACKYARD_UPDATE_GOLDEN=1)"));
            const QByteArray want = expected.readAll();
            const QByteArray got = QByteArray::fromStdString(f.text);
            if (want != got) {
                const QList<QByteArray> a = want.split('\n');
                const QList<QByteArray> b = got.split('\n');
                qsizetype line = 0;
                while (line < a.size() && line < b.size() && a[line] == b[line])
                    ++line;
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                     .arg(expected.fileName()).arg(line + 1)
                                     .arg(QString::fromUtf8(line < a.size() ? a[line] : "<end>"))
                                     .arg(QString::fromUtf8(line < b.size() ? b[line] : "<end>"))));
            }
        }
        produced.sort();
        QCOMPARE(filesUnder(expectedDir), produced);
    }
};

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_export_golden.moc"
