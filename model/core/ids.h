#pragma once

#include <string>

namespace Stackyard {

/// A stable identifier of anything in a design (resource, security group, route table, flow).
/// Ids are unique across the whole design, survive saves, and become CloudFormation logical IDs.
using Id = std::string;

} // namespace Stackyard
