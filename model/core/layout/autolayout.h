#pragma once

#include "model/core/design.h"

namespace Stackyard {

/// Sizes used by autoLayout, in scene units.
struct LayoutMetrics
{
    static constexpr double icon = 64;         ///< an icon node is icon x icon
    static constexpr double iconGapX = 56;     ///< between icons in a row (room for labels)
    static constexpr double iconGapY = 56;     ///< between icon rows (room for labels)
    static constexpr double padding = 24;      ///< inside a container
    static constexpr double header = 36;       ///< a container's title band
    static constexpr double containerGap = 32; ///< between sibling containers
};

/// An automatic layout that reads like an AWS architecture diagram: each VPC a box holding
/// availability-zone columns x tier rows (public / private app / private data, from the route
/// tables via subnetTier() plus the subnets' role and name hints); spanning resources (ALB,
/// service, Aurora, interface endpoints) centred across their subnets in a band under their
/// tier; the Internet and users on the left outside; regional services in a band on the right.
/// Icons are 64x64, containers are sized to their contents, no two siblings overlap and every
/// child lies inside its container. Flows are routed orthogonally around icons, their labels and
/// container title bands (routeFlows, flowrouter.h) and their bends stored in `waypoints`.
/// Pure and deterministic (same design, same layout).
Layout autoLayout(const Design &design);

} // namespace Stackyard
