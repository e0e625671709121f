#include "orthogonalrouter.h"

#include "model/core/layout/flowrouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stackyard::Canvas {

namespace {

constexpr double kGap = 12.0; // how far a path keeps off a box side before turning

bool segmentHits(const QPointF &a, const QPointF &b, const QRectF &box)
{
    const QRectF seg = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
    return seg.intersects(box.adjusted(2, 2, -2, -2));
}

double length(const QPolygonF &p)
{
    double l = 0;
    for (int i = 1; i < p.size(); ++i)
        l += std::abs(p[i].x() - p[i - 1].x()) + std::abs(p[i].y() - p[i - 1].y());
    return l;
}

QPolygonF simplified(const QPolygonF &p)
{
    QPolygonF out;
    for (const QPointF &pt : p) {
        if (!out.isEmpty() && QLineF(out.last(), pt).length() < 0.5)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2];
            const QPointF &b = out.last();
            const bool collinear = (std::abs(a.x() - b.x()) < 0.5 && std::abs(b.x() - pt.x()) < 0.5)
                                   || (std::abs(a.y() - b.y()) < 0.5 && std::abs(b.y() - pt.y()) < 0.5);
            if (collinear)
                out.removeLast();
        }
        out << pt;
    }
    return out;
}

// The point where a line from the box centre towards `toward` leaves the box, on the side faced.
QPointF sideAnchor(const QRectF &box, const QPointF &toward)
{
    const QPointF c = box.center();
    const double dx = toward.x() - c.x();
    const double dy = toward.y() - c.y();
    if (std::abs(dx) * box.height() >= std::abs(dy) * box.width())
        return QPointF(dx >= 0 ? box.right() : box.left(), std::clamp(toward.y(), box.top() + 8, box.bottom() - 8));
    return QPointF(std::clamp(toward.x(), box.left() + 8, box.right() - 8), dy >= 0 ? box.bottom() : box.top());
}

double shifted(double centre, double shift, double low, double high)
{
    return std::clamp(centre + shift, low + 8, high - 8);
}

void candidates(const QRectF &a, const QRectF &b, double sa, double sb, double la, double lb, QList<QPolygonF> &out)
{
    const QPointF ca = a.center();
    const QPointF cb = b.center();
    // Horizontal separation: leave and enter through facing vertical sides.
    if (b.left() - a.right() >= 2 * kGap || a.left() - b.right() >= 2 * kGap) {
        const bool right = cb.x() > ca.x();
        const QPointF s(right ? a.right() : a.left(), shifted(ca.y(), sa, a.top(), a.bottom()));
        const QPointF e(right ? b.left() : b.right(), shifted(cb.y(), sb, b.top(), b.bottom()));
        for (double f : {0.5, 0.25, 0.75}) {
            const double mx = s.x() + (e.x() - s.x()) * f;
            out << QPolygonF({s, QPointF(mx, s.y()), QPointF(mx, e.y()), e});
        }
        // Same height: a straight line at the overlap's middle.
        const double top = std::max(a.top(), b.top()), bottom = std::min(a.bottom(), b.bottom());
        if (bottom - top >= 16) {
            const double y = (top + bottom) / 2;
            out << QPolygonF({QPointF(s.x(), y), QPointF(e.x(), y)});
        }
    }
    if (b.top() - a.bottom() - la >= 2 * kGap || a.top() - b.bottom() - lb >= 2 * kGap) {
        const bool down = cb.y() > ca.y();
        const QPointF s(shifted(ca.x(), sa, a.left(), a.right()), down ? a.bottom() + la : a.top());
        const QPointF e(shifted(cb.x(), sb, b.left(), b.right()), down ? b.top() : b.bottom() + lb);
        for (double f : {0.5, 0.25, 0.75}) {
            const double my = s.y() + (e.y() - s.y()) * f;
            out << QPolygonF({s, QPointF(s.x(), my), QPointF(e.x(), my), e});
        }
        const double left = std::max(a.left(), b.left()), right = std::min(a.right(), b.right());
        if (right - left >= 16) {
            const double x = (left + right) / 2;
            out << QPolygonF({QPointF(x, s.y()), QPointF(x, e.y())});
        }
    }
    // L shapes: leave horizontally, enter vertically, and the other way round.
    if ((cb.x() > a.right() + kGap || cb.x() < a.left() - kGap) && (ca.y() < b.top() - kGap || ca.y() > b.bottom() + lb + kGap)) {
        const QPointF s(cb.x() > ca.x() ? a.right() : a.left(), shifted(ca.y(), sa, a.top(), a.bottom()));
        const QPointF e(shifted(cb.x(), sb, b.left(), b.right()), ca.y() < cb.y() ? b.top() : b.bottom() + lb);
        out << QPolygonF({s, QPointF(e.x(), s.y()), e});
    }
    if ((cb.y() > a.bottom() + la + kGap || cb.y() < a.top() - kGap) && (ca.x() < b.left() - kGap || ca.x() > b.right() + kGap)) {
        const QPointF s(shifted(ca.x(), sa, a.left(), a.right()), cb.y() > ca.y() ? a.bottom() + la : a.top());
        const QPointF e(ca.x() < cb.x() ? b.left() : b.right(), shifted(cb.y(), sb, b.top(), b.bottom()));
        out << QPolygonF({s, QPointF(s.x(), e.y()), e});
    }
}

} // namespace

int OrthogonalRouter::crossings(const QPolygonF &path, const QRectF &from, const QRectF &to,
                                const std::vector<QRectF> &obstacles)
{
    int n = 0;
    for (const QRectF &box : obstacles) {
        if (box == from || box == to)
            continue;
        for (int i = 1; i < path.size(); ++i) {
            if (segmentHits(path[i - 1], path[i], box)) {
                ++n;
                break;
            }
        }
    }
    return n;
}

QPolygonF OrthogonalRouter::route(const QRectF &from, const QRectF &to, const std::vector<QRectF> &obstacles,
                                  const QList<QPointF> &waypoints)
{
    return route(Request{from, to, obstacles, {}, waypoints, 0, 0});
}

QPolygonF OrthogonalRouter::route(const Request &req)
{
    const QRectF &from = req.from;
    const QRectF &to = req.to;
    const QList<QPointF> &waypoints = req.waypoints;
    if (!waypoints.isEmpty()) {
        // Stored bends: drawn exactly as the automatic layout routed them (model/core/layout).
        std::vector<Point> points;
        points.reserve(std::size_t(waypoints.size()));
        for (const QPointF &w : waypoints)
            points.push_back({w.x(), w.y()});
        QPolygonF p;
        for (const Point &pt : pathThrough({Rect{from.x(), from.y(), from.width(), from.height()}, req.fromBelow},
                                           {Rect{to.x(), to.y(), to.width(), to.height()}, req.toBelow}, points))
            p << QPointF(pt.x, pt.y);
        return p;
    }
    QList<QPolygonF> options;
    candidates(from, to, req.fromShift, req.toShift, req.fromBelow, req.toBelow, options);
    if (options.isEmpty()) // overlapping boxes: a direct line between the sides
        return QPolygonF({sideAnchor(from, to.center()), sideAnchor(to, from.center())});
    double best = std::numeric_limits<double>::max();
    QPolygonF chosen;
    for (const QPolygonF &p : options) {
        const double score = crossings(p, from, to, req.obstacles) * 10000.0 + crossings(p, from, to, req.soft) * 400.0
                             + length(p) + (p.size() - 2) * 40.0;
        if (score < best) {
            best = score;
            chosen = p;
        }
    }
    return simplified(chosen);
}

} // namespace Stackyard::Canvas
