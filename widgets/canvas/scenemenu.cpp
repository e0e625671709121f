// The canvas context menus: on items (rename, duplicate, copy, cut, delete, bring into a legal
// container, arrange the VPC) and on the background (paste, select all, arrange every VPC).
#include "designscene.h"

#include "containeritem.h"
#include "containment.h"
#include "canvasstyle.h"

#include "model/document/designdocument.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

void DesignScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (item->type() == NodeType || item->type() == ContainerType || item->type() == FlowType) {
            hit = item;
            break;
        }
    if (hit && !hit->isSelected()) {
        clearSelection();
        hit->setSelected(true);
    }
    QMenu menu;
    const QStringList ids = selectedIds();
    const Design &design = m_document->design();
    if (!ids.isEmpty()) {
        menu.addAction(tr("Rename"), this, &DesignScene::renameSelected)->setEnabled(ids.size() == 1 && !m_flows.contains(ids.first()));
        menu.addAction(tr("Duplicate"), this, &DesignScene::duplicate);
        menu.addAction(tr("Copy"), this, &DesignScene::copy);
        menu.addAction(tr("Cut"), this, &DesignScene::cut);
        menu.addAction(tr("Delete"), this, &DesignScene::deleteSelection);
        QStringList routed;
        for (const QString &id : ids)
            if (m_flows.contains(id) && m_document->layout().waypoints.count(id.toStdString()))
                routed << id;
        if (!routed.isEmpty()) {
            QAction *reset = menu.addAction(tr("Reset Route"), this, [this, routed] { m_document->resetRoutes(routed); });
            reset->setToolTip(tr("Forget the flow's bends and route it automatically"));
        }
        if (ids.size() == 1) {
            const Resource *r = design.resource(ids.first().toStdString());
            QMenu *into = menu.addMenu(tr("Bring into"));
            into->setEnabled(false);
            for (ContainerItem *c : std::as_const(m_containers)) {
                if (!r || isWithin(design, c->id().toStdString(), r->id) || c->id() == q(r->parent))
                    continue;
                const ContainmentCheck check = checkContainment(design, r->kind, c->id().toStdString());
                if (!check.ok || q(check.parent) != c->id())
                    continue;
                into->setEnabled(true);
                const QString id = ids.first();
                const QString parent = c->id();
                into->addAction(c->look().title + QStringLiteral(" (") + c->id() + QLatin1Char(')'), this, [this, id, parent] {
                    const QRectF box = boxOf(parent);
                    const QRectF own = boxOf(id);
                    const QPointF to(snapToGrid(box.left() + 40), snapToGrid(box.top() + 60));
                    commitOffsets({{id.toStdString(), to - own.topLeft()}}, {{id.toStdString(), parent.toStdString()}},
                                  tr("Bring %1 into %2").arg(id, parent));
                });
            }
            const Id vpc = r ? (r->kind == "vpc" ? r->id : Id()) : Id();
            Id within = r ? r->parent : Id();
            while (!within.empty() && design.resource(within) && design.resource(within)->kind != "vpc")
                within = design.resource(within)->parent;
            const QString arrangeId = q(vpc.empty() ? within : vpc);
            if (!arrangeId.isEmpty()) {
                menu.addSeparator();
                menu.addAction(tr("Arrange VPC"), this, [this, arrangeId] { arrangeVpc(arrangeId); });
            }
        }
    } else {
        menu.addAction(tr("Paste"), this, &DesignScene::paste);
        menu.addAction(tr("Select all"), this, &DesignScene::selectAll);
        menu.addSeparator();
        menu.addAction(tr("Arrange all VPCs"), this, &DesignScene::arrange);
    }
    menu.exec(event->screenPos());
}

} // namespace Stackyard
