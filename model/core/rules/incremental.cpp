#include "incremental.h"

#include "model/core/analysis/partition.h"

#include <algorithm>
#include <thread>

namespace Stackyard {

namespace {

/// A part's identity: the ids of its objects, each sort in id order (shared leaves it reads too).
std::string signatureOf(const DesignScope &part)
{
    std::string s;
    for (const Resource *r : part.resources)
        (s += r->id) += '\x1f';
    s += '\x1e';
    for (const SecurityGroup *g : part.securityGroups)
        (s += g->id) += '\x1f';
    s += '\x1e';
    for (const RouteTable *t : part.routeTables)
        (s += t->id) += '\x1f';
    s += '\x1e';
    for (const Flow *f : part.flows)
        (s += f->id) += '\x1f';
    return s;
}

/// The parts in `which` as one scope, each list in id order (a shared leaf several of them read,
/// once).
DesignScope joined(const std::vector<DesignScope> &parts, const std::vector<std::size_t> &which)
{
    DesignScope scope;
    for (std::size_t p : which) {
        const DesignScope &part = parts[p];
        scope.resources.insert(scope.resources.end(), part.resources.begin(), part.resources.end());
        scope.securityGroups.insert(scope.securityGroups.end(), part.securityGroups.begin(), part.securityGroups.end());
        scope.routeTables.insert(scope.routeTables.end(), part.routeTables.begin(), part.routeTables.end());
        scope.flows.insert(scope.flows.end(), part.flows.begin(), part.flows.end());
    }
    const auto inIdOrder = [](auto &list) {
        std::sort(list.begin(), list.end(), [](const auto *a, const auto *b) { return a->id < b->id; });
        list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    inIdOrder(scope.resources);
    inIdOrder(scope.securityGroups);
    inIdOrder(scope.routeTables);
    inIdOrder(scope.flows);
    return scope;
}

} // namespace

const std::vector<Finding> &IncrementalValidation::update(const Design &design, const Changes &changes)
{
    if (m_valid && !changes.everything && changes.objects.empty()) { // a new price, say: nothing to check
        m_checked = 0;
        return m_findings;
    }
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    const DesignPartition components(design, 1, threads);
    const std::vector<DesignScope> &parts = components.parts();
    const std::size_t ruleCount = registeredRules().size();

    bool everything = changes.everything || !m_valid;
    std::vector<char> changed(parts.size(), 0);
    for (const Id &id : changes.objects) {
        bool leaf = false;
        const std::size_t owner = components.ownerOf(id, &leaf);
        if (owner == DesignPartition::none)
            continue; // removed: the part that held it now has other ids
        if (leaf)
            everything = true; // read by every part that refers to it
        changed[owner] = 1;
    }

    // Parts seen before and untouched keep their findings; the rest are checked, packed into
    // scopes of a few hundred objects as validate() packs them.
    std::vector<std::string> signatures(parts.size());
    std::unordered_map<std::string, PartFindings> next;
    std::vector<std::size_t> toCheck;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        signatures[p] = signatureOf(parts[p]);
        auto old = everything || changed[p] ? m_parts.end() : m_parts.find(signatures[p]);
        if (old != m_parts.end())
            next.emplace(signatures[p], std::move(old->second));
        else
            toCheck.push_back(p);
    }
    std::vector<std::size_t> sizes;
    for (std::size_t p : toCheck)
        sizes.push_back(parts[p].objectCount());
    const std::vector<std::size_t> runs = packRuns(sizes, DesignPartition::kPackedObjects);
    std::vector<std::vector<std::size_t>> packs(runs.empty() ? 0 : runs.back() + 1);
    std::vector<std::size_t> packOf(parts.size(), DesignPartition::none);
    for (std::size_t i = 0; i < toCheck.size(); ++i) {
        packs[runs[i]].push_back(toCheck[i]);
        packOf[toCheck[i]] = runs[i];
    }
    std::vector<DesignScope> scopes;
    scopes.reserve(packs.size());
    for (const auto &pack : packs)
        scopes.push_back(joined(parts, pack));
    std::vector<const DesignScope *> scopePointers;
    for (const DesignScope &scope : scopes)
        scopePointers.push_back(&scope);
    std::vector<PartFindings> made = checkScopes(design, scopePointers, threads, [](std::size_t, const Finding &) { return true; });

    // Each checked part's findings under its signature (a shared leaf's findings belong to its own
    // part, and are kept only from the pack that checked that part), then all parts' in part order.
    for (std::size_t p : toCheck)
        next[signatures[p]].resize(ruleCount);
    for (std::size_t g = 0; g < made.size(); ++g)
        for (std::size_t k = 0; k < made[g].size(); ++k)
            for (Finding &f : made[g][k]) {
                const std::size_t keeper = components.keeperOf(f.subjects);
                if (packOf[keeper] == g)
                    next[signatures[keeper]][k].push_back(std::move(f));
            }
    std::vector<const PartFindings *> inOrder;
    inOrder.reserve(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p)
        inOrder.push_back(&next[signatures[p]]);
    m_findings = joinFindings(inOrder);
    m_parts = std::move(next);
    m_checked = toCheck.size();
    m_valid = true;
    return m_findings;
}

} // namespace Stackyard
