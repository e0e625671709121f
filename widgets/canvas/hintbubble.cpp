#include "hintbubble.h"

#include "canvasstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QTimer>

namespace Stackyard::Canvas {

namespace {

QFont hintFont()
{
    QFont f;
    f.setPixelSize(12);
    return f;
}

} // namespace

HintBubble::HintBubble()
{
    setFlag(ItemIgnoresTransformations);
    setZValue(2000);
    setVisible(false);
}

void HintBubble::showAt(const QString &text, const QPointF &scenePos)
{
    prepareGeometryChange();
    m_text = text;
    const QRectF textRect = QFontMetricsF(hintFont()).boundingRect(QRectF(0, 0, 320, 200), Qt::TextWordWrap, text);
    m_rect = QRectF(14, 14, textRect.width() + 16, textRect.height() + 10);
    setPos(scenePos);
    setVisible(!text.isEmpty());
    const int serial = ++m_serial;
    QTimer::singleShot(3500, scene(), [this, serial] {
        if (serial == m_serial)
            setVisible(false);
    });
}

QRectF HintBubble::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void HintBubble::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(kRefused, 1));
    painter->setBrush(QColor(0xFD, 0xEC, 0xEA));
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->setFont(hintFont());
    painter->setPen(kInk);
    painter->drawText(m_rect.adjusted(8, 5, -8, -5), Qt::TextWordWrap, m_text);
}

} // namespace Stackyard::Canvas
