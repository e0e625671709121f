#pragma once

#include "exporters/cfn/cfnimport.h"

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <optional>
#include <string>

namespace Stackyard {

/// A file given to a command: a Stackyard design or a CloudFormation template, as a design.
struct InputResult
{
    std::optional<DesignFile> file; ///< empty when the input could not be read (see diagnostics)
    Diagnostics diagnostics;
    bool isTemplate = false;        ///< it was a CloudFormation template (ids are logical IDs)
    int formatVersion = -1;         ///< a design's format version as written (before migration); -1 otherwise
};

/// Reads `path`, telling a design (.stackyard.json, by looksLikeDesign) from a CloudFormation
/// template (YAML or JSON) by content, never by extension; templates are imported with
/// `options`. JSON that is neither goes to the design loader, whose errors name the line and
/// column. `options.limits.maxBytes` bounds templates only (a non-JSON file is refused before it
/// is read whole); designs have no size limit here. Errors name file:line:column. Never throws.
InputResult loadInput(const std::string &path, const ImportOptions &options = {});

} // namespace Stackyard
