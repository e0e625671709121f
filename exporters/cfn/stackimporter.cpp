#include "stackimporter.h"

#include "mapper.h"

#include "exporters/cloudformation/logicalids.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace Stackyard::Cfn {

namespace {

constexpr int kMaxStackDepth = 5;
const char *const kStackType = "AWS::CloudFormation::Stack";

std::string stem(const std::string &fileName)
{
    std::string name = std::filesystem::path(fileName).filename().string();
    for (const char *ext : {".yaml", ".yml", ".json", ".template"})
        if (name.size() > std::strlen(ext) && name.compare(name.size() - std::strlen(ext), std::string::npos, ext) == 0)
            return name.substr(0, name.size() - std::strlen(ext));
    return name;
}

} // namespace

bool StackImporter::checkResources(const ParsedTemplate &parsed, const std::string &fileName)
{
    const auto resources = parsed.root.find("Resources");
    if (resources == parsed.root.end() || !resources->is_object()) {
        m_diagnostics.push_back({Diagnostic::Severity::Error, location(fileName, 1, 1), {},
                                 "not a CloudFormation template: no Resources mapping"});
        return false;
    }
    bool ok = true;
    for (const auto &[logicalId, body] : resources->items()) {
        if (body.is_object() && body.contains("Type") && body["Type"].is_string())
            continue;
        auto line = parsed.resourceLines.find(logicalId);
        m_diagnostics.push_back({Diagnostic::Severity::Error,
                                 location(fileName, line == parsed.resourceLines.end() ? 1 : line->second, 3),
                                 logicalId, "resource " + logicalId + " has no Type"});
        ok = false;
    }
    return ok;
}

std::map<std::string, std::string> StackImporter::assignIds(const ParsedTemplate &parsed, const std::string &stackId)
{
    std::map<std::string, std::string> ids;
    // A Stackyard export tags each design object's resource with its design id: the top template
    // gets those ids back (what the export generated for an object carries the same tag and a
    // Metadata.Stackyard mark, and keeps its logical ID). A tag used twice, or naming another
    // logical ID, is ignored.
    std::map<std::string, std::string> tagged;
    if (stackId.empty()) {
        std::map<std::string, int> uses;
        for (const auto &[logicalId, body] : parsed.root["Resources"].items())
            if (const std::string designId = designIdTag(body.value("Properties", Json())); !designId.empty() && Cfn::generatedBy(body).empty()) {
                ++uses[designId];
                tagged[logicalId] = designId;
            }
        std::erase_if(tagged, [&](const auto &entry) {
            return uses[entry.second] > 1 || (entry.second != entry.first && parsed.root["Resources"].contains(entry.second));
        });
        // An object whose resource takes no tags (a subscription filter) is named by what was
        // generated for it: generatedBy "errors-filter" and the logical ID ErrorsFilter.
        const LogicalIds pascal(LogicalIds::Style::Pascal);
        std::set<std::string> taggedIds;
        for (const auto &[logicalId, designId] : tagged)
            taggedIds.insert(designId);
        for (const auto &[logicalId, body] : parsed.root["Resources"].items()) {
            const std::string owner = Cfn::generatedBy(body);
            if (owner.empty() || taggedIds.count(owner) || parsed.root["Resources"].contains(owner))
                continue;
            const std::string ownerLogical = pascal.convert(owner);
            const auto ownerBody = parsed.root["Resources"].find(ownerLogical);
            if (ownerBody == parsed.root["Resources"].end() || tagged.count(ownerLogical) || !Cfn::generatedBy(*ownerBody).empty()
                || !designIdTag(ownerBody->value("Properties", Json())).empty())
                continue;
            tagged[ownerLogical] = owner;
            taggedIds.insert(owner);
        }
        for (const auto &[logicalId, designId] : tagged)
            m_usedIds.insert(designId);
    }
    for (const auto &[logicalId, body] : parsed.root["Resources"].items()) {
        if (auto t = tagged.find(logicalId); t != tagged.end()) {
            ids[logicalId] = t->second;
            continue;
        }
        std::string id = logicalId;
        if (!stackId.empty() && m_usedIds.count(id))
            id = stackId + logicalId;
        for (int n = 2; m_usedIds.count(id); ++n)
            id = stackId + logicalId + std::to_string(n);
        m_usedIds.insert(id);
        ids[logicalId] = id;
    }
    return ids;
}

bool StackImporter::importTop(ParsedTemplate parsed, const std::string &fileName)
{
    std::map<std::string, Json> scenario;
    for (const auto &[name, value] : m_options.parameters)
        scenario[name] = value;
    return importUnit(std::move(parsed), fileName, std::move(scenario), {}, 0) != nullptr;
}

StackImporter::Unit *StackImporter::importUnit(ParsedTemplate parsed, const std::string &fileName,
                                               std::map<std::string, Json> parameters, const std::string &stackId,
                                               int depth)
{
    if (!checkResources(parsed, fileName))
        return nullptr;
    m_units.push_back(std::make_unique<Unit>());
    Unit *unit = m_units.back().get();
    unit->parsed = std::move(parsed);
    unit->fileName = fileName;
    unit->ids = assignIds(unit->parsed, stackId);
    EvalContext context{m_options.region, m_options.stackName.empty() ? stem(fileName) : m_options.stackName,
                        fileName, m_options.scenario};
    unit->evaluator = std::make_unique<Evaluator>(unit->parsed.root, context, std::move(parameters));
    unit->evaluator->setResourceIds(unit->ids);
    unit->evaluator->setGetAttHook([this, unit, depth](const std::string &logicalId,
                                                       const std::string &attribute) -> std::optional<Json> {
        const Json &resources = unit->parsed.root["Resources"];
        if (attribute.rfind("Outputs.", 0) != 0 || !resources.contains(logicalId)
            || resources[logicalId].value("Type", std::string()) != kStackType)
            return std::nullopt;
        Unit *nested = child(*unit, logicalId, depth);
        const std::string output = attribute.substr(8);
        if (!nested)
            return std::nullopt;
        const Json &outputs = nested->parsed.root.value("Outputs", Json::object());
        if (!outputs.is_object() || !outputs.contains(output) || !outputs[output].is_object())
            return std::nullopt;
        return nested->evaluator->evaluate(outputs[output].value("Value", Json()));
    });
    Mapper mapper(m_design, m_diagnostics, unit->parsed, *unit->evaluator, fileName, unit->ids);
    mapper.setNested(!stackId.empty());
    if (m_options.nestedStacks) {
        for (const std::string &logicalId : mapper.ofType(kStackType)) {
            Unit *nested = child(*unit, logicalId, depth);
            if (!nested)
                continue;
            Json resources = Json::array();
            for (const auto &[childLogical, childId] : nested->ids)
                resources.push_back(childId);
            Json sections = nested->parsed.root;
            sections.erase("Resources");
            mapper.fold(logicalId, "", "nested-stack",
                        {{"file", nested->fileName}, {"resources", resources}, {"template", sections}});
        }
    }
    mapper.run();
    for (Diagnostic &d : unit->evaluator->takeDiagnostics())
        m_diagnostics.push_back(std::move(d));
    return unit;
}

std::optional<std::filesystem::path> StackImporter::findChildFile(const std::string &parentFile, const std::string &url) const
{
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(parentFile).parent_path();
    std::string path = url;
    if (const auto scheme = path.find("://"); scheme != std::string::npos) {
        const auto slash = path.find('/', scheme + 3);
        path = slash == std::string::npos ? std::string() : path.substr(slash + 1);
    }
    // The corpus keeps files flattened as <repository>__<path with / as __>.
    const std::string parentName = fs::path(parentFile).filename().string();
    const auto sep = parentName.find("__");
    const std::string prefix = sep == std::string::npos ? std::string() : parentName.substr(0, sep);
    for (std::string rel = path; !rel.empty();) {
        std::string flat = rel;
        for (auto pos = flat.find('/'); pos != std::string::npos; pos = flat.find('/', pos + 2))
            flat.replace(pos, 1, "__");
        for (const fs::path &candidate : {folder / rel, folder / flat, folder / (prefix + "__" + flat)}) {
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec))
                return candidate;
        }
        const auto slash = rel.find('/');
        rel = slash == std::string::npos ? std::string() : rel.substr(slash + 1);
    }
    return std::nullopt;
}

StackImporter::Unit *StackImporter::child(Unit &parent, const std::string &logicalId, int depth)
{
    const std::string key = parent.fileName + '#' + logicalId;
    if (auto it = m_children.find(key); it != m_children.end())
        return it->second;
    if (depth + 1 > kMaxStackDepth || !m_inProgress.insert(key).second)
        return nullptr;
    const Json &body = parent.parsed.root["Resources"][logicalId];
    Json properties = parent.evaluator->evaluate(body.value("Properties", Json::object()));
    if (!properties.is_object())
        properties = Json::object();
    const Json url = properties.value("TemplateURL", Json());
    const auto file = url.is_string() ? findChildFile(parent.fileName, url.get<std::string>()) : std::nullopt;
    auto line = parent.parsed.resourceLines.find(logicalId);
    const std::string where = location(parent.fileName, line == parent.parsed.resourceLines.end() ? 1 : line->second, 3);
    Unit *result = nullptr;
    if (!file) {
        m_diagnostics.push_back({Diagnostic::Severity::Warning, where, parent.ids[logicalId],
                                 "nested stack " + logicalId + ": template " + (url.is_string() ? url.get<std::string>() : url.dump())
                                     + " is not a file next to " + parent.fileName + "; kept as an opaque resource"});
    } else {
        std::ifstream in(*file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto parsed = readTemplate(text.str(), file->string(), m_diagnostics, m_options.limits);
        std::map<std::string, Json> parameters;
        const Json supplied = properties.value("Parameters", Json::object());
        if (supplied.is_object())
            for (const auto &[name, value] : supplied.items())
                parameters[name] = value;
        if (parsed)
            result = importUnit(std::move(*parsed), file->string(), std::move(parameters), parent.ids[logicalId], depth + 1);
    }
    m_inProgress.erase(key);
    m_children[key] = result;
    return result;
}

} // namespace Stackyard::Cfn
