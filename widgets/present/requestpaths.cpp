#include "requestpaths.h"

#include "model/core/analysis/analysis.h"
#include "widgets/i18n/modeltext.h"

#include <QCoreApplication>

#include <set>

namespace Stackyard {

namespace {

using Purpose = Reachability::Purpose;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

class Builder
{
public:
    Builder(const Design &design, const QSet<QString> &drawn, RequestPath &path)
        : m_design(design), m_drawn(drawn), m_path(path) {}

    QString name(const Id &id) const
    {
        const Resource *r = m_design.resource(id);
        return r && !r->name.empty() ? q(r->name) : q(id);
    }

    void add(const Id &id)
    {
        if (m_drawn.contains(q(id)) && !m_path.ids.contains(q(id)))
            m_path.ids << q(id);
    }

    /// The reach's drawn components and words; the drawn flows between `from` and `to`.
    void addReach(const Reachability &r)
    {
        add(r.from);
        add(r.to);
        add(r.flow);
        for (const Hop &h : r.hops) {
            add(h.component);
            const QString step = (h.passes ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + ModelText::text(h.text);
            if (!m_path.steps.contains(step))
                m_path.steps << step;
        }
        if (!r.isOk())
            m_path.ok = false;
        for (const auto &[id, f] : m_design.flows)
            if (f.from == r.from && f.to == r.to)
                add(id);
    }

    void addFlowsBetween(const Id &from, const std::string &toKind)
    {
        for (const auto &[id, f] : m_design.flows)
            if (const Resource *to = m_design.resource(f.to); f.from == from && to && to->kind == toKind) {
                add(id);
                add(f.to);
            }
    }

private:
    const Design &m_design;
    const QSet<QString> &m_drawn;
    RequestPath &m_path;
};

bool isKind(const Design &design, const Id &id, std::string_view kind)
{
    const Resource *r = design.resource(id);
    return r && r->kind == kind;
}

} // namespace

QList<RequestPath> requestPaths(const Design &design, const QSet<QString> &drawn)
{
    const Analysis analysis(design, Analysis::Explain::AllHops);
    const std::vector<Reachability> &reach = analysis.reachability();
    QList<RequestPath> paths;

    std::set<Id> albs;
    for (const Reachability &r : reach)
        if (r.purpose == Purpose::InternetToAlb)
            albs.insert(r.to);
    for (const Id &alb : albs) {
        std::set<Id> services;
        for (const Reachability &r : reach)
            if ((r.purpose == Purpose::AlbToTarget || r.purpose == Purpose::DrawnFlow) && r.from == alb
                && isKind(design, r.to, "ecs-service"))
                services.insert(r.to);
        if (services.empty())
            services.insert(Id());
        for (const Id &service : services) {
            RequestPath path;
            Builder b(design, drawn, path);
            QStringList names{QCoreApplication::translate("Stackyard::RequestPaths", "Internet"), b.name(alb)};
            for (const auto &[id, f] : design.flows) // the clients drawn in front of the ALB
                if (f.to == alb && (isKind(design, f.from, "internet") || isKind(design, f.from, "users"))) {
                    b.add(f.from);
                    b.add(id);
                }
            for (const Reachability &r : reach)
                if (r.purpose == Purpose::InternetToAlb && r.to == alb)
                    b.addReach(r);
            if (!service.empty()) {
                names << b.name(service);
                for (const Reachability &r : reach)
                    if ((r.purpose == Purpose::AlbToTarget || r.purpose == Purpose::DrawnFlow) && r.from == alb && r.to == service)
                        b.addReach(r);
                for (const Reachability &r : reach)
                    if ((r.purpose == Purpose::Database || r.purpose == Purpose::DrawnFlow) && r.from == service
                        && isKind(design, r.to, "aurora-cluster")) {
                        if (!names.contains(b.name(r.to)))
                            names << b.name(r.to);
                        b.addReach(r);
                    }
            }
            path.title = names.join(QStringLiteral(" → "));
            paths << path;
        }
    }

    std::set<Id> pulling;
    for (const Reachability &r : reach)
        if (r.purpose == Purpose::ImagePull)
            pulling.insert(r.from);
    for (const Id &service : pulling) {
        RequestPath path;
        Builder b(design, drawn, path);
        for (const Reachability &r : reach)
            if (r.purpose == Purpose::ImagePull && r.from == service)
                b.addReach(r);
        b.addFlowsBetween(service, "ecr-repository");
        QStringList nats, endpoints;
        for (const QString &id : std::as_const(path.ids)) {
            if (isKind(design, id.toStdString(), "nat-gateway"))
                nats << b.name(id.toStdString());
            else if (isKind(design, id.toStdString(), "vpc-endpoint"))
                endpoints << b.name(id.toStdString());
        }
        if (!nats.isEmpty()) // the NAT's traffic leaves through the internet gateway
            for (const auto &[id, r] : design.resources)
                if (r.kind == "internet-gateway")
                    b.add(id);
        const QString sep = QStringLiteral(", ");
        QString via = QCoreApplication::translate("Stackyard::RequestPaths", "(no way out)");
        if (!endpoints.isEmpty() && !nats.isEmpty())
            via = QCoreApplication::translate("Stackyard::RequestPaths", "through %1 and %2").arg(endpoints.join(sep), nats.join(sep));
        else if (!endpoints.isEmpty())
            via = QCoreApplication::translate("Stackyard::RequestPaths", "through the endpoints %1").arg(endpoints.join(sep));
        else if (!nats.isEmpty())
            via = QCoreApplication::translate("Stackyard::RequestPaths", "through %1").arg(nats.join(sep));
        path.title = QCoreApplication::translate("Stackyard::RequestPaths", "%1 tasks → ECR image pull %2")
                         .arg(b.name(service), via);
        paths << path;
    }
    return paths;
}

} // namespace Stackyard
