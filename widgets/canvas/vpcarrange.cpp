#include "vpcarrange.h"

#include "containment.h"

#include "model/core/layout/autolayout.h"
#include "model/core/layout/flowrouter.h"

namespace Stackyard::Canvas {

std::map<Id, Rect> arrangeVpc(const Design &design, const Layout &layout, const Id &vpcId)
{
    std::map<Id, Rect> boxes;
    const Resource *vpc = design.resource(vpcId);
    if (!vpc || vpc->kind != "vpc")
        return boxes;
    const Layout fresh = autoLayout(design);
    const auto arranged = fresh.nodes.find(vpcId);
    if (arranged == fresh.nodes.end())
        return boxes;
    double dx = 0, dy = 0;
    if (auto current = layout.nodes.find(vpcId); current != layout.nodes.end()) {
        dx = current->second.x - arranged->second.x;
        dy = current->second.y - arranged->second.y;
    }
    for (const auto &[id, box] : fresh.nodes)
        if (isWithin(design, id, vpcId))
            boxes[id] = Rect{box.x + dx, box.y + dy, box.width, box.height};
    return boxes;
}

std::map<Id, std::vector<Point>> routesAfter(const Design &design, const Layout &layout, const std::map<Id, Rect> &boxes)
{
    Layout after = layout;
    for (const auto &[id, box] : boxes)
        after.nodes[id] = box;
    std::set<Id> flows;
    for (const auto &[id, f] : design.flows)
        if (boxes.count(f.from) || boxes.count(f.to))
            flows.insert(id);
    routeFlows(design, after, &flows);
    std::map<Id, std::vector<Point>> routes;
    for (const Id &id : flows) {
        auto it = after.waypoints.find(id);
        routes[id] = it == after.waypoints.end() ? std::vector<Point>() : it->second;
    }
    return routes;
}

} // namespace Stackyard::Canvas
