#pragma once

#include "portset.h"

#include "model/core/design.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stackyard {

/// One side of a packet as security groups see it: the groups on its interface and the addresses
/// it may use (its subnets' CIDRs), or the public internet, or an AWS prefix list (S3 via gateway).
struct PacketPeer
{
    std::vector<Id> securityGroups;
    std::vector<Cidr> addresses;
    bool internet = false;
    std::string prefixList;      ///< "pl-s3" for S3 reached through a gateway endpoint
    bool defaultSecurityGroup = false; ///< no SG attached: the VPC default SG applies
};

enum class Direction { Ingress, Egress };

/// True when the CIDR holds any public (non RFC 1918, non RFC 6598) address.
bool containsPublicAddresses(const Cidr &cidr);

/// The rules of one security group in one direction, merged into port intervals per
/// (protocol, peer): protocol x port x source as intervals, never expanded port by port.
struct EffectiveRules
{
    struct Group
    {
        Protocol protocol = Protocol::Tcp;
        PeerKind peerKind = PeerKind::Cidr;
        std::string peer;
        std::optional<Cidr> cidr; ///< parsed peer for PeerKind::Cidr (nullopt = unparseable)
        PortSet ports;
    };
    std::vector<Group> groups;

    /// True when some rule matches `peer` at all, any protocol or port.
    bool mentions(const PacketPeer &peer) const;
};

/// Effective rules of every security group of a design, built once.
class SecurityRules
{
public:
    explicit SecurityRules(const std::vector<const SecurityGroup *> &groups);

    const EffectiveRules *rules(const Id &sg, Direction direction) const;
    /// Union over the groups `sgs` (empty = the VPC default SG) of the ports allowed for `peer`.
    PortSet allowed(const std::vector<Id> &sgs, Direction direction, Protocol protocol,
                    const PacketPeer &peer) const;
    /// Whether traffic of `protocol` on `ports` gets through: allowed(…) covers the ports, or for a
    /// protocol without ports allows anything. The union is built only when no single rule
    /// covers the ports alone (most paths a design means to open have one).
    bool admits(const std::vector<Id> &sgs, Direction direction, Protocol protocol, const PacketPeer &peer,
                PortRange ports) const;

private:
    std::unordered_map<Id, EffectiveRules> m_ingress;
    std::unordered_map<Id, EffectiveRules> m_egress;
};

/// Whether a protocol's traffic is port-based (tcp, udp); icmp and all ignore ports.
inline bool hasPorts(Protocol p) { return p == Protocol::Tcp || p == Protocol::Udp; }

} // namespace Stackyard
