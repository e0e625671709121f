#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace Stackyard {

/// A labelled amount for a chart (USD per month).
using ChartValue = std::pair<QString, double>;

/// Self-contained inline SVG charts for the review report (no scripts, no external references);
/// the same figures as the cost dashboard's donut by service and bars by resource.

/// A donut of `values` (drawn largest first) with a legend giving each slice's amount and share,
/// and the total in the hole.
QString donutSvg(std::vector<ChartValue> values, const QString &title);
/// Horizontal bars, largest first, at most `limit` (the rest summed as "other").
QString barsSvg(std::vector<ChartValue> values, const QString &title, int limit = 12);

/// Text escaped for XML/HTML content and attributes.
QString xmlEscaped(const QString &text);

} // namespace Stackyard
