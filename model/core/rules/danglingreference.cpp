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
    /// `what` is a property name (a literal) or words (a Text).
    void resource(const Id &subject, const TextArg &what, const std::string &target, std::string_view kind = {})
    {
        if (target.empty() || target.rfind("arn:", 0) == 0)
            return;
        const Resource *r = m_a.resource(target);
        if (r && (kind.empty() || r->kind == kind))
            return;
        m_f.add(m_info, {subject},
                r ? Text(STACKYARD_TEXT("%1 of %2 names %3, which is a %4, not a %5"), what, subject, target, r->kind, kind)
                  : Text(STACKYARD_TEXT("%1 of %2 names %3, which does not exist"), what, subject, target),
                kind.empty() ? Text(STACKYARD_TEXT("point %1 of %2 at an existing resource"), what, subject)
                             : Text(STACKYARD_TEXT("point %1 of %2 at an existing %3"), what, subject, kind));
    }
    void securityGroup(const Id &subject, const TextArg &what, const Id &target)
    {
        if (!m_a.securityGroup(target))
            m_f.add(m_info, {subject},
                    Text(STACKYARD_TEXT("%1 of %2 names security group %3, which does not exist"), what, subject, target),
                    Text(STACKYARD_TEXT("remove %1 or create it"), target));
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
    for (const Resource *resource : a.resources()) {
        const Resource &r = *resource;
        const Id &id = r.id;
        c.resource(id, Text(STACKYARD_TEXT("the parent")), r.parent);
        for (const Id &s : r.placement)
            c.resource(id, Text(STACKYARD_TEXT("the placement")), s, "subnet");
        for (const Id &sg : r.securityGroups)
            c.securityGroup(id, Text(STACKYARD_TEXT("the security groups")), sg);
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
                            c.resource(id, Text(STACKYARD_TEXT("secret %1"), name), ref.get<std::string>());
        } else if (r.kind == "waf-web-acl") {
            c.resource(id, "associatedWith", std::string(a.props().other(r).associatedWith));
        } else if (r.kind == "subscription-filter") {
            c.resource(id, "logGroup", std::string(a.props().other(r).logGroup), "log-group");
            c.resource(id, "destination", std::string(a.props().other(r).destination), "lambda");
        } else if (r.kind == "vpc-endpoint") {
            const Json &tables = *a.props().endpoint(r).routeTables;
            for (const Json &t : RuleUtil::arrayOrEmpty(tables))
                if (t.is_string() && !a.routeTable(t.get<std::string>()))
                    f.add(info(), {id}, Text(STACKYARD_TEXT("routeTables of %1 names %2, which does not exist"), id, t.get<std::string>()),
                          Text(STACKYARD_TEXT("remove it from routeTables of %1"), id));
        }
    }
    for (const SecurityGroup *sg : a.securityGroups())
        for (const auto *rules : {&sg->ingress, &sg->egress})
            for (const SgRule &rule : *rules)
                if (rule.peerKind == PeerKind::SecurityGroup)
                    c.securityGroup(sg->id, Text(STACKYARD_TEXT("a rule")), rule.peer);
    for (const RouteTable *table : a.routeTables()) {
        for (const Id &s : table->subnets)
            c.resource(table->id, Text(STACKYARD_TEXT("the associations")), s, "subnet");
        for (const Route &route : table->routes)
            if (route.target != RouteTargetKind::Local && route.target != RouteTargetKind::Blackhole)
                c.resource(table->id, Text(STACKYARD_TEXT("the route to %1"), route.destination), route.targetId);
    }
    for (const Flow *flow : a.flows()) {
        c.resource(flow->id, Text(STACKYARD_TEXT("the source")), flow->from);
        c.resource(flow->id, Text(STACKYARD_TEXT("the destination")), flow->to);
    }
}

} // namespace Stackyard
