#pragma once

#include "ojson.h"

#include <string>

namespace Stackyard {

/// Writes a CloudFormation template (JSON model, long-form intrinsics) as YAML: block style, two
/// spaces, short-form tags (!Ref, !GetAtt A.B, !Sub, !Select [0, !GetAZs '']…), strings quoted
/// whenever YAML 1.1 or 1.2 could read them as anything but a string, multi-line strings as
/// literal blocks. Deterministic: the output depends only on the value and its key order.
std::string writeCloudFormationYaml(const OJson &templ);

/// Room to reserve for the text of a template, `perResource` bytes per resource. Generous on
/// purpose: reserved pages cost nothing until written, while a string grown by doubling copies
/// the text and touches fresh pages on every growth (tens of megabytes for 10,000 resources).
std::size_t cfnTextReserve(const OJson &templ, std::size_t perResource);

} // namespace Stackyard
