#pragma once

#include "model/core/design.h"

#include <string>

namespace Stackyard::Io {

/// Writes a design straight to canonical text, without building a JSON tree first: the fast path
/// behind saveDesign(). Produces exactly canonicalJson(designToJson(file)) (tests/io checks it).
void writeCanonicalDesign(const DesignFile &file, std::string &out);

} // namespace Stackyard::Io
