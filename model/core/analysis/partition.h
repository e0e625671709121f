#pragma once

#include "model/core/design.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace Stackyard {

/// The objects one Analysis looks at, each list in id order: a whole design, or one part of it that
/// refers to nothing outside itself (see DesignPartition).
struct DesignScope
{
    std::vector<const Resource *> resources;
    std::vector<const SecurityGroup *> securityGroups;
    std::vector<const RouteTable *> routeTables;
    std::vector<const Flow *> flows;

    static DesignScope whole(const Design &design);
    std::size_t objectCount() const { return resources.size() + securityGroups.size() + routeTables.size() + flows.size(); }
};

/// A design split into parts that can be checked one at a time with the same findings as a check
/// of the whole. Every reference joins the two objects into one part: parent, placement, security
/// groups, rule peers, route targets and associations, flow ends, and any string in a resource's
/// properties that names an object. Only shared leaves are copied into each part that refers to
/// them instead: resources of a kind for which `isSharedLeafKind` holds that refer to nothing and
/// have no children (the "users" and "internet" nodes, an SNS topic or a log bucket every VPC uses).
/// A rule may read such a leaf, but must not join two resources through one; tst_rules_partition
/// checks every rule against the single analysis.
///
/// A design of unrelated VPCs gives one part per VPC, so a check's working set stays in the cache
/// however large the design grows. Parts are in the order of their first resource's id; runs of
/// small ones are packed into one part of at most `packedObjects` objects (1: never packed).
class DesignPartition
{
public:
    /// A part's working set (its objects and the analysis made of them, a few KiB per object)
    /// then still fits the L2 cache, while an analysis's fixed cost is paid once per few hundred
    /// objects, not per orphan resource.
    static constexpr std::size_t kPackedObjects = 512;

    /// `threads` > 1 walks the design on two threads (the resources from both ends).
    explicit DesignPartition(const Design &design, std::size_t packedObjects = kPackedObjects, unsigned threads = 1);

    const std::vector<DesignScope> &parts() const { return m_parts; }
    /// The part that keeps a finding about these subjects: the owner of its first subject that is
    /// not a shared leaf, else of its first subject that is, else part 0 (a finding with no subject
    /// that is an object of the design). Each part's own findings are produced only there; a
    /// shared leaf's are produced in every part that reads it, and kept once.
    std::size_t keeperOf(const std::vector<Id> &subjects) const;
    /// The part that owns the object with this id (a shared leaf's own part), or `none`; `leaf`
    /// says whether it is a shared leaf.
    std::size_t ownerOf(std::string_view id, bool *leaf = nullptr) const;
    static constexpr std::size_t none = std::size_t(-1);
    /// The part where the walks of the design ended (the resource both threads reached last):
    /// the objects read last, and so still in the cache, belong to the parts around it.
    std::size_t lastRead() const { return m_lastRead; }

private:
    /// Half of an id's hash and its object; 8 bytes, so that the table of a 50k-resource design
    /// (100k objects) stays in the L2 cache while every reference is looked up in it.
    struct Entry
    {
        std::uint32_t hash = 0;
        std::uint32_t object = kFree;
    };
    static constexpr std::uint32_t kFree = std::uint32_t(-1);
    static constexpr std::size_t npos = std::size_t(-1);
    /// Calls f with every object whose id is `id`. A lookup made to join two objects need not
    /// compare the strings (Match::Hash): an object whose hash merely agrees joins one part more,
    /// which costs time but never a finding, and reading the id to be sure is a cache miss on the
    /// named object per reference. Deciding which part keeps a finding compares them (Exact).
    enum class Match { Hash, Exact };
    template<Match match, typename F>
    void forEachObjectNamed(std::string_view id, F &&f) const;
    /// Calls f with every object whose id has this hash and length (Match::Hash without the text).
    template<typename F>
    void forEachCandidate(std::size_t hash, std::size_t length, F &&f) const;

    std::vector<std::string_view> m_ids;   ///< every object's id: resources, groups, tables, flows
    std::vector<Entry> m_table;            ///< open-addressed: id hash -> object
    /// One bit per slot of another hash of the ids: most strings a resource holds name nothing,
    /// and are turned away here (a few hundred KiB) without a probe of the table.
    std::vector<std::uint64_t> m_filter;
    std::size_t m_minLength = 0, m_maxLength = 0;
    std::vector<std::size_t> m_partOf;     ///< object -> the part that owns it
    std::vector<char> m_sharedLeaf;        ///< object -> is a shared leaf
    std::vector<DesignScope> m_parts;
    std::size_t m_lastRead = 0;
};

/// Packs items in order into runs whose sizes add up to at most `limit` (an item larger than that
/// has a run of its own): the run of each item, numbered from 0.
std::vector<std::size_t> packRuns(const std::vector<std::size_t> &sizes, std::size_t limit);

/// Kinds that may be shared between parts when they refer to nothing: external endpoints and
/// region-wide sinks that many VPCs use and that no rule joins through.
bool isSharedLeafKind(std::string_view kind);

} // namespace Stackyard
