#include "exportplan.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"

#include <algorithm>
#include <map>

namespace Stackyard {

namespace {

void note(Diagnostics &out, Diagnostic::Severity severity, const Id &subject, std::string message)
{
    out.push_back({severity, {}, subject, std::move(message)});
}

/// Catalogue defaults under the resource's own values (top-level keys only).
void fillDefaults(Resource &r)
{
    if (r.properties.is_object()) {
        // The same as the merge below without copying every property the resource has: only
        // the defaults it lacks are added (a std::map emplace keeps an existing value).
        if (const KindSpec *spec = Catalog::builtin().kind(r.kind))
            for (const auto &p : spec->properties)
                if (!p.defaultValue.is_null())
                    r.properties.emplace(p.name, p.defaultValue);
        return;
    }
    Json props = Catalog::builtin().defaultProperties(r.kind);
    if (!props.is_object())
        return;
    for (auto it = r.properties.begin(); it != r.properties.end(); ++it)
        props[it.key()] = it.value();
    r.properties = std::move(props);
}

Id addResource(ExportPlan &plan, const std::string &stem, const std::string &kind,
               const std::string &name)
{
    Resource r;
    r.id = plan.design.uniqueId(stem);
    r.kind = kind;
    r.name = name;
    fillDefaults(r);
    plan.added.insert(r.id);
    plan.design.resources.emplace(r.id, r);
    return r.id;
}

std::string vpcCidr(const Design &design, const Id &vpc)
{
    const Resource *v = design.resource(vpc);
    return v ? v->stringProperty("cidrBlock", "10.0.0.0/16") : "10.0.0.0/16";
}

void addRule(SecurityGroup &sg, SgRule rule)
{
    if (std::find(sg.ingress.begin(), sg.ingress.end(), rule) == sg.ingress.end())
        sg.ingress.push_back(std::move(rule));
}

/// Ingress a synthesized group needs: the drawn flows, plus what load balancing implies.
void fillIngress(const Design &design, const Resource &target, SecurityGroup &sg, Diagnostics &out)
{
    bool any = false;
    for (const auto &[fid, flow] : design.flows) {
        if (flow.to != target.id)
            continue;
        const Resource *from = design.resource(flow.from);
        if (!from)
            continue;
        SgRule rule{flow.protocol, flow.ports, PeerKind::Cidr, {}, flow.label};
        if (from->kind == "internet" || from->kind == "users")
            rule.peer = "0.0.0.0/0";
        else if (!from->securityGroups.empty())
            rule = {flow.protocol, flow.ports, PeerKind::SecurityGroup, from->securityGroups.front(), flow.label};
        else if (from->kind == "subnet")
            rule.peer = from->stringProperty("cidrBlock");
        else {
            note(out, Diagnostic::Severity::Info, fid,
                 "flow from '" + from->id + "' has no security group to admit; not exported as a rule");
            continue;
        }
        if (rule.description.empty())
            rule.description = "from " + from->name;
        addRule(sg, rule);
        any = true;
    }
    if (target.kind == "ecs-service") {
        const Resource *alb = serviceAlb(design, target);
        const Json lb = target.properties.value("loadBalancer", Json::object());
        if (alb && !alb->securityGroups.empty())
            addRule(sg, {Protocol::Tcp, PortRange::single(lb.value("containerPort", 8080)),
                         PeerKind::SecurityGroup, alb->securityGroups.front(), "from the load balancer"});
    } else if (target.kind == "alb" && !any) {
        const bool internal = target.stringProperty("scheme") == "internal";
        const std::string peer = internal ? vpcCidr(design, sg.vpc) : "0.0.0.0/0";
        for (const Json &l : target.properties.value("listeners", Json::array()))
            addRule(sg, {Protocol::Tcp, PortRange::single(l.value("port", 443)), PeerKind::Cidr, peer,
                         "listener"});
    } else if (target.kind == "vpc-endpoint" && !any) {
        addRule(sg, {Protocol::Tcp, PortRange::single(443), PeerKind::Cidr, vpcCidr(design, sg.vpc),
                     "HTTPS from the VPC"});
    }
}

void addSecurityGroups(ExportPlan &plan, Diagnostics &out)
{
    Design &d = plan.design;
    std::vector<std::pair<Id, Id>> made; // resource, group
    for (auto &[id, r] : d.resources) {
        if (!takesSecurityGroups(r) || !r.securityGroups.empty())
            continue;
        const Id vpc = vpcOf(d, id);
        if (vpc.empty())
            continue;
        SecurityGroup sg;
        sg.id = d.uniqueId(id + "-sg");
        sg.name = (r.name.empty() ? id : r.name) + " security group";
        sg.vpc = vpc;
        sg.description = "Stackyard: traffic to " + (r.name.empty() ? id : r.name);
        sg.egress.push_back({Protocol::All, PortRange::all(), PeerKind::Cidr, "0.0.0.0/0", "all egress"});
        plan.added.insert(sg.id);
        d.securityGroups.emplace(sg.id, sg);
        r.securityGroups.push_back(sg.id);
        made.emplace_back(id, sg.id);
    }
    for (const auto &[rid, sgid] : made)
        fillIngress(d, d.resources.at(rid), d.securityGroups.at(sgid), out);
}

Id firstOfKind(const Design &d, std::string_view kind)
{
    for (const auto &[id, r] : d.resources)
        if (r.kind == kind)
            return id;
    return {};
}

bool refersTo(const Design &d, const Resource &r, const char *prop, std::string_view kind)
{
    const Resource *target = d.resource(r.stringProperty(prop));
    return target && target->kind == kind;
}

void completeService(ExportPlan &plan, const Id &id, Diagnostics &out)
{
    Design &d = plan.design;
    const std::string name = d.resources.at(id).name.empty() ? id : d.resources.at(id).name;
    if (!refersTo(d, d.resources.at(id), "cluster", "ecs-cluster")) {
        Id cluster = firstOfKind(d, "ecs-cluster");
        if (cluster.empty())
            cluster = addResource(plan, "cluster", "ecs-cluster", "Cluster");
        d.resources.at(id).properties["cluster"] = cluster;
    }
    if (!refersTo(d, d.resources.at(id), "logGroup", "log-group")) {
        const Id lg = addResource(plan, id + "-logs", "log-group", name + " logs");
        d.resources.at(id).properties["logGroup"] = lg;
    }
    Resource &svc = d.resources.at(id);
    const bool firelens = svc.stringProperty("logDriver").rfind("firelens", 0) == 0;
    bool needsBucket = false;
    for (const Json &route : svc.properties.value("logRoutes", Json::array()))
        needsBucket = needsBucket || route.value("destination", "") == "s3";
    if (firelens && needsBucket && !refersTo(d, svc, "logBucket", "s3-bucket")) {
        const Id bucket = addResource(plan, id + "-log-bucket", "s3-bucket", name + " log bucket");
        d.resources.at(id).properties["logBucket"] = bucket;
    }
    Resource &s = d.resources.at(id);
    if (s.boolProperty("runningTaskAlarm") && !refersTo(d, s, "alarmTopic", "sns-topic")) {
        Id topic = firstOfKind(d, "sns-topic");
        if (topic.empty()) {
            topic = addResource(plan, "alarms", "sns-topic", "Alarms");
            note(out, Diagnostic::Severity::Info, topic, "added an SNS topic for the RunningTaskCount alarms");
        }
        d.resources.at(id).properties["alarmTopic"] = topic;
    }
}

std::string pickEnvironment(const Design &d)
{
    std::map<std::string, int> votes;
    for (const auto &[id, r] : d.resources)
        if (r.kind == "ecs-service")
            ++votes[r.stringProperty("environment")];
    std::string best;
    int bestVotes = 0;
    for (const std::string &env : d.environments)
        if (votes[env] > bestVotes) {
            best = env;
            bestVotes = votes[env];
        }
    if (best.empty())
        best = d.environments.empty() ? std::string("dev") : d.environments.front();
    return best;
}

} // namespace

bool takesSecurityGroups(const Resource &r)
{
    if (r.kind == "vpc-endpoint")
        return r.stringProperty("endpointType", "Interface") == "Interface";
    if (r.kind == "lambda")
        return false;
    return r.kind == "alb" || r.kind == "ecs-service" || r.kind == "aurora-cluster"
           || r.kind == "bastion" || r.kind == "eic-endpoint";
}

const Resource *serviceAlb(const Design &design, const Resource &service)
{
    const Json lb = service.properties.value("loadBalancer", Json::object());
    const Resource *alb = design.resource(lb.is_object() ? lb.value("alb", "") : "");
    return alb && alb->kind == "alb" ? alb : nullptr;
}

const Json &memberOr(const Json &object, const char *key, const Json &fallback)
{
    if (!object.is_object())
        (void)object.value(key, fallback); // throws
    const auto it = object.find(key);
    return it == object.end() ? fallback : *it;
}

const Json &listMember(const Json &object, const char *key)
{
    static const Json none = Json::array();
    return memberOr(object, key, none);
}

const Json &mapMember(const Json &object, const char *key)
{
    static const Json none = Json::object();
    return memberOr(object, key, none);
}

const Resource *ExportPlan::repositoryFor(const std::string &image) const
{
    if (image.find_first_of(":/@") != std::string::npos)
        return nullptr;
    auto found = repositoryByImage.find(image);
    return design.resource(found != repositoryByImage.end() ? found->second : onlyRepository);
}

namespace {

void indexRepositories(ExportPlan &plan)
{
    int count = 0;
    for (const auto &[id, r] : plan.design.resources) {
        if (r.kind != "ecr-repository")
            continue;
        plan.repositoryByImage.emplace(r.name, id);
        plan.onlyRepository = id;
        ++count;
    }
    for (const auto &[id, r] : plan.design.resources)
        if (r.kind == "ecr-repository")
            plan.repositoryByImage[id] = id;
    if (count != 1)
        plan.onlyRepository.clear();
    for (const auto &[id, r] : plan.design.resources) {
        if (r.kind != "ecs-service")
            continue;
        const auto containers = r.properties.find("containers");
        if (containers == r.properties.end() || !containers->is_array())
            continue;
        std::set<Id> repos;
        for (const Json &c : *containers)
            if (c.value("imageSource", "ecr") == "ecr" && c.contains("image") && c["image"].is_string())
                if (const Resource *repo = plan.repositoryFor(c["image"].get<std::string>()))
                    repos.insert(repo->id);
        for (const Id &repo : repos)
            plan.pullers[repo].push_back(id);
    }
}

} // namespace

ExportPlan planExport(const Design &design, Diagnostics &diagnostics)
{
    ExportPlan plan{design, {}, {}, {}, {}, {}};
    for (auto &[id, r] : plan.design.resources)
        fillDefaults(r);
    std::vector<Id> services;
    for (const auto &[id, r] : plan.design.resources)
        if (r.kind == "ecs-service")
            services.push_back(id);
    for (const Id &id : services)
        completeService(plan, id, diagnostics);
    addSecurityGroups(plan, diagnostics);
    indexRepositories(plan);
    plan.defaultEnvironment = pickEnvironment(plan.design);
    return plan;
}

} // namespace Stackyard
