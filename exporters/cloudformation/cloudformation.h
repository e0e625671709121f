#pragma once

#include "exporters/registry.h"
#include "ojson.h"

#include <nlohmann/json.hpp>

namespace Stackyard {

/// The CloudFormation template of a design as a JSON value with long-form intrinsics, sections in
/// the conventional order. Expands compact nodes into real resources (see ExportPlan) and keeps
/// the sections and opaque resources an import recorded (Design::cloudFormation,
/// Resource::templateAttributes). Pure and deterministic.
nlohmann::ordered_json buildCloudFormationTemplate(const Design &design, Diagnostics &diagnostics);

/// "template.yaml" (YAML, short-form intrinsics) plus the Fluent Bit configuration of every
/// FireLens service ("fluent-bit/<service>.conf") and the build specification of every build
/// project ("buildspec/<project>.yml").
ExportResult exportCloudFormationYaml(const Design &design);

/// The same as exportCloudFormationJson but "template.json", two-space indented JSON.
ExportResult exportCloudFormationJson(const Design &design);

/// Converts a design JSON value (sorted keys) to the ordered form templates are built from.
OJson toOrdered(const Json &value);

} // namespace Stackyard
