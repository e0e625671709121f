#pragma once

#include "model/core/design.h"

#include <map>

namespace Stackyard::Canvas {

/// "Arrange" for one VPC: the team's automatic layout (model/core/layout/autolayout.h, AZ
/// columns x tier rows, spanning resources in a band under their tier, shared with the
/// importer) applied to this VPC and everything in it, moved so that the VPC keeps its current
/// top-left corner. Returns the new boxes (empty for an unknown id or a non-VPC).
std::map<Id, Rect> arrangeVpc(const Design &design, const Layout &layout, const Id &vpc);

/// The routes of the flows that touch any of `boxes` once those boxes are applied to `layout`,
/// by the automatic layout's router (model/core/layout/flowrouter.h): flow id -> waypoints
/// (empty: the flow is left to the canvas' automatic routing).
std::map<Id, std::vector<Point>> routesAfter(const Design &design, const Layout &layout, const std::map<Id, Rect> &boxes);

} // namespace Stackyard::Canvas
