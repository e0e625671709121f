#include "partition.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <unordered_map>
#include <map>
#include <numeric>
#include <optional>
#include <thread>

namespace Stackyard {

namespace {

/// Union-find over object numbers, by size, with path halving.
class Components
{
public:
    explicit Components(std::size_t n) : m_parent(n), m_size(n, 1) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    std::size_t find(std::size_t x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    std::vector<std::size_t> m_parent;
    std::vector<std::size_t> m_size;
};

/// Every string value in a JSON tree (object keys are names, not references). Walks the
/// containers directly: nlohmann's iterators cost more than the visit itself here.
template<typename F>
void forEachString(const Json &v, F &f)
{
    switch (v.type()) {
    case Json::value_t::string:
        f(v.get_ref<const Json::string_t &>());
        break;
    case Json::value_t::object:
        for (const auto &[key, e] : v.get_ref<const Json::object_t &>())
            if (e.is_string() || e.is_structured())
                forEachString(e, f);
        break;
    case Json::value_t::array:
        for (const Json &e : v.get_ref<const Json::array_t &>())
            if (e.is_string() || e.is_structured())
                forEachString(e, f);
        break;
    default:
        break;
    }
}

/// Per kind, the properties through which a rule can reach another object: those the catalogue
/// declares as ref or refs, and lists and objects unless declared to hold no references; sorted
/// by name. Rules read properties by their catalogue
/// names, so a value of another declared type (an int, an enum, a free string) or an undeclared
/// key is never followed as a reference, and the walk need not touch it.
class ReferenceProperties
{
public:
    ReferenceProperties()
    {
        for (const KindSpec &kind : Catalog::builtin().kinds()) {
            std::vector<std::string_view> &names = m_byKind[kind.kind];
            for (const PropertySpec &p : kind.properties)
                if (p.type == "ref" || p.type == "refs" || ((p.type == "list" || p.type == "object") && p.holdsReferences))
                    names.push_back(p.name);
            std::sort(names.begin(), names.end());
        }
    }
    /// Null for a kind the catalogue does not know: then every value may be a reference.
    const std::vector<std::string_view> *of(std::string_view kind) const
    {
        auto it = m_byKind.find(kind);
        return it == m_byKind.end() ? nullptr : &it->second;
    }

private:
    std::unordered_map<std::string_view, std::vector<std::string_view>> m_byKind; ///< keys view the catalogue's strings
};

/// Every string a resource's properties hold that a rule could follow to another object.
template<typename F>
void forEachReference(const Resource &r, F &f)
{
    static const ReferenceProperties references;
    const std::vector<std::string_view> *names = references.of(r.kind);
    if (!names || !r.properties.is_object()) {
        forEachString(r.properties, f);
        return;
    }
    if (names->empty())
        return;
    // One ordered walk of the property map against the sorted names (not a search per name).
    const auto &object = r.properties.get_ref<const Json::object_t &>();
    auto it = object.begin();
    for (std::string_view name : *names) {
        while (it != object.end() && std::string_view(it->first) < name)
            ++it;
        if (it == object.end())
            break;
        if (it->first == name)
            forEachString(it->second, f);
    }
}

} // namespace

std::vector<std::size_t> packRuns(const std::vector<std::size_t> &sizes, std::size_t limit)
{
    std::vector<std::size_t> runOf(sizes.size());
    std::size_t run = 0, filled = 0;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        if (i > 0 && filled + sizes[i] > limit) {
            ++run;
            filled = 0;
        }
        runOf[i] = run;
        filled += sizes[i];
    }
    return runOf;
}

bool isSharedLeafKind(std::string_view kind)
{
    // No rule joins two resources through one of these: "users" and "internet" are the ends of
    // drawn flows; an SNS topic and an S3 bucket are read (an alert path ends in a topic, an ALB
    // logs to a bucket) but never asked who else uses them.
    return kind == "users" || kind == "internet" || kind == "sns-topic" || kind == "s3-bucket";
}

namespace {

/// Every object of a map of the design, in id order.
template<typename T>
std::vector<const T *> listed(const std::map<Id, T> &map)
{
    std::vector<const T *> list;
    list.reserve(map.size());
    for (const auto &[id, object] : map)
        list.push_back(&object);
    return list;
}

} // namespace

DesignScope DesignScope::whole(const Design &design)
{
    return {listed(design.resources), listed(design.securityGroups), listed(design.routeTables), listed(design.flows)};
}

template<DesignPartition::Match match, typename F>
void DesignPartition::forEachObjectNamed(std::string_view id, F &&f) const
{
    forEachCandidate(std::hash<std::string_view>()(id), id.size(), [&](std::size_t k) {
        if (match == Match::Hash || m_ids[k] == id)
            f(k); // ids are unique across sorts in a valid design; every match joins
    });
}

template<typename F>
void DesignPartition::forEachCandidate(std::size_t hash, std::size_t length, F &&f) const
{
    if (m_table.empty() || length < m_minLength || length > m_maxLength)
        return;
    const std::size_t bit = (hash >> 32) & (m_filter.size() * 64 - 1);
    if (!(m_filter[bit / 64] >> (bit % 64) & 1))
        return;
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t i = hash & mask; m_table[i].object != kFree; i = (i + 1) & mask)
        if (m_table[i].hash == std::uint32_t(hash))
            f(std::size_t(m_table[i].object));
}

namespace {

/// What one walk over some of the design's objects gathers: their ids, and every string they hold
/// that may name another object, as its hash and length (`Reference::from` counts from the walk's
/// first object). Joining needs nothing more, so each object is read once, when its map node is
/// reached: once a design has outgrown the cache, reading it a second time costs as much again.
struct Walk
{
    struct Reference
    {
        std::size_t hash;
        std::uint32_t from;
        std::uint32_t length : 31;
        std::uint32_t isParent : 1; ///< the holder's parent (a container has children)
    };
    std::vector<std::string_view> ids;
    std::vector<std::size_t> hashes;
    std::vector<Reference> references;
    std::vector<const Resource *> resources;
    std::vector<char> leafKind; ///< resources: of a kind that may be a shared leaf
    std::uint32_t current = 0;
    bool isParent = false;

    void note(std::string_view id)
    {
        current = std::uint32_t(ids.size());
        ids.push_back(id);
        hashes.push_back(std::hash<std::string_view>()(id));
    }
    void operator()(std::string_view id)
    {
        if (!id.empty())
            references.push_back({std::hash<std::string_view>()(id), current, std::uint32_t(id.size()), isParent});
    }
};

} // namespace

DesignPartition::DesignPartition(const Design &design, std::size_t packedObjects, unsigned threads)
{
    // Objects are numbered resources, then security groups, route tables and flows, each in id
    // order. Walking the design's trees costs a cache miss per node once the design has outgrown
    // the cache. With `threads` > 1 a second thread walks the resources from the first, while
    // this one walks the other objects and then the resources from the last; the two claim
    // resources in chunks from one counter and so meet wherever their speeds put the middle.
    const std::size_t nResources = design.resources.size();
    std::atomic<std::size_t> claimed{0};
    const auto walkResources = [&](auto first, Walk &w) {
        constexpr std::size_t kChunk = 64;
        w.resources.reserve(nResources);
        w.ids.reserve(nResources);
        w.hashes.reserve(nResources);
        w.leafKind.reserve(nResources);
        w.references.reserve(4 * nResources);
        std::size_t budget = 0;
        for (auto it = first;; ++it) {
            if (budget == 0) {
                const std::size_t got = claimed.fetch_add(kChunk, std::memory_order_relaxed);
                if (got >= nResources)
                    break;
                budget = std::min(kChunk, nResources - got);
            }
            --budget;
            const auto &[id, r] = *it;
            w.resources.push_back(&r);
            w.note(id);
            w.leafKind.push_back(isSharedLeafKind(r.kind));
            w.isParent = true;
            w(r.parent);
            w.isParent = false;
            for (const Id &s : r.placement)
                w(s);
            for (const Id &g : r.securityGroups)
                w(g);
            forEachReference(r, w);
        }
    };
    DesignScope all;
    Walk forward, backward, others;
    {
        std::optional<std::jthread> helper;
        if (threads > 1)
            helper.emplace([&] { walkResources(design.resources.begin(), forward); });
        else
            walkResources(design.resources.begin(), forward);
        Walk &w = others;
        const std::size_t nOthers = design.securityGroups.size() + design.routeTables.size() + design.flows.size();
        w.ids.reserve(nOthers);
        w.hashes.reserve(nOthers);
        w.references.reserve(2 * nOthers);
        for (const auto &[id, g] : design.securityGroups) {
            all.securityGroups.push_back(&g);
            w.note(id);
            w(g.vpc);
            for (const auto *rules : {&g.ingress, &g.egress})
                for (const SgRule &rule : *rules)
                    if (rule.peerKind != PeerKind::Cidr)
                        w(rule.peer);
        }
        for (const auto &[id, t] : design.routeTables) {
            all.routeTables.push_back(&t);
            w.note(id);
            w(t.vpc);
            for (const Id &s : t.subnets)
                w(s);
            for (const Route &route : t.routes)
                w(route.targetId);
        }
        for (const auto &[id, f] : design.flows) {
            all.flows.push_back(&f);
            w.note(id);
            w(f.from);
            w(f.to);
        }
        if (threads > 1)
            walkResources(design.resources.rbegin(), backward);
    } // joins the helper
    // The backward walk's objects, in id order after the forward walk's; its references count
    // from the last resource.
    const std::size_t nForward = forward.ids.size();
    for (Walk::Reference &ref : backward.references)
        ref.from = std::uint32_t(nResources - 1 - ref.from - nForward);
    std::reverse(backward.resources.begin(), backward.resources.end());
    std::reverse(backward.ids.begin(), backward.ids.end());
    std::reverse(backward.hashes.begin(), backward.hashes.end());
    std::reverse(backward.leafKind.begin(), backward.leafKind.end());
    all.resources = std::move(forward.resources);
    all.resources.insert(all.resources.end(), backward.resources.begin(), backward.resources.end());
    std::vector<char> leafKind = std::move(forward.leafKind);
    leafKind.insert(leafKind.end(), backward.leafKind.begin(), backward.leafKind.end());
    const std::size_t nGroups = all.securityGroups.size();
    const std::size_t nTables = all.routeTables.size();
    m_ids = std::move(forward.ids);
    std::vector<std::size_t> hashes = std::move(forward.hashes);
    for (const Walk *w : {&backward, &others}) {
        m_ids.insert(m_ids.end(), w->ids.begin(), w->ids.end());
        hashes.insert(hashes.end(), w->hashes.begin(), w->hashes.end());
    }
    const std::size_t n = m_ids.size();
    if (n == 0) {
        m_parts.push_back(all);
        return;
    }
    m_table.resize(std::bit_ceil(std::max<std::size_t>(2 * n, 16)));
    m_filter.resize(std::bit_ceil(std::max<std::size_t>(n / 8, 1))); // 8 bits an id: about 1 in 9 strays gets through
    const std::size_t mask = m_table.size() - 1;
    const std::size_t bits = m_filter.size() * 64 - 1;
    m_minLength = m_ids.front().size();
    for (std::size_t k = 0; k < n; ++k) {
        m_minLength = std::min(m_minLength, m_ids[k].size());
        m_maxLength = std::max(m_maxLength, m_ids[k].size());
        std::size_t i = hashes[k] & mask;
        while (m_table[i].object != kFree)
            i = (i + 1) & mask;
        m_table[i] = {std::uint32_t(hashes[k]), std::uint32_t(k)};
        const std::size_t bit = (hashes[k] >> 32) & bits;
        m_filter[bit / 64] |= std::uint64_t(1) << (bit % 64);
    }

    // Every reference as an edge from the object that holds it to the object it names (by hash
    // and length alone: the strings stay unread).
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    std::vector<char> parent(nResources, 0); // is some resource's parent
    edges.reserve(forward.references.size() + backward.references.size() + others.references.size());
    std::vector<char> referrer(nResources, 0); // holds a reference of its own
    for (const Walk *w : {&forward, &backward, &others}) {
        const std::size_t offset = w == &others ? nResources : w == &backward ? nForward : 0;
        for (const Walk::Reference &ref : w->references) {
            const std::size_t from = offset + ref.from;
            forEachCandidate(ref.hash, ref.length, [&](std::size_t to) {
                edges.emplace_back(from, to);
                if (from < nResources)
                    referrer[from] = 1;
                if (ref.isParent && to < nResources)
                    parent[to] = 1;
            });
        }
    }

    m_sharedLeaf.assign(n, 0);
    for (std::size_t k = 0; k < nResources; ++k)
        m_sharedLeaf[k] = leafKind[k] && !referrer[k] && !parent[k];

    Components components(n);
    for (const auto &[a, b] : edges)
        if (!m_sharedLeaf[b] && !m_sharedLeaf[a])
            components.join(a, b);

    // Components in the order of their first object (resources come first, in id order).
    std::vector<std::size_t> partOfRoot(n, npos);
    std::vector<std::size_t> partSize;
    m_partOf.assign(n, npos);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t root = components.find(k);
        if (partOfRoot[root] == npos) {
            partOfRoot[root] = partSize.size();
            partSize.push_back(0);
        }
        m_partOf[k] = partOfRoot[root];
        ++partSize[partOfRoot[root]];
    }
    // Consecutive small components share a part.
    const std::vector<std::size_t> packed = packRuns(partSize, packedObjects);
    for (std::size_t &p : m_partOf)
        p = packed[p];
    m_parts.resize(packed.empty() ? 1 : packed.back() + 1);
    m_lastRead = nForward < nResources ? m_partOf[nForward] : 0; // one thread: it read the others last, whose parts vary

    // Each part's lists in id order; a shared leaf is also listed in every other part that refers to it.
    std::vector<std::vector<const Resource *>> borrowed(m_parts.size());
    for (const auto &[a, b] : edges)
        if (m_sharedLeaf[b] && m_partOf[a] != m_partOf[b])
            borrowed[m_partOf[a]].push_back(all.resources[b]);
    for (std::size_t k = 0; k < nResources; ++k)
        m_parts[m_partOf[k]].resources.push_back(all.resources[k]);
    for (std::size_t k = 0; k < nGroups; ++k)
        m_parts[m_partOf[nResources + k]].securityGroups.push_back(all.securityGroups[k]);
    for (std::size_t k = 0; k < nTables; ++k)
        m_parts[m_partOf[nResources + nGroups + k]].routeTables.push_back(all.routeTables[k]);
    for (std::size_t k = 0; k < all.flows.size(); ++k)
        m_parts[m_partOf[nResources + nGroups + nTables + k]].flows.push_back(all.flows[k]);
    const auto byId = [](const Resource *x, const Resource *y) { return x->id < y->id; };
    for (std::size_t p = 0; p < m_parts.size(); ++p) {
        std::vector<const Resource *> &extra = borrowed[p];
        if (extra.empty())
            continue;
        std::sort(extra.begin(), extra.end(), byId);
        extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
        std::vector<const Resource *> merged;
        merged.reserve(m_parts[p].resources.size() + extra.size());
        std::merge(m_parts[p].resources.begin(), m_parts[p].resources.end(), extra.begin(), extra.end(),
                   std::back_inserter(merged), byId);
        m_parts[p].resources = std::move(merged);
    }
}

std::size_t DesignPartition::ownerOf(std::string_view id, bool *leaf) const
{
    std::size_t owner = npos;
    forEachObjectNamed<Match::Exact>(id, [&](std::size_t k) {
        if (owner == npos) {
            owner = m_partOf[k];
            if (leaf)
                *leaf = m_sharedLeaf[k];
        }
    });
    return owner;
}

std::size_t DesignPartition::keeperOf(const std::vector<Id> &subjects) const
{
    std::size_t leafOwner = npos;
    for (const Id &s : subjects) {
        bool leaf = false;
        const std::size_t owner = ownerOf(s, &leaf);
        if (owner == npos)
            continue;
        if (!leaf)
            return owner;
        if (leafOwner == npos)
            leafOwner = owner;
    }
    return leafOwner == npos ? 0 : leafOwner;
}

} // namespace Stackyard
