#pragma once

#include "model/core/design.h"

namespace Stackyard {

/// Synthetic designs for benchmarks and scale tests, shaped like the reference architecture
/// (PRACTICES NET-4) repeated: every benchmark of the team uses these so numbers compare.
///
/// A design of N services holds:
///  - design-wide: Users, Internet, an SNS alert topic, an S3 log bucket (4 resources);
///  - per VPC (one VPC for every kServicesPerVpc services): the VPC (10.x.0.0/16, x = VPC index
///    modulo 256: VPCs are isolated, so equal CIDRs in different VPCs stay valid), an internet
///    gateway, public and DB subnets in AZs a and b, a NAT gateway per AZ, an internet-facing ALB
///    with a WAF web ACL, an Aurora PostgreSQL cluster, an ECS cluster (12 resources); route tables
///    public / app-a / app-b / db; security groups for the ALB and the database;
///  - per service: two private app subnets (/22, one per AZ, associated with the VPC's app route
///    tables), the ECS service (Fargate, ALB target group and path rule, secrets, FireLens), its ECR
///    repository, log group and secret (6 resources); its own security group chained ALB -> app -> DB;
///    flows alb->service 8080, service->ECR/logs/secret 443, service->Aurora 5432 for most services
///    and service->service 8080 for some, with matching security-group rules.
/// So resources = 4 + 12 * ceil(N / kServicesPerVpc) + 6 * N (designResourceCount). Flows are about
/// 5.5 per service, security groups N + 2 per VPC. Everything has a layout box: VPCs on a grid,
/// AZ columns with spanning resources in the gutter between them, regional resources in a band
/// right of each VPC, nothing overlapping.
///
/// The same (services, seed) gives the same design on every run; the seed varies sizes, how
/// many services use the database and which services call which. The result loads without a
/// diagnostic and round-trips through saveDesign.
inline constexpr int kServicesPerVpc = 20;

/// A design of `services` services (>= 0) as described above.
DesignFile generateDesign(int services, unsigned seed);

/// Resources of generateDesign(services, seed), whatever the seed.
int designResourceCount(int services);

/// A design of exactly `resources` resources (>= 4): the largest service count that fits, topped
/// up with SSM parameters (configuration of the services; at most 17 of them).
DesignFile generateDesignOfSize(int resources, unsigned seed);

} // namespace Stackyard
