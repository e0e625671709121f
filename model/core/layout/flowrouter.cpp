#include "flowrouter.h"

#include "model/core/catalog.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <unordered_map>

namespace Stackyard {

namespace {

constexpr double kGap = 12;       ///< clearance a path keeps from an obstacle
constexpr double kBendCost = 40;  ///< a bend costs as much as this much length
constexpr double kSoftCost = 600; ///< crossing a title band
constexpr double kHardCost = 100000;
constexpr double kWindow = 160;   ///< room searched around the two ends
constexpr std::size_t kMaxObstacles = 160;
constexpr std::size_t kMaxNodes = 200000;
constexpr double kCell = 256;     ///< bucket size of the obstacle index

enum Dir { East = 0, South = 1, West = 2, North = 3 };
constexpr double kDx[4] = {1, 0, -1, 0};
constexpr double kDy[4] = {0, 1, 0, -1};

int opposite(int d)
{
    return (d + 2) % 4;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 0.5;
}

double right(const Rect &r) { return r.x + r.width; }
double bottom(const Rect &r) { return r.y + r.height; }

std::vector<Point> simplified(const std::vector<Point> &p)
{
    std::vector<Point> out;
    for (const Point &pt : p) {
        if (!out.empty() && near(out.back().x, pt.x) && near(out.back().y, pt.y))
            continue;
        if (out.size() >= 2) {
            const Point &a = out[out.size() - 2];
            const Point &b = out.back();
            if ((near(a.x, b.x) && near(b.x, pt.x)) || (near(a.y, b.y) && near(b.y, pt.y)))
                out.pop_back();
        }
        out.push_back(pt);
    }
    return out;
}

// The anchor on `end`'s side for a path whose next point is `w`; `elbow` gets a bend when the
// two are not aligned (and stays unset otherwise).
Point anchorFor(const FlowEnd &end, const Point &w, Point &elbow, bool &hasElbow)
{
    const Rect &b = end.box;
    hasElbow = false;
    if (w.x > b.x && w.x < right(b)) {
        if (w.y >= bottom(b))
            return {w.x, bottom(b) + (w.y >= bottom(b) + end.below ? end.below : 0)};
        if (w.y <= b.y)
            return {w.x, b.y};
    }
    if (w.y > b.y && w.y < bottom(b)) {
        if (w.x >= right(b))
            return {right(b), w.y};
        if (w.x <= b.x)
            return {b.x, w.y};
    }
    // Not aligned: leave from the side faced, then turn towards the waypoint.
    hasElbow = true;
    const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
    const double dx = w.x - cx, dy = w.y - cy;
    if (std::abs(dx) * b.height >= std::abs(dy) * b.width) {
        const Point a{dx >= 0 ? right(b) : b.x, std::clamp(w.y, b.y + 8, bottom(b) - 8)};
        elbow = {w.x, a.y};
        return a;
    }
    const Point a{std::clamp(w.x, b.x + 8, right(b) - 8), dy >= 0 ? bottom(b) + end.below : b.y};
    elbow = {a.x, w.y};
    return a;
}

// Whether an axis-parallel segment enters the interior of `r`.
bool segmentEnters(const Point &a, const Point &b, const Rect &r)
{
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
    const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    return x1 > r.x + 1 && x0 < right(r) - 1 && y1 > r.y + 1 && y0 < bottom(r) - 1;
}

struct Port
{
    Point at;   ///< on the side (under the label for an icon's bottom)
    Point stub; ///< kGap out from the side
    int dir;    ///< outward heading
};

std::vector<Port> portsOf(const FlowEnd &end, double shift)
{
    const Rect &b = end.box;
    const double cx = b.x + b.width / 2, cy = b.y + b.height / 2;
    const double x = std::clamp(cx + shift, b.x + 8, right(b) - 8);
    // Side ports stay above an icon's label (which is wider than the icon).
    const double y = std::clamp(cy + shift, b.y + 8, bottom(b) - (end.below > 0 ? kGap + 4 : 8));
    const double low = bottom(b) + end.below;
    return {{{right(b), y}, {right(b) + kGap, y}, East},
            {{x, low}, {x, low + kGap}, South},
            {{b.x, y}, {b.x - kGap, y}, West},
            {{x, b.y}, {x, b.y - kGap}, North}};
}


std::string labelOf(const Resource &r)
{
    return r.name.empty() ? r.id : r.name;
}

} // namespace

std::vector<Point> pathThrough(const FlowEnd &from, const FlowEnd &to, const std::vector<Point> &waypoints)
{
    std::vector<Point> p;
    if (waypoints.empty())
        return p;
    Point elbow;
    bool hasElbow = false;
    p.push_back(anchorFor(from, waypoints.front(), elbow, hasElbow));
    if (hasElbow)
        p.push_back(elbow);
    for (const Point &w : waypoints) {
        if (!near(p.back().x, w.x) && !near(p.back().y, w.y))
            p.push_back({w.x, p.back().y});
        p.push_back(w);
    }
    const Point end = anchorFor(to, waypoints.back(), elbow, hasElbow);
    if (hasElbow)
        p.push_back(elbow);
    if (!near(p.back().x, end.x) && !near(p.back().y, end.y))
        p.push_back({p.back().x, end.y});
    p.push_back(end);
    return simplified(p);
}

std::vector<Point> waypointsOf(const std::vector<Point> &path)
{
    if (path.size() < 2)
        return {};
    if (path.size() == 2)
        return {{(path[0].x + path[1].x) / 2, (path[0].y + path[1].y) / 2}};
    return std::vector<Point>(path.begin() + 1, path.end() - 1);
}

namespace {

bool onSideRange(const FlowEnd &end, const Point &anchor, bool horizontalSegment)
{
    // A horizontal first segment leaves a left/right side: its y must stay within the box.
    const Rect &b = end.box;
    return horizontalSegment ? anchor.y > b.y + 1 && anchor.y < bottom(b) - 1 : anchor.x > b.x + 1 && anchor.x < right(b) - 1;
}

Point stubPoint(const Point &anchor, const Point &next)
{
    const double len = std::abs(next.x - anchor.x) + std::abs(next.y - anchor.y);
    const double step = std::min(20.0, len / 3);
    const double ux = next.x > anchor.x + 0.5 ? 1 : next.x < anchor.x - 0.5 ? -1 : 0;
    const double uy = next.y > anchor.y + 0.5 ? 1 : next.y < anchor.y - 0.5 ? -1 : 0;
    return {anchor.x + ux * step, anchor.y + uy * step};
}

bool insideBox(const FlowEnd &end, const Point &p)
{
    const Rect &b = end.box;
    return p.x > b.x && p.x < right(b) && p.y > b.y && p.y < bottom(b) + end.below;
}

} // namespace

std::vector<Point> draggedSegment(const FlowEnd &from, const FlowEnd &to, const std::vector<Point> &path,
                                  std::size_t segment, double offset)
{
    if (path.size() < 2 || segment + 1 >= path.size())
        return waypointsOf(path);
    const std::size_t last = path.size() - 1;
    const bool horizontal = near(path[segment].y, path[segment + 1].y);
    const Point d = horizontal ? Point{0, offset} : Point{offset, 0};
    auto moved = [&](const Point &p) { return Point{p.x + d.x, p.y + d.y}; };
    std::vector<Point> out;
    for (std::size_t i = 0; i <= last; ++i) {
        const bool inSegment = i == segment || i == segment + 1;
        if (!inSegment) {
            out.push_back(path[i]);
            continue;
        }
        if (i == 0 && !onSideRange(from, moved(path[0]), horizontal)) {
            // The anchor would leave its side: keep it, add a stub and a bend.
            const Point s = stubPoint(path[0], path[1]);
            out.insert(out.end(), {path[0], s, moved(s)});
            continue;
        }
        if (i == last && !onSideRange(to, moved(path[last]), horizontal)) {
            const Point s = stubPoint(path[last], path[last - 1]);
            out.insert(out.end(), {moved(s), s, path[last]});
            continue;
        }
        out.push_back(moved(path[i]));
    }
    return waypointsOf(simplified(out));
}

std::vector<Point> followedEnds(const FlowEnd &fromBefore, const FlowEnd &toBefore, const FlowEnd &fromAfter,
                                const FlowEnd &toAfter, const std::vector<Point> &waypoints)
{
    if (waypoints.empty())
        return {};
    std::vector<Point> w = waypoints;
    const std::vector<Point> before = pathThrough(fromBefore, toBefore, waypoints);
    auto follow = [&](const FlowEnd &was, const FlowEnd &now, std::size_t anchorIndex, std::size_t nextIndex, Point &bend) {
        const double dx = now.box.x - was.box.x, dy = now.box.y - was.box.y;
        if (dx == 0 && dy == 0)
            return;
        // The end segment carries the bend: a vertical one moves sideways with the box, a
        // horizontal one up and down (an elbow drawn there carries nothing).
        const Point &a = before[anchorIndex], &b = before[nextIndex];
        if (near(a.x, b.x) && near(bend.x, a.x))
            bend.x += dx;
        else if (near(a.y, b.y) && near(bend.y, a.y))
            bend.y += dy;
    };
    if (before.size() >= 2) {
        follow(fromBefore, fromAfter, 0, 1, w.front());
        follow(toBefore, toAfter, before.size() - 1, before.size() - 2, w.back());
    }
    // Still a route: no bend inside an end's box, and the ends reached without a new elbow.
    for (const Point &p : w)
        if (insideBox(fromAfter, p) || insideBox(toAfter, p))
            return {};
    Point elbow;
    bool a = false, b = false;
    anchorFor(fromAfter, w.front(), elbow, a);
    anchorFor(toAfter, w.back(), elbow, b);
    if (a || b)
        return {};
    return w;
}

struct FlowRouter::Impl
{
    std::vector<Rect> hard, soft;
    // Obstacle index: the obstacles meeting each kCell x kCell cell, in obstacle order (soft ones
    // offset by hard.size()). A dense grid over the cells the obstacles cover (cells gx0.. x
    // gy0..; cell c's obstacles are cellItems[cellStart[c]..cellStart[c + 1]]); the hashed
    // buckets only when that grid would be unreasonably large (far-flung coordinates).
    long gx0 = 0, gy0 = 0, gw = 0, gh = 0;
    std::vector<std::uint32_t> cellStart;
    std::vector<int> cellItems;
    bool dense = false;
    std::unordered_map<std::int64_t, std::vector<int>> buckets;
    mutable std::vector<std::uint32_t> seen;
    mutable std::uint32_t stamp = 0;
    // A* buffers, reused across routes.
    mutable std::vector<float> cost;
    mutable std::vector<std::int32_t> parent;
    mutable std::vector<std::uint32_t> visited;
    mutable std::vector<std::pair<float, std::int32_t>> open; ///< the A* heap's storage
    mutable std::vector<double> estimate;         ///< per grid point: the heuristic, once per search
    mutable std::vector<std::uint32_t> estimated; ///< search stamp of `estimate`
    mutable std::uint32_t search = 0;

    const Rect &obstacle(int i) const
    {
        return i < int(hard.size()) ? hard[std::size_t(i)] : soft[std::size_t(i) - hard.size()];
    }
    static std::int64_t key(long cx, long cy) { return (std::int64_t(cx) << 32) ^ std::int64_t(std::uint32_t(cy)); }

    void index()
    {
        const int n = int(hard.size() + soft.size());
        seen.assign(std::size_t(n), 0);
        if (n == 0)
            return;
        long x0 = std::numeric_limits<long>::max(), y0 = x0, x1 = std::numeric_limits<long>::min(), y1 = x1;
        bool finite = true;
        for (int i = 0; i < n; ++i) {
            const Rect &r = obstacle(i);
            finite = finite && std::isfinite(r.x) && std::isfinite(r.y) && std::isfinite(right(r)) && std::isfinite(bottom(r))
                     && std::abs(r.x) < 1e12 && std::abs(r.y) < 1e12 && std::abs(right(r)) < 1e12 && std::abs(bottom(r)) < 1e12;
            if (!finite)
                break;
            x0 = std::min(x0, long(std::floor(r.x / kCell)));
            y0 = std::min(y0, long(std::floor(r.y / kCell)));
            x1 = std::max(x1, long(std::floor(right(r) / kCell)));
            y1 = std::max(y1, long(std::floor(bottom(r) / kCell)));
        }
        dense = finite && x1 >= x0 && y1 >= y0 && (x1 - x0 + 1) <= (1L << 12) && (y1 - y0 + 1) <= (1L << 12)
                && (x1 - x0 + 1) * (y1 - y0 + 1) <= (1L << 22);
        if (!dense) {
            for (int i = 0; i < n; ++i) {
                const Rect &r = obstacle(i);
                for (long cx = long(std::floor(r.x / kCell)); cx <= long(std::floor(right(r) / kCell)); ++cx)
                    for (long cy = long(std::floor(r.y / kCell)); cy <= long(std::floor(bottom(r) / kCell)); ++cy)
                        buckets[key(cx, cy)].push_back(i);
            }
            return;
        }
        gx0 = x0;
        gy0 = y0;
        gw = x1 - x0 + 1;
        gh = y1 - y0 + 1;
        cellStart.assign(std::size_t(gw * gh + 1), 0);
        auto each = [&](auto &&visit) {
            for (int i = 0; i < n; ++i) {
                const Rect &r = obstacle(i);
                for (long cx = long(std::floor(r.x / kCell)); cx <= long(std::floor(right(r) / kCell)); ++cx)
                    for (long cy = long(std::floor(r.y / kCell)); cy <= long(std::floor(bottom(r) / kCell)); ++cy)
                        visit(std::size_t((cy - gy0) * gw + (cx - gx0)), i);
            }
        };
        each([&](std::size_t c, int) { ++cellStart[c + 1]; });
        for (std::size_t c = 1; c < cellStart.size(); ++c)
            cellStart[c] += cellStart[c - 1];
        cellItems.resize(cellStart.back());
        std::vector<std::uint32_t> fill(cellStart.begin(), cellStart.end() - 1);
        each([&](std::size_t c, int i) { cellItems[fill[c]++] = i; });
    }

    /// The obstacles of cell (cx, cy), in obstacle order.
    std::pair<const int *, const int *> cell(long cx, long cy) const
    {
        if (dense) {
            if (cx < gx0 || cy < gy0 || cx >= gx0 + gw || cy >= gy0 + gh)
                return {nullptr, nullptr};
            const std::size_t c = std::size_t((cy - gy0) * gw + (cx - gx0));
            return {cellItems.data() + cellStart[c], cellItems.data() + cellStart[c + 1]};
        }
        auto it = buckets.find(key(cx, cy));
        if (it == buckets.end())
            return {nullptr, nullptr};
        return {it->second.data(), it->second.data() + it->second.size()};
    }

    /// Cell range [lo, hi] of the coordinates [a, b], cut to the cells the dense grid has (the
    /// others hold no obstacle); `origin`/`count` are the grid's along that axis.
    std::pair<long, long> cells(double a, double b, long origin, long count) const
    {
        long lo = long(std::floor(a / kCell)), hi = long(std::floor(b / kCell));
        if (dense) {
            lo = std::max(lo, origin);
            hi = std::min(hi, origin + count - 1);
        }
        return {lo, hi};
    }

    /// Obstacles whose box meets `area`, each once; stops after `limit` + 1 of them.
    std::vector<int> query(const Rect &area, std::size_t limit = std::numeric_limits<std::size_t>::max()) const
    {
        std::vector<int> out;
        ++stamp;
        const auto [xa, xb] = cells(area.x, right(area), gx0, gw);
        const auto [ya, yb] = cells(area.y, bottom(area), gy0, gh);
        auto visit = [&](const int *first, const int *last) {
            for (const int *item = first; item != last; ++item) {
                const int i = *item;
                if (seen[std::size_t(i)] == stamp)
                    continue;
                seen[std::size_t(i)] = stamp;
                const Rect &r = obstacle(i);
                if (r.x <= right(area) && right(r) >= area.x && r.y <= bottom(area) && bottom(r) >= area.y)
                    out.push_back(i);
            }
        };
        if (dense) {
            // The ranges are inside the grid: walk its columns directly.
            for (long cx = xa; cx <= xb && out.size() <= limit; ++cx)
                for (long cy = ya; cy <= yb && out.size() <= limit; ++cy) {
                    const std::size_t c = std::size_t((cy - gy0) * gw + (cx - gx0));
                    visit(cellItems.data() + cellStart[c], cellItems.data() + cellStart[c + 1]);
                }
            return out;
        }
        for (long cx = xa; cx <= xb && out.size() <= limit; ++cx)
            for (long cy = ya; cy <= yb && out.size() <= limit; ++cy) {
                const auto [first, last] = cell(cx, cy);
                visit(first, last);
            }
        return out;
    }

    /// What crossing obstacles costs along `path`; stops counting once over `enough`.
    double crossingCost(const std::vector<Point> &path, double enough = std::numeric_limits<double>::max()) const
    {
        return crossingCost(path.data(), path.size(), enough);
    }
    double crossingCost(const Point *path, std::size_t size, double enough) const
    {
        double c = 0;
        for (std::size_t s = 1; s < size && c <= enough; ++s) {
            const Point &a = path[s - 1], &b = path[s];
            ++stamp;
            // The buckets along the (axis-parallel) segment, each obstacle once.
            const auto [xa, xb] = cells(std::min(a.x, b.x), std::max(a.x, b.x), gx0, gw);
            const auto [ya, yb] = cells(std::min(a.y, b.y), std::max(a.y, b.y), gy0, gh);
            for (long cx = xa; cx <= xb; ++cx)
                for (long cy = ya; cy <= yb; ++cy) {
                    const auto [first, last] = cell(cx, cy);
                    for (const int *item = first; item != last; ++item) {
                        const int i = *item;
                        if (seen[std::size_t(i)] == stamp)
                            continue;
                        seen[std::size_t(i)] = stamp;
                        if (segmentEnters(a, b, obstacle(i)))
                            c += i < int(hard.size()) ? kHardCost : kSoftCost;
                    }
                }
        }
        return c;
    }

    std::vector<Point> shapes(const std::vector<Port> &from, const std::vector<Port> &to, double *score = nullptr) const;
    std::vector<Point> search_(const FlowEnd &fromEnd, const FlowEnd &toEnd, const std::vector<Port> &from,
                               const std::vector<Port> &to, double margin) const;
};

FlowRouter::FlowRouter(std::vector<Rect> hard, std::vector<Rect> soft) : m(std::make_unique<Impl>())
{
    m->hard = std::move(hard);
    m->soft = std::move(soft);
    m->index();
}

FlowRouter::~FlowRouter() = default;

// The best of a few simple shapes between every pair of ports: straight, L, Z.
namespace {

/// A shape of at most six points, kept on the stack (routing a large import tries 64 of them
/// per flow).
struct Shape
{
    double base = 0; ///< length plus bends
    std::size_t size = 0;
    Point p[6];
};

/// simplified() of `in`, written to `out`; returns the number of points.
std::size_t simplifiedInto(const Point *in, std::size_t n, Point *out)
{
    std::size_t size = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const Point &pt = in[k];
        if (size > 0 && near(out[size - 1].x, pt.x) && near(out[size - 1].y, pt.y))
            continue;
        if (size >= 2) {
            const Point &a = out[size - 2];
            const Point &b = out[size - 1];
            if ((near(a.x, b.x) && near(b.x, pt.x)) || (near(a.y, b.y) && near(b.y, pt.y)))
                --size;
        }
        out[size++] = pt;
    }
    return size;
}

} // namespace

std::vector<Point> FlowRouter::Impl::shapes(const std::vector<Port> &from, const std::vector<Port> &to, double *score) const
{
    // Every shape between every pair of ports, cheapest first by length and bends; crossings are
    // counted only while a shape can still win.
    Shape options[64];
    std::size_t count = 0;
    for (const Port &s : from)
        for (const Port &t : to) {
            const Point a = s.stub, b = t.stub;
            const Point middles[4][2] = {
                {{a.x, b.y}, {}},
                {{b.x, a.y}, {}},
                {{(a.x + b.x) / 2, a.y}, {(a.x + b.x) / 2, b.y}},
                {{a.x, (a.y + b.y) / 2}, {b.x, (a.y + b.y) / 2}},
            };
            for (int m = 0; m < 4 && count < 64; ++m) { // 4 x 4 ports: 64 at most
                const std::size_t inner = m < 2 ? 1 : 2;
                Point raw[6];
                std::size_t n = 0;
                raw[n++] = s.at;
                raw[n++] = a;
                for (std::size_t k = 0; k < inner; ++k)
                    raw[n++] = middles[m][k];
                raw[n++] = b;
                raw[n++] = t.at;
                Shape &shape = options[count];
                shape.size = simplifiedInto(raw, n, shape.p);
                const Point *p = shape.p;
                // A path that doubles back over itself at a port is no route.
                bool backtrack = false;
                for (std::size_t i = 2; i < shape.size && !backtrack; ++i) {
                    const double d1x = p[i - 1].x - p[i - 2].x, d1y = p[i - 1].y - p[i - 2].y;
                    const double d2x = p[i].x - p[i - 1].x, d2y = p[i].y - p[i - 1].y;
                    backtrack = d1x * d2x + d1y * d2y < 0;
                }
                if (backtrack)
                    continue;
                double length = 0;
                for (std::size_t i = 1; i < shape.size; ++i)
                    length += std::abs(p[i].x - p[i - 1].x) + std::abs(p[i].y - p[i - 1].y);
                shape.base = length + double(shape.size - 2) * kBendCost;
                ++count;
            }
        }
    // Stable order by base (as std::stable_sort): insertion sort of indices, 64 at most.
    std::size_t order[64];
    for (std::size_t k = 0; k < count; ++k) {
        std::size_t at = k;
        while (at > 0 && options[k].base < options[order[at - 1]].base) {
            order[at] = order[at - 1];
            --at;
        }
        order[at] = k;
    }
    double best = std::numeric_limits<double>::max();
    const Shape *chosen = nullptr;
    for (std::size_t k = 0; k < count; ++k) {
        const Shape &shape = options[order[k]];
        if (shape.base >= best)
            break; // cannot win whatever it crosses
        const double cost = shape.base + crossingCost(shape.p, shape.size, best - shape.base);
        if (cost < best) {
            best = cost;
            chosen = &shape;
        }
    }
    if (score)
        *score = best;
    return chosen ? std::vector<Point>(chosen->p, chosen->p + chosen->size) : std::vector<Point>();
}

std::vector<Point> FlowRouter::Impl::search_(const FlowEnd &fromEnd, const FlowEnd &toEnd, const std::vector<Port> &from,
                                             const std::vector<Port> &to, double margin) const
{
    double x0 = std::min(fromEnd.box.x, toEnd.box.x) - margin, y0 = std::min(fromEnd.box.y, toEnd.box.y) - margin;
    double x1 = std::max(right(fromEnd.box), right(toEnd.box)) + margin;
    double y1 = std::max(bottom(fromEnd.box) + fromEnd.below, bottom(toEnd.box) + toEnd.below) + margin;
    const std::vector<int> inWindow = query({x0, y0, x1 - x0, y1 - y0}, kMaxObstacles);
    if (inWindow.size() > kMaxObstacles)
        return {};
    // The grid: lines along every obstacle at the clearance, through its middle, through the ports.
    std::vector<double> xs{x0, x1}, ys{y0, y1};
    for (int i : inWindow) {
        const Rect &r = obstacle(i);
        xs.insert(xs.end(), {r.x - kGap, right(r) + kGap, r.x + r.width / 2});
        ys.insert(ys.end(), {r.y - kGap, bottom(r) + kGap, r.y + r.height / 2});
    }
    for (const auto *ports : {&from, &to})
        for (const Port &p : *ports) {
            xs.push_back(p.stub.x);
            ys.push_back(p.stub.y);
        }
    auto tidy = [](std::vector<double> &v, double lo, double hi) {
        std::sort(v.begin(), v.end());
        std::vector<double> out;
        for (double c : v)
            if (c >= lo - 0.5 && c <= hi + 0.5 && (out.empty() || c - out.back() > 0.5))
                out.push_back(c);
        // Channel middles: a path between two rows of obstacles runs down the middle of the gap.
        std::vector<double> with;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (i > 0 && out[i] - out[i - 1] > 3 * kGap)
                with.push_back((out[i] + out[i - 1]) / 2);
            with.push_back(out[i]);
        }
        v = std::move(with);
    };
    tidy(xs, x0, x1);
    tidy(ys, y0, y1);
    const std::size_t nx = xs.size(), ny = ys.size(), nodes = nx * ny;
    if (nodes > kMaxNodes)
        return {};
    // Blocked (1) and soft (2) grid points: strictly inside an obstacle grown by the clearance.
    std::vector<std::uint8_t> flag(nodes, 0);
    for (int i : inWindow) {
        const Rect &r = obstacle(i);
        const bool isHard = i < int(hard.size());
        const auto xa = std::upper_bound(xs.begin(), xs.end(), r.x - kGap + 0.25) - xs.begin();
        const auto xb = std::lower_bound(xs.begin(), xs.end(), right(r) + kGap - 0.25) - xs.begin();
        const auto ya = std::upper_bound(ys.begin(), ys.end(), r.y - kGap + 0.25) - ys.begin();
        const auto yb = std::lower_bound(ys.begin(), ys.end(), bottom(r) + kGap - 0.25) - ys.begin();
        for (auto yi = ya; yi < yb; ++yi)
            for (auto xi = xa; xi < xb; ++xi) {
                std::uint8_t &f = flag[std::size_t(yi) * nx + std::size_t(xi)];
                f = isHard ? 1 : std::max<std::uint8_t>(f, 2);
            }
    }
    auto nodeOf = [&](const Point &p) -> std::int64_t {
        const auto xi = std::lower_bound(xs.begin(), xs.end(), p.x - 0.5) - xs.begin();
        const auto yi = std::lower_bound(ys.begin(), ys.end(), p.y - 0.5) - ys.begin();
        if (std::size_t(xi) >= nx || std::size_t(yi) >= ny || !near(xs[std::size_t(xi)], p.x) || !near(ys[std::size_t(yi)], p.y))
            return -1;
        return std::int64_t(yi) * std::int64_t(nx) + xi;
    };
    const std::size_t states = nodes * 4;
    if (cost.size() < states) {
        cost.resize(states);
        parent.resize(states);
        visited.resize(states, 0);
    }
    if (estimate.size() < nodes) {
        estimate.resize(nodes);
        estimated.resize(nodes, 0);
    }
    ++search;
    // A min-heap of (estimate, state) in storage kept across searches (what a priority_queue
    // with std::greater does, without allocating per search).
    using Entry = std::pair<float, std::int32_t>;
    open.clear();
    // Distance to the nearest target stub; a grid point's is worked out once per search (every
    // push and every pop asks for it).
    auto heuristic = [&](std::size_t node) {
        if (estimated[node] == search)
            return estimate[node];
        const double x = xs[node % nx], y = ys[node / nx];
        double h = std::numeric_limits<double>::max();
        for (const Port &t : to)
            h = std::min(h, std::abs(t.stub.x - x) + std::abs(t.stub.y - y));
        estimated[node] = search;
        estimate[node] = h;
        return h;
    };
    auto relax = [&](std::size_t state, double c, std::int32_t from) {
        if (visited[state] == search && cost[state] <= float(c))
            return;
        visited[state] = search;
        cost[state] = float(c);
        parent[state] = from;
        open.push_back({float(c + heuristic(state / 4)), std::int32_t(state)});
        std::push_heap(open.begin(), open.end(), std::greater<Entry>());
    };
    for (const Port &p : from) {
        const std::int64_t n = nodeOf(p.stub);
        if (n >= 0 && flag[std::size_t(n)] != 1)
            relax(std::size_t(n) * 4 + std::size_t(p.dir), kGap, -1);
    }
    std::vector<std::pair<std::int64_t, int>> goals; // (node, heading on arrival)
    for (const Port &p : to)
        if (const std::int64_t n = nodeOf(p.stub); n >= 0)
            goals.push_back({n, opposite(p.dir)});
    std::int32_t reached = -1;
    while (!open.empty()) {
        std::pop_heap(open.begin(), open.end(), std::greater<Entry>());
        const auto [f, s] = open.back();
        open.pop_back();
        const std::size_t state = std::size_t(s);
        const double c = cost[state];
        if (float(f) > float(c + heuristic(state / 4)) + 0.01f)
            continue; // stale entry
        const std::size_t node = state / 4;
        const int dir = int(state % 4);
        bool done = false;
        for (const auto &[n, heading] : goals)
            done = done || (std::size_t(n) == node && heading == dir);
        if (done) {
            reached = s;
            break;
        }
        // Turn in place.
        for (int turn : {1, 3})
            relax(node * 4 + std::size_t((dir + turn) % 4), c + kBendCost, s);
        // Step to the next grid point ahead.
        const std::int64_t xi = std::int64_t(node % nx) + std::int64_t(kDx[dir]);
        const std::int64_t yi = std::int64_t(node / nx) + std::int64_t(kDy[dir]);
        if (xi < 0 || yi < 0 || xi >= std::int64_t(nx) || yi >= std::int64_t(ny))
            continue;
        const std::size_t next = std::size_t(yi) * nx + std::size_t(xi);
        if (flag[next] == 1)
            continue;
        const double step = std::abs(xs[next % nx] - xs[node % nx]) + std::abs(ys[next / nx] - ys[node / nx]);
        relax(next * 4 + std::size_t(dir), c + step + (flag[next] == 2 ? kSoftCost : 0), s);
    }
    if (reached < 0)
        return {};
    std::vector<Point> back;
    for (std::int32_t s = reached; s >= 0; s = parent[std::size_t(s)]) {
        const std::size_t node = std::size_t(s) / 4;
        back.push_back({xs[node % nx], ys[node / nx]});
    }
    std::reverse(back.begin(), back.end());
    const Point first = back.front(), last = back.back();
    std::vector<Point> path;
    for (const Port &p : from)
        if (near(p.stub.x, first.x) && near(p.stub.y, first.y)) {
            path.push_back(p.at);
            break;
        }
    path.insert(path.end(), back.begin(), back.end());
    for (const Port &p : to)
        if (near(p.stub.x, last.x) && near(p.stub.y, last.y)) {
            path.push_back(p.at);
            break;
        }
    return simplified(path);
}

double FlowRouter::crossings(const std::vector<Point> &path) const
{
    return m->crossingCost(path);
}

std::vector<Point> FlowRouter::route(const FlowEnd &from, const FlowEnd &to, double fromShift, double toShift) const
{
    const std::vector<Port> a = portsOf(from, fromShift), b = portsOf(to, toShift);
    // A straight line, an L or a Z that crosses nothing is what the search would find too, at a
    // fraction of the cost (a 5,000-resource import routes thousands of flows).
    double score = 0;
    std::vector<Point> simple = m->shapes(a, b, &score);
    if (simple.size() >= 2 && score < kSoftCost)
        return simple;
    for (double margin : {kWindow, 4 * kWindow}) {
        std::vector<Point> p = m->search_(from, to, a, b, margin);
        if (p.size() >= 2)
            return p;
    }
    return simple;
}

void layoutObstacles(const Design &design, const Layout &layout, std::vector<Rect> &hard, std::vector<Rect> &soft)
{
    const Catalog &catalog = Catalog::builtin();
    for (const auto &[id, r] : design.resources) {
        auto box = layout.nodes.find(id);
        if (box == layout.nodes.end())
            continue;
        const Rect &b = box->second;
        const KindSpec *spec = catalog.kind(r.kind);
        if (spec && spec->container) {
            soft.push_back({b.x, b.y, b.width, 28}); // the title band
            continue;
        }
        hard.push_back(b);
        // The label under the icon: name (12 px) over kind (10 px), at most 116 px wide.
        const double chars = std::max(double(labelOf(r).size()) * 6.6, spec ? double(spec->title.size()) * 5.6 : 0.0);
        const double w = std::clamp(chars + 8, b.width, 116.0);
        hard.push_back({b.x + b.width / 2 - w / 2, bottom(b), w, kIconLabelRoom});
    }
}

FlowEnd flowEndOf(const Design &design, const Layout &layout, const Id &id)
{
    auto box = layout.nodes.find(id);
    const Resource *r = design.resource(id);
    if (box == layout.nodes.end() || !r)
        return {};
    const KindSpec *spec = Catalog::builtin().kind(r->kind);
    return {box->second, spec && spec->container ? 0.0 : kIconLabelRoom};
}

namespace {

// Inner segments of different flows that run on one line and overlap are spread a few units
// apart, so that each flow can be followed (the router puts them on the same grid line). A
// flow whose spread segment would cross an obstacle keeps its line.
void separateParallels(const FlowRouter &router, std::map<Id, std::vector<Point>> &paths)
{
    struct Segment
    {
        const Id *flow;
        const std::vector<Point> *path; ///< paths[*flow], not looked up again
        std::size_t index; ///< from path[index] to path[index + 1]
        double lo, hi;
    };
    std::map<std::pair<bool, long>, std::vector<Segment>> lines; // (vertical, coordinate)
    for (const auto &[id, p] : paths)
        for (std::size_t i = 1; i + 2 < p.size(); ++i) { // both ends are bends, not anchors
            const bool vertical = near(p[i].x, p[i + 1].x);
            const double at = vertical ? p[i].x : p[i].y;
            const double a = vertical ? p[i].y : p[i].x, b = vertical ? p[i + 1].y : p[i + 1].x;
            lines[{vertical, std::lround(at)}].push_back({&id, &p, i, std::min(a, b), std::max(a, b)});
        }
    std::map<Id, std::vector<Point>> moved;
    for (auto &[line, segments] : lines) {
        if (segments.size() < 2)
            continue;
        std::sort(segments.begin(), segments.end(), [](const Segment &x, const Segment &y) { return x.lo < y.lo; });
        // Clusters of overlapping segments.
        for (std::size_t first = 0; first < segments.size();) {
            std::size_t last = first + 1;
            double hi = segments[first].hi;
            while (last < segments.size() && segments[last].lo < hi - 1) {
                hi = std::max(hi, segments[last].hi);
                ++last;
            }
            const std::size_t n = last - first;
            if (n >= 2) {
                std::vector<Segment> cluster(segments.begin() + long(first), segments.begin() + long(last));
                // Order across the line so that flows do not cross where they leave it: one that
                // runs further before turning goes on the side away from its turn.
                auto key = [&](const Segment &seg) {
                    const std::vector<Point> &p = *seg.path;
                    const Point &a = p[seg.index], &b = p[seg.index + 1], &c = p[seg.index + 2];
                    const double along = line.first ? b.y - a.y : b.x - a.x;
                    const double turn = line.first ? c.x - b.x : c.y - b.y;
                    const double reach = (along >= 0 ? 1 : -1) * (line.first ? b.y : b.x);
                    return -(turn >= 0 ? 1 : -1) * reach;
                };
                std::sort(cluster.begin(), cluster.end(), [&](const Segment &x, const Segment &y) {
                    const double kx = key(x), ky = key(y);
                    return kx != ky ? kx < ky : *x.flow < *y.flow;
                });
                const double step = std::min(8.0, 20.0 / double(n - 1));
                for (std::size_t k = 0; k < n; ++k) {
                    const double offset = (double(k) - double(n - 1) / 2) * step;
                    auto &p = moved.try_emplace(*cluster[k].flow, *cluster[k].path).first->second;
                    for (std::size_t j : {cluster[k].index, cluster[k].index + 1})
                        (line.first ? p[j].x : p[j].y) += offset;
                }
            }
            first = last;
        }
    }
    for (auto &[id, p] : moved)
        if (router.crossings(p) <= router.crossings(paths[id]))
            paths[id] = std::move(p);
}

} // namespace

void routeFlows(const Design &design, Layout &layout, const std::set<Id> *only)
{
    std::vector<Rect> hard, soft;
    layoutObstacles(design, layout, hard, soft);
    const FlowRouter router(std::move(hard), std::move(soft));
    // Flows sharing a node fan out along its sides (as the canvas does for automatic routes).
    std::map<Id, std::vector<Id>> byNode;
    for (const auto &[id, f] : design.flows) {
        byNode[f.from].push_back(id);
        byNode[f.to].push_back(id);
    }
    auto shift = [&](const Id &node, const Id &flow) {
        const std::vector<Id> &ids = byNode[node];
        if (ids.size() < 2)
            return 0.0;
        const double index = double(std::find(ids.begin(), ids.end(), flow) - ids.begin()) - double(ids.size() - 1) / 2;
        return std::clamp(index * 10.0, -24.0, 24.0);
    };
    std::map<Id, std::vector<Point>> paths;
    for (const auto &[id, f] : design.flows) {
        if (only && !only->count(id))
            continue;
        const FlowEnd from = flowEndOf(design, layout, f.from), to = flowEndOf(design, layout, f.to);
        if (f.from == f.to || from.box.width <= 0 || to.box.width <= 0) {
            layout.waypoints.erase(id);
            continue;
        }
        std::vector<Point> path = router.route(from, to, shift(f.from, id), shift(f.to, id));
        if (path.size() >= 2)
            paths[id] = std::move(path);
        else
            layout.waypoints.erase(id);
    }
    separateParallels(router, paths);
    for (const auto &[id, path] : paths)
        layout.waypoints[id] = waypointsOf(path);
}

} // namespace Stackyard
