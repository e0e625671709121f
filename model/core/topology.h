#pragma once

#include "design.h"

#include <string_view>

namespace Stackyard {

/// A subnet's tier, derived from its route table, never stored.
enum class SubnetTier {
    Public,   ///< a default route (0.0.0.0/0) to an internet gateway
    Private,  ///< a default route to a NAT gateway
    Isolated, ///< no default route to the internet at all
};

std::string_view subnetTierName(SubnetTier t); ///< "public", "private", "isolated"

/// The route table a subnet uses: its explicit association, else its VPC's main table, else null.
const RouteTable *routeTableOf(const Design &design, const Id &subnetId);

/// The subnet's derived tier (Isolated for an unknown id).
SubnetTier subnetTier(const Design &design, const Id &subnetId);

/// The VPC a resource belongs to, following parents (the resource itself if it is a VPC); "" if none.
Id vpcOf(const Design &design, const Id &resourceId);

/// The subnets a resource sits in: its placement list, else its parent when that is a subnet.
std::vector<Id> subnetsOf(const Design &design, const Resource &resource);

} // namespace Stackyard
