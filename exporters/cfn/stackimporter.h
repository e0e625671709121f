#pragma once

#include "cfnimport.h"
#include "evaluator.h"
#include "templatereader.h"

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace Stackyard::Cfn {

/// Imports one template and, on demand, its AWS::CloudFormation::Stack children found next to
/// it, into one Design. A child's parameters are the parent's evaluated values and a parent's
/// `Fn::GetAtt Child.Outputs.X` evaluates the child's output, so references cross stacks.
class StackImporter
{
public:
    StackImporter(Design &design, Diagnostics &diagnostics, const ImportOptions &options)
        : m_design(design), m_diagnostics(diagnostics), m_options(options) {}

    /// Maps the top template. Returns false on a fatal error (already reported).
    bool importTop(ParsedTemplate parsed, const std::string &fileName);

private:
    struct Unit
    {
        ParsedTemplate parsed;
        std::unique_ptr<Evaluator> evaluator;
        std::string fileName;
        std::map<std::string, std::string> ids;
    };

    /// Maps a template; `stackId` is "" for the top one, else the parent's logical ID of the
    /// AWS::CloudFormation::Stack. nullptr on a fatal error (already reported).
    Unit *importUnit(ParsedTemplate parsed, const std::string &fileName, std::map<std::string, Json> parameters,
                     const std::string &stackId, int depth);

    bool checkResources(const ParsedTemplate &parsed, const std::string &fileName);
    std::map<std::string, std::string> assignIds(const ParsedTemplate &parsed, const std::string &stackId);
    /// Imports the child stack `logicalId` of `parent` if not done yet; nullptr when not possible.
    Unit *child(Unit &parent, const std::string &logicalId, int depth);
    std::optional<std::filesystem::path> findChildFile(const std::string &parentFile, const std::string &url) const;

    Design &m_design;
    Diagnostics &m_diagnostics;
    const ImportOptions &m_options;
    std::vector<std::unique_ptr<Unit>> m_units;               ///< every template read, kept for Outputs
    std::map<std::string, Unit *> m_children;                 ///< by "<parent file>#<logical ID>"; null = not found
    std::set<std::string> m_inProgress;
    std::set<std::string> m_usedIds;
};

} // namespace Stackyard::Cfn
