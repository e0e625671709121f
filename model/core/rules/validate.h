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
/// Whether validate() checks a design of this many objects part by part (then on every core). A
/// split pays for itself from about 8k objects, where the design and its analysis no longer fit in
/// the cache as a whole: below, it costs more CPU than it saves (measured crossover on one core:
/// 4k-6k resources). Smaller designs are checked as one analysis on the calling thread: two cores
/// would take a 2k design from 5.8 to about 4.7 ms, for 45 % more CPU time.
/// docs/PERFORMANCE.md, Validation round 4.
constexpr bool validationSplits(std::size_t objects)
{
    return objects >= 8192;
}
/// Runs every rule on one analysis (of the whole design, or of the part it covers).
std::vector<Finding> validate(const Analysis &analysis);
/// validate(design) part by part, on up to `threads` threads (tests split designs finer than
/// validate() would; the benchmark compares thread counts).
std::vector<Finding> validate(const Design &design, const DesignPartition &partition, unsigned threads = 1);

} // namespace Stackyard
