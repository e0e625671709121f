#pragma once

#include "costestimate.h"
#include "model/core/design.h"
#include "pricetable.h"

namespace Stackyard {

/// The monthly estimate of `design` at the list prices of `prices` (its region, whatever the
/// design's own region says). Pure: no I/O, no globals besides the built-in catalogue (whose
/// defaults stand in for properties a resource does not set). Items come in resource id order.
/// A quantity whose price the region lacks goes to CostEstimate::unpriced, never into the total.
CostEstimate estimate(const Design &design, const PriceTable &prices, const CostOptions &options = {});

} // namespace Stackyard
