// The reader and import on randomly mutated real templates: never a crash, never an exception,
// and when the text cannot be read, an error located at file:line:column.
#include "importchecks.h"

#include <QRegularExpression>
#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Testing;

class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedTemplates()
    {
        const QStringList files = templatesToMutate();
        if (files.isEmpty())
            QSKIP("no templates to mutate");
        std::mt19937 rng(20261126);
        const QRegularExpression located("^m\\.yaml:\\d+:\\d+$");
        int unreadable = 0, imported = 0;
        ImportOptions options;
        options.nestedStacks = false;
        for (int round = 0; round < 600; ++round) {
            const std::string text = mutateTemplate(readText(files[round % files.size()]), rng);
            const ImportResult result = importCloudFormation(text, "m.yaml", options);
            if (result.file) {
                ++imported;
                QVERIFY(!hasErrors(result.diagnostics));
                QVERIFY2(layoutProblem(*result.file).isEmpty(), qPrintable(layoutProblem(*result.file)));
                continue;
            }
            ++unreadable;
            QVERIFY(hasErrors(result.diagnostics));
            for (const Diagnostic &d : result.diagnostics)
                if (d.severity == Diagnostic::Severity::Error)
                    QVERIFY2(located.match(QString::fromStdString(d.location)).hasMatch(), d.toString().c_str());
        }
        QVERIFY(unreadable > 0); // the mutations do break templates…
        QVERIFY(imported > 0);   // …and some still read
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
