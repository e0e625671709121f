#pragma once

#include "model/core/design.h"

#include <string>

namespace Stackyard {

/// The Fluent Bit configuration of a FireLens service (LOG-4): access lines to S3, error lines
/// to CloudWatch Logs, per the service's logRoutes. Bucket, log group, Region and stream come from
/// the log router's environment (${LOG_BUCKET}…), so the text depends only on the design.
std::string fluentBitConfig(const Resource &service);

/// Where the configuration lives: the relative path of the exported file and its S3 key.
std::string fluentBitConfigPath(const Resource &service);

/// True when the service routes its logs through FireLens.
bool usesFireLens(const Resource &service);

/// The CodeBuild build specification of a project (CICD-1/2, SEC-3, SEC-5).
std::string buildSpec(const Resource &project);

/// The relative path the build specification is written to beside the template.
std::string buildSpecPath(const Resource &project);

/// Inline Lambda source for a function's purpose (error-alert, rescan, other).
std::string lambdaSource(const std::string &purpose);

} // namespace Stackyard
