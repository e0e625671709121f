#pragma once

#include "model/core/design.h"

#include <memory>
#include <set>
#include <vector>

namespace Stackyard {

/// Room under an icon taken by its label (name and kind): flows leave and enter an icon's
/// bottom side below it. Containers have no label underneath.
inline constexpr double kIconLabelRoom = 34;

/// One end of a flow: its box and the room its label takes under it.
struct FlowEnd
{
    Rect box;
    double below = 0;
};

/// The path drawn for a flow with stored bends: from an anchor on `from`'s side through every
/// waypoint to an anchor on `to`'s side. A waypoint within a box's width leaves or enters that
/// box vertically (under its label at the bottom); within its height, horizontally; otherwise an
/// elbow is added. Consecutive waypoints that are not aligned get an elbow. Always orthogonal.
/// The automatic layout stores routes so that this function gives back exactly the routed path,
/// and the canvas draws with it, so both agree.
std::vector<Point> pathThrough(const FlowEnd &from, const FlowEnd &to, const std::vector<Point> &waypoints);

/// The bends to store for a routed path (its ends lie on the boxes): the interior points; a
/// straight path keeps its middle point so that it stays where it was routed.
std::vector<Point> waypointsOf(const std::vector<Point> &path);

/// Route editing: the bends after the user drags segment `segment` (from path[segment] to
/// path[segment + 1]) of the drawn `path` across itself by `offset` (down or right positive).
/// Inner segments move with their neighbours stretching; a segment at an end slides its anchor
/// along the side while it stays on the side, else a short stub and a bend are added there so
/// the end stays attached. The result is drawn by pathThrough() and stays orthogonal.
std::vector<Point> draggedSegment(const FlowEnd &from, const FlowEnd &to, const std::vector<Point> &path,
                                  std::size_t segment, double offset);

/// Bends that follow their ends when the boxes move (`before` -> `after`, per end): the bend next
/// to a moved end shifts with it across the first (last) segment, so that segment stays straight.
/// Returns an empty list when the stored route no longer fits the moved ends (an end would need
/// an elbow, or a bend would fall inside its box): the caller routes it again or drops it.
std::vector<Point> followedEnds(const FlowEnd &fromBefore, const FlowEnd &toBefore, const FlowEnd &fromAfter,
                                const FlowEnd &toAfter, const std::vector<Point> &waypoints);

/// An orthogonal router: a shortest path with few bends on the grid of lines that run along
/// the obstacles at a clearance (an orthogonal visibility grid, searched with A* over position
/// and heading), in a window around the two ends. Hard obstacles (icons, their labels) are
/// never crossed when a way round exists; soft ones (container title bands) are crossed at a
/// cost. When the window holds too many obstacles, the best of a few simple shapes is taken.
class FlowRouter
{
public:
    FlowRouter(std::vector<Rect> hard, std::vector<Rect> soft);
    ~FlowRouter();
    FlowRouter(const FlowRouter &) = delete;
    FlowRouter &operator=(const FlowRouter &) = delete;

    /// The path, both ends included: from a point on `from`'s side to one on `to`'s side.
    /// `fromShift`/`toShift` move the ports along the sides (flows sharing a node fan out).
    std::vector<Point> route(const FlowEnd &from, const FlowEnd &to, double fromShift = 0, double toShift = 0) const;
    /// What crossing obstacles costs along a path (0: it crosses nothing).
    double crossings(const std::vector<Point> &path) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

/// The obstacles of a layout as the canvas draws it: each icon and an estimate of its label
/// (hard), each container's title band (soft).
void layoutObstacles(const Design &design, const Layout &layout, std::vector<Rect> &hard, std::vector<Rect> &soft);

/// The end of a flow at resource `id` as laid out (no box: nullopt-like empty box of width 0).
FlowEnd flowEndOf(const Design &design, const Layout &layout, const Id &id);

/// Routes the flows of the design over `layout.nodes` and stores their bends in
/// `layout.waypoints` (all flows, or those in `only`). Flows whose ends have no box, or that
/// loop on one resource, get no waypoints. Deterministic.
void routeFlows(const Design &design, Layout &layout, const std::set<Id> *only = nullptr);

} // namespace Stackyard
