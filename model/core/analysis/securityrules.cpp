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

PortSet EffectiveRules::allowed(Protocol protocol, const PacketPeer &peer) const
{
    PortSet ports;
    for (const Group &g : groups)
        if (protocolMatches(g.protocol, protocol) && peerMatches(g, peer))
            ports.add(g.ports);
    return ports;
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
    for (const Id &sg : sgs)
        if (const EffectiveRules *r = rules(sg, direction))
            ports.add(r->allowed(protocol, peer));
    return ports;
}

} // namespace Stackyard
