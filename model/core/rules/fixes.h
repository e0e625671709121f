#pragma once

#include "finding.h"

#include "model/core/design.h"

#include <span>
#include <string_view>
#include <vector>

namespace Stackyard {

/// One-click fixes: pure functions from a design (and the finding they answer) to the fixed design.
/// The document layer wraps the difference as one undoable command. A fix that does not apply to
/// the finding returns the design unchanged.
using FixFunction = Design (*)(const Design &design, const Finding &finding);

struct FixInfo
{
    std::string_view id;     ///< the value of Finding::fix
    std::string_view title;  ///< menu text
    FixFunction apply;
};

/// Every fix, sorted by id.
std::span<const FixInfo> fixes();
/// The fix a finding offers (Finding::fix), or null.
const FixInfo *fixFor(const Finding &finding);
/// The fixes offered for a finding: its own (Finding::fix) first, then the alternatives that answer
/// the same problem another way — a task's missing egress (image pull, logs, secrets, traces) is
/// opened by a NAT gateway per zone or by VPC endpoints (SEC-15), whichever of the two the finding
/// names. Whether a choice resolves the finding is for the caller to check (the endpoints do not
/// help a public image, nor X-Ray).
std::vector<const FixInfo *> fixChoices(const Finding &finding);

/// "add-nat-per-az": a public zonal NAT gateway in each zone of the subject's private subnets (in
/// that zone's public subnet, created when missing) and their 0.0.0.0/0 routes pointed at it.
Design fixAddNatPerAz(const Design &design, const Finding &finding);
/// "add-endpoints": interface endpoints ecr.api, ecr.dkr, logs and secretsmanager with private DNS
/// (one subnet per zone), an S3 gateway endpoint on the subnets' route tables, an endpoint SG admitting
/// tcp/443 from the services, and the services' egress to them.
Design fixAddEndpoints(const Design &design, const Finding &finding);
/// "least-privilege": replaces the rules of the security groups among the finding's subjects (or
/// of the subjects' resources) with exactly what the drawn and implied flows need.
Design fixLeastPrivilege(const Design &design, const Finding &finding);
/// The same for every security group attached to ALBs, services, Aurora and interface endpoints.
Design generateSgRulesFromFlows(const Design &design);
/// "alb-peer-subnet": adds a public subnet of another zone to the ALB (creating one when needed).
Design fixAlbPeerSubnet(const Design &design, const Finding &finding);
/// "move-secret": plaintext secret-like environment variables of the subject service become
/// Secrets Manager secrets referenced from the container's secrets (values are not carried over).
Design fixMoveSecret(const Design &design, const Finding &finding);

} // namespace Stackyard
