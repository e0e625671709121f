#pragma once

#include "model/core/design.h"

#include <QColor>
#include <QString>

#include <vector>

namespace Stackyard {

/// One swatch of the diagram legend.
struct LegendEntry
{
    QString label;
    QColor fill;
    QColor border;
};

/// The subnet tiers the design's subnets have, in the order public, private, isolated, with the
/// canvas's tier colours.
std::vector<LegendEntry> legendTiers(const Design &design);
/// The AWS icon categories of the design's resources (VPCs and subnets aside), with their colours.
std::vector<LegendEntry> legendCategories(const Design &design);

} // namespace Stackyard
