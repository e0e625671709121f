#include "flowitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stackyard::Canvas {

namespace {

QFont labelFont()
{
    QFont f;
    f.setPixelSize(11);
    return f;
}

const QColor kFlowColor(0x41, 0x4D, 0x5C);

} // namespace

FlowItem::FlowItem(const FlowLook &look)
{
    setFlags(ItemIsSelectable);
    setZValue(kZFlow);
    setLook(look);
}

void FlowItem::setLook(const FlowLook &look)
{
    m_look = look;
    setToolTip(look.toolTip);
    m_labelText.setText(look.portLabel);
    m_labelText.setTextFormat(Qt::PlainText);
    m_labelText.prepare(QTransform(), labelFont());
    placeLabel({});
    update();
}

void FlowItem::setBlocked(bool blocked)
{
    if (blocked == m_blocked)
        return;
    m_blocked = blocked;
    update();
}

void FlowItem::setPortLabelVisible(bool visible)
{
    if (visible == m_portLabelVisible)
        return;
    m_portLabelVisible = visible;
    update();
}

void FlowItem::setRoute(const QPolygonF &route, const std::vector<QRectF> &avoid, bool transient)
{
    setPos(0, 0); // a drag may have shifted the whole flow
    const QRectF before = m_bounds;
    m_route = route;
    placeLabel(avoid);
    if (transient && before.contains(m_bounds)) {
        m_bounds = before; // still inside: only repaint
        update();
        return;
    }
    const QRectF wanted = m_bounds;
    m_bounds = before;
    prepareGeometryChange();
    m_bounds = transient ? wanted.united(before).adjusted(-120, -120, 120, 120) : wanted;
}

void FlowItem::placeLabel(const std::vector<QRectF> &avoid)
{
    m_labelRect = {};
    if (m_route.size() >= 2) {
        const QFontMetricsF fm(labelFont());
        const double w = fm.horizontalAdvance(m_look.portLabel) + 10;
        // Candidates along every segment, longest segments first; the first that hides nothing wins.
        std::vector<std::pair<double, QRectF>> options;
        for (int i = 1; i < m_route.size(); ++i) {
            const QLineF seg(m_route[i - 1], m_route[i]);
            for (double f : {0.5, 0.3, 0.7, 0.15, 0.85}) {
                const QPointF at = seg.pointAt(f);
                options.push_back({seg.length() * (f == 0.5 ? 1.0 : 0.8), QRectF(at.x() - w / 2, at.y() - 8, w, 16)});
            }
        }
        std::stable_sort(options.begin(), options.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        int bestHits = INT_MAX;
        for (const auto &[weight, rect] : options) {
            int hits = 0;
            for (const QRectF &r : avoid)
                hits += rect.intersects(r) ? 1 : 0;
            if (hits < bestHits) {
                bestHits = hits;
                m_labelRect = rect;
            }
            if (hits == 0)
                break;
        }
    }
    m_bounds = m_route.boundingRect().adjusted(-8, -8, 8, 8).united(m_labelRect);
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    QPainterPath path;
    if (m_route.isEmpty())
        return path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(path);
    s.setFillRule(Qt::WindingFill);
    s.addRect(m_labelRect);
    return s;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kFlowLod && !isSelected())
        return;
    painter->setRenderHint(QPainter::Antialiasing, lod >= kTextLod);
    const QColor color = isSelected() ? kSelection : m_blocked ? kRefused : kFlowColor;
    QPen pen(color, isSelected() || m_blocked ? 2.5 : 1.5, m_look.inferred ? Qt::DashLine : Qt::SolidLine);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route);
    if (lod < kSketchLod)
        return;

    // Arrow head, a constant 10 scene units long along the last segment.
    const QPointF tip = m_route.last();
    const QPointF prev = m_route[m_route.size() - 2];
    const QLineF last(tip, prev);
    const double angle = std::atan2(last.dy(), last.dx());
    const double len = 10, spread = 0.42;
    const QPointF a = tip + QPointF(std::cos(angle + spread) * len, std::sin(angle + spread) * len);
    const QPointF b = tip + QPointF(std::cos(angle - spread) * len, std::sin(angle - spread) * len);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, a, b}));

    if (lod >= kPortLabelLod && m_portLabelVisible && !m_labelRect.isEmpty()) {
        QPen border(color, 1);
        border.setCosmetic(true);
        painter->setPen(border);
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(m_labelRect, 8, 8);
        static const QFont font = labelFont();
        painter->setFont(font);
        painter->setPen(color);
        const QSizeF text = m_labelText.size();
        painter->drawStaticText(m_labelRect.center() - QPointF(text.width() / 2, text.height() / 2), m_labelText);
    }
}

} // namespace Stackyard::Canvas
