#pragma once

#include "cidrindex.h"
#include "partition.h"
#include "propertytable.h"
#include "reachability.h"
#include "scopeindex.h"
#include "securityrules.h"
#include "subnetinfo.h"

#include "model/core/design.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Stackyard {

/// Network interfaces a resource puts into one subnet, with the security groups on them.
struct NetworkInterface
{
    const Resource *owner = nullptr;
    Id subnet;
    std::vector<Id> securityGroups; ///< empty for a NAT gateway (it cannot have one)
    long long count = 1;            ///< interfaces at the design's maximum scale
    long long peakCount = 1;        ///< during rolling deployments (tasks: × maximumPercent)
    std::string role;               ///< "alb", "task", "aurora", "endpoint", "nat", "bastion", "eic", "lambda"
};

/// Everything rules share, computed once per validation: the lookups of a ScopeIndex, subnets with
/// their routes and tiers, the CIDR index, interfaces and their security groups, effective SG
/// rules, and reachability of drawn and implied flows. Holds pointers into `design`, which must outlive it.
/// It covers the whole design or one closed part of it (a DesignScope from DesignPartition); rules
/// walk the objects through resources(), flows()… rather than the design's maps, so they see the part.
class Analysis : public ScopeIndex
{
public:
    /// How much of every path reachability words: all hops (the flow inspector, tests) or only
    /// the failing ones (findings need no text for paths that work, and it is most of the cost).
    enum class Explain { AllHops, FailuresOnly };

    explicit Analysis(const Design &design, Explain explain = Explain::AllHops);
    /// The analysis of one part of `design` (every object it names must be in `scope`).
    Analysis(const Design &design, Explain explain, DesignScope scope);
    ~Analysis();
    Analysis(const Analysis &) = delete;
    Analysis &operator=(const Analysis &) = delete;

    const Design &design() const { return m_design; }
    bool explainsPasses() const { return m_explain == Explain::AllHops; }
    /// The same values, copied once per analysis into flat typed records: what hot loops read.
    const PropertyTable &props() const { return *m_props; }

    const SubnetInfo *subnet(const Id &id) const;
    const std::vector<SubnetInfo> &subnets() const { return m_subnets; }
    /// Subnets a resource of the analysis sits in (placement, else a subnet parent), known subnets
    /// only; listed once per analysis, so asking costs one probe and no allocation.
    std::span<const SubnetInfo *const> subnetsOf(const Resource &r) const;
    /// Distinct zones of those subnets, sorted.
    std::set<std::string> zonesOf(const Resource &r) const;
    /// The VPC of a resource (itself, its parent chain, or the VPC of its placement).
    Id vpcOf(const Resource &r) const;
    /// The internet gateway attached to a VPC, or "".
    Id internetGatewayOf(const Id &vpc) const;
    /// The interface endpoint for `service` in the VPC (private DNS preferred), or null.
    const Resource *interfaceEndpoint(const Id &vpc, std::string_view service) const;
    /// True when the VPC resolves private DNS names (enableDnsSupport and enableDnsHostnames).
    bool vpcHasPrivateDns(const Id &vpc) const;

    const CidrIndex &cidrIndex() const { return m_cidrIndex; }
    const SecurityRules &securityRules() const { return *m_securityRules; }
    const std::vector<NetworkInterface> &interfaces() const { return m_interfaces; }
    /// Interfaces in one subnet.
    std::vector<const NetworkInterface *> interfacesIn(const Id &subnet) const;

    /// The packet-side description of a resource in the VPC (its SGs and subnet CIDRs).
    PacketPeer peerOf(const Resource &r) const;

    /// Reachability of every drawn flow and every flow the design implies, in a stable order.
    const std::vector<Reachability> &reachability() const { return m_reachability; }
    /// The results of one purpose, in the same order: a rule about one purpose need not walk
    /// every result (tens of thousands at 10k resources, each a few hundred bytes).
    const std::vector<const Reachability *> &reachabilityOf(Reachability::Purpose purpose) const
    {
        return m_byPurpose[std::size_t(purpose)];
    }

private:
    void analyseSubnets();
    void collectInterfaces();

    const Design &m_design;
    Explain m_explain;
    std::vector<SubnetInfo> m_subnets;
    /// Subnets by id, open-addressed like ScopeIndex's resources (index into m_subnets; npos = free).
    struct SubnetEntry
    {
        std::size_t hash = 0;
        std::size_t index = std::string::npos;
    };
    std::vector<SubnetEntry> m_subnetIndex;
    /// Every resource's subnets, one run per resource in scope order: m_placed[m_placedFrom[i]]
    /// up to m_placedFrom[i + 1] for resource i.
    std::vector<const SubnetInfo *> m_placed;
    std::vector<std::uint32_t> m_placedFrom;
    std::unordered_map<Id, Id> m_igwByVpc;
    std::unordered_map<std::string, const Resource *> m_interfaceEndpoints; ///< "vpc\nservice"
    std::unordered_map<Id, bool> m_privateDns; ///< per VPC: enableDnsSupport && enableDnsHostnames
    CidrIndex m_cidrIndex;
    std::unique_ptr<SecurityRules> m_securityRules;
    std::unique_ptr<PropertyTable> m_props;
    std::vector<NetworkInterface> m_interfaces;
    std::unordered_map<Id, std::vector<std::size_t>> m_interfacesBySubnet;
    std::vector<Reachability> m_reachability;
    std::array<std::vector<const Reachability *>, std::size_t(Reachability::Purpose::InternetExposure) + 1> m_byPurpose;
};

} // namespace Stackyard
