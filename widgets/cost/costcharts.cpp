#include "costcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>

#include <map>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Stackyard {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0); // every pixel counts in the strip under the canvas
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *usdAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat("$%.0f");
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QString otherResourcesLabel(int count)
{
    return count == 1 ? QObject::tr("1 other") : QObject::tr("%1 others").arg(count);
}

QString usd(double value)
{
    return "$" + QLocale(QLocale::English).toString(value, 'f', 2);
}

QString lineItemsTip(const CostEstimate &estimate, const QString &key, bool byService)
{
    QString rows;
    int shown = 0;
    for (const auto *list : {&estimate.items, &estimate.unpriced})
        for (const LineItem &item : *list) {
            const QString match = byService ? QString::fromStdString(serviceOf(item.usageType))
                                            : QString::fromStdString(item.resource);
            if (match != key || ++shown > 14)
                continue;
            const QString price = item.priced ? usd(item.monthly) + (item.overridden ? QStringLiteral(" ✎ ") + QObject::tr("your price") : QString())
                                              : QObject::tr("not priced");
            rows += QString("<tr><td>%1</td><td>%2</td><td align=right>%3 %4 &times; %5</td><td align=right><b>%6</b></td></tr>")
                        .arg(QString::fromStdString(item.resourceName.empty() ? item.resource : item.resourceName).toHtmlEscaped(),
                             QString::fromStdString(item.usageType).toHtmlEscaped(),
                             QLocale(QLocale::English).toString(item.quantity, 'g', 6),
                             QString::fromStdString(item.unit).toHtmlEscaped(),
                             QString::number(item.unitPrice, 'g', 6), price);
        }
    if (shown > 14)
        rows += QString("<tr><td colspan=4>%1</td></tr>").arg(QObject::tr("… and %1 more").arg(shown - 14));
    const QString title = byService ? key : QString::fromStdString(estimate.labelOf(key.toStdString()));
    return QString("<b>%1</b><table cellspacing=4>%2</table>").arg(title.toHtmlEscaped(), rows);
}

QChart *serviceDonut(const CostEstimate &estimate)
{
    QChart *chart = newChart(QObject::tr("By service"));
    auto *series = new QPieSeries;
    series->setObjectName("services");
    series->setHoleSize(0.45);
    std::vector<std::pair<std::string, double>> services;
    for (const auto &[service, monthly] : estimate.byService())
        services.emplace_back(service, monthly);
    std::sort(services.begin(), services.end(), [](auto &a, auto &b) { return a.second > b.second; });
    for (const auto &[service, monthly] : services) {
        if (monthly <= 0)
            continue;
        QPieSlice *slice = series->append(QString::fromStdString(service), monthly);
        slice->setObjectName(QString::fromStdString(service));
        slice->setLabel(QString("%1 %2").arg(QString::fromStdString(service), usd(monthly)));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *resourceBars(const CostEstimate &estimate, int limit)
{
    QChart *chart = newChart(QObject::tr("By resource"));
    const std::map<Id, double> byResource = estimate.byResource();
    std::vector<std::pair<std::string, double>> resources(byResource.begin(), byResource.end());
    std::sort(resources.begin(), resources.end(), [](auto &a, auto &b) { return a.second > b.second; });
    // The largest `limit` - 1 and one bar for the rest, so bars and labels keep a readable height.
    limit = std::max(limit, 2);
    std::string othersName;
    if (int(resources.size()) > limit) {
        const auto rest = resources.begin() + (limit - 1);
        double other = 0;
        for (auto it = rest; it != resources.end(); ++it)
            other += it->second;
        const int count = int(resources.end() - rest);
        resources.erase(rest, resources.end());
        othersName = otherResourcesLabel(count).toStdString();
        resources.emplace_back(othersName, other);
    }
    std::reverse(resources.begin(), resources.end()); // largest at the top
    // The amount goes into the category label, not onto the bar end: a label past the bar needs
    // room the plot does not have in a short strip, and overlaps the next bar when it is thin.
    // Bars carry the names the canvas shows; a name two bars share gets its id (the axis needs
    // distinct categories, and the reader needs to tell them apart).
    std::map<std::string, int> uses;
    for (const auto &[id, monthly] : resources)
        ++uses[id == othersName ? id : estimate.labelOf(id)];
    auto *set = new QBarSet(QObject::tr("Monthly USD"));
    QStringList names, ids;
    double max = 0;
    for (const auto &[id, monthly] : resources) {
        *set << monthly;
        const bool others = id == othersName;
        ids << (others ? QString() : QString::fromStdString(id));
        std::string label = others ? id : estimate.labelOf(id);
        if (!others && uses[label] > 1 && label != id)
            label += " (" + id + ")";
        names << QString("%1  %2").arg(QString::fromStdString(label), usd(monthly));
        max = std::max(max, monthly);
    }
    auto *series = new QHorizontalBarSeries;
    series->setObjectName("resources");
    series->setProperty("ids", ids);
    series->setBarWidth(0.7);
    series->append(set);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    axisY->setTruncateLabels(false);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, max > 0 ? max : 1);
    axisX->setVisible(false); // the amounts are in the labels
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    return chart;
}

QChart *taskCurveChart(const std::vector<TaskCountPoint> &curve)
{
    QChart *chart = newChart(QObject::tr("Monthly cost by running tasks (min … max, PERF-3 / MET-2)"));
    auto *line = new QLineSeries;
    line->setObjectName("taskCurve");
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(7);
    double lo = 0, hi = 1, maxCost = 0;
    for (const TaskCountPoint &p : curve) {
        line->append(p.tasks, p.monthly);
        dots->append(p.tasks, p.monthly);
        maxCost = std::max(maxCost, p.monthly);
    }
    if (!curve.empty()) {
        lo = curve.front().tasks;
        hi = std::max(lo + 1, curve.back().tasks);
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    dots->setColor(line->color());
    dots->setBorderColor(line->color());
    auto *axisX = new QValueAxis;
    axisX->setTitleText(QObject::tr("tasks"));
    axisX->setLabelFormat("%.0f");
    axisX->setRange(lo, hi);
    axisX->setTickCount(int(std::min(11.0, hi - lo + 1)));
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = usdAxis(maxCost);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    chart->legend()->hide();
    return chart;
}

QChart *scenarioBars(const CostScenarios &scenarios, bool columns)
{
    QChart *chart = newChart(QObject::tr("Scenarios (egress alone; strategies and scale: whole bill)"));
    auto *set = new QBarSet(QObject::tr("Monthly USD"));
    set->setLabelColor(chart->titleBrush().color()); // labels sit outside the bars, on the background
    QStringList names;
    double max = 0;
    for (const ScenarioGroup *group : {&scenarios.egress, &scenarios.strategies, &scenarios.scale})
        for (const Scenario &s : group->options) {
            *set << s.monthly;
            const QString delta = s.id == group->baselineId
                                      ? QObject::tr("baseline")
                                      : QString("%1%2%").arg(s.deltaPercent >= 0 ? "+" : "")
                                            .arg(std::abs(s.deltaPercent) < 0.05 ? 0.0 : s.deltaPercent, 0, 'f', 1);
            // Columns (a wide, short strip): two short lines under each column.
            names << QString(columns ? "%1 %2<br>%3" : "%1 %2 (%3)")
                         .arg(QString::fromStdString(group->practice), QString::fromStdString(s.id), delta);
            max = std::max(max, s.monthly);
        }
    QAbstractBarSeries *series = columns ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    series->setObjectName("scenarios");
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat("$@value");
    series->setLabelsPrecision(5);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, columns ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *amounts = usdAxis(max * 1.25); // room for the label past the largest bar
    chart->addAxis(amounts, columns ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(amounts);
    chart->legend()->hide();
    return chart;
}

} // namespace Stackyard
