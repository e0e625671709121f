#pragma once

#include "partition.h"

#include "model/core/design.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Stackyard {

/// The objects of a design, or of one closed part of it (a DesignScope), found by id, kind,
/// parent and security group, and property values with the catalogue's defaults: the lookups
/// every rule makes, built once per analysis. Holds pointers into the design, which must outlive it.
class ScopeIndex
{
public:
    explicit ScopeIndex(DesignScope scope);

    /// The objects covered, each in id order: the design's, or its part's.
    const std::vector<const Resource *> &resources() const { return m_scope.resources; }
    const std::vector<const SecurityGroup *> &securityGroups() const { return m_scope.securityGroups; }
    const std::vector<const RouteTable *> &routeTables() const { return m_scope.routeTables; }
    const std::vector<const Flow *> &flows() const { return m_scope.flows; }
    /// The security group or route table with this id among those covered, or null. A part's
    /// objects name only objects of the part, so these answer as the design's own lookups would,
    /// without a search of the whole design's trees (a cache miss per level once it is large).
    const SecurityGroup *securityGroup(std::string_view id) const;
    const RouteTable *routeTable(std::string_view id) const;
    /// True when an object of any sort with this id is covered (Design::containsId, for the part).
    bool contains(std::string_view id) const;
    /// The resource with this id (hashed index), or null.
    const Resource *resource(std::string_view id) const;
    /// Resources of a kind, in id order.
    const std::vector<const Resource *> &ofKind(std::string_view kind) const;
    /// Resources whose parent is `id`, in id order.
    const std::vector<const Resource *> &childrenOf(const Id &id) const;
    /// A property's value, or the catalogue default when the resource does not set it.
    const Json &property(const Resource &r, std::string_view name) const;
    std::string stringProperty(const Resource &r, std::string_view name) const;
    long long intProperty(const Resource &r, std::string_view name, long long fallback = 0) const;
    bool boolProperty(const Resource &r, std::string_view name, bool fallback = false) const;
    /// Resources every security group is attached to.
    const std::vector<const Resource *> &membersOf(const Id &securityGroup) const;
    /// The resource's position in resources(), or npos when it is not one of them.
    std::size_t positionOf(const Resource &r) const;
    static constexpr std::size_t npos = std::size_t(-1);

private:
    DesignScope m_scope;
    /// Resources by id, open-addressed: an entry holds half the id's hash, so a probe reads the
    /// resource itself only when the hashes agree (a chained table reads a node, then the key).
    struct IdEntry
    {
        std::uint32_t hash = 0;
        std::uint32_t position = 0; ///< in m_scope.resources
        const Resource *resource = nullptr;
    };
    std::vector<IdEntry> m_byId;
    std::unordered_map<std::string, std::vector<const Resource *>> m_byKind;
    std::unordered_map<std::string_view, const SecurityGroup *> m_groupsById; ///< keys view the design's ids
    std::unordered_map<std::string_view, const RouteTable *> m_tablesById;
    std::unordered_map<std::string_view, const Flow *> m_flowsById;
    std::unordered_map<Id, std::vector<const Resource *>> m_children;
    std::unordered_map<Id, std::vector<const Resource *>> m_sgMembers;
    /// kind -> property -> catalogue default, filled on first use (keys view the design's strings)
    mutable std::unordered_map<std::string_view, std::map<std::string, const Json *, std::less<>>> m_defaults;
};

} // namespace Stackyard
