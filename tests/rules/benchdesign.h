#pragma once

#include "model/core/design.h"

namespace Stackyard::Bench {

/// A design of about `resources` resources shaped like the reference sample repeated: per VPC
/// (20 services) an internet gateway, public and DB subnets in two zones, a NAT gateway per zone,
/// an internet-facing ALB, Aurora and their security groups and route tables; per service two
/// private /22 subnets, the Fargate service, its ECR repository, log group and secret, a security
/// group and flows ALB -> service, service -> ECR/logs/secret/Aurora. Used when engineer A's
/// model/core/generator is not in the build.
Design generate(int resources);

} // namespace Stackyard::Bench
