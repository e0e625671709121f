#pragma once

#include <QGraphicsItem>

namespace Stackyard::Canvas {

/// A short message drawn next to the cursor (a refused drop, why), the same size at every zoom.
/// It hides itself after a few seconds.
class HintBubble : public QGraphicsItem
{
public:
    HintBubble();

    void showAt(const QString &text, const QPointF &scenePos);
    QString text() const { return m_text; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QRectF m_rect;
    int m_serial = 0;
};

} // namespace Stackyard::Canvas
