#pragma once

#include <QGraphicsTextItem>

namespace Stackyard::Canvas {

/// In-place text editing of a name on the canvas: Enter commits, Escape cancels, losing focus
/// commits. The editor only reports; the scene turns a commit into a rename on the document.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT
public:
    InlineEditor(const QString &id, const QString &text, const QRectF &sceneRect);

    QString id() const { return m_id; }

signals:
    void committed(const QString &id, const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void finish(bool commit);

    QString m_id;
    bool m_done = false;
};

} // namespace Stackyard::Canvas
