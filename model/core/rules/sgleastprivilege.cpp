#include "allrules.h"
#include "ruleutil.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Stackyard {

STACKYARD_RULE(sgLeastPrivilege, SgLeastPrivilege, "sg-least-privilege",
               "Tasks admit only the ALB's security group (and drawn flows); Aurora only its clients", Pillar::Sec,
               Severity::Warning, "SEC-11", "rules/sg-least-privilege.md")

namespace {

/// The key under which a rule is reported once.
std::string ruleText(const SgRule &r)
{
    return describeTraffic(r.protocol, r.ports) + " from " + r.peer;
}

Text ruleWords(const SgRule &r)
{
    return Text(STACKYARD_TEXT("%1 from %2"), trafficText(r.protocol, r.ports), r.peer);
}

/// For every resource, the security groups of the resources that a drawn flow, a load balancer or
/// a task reference sends to it: one pass over flows and reachability (not one per resource). The
/// ids are views of the design's and the analysis's strings, gathered with repeats; review() sorts
/// the few of one resource (tens of thousands of copied strings in sets cost more than the rule).
std::unordered_map<std::string_view, std::vector<std::string_view>> expectedSources(const Analysis &a)
{
    std::unordered_map<std::string_view, std::vector<std::string_view>> sources;
    auto note = [&](const Id &from, const Id &to) {
        if (const Resource *r = a.resource(from)) {
            auto &list = sources[to];
            list.insert(list.end(), r->securityGroups.begin(), r->securityGroups.end());
        }
    };
    for (const Flow *flow : a.flows())
        note(flow->from, flow->to);
    for (const Reachability &r : a.reachability())
        if (!r.to.empty() && r.purpose != Reachability::Purpose::InternetExposure)
            note(r.from, r.to);
    return sources;
}

} // namespace

void SgLeastPrivilege::check(const Analysis &a, Findings &f) const
{
    std::set<std::pair<Id, std::string>> reported; // an SG shared by several resources is reported once per rule
    const auto sources = expectedSources(a);
    auto review = [&](const Resource &r, bool database) {
        auto it = sources.find(r.id);
        std::vector<std::string_view> allowed;
        if (it != sources.end())
            allowed = it->second;
        allowed.insert(allowed.end(), r.securityGroups.begin(), r.securityGroups.end()); // members talking to each other
        std::sort(allowed.begin(), allowed.end());
        for (const Id &sgId : r.securityGroups) {
            const SecurityGroup *sg = a.securityGroup(sgId);
            if (!sg)
                continue;
            for (const SgRule &rule : sg->ingress) {
                Text why;
                if (rule.peerKind == PeerKind::SecurityGroup && !std::binary_search(allowed.begin(), allowed.end(), std::string_view(rule.peer)))
                    why = Text(STACKYARD_TEXT("no flow from %1 to %2 needs it"), rule.peer, r.id);
                else if (rule.peerKind == PeerKind::Cidr) {
                    const auto cidr = Cidr::parse(rule.peer);
                    why = cidr && containsPublicAddresses(*cidr) ? Text(STACKYARD_TEXT("it admits public addresses"))
                          : database ? Text(STACKYARD_TEXT("an address range admits more than the database needs"))
                                     : Text(STACKYARD_TEXT("an address range admits more than the service needs"));
                }
                if (why.isEmpty() || !reported.insert({sgId, ruleText(rule)}).second)
                    continue;
                f.add(info(), {sgId, r.id}, Text(STACKYARD_TEXT("%1 (on %2) admits %3: %4"), sgId, r.id, ruleWords(rule), std::move(why)),
                      Text(STACKYARD_TEXT("admit only the security groups of %1's clients (the flows drawn to it)"), r.id),
                      std::nullopt, "least-privilege");
            }
        }
    };
    for (const Resource *s : a.ofKind("ecs-service"))
        review(*s, false);
    for (const Resource *db : a.ofKind("aurora-cluster"))
        review(*db, true);
    for (const Resource *alb : a.ofKind("alb")) {
        if (a.props().alb(*alb).scheme != "internet-facing")
            continue;
        PortSet listenerPorts;
        const Json &listeners = *a.props().alb(*alb).listeners;
        for (const Json &l : RuleUtil::arrayOrEmpty(listeners))
            if (l.is_object() && l.value("port", 0) > 0)
                listenerPorts.add(PortRange::single(l.value("port", 0)));
        for (const Id &sgId : alb->securityGroups) {
            const SecurityGroup *sg = a.securityGroup(sgId);
            for (const SgRule &rule : sg ? sg->ingress : std::vector<SgRule>{}) {
                const auto cidr = rule.peerKind == PeerKind::Cidr ? Cidr::parse(rule.peer) : std::nullopt;
                if (!cidr || !containsPublicAddresses(*cidr))
                    continue;
                if (rule.protocol == Protocol::Tcp && listenerPorts.covers(rule.ports))
                    continue; // 0.0.0.0/0 on the public ALB's listeners is what it is for
                if (!reported.insert({sgId, ruleText(rule)}).second)
                    continue;
                f.add(info(), {sgId, alb->id},
                      Text(STACKYARD_TEXT("%1 (on %2) admits %3, beyond the listener ports %4"), sgId, alb->id, ruleWords(rule),
                           listenerPorts.toString("tcp")),
                      Text(STACKYARD_TEXT("admit public traffic on the listener ports only")), std::nullopt, "least-privilege");
            }
        }
    }
}

} // namespace Stackyard
