#include "vpcarrange.h"

#include "model/core/topology.h"

#include <algorithm>

namespace Stackyard::Canvas {

namespace {

constexpr double kHeader = 50;      // room for a container's header
constexpr double kPad = 40;         // inner padding of a container
constexpr double kCellW = 140;      // one icon with its label
constexpr double kCellH = 130;
constexpr double kGap = 40;         // between subnets
constexpr double kGutter = 200;     // between AZ columns when spanning resources sit there
constexpr double kMargin = 120;     // VPC-level resources on the left edge
constexpr double kIcon = 64;

int perRow(std::size_t n)
{
    return n <= 3 ? int(std::max<std::size_t>(n, 1)) : 3;
}

} // namespace

std::map<Id, Rect> arrangeVpc(const Design &design, const Layout &layout, const Id &vpcId)
{
    std::map<Id, Rect> boxes;
    const Resource *vpc = design.resource(vpcId);
    if (!vpc || vpc->kind != "vpc")
        return boxes;
    const auto vpcBox = layout.nodes.find(vpcId);
    const double originX = vpcBox != layout.nodes.end() ? vpcBox->second.x : 0;
    const double originY = vpcBox != layout.nodes.end() ? vpcBox->second.y : 0;

    std::vector<const Resource *> subnets, spanning, edge;
    for (const Resource *r : design.children(vpcId)) {
        if (r->kind == "subnet")
            subnets.push_back(r);
        else if (!r->placement.empty())
            spanning.push_back(r);
        else
            edge.push_back(r);
    }
    std::vector<std::string> zones;
    for (const Resource *s : subnets)
        zones.push_back(s->stringProperty("availabilityZone"));
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    const SubnetTier tiers[] = {SubnetTier::Public, SubnetTier::Private, SubnetTier::Isolated};

    // Each cell (tier row, zone column) stacks its subnets; size them by their contents first.
    std::map<std::pair<int, int>, std::vector<const Resource *>> cells;
    std::map<Id, std::pair<double, double>> sizes;
    for (const Resource *s : subnets) {
        const int row = int(std::find(std::begin(tiers), std::end(tiers), subnetTier(design, s->id)) - std::begin(tiers));
        const int col = int(std::find(zones.begin(), zones.end(), s->stringProperty("availabilityZone")) - zones.begin());
        cells[{row, col}].push_back(s);
        const std::size_t n = design.children(s->id).size();
        const int cols = perRow(n);
        const int rows = n == 0 ? 1 : int((n + cols - 1) / cols);
        sizes[s->id] = {std::max(440.0, 2 * kPad + cols * kCellW), std::max(180.0, kHeader + rows * kCellH + 20)};
    }
    std::vector<double> colWidth(zones.size(), 0), rowHeight(3, 0);
    for (const auto &[cell, list] : cells) {
        double h = 0;
        for (const Resource *s : list) {
            colWidth[cell.second] = std::max(colWidth[cell.second], sizes[s->id].first);
            h += sizes[s->id].second + (h > 0 ? kGap : 0);
        }
        rowHeight[cell.first] = std::max(rowHeight[cell.first], h);
    }
    // Spanning resources sit at the row of their first subnet; a row with several grows.
    std::map<int, std::vector<const Resource *>> spanRows;
    for (const Resource *r : spanning) {
        int row = 1;
        if (const Resource *s = design.resource(r->placement.front()); s && s->kind == "subnet")
            row = int(std::find(std::begin(tiers), std::end(tiers), subnetTier(design, s->id)) - std::begin(tiers));
        spanRows[row].push_back(r);
    }
    for (auto &[row, list] : spanRows)
        rowHeight[row] = std::max(rowHeight[row], list.size() * kCellH + 20);

    const double left = originX + (edge.empty() ? kPad : kMargin);
    const double gutter = spanning.empty() ? kGap * 2 : kGutter;
    std::vector<double> colX(zones.size() + 1, left);
    for (std::size_t c = 0; c < zones.size(); ++c)
        colX[c + 1] = colX[c] + colWidth[c] + gutter;
    std::vector<double> rowY(4, originY + kHeader + 20);
    for (int r = 0; r < 3; ++r)
        rowY[r + 1] = rowY[r] + rowHeight[r] + (rowHeight[r] > 0 ? kGap : 0);

    for (const auto &[cell, list] : cells) {
        double y = rowY[cell.first];
        for (const Resource *s : list) {
            const Rect box{colX[cell.second], y, colWidth[cell.second], sizes[s->id].second};
            boxes[s->id] = box;
            y += box.height + kGap;
            const auto kids = design.children(s->id);
            const int cols = perRow(kids.size());
            for (std::size_t i = 0; i < kids.size(); ++i) {
                const double cx = box.x + kPad + (double(i % cols) + 0.5) * ((box.width - 2 * kPad) / cols);
                const double cy = box.y + kHeader + double(i / cols) * kCellH;
                boxes[kids[i]->id] = Rect{cx - kIcon / 2, cy, kIcon, kIcon};
            }
        }
    }
    // Gutter after the first column; with a single column, a gutter to its right.
    const double gutterX = zones.empty() ? left : colX[0] + colWidth[0] + gutter / 2;
    for (const auto &[row, list] : spanRows) {
        const double step = std::max(rowHeight[row], kCellH) / double(list.size() + 1);
        for (std::size_t i = 0; i < list.size(); ++i)
            boxes[list[i]->id] = Rect{gutterX - kIcon / 2, rowY[row] + step * double(i + 1) - kIcon / 2 - 12, kIcon, kIcon};
    }
    for (std::size_t i = 0; i < edge.size(); ++i)
        boxes[edge[i]->id] = Rect{originX + kMargin / 2 - kIcon / 2, originY + kHeader + 30 + double(i) * kCellH, kIcon, kIcon};

    double right = colX[zones.size()] - gutter + kPad;
    if (zones.size() == 1 && !spanning.empty())
        right += kGutter;
    const double bottom = std::max(rowY[3], originY + kHeader + double(edge.size()) * kCellH + 40) + kPad / 2;
    boxes[vpcId] = Rect{originX, originY, std::max(right - originX, 400.0), bottom - originY};
    return boxes;
}

} // namespace Stackyard::Canvas
