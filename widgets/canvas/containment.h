#pragma once

#include "model/core/design.h"

#include <string>

namespace Stackyard::Canvas {

/// Whether a resource of a kind may sit in a container, per the catalogue's allowed parents.
struct ContainmentCheck
{
    bool ok = false;
    Id parent;          ///< the parent it gets (a spanning resource dropped on a subnet gets the VPC)
    std::string reason; ///< why not, in words for the status bar
};

/// Checks putting a `kind` into `container` ("" = the region, outside any VPC).
ContainmentCheck checkContainment(const Design &design, const std::string &kind, const Id &container);

/// True when `ancestor` is `id` or one of its parents.
bool isWithin(const Design &design, const Id &id, const Id &ancestor);

} // namespace Stackyard::Canvas
