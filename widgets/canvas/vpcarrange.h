#pragma once

#include "model/core/design.h"

#include <map>

namespace Stackyard::Canvas {

/// Lays a VPC out the way AWS reference diagrams do: one column per availability zone, one row
/// per derived tier (public, private, isolated); each subnet's resources on a grid inside it;
/// spanning resources (ALB, service, Aurora, interface endpoints) in the gutter between the first
/// two AZ columns at the row of their subnets; other VPC-level resources (internet gateway) in a
/// margin on the left edge. The VPC keeps its top-left corner. Returns the new boxes.
std::map<Id, Rect> arrangeVpc(const Design &design, const Layout &layout, const Id &vpc);

} // namespace Stackyard::Canvas
