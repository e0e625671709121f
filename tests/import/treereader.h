#pragma once

#include "exporters/cfn/templatereader.h"

#include <optional>
#include <string>
#include <string_view>

namespace Stackyard::Testing {

/// The reader as it was before the YAML event builder and the linear JSON resource locator:
/// YAML::Load builds yaml-cpp's node tree, which is then converted to JSON; JSON logical IDs are
/// found by a text search each. Kept only as the reference that the product's reader is compared
/// with (tst_import_reader_equivalence); the product does not use it.
std::optional<Cfn::ParsedTemplate> readTemplateBefore(std::string_view text, const std::string &fileName,
                                                      Diagnostics &diagnostics, const Cfn::ReaderLimits &limits = {});

} // namespace Stackyard::Testing
