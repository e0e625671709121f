#include "findingmarks.h"

#include "widgets/i18n/modeltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace Stackyard::Canvas {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The route table of a subnet (an explicit association, else its VPC's main table), from an
/// index of the tables made once per mapping: looking it up per finding would walk every table.
class RouteIndex
{
public:
    explicit RouteIndex(const Design &design) : m_design(design) {}

    Id tableOf(const Resource &subnet)
    {
        if (!m_built) {
            m_built = true;
            for (const auto &[id, table] : m_design.routeTables) {
                for (const Id &s : table.subnets)
                    m_explicit.emplace(s, id);
                if (table.isMain)
                    m_main.emplace(table.vpc, id);
            }
        }
        if (auto it = m_explicit.find(subnet.id); it != m_explicit.end())
            return it->second;
        if (subnet.kind != "subnet")
            return {};
        auto it = m_main.find(subnet.parent);
        return it == m_main.end() ? Id() : it->second;
    }

private:
    const Design &m_design;
    bool m_built = false;
    std::map<Id, Id> m_explicit; ///< subnet -> its associated table
    std::map<Id, Id> m_main;     ///< vpc -> main table
};

/// The subnets a resource sits in: its placement, else its parent when that is a subnet.
std::vector<const Resource *> subnetsOf(const Design &design, const Resource &r)
{
    std::vector<const Resource *> out;
    for (const Id &s : r.placement)
        if (const Resource *subnet = design.resource(s))
            out.push_back(subnet);
    if (out.empty())
        if (const Resource *parent = design.resource(r.parent); parent && parent->kind == "subnet")
            out.push_back(parent);
    return out;
}

/// Whether `component` (a security group, route table, subnet or the resource itself) belongs
/// to resource `r`'s side of a path.
bool belongsTo(const Design &design, RouteIndex &routes, const Resource &r, const Id &component)
{
    if (component == r.id)
        return true;
    if (std::find(r.securityGroups.begin(), r.securityGroups.end(), component) != r.securityGroups.end())
        return true;
    const bool isTable = design.routeTable(component) != nullptr;
    for (const Resource *subnet : subnetsOf(design, r))
        if (subnet->id == component || (isTable && routes.tableOf(*subnet) == component))
            return true;
    return false;
}

/// Drawn resources carrying each security group, and drawn subnets using each route table:
/// where a finding about an undrawn object shows. Built once per mapping, not per finding.
class Carriers
{
public:
    Carriers(const Design &design, RouteIndex &routes, const IsDrawn &isDrawn)
        : m_design(design), m_routes(routes), m_isDrawn(isDrawn) {}

    QStringList of(const Id &id)
    {
        if (!m_built) {
            m_built = true;
            for (const auto &[rid, r] : m_design.resources) {
                if ((r.securityGroups.empty() && r.kind != "subnet") || !m_isDrawn(q(rid)))
                    continue; // carries nothing a finding could be about
                for (const Id &sg : r.securityGroups)
                    m_index[sg] << q(rid);
                if (r.kind == "subnet")
                    if (const Id table = m_routes.tableOf(r); !table.empty())
                        m_index[table] << q(rid);
            }
        }
        auto it = m_index.find(id);
        return it == m_index.end() ? QStringList() : it->second;
    }

private:
    const Design &m_design;
    RouteIndex &m_routes;
    const IsDrawn &m_isDrawn;
    bool m_built = false;
    std::map<Id, QStringList> m_index;
};

void blockFlow(const Design &design, RouteIndex &routes, const Finding &finding, const Flow &flow, FindingMarks &marks)
{
    BlockedFlow b;
    b.flow = q(flow.id);
    // The analysis names where the traffic stops; without it, the subject after the flow is the blocking one.
    b.component = q(finding.blocking);
    if (b.component.isEmpty())
        for (std::size_t i = 0; i + 1 < finding.subjects.size(); ++i)
            if (finding.subjects[i] == flow.id)
                b.component = q(finding.subjects[i + 1]);
    b.explanation = ModelText::findingMessage(finding);
    if (!finding.fixHint.empty())
        b.explanation += QLatin1Char('\n')
                         + QCoreApplication::translate("Stackyard::Canvas", "Fix: %1").arg(ModelText::findingFixHint(finding));

    const Id component = b.component.toStdString();
    const Resource *from = design.resource(flow.from);
    const Resource *to = design.resource(flow.to);
    const bool atSource = from && belongsTo(design, routes, *from, component);
    const bool atTarget = to && belongsTo(design, routes, *to, component);
    if (atSource && atTarget) // a group on both ends: ingress words say "admits"
        b.at = b.explanation.contains(QLatin1String(" admits ")) ? BlockedFlow::At::Target : BlockedFlow::At::Source;
    else if (atTarget)
        b.at = BlockedFlow::At::Target;
    else if (atSource)
        b.at = BlockedFlow::At::Source;
    else if (const Resource *r = design.resource(component); r && r->kind != "vpc" && r->kind != "subnet") {
        b.at = BlockedFlow::At::Node;
        b.node = b.component;
    }
    marks.blocked.insert(b.flow, b);
}

} // namespace

QStringList drawnSubjects(const Design &design, const Finding &finding, const IsDrawn &isDrawn)
{
    QStringList out;
    for (const Id &id : finding.subjects)
        if (isDrawn(q(id)) && !out.contains(q(id)))
            out << q(id);
    if (out.isEmpty() && !finding.subjects.empty()) {
        RouteIndex routes(design);
        out = Carriers(design, routes, isDrawn).of(finding.subjects.front());
    }
    return out;
}

FindingMarks findingMarks(const Design &design, const std::vector<Finding> &findings, const IsDrawn &isDrawn)
{
    FindingMarks marks;
    RouteIndex routes(design);
    Carriers carriers(design, routes, isDrawn);
    for (const Finding &f : findings) {
        if (f.subjects.empty())
            continue;
        QStringList targets;
        const QString main = q(f.subjects.front());
        if (isDrawn(main))
            targets << main;
        else
            targets << carriers.of(f.subjects.front());
        for (const Id &id : f.subjects)
            if (const Flow *flow = design.flow(id)) {
                if (isDrawn(q(id)) && !targets.contains(q(id)))
                    targets << q(id);
                if (f.rule == "flow-blocked" && !marks.blocked.contains(q(id)))
                    blockFlow(design, routes, f, *flow, marks);
            }
        QString line = ModelText::severityLabel(f.severity) + QStringLiteral(": ") + ModelText::findingMessage(f);
        if (!f.fixHint.empty())
            line += QStringLiteral("\n    ")
                    + QCoreApplication::translate("Stackyard::Canvas", "Fix: %1").arg(ModelText::findingFixHint(f));
        for (const QString &id : targets) {
            FindingMark &m = marks.byId[id];
            (f.severity == Severity::Error ? m.errors : f.severity == Severity::Warning ? m.warnings : m.infos) += 1;
            m.lines << line;
        }
    }
    return marks;
}

} // namespace Stackyard::Canvas
