#include "cloudformation.h"

#include "cfncontext.h"
#include "textfiles.h"
#include "yamlwriter.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <string_view>
#include <unordered_set>

namespace Stackyard {

namespace {

void standardParameters(CfnContext &cx)
{
    const Design &d = cx.design();
    OJson env{{"Type", "String"}, {"Default", cx.plan().defaultEnvironment}};
    if (!d.environments.empty())
        env["AllowedValues"] = d.environments;
    env["Description"] = "Environment this stack runs as; images are tagged <environment>_<commit id> (CICD-2)";
    cx.parameter("EnvironmentName", env);
    cx.parameter("ImageTag", {{"Type", "String"},
                              {"Default", cx.plan().defaultEnvironment + "_initial"},
                              {"Description", "Image tag to deploy, <environment>_<commit id> as pushed by the build"}});
    // An imported template's own parameter of the same name stays as it was written (one that an
    // earlier export wrote has this description and is written again from the design).
    const Json &kept = d.cloudFormation.value("Parameters", Json::object());
    for (const char *name : {"EnvironmentName", "ImageTag"})
        if (kept.is_object() && kept.contains(name)
            && kept[name].value("Description", Json()) != Json(cx.parameters()[name]["Description"].get<std::string>()))
            cx.parameter(name, toOrdered(kept[name]));
}

/// Generated entries first, in build order; entries only the imported template had follow.
OJson merged(OJson generated, const Json &kept)
{
    OJson out = std::move(generated);
    if (kept.is_object())
        for (auto it = kept.begin(); it != kept.end(); ++it)
            if (!out.contains(it.key()))
                out[it.key()] = toOrdered(it.value());
    return out;
}

std::vector<ExportFile> sideFiles(const Design &d)
{
    std::vector<ExportFile> files;
    for (const auto &[id, r] : d.resources) {
        if (r.kind == "ecs-service" && usesFireLens(r))
            files.push_back({fluentBitConfigPath(r), fluentBitConfig(r)});
        if (r.kind == "codebuild-project")
            files.push_back({buildSpecPath(r), buildSpec(r)});
    }
    return files;
}

OJson buildTemplate(const ExportPlan &plan, const Design &design, Diagnostics &diagnostics);

/// Names a value refers to: Ref, Fn::GetAtt, ${X} / ${X.Attr} of Fn::Sub (not its own variables).
void referencedNames(const OJson &value, std::set<std::string> &out)
{
    if (value.is_object() && value.size() == 1) {
        const std::string &fn = value.begin().key();
        const OJson &arg = value.begin().value();
        if (fn == "Ref" && arg.is_string()) {
            out.insert(arg.get<std::string>());
            return;
        }
        if (fn == "Fn::GetAtt") {
            if (arg.is_array() && !arg.empty() && arg[0].is_string())
                out.insert(arg[0].get<std::string>());
            else if (arg.is_string())
                out.insert(arg.get<std::string>().substr(0, arg.get<std::string>().find('.')));
            return;
        }
        if (fn == "Fn::Sub") {
            const OJson &text = arg.is_array() && !arg.empty() ? arg[0] : arg;
            const OJson &locals = arg.is_array() && arg.size() > 1 ? arg[1] : OJson::object();
            if (text.is_string()) {
                const std::string &s = text.get_ref<const std::string &>();
                for (auto pos = s.find("${"); pos != std::string::npos; pos = s.find("${", pos + 2)) {
                    const auto end = s.find('}', pos + 2);
                    if (end == std::string::npos || s[pos + 2] == '!')
                        continue;
                    const std::string name = s.substr(pos + 2, std::min(end, s.find('.', pos + 2)) - pos - 2);
                    if (!locals.is_object() || !locals.contains(name))
                        out.insert(name);
                }
            }
            if (locals.is_object())
                referencedNames(locals, out);
            return;
        }
    }
    if (value.is_structured())
        for (const OJson &item : value)
            referencedNames(item, out);
}

/// Kept Outputs, and DependsOn entries, that name what the export does not have (a resource the
/// import folded into the model and the builders do not emit under its name, a nested stack)
/// are dropped with a warning: a template that refers to nothing does not deploy.
void dropDanglingReferences(OJson &templ, Diagnostics &diagnostics)
{
    // Views of the keys: the sections' entries are not added or removed below (only Outputs).
    std::unordered_set<std::string_view> defined;
    for (const char *section : {"Parameters", "Resources"})
        if (templ.contains(section))
            for (auto it = templ[section].begin(); it != templ[section].end(); ++it)
                defined.insert(it.key());
    auto dangling = [&](const OJson &value) {
        std::set<std::string> names;
        referencedNames(value, names);
        for (const std::string &name : names)
            if (name.rfind("AWS::", 0) != 0 && !defined.count(name))
                return name;
        return std::string();
    };
    if (templ.contains("Outputs")) {
        OJson &outputs = templ["Outputs"];
        std::vector<std::string> drop;
        for (auto it = outputs.begin(); it != outputs.end(); ++it)
            if (const std::string missing = dangling(it.value()); !missing.empty()) {
                diagnostics.push_back({Diagnostic::Severity::Warning, {}, {},
                                       "output " + it.key() + " refers to " + missing + ", which the export does not have; not exported"});
                drop.push_back(it.key());
            }
        for (const std::string &name : drop)
            outputs.erase(name);
        if (outputs.empty())
            templ.erase("Outputs");
    }
    for (auto it = templ["Resources"].begin(); it != templ["Resources"].end(); ++it) {
        OJson &entry = it.value();
        if (!entry.contains("DependsOn"))
            continue;
        // Nearly always every dependency is there and nothing changes: checked without copies.
        const OJson &given = entry["DependsOn"];
        const auto known = [&](const OJson &dep) {
            return dep.is_string() && defined.count(dep.get_ref<const std::string &>()) > 0;
        };
        if (given.is_array() ? !given.empty() && std::all_of(given.begin(), given.end(), known) : known(given))
            continue;
        OJson deps = entry["DependsOn"].is_array() ? entry["DependsOn"] : OJson::array({entry["DependsOn"]});
        OJson keptDeps = OJson::array();
        for (const OJson &dep : deps)
            if (dep.is_string() && defined.count(dep.get<std::string>()))
                keptDeps.push_back(dep);
            else
                diagnostics.push_back({Diagnostic::Severity::Warning, {}, {},
                                       it.key() + " depends on " + dep.dump() + ", which the export does not have; dropped"});
        if (keptDeps.empty())
            entry.erase("DependsOn");
        else if (keptDeps.size() != deps.size() || entry["DependsOn"].is_array())
            entry["DependsOn"] = std::move(keptDeps);
    }
}

using JsonSerializer = nlohmann::detail::serializer<OJson>;

/// A string as dump() writes it: printable ASCII without quotes and backslashes is copied as it
/// is; anything else (escapes, UTF-8 to check) goes through nlohmann's serializer.
void writeJsonString(std::string &out, JsonSerializer &serializer, const std::string &text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\') {
            serializer.dump(OJson(text), true, false, 2);
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
}

template<typename Number>
void writeJsonNumber(std::string &out, Number n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
}

/// An object's entries or an array's items as dump(2) writes them: "{}" or "[]" when empty, else
/// one per line at `indent` + 2, separated by commas, the closing bracket at `indent`.
template<typename Items, typename WriteItem>
void writeJsonBlock(std::string &out, char open, char close, const Items &items, unsigned indent, WriteItem writeItem)
{
    out += open;
    if (items.empty()) {
        out += close;
        return;
    }
    out += '\n';
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            out += ",\n";
        first = false;
        out.append(indent + 2, ' ');
        writeItem(item);
    }
    out += '\n';
    out.append(indent, ' ');
    out += close;
}

/// What value.dump(2) writes, appended to `out` at `indent`. nlohmann's serializer goes through
/// a virtual output adapter a few characters at a time and checks every string byte by byte as
/// UTF-8: about a sixth of a JSON export. Structure, keys, ASCII strings and integers are written
/// here; floats, nulls and strings that need escaping or checking by the serializer (which
/// writes into `out` too), so the text stays the same byte for byte.
void writeJson(std::string &out, JsonSerializer &serializer, const OJson &value, unsigned indent)
{
    switch (value.type()) {
    case OJson::value_t::object:
        writeJsonBlock(out, '{', '}', value.get_ref<const OJson::object_t &>(), indent, [&](const auto &entry) {
            writeJsonString(out, serializer, entry.first);
            out += ": ";
            writeJson(out, serializer, entry.second, indent + 2);
        });
        return;
    case OJson::value_t::array:
        writeJsonBlock(out, '[', ']', value.get_ref<const OJson::array_t &>(), indent,
                       [&](const OJson &item) { writeJson(out, serializer, item, indent + 2); });
        return;
    case OJson::value_t::string:
        writeJsonString(out, serializer, value.get_ref<const std::string &>());
        return;
    case OJson::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case OJson::value_t::number_integer:
        writeJsonNumber(out, value.get<std::int64_t>());
        return;
    case OJson::value_t::number_unsigned:
        writeJsonNumber(out, value.get<std::uint64_t>());
        return;
    default:
        serializer.dump(value, true, false, 2, indent);
        return;
    }
}

ExportResult exportAs(const Design &design, bool yaml)
try {
    OJsonPool pool; // first: every value below is gone before it
    ExportResult result;
    Diagnostics &diagnostics = result.diagnostics;
    const ExportPlan plan = planExport(design, diagnostics);
    OJson templ = buildTemplate(plan, design, diagnostics);
    std::string text;
    if (yaml) {
        text = writeCloudFormationYaml(templ);
    } else {
        // What templ.dump(2) does, into a reserved string (see cfnTextReserve) instead of one
        // that grows. The serializer (nlohmann has no dump into a given string but through its
        // detail namespace) writes what writeJson leaves to it.
        text.reserve(cfnTextReserve(templ, 1536));
        JsonSerializer serializer(nlohmann::detail::output_adapter<char>(text), ' ',
                                  nlohmann::detail::error_handler_t::strict);
        writeJson(text, serializer, templ, 0);
        text += '\n';
    }
    result.files.push_back({yaml ? "template.yaml" : "template.json", std::move(text)});
    for (ExportFile &f : sideFiles(plan.design))
        result.files.push_back(std::move(f));
    // Only freeing is left: the pool's nodes need not go back to its free lists.
    pool.stopRecycling();
    releaseTree(templ);
    return result;
} catch (const Json::exception &e) {
    // Imported designs carry user data; a value of a shape no builder expects must not take the
    // application down (exporters throw nothing). Nothing is written.
    return {{}, {{Diagnostic::Severity::Error, {}, {}, std::string("export failed: a property has an unexpected shape (") + e.what() + ")"}}};
}

OJson buildTemplate(const ExportPlan &plan, const Design &design, Diagnostics &diagnostics)
{
    CfnContext cx(plan, diagnostics);
    standardParameters(cx);
    buildNetwork(cx);
    buildSecurityGroups(cx);
    buildLoadBalancers(cx);
    buildContainers(cx);
    buildScaling(cx);
    buildRegistry(cx);
    buildData(cx);
    buildOperations(cx);
    buildOpaque(cx);
    cx.markGenerated();

    const Json &kept = design.cloudFormation;
    OJson templ = OJson::object();
    // An ordered object is a vector of pair<const string, json>, whose move may throw: growing
    // it copies every section added so far, Resources included (a deep copy of the whole
    // template). Room for every top-level section up front.
    templ.get_ref<OJson::object_t &>().reserve(16);
    templ["AWSTemplateFormatVersion"] = "2010-09-09";
    if (!design.description.empty())
        templ["Description"] = design.description;
    else if (kept.contains("Description"))
        templ["Description"] = toOrdered(kept["Description"]);
    else
        templ["Description"] = "Stackyard export of " + (design.name.empty() ? std::string("a design") : design.name);
    if (kept.contains("Transform"))
        templ["Transform"] = toOrdered(kept["Transform"]);
    if (kept.contains("Metadata"))
        templ["Metadata"] = toOrdered(kept["Metadata"]);
    templ["Parameters"] = merged(cx.takeParameters(), kept.value("Parameters", Json::object()));
    if (kept.contains("Mappings"))
        templ["Mappings"] = toOrdered(kept["Mappings"]);
    OJson conditions = merged(std::move(cx.conditions()), kept.value("Conditions", Json::object()));
    if (!conditions.empty())
        templ["Conditions"] = std::move(conditions);
    templ["Resources"] = cx.takeResources();
    OJson outputs = merged(cx.takeOutputs(), kept.value("Outputs", Json::object()));
    if (!outputs.empty())
        templ["Outputs"] = std::move(outputs);
    dropDanglingReferences(templ, diagnostics);
    return templ;
}

} // namespace

nlohmann::ordered_json buildCloudFormationTemplate(const Design &design, Diagnostics &diagnostics)
{
    const ExportPlan plan = planExport(design, diagnostics);
    return nlohmann::ordered_json(buildTemplate(plan, design, diagnostics));
}

ExportResult exportCloudFormationYaml(const Design &design) { return exportAs(design, true); }
ExportResult exportCloudFormationJson(const Design &design) { return exportAs(design, false); }

} // namespace Stackyard
