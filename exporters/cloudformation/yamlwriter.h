#pragma once

#include "ojson.h"

#include <string>

namespace Stackyard {

/// Writes a CloudFormation template (JSON model, long-form intrinsics) as YAML: block style, two
/// spaces, short-form tags (!Ref, !GetAtt A.B, !Sub, !Select [0, !GetAZs '']…), strings quoted
/// whenever YAML 1.1 or 1.2 could read them as anything but a string, multi-line strings as
/// literal blocks. Deterministic: the output depends only on the value and its key order.
std::string writeCloudFormationYaml(const OJson &templ);

} // namespace Stackyard
