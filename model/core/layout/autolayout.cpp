#include "autolayout.h"

#include "flowrouter.h"

#include "model/core/topology.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace Stackyard {

namespace {

using M = LayoutMetrics;
constexpr double kStep = M::icon + M::iconGapX;

enum Tier { PublicTier, AppTier, DataTier, OtherTier, TierCount };

// Regional services in the side band, in the order an architect reads them.
int regionalRank(const std::string &kind)
{
    static const std::vector<std::string> order{"waf-web-acl", "ecs-cluster", "ecr-repository", "secret",
                                                "ssm-parameter", "log-group", "subscription-filter", "lambda",
                                                "sns-topic", "alarm", "s3-bucket", "firehose", "eventbridge-rule",
                                                "codebuild-project"};
    auto it = std::find(order.begin(), order.end(), kind);
    return it == order.end() ? (kind == "opaque" ? 1000 : 999) : static_cast<int>(it - order.begin());
}

bool containsAny(const std::string &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.find(w) != std::string::npos)
            return true;
    return false;
}

class AutoLayout
{
public:
    explicit AutoLayout(const Design &design) : m_design(design)
    {
        for (const auto &[id, r] : design.resources) {
            const Resource *parent = design.resource(r.parent);
            const bool container = parent && (parent->kind == "vpc" || parent->kind == "subnet");
            m_children[container ? r.parent : Id()].push_back(&r);
        }
    }

    Layout run();

private:
    Tier tierOf(const Resource &subnet) const;
    std::string zoneOf(const Resource &subnet) const;
    /// Places a subnet's icons with the subnet's top-left at (x, y); returns its size.
    Rect placeSubnet(const Resource &subnet, double x, double y, bool place);
    Rect placeVpc(const Resource &vpc, double x, double y);
    double placeIconRow(const std::vector<const Resource *> &items, double x, double y);
    const std::vector<const Resource *> &children(const Id &id) const
    {
        static const std::vector<const Resource *> none;
        auto it = m_children.find(id);
        return it == m_children.end() ? none : it->second;
    }

    const Design &m_design;
    std::map<Id, std::vector<const Resource *>> m_children; ///< by parent; "" = top level
    Layout m_layout;
};

Tier AutoLayout::tierOf(const Resource &subnet) const
{
    const std::string role = subnet.stringProperty("role");
    const SubnetTier routed = subnetTier(m_design, subnet.id);
    if (routed == SubnetTier::Public || role == "public")
        return PublicTier;
    if (role == "data")
        return DataTier;
    if (role == "other")
        return OtherTier;
    std::string hint = subnet.id + " " + subnet.name;
    std::transform(hint.begin(), hint.end(), hint.begin(), [](unsigned char c) { return std::tolower(c); });
    if (containsAny(hint, {"data", "db", "database", "rds"}))
        return DataTier;
    return AppTier;
}

std::string AutoLayout::zoneOf(const Resource &subnet) const
{
    auto it = subnet.properties.find("availabilityZone");
    if (it == subnet.properties.end())
        return "~"; // unknown zones sort last
    return it->is_string() ? it->get<std::string>() : it->dump();
}

double AutoLayout::placeIconRow(const std::vector<const Resource *> &items, double x, double y)
{
    for (const Resource *r : items) {
        m_layout.nodes[r->id] = {x, y, M::icon, M::icon};
        x += kStep;
    }
    return x;
}

Rect AutoLayout::placeSubnet(const Resource &subnet, double x, double y, bool place)
{
    std::vector<const Resource *> items = children(subnet.id);
    const std::size_t perRow = 3;
    const std::size_t n = items.size();
    const std::size_t columns = std::min(n, perRow), rows = (n + perRow - 1) / perRow;
    const double width = std::max(240.0, 2 * M::padding + columns * M::icon + (columns ? columns - 1 : 0) * M::iconGapX);
    const double height = M::header + M::padding + rows * M::icon + (rows ? rows - 1 : 0) * M::iconGapY
                          + (rows ? M::iconGapY / 2 : 0) + M::padding;
    if (place) {
        for (std::size_t i = 0; i < n; ++i)
            m_layout.nodes[items[i]->id] = {x + M::padding + (i % perRow) * kStep,
                                            y + M::header + M::padding + (i / perRow) * (M::icon + M::iconGapY),
                                            M::icon, M::icon};
        m_layout.nodes[subnet.id] = {x, y, width, height};
    }
    return {x, y, width, height};
}

Rect AutoLayout::placeVpc(const Resource &vpc, double vx, double vy)
{
    std::vector<const Resource *> subnets, spanning, loose;
    for (const Resource *r : children(vpc.id)) {
        if (r->kind == "subnet")
            subnets.push_back(r);
        else if (!r->placement.empty())
            spanning.push_back(r);
        else
            loose.push_back(r);
    }
    // Columns (zones) and rows (tiers); a cell may hold several subnets, stacked.
    std::vector<std::string> zones;
    std::map<Id, std::pair<int, int>> cellOf; // subnet -> (tier, zone index)
    for (const Resource *s : subnets)
        zones.push_back(zoneOf(*s));
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    std::vector<double> columnWidth(zones.size(), 0);
    std::vector<std::vector<std::vector<const Resource *>>> cells(TierCount, std::vector<std::vector<const Resource *>>(zones.size()));
    for (const Resource *s : subnets) {
        const int zone = static_cast<int>(std::lower_bound(zones.begin(), zones.end(), zoneOf(*s)) - zones.begin());
        const Tier tier = tierOf(*s);
        cells[tier][zone].push_back(s);
        cellOf[s->id] = {tier, zone};
        columnWidth[zone] = std::max(columnWidth[zone], placeSubnet(*s, 0, 0, false).width);
    }
    // Spanning resources go to the band under the tier most of their subnets are in.
    std::vector<std::vector<const Resource *>> bands(TierCount);
    for (const Resource *r : spanning) {
        int votes[TierCount] = {0, 0, 0, 0};
        bool any = false;
        for (const Id &s : r->placement)
            if (auto it = cellOf.find(s); it != cellOf.end()) {
                ++votes[it->second.first];
                any = true;
            }
        if (!any) {
            loose.push_back(r);
            continue;
        }
        bands[std::max_element(votes, votes + TierCount) - votes].push_back(r);
    }
    const double x0 = vx + M::padding;
    std::vector<double> columnX(zones.size(), x0);
    for (std::size_t z = 1; z < zones.size(); ++z)
        columnX[z] = columnX[z - 1] + columnWidth[z - 1] + M::containerGap;
    double right = zones.empty() ? x0 : columnX.back() + columnWidth.back();
    double y = vy + M::header + M::padding;
    // Gateways and other VPC-level things without subnets: a strip at the top.
    std::sort(loose.begin(), loose.end(), [](const Resource *a, const Resource *b) {
        const bool ia = a->kind == "internet-gateway", ib = b->kind == "internet-gateway";
        return ia != ib ? ia : a->id < b->id;
    });
    if (!loose.empty()) {
        right = std::max(right, placeIconRow(loose, x0, y) - M::iconGapX);
        y += M::icon + M::iconGapY;
    }
    for (int tier = 0; tier < TierCount; ++tier) {
        double rowHeight = 0;
        for (std::size_t z = 0; z < zones.size(); ++z) {
            double cy = y;
            for (const Resource *s : cells[tier][z])
                cy += placeSubnet(*s, columnX[z], cy, true).height + M::containerGap;
            rowHeight = std::max(rowHeight, cy - y);
        }
        y += rowHeight;
        if (bands[tier].empty())
            continue;
        // Centre each spanning resource across its subnets' columns; push right to avoid overlap.
        std::vector<std::pair<double, const Resource *>> wanted;
        for (const Resource *r : bands[tier]) {
            double lo = 1e18, hi = -1e18;
            for (const Id &s : r->placement)
                if (auto it = cellOf.find(s); it != cellOf.end()) {
                    lo = std::min(lo, columnX[it->second.second]);
                    hi = std::max(hi, columnX[it->second.second] + columnWidth[it->second.second]);
                }
            wanted.push_back({(lo + hi) / 2 - M::icon / 2, r});
        }
        std::sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
        });
        double next = x0;
        for (const auto &[x, r] : wanted) {
            const double placed = std::max(x, next);
            m_layout.nodes[r->id] = {placed, y + M::iconGapY / 2, M::icon, M::icon};
            next = placed + kStep;
            right = std::max(right, placed + M::icon);
        }
        y += M::icon + M::iconGapY * 1.5;
    }
    const Rect box{vx, vy, std::max(right + M::padding - vx, 320.0), std::max(y + M::padding - vy, 200.0)};
    m_layout.nodes[vpc.id] = box;
    return box;
}

Layout AutoLayout::run()
{
    std::vector<const Resource *> outside, vpcs, orphanSubnets, regional;
    for (const Resource *r : children(Id())) {
        if (r->kind == "internet" || r->kind == "users")
            outside.push_back(r);
        else if (r->kind == "vpc")
            vpcs.push_back(r);
        else if (r->kind == "subnet")
            orphanSubnets.push_back(r);
        else
            regional.push_back(r);
    }
    const double left = M::icon + 160; // the Internet column, then room for flows to cross
    double y = 0, right = left;
    for (const Resource *vpc : vpcs) {
        const Rect box = placeVpc(*vpc, left, y);
        y += box.height + 2 * M::containerGap;
        right = std::max(right, box.x + box.width);
    }
    double x = left;
    double rowHeight = 0;
    for (const Resource *s : orphanSubnets) {
        const Rect box = placeSubnet(*s, x, y, true);
        x += box.width + M::containerGap;
        rowHeight = std::max(rowHeight, box.height);
        right = std::max(right, x);
    }
    const double height = std::max(y + rowHeight, M::icon);
    for (std::size_t i = 0; i < outside.size(); ++i)
        m_layout.nodes[outside[i]->id] = {0, std::max(0.0, height / 2 - M::icon) + i * (M::icon + M::iconGapY),
                                          M::icon, M::icon};
    std::sort(regional.begin(), regional.end(), [](const Resource *a, const Resource *b) {
        const int ra = regionalRank(a->kind), rb = regionalRank(b->kind);
        return ra != rb ? ra < rb : a->id < b->id;
    });
    const std::size_t columns = std::max<std::size_t>(2, static_cast<std::size_t>(std::ceil(std::sqrt(regional.size() / 4.0))));
    const double bandX = right + 2 * M::iconGapX;
    for (std::size_t i = 0; i < regional.size(); ++i)
        m_layout.nodes[regional[i]->id] = {bandX + (i % columns) * kStep, (i / columns) * (M::icon + M::iconGapY),
                                           M::icon, M::icon};
    routeFlows(m_design, m_layout);
    return std::move(m_layout);
}

} // namespace

Layout autoLayout(const Design &design)
{
    return AutoLayout(design).run();
}

} // namespace Stackyard
