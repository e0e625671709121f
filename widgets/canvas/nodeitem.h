#pragma once

#include "canvasstyle.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace Stackyard::Canvas {

/// What a node shows: a copy made by the scene from the design, never the design itself.
struct NodeLook
{
    QString id;
    QString kind;
    QString name;
    QString kindTitle; ///< the catalogue title, shown under the name
    QString category;
    QString toolTip;
    /// Spanning resources: the band across their subnets, in item coordinates, and one AZ badge
    /// (text, centre x) per subnet. An empty band for ordinary nodes.
    QRectF band;
    QList<QPair<QString, double>> badges;
};

/// An icon node (64 x 64) with its label below the icon, never over it. Long names are elided;
/// the full name is in the tooltip. Shows a connection handle (a small circle on the right edge)
/// on hover; the scene starts a flow when it is pressed.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = NodeType };
    explicit NodeItem(const NodeLook &look);

    int type() const override { return Type; }
    QString id() const { return m_look.id; }
    QString kind() const { return m_look.kind; }
    const NodeLook &look() const { return m_look; }
    void setLook(const NodeLook &look);
    /// The icon's size (the layout box).
    void setIconSize(const QSizeF &size);
    QRectF iconRect() const { return QRectF(QPointF(0, 0), m_size); }
    /// The icon in scene coordinates (what flows attach to).
    QRectF sceneIconRect() const { return iconRect().translated(pos()); }
    /// The rectangle the label occupies below the icon, item coordinates.
    QRectF labelRect() const;
    bool isOnHandle(const QPointF &itemPos) const;
    /// The connection handle's centre (item coordinates): where a drag starts a flow.
    QPointF handleCenter() const;
    void setHighlight(const QColor &color); ///< drop target / refused outline; invalid = none

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void relayoutText();
    void paintBand(QPainter *painter, double lod);

    NodeLook m_look;
    QSizeF m_size{kIconSize, kIconSize};
    QStaticText m_name; ///< laid out once, drawn many times
    QStaticText m_kindText;
    QColor m_highlight;
    QColor m_color; ///< the category colour
    bool m_hover = false;
};

} // namespace Stackyard::Canvas
