#include "designscene.h"

#include "containeritem.h"
#include "flowitem.h"
#include "inlineeditor.h"
#include "looks.h"
#include "nodeitem.h"
#include "orthogonalrouter.h"

#include "model/core/catalog.h"
#include "model/document/designdocument.h"

#include <QPainter>

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool isContainerKind(const std::string &kind)
{
    const KindSpec *spec = Catalog::builtin().kind(kind);
    return spec && spec->container;
}

} // namespace

DesignScene::DesignScene(DesignDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(BspTreeIndex);
    connect(m_document, &DesignDocument::changed, this, &DesignScene::onChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_syncing)
            emit selectedIdsChanged(selectedIds());
    });
    rebuild();
}

DesignScene::~DesignScene() = default;

QStringList DesignScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            ids << n->id();
        else if (auto *c = qgraphicsitem_cast<ContainerItem *>(item))
            ids << c->id();
        else if (auto *f = qgraphicsitem_cast<FlowItem *>(item))
            ids << f->id();
    }
    ids.sort();
    return ids;
}

void DesignScene::selectIds(const QStringList &ids)
{
    m_syncing = true;
    clearSelection();
    for (const QString &id : ids)
        if (QGraphicsItem *item = itemOf(id))
            item->setSelected(true);
    m_syncing = false;
    emit selectedIdsChanged(selectedIds());
}

QGraphicsItem *DesignScene::itemOf(const QString &id) const
{
    if (auto *n = m_nodes.value(id))
        return n;
    if (auto *c = m_containers.value(id))
        return c;
    return m_flows.value(id);
}

QRectF DesignScene::boxOf(const QString &id) const
{
    if (auto *n = m_nodes.value(id))
        return n->sceneIconRect();
    if (auto *c = m_containers.value(id))
        return c->sceneRectOfBox();
    if (auto *f = m_flows.value(id))
        return f->route().boundingRect();
    return {};
}

void DesignScene::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    invalidate(sceneRect(), BackgroundLayer); // views cache the background
}

void DesignScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    if (!m_gridVisible)
        return;
    const double scale = painter->worldTransform().m11();
    double step = kGrid;
    while (step * scale < 10)
        step *= 5;
    QPen pen(QColor(0xC8, 0xCF, 0xD6), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    QVector<QPointF> dots;
    for (double x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
        for (double y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            dots << QPointF(x, y);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void DesignScene::onChanged(const ChangeSet &changes)
{
    if (changes.everything) {
        rebuild();
        return;
    }
    m_syncing = true;
    const Design &design = m_document->design();
    std::set<Id> ids = changes.resources;
    QSet<QString> subnets, moved;
    for (const Id &id : changes.layout)
        if (!design.flow(id))
            ids.insert(id);
    for (const Id &id : ids) {
        syncResource(id);
        moved.insert(q(id));
        if (m_containers.contains(q(id)))
            subnets.insert(q(id));
    }
    if (!changes.routeTables.empty())
        for (ContainerItem *c : std::as_const(m_containers))
            if (const Resource *r = design.resource(c->id().toStdString()))
                c->setLook(containerLook(design, *r));
    refreshSpanningOf(subnets);
    std::set<Id> flows = changes.flows;
    for (const Id &id : changes.layout)
        if (design.flow(id) || m_flows.contains(q(id)))
            flows.insert(id);
    for (const Id &id : flows)
        syncFlow(id);
    rerouteFlowsOf(moved);
    if (!m_analysis) // with an analysis, decorations follow its findingsChanged()
        refreshDecorations();
    m_syncing = false;
    emit selectedIdsChanged(selectedIds());
}

void DesignScene::rebuild()
{
    m_syncing = true;
    cancelGesture();
    for (QGraphicsItem *item : items())
        if (item->type() == NodeType || item->type() == ContainerType || item->type() == FlowType) {
            QGraphicsScene::removeItem(item);
            delete item;
        }
    m_nodes.clear();
    m_containers.clear();
    m_flows.clear();
    m_flowsByNode.clear();
    const Design &design = m_document->design();
    for (const auto &[id, r] : design.resources)
        syncResource(id);
    for (const auto &[id, f] : design.flows)
        syncFlow(id);
    QRectF bounds = itemsBoundingRect().adjusted(-400, -400, 400, 400);
    setSceneRect(bounds.united(QRectF(-200, -200, 2400, 1600)));
    refreshDecorations();
    m_syncing = false;
    emit selectedIdsChanged(selectedIds());
}

double DesignScene::depthOf(const Id &id) const
{
    int depth = 0;
    const Design &design = m_document->design();
    for (const Resource *r = design.resource(id); r && !r->parent.empty() && depth < 64; r = design.resource(r->parent))
        ++depth;
    return depth;
}

void DesignScene::syncResource(const Id &id)
{
    const Design &design = m_document->design();
    const Resource *r = design.resource(id);
    const QString key = q(id);
    if (!r) {
        discardItem(key);
        return;
    }
    Rect box{0, 0, isContainerKind(r->kind) ? 400.0 : kIconSize, isContainerKind(r->kind) ? 200.0 : kIconSize};
    if (auto it = m_document->layout().nodes.find(id); it != m_document->layout().nodes.end())
        box = it->second;
    const QPointF pos(box.x, box.y);
    if (isContainerKind(r->kind)) {
        if (m_nodes.contains(key))
            discardItem(key);
        ContainerItem *item = m_containers.value(key);
        if (!item) {
            item = new ContainerItem(containerLook(design, *r));
            applyOverlayLook(item);
            addItem(item);
            m_containers.insert(key, item);
        } else {
            item->setLook(containerLook(design, *r));
        }
        item->setZValue(1 + depthOf(id));
        item->setPos(pos);
        item->setSize(QSizeF(box.width, box.height));
    } else {
        if (m_containers.contains(key))
            discardItem(key);
        NodeItem *item = m_nodes.value(key);
        const NodeLook look = nodeLook(design, m_document->layout(), *r, pos);
        if (!item) {
            item = new NodeItem(look);
            addItem(item);
            m_nodes.insert(key, item);
        } else {
            item->setLook(look);
        }
        item->setIconSize(QSizeF(box.width, box.height));
        item->setPos(pos);
    }
    const QRectF b = boxOf(key).adjusted(-200, -200, 200, 200);
    if (!sceneRect().contains(b))
        setSceneRect(sceneRect().united(b));
}

void DesignScene::discardItem(const QString &id)
{
    QGraphicsItem *item = nullptr;
    if (auto *n = m_nodes.take(id))
        item = n;
    else if (auto *c = m_containers.take(id))
        item = c;
    else if (auto *f = m_flows.take(id)) {
        m_flowsByNode[f->look().from].remove(id);
        m_flowsByNode[f->look().to].remove(id);
        item = f;
    }
    if (!item)
        return;
    m_highlighted.removeAll(item);
    QGraphicsScene::removeItem(item);
    delete item;
}

void DesignScene::syncFlow(const Id &id)
{
    const Flow *f = m_document->design().flow(id);
    const QString key = q(id);
    if (!f) {
        discardItem(key);
        return;
    }
    FlowItem *item = m_flows.value(key);
    const FlowLook look = flowLook(m_document->design(), *f);
    if (item) {
        m_flowsByNode[item->look().from].remove(key);
        m_flowsByNode[item->look().to].remove(key);
        item->setLook(look);
    } else {
        item = new FlowItem(look);
        applyOverlayLook(item);
        addItem(item);
        m_flows.insert(key, item);
    }
    m_flowsByNode[look.from].insert(key);
    m_flowsByNode[look.to].insert(key);
    reroute(item);
}

QRectF DesignScene::anchorBox(const QString &id) const
{
    return boxOf(id);
}

FlowEnd DesignScene::flowEnd(const QString &id, const QPointF &shift) const
{
    const QRectF b = anchorBox(id).translated(shift);
    return {Rect{b.x(), b.y(), b.width(), b.height()}, m_nodes.contains(id) ? kIconLabelRoom : 0.0};
}

QPolygonF DesignScene::pathOf(const FlowItem *flow, const std::vector<Point> &waypoints, const QPointF &fromShift,
                              const QPointF &toShift) const
{
    QPolygonF p;
    for (const Point &pt : pathThrough(flowEnd(flow->look().from, fromShift), flowEnd(flow->look().to, toShift), waypoints))
        p << QPointF(pt.x, pt.y);
    return p;
}

double DesignScene::fanOut(const QString &nodeId, const QString &flowId) const
{
    // Flows sharing a node fan out along its sides instead of drawing on top of each other.
    QStringList ids = m_flowsByNode.value(nodeId).values();
    if (ids.size() < 2)
        return 0;
    ids.sort();
    const double index = double(ids.indexOf(flowId)) - double(ids.size() - 1) / 2;
    return std::clamp(index * 10.0, -24.0, 24.0);
}

void DesignScene::reroute(FlowItem *flow)
{
    const QRectF from = anchorBox(flow->look().from);
    const QRectF to = anchorBox(flow->look().to);
    if (from.isNull() || to.isNull()) {
        flow->setRoute({});
        placeDecorationsOf(flow);
        return;
    }
    OrthogonalRouter::Request request;
    request.from = from;
    request.to = to;
    request.fromShift = fanOut(flow->look().from, flow->id());
    request.toShift = fanOut(flow->look().to, flow->id());
    request.fromBelow = m_nodes.contains(flow->look().from) ? kIconLabelRoom : 0; // under the label
    request.toBelow = m_nodes.contains(flow->look().to) ? kIconLabelRoom : 0;
    if (auto it = m_document->layout().waypoints.find(flow->id().toStdString()); it != m_document->layout().waypoints.end())
        for (const Point &p : it->second)
            request.waypoints << QPointF(p.x, p.y);
    std::vector<QRectF> avoid;
    const QRectF area = from.united(to).adjusted(-60, -60, 60, 60);
    for (QGraphicsItem *item : items(area, Qt::IntersectsItemBoundingRect)) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item)) {
            if (n->id() != flow->look().from && n->id() != flow->look().to)
                request.obstacles.push_back(n->sceneIconRect().adjusted(-4, -4, 4, 34)); // icon and label
            avoid.push_back(n->sceneIconRect().adjusted(-2, -2, 2, 34));
        } else if (auto *c = qgraphicsitem_cast<ContainerItem *>(item)) {
            const QRectF header = c->mapRectToScene(c->titleRect()).adjusted(-40, -4, 0, 4);
            request.soft.push_back(header);
            avoid.push_back(header);
        } else if (auto *f = qgraphicsitem_cast<FlowItem *>(item); f && f != flow && !f->labelRect().isEmpty()) {
            avoid.push_back(f->labelRect().adjusted(-4, -4, 4, 4));
        }
    }
    flow->setRoute(OrthogonalRouter::route(request), avoid);
    placeDecorationsOf(flow);
}

void DesignScene::rerouteFlowsOf(const QSet<QString> &nodeIds)
{
    QSet<QString> flows;
    for (const QString &id : nodeIds)
        flows.unite(m_flowsByNode.value(id));
    for (const QString &id : flows)
        if (FlowItem *f = m_flows.value(id))
            reroute(f);
}

void DesignScene::refreshSpanningOf(const QSet<QString> &subnetIds)
{
    if (subnetIds.isEmpty())
        return;
    const Design &design = m_document->design();
    for (NodeItem *n : std::as_const(m_nodes)) {
        const Resource *r = design.resource(n->id().toStdString());
        if (!r || r->placement.empty())
            continue;
        bool touched = false;
        for (const Id &s : r->placement)
            touched = touched || subnetIds.contains(q(s));
        if (touched)
            n->setLook(nodeLook(design, m_document->layout(), *r, n->pos()));
    }
}

} // namespace Stackyard
