#include "designview.h"

#include "canvasstyle.h"
#include "designscene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Stackyard {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setCacheMode(CacheBackground);
    // Every item sets the pen, brush and font it uses, so the view need not save and restore
    // the painter around each of thousands of items.
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::white);
    connect(scene, &DesignScene::selectedIdsChanged, this, &DesignView::selectionChanged);
}

double DesignView::zoom() const
{
    return transform().m11();
}

QStringList DesignView::selectedIds() const
{
    return m_scene->selectedIds();
}

void DesignView::selectIds(const QStringList &ids)
{
    m_scene->selectIds(ids);
}

void DesignView::centerOn(const QString &id)
{
    const QRectF box = m_scene->boxOf(id);
    if (!box.isNull())
        QGraphicsView::centerOn(box.center());
}

void DesignView::setZoom(double z)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    if (std::abs(z - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(z, z));
    emit zoomChanged(z);
}

void DesignView::zoomBy(double factor, bool aroundCursor)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(aroundCursor ? AnchorUnderMouse : AnchorViewCenter);
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (std::abs(target - zoom()) > 1e-9) {
        scale(target / zoom(), target / zoom());
        emit zoomChanged(zoom());
    }
    setTransformationAnchor(anchor);
}

void DesignView::zoomIn()
{
    zoomBy(1.25, false);
}

void DesignView::zoomOut()
{
    zoomBy(1 / 1.25, false);
}

void DesignView::zoomReset()
{
    const QPointF center = mapToScene(viewport()->rect().center());
    setZoom(1.0);
    QGraphicsView::centerOn(center);
}

void DesignView::zoomFit()
{
    QRectF bounds;
    for (QGraphicsItem *item : m_scene->items())
        if (item->type() == Canvas::NodeType || item->type() == Canvas::ContainerType || item->type() == Canvas::FlowType)
            bounds = bounds.united(item->sceneBoundingRect());
    if (bounds.isEmpty())
        return;
    bounds.adjust(-40, -40, 40, 40);
    const double z = std::min(viewport()->width() / bounds.width(), viewport()->height() / bounds.height());
    // Never beyond 100 %: a small design blown up looks like a toy and its labels like posters.
    setZoom(std::min(z, 1.0));
    QGraphicsView::centerOn(bounds.center());
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    // A trackpad's two-finger scroll pans; a wheel (or Ctrl + anything) zooms around the cursor.
    if (!(event->modifiers() & Qt::ControlModifier) && !event->pixelDelta().isNull()) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0)
        return;
    zoomBy(std::pow(1.0015, delta), true);
    event->accept();
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->focusItem()) { // an in-place editor has the keys
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1.0 : Canvas::kGrid;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceDown = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    case Qt::Key_Left: m_scene->nudge(-step, 0); return;
    case Qt::Key_Right: m_scene->nudge(step, 0); return;
    case Qt::Key_Up: m_scene->nudge(0, -step); return;
    case Qt::Key_Down: m_scene->nudge(0, step); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: m_scene->deleteSelection(); return;
    case Qt::Key_F2: m_scene->renameSelected(); return;
    case Qt::Key_Escape: m_scene->clearSelection(); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) { zoomIn(); return; }
        break;
    case Qt::Key_Minus:
        if (ctrl) { zoomOut(); return; }
        break;
    case Qt::Key_0:
        if (ctrl) { zoomReset(); return; }
        break;
    case Qt::Key_A:
        if (ctrl) { m_scene->selectAll(); return; }
        break;
    case Qt::Key_C:
        if (ctrl) { m_scene->copy(); return; }
        break;
    case Qt::Key_X:
        if (ctrl) { m_scene->cut(); return; }
        break;
    case Qt::Key_V:
        if (ctrl) { m_scene->paste(); return; }
        break;
    case Qt::Key_D:
        if (ctrl) { m_scene->duplicate(); return; }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        if (m_spaceDown)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Stackyard
