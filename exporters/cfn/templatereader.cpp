#include "templatereader.h"

#include "yamlconverter.h"

#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace Stackyard::Cfn {

namespace {

std::string_view withoutBom(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

void fail(Diagnostics &diagnostics, std::string where, std::string message)
{
    diagnostics.push_back({Diagnostic::Severity::Error, std::move(where), {}, std::move(message)});
}

// 1-based line and column of a byte offset.
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

struct LimitExceeded : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// JSON has no marks per value: one pass over the text finds the keys of the top-level
// "Resources" object (strings and nesting tracked, so a key inside a string or a deeper object is
// never taken for a logical ID) and the line of each. Linear in the text.
void locateJsonResources(std::string_view text, ParsedTemplate &parsed)
{
    const auto resources = parsed.root.find("Resources");
    if (resources == parsed.root.end() || !resources->is_object())
        return;
    int line = 1, depth = 0;
    bool inResources = false, resourcesDone = false;
    for (std::size_t i = 0; i < text.size() && !resourcesDone; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (inResources && depth == 2)
                resourcesDone = true;
            --depth;
        } else if (c == '"') {
            const int keyLine = line;
            const std::size_t begin = i + 1;
            bool escaped = false;
            for (++i; i < text.size() && (text[i] != '"' || escaped); ++i) {
                escaped = !escaped && text[i] == '\\';
                if (text[i] == '\n')
                    ++line;
            }
            const std::string_view key = text.substr(begin, std::min(i, text.size()) - begin);
            std::size_t after = i + 1;
            while (after < text.size() && std::isspace(static_cast<unsigned char>(text[after])))
                ++after;
            if (after >= text.size() || text[after] != ':')
                continue;
            if (depth == 1 && !inResources && key == "Resources") {
                inResources = true;
            } else if (depth == 2 && inResources && key.find('\\') == std::string_view::npos) {
                const std::string id(key);
                if (resources->contains(id) && !parsed.resourceLines.count(id))
                    parsed.resourceLines[id] = keyLine;
            }
        }
    }
}

std::optional<ParsedTemplate> readJson(std::string_view text, const std::string &fileName,
                                       Diagnostics &diagnostics, const ReaderLimits &limits)
{
    std::size_t nodes = 0;
    std::size_t lastOffset = 0;
    auto callback = [&](int depth, Json::parse_event_t, Json &) {
        if (++nodes > limits.maxNodes)
            throw LimitExceeded("document has more than " + std::to_string(limits.maxNodes) + " values; refused");
        if (depth > limits.maxDepth)
            throw LimitExceeded("nesting deeper than " + std::to_string(limits.maxDepth) + " levels; refused");
        return true;
    };
    ParsedTemplate parsed;
    parsed.isJson = true;
    try {
        parsed.root = Json::parse(text.begin(), text.end(), callback);
    } catch (const Json::parse_error &e) {
        lastOffset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineColumn(text, lastOffset);
        std::string message = e.what();
        const auto colon = message.find("]: ");
        fail(diagnostics, location(fileName, line, column),
             colon == std::string::npos ? message : message.substr(colon + 3));
        return std::nullopt;
    } catch (const LimitExceeded &e) {
        fail(diagnostics, location(fileName, 1, 1), e.what());
        return std::nullopt;
    }
    locateJsonResources(text, parsed);
    return parsed;
}

std::optional<ParsedTemplate> readYaml(std::string_view text, const std::string &fileName,
                                       Diagnostics &diagnostics, const ReaderLimits &limits)
{
    ParsedTemplate parsed;
    try {
        // Built from the parser's events: no yaml-cpp node tree. Aliases are counted as often as
        // they expand, before they are copied.
        parsed.root = YamlBuilder::build(text, limits, parsed.resourceLines);
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 1 : e.mark.column + 1;
        fail(diagnostics, location(fileName, line, column), e.msg);
        return std::nullopt;
    }
    return parsed;
}

} // namespace

std::string location(const std::string &fileName, int line, int column)
{
    return fileName + ':' + std::to_string(line) + ':' + std::to_string(column);
}

bool looksLikeJson(std::string_view text)
{
    text = withoutBom(text);
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

std::optional<ParsedTemplate> readTemplate(std::string_view text, const std::string &fileName,
                                           Diagnostics &diagnostics, const ReaderLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        fail(diagnostics, location(fileName, 1, 1),
             "input is " + std::to_string(text.size()) + " bytes, more than the limit of "
                 + std::to_string(limits.maxBytes) + "; refused");
        return std::nullopt;
    }
    text = withoutBom(text);
    auto parsed = looksLikeJson(text) ? readJson(text, fileName, diagnostics, limits)
                                      : readYaml(text, fileName, diagnostics, limits);
    if (parsed && !parsed->root.is_object()) {
        fail(diagnostics, location(fileName, 1, 1), "not a CloudFormation template: the document is not a mapping");
        return std::nullopt;
    }
    return parsed;
}

} // namespace Stackyard::Cfn
