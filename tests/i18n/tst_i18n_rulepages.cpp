// The rule documentation pages in Korean (resources/rules/ko/<id>.md): one per registered rule,
// the English page's structure and links, a "why" paragraph that is the catalogue's translation
// (the report shows that one), and the findings panel showing the page of the interface language.
#include "widgets/findings/findingsdock.h"
#include "widgets/i18n/language.h"
#include "widgets/i18n/modeltext.h"
#include "widgets/i18n/rulepage.h"

#include "model/core/io/designio.h"
#include "model/core/rules/validate.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "resources/embedded.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Stackyard;

namespace {

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

QString text(std::string_view page) { return QString::fromUtf8(page.data(), qsizetype(page.size())); }

QStringList headings(const QString &page)
{
    static const QRegularExpression re(QStringLiteral("^## .*$"), QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = re.globalMatch(page); it.hasNext();)
        out << it.next().captured();
    return out;
}

QStringList links(const QString &page)
{
    static const QRegularExpression re(QStringLiteral("https?://[^\\s<>()\"]+"));
    QStringList out;
    for (auto it = re.globalMatch(page); it.hasNext();)
        out << it.next().captured();
    return out;
}

/// The paragraph under `heading`, trimmed ("" when the page has no such section).
QString section(const QString &page, const QString &heading)
{
    const qsizetype start = page.indexOf(heading + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype body = start + heading.size() + 1;
    const qsizetype end = page.indexOf(QLatin1String("\n## "), body);
    return page.mid(body, end < 0 ? -1 : end - body).trimmed();
}

} // namespace

class TestRulePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    /// The reference design with one finding (aurora-encryption), in a document with its analysis.
    struct Fixture
    {
        DesignDocument document;
        LiveAnalysis analysis{&document};
    };

    /// The findings panel's explanation of the first finding of `rule`, as plain text.
    static QString explanation(Fixture &fixture, const char *rule)
    {
        FindingsDock dock(&fixture.document, &fixture.analysis);
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        auto *details = dock.findChild<QTextBrowser *>(QStringLiteral("findingDetails"));
        if (!tree || !details)
            return {};
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString().startsWith(QLatin1String(rule) + QLatin1Char('|'))) {
                tree->setCurrentItem(*it);
                return details->toPlainText();
            }
        return {};
    }

    static bool unencryptedAurora(Fixture &fixture)
    {
        LoadResult loaded = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
        if (!loaded.file)
            return false;
        for (auto &[id, r] : loaded.file->design.resources)
            if (r.kind == "aurora-cluster")
                r.properties["storageEncrypted"] = false;
        fixture.document.reset(*loaded.file);
        fixture.analysis.refresh();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void everyRuleHasAKoreanPage()
    {
        const auto rules = registeredRules();
        QVERIFY(rules.size() >= 30);
        for (const Rule *rule : rules) {
            const RuleInfo &info = rule->info();
            const std::string path = RulePage::localizedPath(info.doc, QStringLiteral("ko"));
            const auto english = embeddedFile(info.doc);
            const auto korean = embeddedFile(path);
            QVERIFY2(english, std::string(info.doc).c_str());
            QVERIFY2(korean, (path + " is missing").c_str());
            const QString en = text(*english), ko = text(*korean);
            QVERIFY2(hasHangul(ko), path.c_str());
            QVERIFY2(ko.startsWith(QStringLiteral("# %1: ").arg(QLatin1String(info.id))), path.c_str());
            QCOMPARE(headings(ko).size(), headings(en).size());
            for (const QString &heading : headings(ko))
                QVERIFY2(hasHangul(heading), qPrintable(QString::fromStdString(path) + ": " + heading));
            QCOMPARE(links(ko), links(en));
            QVERIFY2(!links(ko).isEmpty(), path.c_str());
            if (!info.practice.empty())
                QVERIFY2(ko.contains(QLatin1String(info.practice)), path.c_str());
        }
    }

    void noOrphanKoreanPages()
    {
        int pages = 0;
        for (const EmbeddedFile &f : embeddedFiles()) {
            if (!f.path.starts_with("rules/ko/"))
                continue;
            ++pages;
            const std::string_view name = f.path.substr(9, f.path.size() - 9 - 3);
            QVERIFY2(f.path.ends_with(".md") && findRule(std::string(name)), std::string(f.path).c_str());
        }
        QCOMPARE(std::size_t(pages), registeredRules().size());
    }

    void paths()
    {
        QCOMPARE(RulePage::localizedPath("rules/alb-two-azs.md", QStringLiteral("ko")), std::string("rules/ko/alb-two-azs.md"));
        QCOMPARE(RulePage::localizedPath("rules/alb-two-azs.md", QStringLiteral("en")), std::string("rules/alb-two-azs.md"));
        QCOMPARE(RulePage::localizedPath("rules/alb-two-azs.md", QString()), std::string("rules/alb-two-azs.md"));
    }

    void missingTranslationFallsBackToEnglish()
    {
        const Rule *rule = findRule("alb-two-azs");
        QVERIFY(rule);
        const auto english = embeddedFile(rule->info().doc);
        QVERIFY(english);
        QCOMPARE(RulePage::page(rule->info(), QStringLiteral("fr")), english); // no French pages
        QCOMPARE(RulePage::page(rule->info(), QStringLiteral("en")), english);
        QVERIFY(RulePage::page(rule->info(), QStringLiteral("ko")) != english);
        const RuleInfo undocumented{"none", "none", Pillar::Ops, Severity::Info, "", "rules/none.md"};
        QVERIFY(!RulePage::page(undocumented, QStringLiteral("ko")));
    }

    // The report's "why it matters" is the catalogue's translation of the English page's Why
    // (ModelText::ruleWhy); the Korean page must say the same, or panel and report disagree.
    void koreanWhyIsTheCataloguesTranslation()
    {
        QVERIFY(Language::install(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        for (const Rule *rule : registeredRules()) {
            const auto korean = RulePage::page(rule->info());
            QVERIFY(korean);
            const QString why = ModelText::ruleWhy(rule->info());
            QVERIFY2(hasHangul(why), std::string(rule->info().id).c_str());
            QCOMPARE(section(text(*korean), QStringLiteral("## 중요한 이유")), why);
        }
        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void findingsPanelShowsThePageOfTheLanguage()
    {
        Fixture fixture;
        QVERIFY(unencryptedAurora(fixture));
        const RuleInfo &info = findRule("aurora-encryption")->info();

        QVERIFY(Language::install(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        const QString korean = explanation(fixture, "aurora-encryption");
        QVERIFY2(korean.contains(ModelText::ruleTitle(info.title)), qPrintable(korean));
        for (const char *heading : {"검사 내용", "중요한 이유", "해결 방법", "AWS 문서"})
            QVERIFY2(korean.contains(QString::fromUtf8(heading)), heading);
        QVERIFY2(korean.contains(QLatin1String("https://docs.aws.amazon.com/")), qPrintable(korean));
        QVERIFY(!korean.contains(QLatin1String("What it flags")));
        QVERIFY(!korean.contains(QLatin1String(info.title)));

        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        const QString english = explanation(fixture, "aurora-encryption");
        QVERIFY2(english.contains(QLatin1String("What it flags")), qPrintable(english));
        QVERIFY(english.contains(QLatin1String(info.title)));
        QVERIFY(!english.contains(QString::fromUtf8("검사 내용")));
    }
};

QTEST_MAIN(TestRulePages)
#include "tst_i18n_rulepages.moc"
