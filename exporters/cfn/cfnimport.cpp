#include "cfnimport.h"

#include "flowinference.h"
#include "stackimporter.h"

#include "model/core/layout/autolayout.h"

#include <filesystem>

namespace Stackyard {

namespace {

// Template sections kept as they are; Resources become the design itself.
constexpr const char *kSections[] = {"AWSTemplateFormatVersion", "Description", "Metadata", "Parameters",
                                     "Rules", "Mappings", "Conditions", "Transform", "Outputs"};

bool hasTopLevelKey(std::string_view text, std::string_view key)
{
    for (std::size_t pos = text.find(key); pos != std::string_view::npos; pos = text.find(key, pos + 1)) {
        const bool lineStart = pos == 0 || text[pos - 1] == '\n';
        const bool quotedJson = pos > 0 && text[pos - 1] == '"';
        const std::size_t after = pos + key.size() + (quotedJson ? 1 : 0);
        if ((lineStart || quotedJson) && after < text.size()
            && (text[after] == ':' || (quotedJson && text.find(':', after) != std::string_view::npos)))
            return true;
    }
    return false;
}

} // namespace

bool looksLikeCloudFormation(std::string_view text)
{
    return hasTopLevelKey(text, "Resources") || hasTopLevelKey(text, "AWSTemplateFormatVersion");
}

ImportResult importCloudFormation(std::string_view text, const std::string &fileName, const ImportOptions &options)
{
    ImportResult result;
    auto parsed = Cfn::readTemplate(text, fileName, result.diagnostics, options.limits);
    if (!parsed)
        return result;
    DesignFile file;
    Design &design = file.design;
    design.region = options.region;
    design.name = options.stackName.empty() ? std::filesystem::path(fileName).stem().string() : options.stackName;
    if (parsed->root.contains("Description") && parsed->root["Description"].is_string())
        design.description = parsed->root["Description"].get<std::string>();
    for (const char *section : kSections)
        if (parsed->root.contains(section))
            design.cloudFormation[section] = parsed->root[section];
    if (!options.scenario.empty() || !options.parameters.empty())
        design.cloudFormation["ImportScenario"] = {{"name", options.scenario}, {"parameters", options.parameters}};
    Cfn::StackImporter importer(design, result.diagnostics, options);
    if (!importer.importTop(std::move(*parsed), fileName))
        return result;
    Cfn::inferFlows(design);
    if (options.layout)
        file.layout = autoLayout(design);
    result.file = std::move(file);
    return result;
}

} // namespace Stackyard
