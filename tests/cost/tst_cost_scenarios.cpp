// Scenarios: NAT vs endpoints (SEC-15), on-demand vs Spot (COST-2), min/desired/max (PERF-3) and the
// task-count curve, on the reference sample in us-east-1 (hand-computed below).
#include "costfixtures.h"

#include "model/core/cost/scenarios.h"

#include <cmath>

using namespace Stackyard;
using namespace CostFixtures;

namespace {

bool near(double a, double b, double tolerance = 0.005)
{
    return std::abs(a - b) < tolerance;
}

#define VERIFY_NEAR(a, b) QVERIFY2(near((a), (b)), qPrintable(QString("%1 != %2").arg((a), 0, 'f', 6).arg((b), 0, 'f', 6)))

} // namespace

class TestCostScenarios : public QObject
{
    Q_OBJECT
private:
    Design m_reference;
    PriceTable m_us = prices("us-east-1");

private slots:
    void initTestCase()
    {
        m_reference = referenceSample();
        if (m_reference.resources.empty())
            QSKIP("resources/samples/reference.stackyard.json is not embedded in this build");
    }

    // Private tasks in app-a/app-b: 2 AZs. Needed endpoints: ecr.api, ecr.dkr (ECR image),
    // secretsmanager (container secret), logs (FireLens error route to CloudWatch) = 4.
    // AWS-service traffic: flows app-ecr 10 GB + app-logs-flow 5 GB = 15 GB; no internet egress.
    //   NAT option       2 x 730 x (0.045 + 0.005 EIP) = 73.00 + 15 x 0.045 = 0.675      -> 73.675
    //   endpoints option 4 x 2 x 730 x 0.01 = 58.40 + 15 x 0.01 = 0.15                   -> 58.55
    //   as drawn         nat-a + nat-b lines = 2 x 36.8375                                -> 73.675
    //   endpoints vs as drawn: -15.125 USD, -15.125 / 73.675 = -20.53 %
    //   break-even: (58.40 - 73.00) / (0.045 - 0.01) < 0 -> 0 GB (endpoints cheaper at any traffic)
    void natVersusEndpoints()
    {
        const EgressComparison c = compareEgress(m_reference, m_us);
        QVERIFY(c.priced);
        QCOMPARE(c.zones, 2);
        QCOMPARE(c.interfaceServices, (std::vector<std::string>{"ecr.api", "ecr.dkr", "logs", "secretsmanager"}));
        QVERIFY(!c.internetNeeded);
        VERIFY_NEAR(c.awsServiceGb, 15.0);
        VERIFY_NEAR(c.natOption(c.awsServiceGb), 73.675);
        VERIFY_NEAR(c.endpointOption(c.awsServiceGb), 58.55);
        QVERIFY(c.breakEvenGb);
        VERIFY_NEAR(*c.breakEvenGb, 0.0);

        const ScenarioGroup g = egressScenarios(m_reference, m_us);
        QCOMPARE(g.practice, std::string("SEC-15"));
        VERIFY_NEAR(g.find("current")->monthly, 73.675);
        VERIFY_NEAR(g.find("nat")->deltaUsd, 0.0);
        VERIFY_NEAR(g.find("endpoints")->deltaUsd, -15.125);
        VERIFY_NEAR(g.find("endpoints")->deltaPercent, -20.529352);
        QCOMPARE(g.cheapestId, std::string("endpoints"));
    }
    // With internet egress (50 GB), NAT stays in both options; endpoints pay off above
    // 58.40 / (0.045 - 0.01) = 1668.57 GB of AWS-service traffic a month.
    void breakEvenWithInternetEgress()
    {
        Design d = m_reference;
        flow(d, "app-internet", "app", "internet", 50);
        const EgressComparison c = compareEgress(d, m_us);
        QVERIFY(c.internetNeeded);
        VERIFY_NEAR(c.internetGb, 50.0);
        QVERIFY(c.breakEvenGb);
        VERIFY_NEAR(*c.breakEvenGb, 58.40 / 0.035);
        VERIFY_NEAR(c.natOption(*c.breakEvenGb), c.endpointOption(*c.breakEvenGb));
        QVERIFY(c.natOption(c.awsServiceGb) < c.endpointOption(c.awsServiceGb));
    }

    // app runs 2 tasks, 0.5 vCPU / 1 GB, on-demand 29.5504 + 6.4897 = 36.0401 a month.
    //   all Spot: 730 x 0.01264355 = 9.2297915 + 1460 x 0.00138835 = 2.026991 = 11.2567825
    //   delta -24.7833175 = -4.3095 % of 575.0911833; base-2 and on-demand equal the design (2 tasks).
    void onDemandVersusSpot()
    {
        const ScenarioGroup g = strategyScenarios(m_reference, m_us);
        QCOMPARE(g.practice, std::string("COST-2"));
        VERIFY_NEAR(g.find("designed")->monthly, 575.0911833);
        VERIFY_NEAR(g.find("on-demand")->deltaUsd, 0.0);
        VERIFY_NEAR(g.find("base2-spot4")->deltaUsd, 0.0);
        VERIFY_NEAR(g.find("spot")->deltaUsd, -24.7833175);
        VERIFY_NEAR(g.find("spot")->deltaPercent, -4.309465);
        QCOMPARE(g.cheapestId, std::string("spot"));
    }
    // max 6 tasks vs desired 2: Fargate x3 (+72.0802), error logs +0.3041667, their storage +0.018,
    // Container Insights events +0.10 -> +72.5023667 = 647.59355; min = desired = 2 tasks.
    void minDesiredMax()
    {
        const ScenarioGroup g = scaleScenarios(m_reference, m_us);
        QCOMPARE(g.practice, std::string("PERF-3"));
        VERIFY_NEAR(g.find("min")->deltaUsd, 0.0);
        VERIFY_NEAR(g.find("max")->monthly, 647.59355);
        VERIFY_NEAR(g.find("max")->deltaUsd, 72.5023667);
        VERIFY_NEAR(g.find("max")->deltaPercent, 72.5023667 / 575.0911833 * 100);
    }
    void taskCurve()
    {
        const std::vector<TaskCountPoint> curve = taskCountCurve(m_reference, m_us);
        QCOMPARE(int(curve.size()), 5); // 2, 3, 4, 5, 6 tasks
        QCOMPARE(curve.front().tasks, 2.0);
        QCOMPARE(curve.back().tasks, 6.0);
        VERIFY_NEAR(curve.front().monthly, 575.0911833);
        VERIFY_NEAR(curve.back().monthly, 647.59355);
        for (std::size_t i = 1; i < curve.size(); ++i) // one task = 72.5023667 / 4 more each step
            VERIFY_NEAR(curve[i].monthly - curve[i - 1].monthly, 72.5023667 / 4);
    }
    void missingPricesMakeEgressUnpriced()
    {
        PriceTable table = m_us;
        // A table without NAT prices: the comparison says so rather than pricing at zero.
        auto text = std::string("{\"region\":\"test-1\",\"asOf\":\"2026-01-01\",\"prices\":{}}");
        const auto empty = PriceTable::fromJson(text);
        QVERIFY(empty);
        const EgressComparison c = compareEgress(m_reference, *empty);
        QVERIFY(!c.priced);
        QVERIFY(c.note.find("missing") != std::string::npos);
        QCOMPARE(int(egressScenarios(m_reference, *empty).options.size()), 1);
    }
    void combined()
    {
        const CostScenarios s = scenarios(m_reference, m_us);
        QCOMPARE(s.egress.id, std::string("egress"));
        QCOMPARE(s.strategies.options.size(), std::size_t(4));
        QCOMPARE(s.scale.options.size(), std::size_t(3));
        QCOMPARE(s.taskCurve.size(), std::size_t(5));
    }
};

QTEST_APPLESS_MAIN(TestCostScenarios)
#include "tst_cost_scenarios.moc"
