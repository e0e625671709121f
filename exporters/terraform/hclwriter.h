#pragma once

#include "exporters/cloudformation/ojson.h"

#include <string>
#include <string_view>

namespace Stackyard {

/// A Terraform block body as an ordered JSON object, written by writeHclBody:
/// - "name": value            an argument; strings are literals (escaped, `${` -> `$${`),
///                            unless made with hclExpr() (raw expression) or hclTemplate()
///                            (a quoted string whose ${...} interpolates); objects are maps
/// - "+name": {body}          a nested block; "+name": [{body}, {body}] repeats it
using HclBody = OJson;

/// A raw HCL expression: `aws_vpc.main.id`, `var.x ? 1 : 0`, `jsonencode({...})`.
std::string hclExpr(std::string_view expression);
/// A quoted string template: hclTemplate("${var.environment_name}-app").
std::string hclTemplate(std::string_view text);

/// One top-level block: `type "label1" "label2" {` body `}` in `terraform fmt` layout (two-space
/// indent, `=` aligned across consecutive single-line arguments, a blank line before nested
/// blocks and multi-line arguments).
std::string writeHclBlock(std::string_view type, std::initializer_list<std::string_view> labels, const HclBody &body);

/// A value as an HCL expression at `indent` (for jsonencode() arguments and the like).
std::string writeHclValue(const OJson &value, int indent);

} // namespace Stackyard
