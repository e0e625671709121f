#pragma once

#include "model/core/cost/costestimate.h"
#include "model/core/cost/scenarios.h"

#include <QString>

class QChart;

namespace Stackyard {

/// Builders of the cost dashboard's charts: each returns a new chart (the caller's chart view
/// takes ownership) whose series carry the estimate's values in USD. Hover texts come from
/// lineItemsTip(). Series object names: "services", "resources", "taskCurve", "scenarios".

/// A donut of monthly cost by AWS service.
QChart *serviceDonut(const CostEstimate &estimate);
/// Horizontal bars of monthly cost by resource, largest first: at most `limit` bars, the last
/// one summing the rest (labelled otherResourcesLabel()). Each category reads "id  $amount"; the
/// series' "ids" property lists the resource ids bar by bar ("" for the rest).
QChart *resourceBars(const CostEstimate &estimate, int limit = 8);
/// The category of the bar that sums the resources not shown ("12 others").
QString otherResourcesLabel(int count);
/// Monthly total across total task count, every service from its min to its max.
QChart *taskCurveChart(const std::vector<TaskCountPoint> &curve);
/// One bar per scenario option (egress, strategies, scale), labelled with its delta: vertical
/// columns when `columns` (the strip under the canvas: wide and short), else horizontal bars.
QChart *scenarioBars(const CostScenarios &scenarios, bool columns = false);

/// Rich-text tooltip listing the line items that match (by resource id, or by service when
/// `byService`), with quantity x unit price = monthly.
QString lineItemsTip(const CostEstimate &estimate, const QString &key, bool byService);

/// "$1,234.56".
QString usd(double value);

} // namespace Stackyard
