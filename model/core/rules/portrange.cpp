#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

namespace Stackyard {

STACKYARD_RULE(portRange, PortRangeRule, "port-range", "Ports are within their allowed ranges", Pillar::Ops,
               Severity::Error, "", "rules/port-range.md")

namespace {

void checkPort(const RuleInfo &info, Findings &f, const Id &subject, const Text &what, const Json &value,
               int low = 1, int high = 65535)
{
    if (!value.is_number_integer())
        return;
    const long long port = value.get<long long>();
    if (port >= low && port <= high)
        return;
    f.add(info, {subject}, Text(STACKYARD_TEXT("%1 of %2 is %3, outside %4-%5"), what, subject, port, low, high),
          Text(STACKYARD_TEXT("use a port from %1 to %2"), low, high));
}

void checkRange(const RuleInfo &info, Findings &f, const Id &subject, const Text &what, PortRange r)
{
    if (!r.isValid())
        f.add(info, {subject}, Text(STACKYARD_TEXT("%1 of %2 has the invalid port range %3-%4"), what, subject, r.from, r.to),
              Text(STACKYARD_TEXT("use ports from 0 to 65535 with from <= to")));
}

} // namespace

void PortRangeRule::check(const Analysis &a, Findings &f) const
{
    for (const Resource *alb : a.ofKind("alb")) {
        const Json &listeners = *a.props().alb(*alb).listeners;
        for (const Json &l : RuleUtil::arrayOrEmpty(listeners))
            if (l.is_object() && l.contains("port"))
                checkPort(info(), f, alb->id, Text(STACKYARD_TEXT("a listener")), l["port"]);
        const Json &groups = *a.props().alb(*alb).targetGroups;
        for (const Json &g : RuleUtil::arrayOrEmpty(groups))
            if (g.is_object() && g.contains("port"))
                checkPort(info(), f, alb->id, Text(STACKYARD_TEXT("target group \"%1\""), g.value("name", std::string())), g["port"]);
    }
    for (const Resource *s : a.ofKind("ecs-service")) {
        for (const Json &c : RuleUtil::containers(a, *s)) {
            if (!c.is_object() || !c.contains("portMappings") || !c["portMappings"].is_array())
                continue;
            for (const Json &m : c["portMappings"])
                if (m.is_object() && m.contains("containerPort"))
                    checkPort(info(), f, s->id, Text(STACKYARD_TEXT("container \"%1\""), c.value("name", std::string())),
                              m["containerPort"]);
        }
        const Json &lb = *a.props().service(*s).loadBalancer;
        if (lb.is_object() && lb.contains("containerPort") && lb.value("alb", std::string()) != "")
            checkPort(info(), f, s->id, Text(STACKYARD_TEXT("the load balancer container port")), lb["containerPort"]);
    }
    for (const Resource *db : a.ofKind("aurora-cluster"))
        checkPort(info(), f, db->id, Text(STACKYARD_TEXT("the database port")), *a.props().aurora(*db).portValue, Facts::kAuroraMinPort,
                  65535);
    for (const SecurityGroup *sg : a.securityGroups()) {
        for (const SgRule &rule : sg->ingress)
            if (hasPorts(rule.protocol))
                checkRange(info(), f, sg->id, Text(STACKYARD_TEXT("an ingress rule")), rule.ports);
        for (const SgRule &rule : sg->egress)
            if (hasPorts(rule.protocol))
                checkRange(info(), f, sg->id, Text(STACKYARD_TEXT("an egress rule")), rule.ports);
    }
    for (const Flow *flow : a.flows())
        if (hasPorts(flow->protocol))
            checkRange(info(), f, flow->id, Text(STACKYARD_TEXT("the flow")), flow->ports);
}

} // namespace Stackyard
