#include "securityrules.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Stackyard {

namespace {

// RFC 1918 and RFC 6598 ranges: addresses that are never on the public internet.
const Cidr kPrivateRanges[] = {
    {0x0A000000u, 8}, {0xAC100000u, 12}, {0xC0A80000u, 16}, {0x64400000u, 10}};

EffectiveRules build(const std::vector<SgRule> &rules)
{
    std::map<std::tuple<Protocol, PeerKind, std::string>, PortSet> merged;
    for (const SgRule &rule : rules) {
        const PortRange ports = hasPorts(rule.protocol) ? rule.ports : PortRange::all();
        merged[{rule.protocol, rule.peerKind, rule.peer}].add(ports);
    }
    EffectiveRules result;
    result.groups.reserve(merged.size());
    for (auto &[key, ports] : merged) {
        EffectiveRules::Group g;
        std::tie(g.protocol, g.peerKind, g.peer) = key;
        if (g.peerKind == PeerKind::Cidr)
            g.cidr = Cidr::parse(g.peer);
        g.ports = std::move(ports);
        result.groups.push_back(std::move(g));
    }
    return result;
}

bool protocolMatches(Protocol rule, Protocol traffic)
{
    return rule == Protocol::All || rule == traffic;
}

bool peerMatches(const EffectiveRules::Group &g, const PacketPeer &peer)
{
    switch (g.peerKind) {
    case PeerKind::SecurityGroup:
        return std::find(peer.securityGroups.begin(), peer.securityGroups.end(), g.peer)
               != peer.securityGroups.end();
    case PeerKind::PrefixList:
        return !peer.prefixList.empty()
               && (g.peer == peer.prefixList || g.peer.find("s3") != std::string::npos);
    case PeerKind::Cidr:
        if (!g.cidr)
            return false;
        if (peer.internet)
            return containsPublicAddresses(*g.cidr);
        if (!peer.prefixList.empty())
            return g.cidr->prefix == 0; // an AWS prefix list holds public AWS ranges
        if (peer.addresses.empty())
            return false;
        return std::all_of(peer.addresses.begin(), peer.addresses.end(),
                           [&](const Cidr &a) { return g.cidr->contains(a); });
    }
    return false;
}

} // namespace

bool containsPublicAddresses(const Cidr &cidr)
{
    for (const Cidr &p : kPrivateRanges)
        if (p.contains(cidr))
            return false;
    return true;
}

bool EffectiveRules::mentions(const PacketPeer &peer) const
{
    return std::any_of(groups.begin(), groups.end(), [&](const Group &g) { return peerMatches(g, peer); });
}

SecurityRules::SecurityRules(const std::vector<const SecurityGroup *> &groups)
{
    m_ingress.reserve(groups.size());
    m_egress.reserve(groups.size());
    for (const SecurityGroup *sg : groups) {
        m_ingress.emplace(sg->id, build(sg->ingress));
        m_egress.emplace(sg->id, build(sg->egress));
    }
}

const EffectiveRules *SecurityRules::rules(const Id &sg, Direction direction) const
{
    const auto &map = direction == Direction::Ingress ? m_ingress : m_egress;
    auto it = map.find(sg);
    return it == map.end() ? nullptr : &it->second;
}

namespace {

/// Calls f with every rule of the groups `sgs` in `direction` that matches the protocol and the
/// peer, until f returns true; says whether one did.
template<typename F>
bool anyMatching(const SecurityRules &rules, const std::vector<Id> &sgs, Direction direction, Protocol protocol,
                 const PacketPeer &peer, F &&f)
{
    for (const Id &sg : sgs)
        if (const EffectiveRules *r = rules.rules(sg, direction))
            for (const EffectiveRules::Group &g : r->groups)
                if (protocolMatches(g.protocol, protocol) && peerMatches(g, peer) && f(g))
                    return true;
    return false;
}

} // namespace

PortSet SecurityRules::allowed(const std::vector<Id> &sgs, Direction direction, Protocol protocol,
                               const PacketPeer &peer) const
{
    PortSet ports;
    if (sgs.empty()) {
        // The VPC default SG: all outbound; inbound only from members of itself.
        if (direction == Direction::Egress || peer.defaultSecurityGroup)
            ports.add(PortRange::all());
        return ports;
    }
    anyMatching(*this, sgs, direction, protocol, peer, [&](const EffectiveRules::Group &g) {
        ports.add(g.ports);
        return false;
    });
    return ports;
}

bool SecurityRules::admits(const std::vector<Id> &sgs, Direction direction, Protocol protocol, const PacketPeer &peer,
                           PortRange ports) const
{
    if (sgs.empty()) // the VPC default SG
        return hasPorts(protocol) ? allowed(sgs, direction, protocol, peer).covers(ports)
                                  : direction == Direction::Egress || peer.defaultSecurityGroup;
    int matching = 0;
    if (anyMatching(*this, sgs, direction, protocol, peer, [&](const EffectiveRules::Group &g) {
            ++matching;
            return hasPorts(protocol) ? g.ports.covers(ports) : !g.ports.isEmpty();
        }))
        return true;
    // Two rules may cover the ports only together (tcp/0-99 and tcp/100-199 cover tcp/50-150).
    return hasPorts(protocol) && matching > 1 && allowed(sgs, direction, protocol, peer).covers(ports);
}

} // namespace Stackyard
