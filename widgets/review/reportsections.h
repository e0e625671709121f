#pragma once

#include "model/core/cost/costestimate.h"
#include "model/core/design.h"
#include "model/core/rules/finding.h"

#include <QString>

#include <optional>
#include <vector>

namespace Stackyard::Report {

/// HTML fragments of the review report (reviewreport.cpp assembles them). Every fragment escapes
/// the design's texts.

QString h(const std::string &text); ///< escaped
QString pillarTitle(Pillar p);      ///< "Operational excellence"…

QString titlePage(const Design &design, const QString &date, const std::vector<Finding> &findings,
                  const std::optional<CostEstimate> &cost);
QString findingsSection(const Design &design, const std::vector<Finding> &findings);
QString checklistSection(const Design &design, const std::vector<Finding> &findings);
/// `donut` and `bars` are the charts (inline SVG or <img>).
QString costSection(const Design &design, const std::optional<CostEstimate> &cost, const QString &costError,
                    const QString &donut, const QString &bars);
QString responsibilitySection(const std::vector<Finding> &findings);

} // namespace Stackyard::Report
