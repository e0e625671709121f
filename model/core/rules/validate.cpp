// validate(): one analysis of a small design, or the design's closed parts one by one on every core,
// and the building blocks IncrementalValidation shares (checkScopes, joinFindings).
#include "validate.h"

#include "model/core/analysis/analysis.h"
#include "model/core/analysis/partition.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <iterator>
#include <mutex>
#include <numeric>
#include <string_view>
#include <thread>
#include <tuple>

namespace Stackyard {

namespace {

/// Severity, rule, first subject, message; findings that tie keep the order they were made in.
/// Sorts their positions, then moves each finding once (a finding is a few hundred bytes; a merge
/// sort of the findings themselves moved each about log n times: 1.6 ms of a 10k validation).
void sortFindings(std::vector<Finding> &out)
{
    std::vector<std::uint32_t> order(out.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&out](std::uint32_t x, std::uint32_t y) {
        const Finding &a = out[x], &b = out[y];
        const std::string_view sa = a.subjects.empty() ? std::string_view() : std::string_view(a.subjects.front());
        const std::string_view sb = b.subjects.empty() ? std::string_view() : std::string_view(b.subjects.front());
        return std::tie(a.severity, a.rule, sa, a.message) < std::tie(b.severity, b.rule, sb, b.message);
    });
    std::vector<Finding> sorted;
    sorted.reserve(out.size());
    for (std::uint32_t i : order)
        sorted.push_back(std::move(out[i]));
    out = std::move(sorted);
}

} // namespace

std::vector<Finding> validate(const Analysis &analysis)
{
    std::vector<Finding> out;
    Findings findings(out);
    for (const Rule *rule : registeredRules())
        rule->check(analysis, findings);
    sortFindings(out);
    return out;
}

std::vector<Finding> validate(const Design &design)
{
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    if (!validationSplits(design.objectCount(), threads))
        return validate(Analysis(design, Analysis::Explain::FailuresOnly));
    return validate(design, DesignPartition(design, DesignPartition::kPackedObjects, threads), threads);
}

std::vector<Finding> validate(const Design &design, const DesignPartition &partition, unsigned threads)
{
    const std::vector<DesignScope> &parts = partition.parts();
    if (parts.size() == 1)
        return validate(Analysis(design, Analysis::Explain::FailuresOnly, parts.front()));
    std::vector<const DesignScope *> scopes;
    for (const DesignScope &part : parts)
        scopes.push_back(&part);
    return joinFindings(checkScopes(
        design, scopes, threads,
        [&partition](std::size_t p, const Finding &f) {
            return partition.keeperOf(f.subjects) == p; // a shared leaf's finding is made in every part that reads it
        },
        partition.lastRead()));
}

std::vector<PartFindings> checkScopes(const Design &design, const std::vector<const DesignScope *> &scopes, unsigned threads,
                                      const std::function<bool(std::size_t, const Finding &)> &keep, std::size_t start)
{
    // One part at a time, so that each analysis and the part of the design it reads stay in the
    // cache; parts are independent, so `threads` threads take them in turn. Once a design has
    // outgrown the cache, what is left of it there is what was read last: the parts around
    // `start`, read last by both threads of the partition's walk. Each thread works away from
    // there, so that it meets the parts in the opposite order to the walk's.
    const auto &rules = registeredRules();
    std::vector<PartFindings> kept(scopes.size());
    const auto count = std::ptrdiff_t(scopes.size());
    start = std::min(start, scopes.size());
    std::atomic<std::ptrdiff_t> up{std::ptrdiff_t(start)}, down{std::ptrdiff_t(start) - 1};
    const auto take = [&](bool upward) -> std::ptrdiff_t {
        for (const bool u : {upward, !upward}) {
            const std::ptrdiff_t p = u ? up++ : down--;
            if (u ? p < count : p >= 0)
                return p;
        }
        return -1;
    };
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto work = [&](bool upward) {
        try {
            std::vector<Finding> made;
            for (std::ptrdiff_t taken; (taken = take(upward)) >= 0;) {
                const auto p = std::size_t(taken);
                const Analysis analysis(design, Analysis::Explain::FailuresOnly, *scopes[p]);
                kept[p].resize(rules.size());
                for (std::size_t k = 0; k < rules.size(); ++k) {
                    made.clear();
                    Findings findings(made);
                    rules[k]->check(analysis, findings);
                    for (Finding &f : made)
                        if (keep(p, f))
                            kept[p][k].push_back(std::move(f));
                }
            }
        } catch (...) { // handed to the caller's thread, as the single analysis would throw it
            up = count;
            down = -1;
            const std::lock_guard lock(failureMutex);
            failure = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned i = 1; i < std::min<std::size_t>(std::max(threads, 1u), scopes.size()); ++i)
            helpers.emplace_back(work, false);
        work(true);
    } // joins the helpers
    if (failure)
        std::rethrow_exception(failure);
    return kept;
}

namespace {

/// Rule by rule, each part's findings in part order (copied or moved by `take`), then one sort:
/// the same list, in the same order, as one analysis of the whole design gives (findings that
/// tie come from one part, in its order).
template<typename Parts, typename Take>
std::vector<Finding> join(Parts &parts, Take take)
{
    std::vector<Finding> out;
    std::size_t total = 0;
    for (auto &part : parts)
        for (const auto &list : *part)
            total += list.size();
    out.reserve(total);
    for (std::size_t k = 0; k < registeredRules().size(); ++k)
        for (auto &part : parts)
            if (k < part->size())
                take((*part)[k], out);
    sortFindings(out);
    return out;
}

} // namespace

std::vector<Finding> joinFindings(const std::vector<const PartFindings *> &parts)
{
    return join(parts, [](const std::vector<Finding> &list, std::vector<Finding> &out) { out.insert(out.end(), list.begin(), list.end()); });
}

std::vector<Finding> joinFindings(std::vector<PartFindings> &&parts)
{
    std::vector<PartFindings *> pointers;
    for (PartFindings &part : parts)
        pointers.push_back(&part);
    return join(pointers, [](std::vector<Finding> &list, std::vector<Finding> &out) {
        std::move(list.begin(), list.end(), std::back_inserter(out));
    });
}

} // namespace Stackyard
