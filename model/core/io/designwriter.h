#pragma once

#include "model/core/design.h"

namespace Stackyard::Io {

/// The JSON document of a design in the current format (docs/file-format.md): every top-level
/// member present, arrays sorted by id, empty optional members of objects left out, integral
/// coordinates written as integers.
Json designToJson(const DesignFile &file);

} // namespace Stackyard::Io
