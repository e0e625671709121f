#include "fixutil.h"

#include "model/core/rules/fixes.h"

#include <map>
#include <set>
#include <tuple>

namespace Stackyard {

namespace {

using RuleKey = std::tuple<Protocol, PeerKind, std::string>;
using RuleMap = std::map<RuleKey, PortSet>;

struct Generated
{
    std::map<Id, RuleMap> ingress;
    std::map<Id, RuleMap> egress;
};

/// How a rule names `r` as a peer: its first security group, else its subnets' CIDRs.
std::vector<std::pair<PeerKind, std::string>> peersOf(const Analysis &a, const Resource &r)
{
    if (!r.securityGroups.empty())
        return {{PeerKind::SecurityGroup, r.securityGroups.front()}};
    std::vector<std::pair<PeerKind, std::string>> result;
    for (const SubnetInfo *s : a.subnetsOf(r))
        if (s->cidr)
            result.emplace_back(PeerKind::Cidr, s->cidr->toString());
    return result;
}

void allow(std::map<Id, RuleMap> &side, const std::vector<Id> &groups, Protocol p, PortRange ports, PeerKind kind,
           const std::string &peer)
{
    for (const Id &g : groups)
        side[g][{p, kind, peer}].add(hasPorts(p) ? ports : PortRange::all());
}

void between(const Analysis &a, Generated &gen, const Resource &from, const Resource &to, Protocol p, PortRange ports)
{
    for (const auto &[kind, peer] : peersOf(a, from))
        allow(gen.ingress, to.securityGroups, p, ports, kind, peer);
    for (const auto &[kind, peer] : peersOf(a, to))
        allow(gen.egress, from.securityGroups, p, ports, kind, peer);
}

void toAwsService(const Analysis &a, Generated &gen, const Resource &from, const std::string &service, PortRange ports)
{
    const auto subnets = a.subnetsOf(from);
    if (subnets.empty())
        return;
    const SubnetInfo &s = *subnets.front();
    if (service == "s3" || service == "dynamodb")
        for (const Id &g : s.gatewayEndpoints)
            if (const Resource *e = a.resource(g); e && a.stringProperty(*e, "service") == service)
                return allow(gen.egress, from.securityGroups, Protocol::Tcp, ports, PeerKind::PrefixList, "pl-" + service);
    if (const Resource *e = a.interfaceEndpoint(s.vpc, service))
        if (a.boolProperty(*e, "privateDnsEnabled", true) && a.vpcHasPrivateDns(s.vpc))
            return between(a, gen, from, *e, Protocol::Tcp, ports);
    allow(gen.egress, from.securityGroups, Protocol::Tcp, ports, PeerKind::Cidr, "0.0.0.0/0");
}

Generated generate(const Analysis &a)
{
    Generated gen;
    for (const Reachability &r : a.reachability()) {
        if (!r.shouldBeOpen)
            continue;
        const Resource *from = a.resource(r.from);
        const Resource *to = a.resource(r.to);
        const bool external = !from || from->kind == "internet" || from->kind == "users";
        if (external && to) {
            allow(gen.ingress, to->securityGroups, r.protocol, r.ports, PeerKind::Cidr, "0.0.0.0/0");
        } else if (from && (r.service == "internet" || (to && to->kind == "internet"))) {
            allow(gen.egress, from->securityGroups, r.protocol, r.ports, PeerKind::Cidr, "0.0.0.0/0");
        } else if (from && !r.service.empty()) {
            toAwsService(a, gen, *from, r.service, r.ports);
        } else if (from && to && !a.subnetsOf(*to).empty()) {
            between(a, gen, *from, *to, r.protocol, r.ports);
        } else if (from && to) {
            for (const std::string &service : awsServicesOf(*to))
                toAwsService(a, gen, *from, service, r.ports);
        }
    }
    return gen;
}

std::vector<SgRule> toRules(const RuleMap &map, const std::string &note)
{
    std::vector<SgRule> rules;
    for (const auto &[key, ports] : map)
        for (const PortRange &range : ports.ranges()) {
            SgRule rule;
            std::tie(rule.protocol, rule.peerKind, rule.peer) = key;
            rule.ports = hasPorts(rule.protocol) ? range : PortRange::all();
            rule.description = note;
            rules.push_back(std::move(rule));
        }
    return rules;
}

/// Security groups whose every member is a resource the flows fully describe.
std::set<Id> eligibleGroups(const Analysis &a)
{
    static const std::set<std::string> kinds{"alb", "ecs-service", "aurora-cluster", "vpc-endpoint"};
    std::set<Id> result;
    for (const auto &[id, sg] : a.design().securityGroups) {
        const auto &members = a.membersOf(id);
        if (!members.empty() && std::all_of(members.begin(), members.end(), [](const Resource *r) { return kinds.count(r->kind) > 0; }))
            result.insert(id);
    }
    return result;
}

Design apply(const Design &design, const Analysis &a, const std::set<Id> &groups)
{
    const Generated gen = generate(a);
    Design d = design;
    static const RuleMap none;
    for (const Id &g : groups) {
        auto it = d.securityGroups.find(g);
        if (it == d.securityGroups.end())
            continue;
        auto in = gen.ingress.find(g);
        auto out = gen.egress.find(g);
        it->second.ingress = toRules(in == gen.ingress.end() ? none : in->second, "generated from flows");
        it->second.egress = toRules(out == gen.egress.end() ? none : out->second, "generated from flows");
    }
    return d;
}

} // namespace

Design generateSgRulesFromFlows(const Design &design)
{
    const Analysis a(design);
    return apply(design, a, eligibleGroups(a));
}

Design fixLeastPrivilege(const Design &design, const Finding &finding)
{
    const Analysis a(design);
    const std::set<Id> eligible = eligibleGroups(a);
    std::set<Id> groups;
    for (const Id &id : finding.subjects) {
        if (eligible.count(id))
            groups.insert(id);
        if (const Resource *r = a.resource(id))
            for (const Id &g : r->securityGroups)
                if (eligible.count(g))
                    groups.insert(g);
    }
    return groups.empty() ? design : apply(design, a, groups);
}

} // namespace Stackyard
