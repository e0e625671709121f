// The cost dock fed an estimate offscreen: chart series carry the estimate's values, the empty state,
// the user's currency conversion, resource picking; and a PNG grab to look at
// (/tmp/stackyard-cost-dock-<scale>x.png; run with QT_SCALE_FACTOR=2 for 200 %).
#include "costfixtures.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/scenarios.h"
#include "widgets/cost/costcharts.h"
#include "widgets/cost/costdock.h"

#include <QBarCategoryAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>

using namespace Stackyard;
using namespace CostFixtures;

namespace {

template <typename T>
T *series(CostDock &dock, const char *view)
{
    auto *v = dock.findChild<QChartView *>(view);
    if (!v)
        return nullptr;
    for (QAbstractSeries *s : v->chart()->series())
        if (auto *t = qobject_cast<T *>(s))
            return t;
    return nullptr;
}

} // namespace

class TestCostDock : public QObject
{
    Q_OBJECT
private:
    CostEstimate m_estimate;
    CostScenarios m_scenarios;

private slots:
    void initTestCase()
    {
        Design d = kitchenSink();
        const PriceTable table = prices("us-east-1");
        m_estimate = estimate(d, table);
        m_scenarios = scenarios(d, table);
    }
    void emptyState()
    {
        CostDock dock;
        dock.setEstimate(CostEstimate{}, CostScenarios{});
        QCOMPARE(dock.findChild<QStackedWidget *>()->currentIndex(), 0);
        QVERIFY(dock.findChild<QLabel *>("costEmpty")->text().startsWith("No priced resources yet"));
    }
    void chartsCarryTheEstimate()
    {
        CostDock dock;
        dock.setEstimate(m_estimate, m_scenarios);
        QCOMPARE(dock.findChild<QStackedWidget *>()->currentIndex(), 1);
        QVERIFY(dock.findChild<QLabel *>("costMeta")->text().contains("2026-10-05"));
        QVERIFY(dock.findChild<QLabel *>("costMeta")->text().contains("us-east-1"));
        QVERIFY(dock.findChild<QLabel *>("costWarning")->text().contains("no sourced price"));

        auto *pie = series<QPieSeries>(dock, "serviceChart");
        QVERIFY(pie);
        QCOMPARE(pie->sum(), m_estimate.monthlyTotal);
        const auto byService = m_estimate.byService();
        for (QPieSlice *slice : pie->slices())
            QCOMPARE(slice->value(), byService.at(slice->objectName().toStdString()));

        auto *bars = series<QHorizontalBarSeries>(dock, "resourceChart");
        QVERIFY(bars);
        QBarSet *set = bars->barSets().first();
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            dock.findChild<QChartView *>("resourceChart")->chart()->axes(Qt::Vertical).first());
        const QStringList ids = bars->property("ids").toStringList();
        QCOMPARE(set->count(), axis->count());
        QCOMPARE(ids.size(), axis->count());
        for (int i = 0; i < set->count(); ++i) {
            if (ids[i].isEmpty())
                continue; // the bar of the rest (tested below)
            QCOMPARE(set->at(i), m_estimate.monthlyOf(ids[i].toStdString()));
            QCOMPARE(axis->at(i), ids[i] + "  " + usd(set->at(i))); // the amount in the label
        }
        QCOMPARE(ids[set->count() - 1], QString("db")); // the largest at the top: 282.80
        QCOMPARE(axis->at(set->count() - 1), QString("db  $282.80"));

        auto *line = series<QLineSeries>(dock, "taskCurveChart");
        QVERIFY(line);
        QCOMPARE(line->count(), int(m_scenarios.taskCurve.size()));
        QCOMPARE(line->at(0).y(), m_scenarios.taskCurve.front().monthly);
        QCOMPARE(line->at(0).x(), 3.0); // web min 2 + worker min 1

        auto *scenarioBars = series<QAbstractBarSeries>(dock, "scenarioChart"); // columns or bars by dock side
        QVERIFY(scenarioBars);
        QBarSet *s = scenarioBars->barSets().first();
        QCOMPARE(s->count(), int(m_scenarios.egress.options.size() + m_scenarios.strategies.options.size()
                                 + m_scenarios.scale.options.size()));
        QCOMPARE(s->at(int(m_scenarios.egress.options.size())), m_scenarios.strategies.options.front().monthly);

        auto *table = dock.findChild<QTableWidget *>("costItems");
        QCOMPARE(table->rowCount(), int(m_estimate.items.size() + m_estimate.unpriced.size()));
    }
    void resourceBarsShowTheTopAndTheRest()
    {
        const auto byResource = m_estimate.byResource();
        QVERIFY(byResource.size() > 4);
        std::vector<double> amounts;
        for (const auto &[id, monthly] : byResource)
            amounts.push_back(monthly);
        std::sort(amounts.begin(), amounts.end(), std::greater<>());
        const double rest = std::accumulate(amounts.begin() + 3, amounts.end(), 0.0);

        std::unique_ptr<QChart> chart(resourceBars(m_estimate, 4));
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        QBarSet *set = bars->barSets().first();
        QCOMPARE(set->count(), 4); // the largest three and the rest
        const QStringList ids = bars->property("ids").toStringList();
        QCOMPARE(ids.first(), QString()); // the rest sits at the bottom
        QVERIFY(std::abs(set->at(0) - rest) < 1e-9);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QCOMPARE(axis->at(0), QString("%1 others  %2").arg(byResource.size() - 3).arg(usd(rest)));
        for (int i = 1; i < 4; ++i)
            QCOMPARE(set->at(i), amounts[std::size_t(3 - i)]);
        double sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        QVERIFY(std::abs(sum - m_estimate.monthlyTotal) < 1e-6); // nothing lost

        // As many as there are, when they fit.
        std::unique_ptr<QChart> all(resourceBars(m_estimate, int(byResource.size())));
        const QStringList allIds = qobject_cast<QHorizontalBarSeries *>(all->series().first())->property("ids").toStringList();
        QCOMPARE(allIds.size(), int(byResource.size()));
        QVERIFY(!allIds.contains(QString()));
        auto *allAxis = qobject_cast<QBarCategoryAxis *>(all->axes(Qt::Vertical).first());
        for (int i = 0; i < allIds.size(); ++i)
            QVERIFY2(allAxis->at(i).startsWith(QString::fromStdString(m_estimate.labelOf(allIds[i].toStdString())) + "  "),
                     qPrintable(allAxis->at(i)));
    }
    /// Bars and tooltips name resources as the canvas does; a name two bars share gets the id.
    void resourceBarsUseNames()
    {
        Design d = kitchenSink();
        std::vector<std::pair<double, Id>> priced;
        for (const auto &[id, monthly] : estimate(d, prices("us-east-1")).byResource())
            priced.emplace_back(monthly, id);
        std::sort(priced.rbegin(), priced.rend());
        QVERIFY(priced.size() >= 3);
        const Id first = priced[0].second, second = priced[1].second, third = priced[2].second;
        d.resources.at(first).name = "Front door";
        d.resources.at(second).name = "shared";
        d.resources.at(third).name = "shared";
        const CostEstimate named = estimate(d, prices("us-east-1"));
        QCOMPARE(named.labelOf(first), std::string("Front door"));
        QCOMPARE(named.labelOf("no-such-resource"), std::string("no-such-resource"));
        std::unique_ptr<QChart> chart(resourceBars(named, int(named.byResource().size())));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QStringList labels = axis->categories();
        QCOMPARE(labels.last(), "Front door  " + usd(named.monthlyOf(first))); // largest at the top
        QVERIFY2(labels.contains("shared (" + QString::fromStdString(second) + ")  " + usd(named.monthlyOf(second))),
                 qPrintable(labels.join(" | ")));
        QVERIFY(labels.contains("shared (" + QString::fromStdString(third) + ")  " + usd(named.monthlyOf(third))));
        QCOMPARE(labels.removeDuplicates(), qsizetype(0));
        QVERIFY(lineItemsTip(named, QString::fromStdString(first), false).startsWith("<b>Front door</b>"));
    }
    void conversionIsTheUsersRate()
    {
        CostDock dock;
        dock.setEstimate(m_estimate, m_scenarios);
        QSignalSpy changed(&dock, &CostDock::conversionChanged);
        auto *converted = dock.findChild<QLabel *>("costConverted");
        QVERIFY(converted->isHidden());
        dock.setConversion("KRW", 1400);
        QVERIFY(!converted->isHidden());
        const QString expected = QLocale(QLocale::English).toString(m_estimate.monthlyTotal * 1400, 'f', 0);
        QVERIFY2(converted->text().contains(expected), qPrintable(converted->text()));
        QVERIFY(converted->text().contains("your rate"));
        QCOMPARE(changed.count(), 0); // set by the program, not the user
    }
    void pickingAResource()
    {
        CostDock dock;
        dock.setEstimate(m_estimate, m_scenarios);
        QSignalSpy picked(&dock, &CostDock::resourcePicked);
        auto *table = dock.findChild<QTableWidget *>("costItems");
        table->selectRow(0);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.first().first().toString(), QString::fromStdString(m_estimate.items.front().resource));
        dock.showResource("nat-a");
        int visible = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            visible += table->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, 3); // nat.hours, nat.data-gb, public-ipv4.hours
    }
    void grab()
    {
        const Design reference = referenceSample();
        const Design &d = reference.resources.empty() ? kitchenSink() : reference;
        const PriceTable table = prices("us-east-1");
        CostDock dock;
        dock.setEstimate(estimate(d, table), scenarios(d, table));
        dock.setConversion("KRW", 1400);
        dock.resize(560, 820);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const QString scale = QString::number(dock.devicePixelRatioF());
        for (int tab = 0; tab < 4; ++tab) {
            dock.findChild<QTabWidget *>()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QPixmap shot = dock.grab();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QString("/tmp/stackyard-cost-dock-%1x-tab%2.png").arg(scale).arg(tab)));
        }
    }
};

QTEST_MAIN(TestCostDock)
#include "tst_cost_dock.moc"
