#pragma once

#include "exporters/registry.h"

namespace Stackyard {

/// A Terraform configuration equivalent to the CloudFormation export (same ExportPlan, same
/// resources and practices): main.tf, variables.tf, outputs.tf, versions.tf (AWS provider >= 5.x),
/// plus the Fluent Bit configurations and build specifications, in `terraform fmt` style.
/// Pure and deterministic.
ExportResult exportTerraform(const Design &design);

} // namespace Stackyard
