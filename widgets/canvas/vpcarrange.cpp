#include "vpcarrange.h"

#include "containment.h"

#include "model/core/layout/autolayout.h"

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

} // namespace Stackyard::Canvas
