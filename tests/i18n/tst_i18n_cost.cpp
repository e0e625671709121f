// The cost model's words (line-item notes, scenario titles and notes, the egress comparison's note,
// the usage assumptions) are composed by model/core/cost from STACKYARD_TEXT patterns. This test
// prices the sample designs and the cost fixture in every built-in region, with price overrides and
// with a price table that lacks most prices, checks that each English string is the English
// rendering of its Text, and that each pattern used, nested ones included, has a Korean translation
// in the compiled catalogue. Then the cost dock and the report show them in Korean.
#include "tests/cost/costfixtures.h"
#include "tests/i18n/patterncheck.h"
#include "widgets/cost/costdock.h"
#include "widgets/cost/costitemstable.h"
#include "widgets/i18n/modeltext.h"
#include "widgets/review/reportsections.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/scenarios.h"
#include "model/core/cost/usage.h"

#include <QApplication>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <map>

using namespace Stackyard;
using namespace CostFixtures;

namespace {

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

/// The fixture with the branches it does not reach: a regional NAT gateway, an endpoint without
/// subnets, log groups with their own ingestion, none writing to them or never expiring, a service
/// without a log group, a provisioned Aurora cluster and a usage assumption set for the design.
Design branches()
{
    Design d = kitchenSink();
    make(d, "nat-r", "nat-gateway", "pub-b", {{"availabilityMode", "regional"}});
    routeTable(d, "rt-app-b", {"app-b"}, RouteTargetKind::NatGateway, "nat-r");
    make(d, "vpce-none", "vpc-endpoint", "vpc", {{"service", "ecr.api"}, {"endpointType", "Interface"}});
    make(d, "lg-own", "log-group", "", {{"ingestGbPerMonth", 5}, {"retentionDays", 0}});
    make(d, "lg-idle", "log-group", "", {{"retentionDays", 7}});
    make(d, "loose", "ecs-service", "vpc",
         {{"cluster", "cluster"}, {"cpu", 512}, {"memory", 1024}, {"desiredCount", 1}, {"logDriver", "awslogs"},
          {"logGroup", "nowhere"}},
         {"app-a"});
    make(d, "own", "ecs-service", "vpc",
         {{"cluster", "cluster"}, {"cpu", 512}, {"memory", 1024}, {"desiredCount", 1},
          {"logDriver", "firelens-fluentbit"}, {"logGroup", "lg-own"},
          {"logRoutes", Json::array({{{"match", "error"}, {"destination", "cloudwatch"}},
                                     {{"match", "access"}, {"destination", "firehose"}}})}},
         {"app-b"});
    d.usage = {{"natDataGbPerMonth", 3}, {"vpceDataGbPerMonth", 2}};
    return d;
}

/// A table with only the prices of a NAT gateway: almost every line is unpriced.
PriceTable natOnly()
{
    std::string error;
    auto table = PriceTable::fromJson(R"({"region":"test-1","asOf":"2026-01-01","prices":{
        "nat_gateway.hour":{"value":0.045},"nat_gateway.gb_processed":{"value":0.045}}})",
                                      &error);
    if (!table)
        qFatal("%s", error.c_str());
    return *table;
}

struct Seen
{
    std::map<std::string, std::string> where; ///< pattern -> the first case and text that used it
    int texts = 0;
    std::vector<std::string> mismatches;      ///< English strings that are not their Text's rendering

    void add(const Text &text, const std::string &english, const std::string &where_)
    {
        if (text.str() != english)
            mismatches.push_back(where_ + ": \"" + english + "\" vs Text \"" + text.str() + "\"");
        if (text.isEmpty())
            return;
        ++texts;
        text.forEachPattern([&](const char *pattern) { where.emplace(pattern, where_ + ": " + english); });
    }

    void addCase(const Design &design, const PriceTable &prices, const CostOptions &options, const std::string &name)
    {
        const CostEstimate e = estimate(design, prices, options);
        for (const auto *list : {&e.items, &e.unpriced})
            for (const LineItem &item : *list)
                add(item.noteText, item.note, name + " " + item.resource + " " + item.usageType);
        const CostScenarios s = scenarios(design, prices, options);
        add(s.egressDetail.noteText, s.egressDetail.note, name + " egress comparison");
        for (const ScenarioGroup *g : {&s.egress, &s.strategies, &s.scale}) {
            add(g->titleText, g->title, name + " " + g->id);
            for (const Scenario &option : g->options) {
                add(option.titleText, option.title, name + " " + g->id + "/" + option.id);
                add(option.noteText, option.note, name + " " + g->id + "/" + option.id + " note");
            }
        }
    }
};

} // namespace

class TestCostTexts : public QObject
{
    Q_OBJECT

    QTranslator m_korean;
    Seen m_seen;

private slots:
    void initTestCase()
    {
        const std::string loaded = Testing::loadKorean(m_korean);
        QVERIFY2(loaded.empty(), loaded.c_str());
        std::vector<std::pair<std::string, Design>> designs;
        for (const char *sample : {"reference", "private-endpoints", "firelens-xray"}) {
            const auto text = embeddedFile("samples/" + std::string(sample) + ".stackyard.json");
            QVERIFY2(text, sample);
            LoadResult loaded = loadDesign(*text, sample);
            QVERIFY2(loaded.file, sample);
            designs.emplace_back(sample, loaded.file->design);
        }
        designs.emplace_back("kitchenSink", kitchenSink());
        designs.emplace_back("branches", branches());
        const std::vector<std::string> regions = PriceTable::builtinRegions();
        QVERIFY(!regions.empty());
        for (const auto &[name, design] : designs) {
            for (const std::string &region : regions) {
                const PriceTable table = prices(region.c_str());
                m_seen.addCase(design, table, {}, name + "@" + region);
                CostOptions overridden; // every key the estimate uses, priced or not, at the user's price
                const CostEstimate e = estimate(design, table);
                for (const auto *list : {&e.items, &e.unpriced})
                    for (const LineItem &item : *list)
                        overridden.priceOverrides[item.priceKey] = 1.0;
                m_seen.addCase(design, table, overridden, name + "@" + region + " overridden");
            }
            m_seen.addCase(design, natOnly(), {}, name + "@natOnly");
        }
    }

    void englishIsTheTextsRendering()
    {
        QVERIFY(m_seen.texts > 500);
        QVERIFY2(m_seen.mismatches.empty(), m_seen.mismatches.empty() ? "" : m_seen.mismatches.front().c_str());
    }

    void everyPatternUsedIsTranslated()
    {
        // Notes of every pricer, the override and unpriced suffixes, scenario titles and notes.
        qInfo("%zu cost patterns in %d texts", m_seen.where.size(), m_seen.texts);
        QVERIFY2(m_seen.where.size() >= 60, std::to_string(m_seen.where.size()).c_str());
        for (const auto &[pattern, where] : m_seen.where) {
            const std::string problem = Testing::translationProblem(m_korean, pattern);
            QVERIFY2(problem.empty(), (problem + " (" + where + ")").c_str());
        }
    }

    void usageAssumptionsAreTranslated()
    {
        for (const UsageDefault &u : usageDefaults()) {
            QVERIFY2(!m_korean.translate(ModelText::kFindingTextContext, u.doc.source).isEmpty(), u.doc.source);
            QVERIFY2(!m_korean.translate(ModelText::kFindingTextContext, u.unit.source).isEmpty(), u.unit.source);
        }
    }

    void dockShowsKorean()
    {
        QCoreApplication::installTranslator(&m_korean);
        const Design design = kitchenSink();
        const PriceTable table = prices("us-east-1");
        const CostEstimate e = estimate(design, table);
        const CostScenarios s = scenarios(design, table);
        CostDock dock;
        dock.setEstimate(e, s);
        auto *items = dock.findChild<QTableWidget *>("costItems");
        QVERIFY(items);
        QCOMPARE(items->rowCount(), int(e.items.size() + e.unpriced.size()));
        const int note = items->columnCount() - 1; // "How"
        for (int row = 0; row < items->rowCount(); ++row) {
            const QString text = items->item(row, note)->text();
            QVERIFY2(hasHangul(text), qPrintable(text));
        }
        // The web service's on-demand vCPU line (base 2 + 2 x 1/4 on FARGATE): numbers kept, words Korean.
        const auto web = std::find_if(e.items.begin(), e.items.end(),
                                      [](const LineItem &i) { return i.usageType == "fargate.vcpu-hours"; });
        QVERIFY(web != e.items.end());
        QCOMPARE(ModelText::text(web->noteText), QStringLiteral("온디맨드 태스크 2.5개 x 1 vCPU, 2GB(x86_64) x 730시간"));
        for (const ScenarioGroup *g : {&s.egress, &s.strategies, &s.scale})
            for (const Scenario &option : g->options) {
                const QString tip = CostDock::scenarioTip(*g, option);
                QVERIFY2(tip.contains(ModelText::text(option.titleText)), qPrintable(tip));
                QVERIFY2(!tip.contains(QString::fromStdString(option.title)), qPrintable(tip));
                QVERIFY2(option.note.empty() || !tip.contains(QString::fromStdString(option.note).toHtmlEscaped()),
                         qPrintable(tip));
            }
        QCOMPARE(ModelText::text(s.egress.options.front().titleText), QStringLiteral("그린 그대로"));
        QCOMPARE(ModelText::text(s.scale.titleText), QStringLiteral("최소 대 원하는 대 최대 태스크 수"));
        // A line at the user's price: its note and its tooltip (no list-price date) are Korean.
        CostOptions overridden;
        overridden.priceOverrides["nat_gateway.hour"] = 0.05;
        CostItemsTable lines;
        lines.setItems(estimate(design, table, overridden), {}, 1.0);
        int natRow = -1;
        for (int row = 0; row < lines.rowCount(); ++row)
            if (lines.item(row, 0)->text() == "nat-a" && lines.item(row, 1)->text() == "nat.hours")
                natRow = row;
        QVERIFY(natRow >= 0);
        QCOMPARE(lines.item(natRow, lines.columnCount() - 1)->text(),
                 QStringLiteral("영역 NAT 게이트웨이 1개 x 730시간; 사용자가 단가를 지정함"));
        QVERIFY2(lines.item(natRow, 0)->toolTip().contains(QStringLiteral("nat_gateway.hour, 사용자 지정 가격")),
                 qPrintable(lines.item(natRow, 0)->toolTip()));
        QVERIFY(!lines.item(natRow, 0)->toolTip().contains(QStringLiteral("your price")));

        // The report's cost section: notes of priced and unpriced lines, usage assumptions.
        const CostEstimate partly = estimate(design, natOnly());
        const QString report = Report::costSection(design, partly, {}, {}, {});
        QVERIFY(!partly.unpriced.empty());
        for (const auto *list : {&partly.items, &partly.unpriced})
            for (const LineItem &item : *list) {
                QVERIFY2(report.contains(ModelText::text(item.noteText).toHtmlEscaped()), item.note.c_str());
                QVERIFY2(!report.contains(QString::fromStdString(item.note).toHtmlEscaped()), item.note.c_str());
            }
        QVERIFY(report.contains(QStringLiteral("각 태스크가 하루에 쓰는 애플리케이션 로그")));
        QVERIFY(!report.contains(QStringLiteral("application logs each task writes per day")));
        QCoreApplication::removeTranslator(&m_korean);
        // English again: the strings the command line prints.
        QCOMPARE(CostDock::scenarioTip(s.egress, s.egress.options.front()).contains("As drawn"), true);
        QCOMPARE(ModelText::text(web->noteText), QString::fromStdString(web->note));
        LineItem byHand; // no Text: its English note is shown
        byHand.note = "hand-made";
        QCOMPARE(ModelText::text(byHand.noteText, byHand.note), QStringLiteral("hand-made"));
    }
};

QTEST_MAIN(TestCostTexts)
#include "tst_i18n_cost.moc"
