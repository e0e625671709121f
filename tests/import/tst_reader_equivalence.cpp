// The product's reader (YAML built from yaml-cpp's events; JSON logical IDs located in one pass)
// against the reader it replaced (treereader.h: yaml-cpp's node tree converted to JSON; a text
// search per logical ID). Same JSON values, same resource lines, and the same located error for
// every corpus and golden template, hand-written anchor and tag cases, and 1,500 mutated templates.
#include "importchecks.h"
#include "treereader.h"

#include "exporters/cfn/templatereader.h"

#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Testing;

class TestReaderEquivalence : public QObject
{
    Q_OBJECT

private:
    /// "" when both readers agree on `text`; else what differs.
    static QString difference(const std::string &text, const Cfn::ReaderLimits &limits = {})
    {
        Diagnostics now, before;
        const auto a = Cfn::readTemplate(text, "t.yaml", now, limits);
        const auto b = readTemplateBefore(text, "t.yaml", before, limits);
        if (bool(a) != bool(b))
            return QString("now %1, before %2: %3")
                .arg(a ? "reads" : "fails", b ? "reads" : "fails",
                     QString::fromStdString((a ? before : now).empty() ? "" : (a ? before : now)[0].toString()));
        if (a) {
            if (a->root != b->root)
                return "different values: " + QString::fromStdString(a->root.dump().substr(0, 300)) + " / "
                       + QString::fromStdString(b->root.dump().substr(0, 300));
            if (a->resourceLines != b->resourceLines)
                return "different resource lines";
            if (a->isJson != b->isJson)
                return "different format";
            return {};
        }
        if (now.empty() || before.empty())
            return "an error without a diagnostic";
        if (now[0].location != before[0].location || now[0].message != before[0].message)
            return QString::fromStdString("now " + now[0].toString() + " / before " + before[0].toString());
        return {};
    }

private slots:
    void templatesReadAlike()
    {
        const QStringList files = templatesToMutate();
        if (files.isEmpty())
            QSKIP("no templates");
        for (const QString &file : files) {
            const QString d = difference(readText(file));
            QVERIFY2(d.isEmpty(), qPrintable(file + ": " + d));
        }
    }

    void handWrittenCasesReadAlike_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("anchor and alias") << "A: &a {x: [1, 2]}\nB: *a\nC: [*a, *a]\n";
        QTest::newRow("tagged anchor") << "A: &a !Ref X\nB: [*a, !Sub [*a, {}]]\n";
        QTest::newRow("tagged sequence anchor") << "A: &a !GetAtt [X, Y]\nB: *a\n";
        QTest::newRow("alias as key") << "A: &k key\nB: {*k : 1}\n";
        QTest::newRow("anchored key") << "&k A: 1\nB: *k\n";
        QTest::newRow("unknown anchor") << "A: *nope\n";
        QTest::newRow("duplicate keys") << "A: 1\nA: 2\nResources: {X: {Type: T}}\nResources: {Y: {Type: U}}\n";
        QTest::newRow("second document ignored") << "A: 1\n---\nB: 2\n";
        QTest::newRow("empty") << "";
        QTest::newRow("comment only") << "# nothing\n";
        QTest::newRow("scalar root") << "just text\n";
        QTest::newRow("null key") << "? \n: 1\n";
        QTest::newRow("sequence key") << "? [a]\n: 1\n";
        QTest::newRow("null values") << "A:\nB: ~\nC: [~, null, ]\n";
        QTest::newRow("explicit tags") << "A: !!str 80\nB: !!int 80\nC: ! 80\n";
        QTest::newRow("empty tagged") << "A: !GetAZs\nB: [!GetAZs , !Ref ]\n";
        QTest::newRow("unknown tag in tagged map") << "A: !Reff {B: !Bad x}\n";
        QTest::newRow("unknown tag then syntax error") << "A: !Reff x\nB: [1, 2\n";
        QTest::newRow("bad GetAtt") << "A: !GetAtt NoDot\n";
        QTest::newRow("numbers") << "A: [0755, 1.10, 5.7, -3, +4, 1e3, .5, 12345678901234567890]\n";
        QTest::newRow("booleans") << "A: [true, True, TRUE, yes, false, off]\n";
        QTest::newRow("block scalars") << "A: |\n  a\n  b\nB: >\n  c\n  d\n";
        QTest::newRow("BOM") << "\xEF\xBB\xBF" "A: 1\n";
        QTest::newRow("resources lines") << "Resources:\n  A:\n    Type: X\n  B: {Type: Y}\n  'C': {Type: Z}\n";
        QTest::newRow("resources tagged") << "Resources: !Ref {A: {Type: X}}\n";
        QTest::newRow("json") << "{\"Resources\": {\"A\": {\"Type\": \"X\"},\n \"B\": {\"Type\": \"Y\", \"A\": 1}}}";
        QTest::newRow("json with ids in strings") << "{\"Description\": \"\\\"A\\\": x\", \"Resources\":\n {\"A\": {\"Type\": \"X\"}}}";
    }
    void handWrittenCasesReadAlike()
    {
        QFETCH(QString, yaml);
        const QString d = difference(yaml.toStdString());
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }

    void limitsReadAlike()
    {
        Cfn::ReaderLimits small;
        small.maxNodes = 12;
        small.maxDepth = 3;
        for (const char *text : {"A: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n", "A: [[[[1]]]]\n", "A: [[[1]]]\n",
                                 "A: &a [1]\nB: [*a, *a]\n"}) {
            const QString d = difference(text, small);
            QVERIFY2(d.isEmpty(), qPrintable(QString(text) + ": " + d));
        }
    }

    /// Where the readers differ on purpose: an error found at an alias is located at the alias (the
    /// node tree reported a node inside the anchored value, possibly far away), and a Resources
    /// mapping given as an alias has no line per logical ID (diagnostics fall back to line 1).
    void deliberateDifferences()
    {
        Cfn::ReaderLimits small;
        small.maxNodes = 12;
        Diagnostics d;
        QVERIFY(!Cfn::readTemplate("A: &a [1, 2, 3]\nB: [*a, *a, *a]\n", "t.yaml", d, small));
        QCOMPARE(QString::fromStdString(d[0].location), QString("t.yaml:2:9"));
        QVERIFY(d[0].message.find("refused") != std::string::npos);
        small.maxNodes = 1000;
        small.maxDepth = 3;
        d.clear();
        QVERIFY(!Cfn::readTemplate("A: &a [[1]]\nB: [[*a]]\n", "t.yaml", d, small));
        QCOMPARE(QString::fromStdString(d[0].location), QString("t.yaml:2:6"));
        QVERIFY(d[0].message.find("deeper") != std::string::npos);
        d.clear();
        QVERIFY(!Cfn::readTemplate("A: &m {a: 1}\nB: {*m : 1}\n", "t.yaml", d));
        QCOMPARE(QString::fromStdString(d[0].location), QString("t.yaml:2:5"));
        QCOMPARE(d[0].message, std::string("mapping key is not a scalar"));
        d.clear();
        QVERIFY(!Cfn::readTemplate("A: &a [*a]\n", "t.yaml", d));
        QVERIFY2(d[0].message.find("refused") != std::string::npos, d[0].message.c_str());
        const std::string aliased = "X: &r {A: {Type: X}}\nResources: *r\n";
        d.clear();
        const auto now = Cfn::readTemplate(aliased, "t.yaml", d);
        const auto before = readTemplateBefore(aliased, "t.yaml", d);
        QVERIFY(now && before);
        QVERIFY(now->root == before->root);
        QVERIFY(now->resourceLines.empty());
    }

    void mutatedTemplatesReadAlike()
    {
        const QStringList files = templatesToMutate();
        if (files.isEmpty())
            QSKIP("no templates");
        std::mt19937 rng(7);
        int failures = 0;
        for (int round = 0; round < 1500; ++round) {
            const std::string text = mutateTemplate(readText(files[round % files.size()]), rng);
            const QString d = difference(text);
            QVERIFY2(d.isEmpty(), qPrintable(QString("round %1 (%2): %3").arg(round).arg(files[round % files.size()], d)));
            Diagnostics ignored;
            failures += !Cfn::readTemplate(text, "t.yaml", ignored);
        }
        QVERIFY(failures > 0); // the mutations do break some templates
    }
};

QTEST_GUILESS_MAIN(TestReaderEquivalence)
#include "tst_reader_equivalence.moc"
