// The canonical design text (and the diagnostics) of every corpus template's import, compared byte
// for byte with corpus-golden/<template>.stackyard.json (and .diagnostics.txt). It pins the whole
// import — reader, evaluator, mapping, flows, layout — so that a change made for speed cannot change
// what a template becomes. The corpus directory is written as "<corpus>" so the files do not depend
// on where the checkout is. A deliberate change of the import: STACKYARD_UPDATE_GOLDEN=1 rewrites
// the expectations (review the diff).
#include "importchecks.h"

#include "model/core/io/designio.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Testing;

class TestCorpusGolden : public QObject
{
    Q_OBJECT

private:
    QString m_dir = QStringLiteral(STACKYARD_SHARED_DIR "/corpus/cloudformation");

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
    void initTestCase()
    {
        if (!QDir(m_dir).exists())
            QSKIP("../shared/corpus is not here");
    }

    void importIsUnchanged_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(m_dir).entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }
    void importIsUnchanged()
    {
        QFETCH(QString, name);
        const QString path = m_dir + "/" + name;
        const ImportResult result = importCloudFormation(readText(path), path.toStdString());
        QVERIFY(result.file);
        const QByteArray dir = QDir(m_dir).canonicalPath().toUtf8();
        QByteArray design = QByteArray::fromStdString(saveDesign(*result.file));
        design.replace(dir, "<corpus>").replace(m_dir.toUtf8(), "<corpus>");
        QByteArray diagnostics;
        for (const Diagnostic &d : result.diagnostics)
            diagnostics += QByteArray::fromStdString(d.toString()) + "\n";
        diagnostics.replace(dir, "<corpus>").replace(m_dir.toUtf8(), "<corpus>");
        const QDir golden(GOLDEN_DIR);
        if (qEnvironmentVariableIsSet("STACKYARD_UPDATE_GOLDEN")) {
            write(golden.filePath(name + ".stackyard.json"), design);
            write(golden.filePath(name + ".diagnostics.txt"), diagnostics);
            QSKIP("expectations rewritten");
        }
        QVERIFY2(golden.exists(name + ".stackyard.json"), "no expectation: run with STACKYARD_UPDATE_GOLDEN=1");
        QCOMPARE(diagnostics, read(golden.filePath(name + ".diagnostics.txt")));
        QCOMPARE(design, read(golden.filePath(name + ".stackyard.json")));
    }
};

QTEST_GUILESS_MAIN(TestCorpusGolden)
#include "tst_corpus_golden.moc"
