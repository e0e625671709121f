#pragma once

#include "canvasstyle.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <QStaticText>

namespace Stackyard::Canvas {

/// What a flow shows, copied from the design by the scene.
struct FlowLook
{
    QString id;
    QString from;
    QString to;
    QString portLabel; ///< "tcp/443"
    QString toolTip;
    bool inferred = false; ///< drawn dashed
};

/// A flow: an orthogonal arrow (the route is computed by the scene) with its port label on the
/// longest segment. Port labels are hidden below 40 % zoom.
class FlowItem : public QGraphicsItem
{
public:
    enum { Type = FlowType };
    explicit FlowItem(const FlowLook &look);

    int type() const override { return Type; }
    QString id() const { return m_look.id; }
    const FlowLook &look() const { return m_look; }
    void setLook(const FlowLook &look);
    /// The path in scene coordinates, ending at the target's side. The port label goes on the
    /// longest stretch that overlaps none of `avoid` (icons, headers, other labels).
    /// `transient`: a preview while dragging; the bounds then only grow (with some slack), so
    /// that a flow following the mouse does not leave and re-enter the scene's index every frame.
    void setRoute(const QPolygonF &route, const std::vector<QRectF> &avoid = {}, bool transient = false);
    const QPolygonF &route() const { return m_route; }
    /// Where the port label sits (scene coordinates).
    QRectF labelRect() const { return m_labelRect; }

    /// Drawn red and heavier: reachability blocks this flow (the scene marks where).
    void setBlocked(bool blocked);
    bool isBlocked() const { return m_blocked; }
    /// The port label is drawn (the FlowPorts overlay); its place is kept either way.
    void setPortLabelVisible(bool visible);
    bool isPortLabelVisible() const { return m_portLabelVisible; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void placeLabel(const std::vector<QRectF> &avoid);

    FlowLook m_look;
    QPolygonF m_route;
    QRectF m_labelRect;
    QRectF m_bounds;
    bool m_blocked = false;
    bool m_portLabelVisible = true;
    QStaticText m_labelText; ///< the port label, laid out once
};

} // namespace Stackyard::Canvas
