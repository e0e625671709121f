#pragma once

#include "model/core/design.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace Stackyard {

/// A flow's share of data passing one NAT gateway or interface endpoint.
struct EgressUse
{
    Id flow;
    double gb = 0;
};

/// Where the monthly GB of the drawn flows leave their VPC, following route tables (topology.h):
/// to an AWS service through an interface endpoint (or a free gateway endpoint) when the VPC has
/// one for that service, else along the source subnet's default route (NAT gateway or internet
/// gateway). A flow from a resource in several subnets is split evenly across them.
struct EgressPaths
{
    std::map<Id, std::vector<EgressUse>> viaNat;      ///< NAT gateway id -> flows
    std::map<Id, std::vector<EgressUse>> viaEndpoint; ///< interface endpoint id -> flows
    double viaGatewayEndpointGb = 0; ///< S3/DynamoDB gateway endpoints: no charge
    double directInternetGb = 0;     ///< from public subnets through the internet gateway
    double awsServiceGbViaNat = 0;   ///< flows to AWS services that went through NAT
    double internetGbViaNat = 0;     ///< flows to the internet that went through NAT
    double awsServiceGbViaEndpoint = 0;
};

EgressPaths traceEgress(const Design &design);

/// Route tables by subnet, built once (topology.h's routeTableOf scans every table per call).
class RouteIndex
{
public:
    explicit RouteIndex(const Design &design);
    /// The subnet's explicit table, else its VPC's main table, else null (as routeTableOf).
    const RouteTable *tableOf(const Id &subnet) const;
    /// The subnet's 0.0.0.0/0 route to an existing target, or null.
    const Route *defaultRoute(const Id &subnet) const;

private:
    const Design &m_design;
    std::map<Id, const RouteTable *> m_explicit;
    std::map<Id, const RouteTable *> m_mainByVpc;
};

/// The VPC endpoint service name reaching a regional resource ("logs" for a log group, "ecr.dkr"
/// for a repository, "s3" for a bucket…); "" when it is no AWS service (internet, opaque).
std::string endpointServiceOf(const Resource &target);

/// Interface endpoint services the ECS services need to run without NAT (image pulls, logs,
/// secrets, X-Ray, Firehose) plus those the drawn flows reach. Gateway services (s3, dynamodb)
/// are left out: they cost nothing.
std::set<std::string> interfaceServicesNeeded(const Design &design);

/// The Availability Zones of subnets, normalised to their suffix ("us-east-1a" and "a" are one).
std::set<std::string> zonesOf(const Design &design, const std::vector<Id> &subnets);

} // namespace Stackyard
