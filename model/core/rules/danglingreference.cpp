#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(danglingReference, DanglingReference, "dangling-reference", "Every reference names an existing object",
               Pillar::Ops, Severity::Error, "", "rules/dangling-reference.md")

namespace {

class Checker
{
public:
    Checker(const Analysis &a, Findings &f, const RuleInfo &info) : m_a(a), m_f(f), m_info(info) {}

    /// Reports when `target` is set but names nothing of `kind` ("" = any resource).
    void resource(const Id &subject, const std::string &what, const std::string &target, std::string_view kind = {})
    {
        if (target.empty() || target.rfind("arn:", 0) == 0)
            return;
        const Resource *r = m_a.resource(target);
        if (r && (kind.empty() || r->kind == kind))
            return;
        const std::string why = r ? " is a " + r->kind + ", not a " + std::string(kind) : " does not exist";
        m_f.add(m_info, {subject}, what + " of " + subject + " names " + target + ", which" + why,
                "point " + what + " of " + subject + " at an existing " + (kind.empty() ? std::string("resource") : std::string(kind)));
    }
    void securityGroup(const Id &subject, const std::string &what, const Id &target)
    {
        if (!m_a.design().securityGroup(target))
            m_f.add(m_info, {subject}, what + " of " + subject + " names security group " + target + ", which does not exist",
                    "remove " + target + " or create it");
    }

private:
    const Analysis &m_a;
    Findings &m_f;
    const RuleInfo &m_info;
};

} // namespace

void DanglingReference::check(const Analysis &a, Findings &f) const
{
    Checker c(a, f, info());
    const Design &d = a.design();
    for (const auto &[id, r] : d.resources) {
        c.resource(id, "the parent", r.parent);
        for (const Id &s : r.placement)
            c.resource(id, "the placement", s, "subnet");
        for (const Id &sg : r.securityGroups)
            c.securityGroup(id, "the security groups", sg);
        if (r.kind == "ecs-service") {
            const ServiceProperties &p = a.props().service(r);
            c.resource(id, "cluster", std::string(p.cluster), "ecs-cluster");
            c.resource(id, "logGroup", std::string(p.logGroup), "log-group");
            const Json &lb = *p.loadBalancer;
            if (lb.is_object())
                c.resource(id, "loadBalancer.alb", lb.value("alb", std::string()), "alb");
            for (const Json &ct : RuleUtil::containers(a, r))
                if (ct.is_object() && ct.contains("secrets") && ct["secrets"].is_object())
                    for (const auto &[name, ref] : ct["secrets"].items())
                        if (ref.is_string())
                            c.resource(id, "secret " + name, ref.get<std::string>());
        } else if (r.kind == "waf-web-acl") {
            c.resource(id, "associatedWith", std::string(a.props().other(r).associatedWith));
        } else if (r.kind == "subscription-filter") {
            c.resource(id, "logGroup", std::string(a.props().other(r).logGroup), "log-group");
            c.resource(id, "destination", std::string(a.props().other(r).destination), "lambda");
        } else if (r.kind == "vpc-endpoint") {
            const Json &tables = *a.props().endpoint(r).routeTables;
            for (const Json &t : RuleUtil::arrayOrEmpty(tables))
                if (t.is_string() && !d.routeTable(t.get<std::string>()))
                    f.add(info(), {id}, "routeTables of " + id + " names " + t.get<std::string>() + ", which does not exist",
                          "remove it from routeTables of " + id);
        }
    }
    for (const auto &[id, sg] : d.securityGroups)
        for (const auto *rules : {&sg.ingress, &sg.egress})
            for (const SgRule &rule : *rules)
                if (rule.peerKind == PeerKind::SecurityGroup)
                    c.securityGroup(id, "a rule", rule.peer);
    for (const auto &[id, table] : d.routeTables) {
        for (const Id &s : table.subnets)
            c.resource(id, "the associations", s, "subnet");
        for (const Route &route : table.routes)
            if (route.target != RouteTargetKind::Local && route.target != RouteTargetKind::Blackhole)
                c.resource(id, "the route to " + route.destination, route.targetId);
    }
    for (const auto &[id, flow] : d.flows) {
        c.resource(id, "the source", flow.from);
        c.resource(id, "the destination", flow.to);
    }
}

} // namespace Stackyard
