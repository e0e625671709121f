#include "scopeindex.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <bit>

namespace Stackyard {

namespace {

const Json kNull;
const std::vector<const Resource *> kNone;

} // namespace

ScopeIndex::ScopeIndex(DesignScope scope) : m_scope(std::move(scope))
{
    m_groupsById.reserve(m_scope.securityGroups.size());
    for (const SecurityGroup *g : m_scope.securityGroups)
        m_groupsById.emplace(g->id, g);
    m_tablesById.reserve(m_scope.routeTables.size());
    for (const RouteTable *t : m_scope.routeTables)
        m_tablesById.emplace(t->id, t);
    m_flowsById.reserve(m_scope.flows.size());
    for (const Flow *f : m_scope.flows)
        m_flowsById.emplace(f->id, f);
    m_byId.resize(std::bit_ceil(std::max<std::size_t>(2 * m_scope.resources.size(), 16)));
    const std::size_t mask = m_byId.size() - 1;
    // The first read of a part's resources: once the design has outgrown the cache, each is a
    // miss. Ask early for the resource kAhead on, and for what the one half as far on points to
    // (its security groups and its property map, read next).
    constexpr std::size_t kAhead = 8;
    const auto &list = m_scope.resources;
    for (std::size_t k = 0; k < list.size(); ++k) {
        if (k + kAhead < list.size()) {
            const char *p = reinterpret_cast<const char *>(list[k + kAhead]);
            for (std::size_t offset = 0; offset < sizeof(Resource); offset += 64)
                __builtin_prefetch(p + offset);
        }
        if (k + kAhead / 2 < list.size()) {
            const Resource &next = *list[k + kAhead / 2];
            __builtin_prefetch(next.securityGroups.data());
            if (next.properties.is_object())
                __builtin_prefetch(&next.properties.get_ref<const Json::object_t &>());
        }
        const Resource &r = *list[k];
        const std::size_t hash = std::hash<std::string_view>()(r.id);
        std::size_t i = hash & mask;
        while (m_byId[i].resource)
            i = (i + 1) & mask;
        m_byId[i] = {std::uint32_t(hash), std::uint32_t(k), &r};
        m_byKind[r.kind].push_back(&r);
        if (!r.parent.empty())
            m_children[r.parent].push_back(&r);
        for (const Id &sg : r.securityGroups)
            m_sgMembers[sg].push_back(&r);
    }
}

const SecurityGroup *ScopeIndex::securityGroup(std::string_view id) const
{
    auto it = m_groupsById.find(id);
    return it == m_groupsById.end() ? nullptr : it->second;
}

const RouteTable *ScopeIndex::routeTable(std::string_view id) const
{
    auto it = m_tablesById.find(id);
    return it == m_tablesById.end() ? nullptr : it->second;
}

bool ScopeIndex::contains(std::string_view id) const
{
    return resource(id) || m_groupsById.count(id) || m_tablesById.count(id) || m_flowsById.count(id);
}

const std::vector<const Resource *> &ScopeIndex::ofKind(std::string_view kind) const
{
    auto it = m_byKind.find(std::string(kind));
    return it == m_byKind.end() ? kNone : it->second;
}

const std::vector<const Resource *> &ScopeIndex::childrenOf(const Id &id) const
{
    auto it = m_children.find(id);
    return it == m_children.end() ? kNone : it->second;
}

const std::vector<const Resource *> &ScopeIndex::membersOf(const Id &securityGroup) const
{
    auto it = m_sgMembers.find(securityGroup);
    return it == m_sgMembers.end() ? kNone : it->second;
}

const Resource *ScopeIndex::resource(std::string_view id) const
{
    const std::size_t hash = std::hash<std::string_view>()(id);
    const std::size_t mask = m_byId.size() - 1;
    for (std::size_t i = hash & mask; m_byId[i].resource; i = (i + 1) & mask)
        if (m_byId[i].hash == std::uint32_t(hash) && m_byId[i].resource->id == id)
            return m_byId[i].resource;
    return nullptr;
}

std::size_t ScopeIndex::positionOf(const Resource &r) const
{
    const std::size_t hash = std::hash<std::string_view>()(r.id);
    const std::size_t mask = m_byId.size() - 1;
    for (std::size_t i = hash & mask; m_byId[i].resource; i = (i + 1) & mask)
        if (m_byId[i].resource == &r)
            return m_byId[i].position;
    return npos;
}

const Json &ScopeIndex::property(const Resource &r, std::string_view name) const
{
    if (auto it = r.properties.find(name); it != r.properties.end())
        return *it;
    // Catalogue lookups are linear; remember each (kind, property) default once per analysis.
    auto &perKind = m_defaults[r.kind];
    if (auto cached = perKind.find(name); cached != perKind.end())
        return *cached->second;
    const Json *value = &kNull;
    if (const KindSpec *spec = Catalog::builtin().kind(r.kind))
        if (const PropertySpec *p = spec->property(name))
            value = &p->defaultValue;
    perKind.emplace(std::string(name), value);
    return *value;
}

std::string ScopeIndex::stringProperty(const Resource &r, std::string_view name) const
{
    const Json &v = property(r, name);
    return v.is_string() ? v.get<std::string>() : std::string();
}

long long ScopeIndex::intProperty(const Resource &r, std::string_view name, long long fallback) const
{
    const Json &v = property(r, name);
    return v.is_number() ? v.get<long long>() : fallback;
}

bool ScopeIndex::boolProperty(const Resource &r, std::string_view name, bool fallback) const
{
    const Json &v = property(r, name);
    return v.is_boolean() ? v.get<bool>() : fallback;
}

} // namespace Stackyard
