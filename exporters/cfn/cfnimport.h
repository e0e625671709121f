#pragma once

#include "templatereader.h"

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace Stackyard {

/// How a CloudFormation template becomes a design.
struct ImportOptions
{
    std::string region = "us-east-1";  ///< the design's region: AWS::Region and Fn::GetAZs
    std::string stackName;             ///< AWS::StackName; "" = the file's stem
    std::string scenario;              ///< name of the parameter scenario, for messages
    std::map<std::string, std::string> parameters; ///< the scenario's values; others use defaults
    Cfn::ReaderLimits limits;
    bool nestedStacks = true;          ///< import AWS::CloudFormation::Stack children found next to the file
    bool layout = true;                ///< compute DesignFile::layout with autoLayout()
};

/// The design (with its layout) and what the import had to say. `file` is empty on a fatal
/// error (unreadable text), which `diagnostics` then names as file:line:column.
struct ImportResult
{
    std::optional<DesignFile> file;
    Diagnostics diagnostics;
};

/// Reads a CloudFormation template (YAML or JSON) into a laid-out design. Resource ids are the
/// logical IDs; sections and attributes are kept in Design::cloudFormation and
/// Resource::templateAttributes (scheme: exporters/cfn/README.md). Nested stacks are read from
/// `fileName`'s folder when options.nestedStacks. Never throws.
ImportResult importCloudFormation(std::string_view text, const std::string &fileName, const ImportOptions &options = {});

/// True when text is a CloudFormation template by content (a mapping with Resources, or with
/// AWSTemplateFormatVersion), in YAML or JSON. Cheap: looks at top-level keys only.
bool looksLikeCloudFormation(std::string_view text);

} // namespace Stackyard
