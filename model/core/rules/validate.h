#pragma once

#include "finding.h"
#include "rule.h"

#include "model/core/design.h"

#include <span>
#include <vector>

namespace Stackyard {

class Analysis;
class DesignPartition;

/// Every rule, sorted by id (the explicit list in registry.cpp).
std::span<const Rule *const> registeredRules();
/// The rule with this id, or null.
const Rule *findRule(std::string_view id);

/// Runs every rule (explaining failing hops only) and sorts the findings: severity, rule, first
/// subject, message. A large design is checked part by part (DesignPartition: VPCs that share no
/// object but the "users" node, a topic or a bucket), on every core; that gives the same findings,
/// in the same order, as one analysis of the whole design.
std::vector<Finding> validate(const Design &design);
/// From this many objects validate() splits a design. Below it the design and its analysis fit in
/// the cache as a whole, and splitting costs more than it saves on one core (measured crossover:
/// 4k-6k resources, 8k-12k objects; docs/PERFORMANCE.md, Validation round 4).
inline constexpr std::size_t kValidatePartsFromObjects = 8192;
/// Runs every rule on one analysis (of the whole design, or of the part it covers).
std::vector<Finding> validate(const Analysis &analysis);
/// validate(design) part by part, on up to `threads` threads (tests split designs finer than
/// validate() would; the benchmark compares thread counts).
std::vector<Finding> validate(const Design &design, const DesignPartition &partition, unsigned threads = 1);

} // namespace Stackyard
