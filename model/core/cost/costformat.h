#pragma once

#include "costestimate.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Stackyard {

/// The `stackyard cost --format json` object of PRODUCT.md:
/// {"region","currency","pricesAsOf","hoursPerMonth","monthlyTotal","items":[{"resource","usageType",
/// "quantity","unit","unitPrice","monthly","note"}]}, plus "unpriced" (same item shape, unitPrice and
/// monthly 0) listing quantities the region has no sourced price for. Keys keep the contract's order;
/// money is rounded to 1e-6 USD.
nlohmann::ordered_json costToJson(const CostEstimate &estimate);

/// A readable table: one line per item, the total, the price date and region, then the unpriced.
std::string costToText(const CostEstimate &estimate);

/// CSV with a header row: resource,usageType,quantity,unit,unitPrice,monthly,priced,overridden,note.
std::string costToCsv(const CostEstimate &estimate);

} // namespace Stackyard
