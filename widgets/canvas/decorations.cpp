#include "decorations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Stackyard::Canvas {

namespace {

QFont pixelFont(int px, bool bold)
{
    QFont f;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

/// Font metrics made once per font: a QFontMetricsF per item costs a font lookup each time.
const QFontMetricsF &metrics(int px, bool bold)
{
    static const QFontMetricsF m10(pixelFont(10, true)), m11(pixelFont(11, true)), m12(pixelFont(12, true));
    Q_UNUSED(bold);
    return px <= 10 ? m10 : px == 11 ? m11 : m12;
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error: return kErrorColor;
    case Severity::Warning: return kWarningColor;
    case Severity::Info: return kInfoColor;
    }
    return kInfoColor;
}

constexpr double kBadgeHeight = 17.0;
constexpr double kMarkRadius = 9.0;

/// Marks keep their size on screen in the canvas; in a thumbnail of the whole design (a view
/// whose "stackyardThumbnail" property is set, the Overview dock) that size would cover the
/// design, so they shrink with the view there, down to a legible dot.
double thumbnailScale(const QWidget *viewport)
{
    const auto *view = viewport ? qobject_cast<const QGraphicsView *>(viewport->parentWidget()) : nullptr;
    if (!view || !view->property("stackyardThumbnail").toBool())
        return 1.0;
    return std::clamp(view->transform().m11(), 0.3, 1.0);
}

} // namespace

BadgeItem::BadgeItem(Severity worst, int count, const QString &toolTip, bool growLeft, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_severity(worst)
    , m_count(count)
    , m_text(QString::number(count))
    , m_growLeft(growLeft)
{
    const double w = std::max(kBadgeHeight, metrics(11, true).horizontalAdvance(m_text) + 11);
    m_pill = growLeft ? QRectF(-w - 1, -kBadgeHeight - 1, w, kBadgeHeight) : QRectF(1, -kBadgeHeight - 1, w, kBadgeHeight);
    setFlag(ItemIgnoresTransformations); // a constant size on screen: legible at any zoom
    setToolTip(toolTip);
    setZValue(2); // above the flows and port labels of the parent's level
}

QRectF BadgeItem::boundingRect() const
{
    return m_pill.adjusted(-2, -2, 2, 2);
}

void BadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const double scale = thumbnailScale(widget);
    painter->scale(scale, scale);
    const QRectF r = m_pill;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(Qt::white, 1.5)); // a white ring keeps it legible over any fill
    painter->setBrush(severityColor(m_severity));
    painter->drawRoundedRect(r, kBadgeHeight / 2, kBadgeHeight / 2);
    painter->setFont(pixelFont(11, true));
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, m_text);
}

BlockMarkItem::BlockMarkItem(const QString &toolTip, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations);
    setToolTip(toolTip);
    setZValue(3);
}

QRectF BlockMarkItem::boundingRect() const
{
    return QRectF(-kMarkRadius - 2, -kMarkRadius - 2, 2 * kMarkRadius + 4, 2 * kMarkRadius + 4);
}

void BlockMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const double scale = thumbnailScale(widget);
    painter->scale(scale, scale);
    // "⊘" drawn with shapes, not a glyph: every font draws it, at every size the same.
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(kErrorColor, 2.5));
    painter->setBrush(Qt::white);
    painter->drawEllipse(QPointF(0, 0), kMarkRadius, kMarkRadius);
    const double d = kMarkRadius * 0.7071;
    painter->drawLine(QPointF(-d, d), QPointF(d, -d));
}

CostTintItem::CostTintItem(const QRectF &icon, double heat, const QString &label, const QString &toolTip,
                           QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_icon(icon)
    , m_heat(std::clamp(heat, 0.0, 1.0))
    , m_label(label)
{
    // Under the node's label (two lines, 30 high): the corner above stays the finding badge's.
    const double w = metrics(12, true).horizontalAdvance(m_label) + 12;
    m_chip = QRectF(m_icon.center().x() - w / 2, m_icon.bottom() + 36, w, 19);
    m_bounds = m_icon.adjusted(-12, -12, 12, 12).united(m_chip.adjusted(-2, -2, 2, 2));
    setFlag(ItemStacksBehindParent);
    setToolTip(toolTip);
}

QColor CostTintItem::heatColor(double heat)
{
    // Pale yellow → orange → deep red, the usual reading of a heat map.
    const QColor stops[] = {QColor(0xFF, 0xE8, 0x8A), QColor(0xF5, 0x8A, 0x07), QColor(0xC2, 0x1B, 0x1B)};
    const double t = std::clamp(heat, 0.0, 1.0) * 2;
    const int i = std::min(int(t), 1);
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QRectF CostTintItem::boundingRect() const
{
    return m_bounds;
}

void CostTintItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor c = heatColor(m_heat);
    QColor fill = c;
    fill.setAlpha(int(45 + 185 * m_heat)); // a faint halo for a small share, a strong one for the top
    painter->setPen(QPen(c.darker(115), 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_icon.adjusted(-10, -10, 10, 10), 12, 12);
    const QRectF r = m_chip;
    painter->setBrush(c);
    painter->setPen(QPen(c.darker(130), 1));
    painter->drawRoundedRect(r, 9, 9);
    painter->setFont(pixelFont(12, true));
    painter->setPen(m_heat > 0.45 ? Qt::white : kInk);
    painter->drawText(r, Qt::AlignCenter, m_label);
}

QColor chipColor(const QString &name)
{
    const int hue = int(qHash(name) % 360);
    return QColor::fromHsv(hue, 150, 150);
}

ChipsItem::ChipsItem(const QStringList &names, double centerX, double top, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_names(names)
{
    const QFontMetricsF &fm = metrics(10, true);
    double total = -4;
    for (const QString &n : names)
        total += fm.horizontalAdvance(n) + 10 + 4;
    double x = centerX - total / 2;
    for (const QString &n : names) {
        const double w = fm.horizontalAdvance(n) + 10;
        m_chips << QRectF(x, top, w, 15);
        m_bounds = m_bounds.united(m_chips.last());
        x += w + 4;
    }
    m_bounds.adjust(-1, -1, 1, 1);
    setToolTip(QCoreApplication::translate("Stackyard::Canvas", "Security groups: %1").arg(names.join(QStringLiteral(", "))));
}

QRectF ChipsItem::boundingRect() const
{
    return m_bounds;
}

void ChipsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < kTextLod)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(pixelFont(10, true));
    for (int i = 0; i < m_chips.size(); ++i) {
        const QColor c = chipColor(m_names[i]);
        painter->setPen(QPen(c, 1));
        QColor fill = c;
        fill.setAlpha(30);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_chips[i], 7, 7);
        painter->setPen(c.darker(140));
        painter->drawText(m_chips[i], Qt::AlignCenter, m_names[i]);
    }
}

} // namespace Stackyard::Canvas
