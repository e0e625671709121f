// Finding messages, fix hints and reachability texts are composed by model/core from STACKYARD_TEXT
// patterns. This test validates the sample designs and every rule's fixtures (failing and passing)
// and checks that each pattern used, nested ones included, has a Korean translation in the compiled
// catalogue: a new pattern without one fails here, even before tst_i18n_catalogue runs lupdate.
#include "tests/i18n/patterncheck.h"
#include "tests/rules/fixturepatch.h"
#include "widgets/i18n/modeltext.h"

#include "model/core/analysis/analysis.h"
#include "model/core/rules/validate.h"

#include <QDir>
#include <QTest>
#include <QTranslator>

#include <map>
#include <set>

using namespace Stackyard;

namespace {

struct Seen
{
    std::map<std::string, std::string> where; ///< pattern -> the first design and text that used it
    int texts = 0;

    void add(const Text &text, const std::string &design)
    {
        if (text.isEmpty())
            return;
        ++texts;
        text.forEachPattern([&](const char *pattern) { where.emplace(pattern, design + ": " + text.str()); });
    }

    void addDesign(const Design &design, const std::string &name)
    {
        // All hops: the flow inspector shows passing hops too, and findings use only failing ones.
        const Analysis analysis(design, Analysis::Explain::AllHops);
        for (const Finding &f : validate(analysis)) {
            add(f.messageText, name);
            add(f.fixHintText, name);
        }
        for (const Reachability &r : analysis.reachability()) {
            add(r.summaryText(), name);
            add(r.fix, name);
            for (const Hop &h : r.hops)
                add(h.text, name);
        }
    }
};

} // namespace

class TestFindingTexts : public QObject
{
    Q_OBJECT

    QTranslator m_korean;
    Seen m_seen;

private slots:
    void initTestCase()
    {
        const std::string loaded = Testing::loadKorean(m_korean);
        QVERIFY2(loaded.empty(), loaded.c_str());
        QVERIFY(!m_korean.translate(ModelText::kFindingTextContext, "%1 has no Elastic IP").isEmpty());
        std::string error;
        const QStringList samples = QDir(QStringLiteral(STACKYARD_SOURCE_DIR "/resources/samples"))
                                        .entryList({QStringLiteral("*.stackyard.json")}, QDir::Files, QDir::Name);
        QVERIFY(samples.size() >= 3);
        for (const QString &file : samples) {
            const std::string base = file.chopped(int(sizeof(".stackyard.json") - 1)).toStdString();
            const auto design = Fixture::loadSample(base, error);
            QVERIFY2(design, error.c_str());
            m_seen.addDesign(*design, "samples/" + base);
        }
        for (const Rule *rule : registeredRules())
            for (const char *variant : {"fail", "pass"}) {
                const auto design = Fixture::loadRuleFixture(rule->info().id, variant, error);
                QVERIFY2(design, error.c_str()); // names the fixture's file
                m_seen.addDesign(*design, std::string(rule->info().id) + "/" + variant);
            }
    }

    void everyPatternUsedIsTranslated()
    {
        // Each rule's failing fixture yields findings, so most patterns are exercised.
        QVERIFY2(m_seen.where.size() > 80, std::to_string(m_seen.where.size()).c_str());
        for (const auto &[pattern, where] : m_seen.where) {
            const std::string problem = Testing::translationProblem(m_korean, pattern);
            QVERIFY2(problem.empty(), (problem + " (" + where + ")").c_str());
        }
    }

    void everyListedPatternIsTranslated()
    {
        // The patterns no fixture reaches (rare branches) are listed by the generator; they need
        // a translation all the same.
        QVERIFY(ModelText::listedFindingTexts().size() >= m_seen.where.size());
        for (const char *pattern : ModelText::listedFindingTexts())
            QVERIFY2(!m_korean.translate(ModelText::kFindingTextContext, pattern).isEmpty(), pattern);
        for (const auto &[pattern, where] : m_seen.where) {
            const auto listed = ModelText::listedFindingTexts();
            QVERIFY2(std::any_of(listed.begin(), listed.end(), [&](const char *p) { return pattern == p; }),
                     ("not listed in modelstrings.cpp: \"" + pattern + "\"").c_str());
        }
    }

    void rendersKorean()
    {
        QCoreApplication::installTranslator(&m_korean);
        const Text t(STACKYARD_TEXT("%1 stores data unencrypted (StorageEncrypted defaults to false)"), "aurora-main");
        QCOMPARE(ModelText::text(t), QStringLiteral("aurora-main은(는) 데이터를 암호화하지 않고 저장합니다(StorageEncrypted 기본값은 false)"));
        QCOMPARE(ModelText::text(Text::list(std::vector<std::string>{"a", "b", "c"})), QStringLiteral("a, b 및 c"));
        Finding byHand; // no texts: the English strings are shown
        byHand.message = "hand-made";
        QCOMPARE(ModelText::findingMessage(byHand), QStringLiteral("hand-made"));
        QCoreApplication::removeTranslator(&m_korean);
        QCOMPARE(ModelText::text(t), QString::fromStdString(t.str()));
    }
};

QTEST_GUILESS_MAIN(TestFindingTexts)
#include "tst_i18n_findings.moc"
