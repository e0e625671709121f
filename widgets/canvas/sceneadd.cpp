// Adding to the design from the canvas: palette drops (catalogue defaults, legal containment)
// and new flows drawn between two nodes (the target's port by default).
#include "designscene.h"

#include "canvasstyle.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "model/document/designdocument.h"

namespace Stackyard {

using namespace Canvas;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString DesignScene::dropKind(const QString &kind, const QPointF &scenePos)
{
    const KindSpec *spec = Catalog::builtin().kind(kind.toStdString());
    if (!spec) {
        showHint(tr("Unknown resource kind \"%1\".").arg(kind), scenePos);
        return {};
    }
    const Target t = targetAt(kind, scenePos);
    if (!t.ok) {
        showHint(t.reason, scenePos);
        return {};
    }
    const Design &design = m_document->design();
    Resource r;
    r.kind = spec->kind;
    r.name = spec->title;
    r.parent = t.parent.toStdString();
    r.properties = Catalog::builtin().defaultProperties(spec->kind);
    if (spec->spansSubnets) {
        // Dropped on a subnet: span every subnet of that tier in the VPC (one per AZ).
        const Id subnet = containerAt(scenePos).toStdString();
        if (const Resource *under = design.resource(subnet); under && under->kind == "subnet") {
            const SubnetTier tier = subnetTier(design, subnet);
            for (const Resource *s : design.children(r.parent))
                if (s->kind == "subnet" && subnetTier(design, s->id) == tier)
                    r.placement.push_back(s->id);
        }
    }
    Rect box;
    if (spec->container) {
        const bool vpc = spec->kind == "vpc";
        box = Rect{snapToGrid(scenePos.x()), snapToGrid(scenePos.y()), vpc ? 800.0 : 440.0, vpc ? 500.0 : 200.0};
    } else {
        box = Rect{snapToGrid(scenePos.x() - kIconSize / 2), snapToGrid(scenePos.y() - kIconSize / 2), kIconSize, kIconSize};
    }
    const QString id = m_document->addResource(r, box);
    selectIds({id});
    return id;
}

int DesignScene::defaultPortFor(const QString &toId) const
{
    const Resource *r = m_document->design().resource(toId.toStdString());
    if (!r)
        return 443;
    const Json &p = r->properties;
    if (r->kind == "alb" && p.contains("listeners") && p["listeners"].is_array())
        for (const Json &l : p["listeners"])
            if (l.contains("port") && l["port"].is_number_integer())
                return l["port"].get<int>();
    if (r->kind == "ecs-service" && p.contains("containers") && p["containers"].is_array())
        for (const Json &c : p["containers"])
            if (c.contains("portMappings") && c["portMappings"].is_array())
                for (const Json &m : c["portMappings"])
                    if (m.contains("containerPort") && m["containerPort"].is_number_integer())
                        return m["containerPort"].get<int>();
    if (r->kind == "aurora-cluster" && !p.contains("port"))
        return r->stringProperty("engine").find("mysql") != std::string::npos ? 3306 : 5432;
    return int(r->intProperty("port", 443));
}

QString DesignScene::connectNodes(const QString &from, const QString &to)
{
    const Design &design = m_document->design();
    if (from == to || !design.resource(from.toStdString()) || !design.resource(to.toStdString()))
        return {};
    Flow f;
    f.from = from.toStdString();
    f.to = to.toStdString();
    f.protocol = Protocol::Tcp;
    f.ports = PortRange::single(defaultPortFor(to));
    for (const auto &[id, existing] : design.flows)
        if (existing.from == f.from && existing.to == f.to && existing.ports == f.ports) {
            emit hint(tr("%1 already connects to %2 on that port.").arg(from, to));
            return q(id);
        }
    return m_document->addFlow(f);
}

} // namespace Stackyard
