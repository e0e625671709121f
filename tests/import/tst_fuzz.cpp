// The reader and import on randomly mutated real templates: never a crash, never an exception,
// and when the text cannot be read, an error located at file:line:column.
#include "importchecks.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace Stackyard;
using namespace Stackyard::Testing;

class TestFuzz : public QObject
{
    Q_OBJECT

private:
    static std::string mutate(std::string text, std::mt19937 &rng)
    {
        static const std::string alphabet = ":-[]{}!&*'\"\n #|>,?%@`\t0aZ";
        const int count = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < count && !text.empty(); ++i) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 5) {
            case 0: text.erase(at, 1 + rng() % 8); break;
            case 1: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
            case 2: text[at] = alphabet[rng() % alphabet.size()]; break;
            case 3: { // duplicate a line
                const std::size_t start = text.rfind('\n', at), end = text.find('\n', at);
                const std::size_t s = start == std::string::npos ? 0 : start + 1;
                text.insert(s, text.substr(s, (end == std::string::npos ? text.size() : end + 1) - s));
                break;
            }
            default: text.insert(at, "!Ref"); break;
            }
        }
        return text;
    }

private slots:
    void mutatedTemplates()
    {
        QDir corpus(STACKYARD_SHARED_DIR "/corpus/cloudformation");
        QStringList files;
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
            files << corpus.filePath(name);
        QDir golden(STACKYARD_SOURCE_DIR "/tests/import/golden");
        for (const QString &name : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &t : {QString("template.yaml"), QString("template.json")})
                if (QFile::exists(golden.filePath(name + "/" + t)))
                    files << golden.filePath(name + "/" + t);
        if (files.isEmpty())
            QSKIP("no templates to mutate");
        std::mt19937 rng(20261126);
        const QRegularExpression located("^m\\.yaml:\\d+:\\d+$");
        int unreadable = 0, imported = 0;
        ImportOptions options;
        options.nestedStacks = false;
        for (int round = 0; round < 600; ++round) {
            const std::string text = mutate(readText(files[round % files.size()]), rng);
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
