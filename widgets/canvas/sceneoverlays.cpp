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
    // Cost tints and chips are children of the item they decorate (removing an item removes
    // them too) and are made again; only the items decorated last time are visited, so a refresh
    // costs what is marked, not the size of the design.
    for (const QString &id : std::as_const(m_decorated))
        if (QGraphicsItem *item = itemOf(id)) {
            const QList<QGraphicsItem *> children = item->childItems();
            for (QGraphicsItem *child : children)
                if (child->type() == CostTintType || child->type() == ChipsType)
                    delete child;
        }
    m_decorated.clear();
    updateFindingDecorations();
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

namespace {

constexpr int kBlockedAt = 0; ///< item data key of a ⊘ mark: its BlockedFlow::At

QPointF flowBadgePos(const FlowItem *f)
{
    return !f->labelRect().isEmpty() ? f->labelRect().topRight() : midpoint(f->route());
}

QPointF flowMarkPos(const FlowItem *f, BlockedFlow::At at)
{
    switch (at) {
    case BlockedFlow::At::Source: return pointAlong(f->route(), 34, false);
    case BlockedFlow::At::Target: return pointAlong(f->route(), 26, true);
    default: return midpoint(f->route());
    }
}

} // namespace

void DesignScene::updateFindingDecorations()
{
    // Badges and ⊘ marks are kept while what they show is unchanged: an edit that changes a few
    // findings replaces a few items, not every one (making and deleting thousands of items, and
    // the scene indexing them again, was most of a refresh on a broken design).
    struct Wanted
    {
        const FindingMark *mark = nullptr;
        QString badgeTip;
        QString blockTip;
        int at = -1; ///< BlockedFlow::At of the ⊘ mark; -1 = no mark
    };
    FindingMarks marks;
    if (m_analysis && isOverlayOn(Overlay::Findings))
        marks = findingMarks(m_document->design(), m_analysis->findings(), drawnTest());
    QHash<QString, Wanted> wanted;
    wanted.reserve(marks.byId.size() + marks.blocked.size());
    for (auto it = marks.byId.cbegin(); it != marks.byId.cend(); ++it) {
        const FindingMark &m = it.value();
        Wanted &w = wanted[it.key()];
        w.mark = &m;
        w.badgeTip = tr("%n finding(s)", nullptr, m.count()) + QStringLiteral("\n") + m.lines.join(QLatin1Char('\n'));
    }
    QStringList blocked;
    QHash<QString, QStringList> nodeMarks; // one mark per node, however many flows stop there
    for (const BlockedFlow &b : marks.blocked) {
        FlowItem *f = m_flows.value(b.flow);
        if (!f)
            continue;
        blocked << b.flow;
        Wanted &w = wanted[b.flow];
        const QString tip = tr("Blocked at %1\n%2").arg(b.component, b.explanation);
        if (b.at == BlockedFlow::At::Node && m_nodes.contains(b.node)) {
            nodeMarks[b.node] << tr("%1 → %2: %3").arg(f->look().from, f->look().to, tip);
            continue;
        }
        w.blockTip = tip;
        w.at = int(b.at);
    }
    for (auto it = nodeMarks.begin(); it != nodeMarks.end(); ++it) {
        it.value().sort();
        Wanted &w = wanted[it.key()];
        w.blockTip = it.value().join(QStringLiteral("\n\n"));
        w.at = int(BlockedFlow::At::Node);
    }
    blocked.sort();
    const QSet<QString> blockedNow(blocked.cbegin(), blocked.cend());
    for (const QString &id : std::as_const(m_blockedFlows))
        if (FlowItem *f = m_flows.value(id); f && !blockedNow.contains(id))
            f->setBlocked(false);
    for (const QString &id : std::as_const(blocked))
        m_flows.value(id)->setBlocked(true); // no repaint when it already was
    m_blockedFlows = blocked;

    // Items no longer marked lose their badge and mark.
    for (const QString &id : std::as_const(m_findingDecorated))
        if (!wanted.contains(id))
            if (QGraphicsItem *item = itemOf(id)) {
                const QList<QGraphicsItem *> children = item->childItems();
                for (QGraphicsItem *child : children)
                    if (child->type() == BadgeType || child->type() == BlockMarkType)
                        delete child;
            }
    m_findingDecorated.clear();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const Wanted &w = it.value();
        m_findingDecorated.insert(it.key());
        NodeItem *n = m_nodes.value(it.key());
        ContainerItem *c = n ? nullptr : m_containers.value(it.key());
        FlowItem *f = n || c ? nullptr : m_flows.value(it.key());
        QGraphicsItem *item = n ? static_cast<QGraphicsItem *>(n) : c ? static_cast<QGraphicsItem *>(c) : f;
        if (!item)
            continue;
        BadgeItem *badge = nullptr;
        BlockMarkItem *mark = nullptr;
        for (QGraphicsItem *child : item->childItems()) {
            if (child->type() == BadgeType)
                badge = static_cast<BadgeItem *>(child);
            else if (child->type() == BlockMarkType)
                mark = static_cast<BlockMarkItem *>(child);
        }
        if (badge && (!w.mark || badge->severity() != w.mark->worst() || badge->count() != w.mark->count()
                      || badge->toolTip() != w.badgeTip)) {
            delete badge;
            badge = nullptr;
        }
        if (w.mark && !badge)
            badge = new BadgeItem(w.mark->worst(), w.mark->count(), w.badgeTip, c != nullptr, item);
        if (badge) // where the item has its corner or label now (it may have moved or been re-routed)
            badge->setPos(n ? n->iconRect().topRight() : c ? QPointF(c->rect().width() - 6, 24) : flowBadgePos(f));
        if (mark && (w.at < 0 || mark->data(kBlockedAt).toInt() != w.at || mark->toolTip() != w.blockTip)) {
            delete mark;
            mark = nullptr;
        }
        if (w.at >= 0 && !mark && (n || f)) {
            mark = new BlockMarkItem(w.blockTip, item);
            mark->setData(kBlockedAt, w.at);
        }
        if (mark)
            mark->setPos(n ? QPointF(n->iconRect().left() - 12, n->iconRect().center().y())
                           : flowMarkPos(f, BlockedFlow::At(w.at)));
    }
}

void DesignScene::placeDecorationsOf(FlowItem *flow) const
{
    for (QGraphicsItem *child : flow->childItems()) {
        if (child->type() == BadgeType)
            child->setPos(flowBadgePos(flow));
        else if (child->type() == BlockMarkType)
            child->setPos(flowMarkPos(flow, BlockedFlow::At(child->data(kBlockedAt).toInt())));
    }
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
