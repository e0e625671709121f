#include "nodeitem.h"

#include "iconcache.h"
#include "widgets/categorystyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stackyard::Canvas {

namespace {

QFont nameFont()
{
    QFont f;
    f.setPixelSize(12);
    return f;
}

QFont kindFont()
{
    QFont f;
    f.setPixelSize(10);
    return f;
}

constexpr double kHandleRadius = 5.0;

} // namespace

NodeItem::NodeItem(const NodeLook &look)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setLook(look);
}

void NodeItem::setLook(const NodeLook &look)
{
    prepareGeometryChange();
    m_look = look;
    m_color = categoryColor(look.category);
    setToolTip(look.toolTip);
    setZValue(look.band.isEmpty() ? kZNode : kZSpanning);
    relayoutText();
    update();
}

void NodeItem::setIconSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

void NodeItem::relayoutText()
{
    m_name.setText(QFontMetricsF(nameFont()).elidedText(m_look.name, Qt::ElideMiddle, kLabelWidth));
    m_kindText.setText(QFontMetricsF(kindFont()).elidedText(m_look.kindTitle, Qt::ElideRight, kLabelWidth));
    m_name.setTextFormat(Qt::PlainText);
    m_kindText.setTextFormat(Qt::PlainText);
    m_name.prepare(QTransform(), nameFont());
    m_kindText.prepare(QTransform(), kindFont());
}

QRectF NodeItem::labelRect() const
{
    return QRectF(m_size.width() / 2 - kLabelWidth / 2, m_size.height() + 4, kLabelWidth, 30);
}

QPointF NodeItem::handleCenter() const
{
    return QPointF(m_size.width() + kHandleRadius + 3, m_size.height() / 2);
}

bool NodeItem::isOnHandle(const QPointF &p) const
{
    const QPointF d = p - handleCenter();
    return d.x() * d.x() + d.y() * d.y() <= (kHandleRadius + 3) * (kHandleRadius + 3);
}

void NodeItem::setHighlight(const QColor &color)
{
    m_highlight = color;
    update();
}

QRectF NodeItem::boundingRect() const
{
    QRectF r = iconRect().adjusted(-6, -6, 2 * kHandleRadius + 12, 6);
    r = r.united(labelRect());
    if (!m_look.band.isEmpty())
        r = r.united(m_look.band.adjusted(-2, -2, 2, 22));
    return r;
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.setFillRule(Qt::WindingFill); // the parts overlap; odd-even would punch holes
    p.addRect(iconRect().adjusted(-4, -4, 2 * kHandleRadius + 10, 4));
    p.addRect(labelRect());
    if (!m_look.band.isEmpty())
        p.addRect(m_look.band);
    return p;
}

void NodeItem::paintBand(QPainter *painter, double lod)
{
    const QColor c = m_color;
    QColor fill = c;
    fill.setAlpha(38);
    QPen pen(c, 1); // solid: dashes along thousands of long bands cost more than they say
    pen.setCosmetic(true);
    // The pill: filled, then outlined as two straight edges (crisp without antialiasing) and two
    // round caps. Stroking the whole rounded outline antialiased cost more than all the rest of a
    // frame while dragging spanning nodes (their bands are as wide as the VPC).
    const QRectF &b = m_look.band;
    const double r = b.height() / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(b, r, r);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawLine(QPointF(b.left() + r, b.top()), QPointF(b.right() - r, b.top()));
    painter->drawLine(QPointF(b.left() + r, b.bottom()), QPointF(b.right() - r, b.bottom()));
    painter->setRenderHint(QPainter::Antialiasing, smooth);
    painter->drawArc(QRectF(b.left(), b.top(), 2 * r, 2 * r), 90 * 16, 180 * 16);
    painter->drawArc(QRectF(b.right() - 2 * r, b.top(), 2 * r, 2 * r), -90 * 16, 180 * 16);
    if (lod < kTextLod)
        return;
    QFont f;
    f.setPixelSize(10);
    f.setBold(true);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    for (const auto &[text, x] : m_look.badges) {
        const double w = fm.horizontalAdvance(text) + 10;
        // Under the band's start in each subnet, clear of flows that run along the band.
        const QRectF chip(x - w / 2, m_look.band.bottom() + 3, w, 15);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRoundedRect(chip, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, text);
    }
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod >= kTextLod); // far out, speed beats smoothness
    if (!m_look.band.isEmpty())
        paintBand(painter, lod);

    const QRectF icon = iconRect();
    if (lod < kSketchLod) { // a whole large design on screen: a tile is all one can see
        painter->fillRect(icon, isSelected() ? kSelection : m_color);
        return;
    }
    if (isSelected() || m_highlight.isValid()) {
        QPen pen(m_highlight.isValid() ? m_highlight : kSelection, 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        QColor fill = pen.color();
        fill.setAlpha(28);
        painter->setBrush(fill);
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 6, 6);
    }
    if (!m_look.band.isEmpty()) {
        // A white plate keeps the icon legible over its band.
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(icon.adjusted(-2, -2, 2, 2), 6, 6);
    }
    IconCache::instance().draw(painter, icon, m_look.kind);

    if (lod >= kTextLod) {
        const QRectF label = labelRect();
        if (!m_look.band.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 230));
            const double w = std::max(m_name.size().width(), m_kindText.size().width()) + 8;
            painter->drawRoundedRect(QRectF(label.center().x() - w / 2, label.top() - 1, w, 30), 3, 3);
        }
        static const QFont name = nameFont();
        static const QFont kind = kindFont();
        const double cx = label.center().x();
        painter->setFont(name);
        painter->setPen(kInk);
        painter->drawStaticText(QPointF(cx - m_name.size().width() / 2, label.top()), m_name);
        painter->setFont(kind);
        painter->setPen(kMutedInk);
        painter->drawStaticText(QPointF(cx - m_kindText.size().width() / 2, label.top() + 16), m_kindText);
    }

    if (m_hover || isSelected()) {
        painter->setPen(QPen(kSelection, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(handleCenter(), kHandleRadius, kHandleRadius);
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    update();
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    update();
}

} // namespace Stackyard::Canvas
