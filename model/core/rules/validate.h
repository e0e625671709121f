#pragma once

#include "finding.h"
#include "rule.h"

#include "model/core/design.h"

#include <functional>
#include <span>
#include <vector>

namespace Stackyard {

class Analysis;
class DesignPartition;
struct DesignScope;

/// Every rule, sorted by id (the explicit list in registry.cpp).
std::span<const Rule *const> registeredRules();
/// The rule with this id, or null.
const Rule *findRule(std::string_view id);

/// Runs every rule (explaining failing hops only) and sorts the findings: severity, rule, first
/// subject, message. A large design is checked part by part (DesignPartition: VPCs that share no
/// object but the "users" node, a topic or a bucket), on every core; that gives the same findings,
/// in the same order, as one analysis of the whole design.
std::vector<Finding> validate(const Design &design);
/// Whether validate() checks a design of this many objects part by part, on `cores` cores. With a
/// second core to give parts to, from about 1k resources: in the editor, after one small edit to a
/// 2k design, validation takes 4 ms instead of 7 and the whole edit (check, price, badges) 11-12 ms
/// instead of 16.5-17.5, inside one frame (tests/widgets_canvas/bench_edit). On one core only from
/// about 8k objects, where the design and its analysis no longer fit in the cache as a whole and a
/// split pays for itself in CPU time (measured crossover 4k-6k resources). docs/PERFORMANCE.md,
/// Validation round 4.
constexpr bool validationSplits(std::size_t objects, unsigned cores)
{
    return objects >= (cores > 1 ? 2048 : 8192);
}
/// Runs every rule on one analysis (of the whole design, or of the part it covers).
std::vector<Finding> validate(const Analysis &analysis);
/// validate(design) part by part, on up to `threads` threads (tests split designs finer than
/// validate() would; the benchmark compares thread counts).
std::vector<Finding> validate(const Design &design, const DesignPartition &partition, unsigned threads = 1);

/// The findings of one part, rule by rule (in registry order).
using PartFindings = std::vector<std::vector<Finding>>;
/// Every rule on each scope, one Analysis each, on up to `threads` threads; `keep(s, finding)`
/// says, on a worker thread, whether scope s keeps a finding it made. An exception of a rule is
/// re-thrown on the caller's thread. The caller's thread takes scopes upward from `start`, the
/// others downward from the one before it, each turning to the other direction when its own runs
/// out: start where the objects read last are (DesignPartition::lastRead).
std::vector<PartFindings> checkScopes(const Design &design, const std::vector<const DesignScope *> &scopes, unsigned threads,
                                      const std::function<bool(std::size_t, const Finding &)> &keep, std::size_t start = 0);
/// The parts' findings as one sorted list: rule by rule in part order, then sorted as validate() sorts.
std::vector<Finding> joinFindings(const std::vector<const PartFindings *> &parts);
/// The same, taking the findings instead of copying them.
std::vector<Finding> joinFindings(std::vector<PartFindings> &&parts);

} // namespace Stackyard
