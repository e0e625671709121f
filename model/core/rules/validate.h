#pragma once

#include "finding.h"
#include "rule.h"

#include "model/core/design.h"

#include <span>
#include <vector>

namespace Stackyard {

class Analysis;

/// Every rule, sorted by id (the explicit list in registry.cpp).
std::span<const Rule *const> registeredRules();
/// The rule with this id, or null.
const Rule *findRule(std::string_view id);

/// Runs every rule on one shared analysis (explaining failing hops only). Findings are sorted:
/// severity, rule, first subject, message.
std::vector<Finding> validate(const Design &design);
std::vector<Finding> validate(const Analysis &analysis);

} // namespace Stackyard
