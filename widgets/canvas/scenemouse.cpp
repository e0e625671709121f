// Gestures on the canvas: moving (one edit on release), resizing containers, connecting nodes,
// palette drops and context menus. Items never change the document; the scene does, once.
#include "designscene.h"

#include "containeritem.h"
#include "containment.h"
#include "flowitem.h"
#include "hintbubble.h"
#include "nodeitem.h"
#include "orthogonalrouter.h"

#include "model/core/catalog.h"
#include "model/document/designdocument.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>

#include <algorithm>
#include <limits>

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString DesignScene::containerAt(const QPointF &scenePos, const QSet<QString> &ignore) const
{
    ContainerItem *deepest = nullptr;
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        auto *c = qgraphicsitem_cast<ContainerItem *>(item);
        if (!c || ignore.contains(c->id()) || !c->sceneRectOfBox().contains(scenePos))
            continue;
        if (!deepest || c->zValue() > deepest->zValue())
            deepest = c;
    }
    return deepest ? deepest->id() : QString();
}

DesignScene::Target DesignScene::targetAt(const QString &kind, const QPointF &scenePos, const QSet<QString> &ignore) const
{
    const ContainmentCheck check = checkContainment(m_document->design(), kind.toStdString(),
                                                    containerAt(scenePos, ignore).toStdString());
    return {check.ok, q(check.parent), q(check.reason)};
}

NodeItem *DesignScene::nodeAt(const QPointF &scenePos, const QString &excluding) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->id() != excluding)
            return n;
    return nullptr;
}

void DesignScene::setHighlight(QGraphicsItem *item, const QColor &color)
{
    if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
        n->setHighlight(color);
    else if (auto *c = qgraphicsitem_cast<ContainerItem *>(item))
        c->setHighlight(color);
    if (color.isValid() && !m_highlighted.contains(item))
        m_highlighted << item;
}

void DesignScene::showHint(const QString &text, const QPointF &scenePos)
{
    if (!m_hintItem) {
        m_hintItem = new HintBubble;
        addItem(m_hintItem);
    }
    m_hintItem->showAt(text, scenePos);
    emit hint(text);
}

void DesignScene::cancelGesture()
{
    for (QGraphicsItem *item : std::as_const(m_highlighted))
        setHighlight(item, QColor());
    m_highlighted.clear();
    if (m_drag.line) {
        delete m_drag.line;
        m_drag.line = nullptr;
    }
    m_drag = Drag();
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_editor) {
        for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
            if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->isOnHandle(n->mapFromScene(event->scenePos()))) {
                m_drag.gesture = Gesture::Connect;
                m_drag.anchorId = n->id();
                m_drag.line = new QGraphicsPathItem;
                QPen pen(kSelection, 1.5, Qt::DashLine);
                pen.setCosmetic(true);
                m_drag.line->setPen(pen);
                m_drag.line->setZValue(1500);
                addItem(m_drag.line);
                updateConnect(event->scenePos());
                event->accept();
                return;
            }
            if (auto *c = qgraphicsitem_cast<ContainerItem *>(item)) {
                const int handle = c->handleAt(c->mapFromScene(event->scenePos()));
                if (handle >= 0) {
                    m_drag.gesture = Gesture::Resize;
                    m_drag.anchorId = c->id();
                    m_drag.handle = handle;
                    m_drag.pressPos = event->scenePos();
                    m_drag.startRect = c->sceneRectOfBox();
                    event->accept();
                    return;
                }
            }
        }
        if (event->modifiers() & Qt::ShiftModifier)
            event->setModifiers(event->modifiers() | Qt::ControlModifier);
    }
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem *grabber = mouseGrabberItem();
    if (event->button() == Qt::LeftButton && grabber && grabber->type() == FlowType
        && !(event->modifiers() & Qt::ControlModifier)) {
        // A press on a flow may start dragging one of its segments.
        m_drag.gesture = Gesture::RoutePending;
        m_drag.pressPos = event->scenePos();
        m_drag.anchorId = static_cast<FlowItem *>(grabber)->id();
        return;
    }
    if (event->button() == Qt::LeftButton && grabber && grabber->isSelected()
        && (grabber->type() == NodeType || grabber->type() == ContainerType)) {
        m_drag.gesture = Gesture::Pending;
        m_drag.pressPos = event->scenePos();
        m_drag.anchorId = grabber->type() == NodeType ? static_cast<NodeItem *>(grabber)->id()
                                                      : static_cast<ContainerItem *>(grabber)->id();
    }
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_drag.gesture) {
    case Gesture::Connect:
        updateConnect(event->scenePos());
        return;
    case Gesture::Resize: {
        ContainerItem *c = m_containers.value(m_drag.anchorId);
        if (!c)
            return;
        QRectF r = ContainerItem::resized(m_drag.startRect, m_drag.handle, event->scenePos() - m_drag.pressPos);
        if (m_snap)
            r = QRectF(QPointF(snapToGrid(r.left()), snapToGrid(r.top())), QPointF(snapToGrid(r.right()), snapToGrid(r.bottom())));
        c->setPos(r.topLeft());
        c->setSize(r.size());
        return;
    }
    case Gesture::RoutePending:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() < QApplication::startDragDistance())
            return;
        beginRouteDrag();
        [[fallthrough]];
    case Gesture::Route:
        updateRouteDrag(event->scenePos());
        return;
    case Gesture::Pending:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() < QApplication::startDragDistance())
            return;
        beginMove(m_drag.pressPos);
        [[fallthrough]];
    case Gesture::Move:
        updateMove(event->scenePos());
        return;
    case Gesture::None:
        break;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Gesture gesture = m_drag.gesture;
    if (gesture == Gesture::Connect) {
        finishConnect(event->scenePos());
        event->accept();
        return;
    }
    if (gesture == Gesture::Resize) {
        if (ContainerItem *c = m_containers.value(m_drag.anchorId)) {
            const QRectF r = c->sceneRectOfBox();
            const QString id = m_drag.anchorId;
            cancelGesture();
            m_document->setNodeBoxes({{id.toStdString(), Rect{r.x(), r.y(), r.width(), r.height()}}});
        }
        cancelGesture();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (gesture == Gesture::Move)
        finishMove();
    else if (gesture == Gesture::Route)
        finishRouteDrag();
    else
        cancelGesture();
}

void DesignScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item)) {
            startRename(n->id());
            return;
        }
        if (auto *c = qgraphicsitem_cast<ContainerItem *>(item)) {
            startRename(c->id());
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DesignScene::beginMove(const QPointF &)
{
    m_drag.gesture = Gesture::Move;
    m_drag.roots = selectedRootIds();
    for (const QString &id : withDescendants(m_drag.roots))
        if (QGraphicsItem *item = itemOf(id); item && item->type() != FlowType)
            m_drag.startPos.insert(id, item->pos());
}

void DesignScene::updateMove(const QPointF &scenePos)
{
    QGraphicsItem *anchor = itemOf(m_drag.anchorId);
    if (!anchor || !m_drag.startPos.contains(m_drag.anchorId))
        return;
    const QPointF start = m_drag.startPos.value(m_drag.anchorId);
    QPointF target = start + (scenePos - m_drag.pressPos);
    if (m_snap)
        target = QPointF(snapToGrid(target.x()), snapToGrid(target.y()));
    const QPointF delta = target - start;
    if (delta == m_drag.delta)
        return;
    m_drag.delta = delta;
    for (auto it = m_drag.startPos.cbegin(); it != m_drag.startPos.cend(); ++it)
        if (QGraphicsItem *item = itemOf(it.key()))
            item->setPos(it.value() + delta);
    // Flows inside the moving set just shift; flows with one moving end are routed again.
    const QSet<QString> moving(m_drag.startPos.keyBegin(), m_drag.startPos.keyEnd());
    QSet<QString> flows;
    for (const QString &id : moving)
        flows.unite(m_flowsByNode.value(id));
    const auto &stored = m_document->layout().waypoints;
    for (const QString &id : std::as_const(flows)) {
        FlowItem *f = m_flows.value(id);
        if (!f)
            continue;
        const bool fromMoves = moving.contains(f->look().from), toMoves = moving.contains(f->look().to);
        if (fromMoves && toMoves) {
            f->setPos(delta);
            continue;
        }
        // Stored bends follow the moving end while they still fit (as on release); otherwise a
        // quick route while dragging, and the full one comes with the edit on release.
        if (auto it = stored.find(id.toStdString()); it != stored.end()) {
            const QPointF fromBack = fromMoves ? -delta : QPointF(), toBack = toMoves ? -delta : QPointF();
            const std::vector<Point> w = followedEnds(flowEnd(f->look().from, fromBack), flowEnd(f->look().to, toBack),
                                                      flowEnd(f->look().from), flowEnd(f->look().to), it->second);
            if (!w.empty()) {
                f->setRoute(pathOf(f, w), {}, true);
                placeDecorationsOf(f); // the badge and ⊘ follow the flow while dragging
                continue;
            }
        }
        f->setRoute(OrthogonalRouter::route(anchorBox(f->look().from), anchorBox(f->look().to), {}), {}, true);
        placeDecorationsOf(f);
    }
    checkTargets(scenePos, m_drag.roots.size() <= kLiveChecks);
}

void DesignScene::checkTargets(const QPointF &scenePos, bool all)
{
    for (QGraphicsItem *item : std::as_const(m_highlighted))
        setHighlight(item, QColor());
    m_highlighted.clear();
    m_drag.refused = false;
    m_drag.targets.clear();
    const QSet<QString> moving(m_drag.startPos.keyBegin(), m_drag.startPos.keyEnd());
    const Design &design = m_document->design();
    // Large selections check only the item under the cursor while moving, all of them on release.
    const QStringList roots = all ? m_drag.roots : QStringList{m_drag.anchorId};
    for (const QString &root : roots) {
        const Resource *r = design.resource(root.toStdString());
        if (!r)
            continue;
        const Target t = targetAt(q(r->kind), boxOf(root).center(), moving);
        if (!t.ok) {
            m_drag.refused = true;
            m_drag.reason = t.reason;
            setHighlight(itemOf(root), kRefused);
            continue;
        }
        m_drag.targets.insert(root, t.parent);
        if (t.parent != q(r->parent) && !t.parent.isEmpty())
            setHighlight(itemOf(t.parent), kSelection);
    }
    if (m_drag.refused)
        showHint(m_drag.reason, scenePos);
    else if (m_hintItem)
        m_hintItem->setVisible(false);
}

void DesignScene::finishMove()
{
    if (m_drag.roots.size() > kLiveChecks)
        checkTargets(boxOf(m_drag.anchorId).center(), true);
    QGraphicsItem *anchor = itemOf(m_drag.anchorId);
    const QPointF delta = anchor ? anchor->pos() - m_drag.startPos.value(m_drag.anchorId) : QPointF();
    if (m_drag.refused) {
        for (auto it = m_drag.startPos.cbegin(); it != m_drag.startPos.cend(); ++it)
            if (QGraphicsItem *item = itemOf(it.key()))
                item->setPos(it.value());
        rerouteFlowsOf(QSet<QString>(m_drag.startPos.keyBegin(), m_drag.startPos.keyEnd()));
        refreshSpanningOf(QSet<QString>(m_drag.startPos.keyBegin(), m_drag.startPos.keyEnd()));
        const QString reason = m_drag.reason;
        cancelGesture();
        emit hint(reason);
        return;
    }
    std::map<Id, QPointF> offsets;
    std::map<Id, Id> parents;
    const Design &design = m_document->design();
    for (const QString &root : std::as_const(m_drag.roots)) {
        offsets[root.toStdString()] = delta;
        const Resource *r = design.resource(root.toStdString());
        const QString parent = m_drag.targets.value(root);
        if (r && parent != q(r->parent))
            parents[r->id] = parent.toStdString();
    }
    cancelGesture();
    if (m_hintItem)
        m_hintItem->setVisible(false);
    commitOffsets(offsets, parents, QString());
}

void DesignScene::beginRouteDrag()
{
    FlowItem *flow = m_flows.value(m_drag.anchorId);
    if (!flow || flow->route().size() < 2) {
        m_drag.gesture = Gesture::None;
        return;
    }
    m_drag.gesture = Gesture::Route;
    m_drag.route = flow->route();
    // The segment nearest the press.
    double best = std::numeric_limits<double>::max();
    for (int i = 1; i < m_drag.route.size(); ++i) {
        const QPointF a = m_drag.route[i - 1], b = m_drag.route[i], p = m_drag.pressPos;
        const double dx = std::max({std::min(a.x(), b.x()) - p.x(), 0.0, p.x() - std::max(a.x(), b.x())});
        const double dy = std::max({std::min(a.y(), b.y()) - p.y(), 0.0, p.y() - std::max(a.y(), b.y())});
        if (dx + dy < best) {
            best = dx + dy;
            m_drag.segment = i - 1;
        }
    }
}

void DesignScene::updateRouteDrag(const QPointF &scenePos)
{
    FlowItem *flow = m_flows.value(m_drag.anchorId);
    if (!flow || m_drag.segment < 0)
        return;
    const QPointF a = m_drag.route[m_drag.segment], b = m_drag.route[m_drag.segment + 1];
    const bool horizontal = std::abs(a.y() - b.y()) < 0.5;
    const double at = horizontal ? a.y() : a.x();
    double to = at + (horizontal ? scenePos.y() - m_drag.pressPos.y() : scenePos.x() - m_drag.pressPos.x());
    if (m_snap)
        to = snapToGrid(to);
    std::vector<Point> path;
    for (const QPointF &p : std::as_const(m_drag.route))
        path.push_back({p.x(), p.y()});
    m_drag.delta = horizontal ? QPointF(0, to - at) : QPointF(to - at, 0);
    m_drag.waypoints = draggedSegment(flowEnd(flow->look().from), flowEnd(flow->look().to), path,
                                      std::size_t(m_drag.segment), to - at);
    flow->setRoute(pathOf(flow, m_drag.waypoints), {}, true);
    placeDecorationsOf(flow);
}

void DesignScene::finishRouteDrag()
{
    const QString id = m_drag.anchorId;
    const std::vector<Point> waypoints = m_drag.waypoints;
    const bool moved = !m_drag.delta.isNull() && !waypoints.empty();
    cancelGesture();
    if (moved)
        m_document->setWaypoints(id.toStdString(), waypoints); // one undo step per drag
    else if (FlowItem *flow = m_flows.value(id))
        reroute(flow);
}

void DesignScene::updateConnect(const QPointF &scenePos)
{
    NodeItem *from = m_nodes.value(m_drag.anchorId);
    if (!from || !m_drag.line)
        return;
    for (QGraphicsItem *item : std::as_const(m_highlighted))
        setHighlight(item, QColor());
    m_highlighted.clear();
    QPointF end = scenePos;
    if (NodeItem *to = nodeAt(scenePos, m_drag.anchorId)) {
        setHighlight(to, kSelection);
        end = to->sceneIconRect().center();
    }
    const QRectF icon = from->sceneIconRect();
    QPainterPath path(QPointF(icon.right(), icon.center().y()));
    path.lineTo(end);
    m_drag.line->setPath(path);
}

void DesignScene::finishConnect(const QPointF &scenePos)
{
    const QString from = m_drag.anchorId;
    NodeItem *to = nodeAt(scenePos, from);
    cancelGesture();
    if (!to) {
        showHint(tr("Release over another resource to connect it."), scenePos);
        return;
    }
    const QString id = connectNodes(from, to->id());
    if (!id.isEmpty())
        selectIds({id});
}

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(QLatin1String(kMimeType)));
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kMimeType))) {
        event->ignore();
        return;
    }
    for (QGraphicsItem *item : std::as_const(m_highlighted))
        setHighlight(item, QColor());
    m_highlighted.clear();
    const QString kind = QString::fromUtf8(event->mimeData()->data(QLatin1String(kMimeType)));
    const Target t = targetAt(kind, event->scenePos());
    QGraphicsItem *container = itemOf(containerAt(event->scenePos()));
    if (t.ok) {
        if (QGraphicsItem *parent = itemOf(t.parent))
            setHighlight(parent, kSelection);
        if (m_hintItem)
            m_hintItem->setVisible(false);
    } else {
        if (container)
            setHighlight(container, kRefused);
        showHint(t.reason, event->scenePos());
    }
    event->acceptProposedAction();
}

void DesignScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *)
{
    cancelGesture();
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    cancelGesture();
    const QString kind = QString::fromUtf8(event->mimeData()->data(QLatin1String(kMimeType)));
    if (dropKind(kind, event->scenePos()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

} // namespace Stackyard
