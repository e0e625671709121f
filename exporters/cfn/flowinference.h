#pragma once

#include "model/core/design.h"

namespace Stackyard::Cfn {

/// Adds the traffic an imported template implies, each Flow marked inferred: the internet to
/// each internet-facing ALB on its listener ports; ALB -> service on the target group's container
/// port; service -> Aurora when a task references the database (endpoint or one of its secrets);
/// service -> the ECR repository, log group and secrets it uses, and to an xray endpoint when it
/// runs the X-Ray daemon. Adds an "internet" node when an internet-facing ALB exists.
void inferFlows(Design &design);

} // namespace Stackyard::Cfn
