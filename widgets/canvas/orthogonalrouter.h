#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace Stackyard::Canvas {

/// A simple orthogonal router for flows: a Manhattan path with at most two bends between the
/// sides of two boxes, choosing among straight, L, Z and S shapes the one that crosses the
/// fewest obstacles (then the shortest). With waypoints, the path runs through them with
/// right-angle elbows instead.
class OrthogonalRouter
{
public:
    /// `obstacles` are boxes to avoid where possible (the two ends may be among them).
    static QPolygonF route(const QRectF &from, const QRectF &to, const std::vector<QRectF> &obstacles,
                           const QList<QPointF> &waypoints = {});
    /// How many obstacles (other than `from` and `to`) the path crosses.
    static int crossings(const QPolygonF &path, const QRectF &from, const QRectF &to,
                         const std::vector<QRectF> &obstacles);
};

} // namespace Stackyard::Canvas
