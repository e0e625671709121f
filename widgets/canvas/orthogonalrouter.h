#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace Stackyard::Canvas {

/// A simple orthogonal router for flows: a Manhattan path with at most two bends between the
/// sides of two boxes, choosing among straight, L, Z and S shapes the one that crosses the
/// fewest obstacles (then the shortest). With waypoints, the path is the core's pathThrough()
/// (model/core/layout/flowrouter.h): the route the automatic layout or the user stored.
class OrthogonalRouter
{
public:
    struct Request
    {
        QRectF from;
        QRectF to;
        std::vector<QRectF> obstacles; ///< boxes to avoid where possible (icons)
        std::vector<QRectF> soft;      ///< better avoided, but cheaper to cross (container headers)
        QList<QPointF> waypoints;
        double fromShift = 0; ///< moves the start along its side, so flows sharing a side fan out
        double toShift = 0;
        double fromBelow = 0; ///< room under a box (its label): paths leave and enter below it
        double toBelow = 0;
    };
    static QPolygonF route(const Request &request);
    /// Shorthand without soft obstacles or shifts.
    static QPolygonF route(const QRectF &from, const QRectF &to, const std::vector<QRectF> &obstacles,
                           const QList<QPointF> &waypoints = {});
    /// How many obstacles (other than `from` and `to`) the path crosses.
    static int crossings(const QPolygonF &path, const QRectF &from, const QRectF &to,
                         const std::vector<QRectF> &obstacles);
};

} // namespace Stackyard::Canvas
