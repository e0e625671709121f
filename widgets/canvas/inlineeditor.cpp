#include "inlineeditor.h"

#include "canvasstyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Stackyard::Canvas {

InlineEditor::InlineEditor(const QString &id, const QString &text, const QRectF &sceneRect)
    : m_id(id)
{
    setPlainText(text);
    QFont f;
    f.setPixelSize(12);
    setFont(f);
    setDefaultTextColor(kInk);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(std::max(120.0, sceneRect.width()));
    document()->setDocumentMargin(2);
    setPos(sceneRect.topLeft());
    setZValue(1000);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void InlineEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    if (commit)
        emit committed(m_id, toPlainText().simplified());
    else
        emit cancelled();
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QPen pen(kSelection, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    painter->drawRect(boundingRect());
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace Stackyard::Canvas
