#pragma once

#include "subnetinfo.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace Stackyard {

/// Subnets of every VPC sorted by address, for overlap detection in n log n and for
/// "which subnet holds this address" queries.
class CidrIndex
{
public:
    void add(const SubnetInfo &subnet);
    /// Sorts; call once after every add().
    void finish();

    /// Pairs of subnets of one VPC whose CIDRs overlap (each pair once, sorted by address).
    std::vector<std::pair<const SubnetInfo *, const SubnetInfo *>> overlaps() const;
    /// The subnets of a VPC sorted by base address (unparseable CIDRs left out).
    const std::vector<const SubnetInfo *> &subnetsOf(const Id &vpc) const;

private:
    std::unordered_map<Id, std::vector<const SubnetInfo *>> m_byVpc;
};

} // namespace Stackyard
