#include "fixturepatch.h"

#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <fstream>
#include <sstream>

namespace Stackyard::Fixture {

namespace {

std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(path);
    while (std::getline(in, part, '/'))
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

/// The child of `node` named by `segment`: an object member, an array index, or an array element by id.
Json *child(Json &node, const std::string &segment, bool create)
{
    if (node.is_object()) {
        if (!node.contains(segment) && !create)
            return nullptr;
        return &node[segment];
    }
    if (!node.is_array())
        return nullptr;
    if (!segment.empty() && segment.find_first_not_of("0123456789") == std::string::npos) {
        const std::size_t i = std::stoul(segment);
        return i < node.size() ? &node[i] : nullptr;
    }
    for (Json &element : node)
        if (element.is_object() && element.value("id", std::string()) == segment)
            return &element;
    return nullptr;
}

Design designOf(LoadResult &&result, const std::string &name, std::string &error, bool &ok)
{
    ok = result.file.has_value();
    if (!ok) {
        for (const Diagnostic &d : result.diagnostics)
            error += d.toString() + "\n";
        error = name + ": " + error;
        return {};
    }
    return std::move(result.file->design);
}

} // namespace

std::optional<std::string> applyPatch(Json &document, const Json &patch)
{
    if (!patch.is_array())
        return "a patch is a list of operations";
    for (const Json &op : patch) {
        const std::string kind = op.value("op", std::string());
        const auto parts = split(op.value("path", std::string()));
        if (parts.empty())
            return "operation without a path";
        Json *parent = &document;
        for (std::size_t i = 0; i + 1 < parts.size() && parent; ++i)
            parent = child(*parent, parts[i], kind == "set");
        if (!parent)
            return "no such path: " + op.value("path", std::string());
        const std::string &last = parts.back();
        if (kind == "set") {
            Json *target = child(*parent, last, true);
            if (!target)
                return "cannot set " + op.value("path", std::string());
            *target = op.at("value");
        } else if (kind == "append") {
            Json *target = child(*parent, last, true);
            if (!target->is_array())
                *target = Json::array();
            target->push_back(op.at("value"));
        } else if (kind == "remove") {
            Json *target = child(*parent, last, false);
            if (!target)
                return "nothing to remove at " + op.value("path", std::string());
            if (parent->is_object()) {
                parent->erase(last);
            } else {
                for (auto it = parent->begin(); it != parent->end(); ++it)
                    if (&*it == target) {
                        parent->erase(it);
                        break;
                    }
            }
        } else {
            return "unknown operation \"" + kind + "\"";
        }
    }
    return std::nullopt;
}

std::optional<std::string> applyEdits(Design &design, const Json &edits)
{
    if (!edits.is_array())
        return "edits are a list";
    for (const Json &e : edits) {
        const std::string field = e.value("set", std::string());
        const Json &value = e.contains("value") ? e["value"] : Json();
        if (e.contains("resource")) {
            Resource *r = design.resource(e["resource"].get<std::string>());
            if (!r)
                return "no resource " + e["resource"].dump();
            if (field == "parent")
                r->parent = value.get<std::string>();
            else if (field == "placement")
                r->placement = value.get<std::vector<Id>>();
            else if (field == "securityGroups")
                r->securityGroups = value.get<std::vector<Id>>();
            else if (field.rfind("property:", 0) == 0)
                r->properties[field.substr(9)] = value;
            else
                return "unknown resource field " + field;
        } else if (e.contains("flow")) {
            auto it = design.flows.find(e["flow"].get<std::string>());
            if (it == design.flows.end())
                return "no flow " + e["flow"].dump();
            if (field == "from")
                it->second.from = value.get<std::string>();
            else if (field == "to")
                it->second.to = value.get<std::string>();
            else if (field == "ports")
                it->second.ports = {value.at(0).get<int>(), value.at(1).get<int>()};
            else
                return "unknown flow field " + field;
        } else if (e.contains("securityGroup")) {
            auto it = design.securityGroups.find(e["securityGroup"].get<std::string>());
            if (it == design.securityGroups.end() || it->second.ingress.empty() || field != "ingressPorts")
                return "bad security group edit " + e.dump();
            it->second.ingress.front().ports = {value.at(0).get<int>(), value.at(1).get<int>()};
        } else {
            return "unknown edit " + e.dump();
        }
    }
    return std::nullopt;
}

std::optional<Design> loadSample(const std::string &base, std::string &error)
{
    const std::string path = "samples/" + base + ".stackyard.json";
    const auto text = embeddedFile(path);
    if (!text) {
        error = "no embedded " + path;
        return std::nullopt;
    }
    bool ok = false;
    Design d = designOf(loadDesign(*text, path), path, error, ok);
    return ok ? std::optional<Design>(std::move(d)) : std::nullopt;
}

std::string ruleFixtureDir(std::string_view rule)
{
    return STACKYARD_SOURCE_DIR "/tests/rules/data/" + std::string(rule);
}

std::optional<Design> loadRuleFixture(std::string_view rule, const std::string &variant, std::string &error)
{
    return loadFixture(ruleFixtureDir(rule), variant, error);
}

std::optional<Design> loadFixture(const std::string &dir, const std::string &name, std::string &error)
{
    const std::string file = dir + "/" + name + ".json";
    std::ifstream in(file);
    if (!in) {
        error = "cannot open " + file;
        return std::nullopt;
    }
    const Json spec = Json::parse(in, nullptr, false);
    if (spec.is_discarded() || !spec.is_object()) {
        error = file + ": not a JSON object";
        return std::nullopt;
    }
    const std::string sample = "samples/" + spec.value("base", std::string("reference")) + ".stackyard.json";
    const auto text = embeddedFile(sample);
    if (!text) {
        error = file + ": no embedded " + sample;
        return std::nullopt;
    }
    Json document = Json::parse(*text);
    if (auto problem = applyPatch(document, spec.value("patch", Json::array()))) {
        error = file + ": " + *problem;
        return std::nullopt;
    }
    bool ok = false;
    Design d = designOf(loadDesign(document.dump(), file), file, error, ok);
    if (!ok)
        return std::nullopt;
    if (auto problem = applyEdits(d, spec.value("edit", Json::array()))) {
        error = file + ": " + *problem;
        return std::nullopt;
    }
    return d;
}

} // namespace Stackyard::Fixture
