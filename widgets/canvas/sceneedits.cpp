// The scene's editing actions: each builds one edit and pushes it on the document's undo stack.
#include "designscene.h"

#include "containeritem.h"
#include "containment.h"
#include "flowitem.h"
#include "fragment.h"
#include "hintbubble.h"
#include "inlineeditor.h"
#include "nodeitem.h"
#include "vpcarrange.h"

#include "model/core/catalog.h"
#include "model/core/layout/flowrouter.h"
#include "model/core/topology.h"
#include "model/document/designdocument.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QStringList DesignScene::selectedRootIds() const
{
    const Design &design = m_document->design();
    QSet<QString> chosen;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NodeType)
            chosen.insert(static_cast<NodeItem *>(item)->id());
        else if (item->type() == ContainerType)
            chosen.insert(static_cast<ContainerItem *>(item)->id());
    QStringList roots;
    for (const QString &id : std::as_const(chosen)) {
        bool nested = false;
        for (const Resource *r = design.resource(id.toStdString()); r && !r->parent.empty() && !nested;
             r = design.resource(r->parent))
            nested = chosen.contains(q(r->parent));
        if (!nested)
            roots << id;
    }
    roots.sort();
    return roots;
}

QHash<QString, QStringList> DesignScene::childrenIndex() const
{
    QHash<QString, QStringList> children;
    for (const auto &[id, r] : m_document->design().resources)
        if (!r.parent.empty())
            children[q(r.parent)] << q(id);
    return children;
}

QSet<QString> DesignScene::withDescendants(const QStringList &roots) const
{
    return withDescendants(roots, childrenIndex());
}

QSet<QString> DesignScene::withDescendants(const QStringList &roots, const QHash<QString, QStringList> &children) const
{
    QSet<QString> out;
    QStringList todo = roots;
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (out.contains(id))
            continue;
        out.insert(id);
        todo << children.value(id);
    }
    return out;
}

void DesignScene::commitOffsets(const std::map<Id, QPointF> &offsets, const std::map<Id, Id> &newParents, const QString &text)
{
    const Design &design = m_document->design();
    const Layout &layout = m_document->layout();
    EditBuilder b(design, layout);
    std::map<Id, QPointF> moved;
    const QHash<QString, QStringList> children = childrenIndex();
    for (const auto &[root, offset] : offsets)
        for (const QString &id : withDescendants({q(root)}, children))
            moved[id.toStdString()] = offset;
    for (const auto &[id, offset] : moved) {
        auto it = layout.nodes.find(id);
        if (it == layout.nodes.end())
            continue;
        Rect box = it->second;
        box.x += offset.x();
        box.y += offset.y();
        b.putNode(id, box);
    }
    for (const auto &[id, parent] : newParents)
        if (const Resource *r = design.resource(id)) {
            Resource copy = *r;
            copy.parent = parent;
            b.putResource(copy);
        }
    // Bends of a flow move with it when both ends move together; with one end moving, the bend
    // next to it follows; a route that no longer fits is routed again.
    std::set<Id> stale;
    auto endOf = [&](const Id &id, const QPointF &offset) {
        FlowEnd end = flowEndOf(design, layout, id);
        end.box.x += offset.x();
        end.box.y += offset.y();
        return end;
    };
    for (const auto &[id, points] : layout.waypoints) {
        const Flow *f = design.flow(id);
        if (!f)
            continue;
        auto from = moved.find(f->from), to = moved.find(f->to);
        if (from == moved.end() && to == moved.end())
            continue;
        if (from != moved.end() && to != moved.end() && from->second == to->second) {
            std::vector<Point> shifted = points;
            for (Point &p : shifted) {
                p.x += from->second.x();
                p.y += from->second.y();
            }
            b.putWaypoints(id, shifted);
            continue;
        }
        const QPointF df = from == moved.end() ? QPointF() : from->second, dt = to == moved.end() ? QPointF() : to->second;
        const std::vector<Point> followed = followedEnds(endOf(f->from, {}), endOf(f->to, {}), endOf(f->from, df), endOf(f->to, dt), points);
        if (followed.empty())
            stale.insert(id);
        else
            b.putWaypoints(id, followed);
    }
    if (!stale.empty()) {
        Layout after = layout;
        for (const auto &[id, offset] : moved)
            if (auto it = after.nodes.find(id); it != after.nodes.end()) {
                it->second.x += offset.x();
                it->second.y += offset.y();
            }
        routeFlows(design, after, &stale);
        for (const Id &id : stale)
            if (auto it = after.waypoints.find(id); it != after.waypoints.end())
                b.putWaypoints(id, it->second);
            else
                b.eraseWaypoints(id);
    }
    QString label = text;
    if (label.isEmpty())
        label = offsets.size() == 1 ? tr("Move %1").arg(q(offsets.begin()->first)) : tr("Move %n items", nullptr, int(offsets.size()));
    m_document->pushEdit(b.finish(), label);
}

void DesignScene::nudge(double dx, double dy)
{
    std::map<Id, QPointF> offsets;
    for (const QString &id : selectedRootIds())
        offsets[id.toStdString()] = QPointF(dx, dy);
    if (!offsets.empty())
        commitOffsets(offsets, {}, tr("Nudge"));
}

void DesignScene::align(int mode)
{
    const QStringList ids = selectedRootIds();
    if (ids.size() < 2)
        return;
    QRectF bounds;
    for (const QString &id : ids)
        bounds = bounds.united(boxOf(id));
    std::map<Id, QPointF> offsets;
    for (const QString &id : ids) {
        const QRectF b = boxOf(id);
        QPointF d;
        switch (mode) {
        case 0: d.setX(bounds.left() - b.left()); break;
        case 1: d.setX(bounds.center().x() - b.center().x()); break;
        case 2: d.setX(bounds.right() - b.right()); break;
        case 3: d.setY(bounds.top() - b.top()); break;
        case 4: d.setY(bounds.center().y() - b.center().y()); break;
        default: d.setY(bounds.bottom() - b.bottom()); break;
        }
        offsets[id.toStdString()] = d;
    }
    commitOffsets(offsets, {}, tr("Align %n items", nullptr, int(ids.size())));
}

void DesignScene::alignLeft() { align(0); }
void DesignScene::alignCenter() { align(1); }
void DesignScene::alignRight() { align(2); }
void DesignScene::alignTop() { align(3); }
void DesignScene::alignMiddle() { align(4); }
void DesignScene::alignBottom() { align(5); }
void DesignScene::distributeHorizontally() { distribute(true); }
void DesignScene::distributeVertically() { distribute(false); }

void DesignScene::distribute(bool horizontal)
{
    QStringList ids = selectedRootIds();
    if (ids.size() < 3)
        return;
    auto key = [&](const QString &id) { return horizontal ? boxOf(id).center().x() : boxOf(id).center().y(); };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return key(a) < key(b); });
    const double first = key(ids.first());
    const double step = (key(ids.last()) - first) / double(ids.size() - 1);
    std::map<Id, QPointF> offsets;
    for (int i = 1; i < ids.size() - 1; ++i) {
        double d = first + step * i - key(ids[i]);
        if (m_snap)
            d = snapToGrid(d);
        offsets[ids[i].toStdString()] = horizontal ? QPointF(d, 0) : QPointF(0, d);
    }
    commitOffsets(offsets, {}, tr("Distribute %n items", nullptr, int(ids.size())));
}

void DesignScene::deleteSelection()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        m_document->removeObjects(ids);
}

void DesignScene::selectAll()
{
    m_syncing = true;
    for (QGraphicsItem *item : items())
        if (item->type() == NodeType || item->type() == ContainerType || item->type() == FlowType)
            item->setSelected(true);
    m_syncing = false;
    emit selectedIdsChanged(selectedIds());
}

void DesignScene::copy()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kFragmentMimeType), copyFragment(m_document->design(), m_document->layout(), ids));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void DesignScene::cut()
{
    copy();
    deleteSelection();
}

void DesignScene::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(kFragmentMimeType))) {
        emit hint(tr("Nothing to paste: the clipboard holds no Stackyard resources."));
        return;
    }
    ++m_pasteCount;
    pasteFragment(mime->data(QLatin1String(kFragmentMimeType)), QPointF(2 * kGrid, 2 * kGrid) * m_pasteCount);
}

void DesignScene::duplicate()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        pasteFragment(copyFragment(m_document->design(), m_document->layout(), ids), QPointF(2 * kGrid, 2 * kGrid));
}

void DesignScene::pasteFragment(const QByteArray &json, const QPointF &offset)
{
    EditBuilder b(m_document->design(), m_document->layout());
    QString error;
    const QStringList created = Canvas::pasteFragment(b, json, offset, &error);
    if (created.isEmpty()) {
        emit hint(error);
        return;
    }
    m_document->pushEdit(b.finish(), tr("Paste %n items", nullptr, int(created.size())));
    selectIds(created);
}

void DesignScene::renameSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1)
        startRename(ids.first());
}

void DesignScene::startRename(const QString &id)
{
    const Resource *r = m_document->design().resource(id.toStdString());
    QRectF rect;
    if (NodeItem *n = m_nodes.value(id))
        rect = n->mapRectToScene(n->labelRect());
    else if (ContainerItem *c = m_containers.value(id))
        rect = c->mapRectToScene(c->titleRect());
    if (!r || rect.isNull())
        return;
    if (m_editor)
        m_editor->clearFocus();
    auto *editor = new InlineEditor(id, q(r->name), rect.adjusted(0, -3, 0, 0));
    m_editor = editor;
    addItem(editor);
    auto close = [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
        QGraphicsScene::removeItem(editor);
        editor->deleteLater();
    };
    connect(editor, &InlineEditor::committed, this, [this, close](const QString &rid, const QString &text) {
        close();
        const Resource *res = m_document->design().resource(rid.toStdString());
        if (res && !text.isEmpty() && text != q(res->name))
            m_document->rename(rid.toStdString(), text);
    });
    connect(editor, &InlineEditor::cancelled, this, close);
    editor->setFocus(Qt::OtherFocusReason);
}

void DesignScene::arrange()
{
    QStringList vpcs;
    for (const QString &id : selectedIds())
        if (m_containers.contains(id) && m_containers.value(id)->kind() == QLatin1String("vpc"))
            vpcs << id;
    if (vpcs.isEmpty())
        for (ContainerItem *c : std::as_const(m_containers))
            if (c->kind() == QLatin1String("vpc"))
                vpcs << c->id();
    for (const QString &id : std::as_const(vpcs))
        arrangeVpc(id);
}

void DesignScene::arrangeVpc(const QString &vpcId)
{
    const std::map<Id, Rect> boxes = Canvas::arrangeVpc(m_document->design(), m_document->layout(), vpcId.toStdString());
    if (boxes.empty())
        return;
    EditBuilder b(m_document->design(), m_document->layout());
    for (const auto &[id, box] : boxes)
        b.putNode(id, box);
    for (const auto &[id, points] : routesAfter(m_document->design(), m_document->layout(), boxes))
        if (points.empty())
            b.eraseWaypoints(id);
        else
            b.putWaypoints(id, points);
    const Resource *vpc = m_document->design().resource(vpcId.toStdString());
    m_document->pushEdit(b.finish(), tr("Arrange VPC %1").arg(q(vpc && !vpc->name.empty() ? vpc->name : vpcId.toStdString())));
}

} // namespace Stackyard
