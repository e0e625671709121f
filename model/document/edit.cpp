#include "edit.h"

#include <algorithm>

namespace Stackyard {

void ChangeSet::merge(const ChangeSet &o)
{
    resources.insert(o.resources.begin(), o.resources.end());
    securityGroups.insert(o.securityGroups.begin(), o.securityGroups.end());
    routeTables.insert(o.routeTables.begin(), o.routeTables.end());
    flows.insert(o.flows.begin(), o.flows.end());
    layout.insert(o.layout.begin(), o.layout.end());
    header = header || o.header;
    everything = everything || o.everything;
}

bool ChangeSet::isEmpty() const
{
    return resources.empty() && securityGroups.empty() && routeTables.empty() && flows.empty()
           && layout.empty() && !header && !everything;
}

DesignHeader DesignHeader::of(const Design &d)
{
    return {d.name, d.description, d.region, d.environments, d.settings, d.usage, d.cloudFormation};
}

void DesignHeader::applyTo(Design &d) const
{
    d.name = name;
    d.description = description;
    d.region = region;
    d.environments = environments;
    d.settings = settings;
    d.usage = usage;
    d.cloudFormation = cloudFormation;
}

namespace {

template<typename T>
void applySlots(const Edit::Slots<T> &slots, std::map<Id, T> &target, bool forward, std::set<Id> &changed)
{
    for (const auto &[id, pair] : slots) {
        const std::optional<T> &value = forward ? pair.second : pair.first;
        if (value)
            target[id] = *value;
        else
            target.erase(id);
        changed.insert(id);
    }
}

template<typename T>
void absorbSlots(Edit::Slots<T> &into, const Edit::Slots<T> &later)
{
    for (const auto &[id, pair] : later) {
        auto it = into.find(id);
        if (it == into.end())
            into.emplace(id, pair);
        else
            it->second.second = pair.second; // keep the earliest before, take the latest after
    }
}

} // namespace

ChangeSet Edit::apply(Design &design, Layout &layout, bool forward) const
{
    ChangeSet changes;
    applySlots(resources, design.resources, forward, changes.resources);
    applySlots(securityGroups, design.securityGroups, forward, changes.securityGroups);
    applySlots(routeTables, design.routeTables, forward, changes.routeTables);
    applySlots(flows, design.flows, forward, changes.flows);
    applySlots(nodes, layout.nodes, forward, changes.layout);
    applySlots(waypoints, layout.waypoints, forward, changes.layout);
    if (header) {
        (forward ? header->second : header->first).applyTo(design);
        changes.header = true;
    }
    return changes;
}

bool Edit::isEmpty() const
{
    return resources.empty() && securityGroups.empty() && routeTables.empty() && flows.empty()
           && nodes.empty() && waypoints.empty() && !header;
}

void Edit::absorb(const Edit &later)
{
    absorbSlots(resources, later.resources);
    absorbSlots(securityGroups, later.securityGroups);
    absorbSlots(routeTables, later.routeTables);
    absorbSlots(flows, later.flows);
    absorbSlots(nodes, later.nodes);
    absorbSlots(waypoints, later.waypoints);
    if (later.header) {
        if (header)
            header->second = later.header->second;
        else
            header = later.header;
    }
}

EditBuilder::EditBuilder(const Design &design, const Layout &layout)
    : m_design(design)
    , m_layout(layout)
{}

template<typename T>
const T *EditBuilder::lookup(const Edit::Slots<T> &slots, const std::map<Id, T> &base, const Id &id) const
{
    if (auto it = slots.find(id); it != slots.end())
        return it->second.second ? &*it->second.second : nullptr;
    auto it = base.find(id);
    return it == base.end() ? nullptr : &it->second;
}

template<typename T>
void EditBuilder::stage(Edit::Slots<T> &slots, const std::map<Id, T> &base, const Id &id, std::optional<T> value)
{
    auto it = slots.find(id);
    if (it == slots.end()) {
        auto b = base.find(id);
        std::optional<T> before;
        if (b != base.end())
            before = b->second;
        it = slots.emplace(id, std::make_pair(std::move(before), std::optional<T>())).first;
    }
    it->second.second = std::move(value);
    if (it->second.first == it->second.second)
        slots.erase(it); // a no-op: keep the edit minimal
}

const Resource *EditBuilder::resource(const Id &id) const { return lookup(m_edit.resources, m_design.resources, id); }
const SecurityGroup *EditBuilder::securityGroup(const Id &id) const { return lookup(m_edit.securityGroups, m_design.securityGroups, id); }
const RouteTable *EditBuilder::routeTable(const Id &id) const { return lookup(m_edit.routeTables, m_design.routeTables, id); }
const Flow *EditBuilder::flow(const Id &id) const { return lookup(m_edit.flows, m_design.flows, id); }

std::optional<Rect> EditBuilder::node(const Id &id) const
{
    const Rect *r = lookup(m_edit.nodes, m_layout.nodes, id);
    return r ? std::optional<Rect>(*r) : std::nullopt;
}

void EditBuilder::putResource(const Resource &r) { stage(m_edit.resources, m_design.resources, r.id, std::optional(r)); }
void EditBuilder::putSecurityGroup(const SecurityGroup &sg) { stage(m_edit.securityGroups, m_design.securityGroups, sg.id, std::optional(sg)); }
void EditBuilder::putRouteTable(const RouteTable &rt) { stage(m_edit.routeTables, m_design.routeTables, rt.id, std::optional(rt)); }
void EditBuilder::putFlow(const Flow &f) { stage(m_edit.flows, m_design.flows, f.id, std::optional(f)); }
void EditBuilder::putNode(const Id &id, const Rect &box) { stage(m_edit.nodes, m_layout.nodes, id, std::optional(box)); }
void EditBuilder::putWaypoints(const Id &id, const std::vector<Point> &p) { stage(m_edit.waypoints, m_layout.waypoints, id, std::optional(p)); }

void EditBuilder::eraseNode(const Id &id) { stage(m_edit.nodes, m_layout.nodes, id, std::optional<Rect>()); }
void EditBuilder::eraseWaypoints(const Id &id) { stage(m_edit.waypoints, m_layout.waypoints, id, std::optional<std::vector<Point>>()); }

void EditBuilder::putHeader(const DesignHeader &h)
{
    if (!m_edit.header)
        m_edit.header = std::make_pair(DesignHeader::of(m_design), h);
    else
        m_edit.header->second = h;
}

bool EditBuilder::containsId(const Id &id) const
{
    return resource(id) || securityGroup(id) || routeTable(id) || flow(id);
}

Id EditBuilder::uniqueId(const std::string &stem) const
{
    Id base = stem.empty() ? Id("item") : stem;
    if (!containsId(base))
        return base;
    for (int n = 2;; ++n) {
        Id candidate = base + '-' + std::to_string(n);
        if (!containsId(candidate))
            return candidate;
    }
}

void EditBuilder::remove(const Id &id)
{
    if (resource(id))
        removeResourceTree(id);
    else if (securityGroup(id))
        stage(m_edit.securityGroups, m_design.securityGroups, id, std::optional<SecurityGroup>());
    else if (routeTable(id))
        stage(m_edit.routeTables, m_design.routeTables, id, std::optional<RouteTable>());
    else if (flow(id))
        stage(m_edit.flows, m_design.flows, id, std::optional<Flow>());
    else
        return;
    detachReferences(id);
}

void EditBuilder::removeResourceTree(const Id &id)
{
    // Children first, found over the base design and the staged resources alike.
    std::vector<Id> children;
    for (const auto &[rid, r] : m_design.resources)
        if (const Resource *current = resource(rid); current && current->parent == id)
            children.push_back(rid);
    for (const auto &[rid, slot] : m_edit.resources)
        if (slot.second && slot.second->parent == id && !m_design.resources.count(rid))
            children.push_back(rid);
    for (const Id &child : children) {
        removeResourceTree(child);
        detachReferences(child);
    }
    stage(m_edit.resources, m_design.resources, id, std::optional<Resource>());
}

void EditBuilder::detachReferences(const Id &id)
{
    stage(m_edit.nodes, m_layout.nodes, id, std::optional<Rect>());
    stage(m_edit.waypoints, m_layout.waypoints, id, std::optional<std::vector<Point>>());

    auto eraseId = [&id](std::vector<Id> &list) {
        auto end = std::remove(list.begin(), list.end(), id);
        const bool changed = end != list.end();
        list.erase(end, list.end());
        return changed;
    };
    for (const auto &[rid, base] : m_design.resources) {
        const Resource *r = resource(rid);
        if (!r)
            continue;
        Resource copy = *r;
        bool changed = eraseId(copy.placement);
        changed = eraseId(copy.securityGroups) || changed;
        if (copy.parent == id) {
            copy.parent.clear();
            changed = true;
        }
        if (changed)
            putResource(copy);
    }
    for (const auto &[fid, base] : m_design.flows)
        if (const Flow *f = flow(fid); f && (f->from == id || f->to == id)) {
            stage(m_edit.flows, m_design.flows, fid, std::optional<Flow>());
            stage(m_edit.waypoints, m_layout.waypoints, fid, std::optional<std::vector<Point>>());
        }
    for (const auto &[sid, base] : m_design.securityGroups) {
        const SecurityGroup *sg = securityGroup(sid);
        if (!sg)
            continue;
        SecurityGroup copy = *sg;
        auto refers = [&id](const SgRule &rule) {
            return rule.peerKind == PeerKind::SecurityGroup && rule.peer == id;
        };
        std::erase_if(copy.ingress, refers);
        std::erase_if(copy.egress, refers);
        if (copy.vpc == id)
            remove(sid); // a security group cannot outlive its VPC
        else if (!(copy == *sg))
            putSecurityGroup(copy);
    }
    for (const auto &[tid, base] : m_design.routeTables) {
        const RouteTable *rt = routeTable(tid);
        if (!rt)
            continue;
        RouteTable copy = *rt;
        eraseId(copy.subnets);
        std::erase_if(copy.routes, [&id](const Route &route) { return route.targetId == id; });
        if (copy.vpc == id)
            remove(tid); // nor can a route table
        else if (!(copy == *rt))
            putRouteTable(copy);
    }
}

} // namespace Stackyard
