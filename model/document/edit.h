#pragma once

#include "model/core/design.h"

#include <map>
#include <optional>
#include <set>

namespace Stackyard {

/// Which objects an edit touched, by sort. The scene refreshes exactly these ids: an id still in
/// the design is created or updated, an id gone is removed.
struct ChangeSet
{
    std::set<Id> resources;
    std::set<Id> securityGroups;
    std::set<Id> routeTables;
    std::set<Id> flows;
    std::set<Id> layout;     ///< node boxes or flow waypoints
    bool header = false;     ///< name, region, environments, settings, usage, template sections
    bool everything = false; ///< the whole design was replaced

    void merge(const ChangeSet &other);
    bool isEmpty() const;
};

/// The design-wide values that are not objects.
struct DesignHeader
{
    std::string name;
    std::string description;
    std::string region;
    std::vector<std::string> environments;
    Json settings;
    Json usage;
    Json cloudFormation;

    static DesignHeader of(const Design &design);
    void applyTo(Design &design) const;
    friend bool operator==(const DesignHeader &, const DesignHeader &) = default;
};

/// A reversible change to a design and its layout: for every touched object its value before and
/// after (absent = the object does not exist). Undo applies `before`, redo applies `after`. This is
/// the memento every document command carries, so all edits undo the same, proven way.
struct Edit
{
    template<typename T>
    using Slots = std::map<Id, std::pair<std::optional<T>, std::optional<T>>>;

    Slots<Resource> resources;
    Slots<SecurityGroup> securityGroups;
    Slots<RouteTable> routeTables;
    Slots<Flow> flows;
    Slots<Rect> nodes;
    Slots<std::vector<Point>> waypoints;
    std::optional<std::pair<DesignHeader, DesignHeader>> header;

    /// Applies the after (forward) or before (backward) values; returns what changed.
    ChangeSet apply(Design &design, Layout &layout, bool forward) const;
    bool isEmpty() const;
    /// Folds `later` (which happened after this one) into this edit.
    void absorb(const Edit &later);
};

/// Stages changes against a design without touching it, then yields the Edit. Reads see the
/// staged values, so multi-step operations (remove a VPC with all it holds) compose naturally.
class EditBuilder
{
public:
    EditBuilder(const Design &design, const Layout &layout);

    const Resource *resource(const Id &id) const;
    const SecurityGroup *securityGroup(const Id &id) const;
    const RouteTable *routeTable(const Id &id) const;
    const Flow *flow(const Id &id) const;
    std::optional<Rect> node(const Id &id) const;

    void putResource(const Resource &r);
    void putSecurityGroup(const SecurityGroup &sg);
    void putRouteTable(const RouteTable &rt);
    void putFlow(const Flow &f);
    void putNode(const Id &id, const Rect &box);
    void putWaypoints(const Id &id, const std::vector<Point> &points);
    void putHeader(const DesignHeader &header);
    void eraseNode(const Id &id);
    void eraseWaypoints(const Id &id);

    /// Removes any object by id, and everything that cannot exist without it: a container's
    /// children, flows ending at a resource, references from placements, SG lists, SG rules,
    /// route associations and routes, and layout entries.
    void remove(const Id &id);

    /// Every id of any sort, staged values included (for fresh ids).
    bool containsId(const Id &id) const;
    Id uniqueId(const std::string &stem) const;

    Edit finish() const { return m_edit; }

private:
    template<typename T>
    const T *lookup(const Edit::Slots<T> &slots, const std::map<Id, T> &base, const Id &id) const;
    template<typename T>
    void stage(Edit::Slots<T> &slots, const std::map<Id, T> &base, const Id &id, std::optional<T> value);
    void removeResourceTree(const Id &id);
    void detachReferences(const Id &id);

    const Design &m_design;
    const Layout &m_layout;
    Edit m_edit;
};

} // namespace Stackyard
