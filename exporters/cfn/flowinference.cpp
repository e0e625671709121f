#include "flowinference.h"

#include "mapper.h"

#include <map>
#include <set>
#include <tuple>

namespace Stackyard::Cfn {

namespace {

// Flows already in the design, by (from, to, ports): one lookup per added flow instead of a scan
// of every flow (quadratic for templates with hundreds of services).
class FlowAdder
{
public:
    explicit FlowAdder(Design &design) : m_design(design)
    {
        for (const auto &[id, flow] : design.flows)
            m_seen.insert(key(flow.from, flow.to, flow.ports));
    }

    void add(const Id &from, const Id &to, Protocol protocol, PortRange ports, std::string label)
    {
        if (!m_seen.insert(key(from, to, ports)).second)
            return;
        Flow flow;
        flow.id = m_design.uniqueId(from + "-to-" + to);
        flow.from = from;
        flow.to = to;
        flow.protocol = protocol;
        flow.ports = ports;
        flow.label = std::move(label);
        flow.inferred = true;
        m_design.flows[flow.id] = flow;
    }

    Design &design() { return m_design; }

private:
    static std::tuple<Id, Id, int, int> key(const Id &from, const Id &to, PortRange ports)
    {
        return {from, to, ports.from, ports.to};
    }

    Design &m_design;
    std::set<std::tuple<Id, Id, int, int>> m_seen;
};

std::optional<int> port(const Json &value)
{
    if (auto v = toInt(value); v && *v >= 0 && *v <= 65535)
        return static_cast<int>(*v);
    return std::nullopt;
}

Id internetNode(Design &design)
{
    for (const auto &[id, r] : design.resources)
        if (r.kind == "internet")
            return id;
    Resource internet;
    internet.id = design.uniqueId("Internet");
    internet.kind = "internet";
    internet.name = "Internet";
    design.resources[internet.id] = internet;
    return internet.id;
}

// Ids that stand for a database: the cluster, and secrets its template properties mention or
// that are attached to it.
std::set<std::string> databaseIds(const Design &design, const Resource &cluster)
{
    std::set<std::string> ids{cluster.id};
    std::set<std::string> mentioned;
    Mapper::collectRefs(cluster.templateAttributes.value("Properties", Json()), mentioned);
    for (const std::string &m : mentioned)
        if (const Resource *r = design.resource(m); r && (r->kind == "secret" || r->kind == "ssm-parameter"))
            ids.insert(m);
    const auto folds = design.cloudFormation.find("Folded"); // read in place, not copied
    if (folds == design.cloudFormation.end() || !folds->is_object())
        return ids;
    const std::string logicalId = cluster.templateAttributes.value("LogicalId", cluster.id);
    for (const auto &[id, folded] : folds->items()) {
        const std::string role = folded.value("as", std::string());
        if (role == "secret-target-attachment") {
            std::set<std::string> targets;
            Mapper::collectRefs(folded.value("Properties", Json()), targets);
            if (targets.count(logicalId))
                ids.insert(folded.value("into", std::string()));
        }
        if (role == "db-instance" && folded.value("into", std::string()) == cluster.id)
            ids.insert(id);
    }
    return ids;
}

/// What the services' flows are drawn to, gathered once (the resources do not change while
/// flows are inferred): Aurora clusters with the ids that stand for each, X-Ray endpoints.
struct Targets
{
    std::vector<std::pair<const Resource *, std::set<std::string>>> databases; ///< in id order
    std::vector<const Resource *> xrayEndpoints;                              ///< in id order
};

Targets targetsOf(const Design &design)
{
    Targets t;
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "aurora-cluster")
            t.databases.emplace_back(&r, databaseIds(design, r));
        else if (r.kind == "vpc-endpoint" && r.stringProperty("service") == "xray")
            t.xrayEndpoints.push_back(&r);
    }
    return t;
}

void serviceFlows(FlowAdder &flows, const Targets &targets, const Resource &service)
{
    const Design &design = flows.design();
    const Json containers = service.properties.value("containers", Json::array());
    std::set<std::string> used;
    Mapper::collectRefs(containers, used);
    for (const Json &c : containers) {
        const Json secrets = c.value("secrets", Json::object());
        for (const auto &[name, secret] : secrets.items())
            if (secret.is_string())
                used.insert(secret.get<std::string>());
    }
    // The resources a flow may go to, visited in id order as a walk over every resource would:
    // the databases, the referenced ECR repositories / secrets / parameters, the log group and
    // the X-Ray endpoints. Every other resource adds nothing.
    std::map<Id, const std::set<std::string> *> candidates; // id -> database ids (clusters) or null
    for (const auto &[cluster, ids] : targets.databases)
        candidates.emplace(cluster->id, &ids);
    for (const std::string &u : used)
        if (design.resource(u))
            candidates.emplace(u, nullptr);
    const std::string logGroup = service.stringProperty("logGroup");
    if (design.resource(logGroup))
        candidates.emplace(logGroup, nullptr);
    if (service.boolProperty("xray"))
        for (const Resource *e : targets.xrayEndpoints)
            candidates.emplace(e->id, nullptr);
    for (const auto &[id, databaseIds] : candidates) {
        const Resource &target = *design.resource(id);
        if (target.kind == "aurora-cluster") {
            for (const std::string &u : used)
                if (databaseIds->count(u)) {
                    const int p = static_cast<int>(target.intProperty("port", 5432));
                    flows.add(service.id, id, Protocol::Tcp, PortRange::single(p), "database");
                    break;
                }
        } else if (used.count(id) && (target.kind == "ecr-repository" || target.kind == "secret" || target.kind == "ssm-parameter")) {
            flows.add(service.id, id, Protocol::Tcp, PortRange::single(443),
                      target.kind == "ecr-repository" ? "image pull" : "secret");
        } else if (target.kind == "log-group" && logGroup == id) {
            flows.add(service.id, id, Protocol::Tcp, PortRange::single(443), "logs");
        } else if (target.kind == "vpc-endpoint" && service.boolProperty("xray") && target.stringProperty("service") == "xray") {
            flows.add(service.id, id, Protocol::Tcp, PortRange::single(443), "traces");
        }
    }
}

} // namespace

void inferFlows(Design &design)
{
    std::vector<const Resource *> publicAlbs, services;
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "alb" && r.stringProperty("scheme") == "internet-facing")
            publicAlbs.push_back(&r);
        if (r.kind == "ecs-service")
            services.push_back(&r);
    }
    FlowAdder flows(design);
    if (!publicAlbs.empty()) {
        std::vector<Id> ids;
        for (const Resource *alb : publicAlbs)
            ids.push_back(alb->id);
        const Id internet = internetNode(design);
        for (const Id &albId : ids)
            for (const Json &listener : design.resources[albId].properties.value("listeners", Json::array()))
                if (auto p = port(listener.value("port", Json())))
                    flows.add(internet, albId, Protocol::Tcp, PortRange::single(*p),
                            scalarText(listener.value("protocol", Json("HTTP"))).value_or("HTTP") + " " + std::to_string(*p));
    }
    std::vector<Id> serviceIds;
    for (const Resource *s : services)
        serviceIds.push_back(s->id);
    const Targets targets = targetsOf(design);
    for (const Id &sid : serviceIds) {
        const Resource &service = design.resources[sid];
        const Json lb = service.properties.value("loadBalancer", Json::object());
        const std::string alb = lb.value("alb", std::string());
        if (!alb.empty() && design.resource(alb))
            if (auto p = port(lb.value("containerPort", Json())))
                flows.add(alb, sid, Protocol::Tcp, PortRange::single(*p), "HTTP " + std::to_string(*p));
        serviceFlows(flows, targets, service);
    }
}

} // namespace Stackyard::Cfn
