#include "containeritem.h"

#include "iconcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stackyard::Canvas {

namespace {

struct TierStyle
{
    QColor fill;
    QColor border;
};

// AWS Architecture diagram group colours.
TierStyle tierStyle(const QString &kind, const QString &tier)
{
    if (kind == QLatin1String("vpc"))
        return {QColor(255, 255, 255, 0), kVpcColor};
    if (tier == QLatin1String("public"))
        return {QColor(0xE9, 0xF3, 0xE6), QColor(0x7A, 0xA1, 0x16)};
    if (tier == QLatin1String("private"))
        return {QColor(0xE6, 0xF2, 0xF8), QColor(0x14, 0x7E, 0xBA)};
    if (tier == QLatin1String("neutral"))
        return {QColor(0xFF, 0xFF, 0xFF), QColor(0x9B, 0xA4, 0xAE)};
    return {QColor(0xF2, 0xF3, 0xF3), QColor(0x7D, 0x89, 0x98)};
}

constexpr double kHandle = 7.0;
constexpr double kTag = 28.0;
constexpr double kMinWidth = 160.0;
constexpr double kMinHeight = 100.0;

} // namespace

ContainerItem::ContainerItem(const ContainerLook &look)
{
    setFlags(ItemIsSelectable);
    setLook(look);
}

void ContainerItem::setLook(const ContainerLook &look)
{
    m_look = look;
    setToolTip(look.toolTip);
    update();
}

void ContainerItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF ContainerItem::titleRect() const
{
    return QRectF(kTag + 8, 4, std::max(40.0, m_size.width() - kTag - 16), 18);
}

QList<QPointF> ContainerItem::handlePoints() const
{
    const QRectF r = rect();
    return {r.topLeft(), QPointF(r.center().x(), r.top()), r.topRight(), QPointF(r.right(), r.center().y()),
            r.bottomRight(), QPointF(r.center().x(), r.bottom()), r.bottomLeft(), QPointF(r.left(), r.center().y())};
}

int ContainerItem::handleAt(const QPointF &p) const
{
    if (!isSelected())
        return -1;
    const QList<QPointF> points = handlePoints();
    for (int i = 0; i < points.size(); ++i)
        if (std::abs(p.x() - points[i].x()) <= kHandle && std::abs(p.y() - points[i].y()) <= kHandle)
            return i;
    return -1;
}

QRectF ContainerItem::resized(const QRectF &start, int handle, const QPointF &d)
{
    QRectF r = start;
    const bool left = handle == 0 || handle == 6 || handle == 7;
    const bool right = handle >= 2 && handle <= 4;
    const bool top = handle <= 2;
    const bool bottom = handle >= 4 && handle <= 6;
    if (left)
        r.setLeft(std::min(r.left() + d.x(), r.right() - kMinWidth));
    if (right)
        r.setRight(std::max(r.right() + d.x(), r.left() + kMinWidth));
    if (top)
        r.setTop(std::min(r.top() + d.y(), r.bottom() - kMinHeight));
    if (bottom)
        r.setBottom(std::max(r.bottom() + d.y(), r.top() + kMinHeight));
    return r;
}

void ContainerItem::setHighlight(const QColor &color)
{
    m_highlight = color;
    update();
}

void ContainerItem::setTierColours(bool on)
{
    if (on == m_tierColours)
        return;
    m_tierColours = on;
    update();
}

QRectF ContainerItem::boundingRect() const
{
    return rect().adjusted(-kHandle - 2, -kHandle - 2, kHandle + 2, kHandle + 2);
}

QPainterPath ContainerItem::shape() const
{
    // Only the frame and header are hit: clicks inside select what is inside, or rubber-band.
    QPainterPath outer;
    outer.addRect(rect().adjusted(-4, -4, 4, 4));
    QPainterPath inner;
    inner.addRect(rect().adjusted(6, 30, -6, -6));
    return outer.subtracted(inner);
}

void ContainerItem::paintHeader(QPainter *painter, const QColor &border)
{
    const QRectF tag(0, 0, kTag, kTag);
    painter->setPen(Qt::NoPen);
    painter->setBrush(border);
    painter->drawRect(tag);
    painter->save();
    // The tag shows the kind's icon on the group colour.
    IconCache::instance().draw(painter, tag.adjusted(3, 3, -3, -3), m_look.kind);
    painter->restore();

    static const QFont title = [] {
        QFont f;
        f.setPixelSize(13);
        f.setBold(true);
        return f;
    }();
    static const QFont sub = [] {
        QFont f;
        f.setPixelSize(11);
        return f;
    }();
    const QRectF tr = titleRect();
    if (m_header.width != tr.width() || m_header.title != m_look.title || m_header.subtitle != m_look.subtitle) {
        const QFontMetricsF tfm(title);
        const QString name = tfm.elidedText(m_look.title, Qt::ElideRight, tr.width() * 0.6);
        const double subWidth = std::max(0.0, tr.width() - tfm.horizontalAdvance(name) - 10);
        m_header = {tr.width(), m_look.title, m_look.subtitle, QStaticText(name),
                    QStaticText(QFontMetricsF(sub).elidedText(m_look.subtitle, Qt::ElideRight, subWidth))};
        for (QStaticText *t : {&m_header.name, &m_header.sub}) {
            t->setTextFormat(Qt::PlainText);
            t->prepare(QTransform(), t == &m_header.name ? title : sub);
        }
    }
    const QSizeF nameSize = m_header.name.size();
    painter->setFont(title);
    painter->setPen(m_look.kind == QLatin1String("vpc") ? kVpcColor : border.darker(125));
    painter->drawStaticText(QPointF(tr.left(), tr.center().y() - nameSize.height() / 2), m_header.name);
    painter->setFont(sub);
    painter->setPen(kMutedInk);
    painter->drawStaticText(QPointF(tr.left() + nameSize.width() + 10, tr.center().y() - m_header.sub.size().height() / 2),
                            m_header.sub);
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const TierStyle style = tierStyle(m_look.kind, m_tierColours ? m_look.tier : QStringLiteral("neutral"));
    painter->setRenderHint(QPainter::Antialiasing, lod >= kTextLod);
    QPen pen(m_highlight.isValid() ? m_highlight : style.border, m_highlight.isValid() ? 3 : 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(style.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(style.fill));
    painter->drawRect(rect());
    if (lod >= kTextLod)
        paintHeader(painter, style.border);

    if (isSelected()) {
        QPen sel(kSelection, 1, Qt::DashLine);
        sel.setCosmetic(true);
        painter->setPen(sel);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect().adjusted(-3, -3, 3, 3));
        painter->setPen(QPen(kSelection, 1));
        painter->setBrush(Qt::white);
        const double h = kHandle;
        for (const QPointF &p : handlePoints())
            painter->drawRect(QRectF(p.x() - h / 2, p.y() - h / 2, h, h));
    }
}

} // namespace Stackyard::Canvas
