#include "flowinference.h"

#include "mapper.h"

namespace Stackyard::Cfn {

namespace {

void addFlow(Design &design, const Id &from, const Id &to, Protocol protocol, PortRange ports, std::string label)
{
    for (const auto &[id, flow] : design.flows)
        if (flow.from == from && flow.to == to && flow.ports == ports)
            return;
    Flow flow;
    flow.id = design.uniqueId(from + "-to-" + to);
    flow.from = from;
    flow.to = to;
    flow.protocol = protocol;
    flow.ports = ports;
    flow.label = std::move(label);
    flow.inferred = true;
    design.flows[flow.id] = flow;
}

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
    const Json folds = design.cloudFormation.value("Folded", Json::object());
    for (const auto &[id, folded] : folds.items()) {
        const std::string role = folded.value("as", std::string());
        std::set<std::string> targets;
        Mapper::collectRefs(folded.value("Properties", Json()), targets);
        if (role == "secret-target-attachment" && targets.count(cluster.templateAttributes.value("LogicalId", cluster.id)))
            ids.insert(folded.value("into", std::string()));
        if (role == "db-instance" && folded.value("into", std::string()) == cluster.id)
            ids.insert(id);
    }
    return ids;
}

void serviceFlows(Design &design, const Resource &service)
{
    const Json containers = service.properties.value("containers", Json::array());
    std::set<std::string> used;
    Mapper::collectRefs(containers, used);
    for (const Json &c : containers) {
        const Json secrets = c.value("secrets", Json::object());
        for (const auto &[name, secret] : secrets.items())
            if (secret.is_string())
                used.insert(secret.get<std::string>());
    }
    for (const auto &[id, target] : design.resources) {
        if (target.kind == "aurora-cluster") {
            const auto ids = databaseIds(design, target);
            for (const std::string &u : used)
                if (ids.count(u)) {
                    const int p = static_cast<int>(target.intProperty("port", 5432));
                    addFlow(design, service.id, id, Protocol::Tcp, PortRange::single(p), "database");
                    break;
                }
        } else if (used.count(id) && (target.kind == "ecr-repository" || target.kind == "secret" || target.kind == "ssm-parameter")) {
            addFlow(design, service.id, id, Protocol::Tcp, PortRange::single(443),
                    target.kind == "ecr-repository" ? "image pull" : "secret");
        } else if (target.kind == "log-group" && service.stringProperty("logGroup") == id) {
            addFlow(design, service.id, id, Protocol::Tcp, PortRange::single(443), "logs");
        } else if (target.kind == "vpc-endpoint" && service.boolProperty("xray") && target.stringProperty("service") == "xray") {
            addFlow(design, service.id, id, Protocol::Tcp, PortRange::single(443), "traces");
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
    if (!publicAlbs.empty()) {
        std::vector<Id> ids;
        for (const Resource *alb : publicAlbs)
            ids.push_back(alb->id);
        const Id internet = internetNode(design);
        for (const Id &albId : ids)
            for (const Json &listener : design.resources[albId].properties.value("listeners", Json::array()))
                if (auto p = port(listener.value("port", Json())))
                    addFlow(design, internet, albId, Protocol::Tcp, PortRange::single(*p),
                            scalarText(listener.value("protocol", Json("HTTP"))).value_or("HTTP") + " " + std::to_string(*p));
    }
    std::vector<Id> serviceIds;
    for (const Resource *s : services)
        serviceIds.push_back(s->id);
    for (const Id &sid : serviceIds) {
        const Resource &service = design.resources[sid];
        const Json lb = service.properties.value("loadBalancer", Json::object());
        const std::string alb = lb.value("alb", std::string());
        if (!alb.empty() && design.resource(alb))
            if (auto p = port(lb.value("containerPort", Json())))
                addFlow(design, alb, sid, Protocol::Tcp, PortRange::single(*p), "HTTP " + std::to_string(*p));
        serviceFlows(design, service);
    }
}

} // namespace Stackyard::Cfn
