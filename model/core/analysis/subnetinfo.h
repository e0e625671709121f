#pragma once

#include "model/core/design.h"
#include "model/core/topology.h"

#include <optional>
#include <string>
#include <vector>

namespace Stackyard {

/// What the analysis knows of one subnet: address range, zone and how its route table routes.
struct SubnetInfo
{
    const Resource *subnet = nullptr;
    Id vpc;
    std::optional<Cidr> cidr;       ///< nullopt when the cidrBlock does not parse
    std::string az;                 ///< normalised zone suffix ("a"), or the value as written
    const RouteTable *routeTable = nullptr; ///< explicit association, else the VPC's main table
    bool explicitAssociation = false;
    SubnetTier tier = SubnetTier::Isolated;  ///< as topology.h defines it
    Id internetGateway;             ///< the IGW of the default route (when it exists and is attached)
    Id natGateway;                  ///< the NAT gateway of the default route (when it exists)
    bool defaultRouteBlackhole = false;
    std::vector<Id> gatewayEndpoints; ///< gateway endpoints serving the table (route or endpoint's routeTables)

    const std::string &id() const { return subnet->id; }
    bool isPublic() const { return tier == SubnetTier::Public; }
};

/// Zone suffix of an availabilityZone value: "us-east-1a" and "a" both give "a".
std::string normaliseAz(std::string_view az);

} // namespace Stackyard
