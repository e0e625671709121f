#pragma once

#include "model/core/design.h"

namespace Stackyard {

/// Gives every resource of `file.design` that has no box in `file.layout` one, without moving
/// anything the user placed: inside its container (parent, or the first subnet of its placement)
/// at the first free 64x64 slot, growing the container when it is full; region-level resources go
/// to the right of everything. Used after one-click fixes and pastes that add resources.
void placeNewNodes(DesignFile &file);

} // namespace Stackyard
