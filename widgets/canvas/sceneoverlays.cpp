#include "designscene.h"

#include "containeritem.h"
#include "decorations.h"
#include "findingmarks.h"
#include "flowitem.h"
#include "nodeitem.h"

#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"

#include <QLocale>

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The point `distance` along a polyline from its start (or from its end).
QPointF pointAlong(const QPolygonF &route, double distance, bool fromEnd)
{
    if (route.isEmpty())
        return {};
    const int n = int(route.size());
    for (int k = 1; k < n; ++k) {
        const QPointF a = fromEnd ? route[n - k] : route[k - 1];
        const QPointF b = fromEnd ? route[n - k - 1] : route[k];
        const QLineF seg(a, b);
        if (seg.length() >= distance || k == n - 1)
            return seg.pointAt(seg.length() > 0 ? std::min(1.0, distance / seg.length()) : 0);
        distance -= seg.length();
    }
    return route.first();
}

QPointF midpoint(const QPolygonF &route)
{
    double length = 0;
    for (int i = 1; i < route.size(); ++i)
        length += QLineF(route[i - 1], route[i]).length();
    return pointAlong(route, length / 2, false);
}

QString dollars(double usd)
{
    const QLocale c(QLocale::English);
    return usd >= 100 ? QStringLiteral("$") + c.toString(qRound64(usd)) : QStringLiteral("$") + c.toString(usd, 'f', 2);
}

} // namespace

QString DesignScene::overlayTitle(Overlay overlay)
{
    switch (overlay) {
    case Overlay::Tiers: return tr("Network Tiers");
    case Overlay::SecurityGroups: return tr("Security Groups");
    case Overlay::FlowPorts: return tr("Flow Ports");
    case Overlay::Findings: return tr("Findings");
    case Overlay::Cost: return tr("Cost Heat Map");
    }
    return {};
}

void DesignScene::setAnalysis(LiveAnalysis *analysis)
{
    if (m_analysis)
        disconnect(m_analysis, nullptr, this, nullptr);
    m_analysis = analysis;
    if (analysis) {
        // One refresh per analysis run: LiveAnalysis::refresh() announces the findings, then the
        // cost; with the heat map on, the second announcement refreshes both.
        connect(analysis, &LiveAnalysis::findingsChanged, this, [this] {
            if (!isOverlayOn(Overlay::Cost))
                refreshDecorations();
        });
        connect(analysis, &LiveAnalysis::costChanged, this, [this] {
            if (isOverlayOn(Overlay::Cost))
                refreshDecorations();
        });
        connect(analysis, &QObject::destroyed, this, [this] { m_analysis = nullptr; });
    }
    refreshDecorations();
}

void DesignScene::setOverlay(Overlay overlay, bool on)
{
    if (isOverlayOn(overlay) == on)
        return;
    m_overlays = on ? (m_overlays | (1u << int(overlay))) : (m_overlays & ~(1u << int(overlay)));
    if (overlay == Overlay::Tiers)
        for (ContainerItem *c : std::as_const(m_containers))
            applyOverlayLook(c);
    if (overlay == Overlay::FlowPorts)
        for (FlowItem *f : std::as_const(m_flows))
            applyOverlayLook(f);
    refreshDecorations();
    emit overlayChanged(overlay, on);
}

void DesignScene::applyOverlayLook(QGraphicsItem *item) const
{
    if (auto *c = qgraphicsitem_cast<ContainerItem *>(item))
        c->setTierColours(isOverlayOn(Overlay::Tiers));
    else if (auto *f = qgraphicsitem_cast<FlowItem *>(item))
        f->setPortLabelVisible(isOverlayOn(Overlay::FlowPorts));
}

QStringList DesignScene::blockedFlowIds() const
{
    return m_blockedFlows;
}

void DesignScene::refreshDecorations()
{
    // Decorations are children of the item they decorate: removing an item removes them too.
    // Only the items decorated last time are visited, so a refresh costs what is marked, not
    // the size of the design.
    for (const QString &id : std::as_const(m_decorated))
        if (QGraphicsItem *item = itemOf(id)) {
            const QList<QGraphicsItem *> children = item->childItems();
            for (QGraphicsItem *child : children)
                if (isDecoration(child->type()))
                    delete child;
        }
    m_decorated.clear();
    for (const QString &id : std::as_const(m_blockedFlows))
        if (FlowItem *f = m_flows.value(id))
            f->setBlocked(false);
    m_blockedFlows.clear();
    if (m_analysis && isOverlayOn(Overlay::Findings))
        addFindingDecorations();
    if (m_analysis && isOverlayOn(Overlay::Cost))
        addCostDecorations();
    if (isOverlayOn(Overlay::SecurityGroups))
        addSecurityGroupChips();
    if (!m_spotlight.isEmpty()) // items made since the spotlight was set are dimmed too
        applySpotlight();
}

QSet<QString> DesignScene::drawnIds() const
{
    QSet<QString> drawn;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        drawn.insert(it.key());
    for (auto it = m_containers.cbegin(); it != m_containers.cend(); ++it)
        drawn.insert(it.key());
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        drawn.insert(it.key());
    return drawn;
}

void DesignScene::addFindingDecorations()
{
    const FindingMarks marks = findingMarks(m_document->design(), m_analysis->findings(), drawnIds());
    for (auto it = marks.byId.cbegin(); it != marks.byId.cend(); ++it) {
        const FindingMark &m = it.value();
        const QString tip = tr("%n finding(s)", nullptr, m.count()) + QStringLiteral("\n") + m.lines.join(QLatin1Char('\n'));
        m_decorated.insert(it.key());
        if (NodeItem *n = m_nodes.value(it.key())) {
            auto *badge = new BadgeItem(m.worst(), m.count(), tip, false, n);
            badge->setPos(n->iconRect().topRight());
        } else if (ContainerItem *c = m_containers.value(it.key())) {
            auto *badge = new BadgeItem(m.worst(), m.count(), tip, true, c);
            badge->setPos(c->rect().width() - 6, 24);
        } else if (FlowItem *f = m_flows.value(it.key())) {
            auto *badge = new BadgeItem(m.worst(), m.count(), tip, false, f);
            badge->setPos(!f->labelRect().isEmpty() ? f->labelRect().topRight() : midpoint(f->route()));
        }
    }
    QHash<QString, QStringList> nodeMarks; // one mark per node, however many flows stop there
    for (const BlockedFlow &b : marks.blocked) {
        FlowItem *f = m_flows.value(b.flow);
        if (!f)
            continue;
        f->setBlocked(true);
        m_blockedFlows << b.flow;
        m_decorated.insert(b.flow);
        const QString tip = tr("Blocked at %1\n%2").arg(b.component, b.explanation);
        if (b.at == BlockedFlow::At::Node && m_nodes.contains(b.node)) {
            nodeMarks[b.node] << tr("%1 → %2: %3").arg(f->look().from, f->look().to, tip);
            continue;
        }
        auto *mark = new BlockMarkItem(tip, f);
        const QPolygonF &route = f->route();
        switch (b.at) {
        case BlockedFlow::At::Source: mark->setPos(pointAlong(route, 34, false)); break;
        case BlockedFlow::At::Target: mark->setPos(pointAlong(route, 26, true)); break;
        default: mark->setPos(midpoint(route)); break;
        }
    }
    for (auto it = nodeMarks.begin(); it != nodeMarks.end(); ++it) {
        NodeItem *n = m_nodes.value(it.key());
        it.value().sort();
        m_decorated.insert(it.key());
        auto *mark = new BlockMarkItem(it.value().join(QStringLiteral("\n\n")), n);
        mark->setPos(n->iconRect().left() - 12, n->iconRect().center().y());
    }
    m_blockedFlows.sort();
}

void DesignScene::addCostDecorations()
{
    const CostEstimate &estimate = m_analysis->estimate();
    const std::map<Id, double> costs = estimate.byResource();
    double highest = 0;
    for (const auto &[id, usd] : costs)
        if (m_nodes.contains(q(id)))
            highest = std::max(highest, usd);
    if (highest <= 0)
        return;
    std::map<Id, std::vector<const LineItem *>> lines; // one pass: itemsOf() per node would be quadratic
    for (const LineItem &item : estimate.items)
        lines[item.resource].push_back(&item);
    for (const auto &[id, usd] : costs) {
        NodeItem *n = m_nodes.value(q(id));
        if (!n || usd <= 0)
            continue;
        QStringList tip{tr("%1 per month, %2 % of the %3 total")
                            .arg(dollars(usd))
                            .arg(estimate.monthlyTotal > 0 ? 100 * usd / estimate.monthlyTotal : 0, 0, 'f', 1)
                            .arg(dollars(estimate.monthlyTotal))};
        for (const LineItem *item : lines[id])
            if (item->priced)
                tip << QStringLiteral("%1: %2").arg(q(item->usageType), dollars(item->monthly));
        m_decorated.insert(n->id());
        new CostTintItem(n->iconRect(), usd / highest, tr("%1/mo").arg(dollars(usd)), tip.join(QLatin1Char('\n')), n);
    }
}

void DesignScene::addSecurityGroupChips()
{
    const Design &design = m_document->design();
    for (NodeItem *n : std::as_const(m_nodes)) {
        const Resource *r = design.resource(n->id().toStdString());
        if (!r || r->securityGroups.empty())
            continue;
        QStringList names;
        for (const Id &sg : r->securityGroups) {
            const SecurityGroup *group = design.securityGroup(sg);
            names << q(group && !group->name.empty() ? group->name : sg);
        }
        m_decorated.insert(n->id());
        const double below = isOverlayOn(Overlay::Cost) ? 24 : 2; // under the cost chip when both show
        new ChipsItem(names, n->iconRect().center().x(), n->labelRect().bottom() + below, n);
    }
}

void DesignScene::setSpotlight(const QSet<QString> &ids)
{
    m_spotlight = ids;
    applySpotlight();
}

void DesignScene::applySpotlight()
{
    const bool on = !m_spotlight.isEmpty();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOpacity(!on || m_spotlight.contains(it.key()) ? 1.0 : 0.15);
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        it.value()->setOpacity(!on || m_spotlight.contains(it.key()) ? 1.0 : 0.12);
    for (auto it = m_containers.cbegin(); it != m_containers.cend(); ++it)
        it.value()->setOpacity(!on || m_spotlight.contains(it.key()) ? 1.0 : 0.5);
}

} // namespace Stackyard
