#include "placement.h"

#include <algorithm>

namespace Stackyard {

namespace {

constexpr double kIcon = 64;
constexpr double kStep = 120; // icon plus room for its label
constexpr double kHeader = 36;
constexpr double kPadding = 24;

bool intersects(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool isFree(const Layout &layout, const Design &design, const Id &container, const Rect &slot)
{
    for (const auto &[id, box] : layout.nodes) {
        const Resource *r = design.resource(id);
        if (!r || id == container)
            continue;
        // Containers that enclose the slot (the VPC around a subnet) do not block it.
        const bool encloses = box.x <= slot.x && box.y <= slot.y && box.x + box.width >= slot.x + slot.width
                              && box.y + box.height >= slot.y + slot.height;
        if (!encloses && intersects(box, slot))
            return false;
    }
    return true;
}

} // namespace

void placeNewNodes(DesignFile &file)
{
    const Design &design = file.design;
    Layout &layout = file.layout;
    double right = 0;
    for (const auto &[id, box] : layout.nodes)
        right = std::max(right, box.x + box.width);

    // Containers first so their children find them placed.
    std::vector<const Resource *> pending;
    for (const auto &[id, r] : design.resources)
        if (!layout.nodes.count(id))
            pending.push_back(&r);
    std::stable_partition(pending.begin(), pending.end(), [](const Resource *r) {
        return r->kind == "vpc" || r->kind == "subnet";
    });

    for (const Resource *r : pending) {
        Id container = r->parent;
        if (!r->placement.empty())
            container = r->placement.front();
        auto c = layout.nodes.find(container);
        if (c == layout.nodes.end()) {
            layout.nodes[r->id] = {right + kStep / 2, kStep * double(layout.nodes.size() % 8), kIcon, kIcon};
            continue;
        }
        Rect &box = c->second;
        const bool isContainer = r->kind == "vpc" || r->kind == "subnet";
        const double w = isContainer ? 320 : kIcon, h = isContainer ? 200 : kIcon;
        Rect slot{};
        bool found = false;
        for (double y = box.y + kHeader + kPadding; !found && y + h <= box.y + box.height - kPadding; y += kStep)
            for (double x = box.x + kPadding; !found && x + w <= box.x + box.width - kPadding; x += kStep) {
                slot = {x, y, w, h};
                found = isFree(layout, design, container, slot);
            }
        if (!found) { // grow the container downwards and use the new row
            slot = {box.x + kPadding, box.y + box.height, w, h};
            box.height += h + kStep - kIcon + kPadding;
        }
        layout.nodes[r->id] = slot;
    }
}

} // namespace Stackyard
